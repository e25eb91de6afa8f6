// A preview, in the browser, of the monitoring warnings the server will give
// (domain.md §Monitoring rules). The thresholds are the server's rule set for
// the project's region and year (ruleSetFor, see api/useRuleSet): this only
// tells the clerk early that a corrective action or a deviation reason will be
// needed, and keeps no number of its own.
import type { RuleParams } from '../../api/useRuleSet';
import { cmp, div, frac, mul, parseFraction, sign, type Fraction } from '../../format/fraction';
import type { Comparator, IndicatorProgressLikelihood, QualitativeLevel, WarningLevel } from '../../gql/graphql';

/** The monitoring part of the rule set in force. */
export type Thresholds = Pick<RuleParams, 'warningRedBelow' | 'warningYellowBelow' | 'warningBlueFrom' | 'monthsPerYear'>;

const WORST: WarningLevel[] = ['RED', 'YELLOW', 'BLUE', 'GREEN'];

/** The most serious of several levels (red > yellow > blue > green); null when none. */
export function worstWarning(levels: ReadonlyArray<WarningLevel | null | undefined>): WarningLevel | null {
  for (const level of WORST) if (levels.includes(level)) return level;
  return null;
}

function band(ratio: Fraction, withBlue: boolean, t: Thresholds): WarningLevel {
  if (cmp(ratio, parseFraction(t.warningRedBelow)!) < 0) return 'RED';
  if (cmp(ratio, parseFraction(t.warningYellowBelow)!) < 0) return 'YELLOW';
  if (withBlue && cmp(ratio, parseFraction(t.warningBlueFrom)!) >= 0) return 'BLUE';
  return 'GREEN';
}

/** 序时进度 at the end of month m: m ÷ the rule set's months per year. */
export const timeProgress = (month: number, t: Pick<Thresholds, 'monthsPerYear'>): Fraction => frac(month, t.monthsPerYear);

/** Execution warning: (paid ÷ budget) ÷ time progress. Null without a budget. */
export function executionWarning(paidFen: bigint, budgetFen: bigint, month: number, t: Thresholds): WarningLevel | null {
  if (budgetFen <= 0n || month < 1 || month > t.monthsPerYear) return null;
  return band(div(frac(paidFen * BigInt(t.monthsPerYear)), frac(budgetFen * BigInt(month))), false, t);
}

export type ProgressInput = {
  comparator: Comparator;
  targetValue?: string | null;
  completedToDate?: string;
  completedLevel?: QualitativeLevel;
  likelihood?: IndicatorProgressLikelihood;
};

/** Indicator warning at the end of month m; null while nothing is entered to judge by. */
export function indicatorWarning(p: ProgressInput, month: number, t: Thresholds): WarningLevel | null {
  if (p.likelihood === 'IMPOSSIBLE') return 'RED';
  if (p.comparator === 'QUALITATIVE') {
    if (!p.completedLevel) return null;
    return p.completedLevel === 'ACHIEVED' ? 'GREEN' : p.completedLevel === 'PARTLY_ACHIEVED' ? 'YELLOW' : 'RED';
  }
  const target = parseFraction(p.targetValue);
  const done = parseFraction(p.completedToDate);
  if (!target || !done || month < 1 || month > t.monthsPerYear) return null;
  const reverse = p.comparator === 'LT' || p.comparator === 'LTE';
  if (sign(target) <= 0) {
    const met = reverse ? cmp(done, target) <= 0 : p.comparator === 'EQ' ? cmp(done, target) === 0 : cmp(done, target) >= 0;
    return met ? 'GREEN' : 'RED';
  }
  const due = mul(target, timeProgress(month, t));
  if (reverse) {
    if (sign(done) <= 0) return 'BLUE';
    return band(div(due, done), true, t);
  }
  if (sign(done) <= 0) return 'RED';
  return band(div(done, due), true, t);
}
