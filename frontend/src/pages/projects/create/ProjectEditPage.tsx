import { App, Button, Card, Form, Result, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError, type UserFacingError } from '../../../api/describeError';
import { nodeOfType } from '../../../api/nodeOfType';
import { applyServerErrors } from '../../../components/applyServerErrors';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageTitle } from '../../../components/PageTitle';
import { ServerErrorAlert } from '../../../components/ServerErrorAlert';
import { SAVED, useLeaveGuard } from '../../../components/useLeaveGuard';
import { useLocale, useT } from '../../../i18n/locale';
import { ProjectQuery } from '../detail/projectQuery';
import { PROJECT_FORM_FIELDS, ProjectForm, type ProjectFormValues } from './ProjectForm';
import { UpdateProjectMutation } from './updateProjectMutation';

/** 修改项目: the project form filled with the saved project, saved with the lockVersion it was read at (the server's rules decide what may change). */
export default function ProjectEditPage() {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: ProjectQuery, variables: { id } });
  const project = nodeOfType(data?.node, 'Project');
  const [form] = Form.useForm<ProjectFormValues>();
  const [dirty, setDirty] = useState(false);
  const [serverError, setServerError] = useState<{ error: UserFacingError; unmatched: string[] }>();
  const [{ fetching: saving }, updateProject] = useMutation(UpdateProjectMutation);
  useLeaveGuard(dirty);

  useEffect(() => {
    if (!project) return;
    form.setFieldsValue({
      code: project.code,
      name: project.name,
      departmentID: project.department.id,
      fiscalYear: project.fiscalYear,
      endYear: project.endYear ?? null,
      category: project.category,
      sector: project.sector,
      keyProject: project.keyProject,
      publicService: project.publicService,
      description: project.description ?? '',
    });
  }, [project, form]);

  if (fetching && !data) return <Spin size="large" style={{ display: 'block', margin: '15vh auto' }} />;
  if (error) return <ErrorAlert error={error} />;
  if (!project) return <Result status="404" title={t('项目不存在或无权查看', 'The project does not exist or is not visible to you')} />;

  async function submit(v: ProjectFormValues) {
    setServerError(undefined);
    const description = v.description?.trim() ?? '';
    const result = await updateProject({
      id,
      // the version this form was filled from: an edit made since is not overwritten (CONFLICT)
      lockVersion: project!.lockVersion,
      input: {
        code: v.code.trim(),
        name: v.name.trim(),
        departmentID: v.departmentID,
        fiscalYear: v.fiscalYear,
        ...(v.endYear ? { endYear: v.endYear } : { clearEndYear: true }),
        category: v.category,
        sector: v.sector,
        keyProject: v.keyProject ?? false,
        publicService: v.publicService ?? false,
        ...(description ? { description } : { clearDescription: true }),
      },
    });
    if (result.error) {
      const described = describeError(result.error, locale);
      setServerError({ error: described, unmatched: applyServerErrors(form, described, PROJECT_FORM_FIELDS) });
      return;
    }
    setDirty(false);
    message.success(t('项目已保存', 'Project saved'));
    navigate(`/projects/${id}`, { state: SAVED });
  }

  return (
    <>
      <PageTitle title={t(`修改项目：${project.name}`, `Edit project: ${project.name}`)} />
      <Card>
        {serverError && <ServerErrorAlert error={serverError.error} onClose={() => setServerError(undefined)} />}
        <ProjectForm form={form} onFinish={submit} onChange={() => setDirty(true)} />
        <Space>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('保存', 'Save')}
          </Button>
          <Link to={`/projects/${id}`}>{t('取消', 'Cancel')}</Link>
        </Space>
      </Card>
    </>
  );
}
