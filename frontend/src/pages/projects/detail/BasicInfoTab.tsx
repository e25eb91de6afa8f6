import { Descriptions } from 'antd';
import { EnumTag } from '../../../components/EnumTag';
import { formatDate, formatDateTime } from '../../../format/date';
import type { ProjectQuery } from '../../../gql/graphql';
import { useEnumLabel } from '../../../i18n/useEnumLabel';
import { useT } from '../../../i18n/locale';

type Project = Extract<NonNullable<ProjectQuery['node']>, { __typename: 'Project' }>;

export function BasicInfoTab({ project }: { project: Project }) {
  const t = useT();
  const label = useEnumLabel();
  const assessment = project.assessments.edges?.[0]?.node;
  const yesNo = (v: boolean) => (v ? t('是', 'yes') : t('否', 'no'));
  return (
    <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle">
      <Descriptions.Item label={t('项目编码', 'Code')}>{project.code}</Descriptions.Item>
      <Descriptions.Item label={t('项目名称', 'Name')}>{project.name}</Descriptions.Item>
      <Descriptions.Item label={t('部门/单位', 'Department')}>{project.department.name}</Descriptions.Item>
      <Descriptions.Item label={t('区域', 'Region')}>{project.department.region}</Descriptions.Item>
      <Descriptions.Item label={t('年度', 'Fiscal year')}>
        {project.endYear && project.endYear !== project.fiscalYear ? `${project.fiscalYear}–${project.endYear}（${t('跨年度', 'multi-year')}）` : project.fiscalYear}
      </Descriptions.Item>
      <Descriptions.Item label={t('项目类别', 'Category')}>{label('ProjectCategory', project.category)}</Descriptions.Item>
      <Descriptions.Item label={t('政策领域', 'Policy area')}>{label('Sector', project.sector)}</Descriptions.Item>
      <Descriptions.Item label={t('状态', 'Status')}>
        <EnumTag enumName="ProjectStatus" value={project.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('重点项目', 'Key project')}>{yesNo(project.keyProject)}</Descriptions.Item>
      <Descriptions.Item label={t('公共服务项目', 'Public service')}>{yesNo(project.publicService)}</Descriptions.Item>
      <Descriptions.Item label={t('事前绩效评估', 'Ex-ante assessment')}>
        {assessment ? `${label('AssessmentConclusion', assessment.conclusion)}（${formatDate(assessment.assessedAt)}）` : t('未评估', 'none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('最近修改', 'Last changed')}>{formatDateTime(project.updatedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('项目概述', 'Description')} span={2}>
        {project.description || '—'}
      </Descriptions.Item>
    </Descriptions>
  );
}
