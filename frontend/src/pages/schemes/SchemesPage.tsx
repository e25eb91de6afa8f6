import { App, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeError, type UserFacingError } from '../../api/describeError';
import { PageTitle } from '../../components/PageTitle';
import { ServerErrorAlert } from '../../components/ServerErrorAlert';
import type { EvaluationSchemeSubject, ScoreItemMethod } from '../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../i18n/useEnumLabel';
import { useLocale, useT } from '../../i18n/locale';
import { SchemePreviewCard } from './SchemePreviewCard';
import { SchemeWhatIfCard } from './SchemeWhatIfCard';
import { addChild, blankItem, fromStored, levelOf, METHODS, nextKey, periodTemplate, pointless, removeItem, toInput, type DraftItem } from './schemeDraft';
import {
  CreateEvaluationSchemeMutation,
  EvaluationSchemesQuery,
  NewEvaluationSchemeVersionMutation,
  SchemeDataMetricsQuery,
  UpdateEvaluationSchemeMutation,
} from './schemeOperations';

type DataMetric = { code: string; name: string; source: string };

const NEW = 'new';

/**
 * 评价方案: finance builds and versions evaluation schemes — items, weights
 * (children add up to their parent, or shares to 100), methods with their
 * parameters — and tries a saved version out (试算) before evaluations use it.
 */
