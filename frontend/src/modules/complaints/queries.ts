import { graphql } from '../../gql';

export const ComplaintItemFragment = graphql(`
  fragment ComplaintItem_complaint on Complaint {
    id
    version
    category
    channel
    status
    anonymous
    sensitive
    overdue
    description
    createdAt
    dueAt
    decision
    decidedAt
    firstStatus
    firstDecision
    appealReason
    appealedAt
    canAppeal
    escalationLevel
    person {
      id
      firstName
      lastName
    }
    session {
      id
      kind
      startsAt
    }
    assignee {
      id
      displayName
    }
    program {
      id
      name
    }
  }
`);

export const ComplaintsDocument = graphql(`
  query Complaints($filter: ComplaintFilter, $first: Int) {
    complaints(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          ...ComplaintItem_complaint
        }
      }
    }
  }
`);

export const MyPastSessionsDocument = graphql(`
  query MyPastSessions {
    myJourney {
      pastSessions {
        id
        kind
        status
        startsAt
        endsAt
        myRating
      }
    }
  }
`);

export const FileComplaintDocument = graphql(`
  mutation FileComplaint($input: FileComplaintInput!) {
    fileComplaint(input: $input) {
      ...ComplaintItem_complaint
    }
  }
`);

export const AppealComplaintDocument = graphql(`
  mutation AppealComplaint($input: AppealComplaintInput!) {
    appealComplaint(input: $input) {
      ...ComplaintItem_complaint
    }
  }
`);

export const AssignComplaintDocument = graphql(`
  mutation AssignComplaint($input: AssignComplaintInput!) {
    assignComplaint(input: $input) {
      ...ComplaintItem_complaint
    }
  }
`);

export const DecideComplaintDocument = graphql(`
  mutation DecideComplaint($input: DecideComplaintInput!) {
    decideComplaint(input: $input) {
      ...ComplaintItem_complaint
    }
  }
`);

export const ComplaintAssigneesDocument = graphql(`
  query ComplaintAssignees($id: ID!) {
    complaintAssignees(id: $id) {
      id
      displayName
      role
    }
  }
`);

export const RateSessionDocument = graphql(`
  mutation RateSession($input: RateSessionInput!) {
    rateSession(input: $input) {
      sessionId
      rating
      comment
    }
  }
`);

export const SatisfactionDocument = graphql(`
  query Satisfaction {
    satisfaction {
      ratings
      average
      distribution
      byCoach {
        key
        ratings
        average
      }
      byProgram {
        key
        ratings
        average
      }
    }
  }
`);
