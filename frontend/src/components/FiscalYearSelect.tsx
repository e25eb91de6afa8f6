import { Select } from 'antd';
import { currentFiscalYear } from '../format/date';
import { useT } from '../i18n/locale';

/** Fiscal years from five years back to next year. */
export function fiscalYearChoices(now = currentFiscalYear()): number[] {
  return Array.from({ length: 7 }, (_, i) => now + 1 - i);
}

type Props = { value?: number | null; onChange?: (year: number | undefined) => void; allowClear?: boolean; id?: string; /** Names the select when a page has two year selects. */ label?: string };

export function FiscalYearSelect({ value, onChange, allowClear = false, id, label }: Props) {
  const t = useT();
  return (
    <Select<number>
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      allowClear={allowClear}
      placeholder={label ?? t('年度', 'Fiscal year')}
      aria-label={label ?? t('年度', 'Fiscal year')}
      style={{ width: label ? 140 : 120 }}
      options={fiscalYearChoices().map((y) => ({ value: y, label: t(`${y} 年度`, `FY ${y}`) }))}
    />
  );
}
