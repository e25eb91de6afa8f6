import type { DepartmentStatsOrder, DepartmentStatsOrderField, DepartmentStatsWhereInput, Sector } from '../../gql/graphql';
import type { Translate } from '../../i18n/locale';

// The comparison's state in the URL (?region=&sector=&q=&sort=), turned into
// what the server is asked: where the three requests filter, and how the
// table is ordered and ranked.

/** The table's sortable columns (their keys) and what the server orders them by. Region and sector are filters, not orderings. */
export const SORT_FIELDS = {
  name: 'NAME',
  projectCount: 'PROJECT_COUNT',
  budget: 'BUDGET',
  paid: 'PAID',
  executionRate: 'EXECUTION_RATE',
  indicatorCompletionRate: 'INDICATOR_COMPLETION_RATE',
  averageScore: 'AVERAGE_SCORE',
  grades: 'EXCELLENT_COUNT',
  redWarnings: 'RED_WARNINGS',
} as const satisfies Record<string, DepartmentStatsOrderField>;

export type SortKey = keyof typeof SORT_FIELDS;
export type SortOrder = 'ascend' | 'descend';
export type ComparisonSort = { key: SortKey; order: SortOrder };

/** Without ?sort: average score, highest first (the ranking). */
export const DEFAULT_SORT: ComparisonSort = { key: 'averageScore', order: 'descend' };

/** A column's first click: names A→Z, figures highest first. */
export const firstOrder = (key: SortKey): SortOrder => (key === 'name' ? 'ascend' : 'descend');

/** Whether a value names a sortable column. */
export const isSortKey = (k: unknown): k is SortKey => typeof k === 'string' && Object.prototype.hasOwnProperty.call(SORT_FIELDS, k);

/** ?sort=executionRate.ascend → the sort; anything unknown or absent is the default. */
export function parseSort(param: string | null): ComparisonSort {
  const [key, order] = (param ?? '').split('.');
  return isSortKey(key) && (order === 'ascend' || order === 'descend') ? { key, order } : DEFAULT_SORT;
}

/** The ?sort value of a sort; undefined for the default (left out of the URL). */
export function sortParam(sort: ComparisonSort): string | undefined {
  return sort.key === DEFAULT_SORT.key && sort.order === DEFAULT_SORT.order ? undefined : `${sort.key}.${sort.order}`;
}

/** The server's ordering (and ranking) for a sort. */
export function orderOf(sort: ComparisonSort): DepartmentStatsOrder {
  return { field: SORT_FIELDS[sort.key], direction: sort.order === 'ascend' ? 'ASC' : 'DESC' };
}

/** What a sort orders by, in words: 「平均得分」, 「执行率，从低到高」. */
export function sortLabel(sort: ComparisonSort, t: Translate): string {
  const labels: Record<SortKey, string> = {
    name: t('名称', 'name'),
    projectCount: t('项目数', 'projects'),
    budget: t('预算', 'budget'),
    paid: t('已支出', 'paid'),
    executionRate: t('执行率', 'execution rate'),
    indicatorCompletionRate: t('指标完成率', 'indicators done'),
    averageScore: t('平均得分', 'average score'),
    grades: t('评价为优的项目数', 'projects rated excellent'),
    redWarnings: t('红色预警项目数', 'red-warning projects'),
  };
  if (sort.order === firstOrder(sort.key)) return labels[sort.key];
  return sort.key === 'name' ? t(`${labels.name}，倒序`, `${labels.name}, reversed`) : t(`${labels[sort.key]}，从低到高`, `${labels[sort.key]}, lowest first`);
}

/**
 * The rank column's title: ranks are the server's, in the table's ordering
 * (ties share a rank), and among the departments the filters (region,
 * sector) leave, which the title says; a name search only finds rows, their
 * ranks unchanged.
 */
export function rankTitle(sort: ComparisonSort, t: Translate, filtered = false): string {
  const by = sortLabel(sort, t);
  return filtered ? t(`名次（按${by}，筛选范围内）`, `Rank (by ${by}, within the filter)`) : t(`名次（按${by}）`, `Rank (by ${by})`);
}

/** The filters of the table, the bars and the chart; null when there is none. */
export function comparisonWhere(filters: { region?: string; sector?: Sector }): DepartmentStatsWhereInput | null {
  const where: DepartmentStatsWhereInput = {};
  if (filters.region) where.region = filters.region;
  if (filters.sector) where.sector = filters.sector;
  return Object.keys(where).length > 0 ? where : null;
}

/** The table's name search (departmentStats' search: it finds rows, keeping their ranks); null when empty. */
export const comparisonSearch = (q: string | undefined): string | null => q?.trim() || null;
