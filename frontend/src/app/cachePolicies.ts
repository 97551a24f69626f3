import { InMemoryCache, type FieldPolicy, type Reference } from '@apollo/client';

/** Aliases that mark a field as read from a list (where the server masks it for admins and leads). */
export const LISTED_ALIASES: Readonly<Record<string, string>> = { listedPhone: 'phone', birthYear: 'birthDate' };

/**
 * `people` answers phone numbers and birth dates masked (`+21266••••01`, `1990`) for admins and
 * leads, while `person(id)` answers them in full — same object, same field names. So that one never
 * overwrites the other in the normalised cache, list queries select them under an alias
 * (`listedPhone: phone`, `birthYear: birthDate`) and the cache stores those under their own key.
 */
const listedField: FieldPolicy = {
  keyArgs: (_args, { field, fieldName }) => {
    const alias = field?.alias?.value;
    return alias && LISTED_ALIASES[alias] === fieldName ? `${fieldName}:listed` : undefined;
  },
};

interface ConnectionShape {
  edges: ReadonlyArray<{ node: Reference }>;
  [key: string]: unknown;
}

/**
 * A Relay connection, one cache entry per `keyArgs` combination: the first page replaces it, a page
 * fetched with `after` is appended (an edge already there is not repeated).
 */
export function connectionField(keyArgs: string[], idField = 'id'): FieldPolicy<ConnectionShape> {
  return {
    keyArgs,
    merge(existing, incoming, { args, readField }) {
      if (!existing || !args?.['after']) return incoming;
      const seen = new Set(existing.edges.map((edge) => readField<string>(idField, edge.node)));
      const added = incoming.edges.filter((edge) => !seen.has(readField<string>(idField, edge.node)));
      return { ...incoming, edges: [...existing.edges, ...added] };
    },
  };
}

/** The app's cache: connections, reference data keyed by code, and the list/record split above. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          people: connectionField(['filter']),
          programs: connectionField(['first', 'includeArchived']),
          followUps: connectionField(['filter']),
          recordHistory: connectionField(['subjectType', 'id'], 'seq'),
          auditLog: connectionField(['filter'], 'seq'),
          partners: connectionField(['filter', 'sort']),
          impactPeople: connectionField(['measure', 'filter']),
          impactComplaints: connectionField(['filter', 'category', 'resolvedWithinDeadline', 'open']),
          impactCooperatives: connectionField(['filter']),
          impactVentures: connectionField(['filter', 'stage', 'operatingOrGrowing', 'withResults']),
          impactSessions: connectionField(['filter', 'kind', 'sessionCoachId']),
          impactFollowUps: connectionField(['filter', 'months', 'status', 'stillOperating', 'overdue']),
          users: connectionField(['filter']),
          complaints: connectionField(['filter']),
        },
      },
      Person: { fields: { phone: listedField, birthDate: listedField } },
      Region: { keyFields: ['code'] },
      AuditEntry: { keyFields: ['seq'] },
      Province: { keyFields: ['code'] },
      // Figures for one filter, read by several queries (dashboard, survival): merged, not replaced.
      Impact: { merge: true },
    },
  });
}
