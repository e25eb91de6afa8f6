import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Select, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SERVER_MAX_PAGE_SIZE } from '../../api/limits';
import { useAllPages } from '../../api/useAllPages';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { departmentSubtree } from '../../components/departmentSubtree';
import { EnumTag } from '../../components/EnumTag';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FiscalYearSelect } from '../../components/FiscalYearSelect';
import { PageTitle } from '../../components/PageTitle';
import { useDepartments } from '../../components/useDepartments';
import { exportToExcel } from '../../export/exportToExcel';
import { useExportScope } from '../../export/useExportScope';
import { formatDateTime } from '../../format/date';
import { formatDecimal } from '../../format/decimal';
import { formatWan } from '../../format/money';
import type { BudgetLinkSuggestion, BudgetLinkWhereInput } from '../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import { BudgetLinkLedgerQuery } from './budgetLinkLedgerQuery';
import { parseSort, sortLinks, type BudgetLinkSortKey } from './budgetLinkSort';

const PAGE_SIZES = [10, 20, 50, 100];
const FLAGS = ['notify', 'disclose', 'accountability'] as const;

/**
 * 结果应用台账: how evaluation results were applied — each budget link
 * (next year's budget increased, kept or cut, notices, disclosure,
 * accountability) with the evaluation behind it. Filters (budget year,
 * evaluation year, department, suggestion, measures), sorting and paging live
 * in the URL; the export holds exactly the rows in the order shown.
 */
