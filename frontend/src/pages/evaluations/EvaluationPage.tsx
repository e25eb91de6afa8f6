import { Alert, App, Breadcrumb, Button, Card, Col, Descriptions, Form, Input, Result, Row, Space, Spin, Statistic, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { describeError, pickLanguage, type UserFacingError } from '../../api/describeError';
import { nodeOfType } from '../../api/nodeOfType';
import { useLanguageContext } from '../../api/useLanguageContext';
import { useRuleSet } from '../../api/useRuleSet';
import { EnumTag } from '../../components/EnumTag';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { ServerErrorAlert } from '../../components/ServerErrorAlert';
import { useLeaveGuard } from '../../components/useLeaveGuard';
import { formatDate, formatDateTime } from '../../format/date';
import { formatDecimal } from '../../format/decimal';
import { formatWan, moneyRatio } from '../../format/money';
import { formatPercent } from '../../format/decimal';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useLocale, useT } from '../../i18n/locale';
import { EvaluationActions } from './EvaluationActions';
import { EvaluationFollowUp } from './EvaluationFollowUp';
import { ComputeEvaluationMutation, EvaluationQuery, RecordIndicatorActualMutation, SaveEvaluationTextsMutation, ScoreItemMutation } from './evaluationOperations';
import { ScoringSheet } from './ScoringSheet';
import { draftRequests, hasInput, validateItemDraft, type DraftErrors, type ItemDraft } from './scoringSheet';
import { useLivePreview } from './useLivePreview';
import { EvaluationExportButton, EvaluationReportButton } from '../../documents/EvaluationExportButton';

