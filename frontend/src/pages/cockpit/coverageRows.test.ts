import { describe, expect, it } from 'vitest';
import type { CoverageFiguresFragment } from '../../gql/graphql';
import { coverageRows } from './coverageRows';

const zh = (z: string) => z;
const figures = (over: Partial<CoverageFiguresFragment> = {}): CoverageFiguresFragment => ({
  totalBudget: '12900000.00',
  targetBudget: '8643000.00',
  targetBudgetShare: 0.67,
  selfEvaluationThreshold: '500000.00',
  selfEvaluationDueCount: 8,
  selfEvaluatedCount: 6,
  selfEvaluationShare: 0.75,
  keyEvaluationBudget: '1290000.00',
  keyEvaluationBudgetShare: 0.1,
  ...over,
});

describe('coverageRows', () => {
  it('names the threshold the server applied, not a copy of it', () => {
    expect(coverageRows(figures({ selfEvaluationThreshold: '300000.00' }), undefined, zh)[1].label).toBe('自评覆盖率（30万元及以上项目）');
    expect(coverageRows(figures(), undefined, zh)[1].label).toBe('自评覆盖率（50万元及以上项目）');
  });

  it('shows each share in percent, its parts in 万元 or projects, and last year beside it', () => {
    const rows = coverageRows(figures(), figures({ targetBudgetShare: 0.6, selfEvaluationShare: 0.8, keyEvaluationBudgetShare: 0.1 }), zh);
    expect(rows.map((r) => [r.key, r.share, r.detail, r.previousShare])).toEqual([
      ['target', '67.0%', '864.30 / 1,290.00 万元', '60.0%'],
      ['self', '75.0%', '6 / 8 个项目', '80.0%'],
      ['key', '10.0%', '129.00 / 1,290.00 万元', '10.0%'],
    ]);
    expect(rows.map((r) => r.trend)).toEqual([
      { direction: 'up', points: '7.0', text: '较上年上升 7.0 个百分点' },
      { direction: 'down', points: '5.0', text: '较上年下降 5.0 个百分点' },
      { direction: 'same', points: '0.0', text: '与上年持平' },
    ]);
  });

  it('reads "—" where there is nothing to cover, and then shows no change', () => {
    const empty = figures({ totalBudget: '0.00', targetBudget: '0.00', targetBudgetShare: 0, selfEvaluationDueCount: 0, selfEvaluatedCount: 0, selfEvaluationShare: 0, keyEvaluationBudget: '0.00', keyEvaluationBudgetShare: 0 });
    const rows = coverageRows(figures(), empty, zh);
    expect(rows.map((r) => r.previousShare)).toEqual(['—', '—', '—']);
    expect(rows.map((r) => r.trend)).toEqual([null, null, null]);
    expect(coverageRows(empty, undefined, zh).map((r) => r.share)).toEqual(['—', '—', '—']);
  });

  it('calls equal what reads equal (shares that round alike)', () => {
    const rows = coverageRows(figures({ targetBudgetShare: 0.67004 }), figures({ targetBudgetShare: 0.66996 }), zh);
    expect(rows[0].trend?.direction).toBe('same');
  });
});
