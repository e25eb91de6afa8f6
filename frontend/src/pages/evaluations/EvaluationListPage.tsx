import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table } from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useViewer } from '../../auth/ViewerContext';
import { EvaluationsCursorAtQuery } from '../../components/cursorAtQueries';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { departmentSubtree } from '../../components/departmentSubtree';
import { EnumTag } from '../../components/EnumTag';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FiscalYearSelect } from '../../components/FiscalYearSelect';
import { PageNumbers } from '../../components/PageNumbers';
import { PageTitle } from '../../components/PageTitle';
import { usePagedQuery } from '../../components/usePagedQuery';
import { useDepartments } from '../../components/useDepartments';
import { formatDateTime } from '../../format/date';
import { formatDecimal } from '../../format/decimal';
import type { EvaluationKind, EvaluationOrderField, EvaluationStatus, EvaluationWhereInput, Grade, OrderDirection } from '../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import { EvaluationListQuery } from './evaluationOperations';

/** 绩效评价: every evaluation the viewer may see, by year, kind, status and department. */
export default function EvaluationListPage() {
  const t = useT();
  const label = useEnumLabel();
  const { creatable } = useViewer();
  const kinds = useEnumOptions('EvaluationKind');
  const statuses = useEnumOptions('EvaluationStatus');
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const year = Number(params.get('year')) || undefined;
  const kind = (params.get('kind') as EvaluationKind | null) ?? undefined;
  const status = (params.get('status') as EvaluationStatus | null) ?? undefined;
  const dept = params.get('dept') ?? undefined;
  const grade = (params.get('grade') as Grade | null) ?? undefined;
  const q = params.get('q') ?? undefined;
  const [sortField, sortDirection] = (params.get('sort') ?? 'UPDATED_AT.DESC').split('.') as [EvaluationOrderField, OrderDirection];
  const grades = useEnumOptions('Grade');
  const { departments } = useDepartments();
  const where = useMemo<EvaluationWhereInput>(() => {
    const w: EvaluationWhereInput = {};
    if (year) w.fiscalYear = year;
    if (kind) w.kind = kind;
    if (status) w.status = status;
    if (dept) w.departmentIDIn = departmentSubtree(dept, departments);
    if (grade) w.grade = grade;
    if (q) w.or = [{ hasProjectWith: [{ nameContainsFold: q }] }, { hasProjectWith: [{ codeContainsFold: q }] }, { hasDepartmentWith: [{ nameContainsFold: q }] }];
    return w;
  }, [year, kind, status, dept, departments, grade, q]);
  const orderBy = useMemo(() => ({ field: sortField, direction: sortDirection }), [sortField, sortDirection]);
  const list = usePagedQuery({
    query: EvaluationListQuery,
    variables: { where, orderBy },
    connection: (d) => d.evaluations,
    cursorAt: EvaluationsCursorAtQuery,
    cursorOf: (d) => d.evaluationsCursorAt,
    cursorVariables: { where, orderBy },
  });
  const { data, fetching, error } = list;
  const rows = (data?.evaluations.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const set = (key: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value != null && value !== '') next.set(key, String(value));
    else next.delete(key);
    next.delete('page'); // a new filter or sort starts at page 1
    setParams(next, { replace: true });
  };
  const mayCreate = creatable.includes('EVALUATION') || creatable.includes('SELF_EVALUATION');

  return (
    <>
      <PageTitle
        title={t('绩效评价', 'Evaluations')}
        extra={
          mayCreate && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('/evaluations/new')}>
              {t('新建评价', 'New evaluation')}
            </Button>
          )
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <FiscalYearSelect allowClear value={year} onChange={(y) => set('year', y)} />
          <Select<EvaluationKind> allowClear placeholder={t('全部类型', 'All kinds')} aria-label={t('评价类型', 'Kind')} style={{ width: 150 }} value={kind} onChange={(v) => set('kind', v)} options={kinds} />
          <Select<EvaluationStatus> allowClear placeholder={t('全部状态', 'All statuses')} aria-label={t('状态', 'Status')} style={{ width: 130 }} value={status} onChange={(v) => set('status', v)} options={statuses} />
          <DepartmentSelect value={dept} onChange={(d) => set('dept', d)} placeholder={t('全部部门', 'All departments')} />
          <Select<Grade> allowClear placeholder={t('全部等级', 'All grades')} aria-label={t('等级', 'Grade')} style={{ width: 110 }} value={grade} onChange={(v) => set('grade', v)} options={grades} />
          <Input.Search allowClear placeholder={t('项目名称、编码或单位', 'Project name, code or unit')} aria-label={t('搜索', 'Search')} defaultValue={q} onSearch={(v) => set('q', v.trim())} style={{ width: 240 }} />
          <Select
            aria-label={t('排序', 'Sort')}
            style={{ width: 170 }}
            value={`${sortField}.${sortDirection}`}
            onChange={(v) => set('sort', v === 'UPDATED_AT.DESC' ? undefined : v)}
            options={[
              { value: 'UPDATED_AT.DESC', label: t('最近修改在前', 'Last changed first') },
              { value: 'TOTAL_SCORE.DESC', label: t('总分从高到低', 'Total, highest first') },
              { value: 'TOTAL_SCORE.ASC', label: t('总分从低到高', 'Total, lowest first') },
              { value: 'FISCAL_YEAR.DESC', label: t('年度从新到旧', 'Year, newest first') },
            ]}
          />
        </Space>
        <ErrorAlert error={error} />
        <Table
          rowKey="id"
          size="middle"
          loading={fetching}
          pagination={false}
          dataSource={rows}
          scroll={{ x: 1000 }}
          columns={[
            {
              title: t('评价对象', 'Subject'),
              key: 'subject',
              fixed: 'left',
              width: 240,
              render: (_, r) => <Link to={`/evaluations/${r.id}`}>{r.project ? `${r.project.code} ${r.project.name}` : t(`${r.department.name}（部门整体）`, `${r.department.name} (department-wide)`)}</Link>,
            },
            { title: t('部门/单位', 'Department'), key: 'department', render: (_, r) => r.department.name },
            { title: t('年度', 'Year'), dataIndex: 'fiscalYear', width: 80 },
            { title: t('类型', 'Kind'), dataIndex: 'kind', width: 130, render: (v: string) => label('EvaluationKind', v) },
            { title: t('评价机构', 'Evaluator'), key: 'agency', render: (_, r) => r.agency?.name ?? '—' },
            { title: t('状态', 'Status'), dataIndex: 'status', width: 100, render: (v: string) => <EnumTag enumName="EvaluationStatus" value={v} /> },
            { title: t('总分', 'Total'), dataIndex: 'totalScore', width: 80, align: 'right', render: (v: string | null) => formatDecimal(v) },
            { title: t('等级', 'Grade'), dataIndex: 'grade', width: 80, render: (v: string | null) => <EnumTag enumName="Grade" value={v} /> },
            { title: t('最近修改', 'Last changed'), dataIndex: 'updatedAt', width: 150, render: (v: string) => formatDateTime(v) },
          ]}
        />
        <PageNumbers list={list} />
      </Card>
    </>
  );
}
