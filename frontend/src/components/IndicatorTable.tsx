import { Table, Typography } from 'antd';
import { formatDecimal, sumDecimals } from '../format/decimal';
import type { Comparator, IndicatorCategory, IndicatorStandard, QualitativeLevel, Subcategory } from '../gql/graphql';
import { useEnumLabel } from '../i18n/useEnumLabel';
import { useT } from '../i18n/locale';

export type IndicatorRow = {
  id: string;
  category: IndicatorCategory;
  subcategory: Subcategory;
  name: string;
  comparator: Comparator;
  targetValue?: string | null;
  targetText?: string | null;
  unit?: string | null;
  weight: string;
  standard?: IndicatorStandard | null;
  baseline?: string | null;
  actualValue?: string | null;
  actualLevel?: QualitativeLevel | null;
  deviationReason?: string | null;
};

type Props = { indicators: IndicatorRow[]; onSelect?: (indicator: IndicatorRow) => void };

/** The indicators of a target: three-level category, comparator, target value, unit, weight, actual value. */
export function IndicatorTable({ indicators, onSelect }: Props) {
  const t = useT();
  const label = useEnumLabel();
  return (
    <Table<IndicatorRow>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={indicators}
      scroll={{ x: 1100 }}
      onRow={onSelect ? (row) => ({ onClick: () => onSelect(row), style: { cursor: 'pointer' } }) : undefined}
      columns={[
        { title: t('一级指标', 'Level 1'), dataIndex: 'category', width: 100, render: (v: string) => label('IndicatorCategory', v) },
        { title: t('二级指标', 'Level 2'), dataIndex: 'subcategory', width: 130, render: (v: string) => label('Subcategory', v) },
        { title: t('三级指标', 'Indicator'), dataIndex: 'name' },
        { title: t('比较符', 'Comparator'), dataIndex: 'comparator', width: 80, align: 'center', render: (v: string) => label('Comparator', v) },
        {
          title: t('指标值', 'Target'),
          key: 'target',
          align: 'right',
          render: (_, r) => (r.comparator === 'QUALITATIVE' ? r.targetText ?? '—' : formatDecimal(r.targetValue, { trim: true })),
        },
        { title: t('计量单位', 'Unit'), dataIndex: 'unit', width: 90, render: (v: string | null) => v ?? '—' },
        { title: t('分值', 'Weight'), dataIndex: 'weight', width: 70, align: 'right', render: (v: string) => formatDecimal(v, { trim: true }) },
        { title: t('指标标准', 'Standard'), dataIndex: 'standard', width: 110, render: (v: string | null) => label('IndicatorStandard', v) },
        { title: t('历史值', 'Baseline'), dataIndex: 'baseline', width: 90, align: 'right', render: (v: string | null) => formatDecimal(v, { trim: true }) },
        {
          title: t('完成值', 'Actual'),
          key: 'actual',
          align: 'right',
          render: (_, r) => (r.comparator === 'QUALITATIVE' ? label('QualitativeLevel', r.actualLevel) : formatDecimal(r.actualValue, { trim: true })),
        },
        { title: t('偏差原因', 'Deviation reason'), dataIndex: 'deviationReason', render: (v: string | null) => v ?? '' },
      ]}
      summary={(rows) => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={6}>
            <Typography.Text type="secondary">{t(`共 ${rows.length} 个指标，分值合计`, `${rows.length} indicators, weights total`)}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={6} align="right">
            {sumDecimals(rows.map((r) => r.weight))}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={7} colSpan={4} />
        </Table.Summary.Row>
      )}
    />
  );
}
