import { Alert, App, Button, Card, Col, Descriptions, Form, Popconfirm, Row, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { describeError, type UserFacingError } from '../../api/describeError';
import { parseYuanInput } from '../../format/money';
import { useRuleSet } from '../../api/useRuleSet';
import { applyServerErrors } from '../../components/applyServerErrors';
import { ServerErrorAlert } from '../../components/ServerErrorAlert';
import { SAVED, useLeaveGuard } from '../../components/useLeaveGuard';
import type { Sector, TargetTerm } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useLocale, useT } from '../../i18n/locale';
import type { IndicatorDraft } from './indicatorDraft';
import { IndicatorTableEditor } from './IndicatorTableEditor';
import { ReviewChecksList, type ReviewCheckRow } from './ReviewChecksList';
import { mergeRowErrors, serverRowErrors } from './serverRowErrors';
import { SubmitTargetMutation } from './targetOperations';
import { TargetFields, type TargetFormValues } from './TargetFields';
import { useSaveTarget } from './useDeclareTarget';
import { indicatorWarnings, validateIndicatorDrafts, type DraftErrors } from './validateIndicators';

export type EditorProject = { id: string; code: string; name: string; sector: Sector; publicService: boolean; department: { id: string; name: string; region: string } };

type Props = {
  project: EditorProject;
  initialValues: Partial<TargetFormValues>;
  initialRows: IndicatorDraft[];
  /** The saved target being revised (absent when declaring a new one). */
  saved?: { id: string; lockVersion: number; status: string; reviewChecks: ReviewCheckRow[] };
};

const FORM_FIELDS = ['fiscalYear', 'term', 'goal', 'requestedAmount'] as const;

/**
 * The declaration form: year, term, overall goal and the indicator table.
 * Saving sends the target with all its indicators in one request
 * (declareTarget / reviseTarget); "save and submit" then hands it to finance.
 */
