import { formatPercent } from '../../format/decimal';
import { formatWan, formatWanShort, formatYuanShort, toFen } from '../../format/money';
import type { CoverageFiguresFragment } from '../../gql/graphql';

type T = (zh: string, en: string) => string;

export type Trend = 'up' | 'down' | 'same';

/** One line of the coverage card: a share this year and last, and how it moved. */
export type CoverageRow = {
  key: 'target' | 'self' | 'key';
  label: string;
  /** The share as a percentage, "—" when there is nothing to cover. */
  share: string;
  /** What the share is made of: 万元 of 万元, or projects of projects. */
  detail: string;
  previousShare: string;
  /** null when either year has nothing to cover. */
  trend: { direction: Trend; points: string; text: string } | null;
};

const isZeroMoney = (m: string) => toFen(m) === 0n;

/** The share in percent to 1 place, or null when the base is empty (no budget, no project due). */
function shareOf(c: CoverageFiguresFragment | undefined, key: CoverageRow['key']): number | null {
  if (!c) return null;
  if (key === 'self') return c.selfEvaluationDueCount === 0 ? null : c.selfEvaluationShare;
  if (isZeroMoney(c.totalBudget)) return null;
  return key === 'target' ? c.targetBudgetShare : c.keyEvaluationBudgetShare;
}

function trendOf(now: number | null, before: number | null, t: T): CoverageRow['trend'] {
  if (now == null || before == null) return null;
  // Compared as shown (percent to 1 place), so that "67.0% vs 67.0%" never reads as a rise.
  const tenths = Math.round(now * 1000) - Math.round(before * 1000);
  const points = (Math.abs(tenths) / 10).toFixed(1);
  if (tenths > 0) return { direction: 'up', points, text: t(`较上年上升 ${points} 个百分点`, `up ${points} points on last year`) };
  if (tenths < 0) return { direction: 'down', points, text: t(`较上年下降 ${points} 个百分点`, `down ${points} points on last year`) };
  return { direction: 'same', points, text: t('与上年持平', 'same as last year') };
}

/**
 * The three coverage figures of the Yulin report for a scope — target
 * coverage and key-evaluation coverage by budget, self-evaluation coverage by
 * count of the projects due (the server decides which are due) — with last
 * year's share beside each.
 */
export function coverageRows(current: CoverageFiguresFragment, previous: CoverageFiguresFragment | undefined, t: T): CoverageRow[] {
  const wan = t('万元', '10k yuan');
  const make = (key: CoverageRow['key'], label: string, detail: string): CoverageRow => {
    const now = shareOf(current, key);
    const before = shareOf(previous, key);
    return { key, label, share: formatPercent(now), detail, previousShare: formatPercent(before), trend: trendOf(now, before, t) };
  };
  return [
    make('target', t('目标覆盖率（按预算）', 'Target coverage (by budget)'), `${formatWan(current.targetBudget)} / ${formatWan(current.totalBudget)} ${wan}`),
    make(
      'self',
      t(`自评覆盖率（${formatWanShort(current.selfEvaluationThreshold)}万元及以上项目）`, `Self-evaluation coverage (projects ≥ ${formatYuanShort(current.selfEvaluationThreshold)} yuan)`),
      t(`${current.selfEvaluatedCount} / ${current.selfEvaluationDueCount} 个项目`, `${current.selfEvaluatedCount} of ${current.selfEvaluationDueCount} projects`),
    ),
    make('key', t('重点评价覆盖率（按预算）', 'Key-evaluation coverage (by budget)'), `${formatWan(current.keyEvaluationBudget)} / ${formatWan(current.totalBudget)} ${wan}`),
  ];
}
