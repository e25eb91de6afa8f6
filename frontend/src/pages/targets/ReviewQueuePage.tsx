import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Segmented, Space, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isFinance, useViewer } from '../../auth/ViewerContext';
import { TargetsCursorAtQuery } from '../../components/cursorAtQueries';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { departmentSubtree } from '../../components/departmentSubtree';
import { EnumTag } from '../../components/EnumTag';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FiscalYearSelect } from '../../components/FiscalYearSelect';
import { PageTitle } from '../../components/PageTitle';
import { usePagedQuery } from '../../components/usePagedQuery';
import { PageNumbers } from '../../components/PageNumbers';
import { useDepartments } from '../../components/useDepartments';
import { formatDateTime } from '../../format/date';
import type { TargetStatus, TargetWhereInput } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import { failedChecks } from './ReviewChecksList';
import { ReviewQueueQuery } from './targetOperations';

const QUEUES: Record<string, TargetStatus[]> = {
  SUBMITTED: ['SUBMITTED'],
  RETURNED: ['RETURNED'],
  IN_PREPARATION: ['DRAFT', 'ADJUSTING'],
  APPROVED: ['APPROVED'],
};

// The order ReviewQueueQuery lists by; its page cursors are asked under the same.
const REVIEW_QUEUE_ORDER = { field: 'UPDATED_AT', direction: 'ASC' } as const;

/** 目标审核: the targets waiting for finance's review (status SUBMITTED), oldest first; other statuses one click away. */
export default function ReviewQueuePage() {
  const t = useT();
  const label = useEnumLabel();
  const { viewer, creatable } = useViewer();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const queue = QUEUES[params.get('status') ?? ''] ? (params.get('status') as string) : 'SUBMITTED';
  const year = Number(params.get('year')) || undefined;
  const dept = params.get('dept') ?? undefined;
  const { departments } = useDepartments();
  const where = useMemo<TargetWhereInput>(() => {
    const w: TargetWhereInput = { statusIn: QUEUES[queue] };
    if (year) w.fiscalYear = year;
    if (dept) w.departmentIDIn = departmentSubtree(dept, departments);
    return w;
  }, [queue, year, dept, departments]);
  const list = usePagedQuery({
    query: ReviewQueueQuery,
    variables: { where },
    connection: (d) => d.targets,
    cursorAt: TargetsCursorAtQuery,
    cursorOf: (d) => d.targetsCursorAt,
    cursorVariables: { where, orderBy: REVIEW_QUEUE_ORDER },
    requestPolicy: 'cache-and-network',
  });
  const { data, fetching, error } = list;
  const rows = (data?.targets.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page'); // a new filter starts at page 1
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageTitle
        title={isFinance(viewer) ? t('目标审核', 'Target review') : t('目标申报', 'Target declaration')}
        extra={
          creatable.includes('TARGET') && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('/targets/new')}>
              {t('申报', 'Declare')}
            </Button>
          )
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Segmented
            value={queue}
            onChange={(v) => set('status', v === 'SUBMITTED' ? undefined : String(v))}
            options={[
              { value: 'SUBMITTED', label: t('待审核', 'Waiting') },
              { value: 'RETURNED', label: t('已退回', 'Returned') },
              { value: 'IN_PREPARATION', label: t('编制/调整中', 'Being prepared') },
              { value: 'APPROVED', label: t('已批复', 'Approved') },
            ]}
          />
          <FiscalYearSelect allowClear value={year} onChange={(y) => set('year', y ? String(y) : undefined)} />
          <DepartmentSelect value={dept} onChange={(d) => set('dept', d)} placeholder={t('全部部门', 'All departments')} />
        </Space>
        <ErrorAlert error={error} />
        <Table
          rowKey="id"
          size="middle"
          loading={fetching}
          pagination={false}
          dataSource={rows}
          scroll={{ x: 1000 }}
          locale={{ emptyText: queue === 'SUBMITTED' ? t('没有待审核的目标', 'Nothing waiting for review') : undefined }}
          columns={[
            {
              title: t('项目', 'Project'),
              key: 'project',
              render: (_, r) => <Link to={`/targets/${r.id}`}>{r.project ? `${r.project.code} ${r.project.name}` : t('部门整体支出目标', 'department-wide target')}</Link>,
            },
            { title: t('部门/单位', 'Department'), key: 'department', width: 160, render: (_, r) => r.department.name },
            { title: t('年度', 'Year'), dataIndex: 'fiscalYear', width: 80 },
            { title: t('期限', 'Term'), dataIndex: 'term', width: 100, render: (v: string) => label('TargetTerm', v) },
            { title: t('版本', 'Version'), dataIndex: 'version', width: 70, render: (v: number) => `v${v}` },
            { title: t('状态', 'Status'), dataIndex: 'status', width: 110, render: (v: string) => <EnumTag enumName="TargetStatus" value={v} /> },
            { title: t('提交人', 'Submitted by'), key: 'by', width: 110, render: (_, r) => r.submittedBy?.displayName ?? '—' },
            { title: t('最近变更', 'Last change'), dataIndex: 'updatedAt', width: 150, render: (v: string) => formatDateTime(v) },
            {
              title: t('自动检查', 'Checks'),
              key: 'checks',
              width: 150,
              render: (_, r) => {
                const f = failedChecks(r.reviewChecks);
                if (f.errors === 0 && f.warnings === 0) return <Tag color="green">{t('全部通过', 'all passed')}</Tag>;
                return (
                  <Space size={4}>
                    {f.errors > 0 && <Tag color="red">{t(`${f.errors} 项未通过`, `${f.errors} failed`)}</Tag>}
                    {f.warnings > 0 && <Tag color="gold">{t(`${f.warnings} 项提示`, `${f.warnings} to note`)}</Tag>}
                  </Space>
                );
              },
            },
            {
              title: '',
              key: 'action',
              width: 80,
              render: (_, r) => <Link to={`/targets/${r.id}`}>{r.viewerActions.includes('APPROVE') || r.viewerActions.includes('RETURN') ? t('审核', 'Review') : t('查看', 'Open')}</Link>,
            },
          ]}
        />
        <PageNumbers list={list} />
      </Card>
    </>
  );
}
