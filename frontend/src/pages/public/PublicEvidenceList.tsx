import { PaperClipOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import { useT } from '../../i18n/locale';
import { formatFileSize } from './publicDownloads';

/** A file finance marked public: downloads without logging in. */
export type PublicFile = { name: string; size: number; sha256: string; url: string };

/** The public files of a row: a download link each, with its size and SHA-256 (to check a copy against). */
export function PublicEvidenceList({ files }: { files: PublicFile[] }) {
  const t = useT();
  return (
    <Space orientation="vertical" size={2} data-testid="public-evidence">
      {files.map((f) => (
        <span key={f.url}>
          <PaperClipOutlined aria-hidden />{' '}
          <a href={f.url} download={f.name}>
            {f.name}
          </a>{' '}
          <Typography.Text type="secondary">
            {formatFileSize(f.size)} · SHA-256{' '}
            <Typography.Text code copyable={{ text: f.sha256, tooltips: [t('复制 SHA-256', 'Copy SHA-256'), t('已复制', 'Copied')] }} title={f.sha256}>
              {f.sha256.slice(0, 12)}…
            </Typography.Text>
          </Typography.Text>
        </span>
      ))}
    </Space>
  );
}
