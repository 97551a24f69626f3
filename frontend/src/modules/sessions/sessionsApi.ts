import { graphql } from '../../gql';

export const SessionFieldsFragment = graphql(`
  fragment SessionFields on Session {
    id
    kind
    startsAt
    endsAt
    mode
    place
    status
    toLog
    topics
    notes
    nextSteps
    cancelReason
    capacity
    seriesId
    version
    coaches {
      id
      displayName
    }
    participants {
      personId
      attendance
      confirmedAt
      waitlisted
      waitlistRank
      person {
        id
        firstName
        lastName
        firstNameAr
        lastNameAr
      }
    }
  }
`);

/** What the agenda shows and the log sheet needs (kept small: the API limits a query's cost). */
export const AgendaSessionFragment = graphql(`
  fragment AgendaSession on Session {
    id
    kind
    startsAt
    endsAt
    mode
    place
    status
    toLog
    notes
    nextSteps
    version
    participants {
      personId
      attendance
      waitlisted
      person {
        id
        firstName
        lastName
        firstNameAr
        lastNameAr
      }
    }
  }
`);

export const AgendaDocument = graphql(`
  query Agenda($toLogFilter: SessionFilter!, $comingFilter: SessionFilter!) {
    toLog: sessions(first: 20, filter: $toLogFilter) {
      edges {
        node {
          ...AgendaSession
        }
      }
    }
    coming: sessions(first: 40, filter: $comingFilter) {
      edges {
        node {
          ...AgendaSession
        }
      }
    }
  }
`);

export const SessionDocument = graphql(`
  query Session($id: ID!) {
    session(id: $id) {
      ...SessionFields
    }
  }
`);

export const CheckSessionSlotDocument = graphql(`
  query CheckSessionSlot($input: SlotCheckInput!) {
    checkSessionSlot(input: $input) {
      coachClashes {
        coachId
        startsAt
        endsAt
      }
      participantClashes {
        personId
        startsAt
        endsAt
      }
      outsideWorkingHours
      freeSlots {
        startsAt
        endsAt
      }
    }
  }
`);

export const ScheduleSessionDocument = graphql(`
  mutation ScheduleSession($input: ScheduleSessionInput!) {
    scheduleSession(input: $input) {
      ...SessionFields
    }
  }
`);

export const LogSessionDocument = graphql(`
  mutation LogSession($input: LogSessionInput!) {
    logSession(input: $input) {
      ...SessionFields
    }
  }
`);

export const RescheduleSessionDocument = graphql(`
  mutation RescheduleSession($input: RescheduleSessionInput!) {
    rescheduleSession(input: $input) {
      ...SessionFields
    }
  }
`);

export const ParticipantSearchDocument = graphql(`
  query ParticipantSearch($search: String) {
    people(first: 20, filter: { search: $search }) {
      edges {
        node {
          id
          firstName
          lastName
          firstNameAr
          lastNameAr
        }
      }
    }
  }
`);

export const CalendarFeedDocument = graphql(`
  query CalendarFeed {
    me {
      id
      calendarFeedUrl
    }
  }
`);

export const RotateCalendarFeedDocument = graphql(`
  mutation RotateCalendarFeed {
    rotateCalendarFeed
  }
`);

export const RemoveSessionParticipantDocument = graphql(`
  mutation RemoveSessionParticipant($input: RemoveParticipantInput!) {
    removeSessionParticipant(input: $input) {
      ...SessionFields
    }
  }
`);

export const AddSessionParticipantsDocument = graphql(`
  mutation AddSessionParticipants($input: AddParticipantsInput!) {
    addSessionParticipants(input: $input) {
      ...SessionFields
    }
  }
`);

export const PersonTrainingRecordDocument = graphql(`
  query PersonTrainingRecord($id: ID!) {
    person(id: $id) {
      id
      trainingRecord {
        trainings
        attended
        excused
        absent
        attendanceRate
        absencesInARow
      }
    }
    sessions(first: 50, filter: { personId: $id, kind: TRAINING }) {
      edges {
        node {
          id
          startsAt
          status
          topics
          participants {
            personId
            attendance
            waitlisted
          }
        }
      }
    }
  }
`);

/** What the week and day views show of a session (kept small; up to 100 sessions a week). */
export const CalendarSessionFragment = graphql(`
  fragment CalendarSession on Session {
    id
    kind
    startsAt
    endsAt
    status
    place
    version
    coaches {
      id
      displayName
    }
  }
`);

export const CalendarSessionsDocument = graphql(`
  query CalendarSessions($filter: SessionFilter!, $after: String) {
    sessions(first: 100, filter: $filter, after: $after) {
      edges {
        node {
          ...CalendarSession
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MoveSessionDocument = graphql(`
  mutation MoveSession($input: RescheduleSessionInput!) {
    rescheduleSession(input: $input) {
      ...CalendarSession
    }
  }
`);

export const CohortAssignmentPreviewDocument = graphql(`
  query CohortAssignmentPreview($cohortId: ID!) {
    cohortAssignmentPreview(cohortId: $cohortId) {
      ...CohortPlan
    }
  }
`);

export const AssignCohortCoachesDocument = graphql(`
  mutation AssignCohortCoaches($input: AssignCohortCoachesInput!) {
    assignCohortCoaches(input: $input) {
      ...CohortPlan
    }
  }
`);

export const CohortPlanFragment = graphql(`
  fragment CohortPlan on CohortAssignmentPlan {
    cohortId
    assignments {
      enrolmentId
      personId
      coachId
      travel
      person {
        id
        firstName
        lastName
        firstNameAr
        lastNameAr
      }
    }
    unassignedPersonIds
    loads {
      coachId
      capacity
      loadBefore
      loadAfter
      coach {
        id
        displayName
      }
    }
  }
`);
