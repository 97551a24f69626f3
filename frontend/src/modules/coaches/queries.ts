import { graphql } from '../../gql';

export const CoachProfileFieldsFragment = graphql(`
  fragment CoachProfileFields_profile on CoachProfile {
    userId
    expertise
    languages
    regionCodes
    provinceCodes
    valueChainIds
    weeklyCapacityHours
    external
    bio
    version
  }
`);

export const CoachesOverviewDocument = graphql(`
  query CoachesOverview {
    coaches {
      id
      displayName
      email
      activeAssignees
      coachProfile {
        ...CoachProfileFields_profile
      }
    }
  }
`);

export const MyCoachProfileDocument = graphql(`
  query MyCoachProfile {
    me {
      id
      displayName
      activeAssignees
      coachProfile {
        ...CoachProfileFields_profile
      }
    }
  }
`);

export const SaveCoachProfileDocument = graphql(`
  mutation SaveCoachProfile($input: CoachProfileInput!) {
    saveCoachProfile(input: $input) {
      ...CoachProfileFields_profile
    }
  }
`);
