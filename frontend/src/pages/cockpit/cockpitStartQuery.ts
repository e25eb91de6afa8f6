import { graphql } from '../../gql';

/**
 * The cockpit's first screen in one request (no year asked first): the
 * start-up script sends it and hands its parts to LatestFiscalYear, Overview
 * and DrillRegions, whose selections are the same fragments.
 */
export const CockpitStartQuery = graphql(`
  query CockpitStart {
    cockpitStart {
      fiscalYear
      overview {
        ...OverviewFigures
      }
      regionStats {
        ...RegionFigures
      }
    }
  }
`);
