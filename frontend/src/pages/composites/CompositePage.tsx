import { Button, Card, Descriptions, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { describeError, type UserFacingError } from '../../api/describeError';
import { FiscalYearSelect } from '../../components/FiscalYearSelect';
import { PageTitle } from '../../components/PageTitle';
import { ServerErrorAlert } from '../../components/ServerErrorAlert';
import { currentFiscalYear } from '../../format/date';
import type { EvaluationCompositeQuery as CompositeResult } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useLocale, useT } from '../../i18n/locale';
import { ComputedEvaluationsQuery, EvaluationCompositeQuery } from './compositeOperations';

/** The shares entered (percent), as the API's parts; blank rows are left out. */
export function compositeParts(shares: Record<string, string>) {
  return Object.entries(shares)
    .filter(([, share]) => share.trim() !== '')
    .map(([evaluationId, share]) => ({ evaluationId, share: share.trim() }));
}

/**
 * 组合得分: computed evaluations combined by shares, e.g. the mid-year and the
 * year-end evaluation of a project 50 / 50 (the shares must add up to 100).
 */
export default function CompositePage() {
  const t = useT();
  const { locale } = useLocale();
  const label = useEnumLabel();
  const client = useClient();
  const [year, setYear] = useState(currentFiscalYear() - 1);
  const [{ data, fetching }] = useQuery({ query: ComputedEvaluationsQuery, variables: { fiscalYear: year } });
  const [shares, setShares] = useState<Record<string, string>>({});
  const [result, setResult] = useState<CompositeResult['evaluationComposite']>();
  const [error, setError] = useState<UserFacingError>();
  const rows = (data?.evaluations.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

  async function compute() {
    setError(undefined);
    const answer = await client.query(EvaluationCompositeQuery, { parts: compositeParts(shares) }, { requestPolicy: 'network-only' }).toPromise();
    if (answer.error || !answer.data) {
      setResult(undefined);
      setError(describeError(answer.error!, locale));
      return;
    }
    setResult(answer.data.evaluationComposite);
  }

  return (
    <>
      <PageTitle title={t('组合得分', 'Composite scores')} />
      <Card>
        <Space style={{ marginBottom: 16 }}>
          <FiscalYearSelect value={year} onChange={(y) => y && setYear(y)} />
          <Typography.Text type="secondary">{t('为参与组合的评价填写占比（百分数，合计须为 100）', 'Give each evaluation in the composite its share (percent, adding up to 100)')}</Typography.Text>
        </Space>
        {error && <ServerErrorAlert error={error} onClose={() => setError(undefined)} />}
        <Table
          rowKey="id"
          size="small"
          loading={fetching}
          pagination={false}
          dataSource={rows}
          columns={[
            { title: t('评价对象', 'Subject'), key: 'subject', render: (_, r) => r.project?.name ?? r.department.name },
            { title: t('评价类型', 'Kind'), key: 'kind', render: (_, r) => label('EvaluationKind', r.kind) },
            { title: t('方案', 'Scheme'), dataIndex: 'scheme' },
            { title: t('总分', 'Total'), dataIndex: 'totalScore' },
            {
              title: t('占比 %', 'Share %'),
              key: 'share',
              render: (_, r) => (
                <Input value={shares[r.id] ?? ''} style={{ width: 90 }} aria-label={t('占比', 'Share')} data-testid={`share-${r.id}`} onChange={(e) => setShares((s) => ({ ...s, [r.id]: e.target.value }))} />
              ),
            },
          ]}
        />
        <Button type="primary" style={{ marginTop: 16 }} onClick={compute} data-testid="composite-run">
          {t('计算组合得分', 'Compute the composite')}
        </Button>
        {result && (
          <Descriptions size="small" bordered style={{ marginTop: 16 }} column={2}>
            <Descriptions.Item label={t('组合得分', 'Composite')}>
              <span data-testid="composite-score">{result.score}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('等级', 'Grade')}>{label('Grade', result.grade)}</Descriptions.Item>
          </Descriptions>
        )}
      </Card>
    </>
  );
}
