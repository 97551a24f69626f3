import { graphql } from '../../gql';

export const ImpactDashboardDocument = graphql(`
  query ImpactDashboard($filter: ImpactFilter) {
    impact(filter: $filter) {
      asOf
      source
      beneficiaries
      women
      womenShare
      neet
      neetShare
      rural
      ruralShare
      youth
      youthShare
      regionsCovered
      cooperatives
      cooperativeMembers
      sessionsDelivered
      sessionHours
      peopleTrained
      ventures
      venturesOperating
      venturesOperatingShare
      revenue
      jobsCreated
      droppedOut
      dropoutRate
      byRegion {
        regionCode
        beneficiaries
        women
      }
      byGender {
        gender
        beneficiaries
      }
      byStage {
        stage
        ventures
        reached
        conversionFromPrevious
      }
      byPeriod(granularity: MONTH) {
        period
        beneficiaries
        sessionsDelivered
      }
      byCoach {
        coachId
        displayName
        sessions
        hours
      }
      targets {
        programId
        programName
        indicator
        target
        actual
        progress
        expected
        onPace
      }
      voice {
        complaintsReceived
        complaintsOpen
        complaintsDecided
        resolvedWithinDeadline
        resolvedWithinDeadlineShare
        byCategory {
          category
          received
          resolvedWithinDeadline
        }
        satisfactionRatings
        satisfactionAverage
        satisfactionByProgram {
          key
          label
          ratings
          average
        }
        satisfactionByCoach {
          key
          label
          ratings
          average
        }
      }
    }
  }
`);

export const ImpactPeopleDocument = graphql(`
  query ImpactPeople($measure: ImpactPeopleMeasure!, $filter: ImpactFilter, $firstEnrolledFrom: String, $firstEnrolledTo: String, $after: String) {
    impactPeople(measure: $measure, filter: $filter, firstEnrolledFrom: $firstEnrolledFrom, firstEnrolledTo: $firstEnrolledTo, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
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

export const ImpactComplaintsDocument = graphql(`
  query ImpactComplaints($filter: ImpactFilter, $category: ComplaintCategory, $resolvedWithinDeadline: Boolean, $open: Boolean, $after: String) {
    impactComplaints(filter: $filter, category: $category, resolvedWithinDeadline: $resolvedWithinDeadline, open: $open, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          category
          status
          anonymous
          overdue
          createdAt
          person {
            id
            firstName
            lastName
          }
        }
      }
    }
  }
`);
