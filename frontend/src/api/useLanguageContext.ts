import { useMemo } from 'react';
import { useLocale } from '../i18n/locale';

/**
 * A useQuery context that changes with the interface language, so that a
 * query whose answer holds server texts (review checks, explanations) is sent
 * again — now with the new Accept-Language — when the user switches language.
 */
export function useLanguageContext() {
  const { locale } = useLocale();
  return useMemo(() => ({ language: locale }), [locale]);
}
