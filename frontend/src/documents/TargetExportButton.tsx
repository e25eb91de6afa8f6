import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useT } from '../i18n/locale';

/** 导出申报表: the target's 绩效目标申报表 as Excel (a plain download; the session cookie authorises it). */
export function TargetExportButton({ id }: { id: string }) {
  const t = useT();
  return (
    <Button icon={<DownloadOutlined />} href={`/export/targets/${id}.xlsx`} download data-testid="export-target">
      {t('导出申报表', 'Export form')}
    </Button>
  );
}
