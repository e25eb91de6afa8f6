import { Alert, App, Button, Card, Form, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError, type UserFacingError } from '../../api/describeError';
import { useViewer } from '../../auth/ViewerContext';
import { applyServerErrors } from '../../components/applyServerErrors';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { PageTitle } from '../../components/PageTitle';
import { ServerErrorAlert } from '../../components/ServerErrorAlert';
import { SAVED, useLeaveGuard } from '../../components/useLeaveGuard';
import { currentFiscalYear } from '../../format/date';
import type { EvaluationKind } from '../../gql/graphql';
import { useEnumOptions } from '../../i18n/useEnumLabel';
import { useLocale, useT } from '../../i18n/locale';
import { ProjectPicker } from '../targets/ProjectPicker';
import { AgenciesQuery, CreateEvaluationFromTemplateMutation } from './evaluationOperations';

type Values = { kind: EvaluationKind; fiscalYear: number; departmentID: string; projectID?: string; agencyID?: string; scheme?: string; wide?: boolean };

const FIELDS = ['kind', 'fiscalYear', 'departmentID', 'projectID', 'agencyID', 'scheme'];

/** 新建评价: an evaluation with the score items of its scheme template (createEvaluationFromTemplate). */
export default function NewEvaluationPage() {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { viewer, creatable } = useViewer();
  // The kinds the server lets the viewer create: a department only its own self-evaluations.
  const selfOnly = !creatable.includes('EVALUATION');
  const allKinds = useEnumOptions('EvaluationKind');
  const kinds = selfOnly ? allKinds.filter((k) => k.value === 'SELF') : allKinds;
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const departmentID = Form.useWatch('departmentID', form);
  const scheme = Form.useWatch('scheme', form);
  const [serverError, setServerError] = useState<UserFacingError>();
  const [dirty, setDirty] = useState(false);
  const [{ fetching }, create] = useMutation(CreateEvaluationFromTemplateMutation);
  const [{ data: agencies }] = useQuery({ query: AgenciesQuery, pause: kind !== 'THIRD_PARTY' });
  useLeaveGuard(dirty);
  const needsProject = kind === 'SELF' || scheme === 'PROJECT_KEY';

  async function submit(values: Values) {
    setServerError(undefined);
    const result = await create({
      input: {
        kind: values.kind,
        fiscalYear: values.fiscalYear,
        departmentID: values.departmentID,
        projectID: values.projectID ?? null,
        agencyID: values.kind === 'THIRD_PARTY' ? values.agencyID ?? null : null,
        scheme: values.scheme || null,
      },
    });
    if (result.error || !result.data) {
      const d = describeError(result.error!, locale);
      setServerError(d);
      applyServerErrors(form, d, FIELDS);
      return;
    }
    setDirty(false);
    message.success(t('评价已创建，请开始打分', 'Evaluation created: start scoring'));
    navigate(`/evaluations/${result.data!.createEvaluationFromTemplate.id}`, { state: SAVED });
  }

  return (
    <>
      <PageTitle title={t('新建绩效评价', 'New evaluation')} />
      <Card>
        {serverError && <ServerErrorAlert error={serverError} onClose={() => setServerError(undefined)} />}
        {selfOnly && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('部门用户可发起本单位项目的单位自评；评分项按已批复的绩效目标生成。', 'Department users start self-evaluations of their projects; the items come from the approved target.')} />}
        <Form<Values>
          form={form}
          layout="vertical"
          style={{ maxWidth: 640 }}
          onFinish={submit}
          onValuesChange={() => setDirty(true)}
          initialValues={{
            kind: (params.get('kind') as EvaluationKind | null) ?? 'SELF',
            fiscalYear: Number(params.get('year')) || currentFiscalYear() - 1,
            departmentID: params.get('dept') ?? viewer?.department?.id,
            projectID: params.get('project') ?? undefined,
          }}
        >
          <Form.Item name="kind" label={t('评价类型', 'Kind')} rules={[{ required: true, message: t('请选择评价类型', 'Choose the kind') }]}>
            <Select options={kinds} style={{ width: 220 }} aria-label={t('评价类型', 'Kind')} />
          </Form.Item>
          <Form.Item name="fiscalYear" label={t('评价年度', 'Fiscal year')} rules={[{ required: true, message: t('请填写年度', 'Enter the year') }]}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: 150 }} aria-label={t('评价年度', 'Fiscal year')} />
          </Form.Item>
          <Form.Item name="departmentID" label={t('被评价部门/单位', 'Department evaluated')} rules={[{ required: true, message: t('请选择部门/单位', 'Choose the department') }]}>
            <DepartmentSelect onChange={() => form.setFieldValue('projectID', undefined)} />
          </Form.Item>
          {kind !== 'SELF' && (
            <Form.Item name="scheme" label={t('评分方案', 'Scheme')}>
              <Select
                allowClear
                style={{ width: 320 }}
                placeholder={t('按评价类型自动选择', 'Chosen by kind')}
                options={[
                  { value: 'PROJECT_KEY', label: t('项目支出评价（决策、过程、产出、效益）', 'Project (decision, process, output, effect)') },
                  { value: 'DEPARTMENT_WIDE', label: t('部门整体支出评价', 'Department-wide') },
                ]}
              />
            </Form.Item>
          )}
          {scheme !== 'DEPARTMENT_WIDE' && (
            <Form.Item name="projectID" label={t('项目', 'Project')} rules={[{ required: needsProject, message: t('请选择项目', 'Choose the project') }]}>
              <ProjectPicker width={520} where={departmentID ? [{ departmentID }] : undefined} />
            </Form.Item>
          )}
          {kind === 'THIRD_PARTY' && (
            <Form.Item name="agencyID" label={t('第三方机构', 'Agency')} rules={[{ required: true, message: t('请选择第三方机构', 'Choose the agency') }]}>
              <Select style={{ width: 320 }} options={(agencies?.agencies.edges ?? []).flatMap((e) => (e?.node ? [{ value: e.node.id, label: e.node.name }] : []))} />
            </Form.Item>
          )}
          <Space>
            <Button type="primary" htmlType="submit" loading={fetching}>
              {t('创建并开始打分', 'Create and start scoring')}
            </Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