export default function BudgetLinkLedgerPage() {
  const t = useT();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const suggestions = useEnumOptions('BudgetLinkSuggestion');
  const [params, setParams] = useSearchParams();
  const { departments } = useDepartments();
  const year = Number(params.get('year')) || undefined;
  const evalYear = Number(params.get('evalYear')) || undefined;
  const dept = params.get('dept') ?? undefined;
  const suggestion = (params.get('suggestion') as BudgetLinkSuggestion | null) ?? undefined;
  const flags = FLAGS.filter((f) => params.get(f) === '1');
  const sort = parseSort(params.get('sort'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('size'))) ? Number(params.get('size')) : 20;
  const [exporting, setExporting] = useState(false);
  const exportScope = useExportScope();

  const where = useMemo<BudgetLinkWhereInput>(() => {
    const w: BudgetLinkWhereInput = {};
    if (year) w.fiscalYear = year;
    if (suggestion) w.suggestion = suggestion;
    if (dept) w.departmentIDIn = departmentSubtree(dept, departments);
    if (evalYear) w.hasEvaluationWith = [{ fiscalYear: evalYear }];
    for (const f of flags) w[f] = true;
    return w;
    // flags is derived from params each render; its content is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [year, suggestion, dept, departments, evalYear, flags.join()]);
  const { nodes, loading, error } = useAllPages(
    BudgetLinkLedgerQuery,
    { first: SERVER_MAX_PAGE_SIZE, after: null, where, orderBy: { field: 'FISCAL_YEAR', direction: 'DESC' } } as never,
    (d) => d.budgetLinks,
  );
  type Row = NonNullable<typeof nodes>[number];
  const rows = useMemo(() => sortLinks(nodes ?? [], sort.key, sort.desc), [nodes, sort.key, sort.desc]);

  const set = (changes: Record<string, string | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!keepPage) next.delete('page');
    setParams(next, { replace: !keepPage });
  };
  const sortOrder = (key: BudgetLinkSortKey) => (sort.key === key ? (sort.desc ? 'descend' : 'ascend') : null);
  const measures = (r: Row) =>
    [r.notify && t('通报', 'notice'), r.disclose && t('公开', 'disclosed'), r.accountability && t('问责', 'accountability')].filter(Boolean) as string[];
  const subject = (r: Row) => (r.evaluation.project ? `${r.evaluation.project.code} ${r.evaluation.project.name}` : t(`${r.department.name}（部门整体）`, `${r.department.name} (department-wide)`));

  async function exportShown() {
    setExporting(true);
    try {
      const deptName = dept ? departments.find((d) => d.id === dept)?.name : undefined;
      const filters = [
        exportScope({ department: deptName }),
        year && t(`${year} 预算年度`, `budget year ${year}`),
        evalYear && t(`${evalYear} 年度评价`, `evaluated ${evalYear}`),
        suggestion && label('BudgetLinkSuggestion', suggestion),
        ...flags.map((f) => ({ notify: t('通报', 'notice'), disclose: t('公开', 'disclosed'), accountability: t('问责', 'accountability') })[f]),
      ].filter(Boolean);
      const sortName = { year: t('预算年度', 'budget year'), department: t('部门', 'department'), score: t('评价得分', 'score'), amount: t('调整金额', 'amount') }[sort.key];
      const now = formatDateTime(new Date().toISOString());
      await exportToExcel(
        t('结果应用台账', 'result-application'),
        t('结果应用台账', 'Result application'),
        [
          { title: t('预算年度', 'Budget year'), value: (r: Row) => r.fiscalYear },
          { title: t('部门/单位', 'Department'), value: (r: Row) => r.department.name, width: 24 },
          { title: t('评价对象', 'Subject'), value: subject, width: 36 },
          { title: t('评价年度', 'Evaluated'), value: (r: Row) => r.evaluation.fiscalYear },
          { title: t('评价类型', 'Kind'), value: (r: Row) => label('EvaluationKind', r.evaluation.kind) },
          { title: t('得分', 'Score'), value: (r: Row) => (r.evaluation.totalScore == null ? '' : Number(r.evaluation.totalScore)), numFmt: '0.00' },
          { title: t('等级', 'Grade'), value: (r: Row) => (r.evaluation.grade ? label('Grade', r.evaluation.grade) : '') },
          { title: t('预算建议', 'Suggestion'), value: (r: Row) => label('BudgetLinkSuggestion', r.suggestion) },
          { title: t('调整金额（万元）', 'Amount (10k yuan)'), value: (r: Row) => (r.amount == null ? '' : formatWan(r.amount)) },
          { title: t('调整比例（%）', 'Change (%)'), value: (r: Row) => (r.percent == null ? '' : formatDecimal(r.percent)) },
          { title: t('其他应用', 'Other measures'), value: (r: Row) => measures(r).join('、') },
          { title: t('说明', 'Note'), value: (r: Row) => r.note ?? '', width: 40 },
        ],
        rows,
        t(`结果应用台账 · ${filters.join(' · ')} · 按${sortName}${sort.desc ? '降序' : '升序'} · 导出时间 ${now}`, `Result application · ${filters.join(' · ')} · by ${sortName} ${sort.desc ? 'descending' : 'ascending'} · exported ${now}`),
      );
    } catch {
      message.error(t('导出失败，请重试', 'Export failed; please try again'));
    } finally {
      setExporting(false);
    }
  }

  return (
    <>
      <PageTitle
        title={t('结果应用台账', 'Result application ledger')}
        printable
        extra={
          <Button icon={<DownloadOutlined aria-hidden />} loading={exporting} disabled={rows.length === 0} onClick={exportShown}>
            {t('导出 Excel', 'Export to Excel')}
          </Button>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }} className="no-print">
          <FiscalYearSelect allowClear value={year} onChange={(y) => set({ year: y ? String(y) : undefined })} label={t('预算年度', 'Budget year')} />
          <FiscalYearSelect allowClear value={evalYear} onChange={(y) => set({ evalYear: y ? String(y) : undefined })} label={t('评价年度', 'Evaluation year')} />
          <DepartmentSelect allowClear value={dept} onChange={(d) => set({ dept: d })} placeholder={t('全部单位', 'All departments')} style={{ width: 240 }} />
          <Select<BudgetLinkSuggestion> allowClear placeholder={t('全部建议', 'All suggestions')} aria-label={t('预算建议', 'Suggestion')} style={{ width: 140 }} value={suggestion} options={suggestions} onChange={(v) => set({ suggestion: v })} />
          {FLAGS.map((f) => (
            <Checkbox key={f} checked={flags.includes(f)} onChange={(e) => set({ [f]: e.target.checked ? '1' : undefined })}>
              {{ notify: t('已通报', 'Notice'), disclose: t('已公开', 'Disclosed'), accountability: t('已问责', 'Accountability') }[f]}
            </Checkbox>
          ))}
        </Space>
        <ErrorAlert error={error} />
        <Table<Row>
          rowKey="id"
          size="middle"
          loading={loading}
          dataSource={rows}
          scroll={{ x: 1200 }}
          onChange={(_, __, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const key = s?.order ? (s.columnKey as BudgetLinkSortKey) : undefined;
            set({ sort: key ? `${key}.${s.order === 'descend' ? 'desc' : 'asc'}` : undefined }, true);
          }}
          pagination={{
            current: page,
            pageSize,
            total: rows.length,
            showSizeChanger: true,
            showQuickJumper: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (total) => t(`共 ${total} 条`, `${total} in all`),
            onChange: (p, size) => set({ page: p > 1 ? String(p) : undefined, size: size !== 20 ? String(size) : undefined }, size === pageSize),
          }}
          columns={[
            { title: t('预算年度', 'Budget year'), key: 'year', dataIndex: 'fiscalYear', width: 100, fixed: 'left', sorter: true, sortOrder: sortOrder('year') },
            { title: t('部门/单位', 'Department'), key: 'department', width: 180, sorter: true, sortOrder: sortOrder('department'), render: (_, r) => r.department.name },
            { title: t('评价对象', 'Subject'), key: 'subject', width: 260, render: (_, r) => <Link to={`/evaluations/${r.evaluation.id}`}>{subject(r)}</Link> },
            { title: t('评价', 'Evaluation'), key: 'evaluation', width: 150, render: (_, r) => `${r.evaluation.fiscalYear} · ${label('EvaluationKind', r.evaluation.kind)}` },
            {
              title: t('得分', 'Score'),
              key: 'score',
              width: 110,
              align: 'right',
              sorter: true,
              sortOrder: sortOrder('score'),
              render: (_, r) => (
                <Space size={4}>
                  {formatDecimal(r.evaluation.totalScore)}
                  <EnumTag enumName="Grade" value={r.evaluation.grade} />
                </Space>
              ),
            },
            { title: t('预算建议', 'Suggestion'), key: 'suggestion', width: 110, render: (_, r) => <EnumTag enumName="BudgetLinkSuggestion" value={r.suggestion} /> },
            { title: t('调整金额（万元）', 'Amount (10k yuan)'), key: 'amount', width: 140, align: 'right', sorter: true, sortOrder: sortOrder('amount'), render: (_, r) => (r.amount == null ? '—' : formatWan(r.amount)) },
            { title: t('调整比例', 'Change'), key: 'percent', width: 90, align: 'right', render: (_, r) => (r.percent == null ? '—' : `${formatDecimal(r.percent)} %`) },
            { title: t('其他应用', 'Other measures'), key: 'measures', width: 160, render: (_, r) => (measures(r).length ? measures(r).map((m) => <Tag key={m}>{m}</Tag>) : '—') },
            { title: t('说明', 'Note'), key: 'note', render: (_, r) => r.note ?? '—' },
          ]}
        />
      </Card>
    </>
  );
}
