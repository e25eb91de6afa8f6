import { Checkbox, Form, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { cloneElement, type ReactElement } from 'react';
import { formatDecimal } from '../../format/decimal';
import { useEnumLabel, useEnumOptions } from '../../i18n/useEnumLabel';
import { useLocale, useT } from '../../i18n/locale';
import { scoreItemTree, type TreeItem } from '../projects/detail/scoreItemTree';
import type { ItemPreview } from './useLivePreview';
import { bandText, editorKind, overAchievementPercent, qualitativeBand, type DraftErrors, type ItemDraft, type ScoringRules, type SheetItem } from './scoringSheet';

type Props = {
  items: SheetItem[];
  drafts: Record<string, ItemDraft>;
  errors: Record<string, DraftErrors>;
  previews: Record<string, ItemPreview>;
  /** Server complaints per item id (a failed save). */
  rowErrors: Record<string, string>;
  editable: boolean;
  onChange: (itemId: string, patch: Partial<ItemDraft>) => void;
  /** The rule set in force (bands, the over-achievement factor); undefined while loading. */
  rules?: ScoringRules;
};

/** A flag's words; the over-achievement line names the rule set's factor. */
function flagText(flag: string, rules: ScoringRules | undefined): [string, string] | undefined {
  if (flag === 'MISSING_ACTUAL') return ['未填完成值', 'no actual value'];
  if (flag !== 'OVER_ACHIEVED') return undefined;
  if (!rules) return ['超额完成较多，须说明偏差原因', 'far above target: explain the deviation'];
  const over = overAchievementPercent(rules);
  return [`超额完成 ${over}% 以上，须说明偏差原因`, `over ${over} % above target: explain the deviation`];
}

/**
 * 评分表: the evaluation's score items as a tree. Each item offers what its
 * method takes — an indicator's actual value, a qualitative level and points
 * inside its band, manual points within [0, W], a satisfaction rate,
 * incidents, a veto, an adjustment — and shows the live preview next to the
 * last computed score and its explanation.
 */
export function ScoringSheet({ items, drafts, errors, previews, rowErrors, editable, onChange, rules }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const label = useEnumLabel();
  const levels = useEnumOptions('QualitativeLevel');

  // The message is tied to its input (aria-describedby, aria-invalid), so a
  // screen reader reads it with the field, not only as red text nearby.
  const field = (item: SheetItem, name: keyof ItemDraft, node: ReactElement<Record<string, unknown>>) => {
    const msg = errors[item.id]?.[name];
    const id = `err-${item.id}-${name}`;
    return (
      <Form.Item validateStatus={msg ? 'error' : undefined} help={msg && <span id={id}>{msg}</span>} style={{ margin: 0 }}>
        {cloneElement(node, { 'aria-invalid': msg ? true : undefined, 'aria-describedby': msg ? id : undefined })}
      </Form.Item>
    );
  };

  // What a closed sheet shows: the entries as text, not disabled inputs
  // (grey on grey at 1.8:1, and not read out as content).
  const shown = (value: string | null | undefined, suffix?: string | null) => (value == null || value === '' ? '—' : `${value}${suffix ? ` ${suffix}` : ''}`);
  const readOnly = (item: SheetItem, kind: ReturnType<typeof editorKind>, d: ItemDraft) => {
    const ind = item.indicator;
    const line = (name: string, value: string) => (
      <div>
        <Typography.Text type="secondary">{name}</Typography.Text> {value}
      </div>
    );
    switch (kind) {
      case 'actual':
        return (
          <div data-readonly-entry>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('目标', 'Target')} {label('Comparator', ind!.comparator)} {formatDecimal(ind!.targetValue, { trim: true })} {ind!.unit ?? ''}
            </Typography.Text>
            {line(t('完成值：', 'Actual: '), shown(d.actualValue ?? ind!.actualValue, ind!.unit))}
            {(d.deviationReason ?? ind!.deviationReason) && line(t('偏差原因：', 'Deviation: '), (d.deviationReason ?? ind!.deviationReason)!)}
          </div>
        );
      case 'qualitative': {
        const level = d.level ?? ind?.actualLevel ?? undefined;
        return (
          <div data-readonly-entry>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('目标：', 'Target: ')}
              {ind?.targetText || '—'}
            </Typography.Text>
            {line(t('达成等级：', 'Level: '), level ? label('QualitativeLevel', level) : '—')}
          </div>
        );
      }
      case 'manual':
        return <span data-readonly-entry>{shown(d.score ?? item.score)}</span>;
      case 'survey':
        return <span data-readonly-entry>{line(t('满意度：', 'Satisfaction: '), shown(d.ratePercent, '%'))}</span>;
      case 'deduction':
        return <span data-readonly-entry>{line(t('扣分次数：', 'Incidents: '), shown(d.incidents))}</span>;
      case 'veto':
        return (
          <div data-readonly-entry>
            {d.vetoed ? t('触发一票否决', 'Veto triggered') : t('未触发一票否决', 'No veto')}
            {d.note && line(t('理由：', 'Reason: '), d.note)}
          </div>
        );
      case 'bonus':
        return (
          <div data-readonly-entry>
            {line(t('加减分：', 'Adjustment: '), shown(d.score))}
            {d.note && line(t('理由：', 'Reason: '), d.note)}
          </div>
        );
      default:
        return undefined;
    }
  };

  const editor = (item: SheetItem) => {
    const d = drafts[item.id] ?? {};
    const kind = editorKind(item);
    const text = editable ? undefined : readOnly(item, kind, d);
    if (text) return text;
    const ind = item.indicator;
    const disabled = !editable;
    switch (kind) {
      case 'actual': {
        const flags = previews[item.id]?.flags ?? [];
        const showReason = flags.includes('OVER_ACHIEVED') || !!ind?.deviationReason || d.deviationReason !== undefined;
        return (
          <Space orientation="vertical" size={4} style={{ width: '100%' }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('目标', 'Target')} {label('Comparator', ind!.comparator)} {formatDecimal(ind!.targetValue, { trim: true })} {ind!.unit ?? ''}
            </Typography.Text>
            {field(
              item,
              'actualValue',
              <Input
                aria-label={t(`完成值：${item.name}`, `Actual: ${item.name}`)}
                placeholder={t('完成值', 'Actual value')}
                inputMode="decimal"
                suffix={ind!.unit ?? undefined}
                disabled={disabled}
                value={d.actualValue ?? ind!.actualValue ?? ''}
                onChange={(e) => onChange(item.id, { actualValue: e.target.value })}
              />,
            )}
            {showReason &&
              field(
                item,
                'deviationReason',
                <Input.TextArea
                  aria-label={t(`偏差原因：${item.name}`, `Deviation reason: ${item.name}`)}
                  placeholder={t('偏差原因', 'Reason for the deviation')}
                  autoSize={{ minRows: 1, maxRows: 3 }}
                  disabled={disabled}
                  value={d.deviationReason ?? ind!.deviationReason ?? ''}
                  onChange={(e) => onChange(item.id, { deviationReason: e.target.value })}
                />,
              )}
          </Space>
        );
      }
      case 'qualitative': {
        const level = d.level ?? ind?.actualLevel ?? undefined;
        return (
          <Space orientation="vertical" size={4} style={{ width: '100%' }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('目标：', 'Target: ')}
              {ind?.targetText || '—'}
            </Typography.Text>
            {field(
              item,
              'level',
              <Select
                aria-label={t(`达成等级：${item.name}`, `Level: ${item.name}`)}
                placeholder={t('达成等级', 'Level reached')}
                disabled={disabled}
                value={level}
                options={levels}
                onChange={(v) => onChange(item.id, { level: v })}
                style={{ width: '100%' }}
                popupMatchSelectWidth={false}
              />,
            )}
            {field(
              item,
              'score',
              <Input
                aria-label={t(`得分：${item.name}`, `Score: ${item.name}`)}
                inputMode="decimal"
                disabled={disabled || !level}
                placeholder={level && rules ? t(`${bandText(qualitativeBand(level, item.weight, rules))} 分`, `${bandText(qualitativeBand(level, item.weight, rules)).replace('（不含）', ' excl.')} points`) : t('先选等级', 'choose a level first')}
                value={d.score ?? item.score ?? ''}
                onChange={(e) => onChange(item.id, { score: e.target.value })}
              />,
            )}
          </Space>
        );
      }
      case 'manual':
        return field(
          item,
          'score',
          <Input aria-label={t(`得分：${item.name}`, `Score: ${item.name}`)} inputMode="decimal" disabled={disabled} placeholder={`0 ~ ${formatDecimal(item.weight, { trim: true })}`} value={d.score ?? item.score ?? ''} onChange={(e) => onChange(item.id, { score: e.target.value })} />,
        );
      case 'survey':
        return field(
          item,
          'ratePercent',
          <Input aria-label={t(`满意度：${item.name}`, `Satisfaction: ${item.name}`)} inputMode="decimal" suffix="%" disabled={disabled} placeholder={t('满意度', 'satisfaction')} value={d.ratePercent ?? ''} onChange={(e) => onChange(item.id, { ratePercent: e.target.value })} />,
        );
      case 'deduction':
        return field(
          item,
          'incidents',
          <Input aria-label={t(`扣分次数：${item.name}`, `Incidents: ${item.name}`)} inputMode="numeric" disabled={disabled} placeholder={t('扣分次数', 'incidents')} value={d.incidents ?? ''} onChange={(e) => onChange(item.id, { incidents: e.target.value })} />,
        );
      case 'veto':
        return (
          <Space orientation="vertical" size={4} style={{ width: '100%' }}>
            <Checkbox disabled={disabled} checked={d.vetoed ?? false} onChange={(e) => onChange(item.id, { vetoed: e.target.checked })}>
              {t('触发一票否决', 'Veto triggered')}
            </Checkbox>
            {(d.vetoed || d.note) && field(item, 'note', <Input aria-label={t('否决理由', 'Reason')} placeholder={t('否决理由', 'Reason')} disabled={disabled} value={d.note ?? ''} onChange={(e) => onChange(item.id, { note: e.target.value })} />)}
          </Space>
        );
      case 'bonus':
        return (
          <Space orientation="vertical" size={4} style={{ width: '100%' }}>
            {field(item, 'score', <Input aria-label={t(`加减分：${item.name}`, `Adjustment: ${item.name}`)} inputMode="decimal" disabled={disabled} placeholder={t('如 2 或 -1.5', 'e.g. 2 or -1.5')} value={d.score ?? ''} onChange={(e) => onChange(item.id, { score: e.target.value })} />)}
            {field(item, 'note', <Input aria-label={t('理由', 'Reason')} placeholder={t('加减分理由', 'Reason')} disabled={disabled} value={d.note ?? ''} onChange={(e) => onChange(item.id, { note: e.target.value })} />)}
          </Space>
        );
      default:
        return (
          <Typography.Text type="secondary">
            {item.method === 'COMPOSITE' ? t('下级合计', 'sum of the items below') : t('系统计算', 'computed')}
          </Typography.Text>
        );
    }
  };

  const tree = scoreItemTree(items);
  return (
    <Table<TreeItem<SheetItem>>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={tree}
      expandable={{ defaultExpandAllRows: true }}
      scroll={{ x: 1100 }}
      data-testid="scoring-sheet"
      rowClassName={(r) => (rowErrors[r.id] ? 'row-overdue' : '')}
      columns={[
        {
          title: t('评分项', 'Item'),
          key: 'name',
          width: 260,
          render: (_, r) => (
            <Space orientation="vertical" size={0}>
              <span style={{ fontWeight: r.level === 1 ? 600 : undefined }}>{r.name}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {label('ScoreItemMethod', r.method)}
              </Typography.Text>
              {rowErrors[r.id] && <Typography.Text type="danger">{rowErrors[r.id]}</Typography.Text>}
            </Space>
          ),
        },
        { title: t('分值', 'Points'), dataIndex: 'weight', width: 70, align: 'right', render: (v: string) => formatDecimal(v, { trim: true }) },
        { title: t('评分输入', 'Input'), key: 'input', width: 260, render: (_, r) => editor(r) },
        {
          title: t('得分', 'Score'),
          key: 'score',
          width: 120,
          align: 'right',
          render: (_, r) => {
            const p = previews[r.id];
            return (
              <Space orientation="vertical" size={0} style={{ alignItems: 'flex-end' }}>
                <strong data-score-item={r.name}>{formatDecimal(r.score)}</strong>
                {p && p.score !== r.score && (
                  <Tooltip title={t('按当前输入预估，尚未保存', 'Preview of what is typed; not saved')}>
                    <Tag color="blue" style={{ marginRight: 0 }}>
                      {t('预估', 'preview')} {p.score}
                    </Tag>
                  </Tooltip>
                )}
                {(p?.flags ?? []).map((f) => (
                  <Tag key={f} color={f === 'MISSING_ACTUAL' ? 'default' : 'orange'} style={{ marginRight: 0 }}>
                    {flagText(f, rules)?.[locale === 'zh' ? 0 : 1] ?? f}
                  </Tag>
                ))}
              </Space>
            );
          },
        },
        {
          title: t('得分说明', 'How it was scored'),
          key: 'explanation',
          render: (_, r) => {
            const saved = locale === 'en' ? r.explanationEn || r.explanation : r.explanation;
            const preview = previews[r.id]?.explanation;
            return (
              <span style={{ whiteSpace: 'pre-wrap' }}>
                {preview && preview !== saved ? (
                  <>
                    <Typography.Text type="secondary">{t('预估：', 'Preview: ')}</Typography.Text>
                    {preview}
                  </>
                ) : (
                  saved || '—'
                )}
              </span>
            );
          },
        },
      ]}
    />
  );
}
