import { SERVER_MAX_PAGE_SIZE } from '../../../api/limits';
import { Alert, Col, Row, Select, Statistic, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useAllPages } from '../../../api/useAllPages';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { MoneyCell } from '../../../components/MoneyCell';
import { formatPercent } from '../../../format/decimal';
import { formatWan, moneyRatio, sumFen } from '../../../format/money';
import { useEnumLabel } from '../../../i18n/useEnumLabel';
import { useT } from '../../../i18n/locale';
import { allocationBudgetFen } from '../allocationBudget';
import { cumulativeByMonth } from './cumulativeByMonth';
import { DisbursementCurve } from './DisbursementCurve';
import { ProjectAllocationsQuery, ProjectDisbursementsQuery } from './fundingQueries';

export function FundingTab({ projectId, fiscalYear }: { projectId: string; fiscalYear: number }) {
  const t = useT();
  const label = useEnumLabel();
  const [{ data, error }] = useQuery({ query: ProjectAllocationsQuery, variables: { projectId } });
  const paid = useAllPages(ProjectDisbursementsQuery, { projectId, first: SERVER_MAX_PAGE_SIZE, after: null }, (d) => d.disbursements);
  const allocations = (data?.allocations.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const years = [...new Set([fiscalYear, ...allocations.map((a) => a.fiscalYear)])].sort();
  const [year, setYear] = useState(fiscalYear);

  const paidByAllocation = useMemo(() => {
    const sums = new Map<string, bigint>();
    for (const d of paid.nodes ?? []) sums.set(d.allocationID, (sums.get(d.allocationID) ?? 0n) + sumFen([d.amount]));
    return sums;
  }, [paid.nodes]);
  const yearAllocations = allocations.filter((a) => a.fiscalYear === year);
  const budgetFen = allocationBudgetFen(yearAllocations);
  const cumulative = useMemo(() => cumulativeByMonth(paid.nodes ?? [], year), [paid.nodes, year]);
  const paidFen = cumulative[11];

  return (
    <>
      <ErrorAlert error={error ?? paid.error} />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col>
          <Select value={year} onChange={setYear} aria-label={t('年度', 'Fiscal year')} options={years.map((y) => ({ value: y, label: t(`${y} 年度`, `FY ${y}`) }))} />
        </Col>
        <Col span={6}>
          <Statistic title={t('调整后预算（万元）', 'Adjusted budget (10k yuan)')} value={formatWan(budgetFen)} />
        </Col>
        <Col span={6}>
          <Statistic title={t('已支出（万元）', 'Paid (10k yuan)')} value={paid.loading ? '…' : formatWan(paidFen)} />
        </Col>
        <Col span={6}>
          <Statistic title={t('预算执行率', 'Execution rate')} value={paid.loading ? '…' : formatPercent(moneyRatio(paidFen, budgetFen))} />
        </Col>
      </Row>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={allocations}
        columns={[
          { title: t('年度', 'Year'), dataIndex: 'fiscalYear', width: 80 },
          { title: t('资金名称', 'Fund'), key: 'fund', render: (_, a) => a.fund.name },
          { title: t('资金来源', 'Source'), key: 'source', render: (_, a) => label('FundSource', a.fund.source) },
          { title: t('级次', 'Level'), key: 'level', render: (_, a) => label('FundLevel', a.fund.level) },
          { title: t('年初预算（万元）', 'Initial (10k yuan)'), align: 'right', key: 'initial', render: (_, a) => <MoneyCell value={a.initialAmount} /> },
          { title: t('调整后预算（万元）', 'Adjusted (10k yuan)'), align: 'right', key: 'adjusted', render: (_, a) => <MoneyCell value={a.adjustedAmount ?? a.initialAmount} /> },
          { title: t('已支出（万元）', 'Paid (10k yuan)'), align: 'right', key: 'paid', render: (_, a) => <MoneyCell value={paidByAllocation.get(a.id) ?? 0n} /> },
        ]}
        style={{ marginBottom: 24 }}
      />
      {allocations.length === 0 && !data ? null : yearAllocations.length === 0 ? (
        <Alert type="info" title={t('本年度没有预算安排。', 'No allocation in this fiscal year.')} />
      ) : (
        <DisbursementCurve cumulative={cumulative} budgetFen={budgetFen} />
      )}
    </>
  );
}
