import { Button, Card, Descriptions, InputNumber, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useClient } from 'urql';
import { describeError, type UserFacingError } from '../../api/describeError';
import { ServerErrorAlert } from '../../components/ServerErrorAlert';
import { graphql } from '../../gql';
import type { SchemeWhatIfQuery as WhatIfResult } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useLocale, useT } from '../../i18n/locale';

export const SchemeWhatIfQuery = graphql(`
  query SchemeWhatIf($schemeId: ID!, $fiscalYear: Int) {
    evaluationSchemeWhatIf(schemeId: $schemeId, fiscalYear: $fiscalYear) {
      fiscalYear
      count
      meanStored
      meanDraft
      meanDifference
      gradeChanges
      rows {
        evaluation {
          id
          kind
          department {
            id
            name
          }
          project {
            id
            name
          }
        }
        storedScore
        storedGrade
        draftScore
        draftGrade
        difference
        matchedItems
        assumedItems
      }
    }
  }
`);

type Row = WhatIfResult['evaluationSchemeWhatIf']['rows'][number];

/** 对上年评价试算: the saved draft re-scores last year's evaluations of its subject; nothing is saved. */
export function SchemeWhatIfCard({ schemeId }: { schemeId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const label = useEnumLabel();
  const client = useClient();
  const [year, setYear] = useState<number | null>(null);
  const [result, setResult] = useState<WhatIfResult['evaluationSchemeWhatIf']>();
  const [error, setError] = useState<UserFacingError>();
  const [running, setRunning] = useState(false);

  async function run() {
    setRunning(true);
    setError(undefined);
    const answer = await client.query(SchemeWhatIfQuery, { schemeId, fiscalYear: year }, { requestPolicy: 'network-only' }).toPromise();
    setRunning(false);
    if (answer.error || !answer.data) {
      setResult(undefined);
      setError(describeError(answer.error!, locale));
      return;
    }
    setResult(answer.data.evaluationSchemeWhatIf);
  }

  return (
    <Card title={t('对上年评价试算（不保存）', 'Against last year’s evaluations (nothing saved)')} style={{ marginTop: 16 }} data-testid="scheme-whatif">
      {error && <ServerErrorAlert error={error} onClose={() => setError(undefined)} />}
      <Space wrap style={{ marginBottom: 12 }}>
        <InputNumber aria-label={t('年度（缺省为最近年度）', 'Year (default: the latest)')} placeholder={t('年度（缺省最近）', 'Year (latest)')} value={year} min={2000} max={2100} onChange={(v) => setYear(v)} />
        <Button type="primary" loading={running} onClick={run} data-testid="whatif-run">
          {t('按草稿重算上年评价', 'Re-score last year’s evaluations')}
        </Button>
      </Space>
      {result && (
        <>
          <Descriptions size="small" column={3} bordered data-testid="whatif-summary">
            <Descriptions.Item label={t('年度', 'Year')}>{result.fiscalYear || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('评价数', 'Evaluations')}>
              <span data-testid="whatif-count">{result.count}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('等级变化', 'Grade changes')}>
              <span data-testid="whatif-grade-changes">{result.gradeChanges}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('已存平均分', 'Mean stored')}>{result.meanStored ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('草稿平均分', 'Mean under the draft')}>
              <span data-testid="whatif-mean-draft">{result.meanDraft ?? '—'}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('平均差值', 'Mean difference')}>{result.meanDifference ?? '—'}</Descriptions.Item>
          </Descriptions>
          <Table<Row>
            rowKey={(r) => r.evaluation.id}
            size="small"
            style={{ marginTop: 12 }}
            pagination={{ pageSize: 10 }}
            dataSource={result.rows}
            columns={[
              {
                title: t('评价对象', 'Subject'),
                render: (_, r) => <Link to={`/evaluations/${r.evaluation.id}`}>{r.evaluation.project?.name ?? r.evaluation.department.name}</Link>,
              },
              { title: t('已存得分', 'Stored'), render: (_, r) => `${r.storedScore ?? '—'} ${r.storedGrade ? label('Grade', r.storedGrade) : ''}` },
              { title: t('草稿得分', 'Draft'), render: (_, r) => `${r.draftScore} ${label('Grade', r.draftGrade)}` },
              { title: t('差值', 'Difference'), dataIndex: 'difference' },
              {
                title: t('沿用/推定项', 'Carried / assumed'),
                render: (_, r) => (
                  <>
                    <Tag>{t(`沿用 ${r.matchedItems}`, `carried ${r.matchedItems}`)}</Tag>
                    {r.assumedItems > 0 && <Tag color="orange">{t(`推定 ${r.assumedItems}`, `assumed ${r.assumedItems}`)}</Tag>}
                  </>
                ),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
