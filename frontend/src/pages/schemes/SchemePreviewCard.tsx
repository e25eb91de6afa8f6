import { Button, Card, Checkbox, Descriptions, Input, Space, Table } from 'antd';
import { useState } from 'react';
import { useClient } from 'urql';
import { describeError, type UserFacingError } from '../../api/describeError';
import { ServerErrorAlert } from '../../components/ServerErrorAlert';
import type { PreviewEvaluationSchemeQuery as PreviewResult, SchemeItemScoreInput } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useLocale, useT } from '../../i18n/locale';
import type { DraftItem } from './schemeDraft';
import { PreviewEvaluationSchemeQuery } from './schemeOperations';

type Entry = { value: string; vetoed: boolean; reason: string };

/** What the scorer enters for an item: points, a rate, incidents — none for a composite. */
function inputKind(method: DraftItem['method']): 'score' | 'rate' | 'incidents' | 'veto' | 'bonus' | null {
  switch (method) {
    case 'MANUAL':
    case 'DATA': // computed from a department's data; a draft has none, so points are entered
      return 'score';
    case 'SURVEY':
    case 'EXECUTION_RATE':
      return 'rate';
    case 'DEDUCTION':
      return 'incidents';
    case 'VETO':
      return 'veto';
    case 'BONUS_PENALTY':
      return 'bonus';
    default:
      return null;
  }
}

/** The scorer's entries as the API's SchemeItemScoreInput list (blank items left out). */
export function previewInputs(items: DraftItem[], entries: Record<string, Entry>): SchemeItemScoreInput[] {
  return items.flatMap((it): SchemeItemScoreInput[] => {
    const e = entries[it.key];
    const kind = inputKind(it.method);
    if (!e || !kind) return [];
    const value = e.value.trim();
    switch (kind) {
      case 'score':
        return value ? [{ key: it.key, score: value }] : [];
      case 'rate':
        return value ? [{ key: it.key, rate: value }] : [];
      case 'incidents':
        return value ? [{ key: it.key, incidents: Number(value) }] : [];
      case 'veto':
        return e.vetoed ? [{ key: it.key, vetoed: true, reason: e.reason }] : [];
      case 'bonus':
        return value ? [{ key: it.key, score: value, reason: e.reason }] : [];
    }
  });
}

/** 试算: a saved scheme version scored with entered inputs; nothing is saved. */
export function SchemePreviewCard({ schemeId, items }: { schemeId: string; items: DraftItem[] }) {
  const t = useT();
  const { locale } = useLocale();
  const label = useEnumLabel();
  const client = useClient();
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const [result, setResult] = useState<PreviewResult['previewEvaluationScheme']>();
  const [error, setError] = useState<UserFacingError>();
  const [running, setRunning] = useState(false);
  const entry = (key: string) => entries[key] ?? { value: '', vetoed: false, reason: '' };
  const set = (key: string, patch: Partial<Entry>) => setEntries((all) => ({ ...all, [key]: { ...entry(key), ...patch } }));

  async function run() {
    setRunning(true);
    setError(undefined);
    const answer = await client.query(PreviewEvaluationSchemeQuery, { schemeId, inputs: previewInputs(items, entries) }, { requestPolicy: 'network-only' }).toPromise();
    setRunning(false);
    if (answer.error || !answer.data) {
      setResult(undefined);
      setError(describeError(answer.error!, locale));
      return;
    }
    setResult(answer.data.previewEvaluationScheme);
  }

  const leaves = items.filter((it) => inputKind(it.method) !== null);
  const hint = (it: DraftItem) =>
    ({
      score: t(`0–${it.points} 分`, `0–${it.points} points`),
      rate: t('0–1，如 0.92', '0..1, e.g. 0.92'),
      incidents: t('次数', 'incidents'),
      veto: '',
      bonus: t('正为加分，负为减分', '+ bonus, − penalty'),
    })[inputKind(it.method)!];
  return (
    <Card title={t('试算（按已保存的方案，不保存结果）', 'Try it out (the saved version; nothing is saved)')} style={{ marginTop: 16 }} data-testid="scheme-preview">
      {error && <ServerErrorAlert error={error} onClose={() => setError(undefined)} />}
      <Space direction="vertical" style={{ width: '100%' }}>
        {leaves.map((it) => (
          <Space key={it.key} wrap>
            <span style={{ display: 'inline-block', width: 220 }}>{it.name}</span>
            {inputKind(it.method) === 'veto' ? (
              <Checkbox checked={entry(it.key).vetoed} data-testid={`preview-input-${it.key}`} onChange={(e) => set(it.key, { vetoed: e.target.checked })}>
                {t('触发一票否决', 'Veto triggered')}
              </Checkbox>
            ) : (
              <Input value={entry(it.key).value} placeholder={hint(it)} style={{ width: 200 }} aria-label={it.name} data-testid={`preview-input-${it.key}`} onChange={(e) => set(it.key, { value: e.target.value })} />
            )}
            {(inputKind(it.method) === 'veto' || inputKind(it.method) === 'bonus') && (
              <Input value={entry(it.key).reason} placeholder={t('理由', 'Reason')} style={{ width: 200 }} onChange={(e) => set(it.key, { reason: e.target.value })} />
            )}
          </Space>
        ))}
        <Button type="primary" loading={running} onClick={run} data-testid="preview-run">
          {t('试算', 'Compute')}
        </Button>
        {result && (
          <>
            <Descriptions size="small" column={3} bordered>
              <Descriptions.Item label={t('总分', 'Total')}>
                <span data-testid="preview-total">{result.total100}</span>
                {result.scale !== '100' && ` (${result.total} / ${result.scale})`}
              </Descriptions.Item>
              <Descriptions.Item label={t('等级', 'Grade')}>
                <span data-testid="preview-grade">{label('Grade', result.grade)}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('一票否决', 'Vetoed')}>{result.vetoed ? t('是', 'yes') : t('否', 'no')}</Descriptions.Item>
            </Descriptions>
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={result.items}
              columns={[
                { title: t('评分项', 'Item'), dataIndex: 'name', render: (name: string, r) => <span style={{ paddingInlineStart: (r.level - 1) * 20 }}>{name}</span> },
                { title: t('分值', 'Points'), dataIndex: 'points' },
                { title: t('得分', 'Score'), dataIndex: 'score' },
                { title: t('得分说明', 'Explanation'), dataIndex: 'explanation' },
              ]}
            />
          </>
        )}
      </Space>
    </Card>
  );
}
