import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { DiagnosticsPanel } from './DiagnosticsPanel';

const MyDiagnosticSubjectsDocument = graphql(`
  query MyDiagnosticSubjects {
    myJourney {
      ventures {
        id
        ownerCooperativeId
      }
    }
  }
`);

/** For the entrepreneur: the final diagnostics of her ventures and of her cooperatives (once each). */
export function MyDiagnostics() {
  const { data } = useQuery(MyDiagnosticSubjectsDocument);
  const ventures = data?.myJourney.ventures ?? [];
  const subjects = new Map(
    ventures.map((v) => [v.ownerCooperativeId ?? v.id, v.ownerCooperativeId ? ('COOPERATIVE' as const) : ('VENTURE' as const)]),
  );
  return (
    <>
      {[...subjects.entries()].map(([id, kind]) => (
        <DiagnosticsPanel key={id} subject={{ kind, id }} hideWhenEmpty />
      ))}
    </>
  );
}
