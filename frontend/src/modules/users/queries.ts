import { graphql } from '../../gql';

export const TeamUserFieldsFragment = graphql(`
  fragment TeamUserFields on User {
    id
    email
    displayName
    role
    locale
    version
    disabledAt
    lastSignInAt
    twoFactorEnabled
    person {
      id
      displayName
    }
  }
`);

export const TeamUsersDocument = graphql(`
  query TeamUsers($first: Int, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...TeamUserFields
        }
      }
    }
  }
`);

export const InviteUserDocument = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      user {
        ...TeamUserFields
      }
      link {
        url
        expiresAt
      }
    }
  }
`);

export const UpdateUserDocument = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...TeamUserFields
    }
  }
`);

export const DisableUserDocument = graphql(`
  mutation DisableUser($id: ID!) {
    disableUser(id: $id) {
      ...TeamUserFields
    }
  }
`);

export const EnableUserDocument = graphql(`
  mutation EnableUser($id: ID!) {
    enableUser(id: $id) {
      ...TeamUserFields
    }
  }
`);

export const LinkPersonAccountDocument = graphql(`
  mutation LinkPersonAccount($personId: ID!, $userId: ID) {
    linkPersonAccount(personId: $personId, userId: $userId)
  }
`);
