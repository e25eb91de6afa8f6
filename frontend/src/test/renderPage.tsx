import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Client } from 'urql';
import { ClientProvider } from '../api/ClientProvider';
import { LocaleProvider, type Locale } from '../i18n/locale';

/** Renders a page at a URL, with the app's providers around it and a mocked client. */
export function renderPage(element: ReactNode, options: { client: Client; path: string; url: string; locale?: Locale }) {
  const router = createMemoryRouter([{ path: options.path, element }, { path: '*', element: <div>elsewhere</div> }], { initialEntries: [options.url] });
  const view = render(
    <LocaleProvider initial={options.locale ?? 'zh'}>
      <ConfigProvider locale={zhCN}>
        <AntApp>
          <ClientProvider client={options.client}>
            <RouterProvider router={router} />
          </ClientProvider>
        </AntApp>
      </ConfigProvider>
    </LocaleProvider>,
  );
  return { ...view, router };
}
