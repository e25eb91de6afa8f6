import { describe, expect, it } from 'vitest';
import { compareGapRows, gapSortParam, parseGapSort, type GapRow } from './gapSort';

const row = (rank: number, gap: string, selfAverage = '90', projectCount = 1) =>
  ({ rank, gap, selfAverage, financeAverage: '80', projectCount, flagged: false, department: { id: `d${rank}`, name: `d${rank}`, region: '市本级' }, projects: [] }) as GapRow;

describe('gap table sort in the URL', () => {
  it('round-trips a column and direction, and keeps the default out of the URL', () => {
    expect(parseGapSort('selfAverage.descend')).toEqual({ key: 'selfAverage', order: 'descend' });
    expect(gapSortParam({ key: 'selfAverage', order: 'descend' })).toBe('selfAverage.descend');
    expect(gapSortParam(parseGapSort(null))).toBeNull();
  });

  it.each([null, '', 'gap', 'gap.sideways', 'name.ascend'])('falls back to the server ranking for %j', (text) => {
    expect(parseGapSort(text)).toEqual({ key: 'rank', order: 'ascend' });
  });

  it('compares decimals exactly (not as text) and ties by rank', () => {
    const rows = [row(1, '15.06'), row(2, '9.5'), row(3, '-2.10'), row(4, '9.50')];
    expect([...rows].sort((a, b) => compareGapRows('gap', a, b)).map((r) => r.rank)).toEqual([3, 2, 4, 1]);
  });
});
