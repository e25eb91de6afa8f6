import { Button, Card, Empty, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EnumTag } from '../../../components/EnumTag';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { IndicatorTable } from '../../../components/IndicatorTable';
import { useEnumLabel } from '../../../i18n/useEnumLabel';
import { useT } from '../../../i18n/locale';
import { SubmitTargetButton } from '../../targets/SubmitTargetButton';
import { ProjectTargetsQuery } from './targetsQuery';

export function TargetsTab({ projectId }: { projectId: string }) {
  const t = useT();
  const label = useEnumLabel();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ProjectTargetsQuery, variables: { projectId } });
  const targets = (data?.targets.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  if (error) return <ErrorAlert error={error} />;
  if (!fetching && targets.length === 0) return <Empty description={t('尚未申报绩效目标', 'No performance target declared yet')} />;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {targets.map((target) => (
        <Card
          key={target.id}
          size="small"
          loading={fetching && !data}
          title={
            <Space wrap>
              {t(`${target.fiscalYear} 年度`, `FY ${target.fiscalYear}`)}
              {label('TargetTerm', target.term)}
              <EnumTag enumName="TargetStatus" value={target.status} />
              <Typography.Text type="secondary">{t(`第 ${target.version} 版`, `version ${target.version}`)}</Typography.Text>
            </Space>
          }
          extra={
            <Space>
              <Link to={`/targets/${target.id}`}>{t('详情与审核', 'Details & review')}</Link>
              {target.revisable && (
                <>
                  <Link to={`/targets/${target.id}/edit`}>
                    <Button size="small">{t('修改', 'Revise')}</Button>
                  </Link>
                  <SubmitTargetButton id={target.id} lockVersion={target.lockVersion} onDone={() => refetch({ requestPolicy: 'network-only' })} />
                </>
              )}
            </Space>
          }
        >
          <Typography.Paragraph>
            <Typography.Text strong>{t('总体目标：', 'Overall goal: ')}</Typography.Text>
            {target.goal}
          </Typography.Paragraph>
          <IndicatorTable indicators={(target.indicators.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))} />
        </Card>
      ))}
    </Space>
  );
}
