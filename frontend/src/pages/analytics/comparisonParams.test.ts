// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { comparisonMetrics, type BarNode } from './comparisonMetrics';
import { comparisonSearch, comparisonWhere, DEFAULT_SORT, orderOf, parseSort, rankTitle, SORT_FIELDS, sortParam } from './comparisonParams';
import { rankingBars } from './RankingBars';

const zh = (z: string) => z;
const en = (_z: string, e: string) => e;

describe('the comparison table\'s sort in the URL', () => {
  it('defaults to the average score, highest first, left out of the URL', () => {
    expect(parseSort(null)).toEqual({ key: 'averageScore', order: 'descend' });
    expect(sortParam(DEFAULT_SORT)).toBeUndefined();
    expect(orderOf(DEFAULT_SORT)).toEqual({ field: 'AVERAGE_SCORE', direction: 'DESC' });
  });

  it('reads and writes column.order, and anything else is the default', () => {
    expect(parseSort('executionRate.ascend')).toEqual({ key: 'executionRate', order: 'ascend' });
    expect(sortParam({ key: 'executionRate', order: 'ascend' })).toBe('executionRate.ascend');
    expect(sortParam({ key: 'averageScore', order: 'ascend' })).toBe('averageScore.ascend');
    for (const junk of ['', 'region.ascend', 'sector.descend', 'rank.ascend', 'name', 'name.up', 'toString.ascend', '__proto__.descend']) expect(parseSort(junk)).toEqual(DEFAULT_SORT);
  });

  it('maps every sortable column to the server\'s ordering; the grades column to the excellent count', () => {
    expect(SORT_FIELDS).toEqual({
      name: 'NAME',
      projectCount: 'PROJECT_COUNT',
      budget: 'BUDGET',
      paid: 'PAID',
      executionRate: 'EXECUTION_RATE',
      indicatorCompletionRate: 'INDICATOR_COMPLETION_RATE',
      averageScore: 'AVERAGE_SCORE',
      grades: 'EXCELLENT_COUNT',
      redWarnings: 'RED_WARNINGS',
    });
    expect(orderOf({ key: 'name', order: 'ascend' })).toEqual({ field: 'NAME', direction: 'ASC' });
    expect(orderOf({ key: 'grades', order: 'descend' })).toEqual({ field: 'EXCELLENT_COUNT', direction: 'DESC' });
  });

  it('titles the rank column with the ordering it ranks by', () => {
    expect(rankTitle(DEFAULT_SORT, zh)).toBe('名次（按平均得分）');
    expect(rankTitle(DEFAULT_SORT, en)).toBe('Rank (by average score)');
    expect(rankTitle({ key: 'executionRate', order: 'ascend' }, zh)).toBe('名次（按执行率，从低到高）');
    expect(rankTitle({ key: 'executionRate', order: 'ascend' }, en)).toBe('Rank (by execution rate, lowest first)');
    expect(rankTitle({ key: 'name', order: 'ascend' }, zh)).toBe('名次（按名称）');
    expect(rankTitle({ key: 'name', order: 'descend' }, en)).toBe('Rank (by name, reversed)');
    // Filtered, the ranks are among the departments left.
    expect(rankTitle(DEFAULT_SORT, zh, true)).toBe('名次（按平均得分，筛选范围内）');
    expect(rankTitle(DEFAULT_SORT, en, true)).toBe('Rank (by average score, within the filter)');
  });
});

describe('the comparison\'s filters', () => {
  it('go to the server as where: region and sector', () => {
    expect(comparisonWhere({})).toBeNull();
    expect(comparisonWhere({ region: '靖边县', sector: 'EDUCATION' })).toEqual({ region: '靖边县', sector: 'EDUCATION' });
    expect(comparisonWhere({ sector: 'HEALTH' })).toEqual({ sector: 'HEALTH' });
  });

  it('the name search is a trimmed search, not a filter', () => {
    expect(comparisonSearch(undefined)).toBeNull();
    expect(comparisonSearch('  ')).toBeNull();
    expect(comparisonSearch(' 教育 ')).toBe('教育');
  });
});

describe('the ranking bars', () => {
  const node = (id: string, averageScore: string | null, excellent = 0): BarNode => ({
    department: { id, name: `部门${id}`, region: '市本级' },
    averageScore,
    executionRate: 0.5,
    indicatorCompletionRate: 0.7,
    budget: '1234567.89',
    projectCount: 3,
    gradeCounts: { excellent },
    redWarnings: 0,
  });
  const metric = (key: string) => comparisonMetrics(zh).find((m) => m.key === key)!;

  it('keep the server\'s order and drop the departments without a value', () => {
    const bars = rankingBars([node('a', '95.5'), node('b', null), node('c', '88')], metric('averageScore'));
    expect(bars.map((b) => [b.departmentId, b.value])).toEqual([
      ['a', 95.5],
      ['c', 88],
    ]);
    expect(bars[0]).toMatchObject({ name: '部门a', region: '市本级' });
  });

  it('read the metric the server ordered by', () => {
    expect(rankingBars([node('a', null, 4)], metric('excellentCount')).map((b) => b.value)).toEqual([4]);
    expect(rankingBars([node('a', null)], metric('budget')).map((b) => b.value)).toEqual([123.456789]);
    expect(comparisonMetrics(zh).map((m) => [m.key, m.field])).toEqual([
      ['averageScore', 'AVERAGE_SCORE'],
      ['executionRate', 'EXECUTION_RATE'],
      ['indicatorCompletionRate', 'INDICATOR_COMPLETION_RATE'],
      ['budget', 'BUDGET'],
      ['projectCount', 'PROJECT_COUNT'],
      ['excellentCount', 'EXCELLENT_COUNT'],
      ['redWarnings', 'RED_WARNINGS'],
    ]);
  });
});
