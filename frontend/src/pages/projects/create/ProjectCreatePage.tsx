import { App, Button, Card, Form, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { describeError, type UserFacingError } from '../../../api/describeError';
import { applyServerErrors } from '../../../components/applyServerErrors';
import { PageTitle } from '../../../components/PageTitle';
import { ServerErrorAlert } from '../../../components/ServerErrorAlert';
import { SAVED, useLeaveGuard } from '../../../components/useLeaveGuard';
import { currentFiscalYear } from '../../../format/date';
import { useLocale, useT } from '../../../i18n/locale';
import { CreateProjectMutation } from './createProjectMutation';
import { PROJECT_FORM_FIELDS, ProjectForm, type ProjectFormValues } from './ProjectForm';

export default function ProjectCreatePage() {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ProjectFormValues>();
  const [dirty, setDirty] = useState(false);
  const [serverError, setServerError] = useState<{ error: UserFacingError; unmatched: string[] }>();
  const [{ fetching }, createProject] = useMutation(CreateProjectMutation);
  useLeaveGuard(dirty);

  async function submit(values: ProjectFormValues) {
    setServerError(undefined);
    const result = await createProject({
      input: {
        code: values.code.trim(),
        name: values.name.trim(),
        departmentID: values.departmentID,
        fiscalYear: values.fiscalYear,
        endYear: values.endYear ?? null,
        category: values.category,
        sector: values.sector,
        keyProject: values.keyProject ?? false,
        publicService: values.publicService ?? false,
        description: values.description?.trim() || null,
      },
    });
    if (result.error) {
      const described = describeError(result.error, locale);
      setServerError({ error: described, unmatched: applyServerErrors(form, described, PROJECT_FORM_FIELDS) });
      return;
    }
    setDirty(false);
    message.success(t('项目已创建', 'Project created'));
    navigate(`/projects/${result.data!.createProject.id}`, { state: SAVED });
  }

  return (
    <>
      <PageTitle title={t('新建项目', 'New project')} />
      <Card>
        {serverError && <ServerErrorAlert error={serverError.error} onClose={() => setServerError(undefined)} />}
        <ProjectForm form={form} onFinish={submit} onChange={() => setDirty(true)} />
        <Space>
          <Button type="primary" loading={fetching} onClick={() => form.submit()}>
            {t('保存', 'Save')}
          </Button>
          <Popconfirm
            title={t('清空已填写的内容？', 'Clear everything you entered?')}
            okText={t('清空', 'Clear')}
            okButtonProps={{ danger: true }}
            cancelText={t('取消', 'Cancel')}
            onConfirm={() => {
              form.resetFields();
              form.setFieldsValue({ fiscalYear: currentFiscalYear() });
              setDirty(false);
              setServerError(undefined);
            }}
          >
            <Button>{t('清空', 'Clear')}</Button>
          </Popconfirm>
        </Space>
      </Card>
    </>
  );
}
