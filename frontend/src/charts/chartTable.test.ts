// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chartTable } from './chartTable';

const labels = { category: '项目', value: '数值', series: '系列' };

describe('chartTable', () => {
  it('gives one row per category and one column per series', () => {
    const t = chartTable(
      { xAxis: { type: 'category', data: ['1月', '2月'] }, yAxis: { type: 'value' }, series: [{ name: '累计支出', data: [1.234, 5] }, { name: '序时进度', data: [2, 4] }] },
      labels,
    );
    expect(t).toEqual({ columns: ['项目', '累计支出', '序时进度'], rows: [['1月', 1.23, 2], ['2月', 5, 4]] });
  });

  it('lists horizontal bars top first, as they are seen', () => {
    const t = chartTable({ xAxis: { type: 'value' }, yAxis: { type: 'category', data: ['乙', '甲'] }, series: [{ type: 'bar', data: [80, 95] }] }, labels);
    expect(t.rows).toEqual([['甲', 95], ['乙', 80]]);
    expect(t.columns).toEqual(['项目', '数值']);
  });

  it('names each value of a pie or gauge', () => {
    const t = chartTable({ series: [{ type: 'pie', data: [{ name: '优', value: 3 }, { name: '良', value: 0 }] }] }, labels);
    expect(t.rows).toEqual([['优', 3], ['良', 0]]);
  });

  it('shows a missing value as a dash, not as 0', () => {
    const t = chartTable({ xAxis: { type: 'category', data: ['A'] }, series: [{ data: [null] }] }, labels);
    expect(t.rows).toEqual([['A', '—']]);
  });
});
