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

/**
 * Theme tokens chosen for WCAG 2.1 AA contrast on white (4.5:1 for text):
 * the default link blue, grey secondary text, placeholders and status colours
 * fall short of it.
 */
const theme = {
  // Ant Design's styles come from its static stylesheet (antd/dist/antd.css,
  // imported by main.tsx, a hashed CSS file of the build) instead of being
  // computed and injected by each component at its first render: that was
  // most of the main thread's work before the cockpit's first figures. The
  // tokens below still apply: they are CSS variables the stylesheet reads.
  zeroRuntime: true,
  hashed: false,
  token: {
    colorPrimary: '#1f5fa8',
    colorLink: '#1f5fa8',
    colorInfo: '#1f5fa8',
    colorSuccess: '#237804',
    colorWarning: '#ad4e00',
    colorError: '#b91c1c',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
  },
};

function AntdLocale({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  useEffect(() => {
    dayjs.locale(locale === 'zh' ? 'zh-cn' : 'en');
  }, [locale]);
  return (
    <ConfigProvider locale={locale === 'zh' ? zhCN : enUS} theme={theme}>
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
