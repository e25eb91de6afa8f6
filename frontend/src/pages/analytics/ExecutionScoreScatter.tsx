import { Empty } from 'antd';
import type { RuleParams } from '../../api/useRuleSet';
import { LazyEChart } from '../../charts/LazyEChart';
import { type Translate, useT } from '../../i18n/locale';
import type { DepartmentStatsRow } from './useDepartmentStats';

/**
 * The dashed reference lines, from the rule set in force (ruleSetFor): the
 * execution rate below which monitoring warns yellow, and the score from
 * which the grade is 优. Without a rule set (still loading) no line is drawn:
 * the SPA keeps no copy of either number.
 */
export function referenceLines(rules: RuleParams | undefined, t: Translate) {
  if (!rules) return [];
  const percent = (x: string) => Math.round(Number(x) * 1000) / 10;
  return [
    { xAxis: percent(rules.warningYellowBelow), name: t('执行率黄色预警线', 'yellow warning below') },
    { yAxis: Number(rules.gradeExcellent), name: t('“优”等级分数线', 'grade excellent from') },
  ];
}

/** Execution rate (x) against average score (y), one point per department: spots "high scores with low spending". */
export function ExecutionScoreScatter({ rows, rules }: { rows: DepartmentStatsRow[]; rules: RuleParams | undefined }) {
  const t = useT();
  const points = rows
    .filter((r) => r.averageScore != null)
    .map((r) => ({ name: r.name, value: [Math.round(r.executionRate * 1000) / 10, Number(r.averageScore)] }));
  if (points.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('尚无已评分的部门', 'No department has been scored yet')} />;
  const option = {
    tooltip: { formatter: (p: { name: string; value: number[] }) => `${p.name}<br/>${t('执行率', 'Execution')} ${p.value[0]}% · ${t('平均分', 'Score')} ${p.value[1]}` },
    grid: { left: 48, right: 24, top: 24, bottom: 40 },
    xAxis: { type: 'value', name: t('执行率 %', 'Execution %'), min: 0, max: (v: { max: number }) => Math.max(100, Math.ceil(v.max / 10) * 10) },
    yAxis: { type: 'value', name: t('平均得分', 'Avg score'), min: 0, max: 100 },
    series: [{ type: 'scatter', symbolSize: 12, data: points, markLine: { silent: true, data: referenceLines(rules, t), lineStyle: { type: 'dashed' } } }],
  };
  return <LazyEChart option={option} height={300} ariaLabel={t('执行率与得分散点图', 'Execution rate vs score')} />;
}
