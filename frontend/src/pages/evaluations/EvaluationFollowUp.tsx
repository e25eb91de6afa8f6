import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, DatePicker, Empty, Form, Input, InputNumber, Modal, Radio, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeError, type UserFacingError } from '../../api/describeError';
import { useViewer } from '../../auth/ViewerContext';
import { applyServerErrors } from '../../components/applyServerErrors';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { MoneyCell } from '../../components/MoneyCell';
import { ServerErrorAlert } from '../../components/ServerErrorAlert';
import { shanghaiEndOfDay } from '../../format/date';
import { compareDecimals, formatDecimal, isDecimal } from '../../format/decimal';
import { parseYuanInput } from '../../format/money';
import type { BudgetLinkSuggestion, EvaluationFieldsFragment } from '../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../i18n/useEnumLabel';
import { useLocale, useT } from '../../i18n/locale';
import { CreateRectificationMutation } from '../rectifications/rectificationOperations';
import { RectificationTable } from '../rectifications/RectificationTable';
import { CreateBudgetLinkMutation, EvaluationFollowUpQuery } from './evaluationOperations';

type RectValues = { problem: string; requiredAction: string; deadline: Dayjs; departmentID: string };
type LinkValues = { fiscalYear: number; suggestion: BudgetLinkSuggestion; amount?: string; percent?: string; notify?: boolean; disclose?: boolean; accountability?: boolean; note?: string };

