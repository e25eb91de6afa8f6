import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Popconfirm, Select, Space, Table } from 'antd';
import type { ReactNode } from 'react';
import { subcategoriesOf } from '../../format/enumLabels';
import type { Sector } from '../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import { isQualitative, newIndicatorDraft, type IndicatorDraft } from './indicatorDraft';
import { IndicatorNamePicker } from './IndicatorNamePicker';
import { TargetSuggestionHint } from './TargetSuggestionHint';
import type { DraftErrors, DraftField } from './validateIndicators';

type Props = {
  rows: IndicatorDraft[];
  /** Messages per row key and field: the form's own checks and what the server said. */
  errors: DraftErrors;
  sector?: Sector;
  /** The declaring department and year: with them a library indicator shows the server's suggested value. */
  departmentId?: string;
  fiscalYear?: number;
  disabled?: boolean;
  onChange: (rows: IndicatorDraft[]) => void;
};

/** Edits the indicators of a target: level 1 → level 2 → level-3 name, comparator, value, unit, weight, standard, baseline. */
export function IndicatorTableEditor({ rows, errors, sector, departmentId, fiscalYear, disabled, onChange }: Props) {
  const t = useT();
  const label = useEnumLabel();
  const categories = useEnumOptions('IndicatorCategory');
  const comparators = useEnumOptions('Comparator');
  const standards = useEnumOptions('IndicatorStandard');
  const update = (key: string, patch: Partial<IndicatorDraft>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const remove = (key: string) => onChange(rows.filter((r) => r.key !== key));
  const move = (index: number, by: number) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row);
    onChange(next);
  };
  const cell = (row: IndicatorDraft, field: DraftField, node: ReactNode) => {
    const message = errors[row.key]?.[field];
    return (
      <Form.Item validateStatus={message ? 'error' : undefined} help={message} style={{ margin: 0 }}>
        {node}
      </Form.Item>
    );
  };
  const status = (row: IndicatorDraft, field: DraftField) => (errors[row.key]?.[field] ? ('error' as const) : undefined);
  const decimalInput = (r: IndicatorDraft, field: 'targetValue' | 'weight' | 'baseline' | 'standardValue', aria: string, extra: { disabled?: boolean; placeholder?: string } = {}) =>
    cell(
      r,
      field,
      <Input aria-label={aria} disabled={disabled || extra.disabled} placeholder={extra.placeholder} status={status(r, field)} value={r[field]} inputMode="decimal" onChange={(e) => update(r.key, { [field]: e.target.value })} />,
    );

  return (
    <>
      <Table<IndicatorDraft>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 1500 }}
        columns={[
          {
            title: t('一级指标', 'Level 1'),
            width: 130,
            render: (_, r) =>
              cell(r, 'category', <Select aria-label={t('一级指标', 'Level 1')} disabled={disabled} status={status(r, 'category')} value={r.category} options={categories} onChange={(category) => update(r.key, { category, subcategory: undefined, templateId: undefined })} style={{ width: '100%' }} />),
          },
          {
            title: t('二级指标', 'Level 2'),
            width: 160,
            render: (_, r) =>
              cell(
                r,
                'subcategory',
                <Select
                  aria-label={t('二级指标', 'Level 2')}
                  disabled={disabled || !r.category}
                  status={status(r, 'subcategory')}
                  value={r.subcategory}
                  options={(r.category ? subcategoriesOf[r.category] : []).map((s) => ({ value: s, label: label('Subcategory', s) }))}
                  onChange={(subcategory) => update(r.key, { subcategory, templateId: undefined })}
                  style={{ width: '100%' }}
                />,
              ),
          },
          {
            title: t('三级指标', 'Indicator'),
            width: 220,
            render: (_, r) =>
              cell(
                r,
                'name',
                <IndicatorNamePicker
                  value={r.name}
                  subcategory={r.subcategory}
                  sector={sector}
                  disabled={disabled}
                  status={status(r, 'name')}
                  onChange={(name) => update(r.key, { name, templateId: undefined })}
                  onPick={(tpl) => update(r.key, { name: tpl.name, templateId: tpl.id, unit: tpl.unit ?? r.unit, comparator: tpl.comparator })}
                />,
              ),
          },
          {
            title: t('比较符', 'Comparator'),
            width: 100,
            render: (_, r) => cell(r, 'comparator', <Select aria-label={t('比较符', 'Comparator')} disabled={disabled} value={r.comparator} options={comparators} onChange={(comparator) => update(r.key, { comparator })} style={{ width: '100%' }} />),
          },
          {
            title: t('指标值', 'Target'),
            width: 150,
            render: (_, r) =>
              isQualitative(r)
                ? cell(r, 'targetText', <Input aria-label={t('指标值', 'Target')} disabled={disabled} status={status(r, 'targetText')} value={r.targetText} placeholder={t('如：达到省级标准', 'e.g. meets the provincial standard')} onChange={(e) => update(r.key, { targetText: e.target.value })} />)
                : (
                  <>
                    {decimalInput(r, 'targetValue', t('指标值', 'Target'))}
                    {r.templateId && departmentId && fiscalYear ? (
                      <TargetSuggestionHint templateId={r.templateId} departmentId={departmentId} fiscalYear={fiscalYear} disabled={disabled} onUse={(targetValue) => update(r.key, { targetValue })} />
                    ) : null}
                  </>
                ),
          },
          {
            title: t('计量单位', 'Unit'),
            width: 90,
            render: (_, r) => cell(r, 'unit', <Input aria-label={t('计量单位', 'Unit')} disabled={disabled || isQualitative(r)} status={status(r, 'unit')} value={r.unit} onChange={(e) => update(r.key, { unit: e.target.value })} />),
          },
          { title: t('分值', 'Weight'), width: 80, render: (_, r) => decimalInput(r, 'weight', t('分值', 'Weight')) },
          {
            title: t('指标值设定依据', 'Standard'),
            width: 140,
            render: (_, r) => <Select aria-label={t('指标值设定依据', 'Standard')} disabled={disabled} value={r.standard} options={standards} onChange={(standard) => update(r.key, { standard })} style={{ width: '100%' }} />,
          },
          {
            title: t('历史值', 'Baseline'),
            width: 100,
            render: (_, r) => decimalInput(r, 'baseline', t('历史值', 'Baseline'), { disabled: isQualitative(r), placeholder: t('可不填', 'optional') }),
          },
          {
            title: t('预算支出标准', 'Expenditure standard'),
            width: 120,
            render: (_, r) =>
              decimalInput(r, 'standardValue', t('预算支出标准', 'Expenditure standard'), { disabled: isQualitative(r) || r.category !== 'COST', placeholder: r.category === 'COST' ? t('可不填', 'optional') : '' }),
          },
          {
            title: '',
            width: 110,
            fixed: 'right',
            render: (_, r, index) => (
              <Space size={4}>
                <Button size="small" icon={<ArrowUpOutlined />} aria-label={t('上移', 'Move up')} disabled={disabled || index === 0} onClick={() => move(index, -1)} />
                <Button size="small" icon={<ArrowDownOutlined />} aria-label={t('下移', 'Move down')} disabled={disabled || index === rows.length - 1} onClick={() => move(index, 1)} />
                <Popconfirm title={t('删除这一行指标？', 'Delete this indicator row?')} okText={t('删除', 'Delete')} okButtonProps={{ danger: true }} cancelText={t('取消', 'Cancel')} onConfirm={() => remove(r.key)}>
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('删除', 'Delete')} disabled={disabled} />
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Button icon={<PlusOutlined />} disabled={disabled} style={{ marginTop: 12, display: 'block' }} onClick={() => onChange([...rows, newIndicatorDraft(rows[rows.length - 1]?.category)])}>
        {t('添加指标', 'Add indicator')}
      </Button>
    </>
  );
}
