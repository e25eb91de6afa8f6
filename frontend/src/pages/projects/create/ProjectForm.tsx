import { Checkbox, Form, Input, InputNumber, Select, type FormInstance } from 'antd';
import { useRuleSetInForce } from '../../../api/useRuleSet';
import { DepartmentSelect } from '../../../components/DepartmentSelect';
import { currentFiscalYear } from '../../../format/date';
import { formatWanShort, formatYuanShort } from '../../../format/money';
import type { ProjectCategory, Sector } from '../../../gql/graphql';
import { useEnumOptions } from '../../../i18n/useEnumLabel';
import { useT } from '../../../i18n/locale';

export type ProjectFormValues = {
  code: string;
  name: string;
  departmentID: string;
  fiscalYear: number;
  endYear?: number | null;
  category: ProjectCategory;
  sector: Sector;
  keyProject?: boolean;
  publicService?: boolean;
  description?: string;
};

export const PROJECT_FORM_FIELDS = ['code', 'name', 'departmentID', 'fiscalYear', 'endYear', 'category', 'sector', 'keyProject', 'publicService', 'description'] as const;

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/;

/** The fields of a project, with the checks made before anything is sent. */
export function ProjectForm({ form, onFinish, onChange }: { form: FormInstance<ProjectFormValues>; onFinish: (v: ProjectFormValues) => void; onChange: () => void }) {
  const t = useT();
  const categories = useEnumOptions('ProjectCategory');
  const sectors = useEnumOptions('Sector');
  const required = (what: string, whatEn: string) => ({ required: true, message: t(`请填写${what}`, `Please enter the ${whatEn}`) });
  // The key-project threshold of the year in force, as the server applies it (ruleSetFor).
  const fiscalYear = Form.useWatch('fiscalYear', form);
  const threshold = useRuleSetInForce(null, fiscalYear ?? currentFiscalYear())?.keyProjectThreshold;
  const keyHint = threshold
    ? t(`${formatWanShort(threshold)} 万元及以上的项目须申报绩效目标`, `Projects of ${formatYuanShort(threshold)} yuan or more must declare targets`)
    : t('达到重点项目金额线的项目须申报绩效目标', 'Projects at the key-project threshold or above must declare targets');
  return (
    <Form<ProjectFormValues> form={form} layout="vertical" onFinish={onFinish} onValuesChange={onChange} scrollToFirstError initialValues={{ fiscalYear: currentFiscalYear(), keyProject: false, publicService: false }} style={{ maxWidth: 720 }}>
      <Form.Item
        name="code"
        label={t('项目编码', 'Project code')}
        extra={t('字母、数字、短横线或下划线，2–40 位', 'Letters, digits, - or _, 2–40 characters')}
        rules={[required('项目编码', 'project code'), { pattern: CODE_PATTERN, message: t('项目编码只能包含字母、数字、短横线和下划线（2–40 位）', 'Use 2–40 letters, digits, - or _') }]}
      >
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="name" label={t('项目名称', 'Project name')} rules={[required('项目名称', 'project name'), { max: 100, message: t('项目名称不超过 100 字', 'At most 100 characters') }]}>
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item name="departmentID" label={t('主管部门/单位', 'Department')} rules={[{ required: true, message: t('请选择部门/单位', 'Please choose the department') }]}>
        <DepartmentSelect allowClear={false} />
      </Form.Item>
      <Form.Item label={t('实施年度', 'Years')} required style={{ marginBottom: 0 }}>
        <Form.Item name="fiscalYear" rules={[{ required: true, message: t('请填写起始年度', 'Please enter the first year') }]} style={{ display: 'inline-block', width: 160 }}>
          <InputNumber min={2000} max={2100} precision={0} placeholder={t('起始年度', 'First year')} style={{ width: 150 }} />
        </Form.Item>
        <span style={{ display: 'inline-block', width: 24, lineHeight: '32px', textAlign: 'center' }}>–</span>
        <Form.Item
          name="endYear"
          dependencies={['fiscalYear']}
          style={{ display: 'inline-block', width: 200 }}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: number | null | undefined) =>
                value == null || value >= getFieldValue('fiscalYear')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('结束年度不能早于起始年度', 'The last year cannot be before the first'))),
            }),
          ]}
        >
          <InputNumber min={2000} max={2100} precision={0} placeholder={t('结束年度（跨年度项目）', 'Last year (multi-year)')} style={{ width: 190 }} />
        </Form.Item>
      </Form.Item>
      <Form.Item name="category" label={t('项目类别', 'Category')} rules={[{ required: true, message: t('请选择项目类别', 'Please choose the category') }]}>
        <Select options={categories} />
      </Form.Item>
      <Form.Item name="sector" label={t('政策领域', 'Policy area')} rules={[{ required: true, message: t('请选择政策领域', 'Please choose the policy area') }]}>
        <Select options={sectors} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item name="keyProject" valuePropName="checked" extra={keyHint}>
        <Checkbox>{t('重点项目', 'Key project')}</Checkbox>
      </Form.Item>
      <Form.Item name="publicService" valuePropName="checked" extra={t('公共服务类项目须设置满意度指标', 'Public-service projects need a satisfaction indicator')}>
        <Checkbox>{t('公共服务项目', 'Public-service project')}</Checkbox>
      </Form.Item>
      <Form.Item name="description" label={t('项目概述', 'Description')}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </Form>
  );
}
