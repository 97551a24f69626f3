import { graphql } from '../../gql';

export const BOARD_SIZE = 100;

export const VentureCardFragment = graphql(`
  fragment VentureCard_venture on Venture {
    id
    title
    stage
    stageSince
    daysInStage
    version
    programId
    ownerPerson {
      id
      firstName
      lastName
      firstNameAr
      lastNameAr
    }
    ownerCooperative {
      id
      name
      nameAr
    }
  }
`);

export const VenturesBoardDocument = graphql(`
  query VenturesBoard($first: Int!, $filter: VentureFilter) {
    ventures(first: $first, filter: $filter) {
      totalCount
      edges {
        node {
          ...VentureCard_venture
        }
      }
    }
  }
`);

export const VentureFunnelDocument = graphql(`
  query VentureFunnel($filter: VentureFilter) {
    ventureFunnel(filter: $filter) {
      stage
      current
      reached
      conversion
      medianDays
    }
  }
`);

export const StageCriteriaDocument = graphql(`
  query StageCriteria($programId: ID!, $stage: Stage) {
    stageCriteria(programId: $programId, stage: $stage) {
      id
      labelFr
      labelAr
      position
      stage
    }
  }
`);

export const MoveVentureStageDocument = graphql(`
  mutation MoveVentureStage($input: MoveVentureStageInput!) {
    moveVentureStage(input: $input) {
      ...VentureCard_venture
    }
  }
`);

export const ValueChainOptionsDocument = graphql(`
  query ValueChainOptions {
    valueChains {
      id
      nameFr
      nameAr
    }
  }
`);

export const VentureDocument = graphql(`
  query Venture($id: ID!) {
    venture(id: $id) {
      ...VentureCard_venture
      description
      valueChainId
      provinceCode
      region {
        code
        nameFr
        nameAr
      }
      program {
        id
        name
      }
      stageHistory {
        id
        fromStage
        toStage
        changedOn
        note
        evidence
        justification
      }
      actionItems(includeClosed: true) {
        id
        title
        dueOn
        status
        overdue
      }
      results {
        id
        version
        periodKind
        periodStart
        revenue
        costs
        jobsTotal
      }
      referrals {
        id
        partnerName
        kind
        outcome
        referredOn
        amount
      }
    }
  }
`);

export const VentureOwnerDocument = graphql(`
  query VentureOwner($personId: ID!, $withPerson: Boolean!, $cooperativeId: ID!, $withCooperative: Boolean!) {
    person(id: $personId) @include(if: $withPerson) {
      id
      firstName
      lastName
      firstNameAr
      lastNameAr
    }
    cooperative(id: $cooperativeId) @include(if: $withCooperative) {
      id
      name
      nameAr
    }
  }
`);

export const CooperativeOwnerSearchDocument = graphql(`
  query CooperativeOwnerSearch($search: String!) {
    cooperatives(first: 10, filter: { search: $search }) {
      edges {
        node {
          id
          name
          nameAr
        }
      }
    }
  }
`);

export const CreateVentureDocument = graphql(`
  mutation CreateVenture($input: CreateVentureInput!) {
    createVenture(input: $input) {
      id
      title
    }
  }
`);

export const UpdateVentureDocument = graphql(`
  mutation UpdateVenture($input: UpdateVentureInput!) {
    updateVenture(input: $input) {
      id
      title
      description
      valueChainId
      regionCode
      provinceCode
      programId
      version
      region {
        code
        nameFr
        nameAr
      }
      program {
        id
        name
      }
    }
  }
`);
