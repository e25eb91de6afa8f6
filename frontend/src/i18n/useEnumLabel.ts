import { useCallback } from 'react';
import { enumLabel, enumOptions, type EnumName } from '../format/enumLabels';
import { useLocale } from './locale';

/** label('Sector', 'EDUCATION') → 教育 / education, in the current language. */
export function useEnumLabel() {
  const { locale } = useLocale();
  return useCallback(<E extends EnumName>(name: E, value: string | null | undefined) => enumLabel(name, value, locale), [locale]);
}

/** Select options over an enum, in the current language. */
export function useEnumOptions<E extends EnumName>(name: E) {
  const { locale } = useLocale();
  return enumOptions(name, locale);
}