/** 绩效评价: the scoring sheet with a live total and grade, computing, the review workflow, rectifications and budget links. */
export default function EvaluationPage() {
  const t = useT();
  const { locale } = useLocale();
  const label = useEnumLabel();
  const { message, modal } = App.useApp();
  const client = useClient();
  const { id = '' } = useParams();
  const context = useLanguageContext();
  const [{ data, fetching, error }, refetch] = useQuery({ query: EvaluationQuery, variables: { id }, context });
  const evaluation = nodeOfType(data?.node, 'Evaluation');
  const items = useMemo(() => (evaluation?.scoreItems.edges ?? []).flatMap((e) => (e?.node ? [e.node] : [])), [evaluation]);

  const [drafts, setDrafts] = useState<Record<string, ItemDraft>>({});
  const [errors, setErrors] = useState<Record<string, DraftErrors>>({});
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<UserFacingError>();
  const [busy, setBusy] = useState<'save' | 'compute' | null>(null);
  const [, scoreItem] = useMutation(ScoreItemMutation);
  const [, recordActual] = useMutation(RecordIndicatorActualMutation);
  const [, compute] = useMutation(ComputeEvaluationMutation);
  const [{ fetching: savingTexts }, updateTexts] = useMutation(SaveEvaluationTextsMutation);
  const [textsForm] = Form.useForm<{ findings?: string; recommendations?: string; report?: string }>();
  const [textsDirty, setTextsDirty] = useState(false);
  // The bands and factors the sheet checks are the rule set's for the department's region and the year.
  const ruleSet = useRuleSet(evaluation?.department?.region, evaluation?.fiscalYear);
  const live = useLivePreview(evaluation ?? { scheme: '', fiscalYear: 0 }, items, drafts, ruleSet);
  const pending = Object.keys(drafts).filter((k) => hasInput(drafts[k]));
  useLeaveGuard(pending.length > 0);

  if (fetching && !data) return <Spin size="large" style={{ display: 'block', margin: '15vh auto' }} />;
  if (error) return <ErrorAlert error={error} />;
  if (!evaluation) return <Result status="404" title={t('评价不存在或无权查看', 'The evaluation does not exist or is not visible to you')} />;

  // Whether the viewer scores this evaluation now is the server's rule (Evaluation.viewerActions).
  const editable = evaluation.viewerActions.includes('SCORE');
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const change = (itemId: string, patch: Partial<ItemDraft>) => {
    const draft = { ...drafts[itemId], ...patch };
    setDrafts((all) => ({ ...all, [itemId]: { ...all[itemId], ...patch } }));
    // Checked while typing, but only the fields just typed in: a score outside
    // its band shows at once, a field not yet reached does not nag.
    const item = items.find((i) => i.id === itemId);
    const found = item ? validateItemDraft(item, draft, t, live.items[itemId]?.flags ?? [], ruleSet) : {};
    const now = Object.fromEntries(Object.entries(found).filter(([k]) => k in patch && draft[k as keyof ItemDraft] !== '')) as DraftErrors;
    setErrors(({ [itemId]: _dropped, ...rest }) => (Object.keys(now).length > 0 ? { ...rest, [itemId]: now } : rest));
    if (rowErrors[itemId]) setRowErrors(({ [itemId]: _dropped, ...rest }) => rest);
  };

  /**
   * Checks every typed item, then sends them one by one; what failed stays
   * typed with the server's words next to it. Resolves to the evaluation's
   * lock version after the last save (each answer carries it), or null when
   * something was not saved.
   */
  async function saveDrafts(): Promise<number | null> {
    setServerError(undefined);
    const found: Record<string, DraftErrors> = {};
    for (const itemId of pending) {
      const item = items.find((i) => i.id === itemId);
      if (!item) continue;
      const e = validateItemDraft(item, drafts[itemId], t, live.items[itemId]?.flags ?? [], ruleSet);
      if (Object.keys(e).length > 0) found[itemId] = e;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setServerError({ kind: 'BAD_USER_INPUT', title: t(`有 ${Object.keys(found).length} 个评分项需要修改，请看标红处。`, `${Object.keys(found).length} item(s) need correcting; see the fields marked red.`), details: [], fieldErrors: {} });
      return null;
    }
    const failed: Record<string, string> = {};
    const saved: string[] = [];
    // Every change of an item takes the evaluation's lock: each answer carries the next version.
    let lockVersion = evaluation!.lockVersion;
    for (const itemId of pending) {
      const item = items.find((i) => i.id === itemId)!;
      const requests = draftRequests(item, drafts[itemId]);
      let error;
      if (requests.indicator) {
        const r = await recordActual({ evaluationId: id, lockVersion, indicatorId: requests.indicator.id, input: requests.indicator.input });
        error = r.error;
        if (r.data) lockVersion = r.data.recordIndicatorActual.lockVersion;
      }
      if (!error && requests.score) {
        const r = await scoreItem({ id: itemId, lockVersion, input: requests.score });
        error = r.error;
        if (r.data?.scoreItem.evaluation) lockVersion = r.data.scoreItem.evaluation.lockVersion;
      }
      if (error) failed[itemId] = error.graphQLErrors.map((g) => pickLanguage(g.message, locale)).join('；') || describeError(error, locale).title;
      else saved.push(itemId);
    }
    setDrafts((all) => Object.fromEntries(Object.entries(all).filter(([k]) => !saved.includes(k))));
    setRowErrors(failed);
    reload();
    if (Object.keys(failed).length > 0) {
      setServerError({ kind: 'BAD_USER_INPUT', title: t(`${Object.keys(failed).length} 个评分项未能保存，原因见各行；其余已保存。`, `${Object.keys(failed).length} item(s) could not be saved (see each row); the others were saved.`), details: [], fieldErrors: {} });
      return null;
    }
    return lockVersion;
  }

  async function save() {
    setBusy('save');
    try {
      if ((await saveDrafts()) != null) message.success(t('评分已保存', 'Scores saved'));
    } finally {
      setBusy(null);
    }
  }

  async function saveAndCompute() {
    setBusy('compute');
    try {
      // Scoring moves the evaluation's lock version on: after saving the
      // typed items, take it from their answers. A read here could be answered
      // by a refetch still in flight from before the last save (urql hands a
      // network-only query its twin's answer), and the conclusions would then
      // be refused as a conflict.
      let lockVersion: number;
      if (pending.length > 0) {
        const saved = await saveDrafts();
        if (saved == null) return;
        lockVersion = saved;
      } else {
        const fresh = await client.query(EvaluationQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
        const current = nodeOfType(fresh.data?.node, 'Evaluation');
        if (!current) {
          if (fresh.error) setServerError(describeError(fresh.error, locale));
          return;
        }
        lockVersion = current.lockVersion;
      }
      if (textsDirty) {
        const next = await saveTexts(textsForm.getFieldsValue(), lockVersion);
        if (next == null) return;
        lockVersion = next;
      }
      const result = await compute({ id, lockVersion });
      if (result.error || !result.data) {
        setServerError(describeError(result.error!, locale));
        return;
      }
      const done = result.data.computeEvaluation;
      message.success(t(`已计算：总分 ${formatDecimal(done.totalScore)}，等级“${label('Grade', done.grade)}”`, `Computed: total ${formatDecimal(done.totalScore)}, grade ${label('Grade', done.grade)}`));
      await reloadUntil(done.lockVersion);
    } finally {
      setBusy(null);
    }
  }

  /**
   * Reads the evaluation again until the page shows at least this lock version.
   * urql does not send a network-only query whose twin is still in flight (it
   * answers both with the twin's result), so a refetch started before the last
   * write, e.g. the one the conclusions' mutation set off, can bring back the
   * state before it; the next read then goes to the server.
   */
  async function reloadUntil(lockVersion: number) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const r = await client.query(EvaluationQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
      const current = nodeOfType(r.data?.node, 'Evaluation');
      if (!current || current.lockVersion >= lockVersion) return;
    }
  }

  /** Saves the conclusions; resolves to the evaluation's new lock version, or null when refused (the reason is shown). */
  async function saveTexts(values: { findings?: string; recommendations?: string; report?: string }, lockVersion = evaluation!.lockVersion): Promise<number | null> {
    const input = {
      findings: values.findings?.trim() ?? '',
      recommendations: values.recommendations?.trim() ?? '',
      report: values.report?.trim() ?? '',
    };
    const result = await updateTexts({ id, lockVersion, input });
    if (result.error || !result.data) {
      if (result.error) modal.error({ title: describeError(result.error, locale).title, content: describeError(result.error, locale).details.join('\n') });
      return null;
    }
    setTextsDirty(false);
    message.success(t('结论已保存', 'Conclusions saved'));
    return result.data.saveEvaluationTexts.lockVersion;
  }

  /** Before submitting: the typed conclusions are saved too, and the submission uses the lock version after that. */
  async function beforeSubmit(): Promise<number | null> {
    if (!textsDirty) return evaluation!.lockVersion;
    return saveTexts(textsForm.getFieldsValue());
  }

  const subject = evaluation.project ? evaluation.project.name : t(`${evaluation.department.name}（部门整体）`, `${evaluation.department.name} (department-wide)`);
  const flagAlerts = live.flags.map((f) =>
    f === 'HIGH_SCORE_LOW_SPENDING' ? (
      <Alert key={f} type="error" showIcon title={t('一致性检查：指标得分率明显高于预算执行率（高分低支出），请核实。', 'Consistency check: indicator scores are far above the execution rate (high scores, low spending). Please verify.')} />
    ) : f === 'UNDERSPENT' ? (
      <Alert key={f} type="warning" showIcon title={t('一致性检查：预算结余超过 20%。', 'Consistency check: more than 20 % of the budget is unspent.')} />
    ) : (
      <Alert key={f} type="warning" showIcon title={f} />
    ),
  );

  return (
    <>
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to="/evaluations">{t('绩效评价', 'Evaluations')}</Link> }, { title: `${evaluation.fiscalYear} ${label('EvaluationKind', evaluation.kind)}` }]} />
      <PageTitle
        printable
        documentTitle={t(`${subject} · ${evaluation.fiscalYear} 年度${label('EvaluationKind', evaluation.kind)}`, `${subject} · FY ${evaluation.fiscalYear} ${label('EvaluationKind', evaluation.kind)}`)}
        title={
          <Space wrap>
            {t(`${subject} · ${evaluation.fiscalYear} 年度${label('EvaluationKind', evaluation.kind)}`, `${subject} · FY ${evaluation.fiscalYear} ${label('EvaluationKind', evaluation.kind)}`)}
            <EnumTag enumName="EvaluationStatus" value={evaluation.status} />
          </Space>
        }
        extra={
          <>
            <EvaluationExportButton id={evaluation.id} />
            <EvaluationReportButton id={evaluation.id} />
            {evaluation.kind !== 'SELF' && (
              <Link to={`/evaluations/${evaluation.id}/panel`} style={{ marginInline: 8 }} data-testid="open-panel">
                {t('专家组评分', 'Expert panel')}
              </Link>
            )}
            <EvaluationActions evaluation={evaluation} pendingDrafts={pending.length} onDone={reload} beforeSubmit={beforeSubmit} />
          </>
        }
      />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t('被评价单位', 'Evaluated')}>{evaluation.department.name}</Descriptions.Item>
              <Descriptions.Item label={t('项目', 'Project')}>
                {evaluation.project ? <Link to={`/projects/${evaluation.project.id}?tab=evaluations`}>{`${evaluation.project.code} ${evaluation.project.name}`}</Link> : t('部门整体', 'department-wide')}
              </Descriptions.Item>
              <Descriptions.Item label={t('评分方案', 'Scheme')}>{evaluation.scheme}</Descriptions.Item>
              <Descriptions.Item label={t('评价机构', 'Evaluator')}>{evaluation.agency?.name ?? t('本单位', 'own unit')}</Descriptions.Item>
              <Descriptions.Item label={t('评分规则', 'Rule set')}>{evaluation.ruleSet ? `${evaluation.ruleSet.name} v${evaluation.ruleSet.version}` : t('计算时确定', 'set when computed')}</Descriptions.Item>
              <Descriptions.Item label={t('最近修改', 'Last changed')}>{formatDateTime(evaluation.updatedAt)}</Descriptions.Item>
              {evaluation.publishedAt && <Descriptions.Item label={t('公开日期', 'Published')}>{formatDate(evaluation.publishedAt)}</Descriptions.Item>}
              {evaluation.reopenedAt && (
                <Descriptions.Item label={t('重新打开', 'Reopened')} span={2}>
                  <span data-testid="reopened">{t(`${formatDateTime(evaluation.reopenedAt)} 由财政重新打开：${evaluation.reopenReason ?? ''}`, `${formatDateTime(evaluation.reopenedAt)} by finance: ${evaluation.reopenReason ?? ''}`)}</span>
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card style={{ marginBottom: 16 }} data-testid="score-summary">
            <Row gutter={8}>
              <Col span={12}>
                <Statistic title={t('已计算总分', 'Computed total')} value={formatDecimal(evaluation.totalScore)} />
                <div data-testid="computed-grade" style={{ marginTop: 4 }}>
                  <EnumTag enumName="Grade" value={evaluation.grade} />
                </div>
              </Col>
              {editable && pending.length > 0 && (
                <Col span={12}>
                  <Statistic title={t('按当前输入预估', 'Preview of the input')} value={live.total ? formatDecimal(live.total) : '—'} loading={live.loading && !live.total} />
                  <div data-testid="preview-grade" data-ready={!live.loading && !live.incomplete && live.total != null} data-total={live.total ?? ''} style={{ marginTop: 4 }}>
                    <EnumTag enumName="Grade" value={live.grade} />
                    {live.incomplete && <Tag>{t('尚有未评项', 'items missing')}</Tag>}
                  </div>
                </Col>
              )}
            </Row>
            {live.budget && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                {t(
                  `预算 ${formatWan(live.budget)} 万元，支出 ${formatWan(live.paid ?? '0')} 万元，执行率 ${formatPercent(moneyRatio(live.paid, live.budget))}，执行率得分 ${live.executionScore ?? '—'}`,
                  `Budget ${formatWan(live.budget)}, paid ${formatWan(live.paid ?? '0')} (10k yuan), execution ${formatPercent(moneyRatio(live.paid, live.budget))}, score ${live.executionScore ?? '—'}`,
                )}
              </Typography.Paragraph>
            )}
          </Card>
        </Col>
      </Row>
      <Card
        title={t('评分表', 'Scoring sheet')}
        style={{ marginBottom: 16 }}
        extra={
          editable && (
            <Space>
              <Button onClick={save} loading={busy === 'save'} disabled={busy !== null || pending.length === 0}>
                {t('保存评分', 'Save scores')}
              </Button>
              <Button type="primary" onClick={saveAndCompute} loading={busy === 'compute'} disabled={busy !== null}>
                {pending.length > 0 ? t('保存并计算得分', 'Save and compute') : t('计算得分', 'Compute')}
              </Button>
            </Space>
          )
        }
      >
        {serverError && <ServerErrorAlert error={serverError} onClose={() => setServerError(undefined)} />}
        <ErrorAlert error={live.error} />
        <Space orientation="vertical" style={{ width: '100%', marginBottom: flagAlerts.length ? 12 : 0 }}>
          {flagAlerts}
        </Space>
        {!editable && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('当前不能修改评分（评价已提交，或不由您打分）。', 'You cannot change the scores now (the evaluation was submitted, or is not yours to score).')} />}
        <ScoringSheet items={items} drafts={drafts} errors={errors} previews={live.items} rowErrors={rowErrors} editable={editable} onChange={change} rules={ruleSet} />
      </Card>
      <Card title={t('评价结论', 'Conclusions')} style={{ marginBottom: 16 }}>
        {!editable ? (
          // Read-only: plain text (readable contrast, selectable), not disabled inputs.
          <Descriptions column={1} size="small" data-testid="conclusions">
            <Descriptions.Item label={t('存在问题', 'Findings')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{evaluation.findings || '—'}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('意见建议', 'Recommendations')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{evaluation.recommendations || '—'}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('评价报告', 'Report')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{evaluation.report || '—'}</span>
            </Descriptions.Item>
          </Descriptions>
        ) : (
        <Form form={textsForm} layout="vertical" disabled={!editable} initialValues={{ findings: evaluation.findings ?? '', recommendations: evaluation.recommendations ?? '', report: evaluation.report ?? '' }} onFinish={saveTexts} onValuesChange={() => setTextsDirty(true)} key={evaluation.id}>
          <Form.Item name="findings" label={t('存在问题', 'Findings')} rules={[{ max: 4000, message: t('不超过 4000 字', 'At most 4000 characters') }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="recommendations" label={t('意见建议', 'Recommendations')} rules={[{ max: 4000, message: t('不超过 4000 字', 'At most 4000 characters') }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="report" label={t('评价报告', 'Report')}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Button htmlType="submit" loading={savingTexts}>
            {t('保存结论', 'Save the conclusions')}
          </Button>
        </Form>
        )}
      </Card>
      <EvaluationFollowUp evaluation={evaluation} />
    </>
  );
}
