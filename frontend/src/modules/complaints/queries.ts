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
    attachments {
      id
      fileName
      contentType
      sizeBytes
    }
  }
`);

export const ComplaintsDocument = graphql(`
  query Complaints($filter: ComplaintFilter, $first: Int, $after: String) {
    complaints(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
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
    myPastSessions {
      id
      kind
      status
      startsAt
      endsAt
      myRating
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
        label
        ratings
        average
      }
      byProgram {
        key
        label
        ratings
        average
      }
    }
  }
`);

export const ComplaintSettingsDocument = graphql(`
  query ComplaintSettings {
    complaintSettings {
      deadlines {
        category
        days
      }
      safeguardingUserId
      version
    }
    safeguardingCandidates {
      id
      displayName
    }
  }
`);

export const UpdateComplaintSettingsDocument = graphql(`
  mutation UpdateComplaintSettings($input: UpdateComplaintSettingsInput!) {
    updateComplaintSettings(input: $input) {
      deadlines {
        category
        days
      }
      safeguardingUserId
      version
    }
  }
`);

export const ComplaintPeopleSearchDocument = graphql(`
  query ComplaintPeopleSearch($search: String) {
    people(first: 20, filter: { search: $search }) {
      edges {
        node {
          id
          firstName
          lastName
        }
      }
    }
  }
`);

export const ComplaintSubjectOptionsDocument = graphql(`
  query ComplaintSubjectOptions($personId: ID!, $sessions: SessionFilter!) {
    person(id: $personId) {
      id
      enrolments {
        id
        program {
          id
          name
        }
        coaches {
          id
          displayName
        }
      }
    }
    sessions(first: 50, filter: $sessions) {
      edges {
        node {
          id
          kind
          startsAt
          coaches {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const ComplaintDocument = graphql(`
  query Complaint($id: ID!) {
    complaint(id: $id) {
      ...ComplaintItem_complaint
    }
  }
`);
