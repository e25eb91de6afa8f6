import { Link } from 'react-router';
import { Breadcrumb, Card } from 'antd';
import { useQuery } from 'urql';
import { useT } from '../../i18n/locale';
import { DepartmentLevel } from './DepartmentLevel';
import { DrillNamesQuery } from './drillQueries';
import { IndicatorLevel } from './IndicatorLevel';
import { MonitoringHistoryLevel } from './MonitoringHistoryLevel';
import { ProjectLevel } from './ProjectLevel';
import { RegionLevel } from './RegionLevel';
import { useDrillPath } from './useDrillPath';

/** Drill-down: region → department → project → indicator → monitoring history, with a breadcrumb back up; choosingYear holds the regions' figures back until the year is known (the start-up script asked for that year's). */
export function DrillDownPanel({ fiscalYear, choosingYear = false }: { fiscalYear: number; choosingYear?: boolean }) {
  const t = useT();
  const { path, go, hrefFor } = useDrillPath();
  const ids = [path.dept, path.project, path.indicator].filter((x): x is string => !!x);
  const [{ data }] = useQuery({ query: DrillNamesQuery, variables: { ids }, pause: ids.length === 0 });
  const nameOf = (id?: string) => {
    const node = data?.nodes.find((n) => n?.id === id);
    return node && 'name' in node ? node.name : '…';
  };
  const crumbs = [
    { key: 'all', title: <Link to={hrefFor(null)}>{t('全部区域', 'All regions')}</Link> },
    path.region && { key: 'region', title: <Link to={hrefFor('region', path.region)}>{path.region}</Link> },
    path.dept && { key: 'dept', title: <Link to={hrefFor('dept', path.dept)}>{nameOf(path.dept)}</Link> },
    path.project && { key: 'project', title: <Link to={hrefFor('project', path.project)}>{nameOf(path.project)}</Link> },
    path.indicator && { key: 'indicator', title: <span>{nameOf(path.indicator)}</span> },
  ].filter((c): c is { key: string; title: React.ReactElement } => !!c);

  let level: React.ReactNode;
  if (path.indicator) level = <MonitoringHistoryLevel indicatorId={path.indicator} />;
  else if (path.project) level = <IndicatorLevel projectId={path.project} onPick={(id) => go('indicator', id)} />;
  else if (path.dept) level = <ProjectLevel departmentId={path.dept} fiscalYear={fiscalYear} onPick={(id) => go('project', id)} />;
  else if (path.region) level = <DepartmentLevel region={path.region} fiscalYear={fiscalYear} onPick={(id) => go('dept', id)} />;
  else level = <RegionLevel fiscalYear={fiscalYear} pause={choosingYear} onPick={(region) => go('region', region)} />;

  return (
    <Card title={t('逐级查看', 'Drill down')} data-testid="drilldown">
      <Breadcrumb items={crumbs} style={{ marginBottom: 12 }} aria-label={t('钻取路径', 'Drill-down path')} />
      {level}
    </Card>
  );
}
