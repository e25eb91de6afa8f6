// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chartTable } from '../../charts/chartTable';
import { testRuleSet } from '../../test/ruleSet';
import { BUBBLE_MAX, BUBBLE_MIN, bubbleSize, cellText, executionScoreOption, referenceLines, type ExecutionScoreCell, type ExecutionScoreGrid } from './ExecutionScoreScatter';

const zh = (z: string) => z;
const en = (_z: string, e: string) => e;

const cell = (from: number, scoreFrom: number, departmentCount: number): ExecutionScoreCell => ({
  executionRateFrom: from,
  executionRateTo: from + 0.05,
  scoreFrom,
  scoreTo: scoreFrom + 5,
  departmentCount,
});

// As the server answers: 0.05 wide, 5 points high, floats as they come (0.6 + 0.05).
const grid: ExecutionScoreGrid = {
  executionRateStep: 0.05,
  scoreStep: 5,
  departmentCount: 29,
  cells: [cell(0.6, 75, 1), cell(0.95, 95, 16), cell(1, 95, 4), cell(0.35, 40, 8)],
};

type Point = { name: string; value: number[]; symbolSize: number; label: { show: boolean } };
const optionOf = (g: ExecutionScoreGrid, rules = testRuleSet, t = zh) => {
  const option = executionScoreOption(g, rules, t);
  return { option, points: option.series[0].data as Point[] };
};

describe('ExecutionScoreScatter reference lines', () => {
  it('come from the rule set in force', () => {
    expect(referenceLines(testRuleSet, zh).map(({ xAxis, yAxis }) => ({ xAxis, yAxis }))).toEqual([
      { xAxis: 80, yAxis: undefined },
      { xAxis: undefined, yAxis: 90 },
    ]);
    // A region with other thresholds moves the lines.
    const regional = { ...testRuleSet, warningYellowBelow: '0.75', gradeExcellent: '92.5' };
    expect(referenceLines(regional, zh).map(({ xAxis, yAxis }) => xAxis ?? yAxis)).toEqual([75, 92.5]);
  });

  it('are not drawn before the rule set is known', () => {
    expect(referenceLines(undefined, zh)).toEqual([]);
  });

  it('are the chart series\' dashed mark lines, and move with the rules', () => {
    const line = (rules: typeof testRuleSet | undefined) => executionScoreOption(grid, rules, zh).series[0].markLine;
    expect(line(testRuleSet).lineStyle).toEqual({ type: 'dashed' });
    expect(line(testRuleSet).data.map(({ xAxis, yAxis }) => xAxis ?? yAxis)).toEqual([80, 90]);
    expect(line({ ...testRuleSet, warningYellowBelow: '0.7' }).data.map(({ xAxis, yAxis }) => xAxis ?? yAxis)).toEqual([70, 90]);
    expect(line(undefined).data).toEqual([]);
  });
});

describe('ExecutionScoreScatter cells', () => {
  it('puts each counted cell at its centre: execution rate in %, score in points, the count as third value', () => {
    const { points } = optionOf(grid);
    expect(points.map((p) => p.value)).toEqual([
      [62.5, 77.5, 1],
      [97.5, 97.5, 16],
      [102.5, 97.5, 4],
      [37.5, 42.5, 8],
    ]);
  });

  it('sizes a bubble by the square root of its count, the fullest cell largest, one department still visible', () => {
    const { points } = optionOf(grid);
    const sizes = points.map((p) => p.symbolSize);
    expect(sizes[1]).toBe(BUBBLE_MAX); // 16, the fullest
    expect(sizes[3]).toBe(Math.round(BUBBLE_MAX * Math.sqrt(8 / 16))); // half the count: 1/√2 the diameter
    expect(sizes[2]).toBe(BUBBLE_MAX / 2); // a quarter of the count: half the diameter
    expect(sizes[0]).toBe(BUBBLE_MIN); // √(1/16) × max = 8, not less than the minimum
    expect(bubbleSize(1, 10_000)).toBe(BUBBLE_MIN);
    expect(bubbleSize(3, 3)).toBe(BUBBLE_MAX);
    // Growing counts never shrink a bubble.
    const grown = [1, 2, 5, 10, 50, 100].map((n) => bubbleSize(n, 100));
    expect(grown).toEqual([...grown].sort((a, b) => a - b));
  });

  it('says the cell and its count in the tooltip, in both languages', () => {
    expect(cellText(cell(0.6, 85, 12), zh)).toBe('执行率 60%–65% · 平均得分 85–90 · 12 个部门');
    expect(cellText(cell(0.6, 85, 12), en)).toBe('Execution 60–65 % · score 85–90 · 12 departments');
    expect(cellText(cell(0.95, 95, 1), en)).toBe('Execution 95–100 % · score 95–100 · 1 department');
    const { option, points } = optionOf(grid);
    expect(option.tooltip.formatter(points[0])).toBe('执行率 60%–65% · 平均得分 75–80 · 1 个部门');
  });

  it('starts the axes at the tens below the lowest cell or reference line, and ends them at 100 or past the widest cell', () => {
    // Cells from 35 % and 40 points: the axes start at 30 and 30 (below, so that nothing lies on an axis).
    expect(optionOf(grid).option.xAxis).toMatchObject({ min: 30, max: 110 });
    expect(optionOf(grid).option.yAxis).toMatchObject({ min: 30, max: 100 });
    // High cells only: the reference lines (80 %, 90 points) stay in sight, off the axes.
    const high = { ...grid, cells: [cell(0.95, 95, 3)] };
    expect(optionOf(high).option.xAxis).toMatchObject({ min: 70, max: 100 });
    expect(optionOf(high).option.yAxis).toMatchObject({ min: 80, max: 100 });
    // Without the rules yet, the cells alone.
    expect(executionScoreOption(high, undefined, zh).xAxis).toMatchObject({ min: 90, max: 100 });
    expect(optionOf({ ...grid, cells: [cell(0, 0, 1)] }).option.xAxis).toMatchObject({ min: 0, max: 100 });
  });

  it('labels the larger bubbles with their count', () => {
    const { option, points } = optionOf(grid);
    expect(points.map((p) => p.label.show)).toEqual([false, true, false, true]); // 16 and 8 departments (32 and 23 px), not 4 (16 px) or 1
    expect(option.series[0].label.formatter(points[1])).toBe('16');
  });

  it('gives the data table (the chart\'s text alternative) one row per cell, in words', () => {
    const table = chartTable(executionScoreOption(grid, testRuleSet, en), { category: 'Item', value: 'Value', series: 'Series' });
    expect(table.rows).toHaveLength(4);
    expect(table.rows[1][0]).toBe('Execution 95–100 % · score 95–100 · 16 departments');
  });
});
