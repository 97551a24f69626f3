import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

export const JourneyVentureFragment = graphql(`
  fragment JourneyVenture_venture on Venture {
    id
    title
    stage
    stageSince
    daysInStage
    stageHistory {
      id
      fromStage
      toStage
      changedOn
      note
    }
    actionItems {
      id
      title
      dueOn
      status
      overdue
      ownerKind
      version
    }
    results {
      id
      periodKind
      periodStart
      revenue
      version
    }
    resultsSummary {
      lastPeriodRevenue
      revenueGrowth
      totalJobs
    }
  }
`);

export const JourneySessionFragment = graphql(`
  fragment JourneySession_session on Session {
    id
    kind
    startsAt
    endsAt
    place
    mode
    participants {
      personId
      confirmedAt
    }
  }
`);

export const MyJourneyDocument = graphql(`
  query MyJourney {
    myJourney {
      person {
        id
        firstName
        firstNameAr
      }
      ventures {
        ...JourneyVenture_venture
      }
      upcomingSessions {
        ...JourneySession_session
      }
    }
  }
`);

/** The signed-in entrepreneur's journey, shown from the cache at once and checked with the server. */
export function useMyJourney() {
  return useQuery(MyJourneyDocument, { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}
