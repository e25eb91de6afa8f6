// A preview, in the browser, of the monitoring warnings the server will give
// (domain.md §Monitoring rules, national default thresholds). The server's
// rule set for the region and year decides; this only tells the clerk early
// that a corrective action or a deviation reason will be needed.
import { cmp, div, frac, mul, parseFraction, sign, type Fraction } from '../../format/fraction';
import type { Comparator, IndicatorProgressLikelihood, QualitativeLevel, WarningLevel } from '../../gql/graphql';

export type Thresholds = { redBelow: string; yellowBelow: string; blueFrom: string };
export const NATIONAL_THRESHOLDS: Thresholds = { redBelow: '0.6', yellowBelow: '0.8', blueFrom: '1.2' };

const WORST: WarningLevel[] = ['RED', 'YELLOW', 'BLUE', 'GREEN'];

/** The most serious of several levels (red > yellow > blue > green); null when none. */
export function worstWarning(levels: ReadonlyArray<WarningLevel | null | undefined>): WarningLevel | null {
  for (const level of WORST) if (levels.includes(level)) return level;
  return null;
}

function band(ratio: Fraction, withBlue: boolean, t: Thresholds): WarningLevel {
  if (cmp(ratio, parseFraction(t.redBelow)!) < 0) return 'RED';
  if (cmp(ratio, parseFraction(t.yellowBelow)!) < 0) return 'YELLOW';
  if (withBlue && cmp(ratio, parseFraction(t.blueFrom)!) >= 0) return 'BLUE';
  return 'GREEN';
}

/** 序时进度 at the end of month m: m / 12. */
export const timeProgress = (month: number): Fraction => frac(month, 12);

/** Execution warning: (paid ÷ budget) ÷ (m ÷ 12). Null without a budget. */
export function executionWarning(paidFen: bigint, budgetFen: bigint, month: number, t: Thresholds = NATIONAL_THRESHOLDS): WarningLevel | null {
  if (budgetFen <= 0n || month < 1 || month > 12) return null;
  return band(div(frac(paidFen * 12n), frac(budgetFen * BigInt(month))), false, t);
}

export type ProgressInput = {
  comparator: Comparator;
  targetValue?: string | null;
  completedToDate?: string;
  completedLevel?: QualitativeLevel;
  likelihood?: IndicatorProgressLikelihood;
};

/** Indicator warning at the end of month m; null while nothing is entered to judge by. */
export function indicatorWarning(p: ProgressInput, month: number, t: Thresholds = NATIONAL_THRESHOLDS): WarningLevel | null {
  if (p.likelihood === 'IMPOSSIBLE') return 'RED';
  if (p.comparator === 'QUALITATIVE') {
    if (!p.completedLevel) return null;
    return p.completedLevel === 'ACHIEVED' ? 'GREEN' : p.completedLevel === 'PARTLY_ACHIEVED' ? 'YELLOW' : 'RED';
  }
  const target = parseFraction(p.targetValue);
  const done = parseFraction(p.completedToDate);
  if (!target || !done || month < 1 || month > 12) return null;
  const reverse = p.comparator === 'LT' || p.comparator === 'LTE';
  if (sign(target) <= 0) {
    const met = reverse ? cmp(done, target) <= 0 : p.comparator === 'EQ' ? cmp(done, target) === 0 : cmp(done, target) >= 0;
    return met ? 'GREEN' : 'RED';
  }
  const due = mul(target, frac(month, 12));
  if (reverse) {
    if (sign(done) <= 0) return 'BLUE';
    return band(div(due, done), true, t);
  }
  if (sign(done) <= 0) return 'RED';
  return band(div(done, due), true, t);
}