export default function SchemesPage() {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const label = useEnumLabel();
  const subjects = useEnumOptions('EvaluationSchemeSubject');
  const [{ data, fetching }, reload] = useQuery({ query: EvaluationSchemesQuery });
  // The metrics a DATA item may read come from the server's rules, never a list kept here.
  const [{ data: metricData }] = useQuery({ query: SchemeDataMetricsQuery });
  const metrics = metricData?.schemeDataMetrics ?? [];
  const schemes = useMemo(() => {
    const nodes = (data?.evaluationSchemes.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
    return [...nodes].sort((a, b) => a.code.localeCompare(b.code) || b.version - a.version);
  }, [data]);
  const [selectedId, setSelectedId] = useState<string>(NEW);
  // The version just saved is shown at once, before the list is read again.
  const [lastSaved, setLastSaved] = useState<(typeof schemes)[number]>();
  const selected = schemes.find((s) => s.id === selectedId) ?? (lastSaved?.id === selectedId ? lastSaved : undefined);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [subject, setSubject] = useState<EvaluationSchemeSubject>('PROJECT');
  const [points, setPoints] = useState('100');
  const [items, setItems] = useState<DraftItem[]>([]);
  const [serverError, setServerError] = useState<UserFacingError>();
  const [{ fetching: creating }, create] = useMutation(CreateEvaluationSchemeMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateEvaluationSchemeMutation);
  const [, newVersion] = useMutation(NewEvaluationSchemeVersionMutation);

  // Loading a version into the editor replaces the draft.
  useEffect(() => {
    if (!selected) return;
    setCode(selected.code);
    setName(selected.name);
    setSubject(selected.subject);
    setPoints(selected.points);
    setItems(fromStored(selected.items));
    setServerError(undefined);
  }, [selected]);

  function startNew() {
    setSelectedId(NEW);
    setCode('');
    setName('');
    setSubject('PROJECT');
    setPoints('100');
    setItems([]);
    setServerError(undefined);
  }

  const change = (key: string, patch: Partial<DraftItem>) => setItems((all) => all.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const frozen = selected?.frozen ?? false;

  async function save() {
    setServerError(undefined);
    const result = selected
      ? await update({ input: { id: selected.id, lockVersion: selected.lockVersion, name, points, items: toInput(items) } })
      : await create({ input: { code, name, subject, points, items: toInput(items) } });
    if (result.error || !result.data) {
      setServerError(describeError(result.error!, locale));
      return;
    }
    const saved = 'createEvaluationScheme' in result.data ? result.data.createEvaluationScheme : result.data.updateEvaluationScheme;
    message.success(t('评价方案已保存', 'Scheme saved'));
    reload({ requestPolicy: 'network-only' });
    setLastSaved(saved);
    setSelectedId(saved.id);
  }

  async function makeVersion() {
    if (!selected) return;
    const result = await newVersion({ id: selected.id });
    if (result.error || !result.data) {
      setServerError(describeError(result.error!, locale));
      return;
    }
    message.success(t('已新建版本', 'New version made'));
    reload({ requestPolicy: 'network-only' });
    setLastSaved(result.data.newEvaluationSchemeVersion);
    setSelectedId(result.data.newEvaluationSchemeVersion.id);
  }

  const methodOptions = METHODS.map((m) => ({ value: m, label: label('ScoreItemMethod', m) }));
  const columns = [
    {
      title: t('评分项', 'Item'),
      key: 'name',
      render: (_: unknown, it: DraftItem) => (
        <Input
          value={it.name}
          disabled={frozen}
          style={{ marginInlineStart: (levelOf(items, it.key) - 1) * 20, width: 220 }}
          aria-label={t('评分项名称', 'Item name')}
          data-testid={`item-name-${it.key}`}
          onChange={(e) => change(it.key, { name: e.target.value })}
        />
      ),
    },
    {
      title: t('评分方法', 'Method'),
      key: 'method',
      render: (_: unknown, it: DraftItem) => (
        <Select<ScoreItemMethod>
          value={it.method}
          disabled={frozen}
          style={{ width: 150 }}
          options={methodOptions}
          aria-label={t('评分方法', 'Method')}
          data-testid={`item-method-${it.key}`}
          onChange={(method) => change(it.key, { method, ...(method === 'DATA' ? { code: '' } : {}), ...(pointless(method) ? { points: '0', share: '' } : {}) })}
        />
      ),
    },
    {
      title: t('分值', 'Points'),
      key: 'points',
      render: (_: unknown, it: DraftItem) =>
        pointless(it.method) ? '—' : (
          <Input value={it.points} disabled={frozen} style={{ width: 80 }} aria-label={t('分值', 'Points')} data-testid={`item-points-${it.key}`} onChange={(e) => change(it.key, { points: e.target.value })} />
        ),
    },
    {
      title: t('占比 %', 'Share %'),
      key: 'share',
      render: (_: unknown, it: DraftItem) =>
        pointless(it.method) ? '—' : (
          <Input value={it.share} disabled={frozen} style={{ width: 70 }} placeholder="—" aria-label={t('占比', 'Share')} data-testid={`item-share-${it.key}`} onChange={(e) => change(it.key, { share: e.target.value })} />
        ),
    },
    {
      title: t('方法参数', 'Parameters'),
      key: 'params',
      render: (_: unknown, it: DraftItem) => <MethodParams item={it} metrics={metrics} disabled={frozen} onChange={(patch) => change(it.key, patch)} />,
    },
    {
      title: t('操作', 'Actions'),
      key: 'actions',
      render: (_: unknown, it: DraftItem) => (
        <Space size="small">
          {it.method === 'COMPOSITE' && (
            <Button size="small" disabled={frozen} data-testid={`add-child-${it.key}`} onClick={() => setItems((all) => addChild(all, it.key, blankItem(nextKey(all), it.key)))}>
              {t('添加下级', 'Add child')}
            </Button>
          )}
          <Button size="small" danger disabled={frozen} data-testid={`remove-${it.key}`} onClick={() => setItems((all) => removeItem(all, it.key))}>
            {t('删除', 'Remove')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle title={t('评价方案', 'Evaluation schemes')} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            value={selectedId}
            loading={fetching}
            style={{ width: 360 }}
            aria-label={t('评价方案', 'Scheme')}
            data-testid="scheme-select"
            onChange={(id) => (id === NEW ? startNew() : setSelectedId(id))}
            options={[
              { value: NEW, label: t('（新建方案）', '(new scheme)') },
              ...schemes.map((s) => ({ value: s.id, label: `${s.code} v${s.version} ${s.name}${s.frozen ? t('（已冻结）', ' (frozen)') : ''}` })),
            ]}
          />
          <Button onClick={startNew} data-testid="scheme-new">
            {t('新建方案', 'New scheme')}
          </Button>
          {selected && (
            <Button onClick={makeVersion} data-testid="scheme-new-version">
              {t('新建版本', 'New version')}
            </Button>
          )}
          {frozen && <Tag color="orange">{t('已有评价按此版本提交，方案已冻结，只能新建版本', 'An evaluation made from this version was submitted: frozen, make a new version')}</Tag>}
        </Space>
        {serverError && <ServerErrorAlert error={serverError} onClose={() => setServerError(undefined)} />}
        <Space wrap style={{ marginBottom: 16 }}>
          <Input addonBefore={t('编码', 'Code')} value={code} disabled={!!selected} style={{ width: 220 }} data-testid="scheme-code" onChange={(e) => setCode(e.target.value)} />
          <Input addonBefore={t('名称', 'Name')} value={name} disabled={frozen} style={{ width: 320 }} data-testid="scheme-name" onChange={(e) => setName(e.target.value)} />
          <Select<EvaluationSchemeSubject> value={subject} disabled={!!selected} options={subjects} style={{ width: 140 }} aria-label={t('评价对象', 'Subject')} onChange={setSubject} />
          <Input addonBefore={t('总分', 'Points')} value={points} disabled={frozen} style={{ width: 160 }} data-testid="scheme-points" onChange={(e) => setPoints(e.target.value)} />
        </Space>
        <Table<DraftItem> rowKey="key" size="small" pagination={false} columns={columns} dataSource={items} data-testid="scheme-items" />
        <Space wrap style={{ marginTop: 16 }}>
          <Button disabled={frozen} data-testid="add-top" onClick={() => setItems((all) => addChild(all, null, blankItem(nextKey(all), null)))}>
            {t('添加一级项', 'Add a top-level item')}
          </Button>
          <Button disabled={frozen} data-testid="use-period-template" onClick={() => setItems(periodTemplate())}>
            {t('套用年中/年末各 50% 组合', 'Mid-year/year-end 50/50 composite')}
          </Button>
          <Button type="primary" disabled={frozen} loading={creating || updating} data-testid="scheme-save" onClick={save}>
            {t('保存方案', 'Save scheme')}
          </Button>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t(
            '下级评分项的分值之和须等于上级分值；按占比加权时各占比之和须恰为 100。扣分项须设每次扣分；满意度档次写作“起点:得分比例”，如 0.9:1, 0.8:0.8。',
            "Children's points add up to their parent's; shares, when used, add up to exactly 100. A deduction needs its points per incident; survey bands read “start:share”, e.g. 0.9:1, 0.8:0.8.",
          )}
        </Typography.Paragraph>
      </Card>
      {selected && <SchemePreviewCard schemeId={selected.id} items={fromStored(selected.items)} />}
      {selected && <SchemeWhatIfCard key={selected.id} schemeId={selected.id} />}
    </>
  );
}

/** The parameters of an item's method: deduction size, survey bands, bonus limits, a data item's metric. */
function MethodParams({ item, metrics, disabled, onChange }: { item: DraftItem; metrics: readonly DataMetric[]; disabled: boolean; onChange: (patch: Partial<DraftItem>) => void }) {
  const t = useT();
  switch (item.method) {
    case 'DATA': {
      const chosen = metrics.find((m) => m.code === item.code);
      return (
        <div style={{ maxWidth: 320 }}>
          <Select<string>
            value={item.code || undefined}
            disabled={disabled}
            style={{ width: 300 }}
            placeholder={t('选择数据指标', 'Pick a data metric')}
            aria-label={t('数据指标', 'Data metric')}
            data-testid={`item-metric-${item.key}`}
            options={metrics.map((m) => ({ value: m.code, label: m.name, title: m.name }))}
            onChange={(code) => onChange({ code })}
          />
          {chosen && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} data-testid={`item-metric-source-${item.key}`}>
              {chosen.source}
            </Typography.Text>
          )}
        </div>
      );
    }
    case 'DEDUCTION':
      return <Input addonBefore={t('每次扣', 'Per incident')} value={item.perIncident} disabled={disabled} style={{ width: 160 }} data-testid={`item-param-${item.key}`} onChange={(e) => onChange({ perIncident: e.target.value })} />;
    case 'SURVEY':
      return <Input addonBefore={t('档次', 'Bands')} value={item.bands} disabled={disabled} style={{ width: 240 }} placeholder={t('为空即按比例', 'empty = proportional')} data-testid={`item-param-${item.key}`} onChange={(e) => onChange({ bands: e.target.value })} />;
    case 'BONUS_PENALTY':
      return (
        <Space size="small">
          <Input addonBefore={t('加分上限', 'Max bonus')} value={item.maxBonus} disabled={disabled} style={{ width: 150 }} data-testid={`item-param-${item.key}`} onChange={(e) => onChange({ maxBonus: e.target.value })} />
          <Input addonBefore={t('减分上限', 'Max penalty')} value={item.maxPenalty} disabled={disabled} style={{ width: 150 }} onChange={(e) => onChange({ maxPenalty: e.target.value })} />
        </Space>
      );
    default:
      return null;
  }
}
