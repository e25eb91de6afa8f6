import { Tooltip } from 'antd';
import { formatWan, formatYuan } from '../format/money';
import { useT } from '../i18n/locale';

/** An amount shown in 万元 (2 decimals) with the exact 元 figure on hover. */
export function MoneyCell({ value, unit = 'wan' }: { value: string | bigint | null | undefined; unit?: 'wan' | 'yuan' }) {
  const t = useT();
  if (value == null) return <span>—</span>;
  if (unit === 'yuan') return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatYuan(value)}</span>;
  return (
    <Tooltip title={`${formatYuan(value)} ${t('元', 'yuan')}`}>
      <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatWan(value)}</span>
    </Tooltip>
  );
}
