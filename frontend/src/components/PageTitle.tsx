import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { PrintButton, PrintHeader } from './PrintHeader';
import { useDocumentTitle } from './useDocumentTitle';

type Props = {
  title: ReactNode;
  extra?: ReactNode;
  /** Names the browser tab when the title is not plain text. */
  documentTitle?: string;
  /** Adds a 打印 button and the printed page's header (unit, date). */
  printable?: boolean;
};

/** The page's one h1; a text title also names the browser tab. */
export function PageTitle({ title, extra, documentTitle, printable = false }: Props) {
  const name = documentTitle ?? (typeof title === 'string' ? title : undefined);
  useDocumentTitle(name);
  return (
    <>
      {printable && <PrintHeader title={name} />}
      <div className="page-title" style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: 16, gap: 16, flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }} tabIndex={-1} data-page-heading>
          {title}
        </Typography.Title>
        {(extra || printable) && (
          <Space wrap className="no-print">
            {extra}
            {printable && <PrintButton />}
          </Space>
        )}
      </div>
    </>
  );
}
