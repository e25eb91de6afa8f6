import { useQuery } from 'urql';
import { useViewer } from '../../auth/ViewerContext';
import { useT } from '../../i18n/locale';
import { DrillNamesQuery } from '../drilldown/drillQueries';
import type { DrillPath } from '../drilldown/useDrillPath';

/**
 * Names what the cockpit's figures cover: the chosen department or region, or
 * else what the viewer may see (a department user's own department with its
 * units, an agency's commissioned evaluations, or the whole city).
 */
export function useScopeName(path: DrillPath): string {
  const t = useT();
  const { viewer } = useViewer();
  const [{ data }] = useQuery({ query: DrillNamesQuery, variables: { ids: path.dept ? [path.dept] : [] }, pause: !path.dept });
  const withUnits = (name: string) => t(`${name}（含所属单位）`, `${name} (with its units)`);
  if (path.dept) {
    const node = data?.nodes.find((n) => n?.id === path.dept);
    return withUnits(node && 'name' in node ? node.name : '…');
  }
  if (path.region) return path.region;
  if (viewer?.role === 'DEPARTMENT_USER' && viewer.department) return withUnits(viewer.department.name);
  if (viewer?.role === 'EVALUATOR') return t('本机构受托评价的项目', "the projects your agency evaluates");
  return t('全市', 'the whole city');
}
