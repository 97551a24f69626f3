import { graphql } from '../../gql';

export const COOPERATIVES_PAGE_SIZE = 20;

export const CooperativesDocument = graphql(`
  query Cooperatives($first: Int!, $after: String, $filter: CooperativeFilter) {
    cooperatives(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          nameAr
          legalForm
          region {
            code
            nameFr
            nameAr
          }
          members {
            id
          }
        }
      }
    }
  }
`);

export const CooperativeDocument = graphql(`
  query Cooperative($id: ID!) {
    cooperative(id: $id) {
      id
      name
      nameAr
      legalForm
      registrationNumber
      createdOn
      commune
      provinceCode
      valueChainId
      version
      region {
        code
        nameFr
        nameAr
      }
      members {
        id
        role
        since
        until
        personId
        person {
          id
          firstName
          lastName
          firstNameAr
          lastNameAr
        }
      }
      ventures {
        id
        title
        stage
        daysInStage
      }
    }
  }
`);

export const PersonSearchDocument = graphql(`
  query CooperativePersonSearch($search: String!) {
    people(first: 10, filter: { search: $search }) {
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

export const CreateCooperativeDocument = graphql(`
  mutation CreateCooperative($input: CreateCooperativeInput!) {
    createCooperative(input: $input) {
      id
      name
    }
  }
`);

export const AddCooperativeMemberDocument = graphql(`
  mutation AddCooperativeMember($input: AddMemberInput!) {
    addCooperativeMember(input: $input) {
      id
      role
      since
    }
  }
`);

export const EndCooperativeMembershipDocument = graphql(`
  mutation EndCooperativeMembership($memberId: ID!, $until: String) {
    endCooperativeMembership(memberId: $memberId, until: $until) {
      id
      until
    }
  }
`);

export const UpdateCooperativeDocument = graphql(`
  mutation UpdateCooperative($input: UpdateCooperativeInput!) {
    updateCooperative(input: $input) {
      id
      name
      nameAr
      legalForm
      registrationNumber
      createdOn
      commune
      provinceCode
      valueChainId
      version
      region {
        code
        nameFr
        nameAr
      }
    }
  }
`);

export const ArchiveCooperativeDocument = graphql(`
  mutation ArchiveCooperative($input: ArchiveInput!) {
    archiveCooperative(input: $input) {
      id
      archivedAt
      version
    }
  }
`);

export const EnrolPeopleDocument = graphql(`
  mutation EnrolPeople($input: EnrolPeopleInput!) {
    enrolPeople(input: $input) {
      id
      personId
    }
  }
`);
