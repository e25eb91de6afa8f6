import { Empty, Skeleton } from 'antd';
import type { RuleParams } from '../../api/useRuleSet';
import { LazyEChart } from '../../charts/LazyEChart';
import type { ExecutionScoreGridQuery } from '../../gql/graphql';
import { type Translate, useT } from '../../i18n/locale';

export type ExecutionScoreGrid = ExecutionScoreGridQuery['executionScoreGrid'];
export type ExecutionScoreCell = ExecutionScoreGrid['cells'][number];

/**
 * The dashed reference lines, from the rule set in force (ruleSetFor): the
 * execution rate below which monitoring warns yellow, and the score from
 * which the grade is 优. Without a rule set (still loading) no line is drawn:
 * the SPA keeps no copy of either number.
 */
export function referenceLines(rules: RuleParams | undefined, t: Translate) {
  if (!rules) return [];
  return [
    { xAxis: percent(Number(rules.warningYellowBelow)), name: t('执行率黄色预警线', 'yellow warning below') },
    { yAxis: Number(rules.gradeExcellent), name: t('“优”等级分数线', 'grade excellent from') },
  ];
}

/** A share as a percentage, to 0.1 (0.65 → 65, not 65.00000000000001). */
const percent = (share: number) => Math.round(share * 1000) / 10;

/** The bubbles' diameters in pixels: the fullest cell gets the largest, a cell of one department still a visible dot. */
export const BUBBLE_MIN = 8;
export const BUBBLE_MAX = 32;

/** A cell's bubble: its area grows with its count (diameter with the square root), relative to the fullest cell. */
export function bubbleSize(count: number, fullest: number): number {
  const size = BUBBLE_MAX * Math.sqrt(count / Math.max(fullest, 1));
  return Math.round(Math.min(BUBBLE_MAX, Math.max(BUBBLE_MIN, size)));
}

/** The cell in words, e.g. 「执行率 35%–40% · 平均得分 85–90 · 12 个部门」 (the tooltip). */
export function cellText(cell: ExecutionScoreCell, t: Translate): string {
  const x = `${percent(cell.executionRateFrom)}–${percent(cell.executionRateTo)}`;
  const y = `${cell.scoreFrom}–${cell.scoreTo}`;
  const n = cell.departmentCount;
  return t(`执行率 ${percent(cell.executionRateFrom)}%–${percent(cell.executionRateTo)}% · 平均得分 ${y} · ${n} 个部门`, `Execution ${x} % · score ${y} · ${n} ${n === 1 ? 'department' : 'departments'}`);
}

/** Bubbles at least this wide carry their count as a label. */
const LABELLED_FROM = 18;

/** An axis' lower end: a multiple of 10 below every value (cells and reference lines: a line never lies on the axis), not below 0. */
const lowerEnd = (values: number[]) => (values.length === 0 ? 0 : Math.max(0, Math.floor((Math.min(...values) - 1) / 10) * 10));

/**
 * The chart's option: one bubble per counted cell at the cell's centre
 * (x: execution rate in %, y: average score), sized by its count, with the
 * rule set's reference lines. The count is the point's third value. The axes
 * start at the tens below the lowest cell or line (departments gather near
 * full execution and high scores) and reach at least 100.
 */
export function executionScoreOption(grid: ExecutionScoreGrid, rules: RuleParams | undefined, t: Translate) {
  const lines = referenceLines(rules, t);
  const fullest = Math.max(1, ...grid.cells.map((c) => c.departmentCount));
  const widest = Math.max(0, ...grid.cells.map((c) => percent(c.executionRateTo)));
  const points = grid.cells.map((c) => {
    const size = bubbleSize(c.departmentCount, fullest);
    return {
      name: cellText(c, t),
      value: [percent((c.executionRateFrom + c.executionRateTo) / 2), (c.scoreFrom + c.scoreTo) / 2, c.departmentCount],
      symbolSize: size,
      label: { show: size >= LABELLED_FROM },
    };
  });
  const xMin = lowerEnd([...grid.cells.map((c) => percent(c.executionRateFrom)), ...lines.flatMap((l) => (l.xAxis == null ? [] : [l.xAxis]))]);
  const yMin = lowerEnd([...grid.cells.map((c) => c.scoreFrom), ...lines.flatMap((l) => (l.yAxis == null ? [] : [l.yAxis]))]);
  return {
    tooltip: { formatter: (p: { name: string }) => p.name },
    grid: { left: 48, right: 32, top: 32, bottom: 48 },
    xAxis: { type: 'value', name: t('执行率 %', 'Execution %'), nameLocation: 'middle', nameGap: 28, min: xMin, max: Math.max(100, Math.ceil(widest / 10) * 10) },
    yAxis: { type: 'value', name: t('平均得分', 'Avg score'), min: yMin, max: 100 },
    series: [
      {
        type: 'scatter',
        name: t('部门数', 'Departments'),
        data: points,
        itemStyle: { opacity: 0.7, borderColor: '#fff', borderWidth: 1 },
        label: { position: 'inside', fontSize: 10, color: '#fff', formatter: (p: { value: number[] }) => String(p.value[2]) },
        markLine: { silent: true, symbol: 'none', data: lines, lineStyle: { type: 'dashed' } },
      },
    ],
  };
}

/** Execution rate (x) against average score (y), the departments counted per cell by the server: spots "high scores with low spending". */
export function ExecutionScoreScatter({ grid, rules }: { grid: ExecutionScoreGrid | undefined; rules: RuleParams | undefined }) {
  const t = useT();
  if (!grid) return <Skeleton.Node active style={{ width: '100%', height: 300 }} />;
  if (grid.cells.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('尚无已评分的部门', 'No department has been scored yet')} />;
  return <LazyEChart option={executionScoreOption(grid, rules, t)} height={300} ariaLabel={t('执行率与得分分布图（气泡大小为部门数）', 'Execution rate vs score (bubble size: departments)')} />;
}
