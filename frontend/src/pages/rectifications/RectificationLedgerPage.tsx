import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { SERVER_MAX_PAGE_SIZE } from '../../api/limits';
import { useAllPages } from '../../api/useAllPages';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { departmentSubtree } from '../../components/departmentSubtree';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FiscalYearSelect } from '../../components/FiscalYearSelect';
import { PageTitle } from '../../components/PageTitle';
import { useDepartments } from '../../components/useDepartments';
import { exportToExcel } from '../../export/exportToExcel';
import { useExportScope } from '../../export/useExportScope';
import { formatDate, formatDateTime } from '../../format/date';
import type { RectificationStatus, RectificationWhereInput } from '../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import { RectificationLedgerQuery } from './rectificationLedgerQuery';
import { RectificationTable } from './RectificationTable';

const PAGE_SIZES = [10, 20, 50, 100];

/**
 * 整改台账: every rectification the viewer may see, filtered by year (of the
 * evaluation or monitoring that found it), department, status and overdue,
 * sorted by deadline, paged — all of it in the URL — and exported as shown.
 */
export default function RectificationLedgerPage() {
  const t = useT();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const statuses = useEnumOptions('RectificationStatus');
  const [params, setParams] = useSearchParams();
  const { departments } = useDepartments();
  const year = Number(params.get('year')) || undefined;
  const dept = params.get('dept') ?? undefined;
  const status = (params.get('status') as RectificationStatus | null) ?? undefined;
  const open = params.get('open') === '1';
  const overdue = params.get('overdue') === '1';
  const direction = params.get('sort') === 'deadline.desc' ? 'DESC' : 'ASC';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('size'))) ? Number(params.get('size')) : 20;
  const [now] = useState(() => new Date().toISOString());
  const [exporting, setExporting] = useState(false);
  const exportScope = useExportScope();

  const where = useMemo<RectificationWhereInput>(() => {
    const w: RectificationWhereInput = {};
    if (status) w.status = status;
    if (open || overdue) w.statusIn = ['OPEN', 'IN_PROGRESS'];
    if (overdue) w.deadlineLT = now;
    if (dept) w.departmentIDIn = departmentSubtree(dept, departments);
    if (year) w.or = [{ hasEvaluationWith: [{ fiscalYear: year }] }, { hasMonitoringWith: [{ fiscalYear: year }] }];
    return w;
  }, [status, open, overdue, now, dept, departments, year]);
  const [reloads, setReloads] = useState(0);
  const { nodes, loading, error } = useAllPages(
    RectificationLedgerQuery,
    { first: SERVER_MAX_PAGE_SIZE, after: null, where, orderBy: { field: 'DEADLINE', direction }, reloads } as never,
    (d) => d.rectifications,
  );
  const rows = nodes ?? [];

  const set = (changes: Record<string, string | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!keepPage) next.delete('page');
    setParams(next, { replace: !keepPage });
  };

  async function exportShown() {
    setExporting(true);
    try {
      const deptName = dept ? departments.find((d) => d.id === dept)?.name : undefined;
      const filters = [
        exportScope({ department: deptName }),
        year && t(`${year} 年度`, `FY ${year}`),
        status && label('RectificationStatus', status),
        open && t('未完成', 'not done'),
        overdue && t('已逾期', 'overdue'),
      ].filter(Boolean);
      await exportToExcel(
        t('整改台账', 'rectifications'),
        t('整改台账', 'Rectifications'),
        [
          { title: t('责任单位', 'Responsible'), value: (r) => r.department.name, width: 24 },
          { title: t('问题', 'Problem'), value: (r) => r.problem, width: 40 },
          { title: t('整改要求', 'Required action'), value: (r) => r.requiredAction, width: 40 },
          { title: t('整改期限', 'Deadline'), value: (r) => formatDate(r.deadline) },
          { title: t('状态', 'Status'), value: (r) => label('RectificationStatus', r.status) },
          { title: t('是否逾期', 'Overdue'), value: (r) => (r.overdue ? t('是', 'yes') : t('否', 'no')) },
          { title: t('整改情况', 'Completion note'), value: (r) => r.completionNote ?? '', width: 40 },
        ],
        rows,
        t(`整改台账 · ${filters.join(' · ')} · 按期限${direction === 'ASC' ? '升序' : '降序'} · 导出时间 ${formatDateTime(new Date().toISOString())}`, `Rectifications · ${filters.join(' · ')} · deadline ${direction === 'ASC' ? 'ascending' : 'descending'} · exported ${formatDateTime(new Date().toISOString())}`),
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
        title={t('整改台账', 'Rectification ledger')}
        printable
        extra={
          <Button icon={<DownloadOutlined aria-hidden />} loading={exporting} disabled={rows.length === 0} onClick={exportShown}>
            {t('导出 Excel', 'Export to Excel')}
          </Button>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }} className="no-print">
          <FiscalYearSelect allowClear value={year} onChange={(y) => set({ year: y ? String(y) : undefined })} />
          <DepartmentSelect allowClear value={dept} onChange={(d) => set({ dept: d })} placeholder={t('全部单位', 'All departments')} style={{ width: 240 }} />
          <Select<RectificationStatus> allowClear placeholder={t('全部状态', 'All statuses')} aria-label={t('状态', 'Status')} style={{ width: 140 }} value={status} options={statuses} onChange={(v) => set({ status: v })} />
          <Checkbox checked={open} onChange={(e) => set({ open: e.target.checked ? '1' : undefined })}>
            {t('仅未完成', 'Not done only')}
          </Checkbox>
          <Checkbox checked={overdue} onChange={(e) => set({ overdue: e.target.checked ? '1' : undefined })}>
            {t('仅已逾期', 'Overdue only')}
          </Checkbox>
          <Select
            aria-label={t('排序', 'Sort')}
            style={{ width: 170 }}
            value={direction}
            onChange={(v) => set({ sort: v === 'DESC' ? 'deadline.desc' : undefined })}
            options={[
              { value: 'ASC', label: t('期限由近及远', 'Deadline, earliest first') },
              { value: 'DESC', label: t('期限由远及近', 'Deadline, latest first') },
            ]}
          />
        </Space>
        <ErrorAlert error={error} />
        <RectificationTable
          rows={rows}
          loading={loading}
         
          onChanged={() => setReloads((n) => n + 1)}
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
        />
      </Card>
    </>
  );
}