/** 结果应用: rectifications found by the evaluation, and its link to next year's budget. */
export function EvaluationFollowUp({ evaluation }: { evaluation: EvaluationFieldsFragment }) {
  const t = useT();
  const { locale } = useLocale();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const { creatable } = useViewer();
  const [{ data, fetching }, refetch] = useQuery({ query: EvaluationFollowUpQuery, variables: { id: evaluation.id } });
  const rects = (data?.rectifications.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const links = (data?.budgetLinks.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const [rectOpen, setRectOpen] = useState(false);
  const [linkOpen, setLinkOpen] = useState(false);
  const [rectForm] = Form.useForm<RectValues>();
  const [linkForm] = Form.useForm<LinkValues>();
  const [rectError, setRectError] = useState<UserFacingError>();
  const [linkError, setLinkError] = useState<UserFacingError>();
  const [{ fetching: creatingRect }, createRect] = useMutation(CreateRectificationMutation);
  const [{ fetching: creatingLink }, createLink] = useMutation(CreateBudgetLinkMutation);
  const suggestions = useEnumOptions('BudgetLinkSuggestion');
  const suggestion = Form.useWatch('suggestion', linkForm);
  const mayRectify = creatable.includes('RECTIFICATION');
  const mayLink = creatable.includes('BUDGET_LINK');

  async function addRectification(values: RectValues) {
    setRectError(undefined);
    const result = await createRect({
      input: {
        problem: values.problem.trim(),
        requiredAction: values.requiredAction.trim(),
        deadline: shanghaiEndOfDay(values.deadline.format('YYYY-MM-DD')),
        departmentID: values.departmentID,
        evaluationID: evaluation.id,
      },
    });
    if (result.error) {
      const d = describeError(result.error, locale);
      setRectError(d);
      applyServerErrors(rectForm, d, ['problem', 'requiredAction', 'deadline', 'departmentID']);
      return;
    }
    message.success(t('整改事项已下达', 'Rectification issued'));
    setRectOpen(false);
    rectForm.resetFields();
    reload();
  }

  async function addLink(values: LinkValues) {
    setLinkError(undefined);
    const amount = values.amount?.trim() ? parseYuanInput(values.amount) : null;
    const result = await createLink({
      input: {
        evaluationID: evaluation.id,
        fiscalYear: values.fiscalYear,
        suggestion: values.suggestion,
        amount: values.suggestion === 'KEEP' ? null : amount,
        percent: values.suggestion === 'KEEP' || !values.percent?.trim() ? null : values.percent.trim(),
        notify: values.notify ?? false,
        disclose: values.disclose ?? false,
        accountability: values.accountability ?? false,
        note: values.note?.trim() || null,
      },
    });
    if (result.error) {
      const d = describeError(result.error, locale);
      setLinkError(d);
      applyServerErrors(linkForm, d, ['fiscalYear', 'suggestion', 'amount', 'percent', 'note']);
      return;
    }
    message.success(t('结果应用已记录', 'Budget link recorded'));
    setLinkOpen(false);
    linkForm.resetFields();
    reload();
  }

  return (
    <>
      <Card
        title={t('整改', 'Rectifications')}
        style={{ marginBottom: 16 }}
        extra={
          mayRectify && (
            <Button icon={<PlusOutlined />} onClick={() => setRectOpen(true)}>
              {t('下达整改', 'Issue a rectification')}
            </Button>
          )
        }
      >
        {rects.length === 0 && !fetching ? <Empty description={t('暂无整改事项', 'No rectification')} /> : <RectificationTable rows={rects} loading={fetching} onChanged={reload} showSource={false} />}
      </Card>
      <Card
        title={t('结果应用（与下年度预算挂钩）', 'Budget links (next year’s budget)')}
        extra={
          mayLink && (
            <Button icon={<PlusOutlined />} onClick={() => setLinkOpen(true)}>
              {t('新增结果应用', 'Add a budget link')}
            </Button>
          )
        }
      >
        {links.length === 0 && !fetching ? (
          <Empty description={t('尚未应用评价结果', 'No budget link yet')} />
        ) : (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={links}
            columns={[
              { title: t('预算年度', 'Budget year'), dataIndex: 'fiscalYear', width: 100 },
              { title: t('预算建议', 'Suggestion'), dataIndex: 'suggestion', width: 110, render: (v: string) => label('BudgetLinkSuggestion', v) },
              { title: t('金额（万元）', 'Amount (10k yuan)'), dataIndex: 'amount', align: 'right', render: (v: string | null) => <MoneyCell value={v} /> },
              { title: t('比例', 'Percent'), dataIndex: 'percent', align: 'right', render: (v: string | null) => (v ? `${formatDecimal(v, { trim: true })}%` : '—') },
              {
                title: t('其他应用', 'Other uses'),
                key: 'other',
                render: (_, l) => [l.notify && t('通报', 'notice'), l.disclose && t('公开', 'disclosure'), l.accountability && t('问责', 'accountability')].filter(Boolean).join('、') || '—',
              },
              { title: t('说明', 'Note'), dataIndex: 'note', render: (v: string | null) => v ?? '—' },
            ]}
          />
        )}
      </Card>

      <Modal open={rectOpen} title={t('下达整改', 'Issue a rectification')} okText={t('下达', 'Issue')} okButtonProps={{ loading: creatingRect }} cancelText={t('取消', 'Cancel')} onOk={() => rectForm.submit()} onCancel={() => setRectOpen(false)} forceRender>
        {rectError && <ServerErrorAlert error={rectError} onClose={() => setRectError(undefined)} />}
        <Form form={rectForm} layout="vertical" onFinish={addRectification} initialValues={{ departmentID: evaluation.departmentID }}>
          <Form.Item name="problem" label={t('存在问题', 'Problem')} rules={[{ required: true, whitespace: true, message: t('请写明问题', 'Describe the problem') }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name="requiredAction" label={t('整改要求', 'Required action')} rules={[{ required: true, whitespace: true, message: t('请写明整改要求', 'Say what must be done') }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name="deadline" label={t('整改期限（北京时间当日 24 时前）', 'Deadline (end of the day, Beijing time)')} rules={[{ required: true, message: t('请选择整改期限', 'Choose a deadline') }]}>
            <DatePicker style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="departmentID" label={t('责任单位', 'Responsible department')} rules={[{ required: true, message: t('请选择责任单位', 'Choose the responsible department') }]}>
            <DepartmentSelect />
          </Form.Item>
        </Form>
      </Modal>

      <Modal open={linkOpen} title={t('新增结果应用', 'Add a budget link')} okText={t('保存', 'Save')} okButtonProps={{ loading: creatingLink }} cancelText={t('取消', 'Cancel')} onOk={() => linkForm.submit()} onCancel={() => setLinkOpen(false)} forceRender>
        {linkError && <ServerErrorAlert error={linkError} onClose={() => setLinkError(undefined)} />}
        <Form<LinkValues> form={linkForm} layout="vertical" onFinish={addLink} initialValues={{ fiscalYear: evaluation.fiscalYear + 1, suggestion: evaluation.grade === 'POOR' ? 'CUT' : 'KEEP' }}>
          <Space>
            <Form.Item name="fiscalYear" label={t('预算年度', 'Budget year')} rules={[{ required: true, message: t('请填写年度', 'Enter the year') }]}>
              <InputNumber min={2000} max={2100} precision={0} />
            </Form.Item>
            <Form.Item name="suggestion" label={t('预算建议', 'Suggestion')} rules={[{ required: true }]}>
              <Radio.Group optionType="button" options={suggestions} />
            </Form.Item>
          </Space>
          {suggestion !== 'KEEP' && (
            <Space align="start">
              <Form.Item
                name="amount"
                label={t('调整金额（元）', 'Amount (yuan)')}
                dependencies={['percent']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, v?: string) => {
                      if (v?.trim() && parseYuanInput(v) == null) return Promise.reject(new Error(t('金额应为数字，最多两位小数', 'An amount with at most 2 decimals')));
                      if (!v?.trim() && !(getFieldValue('percent') as string | undefined)?.trim()) return Promise.reject(new Error(t('请填写调整金额或比例', 'Enter an amount or a percent')));
                      return Promise.resolve();
                    },
                  }),
                ]}
              >
                <Input style={{ width: 200 }} inputMode="decimal" suffix={t('元', 'yuan')} />
              </Form.Item>
              <Form.Item
                name="percent"
                label={t('调整比例（%）', 'Percent')}
                rules={[
                  {
                    validator: (_, v?: string) =>
                      !v?.trim() || (isDecimal(v) && compareDecimals(v, '0') >= 0 && compareDecimals(v, '100') <= 0) ? Promise.resolve() : Promise.reject(new Error(t('比例应在 0 到 100 之间', 'Between 0 and 100'))),
                  },
                ]}
              >
                <Input style={{ width: 120 }} inputMode="decimal" suffix="%" />
              </Form.Item>
            </Space>
          )}
          <Space>
            <Form.Item name="notify" valuePropName="checked">
              <Checkbox>{t('通报', 'Notice')}</Checkbox>
            </Form.Item>
            <Form.Item name="disclose" valuePropName="checked">
              <Checkbox>{t('公开', 'Disclose')}</Checkbox>
            </Form.Item>
            <Form.Item name="accountability" valuePropName="checked">
              <Checkbox>{t('问责', 'Accountability')}</Checkbox>
            </Form.Item>
          </Space>
          <Form.Item name="note" label={t('说明', 'Note')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
