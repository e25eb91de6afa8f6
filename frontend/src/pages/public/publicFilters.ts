import type { Sector } from '../../gql/graphql';

/** The filters of the public page, named as the arguments of publicResults and publicTargets. */
export type PublicFilters = { fiscalYear: number; sector?: Sector; search?: string; departmentId?: string };

/** The two lists of the public page; the URL's `view` names the one shown. */
export type PublicView = 'results' | 'targets';

/** Reads the view from the URL: results unless it says targets. */
export function publicView(value: string | null): PublicView {
  return value === 'targets' ? 'targets' : 'results';
}

type Department = { id: string; code: string; name: string; sector: Sector };

/** The departments offered for the chosen sector (all when none), the chosen one kept so the picker can still show it. */
export function departmentOptions(departments: readonly Department[], sector: Sector | undefined, chosen: string | undefined) {
  return departments.filter((d) => !sector || d.sector === sector || d.id === chosen).map((d) => ({ value: d.id, label: `${d.code} ${d.name}` }));
}
