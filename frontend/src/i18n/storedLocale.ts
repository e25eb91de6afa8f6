// The language chosen on this browser, readable before React starts (the
// start-up script asks the server in it).
export type Locale = 'zh' | 'en';

export const LOCALE_STORAGE_KEY = 'jixiao.locale';

export function storedLocale(): Locale {
  try {
    return window.localStorage.getItem(LOCALE_STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}
