import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Result, Space, Spin, Tabs } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useViewer } from '../../../auth/ViewerContext';
import { EnumTag } from '../../../components/EnumTag';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageTitle } from '../../../components/PageTitle';
import { useT } from '../../../i18n/locale';
import { nodeOfType } from '../../../api/nodeOfType';
import { BasicInfoTab } from './BasicInfoTab';
import { EvaluationsTab } from './EvaluationsTab';
import { FundingTab } from './FundingTab';
import { MonitoringTab } from './MonitoringTab';
import { ProjectQuery } from './projectQuery';
import { RectificationsTab } from './RectificationsTab';
import { TargetsTab } from './TargetsTab';

const TABS = ['basic', 'funding', 'targets', 'monitoring', 'evaluations', 'rectifications'] as const;
type TabKey = (typeof TABS)[number];

export default function ProjectDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { creatable } = useViewer();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const tab: TabKey = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as TabKey) : 'basic';
  const [{ data, fetching, error }] = useQuery({ query: ProjectQuery, variables: { id } });
  const project = nodeOfType(data?.node, 'Project');

  if (fetching && !data) return <Spin size="large" style={{ display: 'block', margin: '15vh auto' }} />;
  if (error) return <ErrorAlert error={error} />;
  if (!project) return <Result status="404" title={t('项目不存在或无权查看', 'The project does not exist or is not visible to you')} />;

  return (
    <>
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to="/projects">{t('项目', 'Projects')}</Link> }, { title: project.code }]} />
      <PageTitle
        documentTitle={project.name}
        title={
          <Space>
            {project.name}
            <EnumTag enumName="ProjectStatus" value={project.status} />
          </Space>
        }
        extra={
          <>
            {project.viewerCanEdit && (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => navigate(`/projects/${project.id}/edit`)}>
                {t('修改项目', 'Edit project')}
              </Button>
            )}
            {creatable.includes('TARGET') && (
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => navigate(`/targets/new?project=${project.id}`)}>
                {t('申报绩效目标', 'Declare a target')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          destroyOnHidden
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={[
            { key: 'basic', label: t('基本信息', 'Basics'), children: <BasicInfoTab project={project} /> },
            { key: 'funding', label: t('资金', 'Funding'), children: <FundingTab projectId={project.id} fiscalYear={project.fiscalYear} /> },
            { key: 'targets', label: t('目标与指标', 'Targets & indicators'), children: <TargetsTab projectId={project.id} /> },
            { key: 'monitoring', label: t('监控', 'Monitoring'), children: <MonitoringTab projectId={project.id} /> },
            { key: 'evaluations', label: t('评价', 'Evaluations'), children: <EvaluationsTab projectId={project.id} fiscalYear={project.fiscalYear} departmentId={project.department.id} /> },
            { key: 'rectifications', label: t('整改', 'Rectifications'), children: <RectificationsTab projectId={project.id} /> },
          ]}
        />
      </Card>
    </>
  );
}
