// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toFixed } from '../../format/fraction';
import { testRuleSet } from '../../test/ruleSet';
import { executionWarning, indicatorWarning, timeProgress, worstWarning } from './monitoringRules';

// The thresholds come from the server's rule set (ruleSetFor); these tests feed
// the national defaults' values, and a regional set to show they are followed.
const national = testRuleSet;
const regional = { ...testRuleSet, warningRedBelow: '0.5', warningYellowBelow: '0.7', warningBlueFrom: '1.5' };

describe('monitoring rules preview (domain.md §Monitoring rules)', () => {
  it('time progress is month ÷ 12', () => {
    expect(toFixed(timeProgress(7, national), 4)).toBe('0.5833');
    expect(toFixed(timeProgress(12, national), 2)).toBe('1.00');
  });

  it('execution warning: rate ÷ time progress, < 60 % red, < 80 % yellow, else green', () => {
    // budget 1,200,000 yuan; end of June: time progress 50 %
    const budget = 120_000_000n; // fen
    expect(executionWarning(35_999_999n, budget, 6, national)).toBe('RED'); // 29.99…% ÷ 50 % < 0.6
    expect(executionWarning(36_000_000n, budget, 6, national)).toBe('YELLOW'); // exactly 0.6 is not red
    expect(executionWarning(48_000_000n, budget, 6, national)).toBe('GREEN'); // exactly 0.8
    expect(executionWarning(1n, 0n, 6, national)).toBeNull();
    // a region whose red line is 50 % and yellow 70 %: just under 0.6 is only yellow there, 0.7 green
    expect(executionWarning(35_999_999n, budget, 6, regional)).toBe('YELLOW');
    expect(executionWarning(42_000_000n, budget, 6, regional)).toBe('GREEN');
  });

  it('positive indicators: completed ÷ pro-rata target, blue from 120 %, nothing done is red', () => {
    const p = { comparator: 'GTE' as const, targetValue: '1200' };
    expect(indicatorWarning({ ...p, completedToDate: '0' }, 6, national)).toBe('RED');
    expect(indicatorWarning({ ...p, completedToDate: '359' }, 6, national)).toBe('RED');
    expect(indicatorWarning({ ...p, completedToDate: '360' }, 6, national)).toBe('YELLOW');
    expect(indicatorWarning({ ...p, completedToDate: '480' }, 6, national)).toBe('GREEN');
    expect(indicatorWarning({ ...p, completedToDate: '720' }, 6, national)).toBe('BLUE');
    expect(indicatorWarning({ ...p, completedToDate: '720' }, 6, regional)).toBe('GREEN'); // blue only from 150 % there
    expect(indicatorWarning({ ...p }, 6, national)).toBeNull();
    expect(indicatorWarning({ ...p, completedToDate: '900', likelihood: 'IMPOSSIBLE' }, 6, national)).toBe('RED');
  });

  it('reverse indicators mirror: pro-rata limit ÷ completed', () => {
    const p = { comparator: 'LTE' as const, targetValue: '100' };
    expect(indicatorWarning({ ...p, completedToDate: '0' }, 6, national)).toBe('BLUE');
    expect(indicatorWarning({ ...p, completedToDate: '50' }, 6, national)).toBe('GREEN'); // 50 ÷ 50 = 1
    expect(indicatorWarning({ ...p, completedToDate: '100' }, 6, national)).toBe('RED'); // 50 ÷ 100 = 0.5
  });

  it('qualitative levels and the worst of several', () => {
    expect(indicatorWarning({ comparator: 'QUALITATIVE', completedLevel: 'PARTLY_ACHIEVED' }, 6, national)).toBe('YELLOW');
    expect(indicatorWarning({ comparator: 'QUALITATIVE', completedLevel: 'NOT_ACHIEVED' }, 6, national)).toBe('RED');
    expect(worstWarning(['GREEN', 'BLUE', null, 'YELLOW'])).toBe('YELLOW');
    expect(worstWarning([null])).toBeNull();
  });
});
