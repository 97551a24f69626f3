import { graphql } from '../../gql';

export const SettingsValueChainsDocument = graphql(`
  query SettingsValueChains($includeArchived: Boolean!) {
    valueChains(includeArchived: $includeArchived) {
      id
      nameFr
      nameAr
      archivedAt
      version
    }
  }
`);

export const CreateValueChainDocument = graphql(`
  mutation CreateValueChain($input: CreateValueChainInput!) {
    createValueChain(input: $input) {
      id
      nameFr
      nameAr
      archivedAt
      version
    }
  }
`);

export const UpdateValueChainDocument = graphql(`
  mutation UpdateValueChain($input: UpdateValueChainInput!) {
    updateValueChain(input: $input) {
      id
      nameFr
      nameAr
      archivedAt
      version
    }
  }
`);

export const ArchiveValueChainDocument = graphql(`
  mutation ArchiveValueChain($id: ID!, $version: Int!) {
    archiveValueChain(id: $id, version: $version) {
      id
      archivedAt
      version
    }
  }
`);

export const PartnerFieldsFragment = graphql(`
  fragment PartnerFields_partner on Partner {
    id
    name
    kind
    countryCode
    contactName
    contactEmail
    contactPhone
    website
    notes
    archivedAt
    version
  }
`);

export const SettingsPartnersDocument = graphql(`
  query SettingsPartners($first: Int!, $after: String, $filter: PartnerFilter) {
    partners(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PartnerFields_partner
        }
      }
    }
  }
`);

export const CreatePartnerDocument = graphql(`
  mutation CreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      ...PartnerFields_partner
    }
  }
`);

export const UpdatePartnerDocument = graphql(`
  mutation UpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      ...PartnerFields_partner
    }
  }
`);

export const ArchivePartnerDocument = graphql(`
  mutation ArchivePartner($id: ID!, $version: Int!) {
    archivePartner(id: $id, version: $version) {
      id
      archivedAt
      version
    }
  }
`);

export const UpdateOrganizationSettingsDocument = graphql(`
  mutation UpdateOrganizationSettings($input: OrganizationSettingsInput!) {
    updateOrganizationSettings(input: $input) {
      id
      timeZone
      version
    }
  }
`);
