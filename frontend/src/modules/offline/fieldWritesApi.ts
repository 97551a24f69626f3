import { graphql } from '../../gql';

/** A person met on site, created by the coach at her session (she joins its participants). */
export const CreatePersonMetOnSiteDocument = graphql(`
  mutation CreatePersonMetOnSite($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
      version
      firstName
      lastName
    }
  }
`);

/** A period's results of a venture, recorded by staff (offline: through the outbox). */
export const RecordVentureResultDocument = graphql(`
  mutation RecordVentureResult($input: RecordEconomicResultInput!) {
    recordEconomicResult(input: $input) {
      id
      version
      ventureId
      periodKind
      periodStart
      revenue
      costs
      jobsWomen
      jobsYouth
      jobsTotal
    }
  }
`);

/** An edit of a venture made offline (its version is checked: a change made meanwhile answers CONFLICT). */
export const UpdateVentureFromOutboxDocument = graphql(`
  mutation UpdateVentureFromOutbox($input: UpdateVentureInput!) {
    updateVenture(input: $input) {
      id
      version
      title
      description
      valueChainId
      provinceCode
      programId
      region {
        code
        nameFr
        nameAr
      }
    }
  }
`);
