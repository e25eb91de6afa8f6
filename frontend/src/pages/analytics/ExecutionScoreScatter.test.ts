// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { testRuleSet } from '../../test/ruleSet';
import { referenceLines } from './ExecutionScoreScatter';

const zh = (z: string) => z;

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
});
