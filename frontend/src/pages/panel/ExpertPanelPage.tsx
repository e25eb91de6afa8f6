import { Alert, App, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError, type UserFacingError } from '../../api/describeError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { ServerErrorAlert } from '../../components/ServerErrorAlert';
import { useLocale, useT } from '../../i18n/locale';
import { ExpertPanelQuery, ScoreAsExpertMutation } from './panelOperations';
import { missingCount, scoreOf, type PanelRow } from './panelTable';

/**
 * 专家评分: each expert of the panel scores the manual items on their own
 * sheet (finance, or the agency acting for them, enters it); the item's score
 * is the panel's aggregate, shown with the spread and who is still missing.
 */
export default function ExpertPanelPage() {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reload] = useQuery({ query: ExpertPanelQuery, variables: { id } });
  const [{ fetching: saving }, score] = useMutation(ScoreAsExpertMutation);
  const [expertId, setExpertId] = useState<string>();
  const [sheet, setSheet] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<UserFacingError>();
  const ev = data?.node && 'fiscalYear' in data.node ? data.node : undefined;
  const experts = useMemo(() => (ev?.experts.edges ?? []).flatMap((e) => (e?.node ? [e.node] : [])), [ev]);
  const rows: PanelRow[] = data?.expertPanel ?? [];
  const expert = experts.find((e) => e.id === expertId);

  function pick(idOf: string) {
    setExpertId(idOf);
    setSheet(Object.fromEntries(rows.map((r) => [r.scoreItem.id, scoreOf(r, idOf)?.score ?? ''])));
    setServerError(undefined);
  }

  // Each changed score is sent on its own; a stale lock version or a score
  // outside [0, W] stops the sheet and says so.
  async function saveSheet() {
    if (!expertId) return;
    setServerError(undefined);
    for (const r of rows) {
      const value = (sheet[r.scoreItem.id] ?? '').trim();
      const before = scoreOf(r, expertId);
      if (value === '' || value === before?.score) continue;
      const result = await score({ input: { scoreItemId: r.scoreItem.id, expertId, score: value, lockVersion: before?.lockVersion ?? null } });
      if (result.error) {
        setServerError(describeError(result.error, locale));
        reload({ requestPolicy: 'network-only' });
        return;
      }
    }
    message.success(t('专家评分已保存', 'Expert scores saved'));
    reload({ requestPolicy: 'network-only' });
  }

  if (error) return <ErrorAlert error={error} />;
  // Scoring as an expert is scoring: the server lists SCORE while the viewer may.
  const open = ev?.viewerActions.includes('SCORE');
  const columns = [
    { title: t('评分项', 'Item'), key: 'item', render: (_: unknown, r: PanelRow) => r.scoreItem.name },
    { title: t('分值', 'Points'), key: 'weight', render: (_: unknown, r: PanelRow) => r.scoreItem.weight },
    ...experts.map((e) => ({
      title: e.name,
      key: e.id,
      render: (_: unknown, r: PanelRow) => scoreOf(r, e.id)?.score ?? <Typography.Text type="secondary">—</Typography.Text>,
    })),
    {
      title: t('合议得分', 'Panel score'),
      key: 'aggregate',
      render: (_: unknown, r: PanelRow) => <strong data-testid={`aggregate-${r.scoreItem.id}`}>{r.aggregate ?? '—'}</strong>,
    },
    { title: t('极差', 'Spread'), key: 'spread', render: (_: unknown, r: PanelRow) => r.spread ?? '—' },
    {
      title: t('尚未评分', 'Missing'),
      key: 'missing',
      render: (_: unknown, r: PanelRow) => (r.missing.length === 0 ? <Tag color="green">{t('已齐', 'complete')}</Tag> : r.missing.map((m) => <Tag key={m.id}>{m.name}</Tag>)),
    },
  ];

  return (
    <>
      <PageTitle title={t('专家组评分', 'Expert panel')} />
      <Card loading={fetching && !data}>
        {ev && (
          <Typography.Paragraph>
            <Link to={`/evaluations/${ev.id}`}>{ev.project?.name ?? ev.department.name}</Link> · {ev.fiscalYear}
            {' · '}
            {t(`专家 ${experts.length} 人，尚缺 ${missingCount(rows)} 项评分`, `${experts.length} experts, ${missingCount(rows)} scores missing`)}
          </Typography.Paragraph>
        )}
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('五位及以上专家时去掉一个最高分和一个最低分后取平均，否则取平均；四舍五入保留两位。', 'With five or more experts the highest and lowest scores are dropped before the mean; otherwise the mean; half up to 2 places.')}
        />
        <Table<PanelRow> rowKey={(r) => r.scoreItem.id} size="small" pagination={false} columns={columns} dataSource={rows} data-testid="panel-table" />
      </Card>
      {open && experts.length > 0 && (
        <Card title={t('专家评分表', "An expert's sheet")} style={{ marginTop: 16 }} data-testid="expert-sheet">
          {serverError && <ServerErrorAlert error={serverError} onClose={() => setServerError(undefined)} />}
          <Space direction="vertical" style={{ width: '100%' }}>
            <Select
              value={expertId}
              placeholder={t('选择专家', 'Choose the expert')}
              style={{ width: 240 }}
              aria-label={t('专家', 'Expert')}
              data-testid="sheet-expert"
              options={experts.map((e) => ({ value: e.id, label: `${e.name}（${e.specialty}）` }))}
              onChange={pick}
            />
            {expert &&
              rows.map((r) => (
                <Space key={r.scoreItem.id}>
                  <span style={{ display: 'inline-block', width: 220 }}>{r.scoreItem.name}</span>
                  <Input
                    value={sheet[r.scoreItem.id] ?? ''}
                    placeholder={t(`0–${r.scoreItem.weight} 分`, `0–${r.scoreItem.weight} points`)}
                    style={{ width: 160 }}
                    aria-label={`${expert.name} ${r.scoreItem.name}`}
                    data-testid={`sheet-score-${r.scoreItem.id}`}
                    onChange={(e) => setSheet((s) => ({ ...s, [r.scoreItem.id]: e.target.value }))}
                  />
                </Space>
              ))}
            {expert && (
              <Button type="primary" loading={saving} onClick={saveSheet} data-testid="sheet-save">
                {t('保存评分', 'Save scores')}
              </Button>
            )}
          </Space>
        </Card>
      )}
    </>
  );
}
