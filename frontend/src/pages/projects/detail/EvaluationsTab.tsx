import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Space } from 'antd';
import { Link } from 'react-router';
import { useViewer } from '../../../auth/ViewerContext';
import { useQuery } from 'urql';
import { EnumTag } from '../../../components/EnumTag';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../format/date';
import { formatDecimal } from '../../../format/decimal';
import { useEnumLabel } from '../../../i18n/useEnumLabel';
import { useT } from '../../../i18n/locale';
import { ProjectEvaluationsQuery } from './evaluationsQuery';
import { ScoreItemTable } from './ScoreItemTable';

export function EvaluationsTab({ projectId, fiscalYear, departmentId }: { projectId: string; fiscalYear: number; departmentId: string }) {
  const t = useT();
  const label = useEnumLabel();
  const { creatable } = useViewer();
  const [{ data, fetching, error }] = useQuery({ query: ProjectEvaluationsQuery, variables: { projectId } });
  const evaluations = (data?.evaluations.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  if (error) return <ErrorAlert error={error} />;
  const add = creatable.includes('SELF_EVALUATION') && (
    <Link to={`/evaluations/new?kind=SELF&project=${projectId}&year=${fiscalYear}&dept=${departmentId}`}>
      <Button icon={<PlusOutlined />}>{t('发起单位自评', 'Start a self-evaluation')}</Button>
    </Link>
  );
  if (!fetching && evaluations.length === 0) return <Empty description={t('暂无绩效评价', 'No evaluation yet')}>{add}</Empty>;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {add && <div style={{ textAlign: 'right' }}>{add}</div>}
      {evaluations.map((ev) => (
        <Card
          key={ev.id}
          size="small"
          title={
            <Space wrap>
              {t(`${ev.fiscalYear} 年度`, `FY ${ev.fiscalYear}`)}
              {label('EvaluationKind', ev.kind)}
              <EnumTag enumName="EvaluationStatus" value={ev.status} />
            </Space>
          }
          extra={
            <Space>
              {t('总分', 'Total')} <strong>{formatDecimal(ev.totalScore)}</strong>
              <EnumTag enumName="Grade" value={ev.grade} />
              <Link to={`/evaluations/${ev.id}`}>{ev.viewerActions.includes('SCORE') ? t('打分', 'Score') : t('详情', 'Details')}</Link>
            </Space>
          }
        >
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('评价机构', 'Evaluator')}>{ev.agency?.name ?? t('本单位', 'own unit')}</Descriptions.Item>
            <Descriptions.Item label={t('评分规则', 'Rule set')}>{ev.ruleSet ? `${ev.ruleSet.name} v${ev.ruleSet.version}` : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('公开日期', 'Published')}>{formatDate(ev.publishedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('发现的问题', 'Findings')} span={3}>
              {ev.findings ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('改进建议', 'Recommendations')} span={3}>
              {ev.recommendations ?? '—'}
            </Descriptions.Item>
          </Descriptions>
          <ScoreItemTable items={(ev.scoreItems.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))} />
        </Card>
      ))}
    </Space>
  );
}
