import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useState, type ReactNode } from 'react';
import { RouterProvider } from 'react-router';
import { ClientProvider } from './api/ClientProvider';
import { LocaleProvider, useLocale } from './i18n/locale';
import { createAppRouter } from './routes';

function AntdLocale({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  useEffect(() => {
    dayjs.locale(locale === 'zh' ? 'zh-cn' : 'en');
  }, [locale]);
  return (
    <ConfigProvider locale={locale === 'zh' ? zhCN : enUS} theme={{ token: { colorPrimary: '#1f5fa8' } }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function App() {
  const [router] = useState(createAppRouter);
  return (
    <LocaleProvider>
      <AntdLocale>
        <ClientProvider>
          <RouterProvider router={router} />
        </ClientProvider>
      </AntdLocale>
    </LocaleProvider>
  );
}
