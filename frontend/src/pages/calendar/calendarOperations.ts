import { graphql } from '../../gql';

export const CalendarRegionsQuery = graphql(`
  query CalendarRegions {
    regions {
      name
    }
  }
`);

/** The stored rule set in force (null: the built-in national defaults), with its raw calendar steps. */
export const RuleSetInForceQuery = graphql(`
  query RuleSetInForce($region: String, $fiscalYear: Int!) {
    ruleSetInForce(region: $region, fiscalYear: $fiscalYear) {
      id
      name
      version
      region
      fiscalYear
      paramsJson
    }
  }
`);

export const CreateCalendarVersionMutation = graphql(`
  mutation CreateCalendarVersion($input: RuleSetVersionInput!) {
    createRuleSetVersion(input: $input) {
      id
      name
      version
      region
      fiscalYear
      paramsJson
    }
  }
`);
