import { Form, Input, InputNumber, Select, type FormInstance } from 'antd';
import { parseYuanInput } from '../../format/money';
import type { TargetTerm } from '../../gql/graphql';
import { useEnumOptions } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';

/** requestedAmount is the text typed, in 元; parseYuanInput turns it into the API's Money string. */
export type TargetFormValues = { fiscalYear: number; term: TargetTerm; goal: string; requestedAmount?: string };

/** Year, term, overall goal and the amount requested with the target (申请金额, 三同步). */
export function TargetFields({ form, disabled, onChange, initialValues }: { form: FormInstance<TargetFormValues>; disabled: boolean; onChange: () => void; initialValues: Partial<TargetFormValues> }) {
  const t = useT();
  const terms = useEnumOptions('TargetTerm');
  return (
    <Form<TargetFormValues> form={form} layout="vertical" disabled={disabled} onValuesChange={onChange} initialValues={initialValues} style={{ maxWidth: 720 }}>
      <Form.Item label={t('年度与期限', 'Year and term')} required style={{ marginBottom: 0 }}>
        <Form.Item name="fiscalYear" rules={[{ required: true, message: t('请填写年度', 'Enter the fiscal year') }]} style={{ display: 'inline-block', width: 160 }}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 150 }} aria-label={t('年度', 'Fiscal year')} />
        </Form.Item>
        <Form.Item name="term" rules={[{ required: true }]} style={{ display: 'inline-block', width: 160 }}>
          <Select options={terms} aria-label={t('目标期限', 'Term')} />
        </Form.Item>
      </Form.Item>
      <Form.Item
        name="goal"
        label={t('总体目标', 'Overall goal')}
        rules={[
          { required: true, whitespace: true, message: t('请填写总体目标', 'Enter the overall goal') },
          { max: 2000, message: t('总体目标不超过 2000 字', 'At most 2000 characters') },
        ]}
      >
        <Input.TextArea rows={3} showCount maxLength={2000} placeholder={t('概括说明预期产出和效果，做到清晰、量化、可行、易考核', 'Expected outputs and effects: clear, measurable, feasible')} />
      </Form.Item>
      <Form.Item
        name="requestedAmount"
        label={t('申请金额（元）', 'Amount requested (yuan)')}
        extra={t('随绩效目标一并申报的预算金额（三同步）；审核时与已安排预算核对。', 'The budget requested with the target (三同步); the review compares it with the allocations.')}
        rules={[
          {
            validator: (_, v?: string) => {
              if (!v?.trim()) return Promise.resolve();
              const money = parseYuanInput(v);
              if (money == null) return Promise.reject(new Error(t('金额应为数字，最多两位小数', 'An amount with at most 2 decimals')));
              if (money.startsWith('-')) return Promise.reject(new Error(t('申请金额不能为负', 'The requested amount cannot be negative')));
              return Promise.resolve();
            },
          },
        ]}
      >
        <Input style={{ width: 240 }} inputMode="decimal" suffix={t('元', 'yuan')} />
      </Form.Item>
    </Form>
  );
}
