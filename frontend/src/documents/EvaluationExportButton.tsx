import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useT } from '../i18n/locale';

/** 导出自评表: the evaluation's scoring sheet as Excel. */
export function EvaluationExportButton({ id }: { id: string }) {
  const t = useT();
  return (
    <Button icon={<DownloadOutlined />} href={`/export/evaluations/${id}.xlsx`} download data-testid="export-evaluation">
      {t('导出评分表', 'Export scoring sheet')}
    </Button>
  );
}
