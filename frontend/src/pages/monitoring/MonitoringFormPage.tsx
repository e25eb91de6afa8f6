import { Alert, App, Breadcrumb, Button, Card, Col, Descriptions, Form, Input, Result, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError, type UserFacingError } from '../../api/describeError';
import { SERVER_MAX_PAGE_SIZE } from '../../api/limits';
import { nodeOfType } from '../../api/nodeOfType';
import { useAllPages } from '../../api/useAllPages';
import { useRuleSet } from '../../api/useRuleSet';
import { WarningBadge } from '../../components/EnumTag';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { ServerErrorAlert } from '../../components/ServerErrorAlert';
import { useLeaveGuard } from '../../components/useLeaveGuard';
import { currentFiscalYear, formatYearMonth, shanghaiYearMonth } from '../../format/date';
import { formatDecimal, formatPercent } from '../../format/decimal';
import { toNumber } from '../../format/fraction';
import { formatWan, moneyRatio } from '../../format/money';
import type { MonitoringRecommendation, WarningLevel } from '../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../i18n/useEnumLabel';
import { useLocale, useT } from '../../i18n/locale';
import { allocationBudgetFen } from '../projects/allocationBudget';
import { cumulativeByMonth } from '../projects/detail/cumulativeByMonth';
import { ProjectDisbursementsQuery } from '../projects/detail/fundingQueries';
import { MonitoringFormQuery, RecordMonitoringMutation } from './monitoringOperations';
import { executionWarning, indicatorWarning, timeProgress, worstWarning } from './monitoringRules';
import { emptyProgress, toProgressInput, validateProgress, type ProgressDraft, type ProgressErrors, type ProgressField } from './progressRows';
import { EvidenceUpload } from '../../documents/EvidenceUpload';

type Recorded = NonNullable<import('../../gql/graphql').RecordMonitoringMutation['recordMonitoring']>;

/** The month a period ends by default: last month (monitoring reports the past), in Asia/Shanghai. */
function defaultMonth(year: number): number {
  const now = shanghaiYearMonth(new Date())!;
  if (year < now.year) return 12;
  if (year > now.year) return 1;
  return Math.max(1, now.month - 1);
}

