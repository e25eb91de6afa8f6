import { Breadcrumb, Card, Result } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { nodeOfType } from '../../api/nodeOfType';
import { useLanguageContext } from '../../api/useLanguageContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useT } from '../../i18n/locale';
import { draftFromIndicator } from './indicatorDraft';
import { TargetQuery } from './targetOperations';
import { TargetEditor } from './TargetEditor';

/** 修改绩效目标: a draft, returned or adjusting target, its indicators replaced as a whole (reviseTarget). */
export default function TargetEditPage() {
  const t = useT();
  const { id = '' } = useParams();
  const context = useLanguageContext();
  const [{ data, error, fetching }] = useQuery({ query: TargetQuery, variables: { id }, context, requestPolicy: 'network-only' });
  const target = nodeOfType(data?.node, 'Target');
  if (error) return <ErrorAlert error={error} />;
  if (!target) return fetching ? <Card loading /> : <Result status="404" title={t('目标不存在或无权查看', 'The target does not exist or is not visible to you')} />;
  const project = target.project;
  const title = t(`修改绩效目标（第 ${target.version} 版）`, `Revise the target (version ${target.version})`);
  return (
    <>
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to={`/targets/${target.id}`}>{t('绩效目标', 'Target')}</Link> }, { title: t('修改', 'Revise') }]} />
      <PageTitle title={title} />
      {!target.revisable ? (
        <Result status="warning" title={t('此目标现在不能由您修改：只有申报部门可以修改草稿、被退回或调整中的目标。', 'You cannot revise this target now: only the declaring department revises draft, returned or adjusting targets.')} extra={<Link to={`/targets/${target.id}`}>{t('返回目标', 'Back to the target')}</Link>} />
      ) : !project ? (
        <Result status="info" title={t('部门整体目标请在部门页面修改。', 'Department-wide targets are revised elsewhere.')} />
      ) : (
        <TargetEditor
          key={target.id}
          project={{ ...project, department: target.department }}
          initialValues={{ fiscalYear: target.fiscalYear, term: target.term, goal: target.goal, requestedAmount: target.requestedAmount ?? undefined }}
          initialRows={(target.indicators.edges ?? []).flatMap((e) => (e?.node ? [draftFromIndicator(e.node)] : []))}
          saved={{ id: target.id, lockVersion: target.lockVersion, status: target.status, reviewChecks: target.reviewChecks }}
        />
      )}
    </>
  );
}
