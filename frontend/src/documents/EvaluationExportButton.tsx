import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
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

/** 评价报告: the evaluation's printable report as PDF (cover, facts, charts, scores, grade, findings). */
export function EvaluationReportButton({ id }: { id: string }) {
  const t = useT();
  return (
    <Button icon={<FilePdfOutlined />} href={`/export/evaluations/${id}.pdf`} download data-testid="export-evaluation-pdf">
      {t('评价报告（PDF）', 'Report (PDF)')}
    </Button>
  );
}