/** 填报监控 (双监控): one period of a project — execution from the payments, indicator progress as typed, warnings and corrective action. */
export default function MonitoringFormPage() {
  const t = useT();
  const { locale } = useLocale();
  const label = useEnumLabel();
  const { modal, message } = App.useApp();
  const { id: projectId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || currentFiscalYear();
  const month = Math.min(12, Math.max(1, Number(params.get('month')) || defaultMonth(year)));
  const [{ data, error, fetching }] = useQuery({ query: MonitoringFormQuery, variables: { projectId, year }, requestPolicy: 'network-only' });
  const paid = useAllPages(ProjectDisbursementsQuery, { projectId, first: SERVER_MAX_PAGE_SIZE, after: null }, (d) => d.disbursements);
  const project = nodeOfType(data?.node, 'Project');
  // The warnings previewed are the rule set's for the department's region and the year.
  const ruleSet = useRuleSet(project?.department.region, year);
  const target = useMemo(() => {
    const targets = (data?.targets.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
    return targets.sort((a, b) => b.version - a.version)[0];
  }, [data]);
  const indicators = useMemo(() => (target?.indicators.edges ?? []).flatMap((e) => (e?.node ? [e.node] : [])), [target]);
  const budgetFen = allocationBudgetFen((data?.allocations.edges ?? []).flatMap((e) => (e?.node ? [e.node] : [])));
  const paidFen = paid.nodes ? cumulativeByMonth(paid.nodes, year)[month - 1] : undefined;
  const existing = (data?.monitorings.edges ?? []).flatMap((e) => (e?.node ? [e.node] : [])).find((m) => m.month === month);

  const [drafts, setDrafts] = useState<Record<string, ProgressDraft>>({});
  const [errors, setErrors] = useState<ProgressErrors>({});
  const [form] = Form.useForm<{ correctiveAction?: string; recommendation: MonitoringRecommendation; note?: string }>();
  const [serverError, setServerError] = useState<UserFacingError>();
  const [dirty, setDirty] = useState(false);
  const [recorded, setRecorded] = useState<Recorded>();
  const [{ fetching: sending }, record] = useMutation(RecordMonitoringMutation);
  const recommendations = useEnumOptions('MonitoringRecommendation');
  const reasons = useEnumOptions('IndicatorProgressReason');
  const likelihoods = useEnumOptions('IndicatorProgressLikelihood');
  const levels = useEnumOptions('QualitativeLevel');
  useLeaveGuard(dirty);

  const warnings: Record<string, WarningLevel | null> = {};
  for (const ind of indicators) warnings[ind.id] = ruleSet ? indicatorWarning({ ...ind, ...(drafts[ind.id] ?? emptyProgress()) }, month, ruleSet) : null;
  const execWarning = paidFen == null || !ruleSet ? null : executionWarning(paidFen, budgetFen, month, ruleSet);
  const overall = worstWarning([execWarning, ...Object.values(warnings)]);

  const patch = (id: string, p: Partial<ProgressDraft>) => {
    const next = { ...drafts, [id]: { ...(drafts[id] ?? emptyProgress()), ...p } };
    setDrafts(next);
    setDirty(true);
    if (Object.keys(errors).length > 0) {
      const w: Record<string, WarningLevel | null> = {};
      for (const ind of indicators) w[ind.id] = ruleSet ? indicatorWarning({ ...ind, ...(next[ind.id] ?? emptyProgress()) }, month, ruleSet) : null;
      setErrors(validateProgress(indicators, next, w, t));
    }
  };
  const setPeriod = (y: number, m: number) => setParams({ year: String(y), month: String(m) }, { replace: true });

  async function submit() {
    setServerError(undefined);
    const rowErrors = validateProgress(indicators, drafts, warnings, t);
    setErrors(rowErrors);
    let values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    if (Object.keys(rowErrors).length > 0) return;
    const send = async () => {
      const result = await record({
        input: {
          projectID: projectId,
          fiscalYear: year,
          month,
          correctiveAction: values.correctiveAction?.trim() || null,
          recommendation: values.recommendation,
          note: values.note?.trim() || null,
          progresses: indicators.map((ind) => toProgressInput(ind, drafts[ind.id] ?? emptyProgress())),
          // Replacing the period's record names the version read (optimistic lock).
          lockVersion: existing?.lockVersion ?? null,
        },
      });
      if (result.error || !result.data) {
        const described = describeError(result.error!, locale);
        setServerError(described);
        if (described.fieldErrors.correctiveAction) form.setFields([{ name: 'correctiveAction', errors: [described.fieldErrors.correctiveAction] }]);
        return;
      }
      setDirty(false);
      setRecorded(result.data.recordMonitoring);
      message.success(t('监控已填报', 'Monitoring recorded'));
    };
    if (existing) {
      modal.confirm({
        title: t('替换本期已填报的监控？', 'Replace the monitoring already recorded for this period?'),
        content: t(`${formatYearMonth(year, month, locale)}已有监控记录，提交后将以本次填报为准。`, `${formatYearMonth(year, month, locale)} already has a record; this one will replace it.`),
        okText: t('替换', 'Replace'),
        okButtonProps: { danger: true },
        cancelText: t('取消', 'Cancel'),
        onOk: send,
      });
    } else await send();
  }

  if (error) return <ErrorAlert error={error} />;
  if (!project) return <Card loading={fetching}>{!fetching && t('项目不存在或无权查看', 'The project does not exist or is not visible to you')}</Card>;

  const years = Array.from({ length: (project.endYear ?? project.fiscalYear) - project.fiscalYear + 1 }, (_, i) => project.fiscalYear + i);
  const crumbs = (
    <Breadcrumb
      style={{ marginBottom: 8 }}
      items={[{ title: <Link to="/projects">{t('项目', 'Projects')}</Link> }, { title: <Link to={`/projects/${project.id}?tab=monitoring`}>{project.code}</Link> }, { title: t('填报监控', 'Record monitoring') }]}
    />
  );

  if (recorded) {
    const progresses = (recorded.progresses.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
    return (
      <>
        {crumbs}
        <Result
          status={recorded.warningLevel === 'RED' ? 'warning' : 'success'}
          title={t(`${formatYearMonth(recorded.fiscalYear, recorded.month, locale)}监控已填报`, `Monitoring for ${formatYearMonth(recorded.fiscalYear, recorded.month, locale)} recorded`)}
          subTitle={<WarningBadge level={recorded.warningLevel} />}
          extra={[
            <Link key="back" to={`/projects/${project.id}?tab=monitoring`}>
              <Button type="primary">{t('查看监控记录', 'See the monitoring records')}</Button>
            </Link>,
            <Button key="again" onClick={() => setRecorded(undefined)}>
              {t('再填一期', 'Record another period')}
            </Button>,
          ]}
        />
        <Card data-testid="monitoring-result" extra={<EvidenceUpload attachTo={recorded.id} />}>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col span={6}>
              <Statistic title={t('序时进度', 'Time progress')} value={formatPercent(Number(recorded.timeProgress))} />
            </Col>
            <Col span={6}>
              <Statistic title={t('预算执行率', 'Execution rate')} value={formatPercent(Number(recorded.executionRate))} />
            </Col>
            <Col span={6}>
              <Statistic title={t('累计支出（万元）', 'Paid to date (10k yuan)')} value={formatWan(recorded.paidToDate)} />
            </Col>
            <Col span={6}>
              <Statistic title={t('项目预警', 'Project warning')} valueRender={() => <WarningBadge level={recorded.project.warningLevel ?? recorded.warningLevel} />} />
            </Col>
          </Row>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={progresses}
            columns={[
              { title: t('指标', 'Indicator'), key: 'name', render: (_, p) => p.indicator.name },
              { title: t('截至期末完成', 'Completed to date'), key: 'done', render: (_, p) => (p.completedLevel ? label('QualitativeLevel', p.completedLevel) : formatDecimal(p.completedToDate, { trim: true })) },
              { title: t('指标预警', 'Indicator warning'), dataIndex: 'warningLevel', render: (v: string) => <WarningBadge level={v} /> },
            ]}
          />
        </Card>
      </>
    );
  }

  const cell = (indId: string, field: ProgressField, node: React.ReactNode) => {
    const msg = errors[indId]?.[field];
    return (
      <Form.Item validateStatus={msg ? 'error' : undefined} help={msg} style={{ margin: 0 }}>
        {node}
      </Form.Item>
    );
  };

  return (
    <>
      {crumbs}
      <PageTitle printable title={t(`填报监控：${project.name}`, `Record monitoring: ${project.name}`)} />
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size="large" align="start">
          <Space>
            {t('监控期间', 'Period')}
            <Select aria-label={t('年度', 'Fiscal year')} value={year} onChange={(y) => setPeriod(y, defaultMonth(y))} options={years.map((y) => ({ value: y, label: t(`${y} 年度`, `FY ${y}`) }))} style={{ width: 120 }} />
            <Select
              aria-label={t('期末月份', 'Month')}
              value={month}
              onChange={(m) => setPeriod(year, m)}
              options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: t(`截至 ${i + 1} 月末`, `to the end of ${formatYearMonth(year, i + 1, 'en')}`) }))}
              style={{ width: 160 }}
            />
          </Space>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('部门/单位', 'Department')}>{project.department.name}</Descriptions.Item>
          </Descriptions>
        </Space>
        {existing && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 12 }}
            title={t(`本期已填报（${label('WarningLevel', existing.warningLevel)}），再次提交将替换原记录。`, `This period was already recorded (${label('WarningLevel', existing.warningLevel)}); submitting replaces it.`)}
          />
        )}
      </Card>
      <Card title={t('预算执行进度（按支出数据计算）', 'Budget execution (from the payments)')} style={{ marginBottom: 16 }} data-testid="execution-preview">
        {budgetFen <= 0n && !fetching ? (
          <Alert type="warning" showIcon title={t('本年度没有预算安排，无法计算执行率；请先录入预算安排。', 'No allocation this year: the execution rate cannot be computed. Enter the allocation first.')} />
        ) : (
          <Row gutter={16}>
            <Col xs={12} md={5}>
              <Statistic title={t('调整后预算（万元）', 'Adjusted budget (10k yuan)')} value={formatWan(budgetFen)} />
            </Col>
            <Col xs={12} md={5}>
              <Statistic title={t('截至期末累计支出（万元）', 'Paid to date (10k yuan)')} value={paidFen == null ? '…' : formatWan(paidFen)} />
            </Col>
            <Col xs={12} md={5}>
              <Statistic title={t('预算执行率', 'Execution rate')} value={paidFen == null ? '…' : formatPercent(moneyRatio(paidFen, budgetFen))} />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title={t('序时进度', 'Time progress')} value={ruleSet ? formatPercent(toNumber(timeProgress(month, ruleSet))) : '—'} />
            </Col>
            <Col xs={24} md={5}>
              <Statistic title={t('执行预警（预估）', 'Execution warning (preview)')} valueRender={() => <WarningBadge level={execWarning} />} />
            </Col>
          </Row>
        )}
      </Card>
      <Card title={t('绩效指标进度', 'Indicator progress')} style={{ marginBottom: 16 }}>
        {serverError && <ServerErrorAlert error={serverError} onClose={() => setServerError(undefined)} />}
        {!target ? (
          <Alert type="warning" showIcon title={t('该项目本年度没有已批复的绩效目标，只能监控预算执行。', 'The project has no approved target this year: only the budget execution is monitored.')} />
        ) : (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={indicators}
            scroll={{ x: 1300 }}
            columns={[
              { title: t('指标', 'Indicator'), dataIndex: 'name', width: 180, fixed: 'left' },
              {
                title: t('年度指标值', 'Annual target'),
                key: 'target',
                width: 130,
                render: (_, i) => (i.comparator === 'QUALITATIVE' ? i.targetText : `${label('Comparator', i.comparator)} ${formatDecimal(i.targetValue, { trim: true })} ${i.unit ?? ''}`),
              },
              {
                title: t('截至期末完成', 'Completed to date'),
                key: 'done',
                width: 170,
                render: (_, i) =>
                  i.comparator === 'QUALITATIVE'
                    ? cell(i.id, 'completedLevel', <Select aria-label={t('完成情况', 'Progress')} value={drafts[i.id]?.completedLevel} options={levels} onChange={(v) => patch(i.id, { completedLevel: v })} style={{ width: '100%' }} popupMatchSelectWidth={false} />)
                    : cell(i.id, 'completedToDate', <Input aria-label={t('截至期末完成值', 'Completed to date')} inputMode="decimal" suffix={i.unit ?? undefined} value={drafts[i.id]?.completedToDate ?? ''} onChange={(e) => patch(i.id, { completedToDate: e.target.value })} />),
              },
              {
                title: t('预计全年完成', 'Expected full year'),
                key: 'expected',
                width: 140,
                render: (_, i) =>
                  i.comparator === 'QUALITATIVE'
                    ? '—'
                    : cell(i.id, 'expectedFullYear', <Input aria-label={t('预计全年完成值', 'Expected full year')} inputMode="decimal" value={drafts[i.id]?.expectedFullYear ?? ''} onChange={(e) => patch(i.id, { expectedFullYear: e.target.value })} />),
              },
              { title: t('预警（预估）', 'Warning (preview)'), key: 'warning', width: 130, render: (_, i) => <WarningBadge level={warnings[i.id]} /> },
              {
                title: t('完成可能性', 'Likelihood'),
                key: 'likelihood',
                width: 130,
                render: (_, i) => cell(i.id, 'likelihood', <Select aria-label={t('完成可能性', 'Likelihood')} value={drafts[i.id]?.likelihood} options={likelihoods} onChange={(v) => patch(i.id, { likelihood: v })} style={{ width: '100%' }} />),
              },
              {
                title: t('偏差原因', 'Deviation reason'),
                key: 'reason',
                width: 140,
                render: (_, i) => cell(i.id, 'reason', <Select aria-label={t('偏差原因', 'Deviation reason')} allowClear value={drafts[i.id]?.reason} options={reasons} onChange={(v) => patch(i.id, { reason: v ?? undefined })} style={{ width: '100%' }} />),
              },
              {
                title: t('原因说明', 'Explanation'),
                key: 'reasonText',
                render: (_, i) => <Input aria-label={t('原因说明', 'Explanation')} value={drafts[i.id]?.reasonText ?? ''} maxLength={500} onChange={(e) => patch(i.id, { reasonText: e.target.value })} />,
              },
            ]}
          />
        )}
      </Card>
      <Card title={t('纠偏与建议', 'Corrective action and recommendation')}>
        {overall === 'RED' && (
          <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('预估为红色预警：须填写纠偏措施。', 'The preview is a red warning: a corrective action is required.')} />
        )}
        <Form form={form} layout="vertical" initialValues={{ recommendation: 'CONTINUE' }} onValuesChange={() => setDirty(true)} style={{ maxWidth: 760 }}>
          <Form.Item
            name="correctiveAction"
            label={t('纠偏措施', 'Corrective action')}
            rules={[
              { required: overall === 'RED', whitespace: true, message: t('红色预警须填写纠偏措施', 'A red warning requires a corrective action') },
              { max: 2000, message: t('不超过 2000 字', 'At most 2000 characters') },
            ]}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
          <Form.Item name="recommendation" label={t('处理建议', 'Recommendation')} rules={[{ required: true }]}>
            <Select options={recommendations} style={{ width: 200 }} aria-label={t('处理建议', 'Recommendation')} />
          </Form.Item>
          <Form.Item name="note" label={t('情况说明', 'Note')} rules={[{ max: 2000, message: t('不超过 2000 字', 'At most 2000 characters') }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
        <Space>
          <Button type="primary" loading={sending} onClick={submit} disabled={fetching}>
            {t('提交监控', 'Record')}
          </Button>
          <Typography.Text type="secondary">{t('预警以服务器按本地区规则计算的结果为准。', 'The warnings are finally those the server computes under the region’s rules.')}</Typography.Text>
        </Space>
      </Card>
    </>
  );
}