export function TargetEditor({ project, initialValues, initialRows, saved }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<TargetFormValues>();
  const [rows, setRows] = useState<IndicatorDraft[]>(initialRows);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [serverError, setServerError] = useState<UserFacingError>();
  const [dirty, setDirty] = useState(false);
  const [current, setCurrent] = useState(saved);
  const { declare, revise, busy } = useSaveTarget();
  const [{ fetching: submitting }, submitTarget] = useMutation(SubmitTargetMutation);
  useLeaveGuard(dirty);
  // The review checks previewed are those of the rule set in force for the department's region and the year chosen.
  const fiscalYear = Form.useWatch('fiscalYear', form) ?? initialValues.fiscalYear;
  const ruleSet = useRuleSet(project.department.region, fiscalYear);

  const changeRows = (next: IndicatorDraft[]) => {
    setRows(next);
    setDirty(true);
    if (Object.keys(errors).length > 0) setErrors(validateIndicatorDrafts(next, t));
  };

  /** Checks, then saves; returns the saved target's id and lock version, or null. */
  async function save(): Promise<{ id: string; lockVersion: number } | null> {
    setServerError(undefined);
    const rowErrors = validateIndicatorDrafts(rows, t);
    setErrors(rowErrors);
    let values: TargetFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return null;
    }
    if (rows.length === 0) {
      setServerError({ kind: 'BAD_USER_INPUT', title: t('至少需要一个绩效指标。', 'At least one indicator is needed.'), details: [], fieldErrors: {} });
      return null;
    }
    if (Object.keys(rowErrors).length > 0) return null;
    const goal = values.goal.trim();
    // Validated above: empty, or an exact amount in 元.
    const requestedAmount = values.requestedAmount?.trim() ? parseYuanInput(values.requestedAmount) : null;
    const outcome = current
      ? await revise(
          current.id,
          current.lockVersion,
          { fiscalYear: values.fiscalYear, term: values.term as TargetTerm, goal, ...(requestedAmount != null ? { requestedAmount } : { clearRequestedAmount: true }) },
          rows,
        )
      : await declare({ projectID: project.id, departmentID: project.department.id, fiscalYear: values.fiscalYear, term: values.term, goal, ...(requestedAmount != null ? { requestedAmount } : {}) }, rows);
    if (!outcome.ok) {
      const described = describeError(outcome.error, locale);
      setServerError(described);
      applyServerErrors(form, described, FORM_FIELDS);
      setErrors(mergeRowErrors(rowErrors, serverRowErrors(outcome.error, rows.map((r) => r.key), locale)));
      return null;
    }
    setDirty(false);
    setCurrent(outcome.target);
    return outcome.target;
  }

  async function saveDraft() {
    const wasNew = !current;
    const result = await save();
    if (!result) return;
    message.success(t('已保存；右侧是服务器对本版本的审核检查结果。', 'Saved; the review checks of this version are shown on the right.'));
    // A new target now has an address: continue editing it there (a reload keeps it).
    if (wasNew) navigate(`/targets/${result.id}/edit`, { replace: true, state: SAVED });
  }

  async function saveAndSubmit() {
    const result = await save();
    if (!result) return;
    const submitted = await submitTarget({ id: result.id, lockVersion: result.lockVersion });
    if (submitted.error) {
      // Saved, but not submitted: say so; the form stays as typed and saving again revises the saved target.
      const described = describeError(submitted.error, locale);
      setServerError({ ...described, title: t('目标已保存为草稿，但提交审核未成功：', 'The target was saved as a draft but could not be submitted: ') + described.title });
      return;
    }
    message.success(t('已提交财政审核', 'Submitted for finance review'));
    navigate(`/targets/${result.id}`, { state: SAVED });
  }

  const reviewWarnings = indicatorWarnings(rows, t, { publicService: project.publicService, rules: ruleSet });
  const rowCount = Object.keys(errors).length;

  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('项目', 'Project')}>{`${project.code} ${project.name}`}</Descriptions.Item>
          <Descriptions.Item label={t('部门/单位', 'Department')}>{project.department.name}</Descriptions.Item>
          <Descriptions.Item label={t('政策领域', 'Policy area')}>{label('Sector', project.sector)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={current ? 16 : 24}>
          <Card title={t('绩效目标', 'Target')} style={{ marginBottom: 16 }}>
            <TargetFields form={form} disabled={false} onChange={() => setDirty(true)} initialValues={initialValues} />
          </Card>
        </Col>
        {current && (
          <Col xs={24} xl={8}>
            <Card title={t('审核检查（上次保存时）', 'Review checks (as last saved)')} size="small" style={{ marginBottom: 16 }}>
              <ReviewChecksList checks={current.reviewChecks} />
            </Card>
          </Col>
        )}
      </Row>
      <Card title={t('绩效指标', 'Indicators')}>
        {serverError && <ServerErrorAlert error={serverError} onClose={() => setServerError(undefined)} />}
        {rowCount > 0 && (
          <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={t(`有 ${rowCount} 行指标需要修改，请看标红处。`, `${rowCount} indicator row(s) need correcting; see the fields marked red.`)} />
        )}
        {reviewWarnings.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="draft-warnings"
            title={t('审核时会检查以下事项（不影响保存草稿）：', 'The review will check these (saving a draft is still possible):')}
            description={reviewWarnings.map((w) => <div key={w}>{w}</div>)}
          />
        )}
        <IndicatorTableEditor rows={rows} errors={errors} sector={project.sector} departmentId={project.department.id} fiscalYear={fiscalYear} onChange={changeRows} />
        <Space style={{ marginTop: 24 }} wrap>
          <Button type="primary" loading={busy} disabled={submitting} onClick={saveDraft}>
            {t('保存为草稿', 'Save as draft')}
          </Button>
          {current && (
            <Button onClick={() => navigate(`/targets/${current.id}`)} disabled={busy || submitting}>
              {t('查看目标', 'View the target')}
            </Button>
          )}
          <Popconfirm
            title={t('保存并提交财政审核？', 'Save and submit for finance review?')}
            description={t('提交后在审核完成前不能再修改。', 'It cannot be changed while the review is under way.')}
            okText={t('提交', 'Submit')}
            cancelText={t('取消', 'Cancel')}
            onConfirm={saveAndSubmit}
          >
            <Button loading={submitting} disabled={busy}>
              {t('保存并提交审核', 'Save and submit')}
            </Button>
          </Popconfirm>
        </Space>
      </Card>
    </>
  );
}
