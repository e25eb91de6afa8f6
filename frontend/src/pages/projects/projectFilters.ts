import type { OrderDirection, ProjectOrderField, ProjectStatus, ProjectWhereInput, Sector, WarningLevel } from '../../gql/graphql';

export type ProjectFilters = {
  fiscalYear?: number;
  departmentId?: string;
  sector?: Sector;
  status?: ProjectStatus;
  warningLevel?: WarningLevel;
  nameContains?: string;
  sortField?: ProjectOrderField;
  sortDirection?: OrderDirection;
};

/** Filters live in the URL (?year=2026&dept=…&sector=…&status=…&q=…&sort=NAME.ASC) so that back and share keep them. */
export function filtersFromSearch(params: URLSearchParams): ProjectFilters {
  const year = Number(params.get('year'));
  const [sortField, sortDirection] = (params.get('sort') ?? '').split('.');
  return {
    fiscalYear: Number.isInteger(year) && year > 0 ? year : undefined,
    departmentId: params.get('dept') ?? undefined,
    sector: (params.get('sector') as Sector | null) ?? undefined,
    status: (params.get('status') as ProjectStatus | null) ?? undefined,
    warningLevel: (params.get('warning') as WarningLevel | null) ?? undefined,
    nameContains: params.get('q') ?? undefined,
    sortField: (sortField as ProjectOrderField) || undefined,
    sortDirection: sortDirection === 'DESC' ? 'DESC' : sortField ? 'ASC' : undefined,
  };
}

export function filtersToSearch(filters: ProjectFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.fiscalYear) params.set('year', String(filters.fiscalYear));
  if (filters.departmentId) params.set('dept', filters.departmentId);
  if (filters.sector) params.set('sector', filters.sector);
  if (filters.status) params.set('status', filters.status);
  if (filters.warningLevel) params.set('warning', filters.warningLevel);
  if (filters.nameContains) params.set('q', filters.nameContains);
  if (filters.sortField) params.set('sort', `${filters.sortField}.${filters.sortDirection ?? 'ASC'}`);
  return params;
}

/**
 * The API's where-input for the filters. A department includes its subordinate
 * units (pass their ids in `departmentSubtree`).
 */
export function projectWhere(filters: ProjectFilters, departmentSubtree: string[] = []): ProjectWhereInput {
  const where: ProjectWhereInput = {};
  if (filters.fiscalYear) where.fiscalYear = filters.fiscalYear;
  if (filters.departmentId) where.departmentIDIn = departmentSubtree.length > 0 ? departmentSubtree : [filters.departmentId];
  if (filters.sector) where.sector = filters.sector;
  if (filters.status) where.status = filters.status;
  if (filters.warningLevel) where.warningLevel = filters.warningLevel;
  const q = filters.nameContains?.trim();
  if (q) where.or = [{ nameContainsFold: q }, { codeContainsFold: q }];
  return where;
}
