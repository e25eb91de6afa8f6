import { Segmented } from 'antd';
import { useLocale, type Locale } from '../i18n/locale';

export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  return (
    <Segmented<Locale>
      size="small"
      aria-label="language / 语言"
      value={locale}
      onChange={setLocale}
      options={[
        { value: 'zh', label: '中文' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
