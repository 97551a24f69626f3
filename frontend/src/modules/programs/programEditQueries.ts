import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

export const ProgramLeadsDocument = graphql(`
  query ProgramLeads {
    programLeads {
      id
      displayName
    }
  }
`);

/** The organisation's programme leads, to choose a programme's leads (admins and leads only). */
export function useProgramLeads({ skip = false }: { skip?: boolean } = {}) {
  const { data, loading } = useQuery(ProgramLeadsDocument, { skip });
  return { leads: data?.programLeads ?? [], loading };
}

export const ProgramPartnerOptionsDocument = graphql(`
  query ProgramPartnerOptions {
    partners(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** The organisation's active partners, to choose a programme's partners. */
export function usePartnerOptions() {
  const { data } = useQuery(ProgramPartnerOptionsDocument);
  return data?.partners.edges.map((e) => e.node) ?? [];
}

export const ProgramTargetsDocument = graphql(`
  query ProgramTargets($id: ID!) {
    program(id: $id) {
      id
      stallAfterDays
      targets {
        id
        indicator
        targetValue
        dueOn
      }
    }
  }
`);

export const UpdateProgramDocument = graphql(`
  mutation UpdateProgram($input: UpdateProgramInput!) {
    updateProgram(input: $input) {
      ...ProgramDetails_program
      stallAfterDays
    }
  }
`);

export const SetProgramTargetsDocument = graphql(`
  mutation SetProgramTargets($input: SetProgramTargetsInput!) {
    setProgramTargets(input: $input) {
      id
      targets {
        id
        indicator
        targetValue
        dueOn
      }
    }
  }
`);
