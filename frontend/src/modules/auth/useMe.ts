import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

export const CurrentUserFieldsFragment = graphql(`
  fragment CurrentUserFields on User {
    id
    email
    role
    displayName
    locale
    organization {
      id
      name
      slug
      timeZone
      version
    }
    twoFactor {
      enabled
      required
      recoveryCodesLeft
    }
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
`);

export function useMe() {
  return useQuery(MeDocument);
}
