import { EditOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Col, Descriptions, Empty, Result, Row, Space, Spin, Table, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { nodeOfType } from '../../api/nodeOfType';
import { useLanguageContext } from '../../api/useLanguageContext';
import { EnumTag } from '../../components/EnumTag';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IndicatorTable } from '../../components/IndicatorTable';
import { MoneyCell } from '../../components/MoneyCell';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime } from '../../format/date';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import { TargetExportButton } from '../../documents/TargetExportButton';
import { AdjustTargetButton } from './AdjustTargetButton';
import { failedChecks, ReviewChecksList } from './ReviewChecksList';
import { ReviewPanel } from './ReviewPanel';
import { SubmitTargetButton } from './SubmitTargetButton';
import type { TargetAction } from '../../gql/graphql';
import { TargetQuery } from './targetOperations';

/** 绩效目标: one version of a target with its indicators, live review checks, reviews and the actions the viewer may take. */
export default function TargetDetailPage() {
  const t = useT();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const context = useLanguageContext();
  const [{ data, fetching, error }, refetch] = useQuery({ query: TargetQuery, variables: { id }, context });
  const target = nodeOfType(data?.node, 'Target');
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const client = useClient();
  /**
   * Reads the target again until it shows at least this lock version: urql does
   * not send a network-only query whose twin is still in flight and answers both
   * with the twin's result, which can be the state before the last write.
   */
  async function reloadUntil(lockVersion: number) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const r = await client.query(TargetQuery, { id }, { requestPolicy: 'network-only', ...context }).toPromise();
      const current = nodeOfType(r.data?.node, 'Target');
      if (!current || current.lockVersion >= lockVersion) return;
    }
  }

  if (fetching && !data) return <Spin size="large" style={{ display: 'block', margin: '15vh auto' }} />;
  if (error) return <ErrorAlert error={error} />;
  if (!target) return <Result status="404" title={t('目标不存在或无权查看', 'The target does not exist or is not visible to you')} />;

  const indicators = (target.indicators.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const reviews = (target.reviews.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const failed = failedChecks(target.reviewChecks);
  // What the viewer may do now is the server's rule (Target.viewerActions): the page keeps no status or role list.
  const may = (action: TargetAction) => target.viewerActions.includes(action);
  const subject = target.project ? target.project.name : target.department.name;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          target.project ? { title: <Link to={`/projects/${target.project.id}?tab=targets`}>{target.project.code}</Link> } : { title: target.department.name },
          { title: t(`绩效目标 第 ${target.version} 版`, `Target, version ${target.version}`) },
        ]}
      />
      <PageTitle
        printable
        documentTitle={t(`${subject} · ${target.fiscalYear} 年度绩效目标`, `${subject} · FY ${target.fiscalYear} target`)}
        title={
          <Space wrap>
            {t(`${subject} · ${target.fiscalYear} 年度绩效目标`, `${subject} · FY ${target.fiscalYear} target`)}
            <EnumTag enumName="TargetStatus" value={target.status} />
          </Space>
        }
        extra={
          <>
            <TargetExportButton id={target.id} />
            {may('REVISE') && (
              <Link to={`/targets/${target.id}/edit`}>
                <Button icon={<EditOutlined />}>{t('修改', 'Revise')}</Button>
              </Link>
            )}
            {may('SUBMIT') && <SubmitTargetButton size="middle" id={target.id} lockVersion={target.lockVersion} onDone={reload} />}
            {may('ADJUST') && <AdjustTargetButton id={target.id} lockVersion={target.lockVersion} />}
          </>
        }
      />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t('部门/单位', 'Department')}>{target.department.name}</Descriptions.Item>
              <Descriptions.Item label={t('项目', 'Project')}>
                {target.project ? <Link to={`/projects/${target.project.id}`}>{`${target.project.code} ${target.project.name}`}</Link> : t('部门整体支出', 'department-wide')}
              </Descriptions.Item>
              <Descriptions.Item label={t('目标期限', 'Term')}>{label('TargetTerm', target.term)}</Descriptions.Item>
              <Descriptions.Item label={t('版本', 'Version')}>
                <Space wrap>
                  {t(`第 ${target.version} 版`, `version ${target.version}`)}
                  {target.predecessor && (
                    <Link to={`/targets/${target.predecessor.id}`}>
                      {t(`上一版（第 ${target.predecessor.version} 版，${label('TargetStatus', target.predecessor.status)}）`, `previous: v${target.predecessor.version}, ${label('TargetStatus', target.predecessor.status)}`)}
                    </Link>
                  )}
                  {(target.successor ?? []).map((s) => (
                    <Link key={s.id} to={`/targets/${s.id}`}>
                      {t(`新版本（第 ${s.version} 版，${label('TargetStatus', s.status)}）`, `newer: v${s.version}, ${label('TargetStatus', s.status)}`)}
                    </Link>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('申请金额（万元）', 'Requested (10k yuan)')}>
                <MoneyCell value={target.requestedAmount} />
              </Descriptions.Item>
              <Descriptions.Item label={t('批复金额（万元）', 'Approved (10k yuan)')}>
                <MoneyCell value={target.approvedAmount} />
              </Descriptions.Item>
              <Descriptions.Item label={t('提交人', 'Submitted by')}>{target.submittedBy?.displayName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('最近修改', 'Last changed')}>{formatDateTime(target.updatedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('总体目标', 'Overall goal')} span={2}>
                <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{target.goal}</Typography.Text>
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          {(may('APPROVE') || may('RETURN')) && (
            <Card title={t('财政审核', 'Finance review')} style={{ marginBottom: 16 }}>
              <ReviewPanel
                targetId={target.id}
                lockVersion={target.lockVersion}
                failedErrors={failed.errors}
                budget={{ projectId: target.project?.id ?? null, fiscalYear: target.fiscalYear, requestedAmount: target.requestedAmount ?? null }}
                onDone={(decision, lockVersion) => (decision !== 'APPROVE' ? navigate('/reviews') : lockVersion != null ? void reloadUntil(lockVersion) : reload())}
              />
            </Card>
          )}
          <Card title={t('自动审核检查', 'Automatic review checks')} size="small" style={{ marginBottom: 16 }}>
            <ReviewChecksList checks={target.reviewChecks} loading={fetching} />
          </Card>
        </Col>
      </Row>
      <Card title={t(`绩效指标（${indicators.length} 个）`, `Indicators (${indicators.length})`)} style={{ marginBottom: 16 }}>
        <IndicatorTable indicators={indicators} />
      </Card>
      <Card title={t('审核记录', 'Reviews')}>
        {reviews.length === 0 ? (
          <Empty description={t('尚无审核记录', 'No review yet')} />
        ) : (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={reviews}
            columns={[
              { title: t('时间', 'When'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
              { title: t('审核人', 'Reviewer'), key: 'reviewer', width: 120, render: (_, r) => r.reviewer?.displayName ?? '—' },
              { title: t('结论', 'Decision'), dataIndex: 'decision', width: 110, render: (v: string) => label('ReviewDecision', v) },
              { title: t('审核等级', 'Grade'), dataIndex: 'grade', width: 90, render: (v: string | null) => <EnumTag enumName="Grade" value={v} /> },
              { title: t('审核意见', 'Comments'), dataIndex: 'comments', render: (v: string | null) => <span style={{ whiteSpace: 'pre-wrap' }}>{v || '—'}</span> },
            ]}
          />
        )}
      </Card>
    </>
  );
}
