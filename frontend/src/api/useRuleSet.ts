import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { RuleSetForQuery as RuleSetForResult } from '../gql/graphql';

// The rule parameters in force for a region and fiscal year, as the server
// applies them (internal/domain/rules, the regional rule sets). The SPA keeps
// no copy of a threshold, band or weight: its previews read these.
export const RuleSetForQuery = graphql(`
  query RuleSetFor($region: String, $fiscalYear: Int!) {
    ruleSetFor(region: $region, fiscalYear: $fiscalYear) {
      ruleSetName
      ruleSetVersion
      scorePlaces
      gradeExcellent
      gradeGood
      gradeFair
      selfExecutionPoints
      overAchievementFactor
      qualitativeAchievedMin
      qualitativePartlyMin
      warningRedBelow
      warningYellowBelow
      warningBlueFrom
      monthsPerYear
      indicatorPoints
      approvingGrades
      keyProjectThreshold
    }
  }
`);

export type RuleParams = RuleSetForResult['ruleSetFor'];

/** The rule set in force for a department's region and a fiscal year; undefined while either is unknown or loading. */
export function useRuleSet(region: string | null | undefined, fiscalYear: number | null | undefined): RuleParams | undefined {
  const pause = region == null || fiscalYear == null;
  // Rule sets change rarely and only by an administrator: the cached answer serves.
  const [{ data }] = useQuery({ query: RuleSetForQuery, variables: { region: region ?? null, fiscalYear: fiscalYear ?? 0 }, pause });
  return pause ? undefined : data?.ruleSetFor;
}

/** The rule set in force for a region, or the national one when region is null (views across regions); undefined while loading. */
export function useRuleSetInForce(region: string | null, fiscalYear: number | null | undefined): RuleParams | undefined {
  const pause = fiscalYear == null;
  const [{ data }] = useQuery({ query: RuleSetForQuery, variables: { region, fiscalYear: fiscalYear ?? 0 }, pause });
  return pause ? undefined : data?.ruleSetFor;
}
