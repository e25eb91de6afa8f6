import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useViewer } from '../auth/ViewerContext';
import { formatDate } from '../format/date';
import { useT } from '../i18n/locale';

/** The header a printed page carries (the unit and the date); shown only on paper. */
export function PrintHeader({ title }: { title?: string }) {
  const t = useT();
  const { viewer } = useViewer();
  const unit = viewer?.department?.name ?? t('财政部门', 'Finance bureau');
  return (
    <div className="print-only" style={{ borderBottom: '1px solid #000', marginBottom: 12, paddingBottom: 4, fontSize: 12 }}>
      <span>{t(`绩效 Jixiao · ${unit}`, `Jixiao · ${unit}`)}</span>
      {title && <span> · {title}</span>}
      <span style={{ float: 'right' }}>{t(`打印日期：${formatDate(new Date())}`, `Printed ${formatDate(new Date())}`)}</span>
    </div>
  );
}

/** 打印: the browser's print dialog, with the A4 print styles of styles.css. */
export function PrintButton() {
  const t = useT();
  return (
    <Button icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
      {t('打印', 'Print')}
    </Button>
  );
}
