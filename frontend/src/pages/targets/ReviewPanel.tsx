import { App, Button, Descriptions, Form, Input, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeError, type UserFacingError } from '../../api/describeError';
import { useRuleSetInForce } from '../../api/useRuleSet';
import { applyServerErrors } from '../../components/applyServerErrors';
import { MoneyCell } from '../../components/MoneyCell';
import { ServerErrorAlert } from '../../components/ServerErrorAlert';
import { fenToMoney, parseYuanInput, toFen } from '../../format/money';
import type { Grade } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useLocale, useT } from '../../i18n/locale';
import { allocationBudgetFen } from '../projects/allocationBudget';
import { ApproveTargetMutation, ReturnTargetMutation, TargetAllocationsQuery } from './targetOperations';

type Values = { grade?: Grade; comments?: string; approvedAmount?: string };

/** What the reviewer weighs the approved amount against (三同步). */
export type ReviewBudget = { projectId: string | null; fiscalYear: number; requestedAmount: string | null };

/**
 * Finance's review of a submitted target: a grade (优/良 approve; 中/差 go
 * back) and comments. Approving needs 优 or 良; returning needs comments.
 */
export function ReviewPanel({
  targetId,
  lockVersion,
  failedErrors,
  budget,
  onDone,
}: {
  targetId: string;
  lockVersion: number;
  failedErrors: number;
  budget: ReviewBudget;
  onDone: (decision: 'APPROVE' | 'RETURN', lockVersion?: number) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const label = useEnumLabel();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const grade = Form.useWatch('grade', form);
  const [serverError, setServerError] = useState<UserFacingError>();
  // The grades that let a target go on to budgeting are the server's (rules.CheckApproval); none until they arrive.
  const approvingGrades: readonly Grade[] = useRuleSetInForce(null, budget.fiscalYear)?.approvingGrades ?? [];
  const [{ fetching: approving }, approve] = useMutation(ApproveTargetMutation);
  const [{ fetching: returning }, giveBack] = useMutation(ReturnTargetMutation);
  // The approved amount may not go below what the project already has for the year (the server says the same).
  const [allocations] = useQuery({ query: TargetAllocationsQuery, variables: { projectId: budget.projectId ?? '', year: budget.fiscalYear }, pause: !budget.projectId });
  const allocatedFen = allocations.data ? allocationBudgetFen((allocations.data.allocations.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))) : null;

  /** Empty (approve the requested amount), or an exact amount within requested ≥ approved ≥ allocated. */
  function checkApprovedAmount(v?: string): Promise<void> {
    if (!v?.trim()) return Promise.resolve();
    const money = parseYuanInput(v);
    if (money == null) return Promise.reject(new Error(t('金额应为数字，最多两位小数', 'An amount with at most 2 decimals')));
    const fen = toFen(money);
    if (fen < 0n) return Promise.reject(new Error(t('批复金额不能为负', 'The approved amount cannot be negative')));
    if (budget.requestedAmount != null && fen > toFen(budget.requestedAmount)) return Promise.reject(new Error(t('批复金额不能超过申请金额', 'The approved amount cannot exceed the amount requested')));
    if (allocatedFen != null && fen < allocatedFen) return Promise.reject(new Error(t(`批复金额不能低于已安排预算 ${fenToMoney(allocatedFen)} 元`, `The approved amount cannot be below the ${fenToMoney(allocatedFen)} yuan allocated`)));
    return Promise.resolve();
  }

  async function doApprove() {
    setServerError(undefined);
    let values: Values;
    try {
      values = await form.validateFields(['grade', 'approvedAmount']);
    } catch {
      return;
    }
    if (!values.grade || !approvingGrades.includes(values.grade)) {
      form.setFields([{ name: 'grade', errors: [t('批复须评为“优”或“良”；“中”“差”请退回修改。', 'Approval needs the grade 优 or 良; return the target for 中 or 差.')] }]);
      return;
    }
    const comments = (form.getFieldValue('comments') as string | undefined)?.trim() || null;
    const approvedAmount = values.approvedAmount?.trim() ? parseYuanInput(values.approvedAmount) : null;
    modal.confirm({
      title: t('批复该绩效目标？', 'Approve this target?'),
      content:
        failedErrors > 0
          ? t(`注意：有 ${failedErrors} 项必须满足的审核检查未通过。批复后目标生效，部门只能通过“调整”生成新版本。`, `Note: ${failedErrors} required check(s) failed. Once approved, the department can only change it by an adjustment (a new version).`)
          : t('批复后目标生效，部门只能通过“调整”生成新版本。确认批复即表示已知悉未通过的警告项（随审核记录保存）。', 'Once approved, the department can only change it by an adjustment (a new version). Approving acknowledges any failed warning (recorded with the review).'),
      okText: t('批复', 'Approve'),
      cancelText: t('取消', 'Cancel'),
      onOk: async () => {
        const result = await approve({ id: targetId, lockVersion, grade: values.grade!, comments, acknowledgeWarnings: true, approvedAmount });
        if (result.error) {
          const described = describeError(result.error, locale);
          setServerError(described);
          applyServerErrors(form, described, ['approvedAmount']);
          return;
        }
        message.success(t('已批复', 'Approved'));
        onDone('APPROVE', result.data?.approveTarget.lockVersion);
      },
    });
  }

  async function doReturn() {
    setServerError(undefined);
    const comments = ((form.getFieldValue('comments') as string | undefined) ?? '').trim();
    if (!comments) {
      form.setFields([{ name: 'comments', errors: [t('退回时请写明需要修改的地方。', 'Say what needs changing when returning a target.')] }]);
      return;
    }
    modal.confirm({
      title: t('退回部门修改？', 'Return to the department?'),
      content: t('部门修改后可重新提交。', 'The department can revise and resubmit it.'),
      okText: t('退回', 'Return'),
      okButtonProps: { danger: true },
      cancelText: t('取消', 'Cancel'),
      onOk: async () => {
        const result = await giveBack({ id: targetId, lockVersion, comments, grade: (form.getFieldValue('grade') as Grade | undefined) ?? null });
        if (result.error) {
          setServerError(describeError(result.error, locale));
          return;
        }
        message.success(t('已退回', 'Returned'));
        onDone('RETURN');
      },
    });
  }

  const hint: Record<Grade, string> = {
    EXCELLENT: t('优：进入预算编制', '优: goes on to budgeting'),
    GOOD: t('良：与部门完善后进入预算编制', '良: refined with the department, then budgeted'),
    FAIR: t('中：退回修改后重新提交', '中: returned for revision'),
    POOR: t('差：不安排预算', '差: no budget is arranged'),
  };

  return (
    <div data-testid="review-panel">
      {serverError && <ServerErrorAlert error={serverError} onClose={() => setServerError(undefined)} />}
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }} data-testid="review-budget">
        <Descriptions.Item label={t('申请金额（万元）', 'Requested (10k yuan)')}>
          {budget.requestedAmount != null ? <MoneyCell value={budget.requestedAmount} /> : <Typography.Text type="warning">{t('未填写', 'not given')}</Typography.Text>}
        </Descriptions.Item>
        {budget.projectId && (
          <Descriptions.Item label={t(`${budget.fiscalYear} 年已安排预算（万元）`, `Allocated in ${budget.fiscalYear} (10k yuan)`)}>
            {allocatedFen != null ? <MoneyCell value={allocatedFen} /> : '…'}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Form<Values> form={form} layout="vertical">
        <Form.Item name="grade" label={t('审核等级', 'Review grade')} rules={[{ required: true, message: t('请选择审核等级', 'Choose a review grade') }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={(['EXCELLENT', 'GOOD', 'FAIR', 'POOR'] as Grade[]).map((g) => ({ value: g, label: label('Grade', g) }))}
          />
        </Form.Item>
        {grade && (
          <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
            {hint[grade]}
          </Typography.Paragraph>
        )}
        <Form.Item
          name="approvedAmount"
          label={t('批复金额（元，可不填）', 'Approved amount (yuan, optional)')}
          extra={t('不填即按申请金额批复；不超过申请金额，不低于已安排预算。', 'Empty approves the amount requested; at most the request, at least what is allocated.')}
          rules={[{ validator: (_, v?: string) => checkApprovedAmount(v) }]}
        >
          <Input style={{ width: 220 }} inputMode="decimal" suffix={t('元', 'yuan')} />
        </Form.Item>
        <Form.Item name="comments" label={t('审核意见', 'Comments')} rules={[{ max: 2000, message: t('不超过 2000 字', 'At most 2000 characters') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('退回时必填：写明需要修改的地方', 'Required when returning: what needs changing')} />
        </Form.Item>
        <Space>
          <Button type="primary" onClick={doApprove} loading={approving} disabled={returning || (grade != null && !approvingGrades.includes(grade))}>
            {t('批复通过', 'Approve')}
          </Button>
          <Button danger onClick={doReturn} loading={returning} disabled={approving}>
            {t('退回修改', 'Return for revision')}
          </Button>
        </Space>
      </Form>
    </div>
  );
}
