import { graphql } from '../../gql';

export const FollowUpsDocument = graphql(`
  query FollowUps($filter: FollowUpFilter, $first: Int, $after: String) {
    followUps(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...FollowUpItem_followUp
        }
      }
    }
  }
`);

export const FollowUpItemFragment = graphql(`
  fragment FollowUpItem_followUp on FollowUp {
    id
    months
    dueOn
    status
    overdue
    stillOperating
    revenue
    jobsTotal
    jobsWomen
    jobsYouth
    note
    recordedAt
    version
    person {
      id
      firstName
      lastName
      firstNameAr
      lastNameAr
    }
    program {
      id
      name
    }
    coach {
      id
      displayName
    }
  }
`);

export const FollowUpRatesDocument = graphql(`
  query FollowUpRates($programId: ID) {
    followUpRates(programId: $programId) {
      months
      due
      overdue
      recorded
      stillOperating
      survivalRate
    }
  }
`);

export const RecordFollowUpDocument = graphql(`
  mutation RecordFollowUp($input: RecordFollowUpInput!) {
    recordFollowUp(input: $input) {
      ...FollowUpItem_followUp
    }
  }
`);

export const HomeAlertsDocument = graphql(`
  query HomeAlerts {
    alerts(limit: 30) {
      kind
      ventureId
      personId
      actionItemId
      followUpId
      label
      days
    }
  }
`);
