// @vitest-environment node
// The SPA keeps no copy of a monitoring or grading threshold: it reads them
// from ruleSetFor or the server's computed fields. This scans every
// hand-written source under src/ (scripts/rule-literals.mjs; `node
// scripts/rule-literals.mjs` lists the findings).
import { describe, expect, it } from 'vitest';
import { findRuleLiterals, handWrittenSources, scanSources } from '../scripts/rule-literals.mjs';

const names = (source: string) => findRuleLiterals(source).map((f) => f.name);

describe('rule numbers in the SPA', () => {
  it('appear in no hand-written source', () => {
    expect(handWrittenSources().length).toBeGreaterThan(50);
    expect(scanSources()).toEqual([]);
  });

  // The shapes copies took before they moved to the server (monitoringRules.ts,
  // validateIndicators.ts, scoringSheet.ts, ExecutionScoreScatter.tsx): each is found.
  it.each([
    ["export const NATIONAL_THRESHOLDS: Thresholds = { redBelow: '0.6', yellowBelow: '0.8', blueFrom: '1.2' };", 'a rule-named constant'],
    ["const points = options.points ?? '90';", 'a rule number as a fallback'],
    ['if (ratio < 0.6) return "RED";', 'a warning threshold as a number'],
    ['const grade = score >= 90 ? "EXCELLENT" : "GOOD";', 'a comparison with a grade band'],
    ["t('执行率低于 80% 为黄色预警', 'below 80 % is yellow')", 'a warning threshold as a percentage'],
    ["t('90 分及以上为优', '90 or more is excellent')", 'a grade band in points'],
    ["markLine: { data: [{ xAxis: 80 }, { yAxis: 90 }] }", 'a chart reference line at a rule number'],
  ])('finds %s', (source, name) => {
    expect(names(source)).toContain(name);
  });

  it.each([
    "{ title: t('计量单位', 'Unit'), dataIndex: 'unit', width: 90 }",
    "<Input style={{ width: 80 }} />",
    "radius: '90%',",
    "bands: '0.9:1, 0.8:0.8, 0.6:0.5', // a scheme draft's editable example",
    'const x = Math.round(r.executionRate * 1000) / 10;',
  ])('leaves layout and examples alone: %s', (source) => {
    expect(names(source)).toEqual([]);
  });
});
