import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

export const EnrolmentItemFragment = graphql(`
  fragment EnrolmentItem_enrolment on Enrolment {
    id
    status
    dropoutReason
    enrolledOn
    version
    program {
      id
      name
      leads {
        id
      }
    }
    cohort {
      id
      name
    }
    coaches {
      id
      displayName
    }
  }
`);

export const PersonDetailsFragment = graphql(`
  fragment PersonDetails_person on Person {
    id
    firstName
    lastName
    firstNameAr
    lastNameAr
    gender
    birthDate
    phone
    nationalIdMasked
    regionCode
    region {
      code
      nameFr
      nameAr
    }
    provinceCode
    commune
    locality
    area
    educationLevel
    neet
    preferredLocale
    consentAt
    consentVersion
    consentChannel
    consentGivenBy
    consentWithdrawnOn
    consentWithdrawnChannel
    erasedAt
    version
    archivedAt
    createdAt
    enrolments {
      ...EnrolmentItem_enrolment
    }
  }
`);

export const PersonDocument = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      ...PersonDetails_person
    }
  }
`);

/**
 * One person, always checked with the server (another user may have changed her). The edit form
 * asks for `fresh` data only, so that it starts from the current version.
 */
export function usePerson(id: string, { fresh = false }: { fresh?: boolean } = {}) {
  return useQuery(PersonDocument, {
    variables: { id },
    fetchPolicy: fresh ? 'network-only' : 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}
