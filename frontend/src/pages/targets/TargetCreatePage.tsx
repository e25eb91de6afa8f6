import { Card, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { nodeOfType } from '../../api/nodeOfType';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useT } from '../../i18n/locale';
import { newIndicatorDraft } from './indicatorDraft';
import { ProjectPicker } from './ProjectPicker';
import { TargetProjectQuery } from './targetOperations';
import { TargetEditor } from './TargetEditor';
import { ImportTargetsCard } from '../../documents/ImportTargetsCard';

/** 申报绩效目标: a new target with its indicators, for a project chosen in the URL (?project=…). */
export default function TargetCreatePage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const projectId = params.get('project') ?? '';
  const [{ data, error, fetching }] = useQuery({ query: TargetProjectQuery, variables: { id: projectId }, pause: !projectId });
  const project = nodeOfType(data?.node, 'Project');
  const [initialRows] = useState(() => [newIndicatorDraft('OUTPUT'), newIndicatorDraft('EFFECT'), newIndicatorDraft('SATISFACTION')]);

  if (!projectId) {
    return (
      <>
        <PageTitle title={t('申报绩效目标', 'Declare a performance target')} />
        <Card>
          <Typography.Paragraph>{t('请选择要申报目标的项目：', 'Choose the project the target is for:')}</Typography.Paragraph>
          <ProjectPicker onPick={(id) => setParams({ project: id })} />
        </Card>
        <ImportTargetsCard />
      </>
    );
  }
  return (
    <>
      <PageTitle title={t('申报绩效目标', 'Declare a performance target')} />
      <ErrorAlert error={error} />
      {!project ? (
        <Card loading={fetching}>{!fetching && t('项目不存在或无权查看', 'The project does not exist or is not visible to you')}</Card>
      ) : (
        <TargetEditor key={project.id} project={project} initialValues={{ fiscalYear: project.fiscalYear, term: 'ANNUAL' }} initialRows={initialRows} />
      )}
    </>
  );
}
