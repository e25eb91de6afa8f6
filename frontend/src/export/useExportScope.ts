import { useViewer } from '../auth/ViewerContext';
import { useT } from '../i18n/locale';

/**
 * "统计范围：…" for an export's title row: the department or region the
 * export is narrowed to, else what the viewer may see at all (a department
 * user's own department with its units, an agency's commissioned
 * evaluations, the whole city) — so a sheet passed on says whose figures it holds.
 */
export function useExportScope(): (narrowedTo?: { department?: string; region?: string }) => string {
  const t = useT();
  const { viewer } = useViewer();
  return (narrowedTo = {}) => {
    const withUnits = (name: string) => t(`${name}（含所属单位）`, `${name} (with its units)`);
    const scope = narrowedTo.department
      ? withUnits(narrowedTo.department)
      : narrowedTo.region
        ? narrowedTo.region
        : viewer?.role === 'DEPARTMENT_USER' && viewer.department
          ? withUnits(viewer.department.name)
          : viewer?.role === 'EVALUATOR'
            ? t('本机构受托评价的项目', 'the projects your agency evaluates')
            : t('全市', 'the whole city');
    return t(`统计范围：${scope}`, `Scope: ${scope}`);
  };
}
