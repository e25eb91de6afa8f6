// The interface language: Chinese first, English on request. Text lives next to
// where it is used, as a pair: t('项目', 'Projects').
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setRequestLanguage } from '../api/client';
import { LOCALE_STORAGE_KEY as STORAGE_KEY, storedLocale, type Locale } from './storedLocale';

export type { Locale };

type LocaleState = { locale: Locale; setLocale: (next: Locale) => void };

const LocaleContext = createContext<LocaleState>({ locale: 'zh', setLocale: () => {} });

export function LocaleProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const first = initial ?? storedLocale();
    setRequestLanguage(first);
    return first;
  });
  const setLocale = useCallback((next: Locale) => {
    setRequestLanguage(next);
    setLocaleState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

export type Translate = (zh: string, en: string) => string;

/** t(zh, en) picks the text of the current language. */
export function useT(): Translate {
  const { locale } = useLocale();
  return useCallback((zh: string, en: string) => (locale === 'zh' ? zh : en), [locale]);
}
