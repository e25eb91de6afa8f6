import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table, Tag, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/locale';

interface SheetResult {
  file: string;
  sheet: string;
  projectCode: string;
  targetId: string;
  action: 'CREATED' | 'UPDATED' | 'UNCHANGED';
  indicators: number;
}
interface CellError {
  file?: string;
  sheet: string;
  row: number;
  column: string;
  cell?: string;
  message: string;
}
type Outcome = { sheets: SheetResult[] } | { errors: CellError[] } | { error: { code: string; message: string } };

/** 从 Excel 导入: filled 申报表 (one or more files), all or nothing; the answer shown sheet by sheet, or error by error with row and column. */
export function ImportTargetsCard() {
  const t = useT();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const submit = async () => {
    const body = new FormData();
    for (const f of files) if (f.originFileObj) body.append('file', f.originFileObj, f.name);
    setBusy(true);
    try {
      // GraphQL-Preflight: a header a cross-site form cannot send (the server insists on it with cookies).
      const res = await fetch('/import/targets', { method: 'POST', body, credentials: 'same-origin', headers: { 'GraphQL-Preflight': '1' } });
      setOutcome((await res.json()) as Outcome);
      if (res.ok) setFiles([]);
    } finally {
      setBusy(false);
    }
  };
  const action = { CREATED: t('新建', 'created'), UPDATED: t('已更新', 'updated'), UNCHANGED: t('无变化', 'unchanged') };

  return (
    <Card title={t('从 Excel 导入申报表', 'Import filled forms from Excel')} style={{ marginTop: 16 }} data-testid="import-targets">
      <Typography.Paragraph type="secondary">
        {t('每个工作表一个项目；全部通过校验才会写入，重复导入同一文件不会重复创建。', 'One project per sheet; nothing is written unless every sheet passes, and importing a file twice creates nothing new.')}
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button icon={<DownloadOutlined />} href="/export/targets/template.xlsx" download>
          {t('下载模板', 'Download template')}
        </Button>
        <Upload accept=".xlsx" multiple fileList={files} beforeUpload={() => false} onChange={({ fileList }) => setFiles(fileList)}>
          <Button icon={<UploadOutlined />}>{t('选择文件', 'Choose files')}</Button>
        </Upload>
        <Button type="primary" disabled={files.length === 0} loading={busy} onClick={submit}>
          {t('导入', 'Import')}
        </Button>
      </Space>
      {outcome && 'sheets' in outcome && (
        <Table<SheetResult>
          size="small"
          rowKey={(r) => `${r.file}/${r.sheet}`}
          pagination={false}
          dataSource={outcome.sheets}
          data-testid="import-results"
          columns={[
            { title: t('文件', 'File'), dataIndex: 'file' },
            { title: t('工作表', 'Sheet'), dataIndex: 'sheet' },
            { title: t('项目编码', 'Project code'), dataIndex: 'projectCode' },
            { title: t('指标数', 'Indicators'), dataIndex: 'indicators' },
            { title: t('结果', 'Result'), dataIndex: 'action', render: (a: SheetResult['action']) => <Tag color={a === 'UNCHANGED' ? 'default' : 'green'}>{action[a]}</Tag> },
            { title: '', key: 'link', render: (_, r) => <Link to={`/targets/${r.targetId}`}>{t('查看目标', 'Open target')}</Link> },
          ]}
        />
      )}
      {outcome && 'errors' in outcome && (
        <Table<CellError>
          size="small"
          rowKey={(e, i) => `${e.sheet}/${e.cell}/${i}`}
          pagination={false}
          dataSource={outcome.errors}
          data-testid="import-errors"
          title={() => <Typography.Text type="danger">{t('有错误，未导入任何数据：', 'Errors found; nothing was imported:')}</Typography.Text>}
          columns={[
            { title: t('工作表', 'Sheet'), dataIndex: 'sheet' },
            { title: t('行', 'Row'), dataIndex: 'row', render: (r: number) => r || '' },
            { title: t('列', 'Column'), dataIndex: 'column' },
            { title: t('单元格', 'Cell'), dataIndex: 'cell' },
            { title: t('问题', 'Problem'), dataIndex: 'message' },
          ]}
        />
      )}
      {outcome && 'error' in outcome && <Alert type="error" showIcon message={outcome.error.message} />}
    </Card>
  );
}
