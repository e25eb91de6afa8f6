import { compareDecimals } from '../../format/decimal';
import type { SelfFinanceGapsQuery } from '../../gql/graphql';

export type GapRow = SelfFinanceGapsQuery['selfFinanceGaps'][number];

export const gapSortKeys = ['rank', 'projectCount', 'selfAverage', 'financeAverage', 'gap'] as const;
export type GapSortKey = (typeof gapSortKeys)[number];
export type GapSort = { key: GapSortKey; order: 'ascend' | 'descend' };

/** The server's ranking (mean gap, largest first): the order when the URL names none. */
export const defaultGapSort: GapSort = { key: 'rank', order: 'ascend' };

/** Reads ?gapSort=selfAverage.descend; anything unknown falls back to the server's ranking. */
export function parseGapSort(text: string | null): GapSort {
  const [key, order] = (text ?? '').split('.');
  if (!(gapSortKeys as readonly string[]).includes(key) || (order !== 'ascend' && order !== 'descend')) return defaultGapSort;
  return { key: key as GapSortKey, order };
}

/** The URL's value for a sort, or null for the default (kept out of the URL). */
export function gapSortParam(sort: GapSort): string | null {
  return sort.key === defaultGapSort.key && sort.order === defaultGapSort.order ? null : `${sort.key}.${sort.order}`;
}

/** Compares two rows on one column, ascending; decimals exactly, ties by the server's rank. */
export function compareGapRows(key: GapSortKey, a: GapRow, b: GapRow): number {
  const byKey = key === 'rank' || key === 'projectCount' ? a[key] - b[key] : compareDecimals(a[key], b[key]);
  return byKey !== 0 ? byKey : a.rank - b.rank;
}
