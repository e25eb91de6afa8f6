import { Form, Input, InputNumber, Select, type FormInstance } from 'antd';
import type { TargetTerm } from '../../gql/graphql';
import { useEnumOptions } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';

export type TargetFormValues = { fiscalYear: number; term: TargetTerm; goal: string };

/** Year, term and overall goal of a target. */
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
    </Form>
  );
}
