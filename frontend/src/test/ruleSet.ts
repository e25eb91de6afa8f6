import type { RuleParams } from '../api/useRuleSet';

/**
 * A rule set as ruleSetFor answers it, for tests that feed the SPA's previews:
 * the values of the server's national defaults (internal/domain/rules
 * NationalDefaults), so that the tests read like domain.md. The SPA itself
 * holds no copy: it asks the server.
 */
export const testRuleSet: RuleParams = {
  ruleSetName: '国家默认',
  ruleSetVersion: 1,
  scorePlaces: 2,
  gradeExcellent: '90',
  gradeGood: '80',
  gradeFair: '60',
  selfExecutionPoints: '10',
  overAchievementFactor: '1.3',
  qualitativeAchievedMin: '0.8',
  qualitativePartlyMin: '0.6',
  warningRedBelow: '0.6',
  warningYellowBelow: '0.8',
  warningBlueFrom: '1.2',
  monthsPerYear: 12,
  indicatorPoints: '90',
  approvingGrades: ['EXCELLENT', 'GOOD'],
  keyProjectThreshold: '500000.00',
};

/** A mockClient handler answering RuleSetFor with rules (the test rule set by default). */
export const ruleSetHandler = (rules: RuleParams = testRuleSet) => () => ({ data: { __typename: 'Query', ruleSetFor: { __typename: 'RuleSetParameters', ...rules } } });
