// @vitest-environment node
// The SPA keeps no copy of a monitoring or grading threshold: it reads them
// from ruleSetFor or the server's computed fields. This scans every
// hand-written source under src/ (scripts/rule-literals.mjs; `node
// scripts/rule-literals.mjs` lists the findings).
import { describe, expect, it } from 'vitest';
import { actionCopiesIn, actionPages, scanActionPages } from '../scripts/action-copies.mjs';
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
    ["export const APPROVING_GRADES: Grade[] = ['EXCELLENT', 'GOOD'];", 'a list of the approving grades'],
    ["extra={t('50 万元及以上的项目须申报绩效目标', 'Projects of 500,000 yuan or more must declare targets')}", 'the key-project threshold'],
    ["t('自评覆盖率（50万元及以上项目）', 'Self-evaluation coverage (projects ≥ 500k yuan)')", 'the key-project threshold'],
  ])('finds %s', (source, name) => {
    expect(names(source)).toContain(name);
  });

  it.each([
    "{ title: t('计量单位', 'Unit'), dataIndex: 'unit', width: 90 }",
    "<Input style={{ width: 80 }} />",
    "radius: '90%',",
    "bands: '0.9:1, 0.8:0.8, 0.6:0.5', // a scheme draft's editable example",
    'const x = Math.round(r.executionRate * 1000) / 10;',
    "const grades: Grade[] = ['EXCELLENT', 'GOOD', 'FAIR', 'POOR'];",
  ])('leaves layout and examples alone: %s', (source) => {
    expect(names(source)).toEqual([]);
  });
});

// The buttons on target, evaluation and rectification pages come from the
// server's viewerActions (workflow/actions.go, the function the mutations
// use): these pages keep no copy of which status or role allows an action
// (scripts/action-copies.mjs).
describe('action and creation rules in the pages and the layout', () => {
  it('appear in no hand-written source', () => {
    expect(actionPages().length).toBeGreaterThan(20);
    expect(scanActionPages()).toEqual([]);
  });

  // The shapes the copies took before viewerActions: each is found.
  it.each([
    ["{isFinance(viewer) && target.status === 'SUBMITTED' && (", 'a status compared with a workflow status'],
    ["if (viewerMayScore && evaluation.status === 'IN_PROGRESS') {", 'a status compared with a workflow status'],
    ["{r.status !== 'DONE' && (", 'a status compared with a workflow status'],
    ["const open = evaluation.status === 'PLANNED' || evaluation.status === 'IN_PROGRESS';", 'a status compared with a workflow status'],
    ["if (isFinance && evaluation.status === 'PUBLISHED') {", 'a status compared with a workflow status'],
    ["const SCORING_ROLES = ['FINANCE_ADMIN', 'FINANCE_REVIEWER', 'DEPARTMENT_USER', 'EVALUATOR'];", 'a list of roles that may act'],
    ['const mayReview = isFinance(viewer) && row.status;', 'a role check beside a status'],
    // Creation rights and role gates copied before viewerCreateActions.
    ["const mayCreate = viewer != null && ['FINANCE_ADMIN', 'FINANCE_REVIEWER', 'DEPARTMENT_USER'].includes(viewer.role);", 'a list of roles checked against the viewer'],
    ["{viewer?.role === 'FINANCE_ADMIN' && <CalendarEditor region={region} />}", 'a role compared with a role'],
    ["const department = viewer?.role === 'DEPARTMENT_USER';", 'a role compared with a role'],
    ['const add = isDepartmentSide(viewer) && (', 'a role helper deciding what may be done'],
    ['canEdit(viewer) && (', 'a role helper deciding what may be done'],
    ["const open = ev && (ev.status === 'PLANNED' || ev.status === 'IN_PROGRESS');", 'a status compared with a workflow status'],
  ])('finds %s', (source, name) => {
    expect(actionCopiesIn(source).map((f) => f.name)).toContain(name);
  });

  it.each([
    "{may('SUBMIT') && <SubmitTargetButton size=\"middle\" id={target.id} lockVersion={target.lockVersion} onDone={reload} />}",
    "<EnumTag enumName=\"TargetStatus\" value={target.status} />",
    "const editable = evaluation.viewerActions.includes('SCORE');",
    "{creatable.includes('CALENDAR') && <CalendarEditor region={region} />}",
    '{saved && <Alert type="success" showIcon title={saved} role="status" />}',
  ])('leaves the server-driven forms alone: %s', (source) => {
    expect(actionCopiesIn(source)).toEqual([]);
  });
});
