import { gql } from '@apollo/client';
import { createCache } from '../../app/cachePolicies';
import { filterOfStoreKey, forgetListsForNewPerson, forgetListsOfProgram, mayBeListed, removeFromLists } from './peopleCache';

const LIST = gql`
  query List($filter: PersonFilter) {
    people(first: 20, filter: $filter) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`;

function seed(filter: Record<string, unknown> | undefined, ids: string[]) {
  return {
    query: LIST,
    variables: { filter },
    data: {
      __typename: 'Query',
      people: { __typename: 'PersonConnection', totalCount: 10, edges: ids.map((id) => ({ __typename: 'PersonEdge', node: { __typename: 'Person', id } })) },
    },
  };
}

const read = (cache: ReturnType<typeof createCache>, filter?: Record<string, unknown>) =>
  cache.readQuery<{ people: { totalCount: number; edges: { node: { id: string } }[] } }>({ query: LIST, variables: { filter } });

const her = { regionCode: 'MA-09', gender: 'F' as const, area: 'RURAL' as const, neet: true };

describe('people lists in the cache', () => {
  it('reads the filter back from a store key', () => {
    expect(filterOfStoreKey('people:{"filter":{"regionCode":"MA-09"}}')).toEqual({ regionCode: 'MA-09' });
    expect(filterOfStoreKey('people:{}')).toEqual({});
    expect(filterOfStoreKey('people')).toEqual({});
  });

  it('knows which lists a new person may join', () => {
    expect(mayBeListed({}, her)).toBe(true);
    expect(mayBeListed({ search: 'fatima', regionCode: 'MA-09', gender: 'F', area: 'RURAL', neet: true }, her)).toBe(true);
    expect(mayBeListed({ regionCode: 'MA-01' }, her)).toBe(false);
    expect(mayBeListed({ gender: 'M' }, her)).toBe(false);
    expect(mayBeListed({ neet: false }, her)).toBe(false);
    expect(mayBeListed({ programId: 'pr-1' }, her)).toBe(false);
    expect(mayBeListed({ coachId: 'u-1' }, her)).toBe(false);
  });

  it('after a creation, drops the lists she may be in and keeps the others', () => {
    const cache = createCache();
    cache.writeQuery(seed(undefined, ['p-1']));
    cache.writeQuery(seed({ regionCode: 'MA-09' }, ['p-1']));
    cache.writeQuery(seed({ regionCode: 'MA-01' }, ['p-2']));
    cache.writeQuery(seed({ programId: 'pr-1' }, ['p-3']));
    forgetListsForNewPerson(cache, her);
    expect(read(cache)).toBeNull();
    expect(read(cache, { regionCode: 'MA-09' })).toBeNull();
    expect(read(cache, { regionCode: 'MA-01' })?.people.edges).toHaveLength(1);
    expect(read(cache, { programId: 'pr-1' })?.people.edges).toHaveLength(1);
  });

  it("after an enrolment, drops that programme's lists", () => {
    const cache = createCache();
    cache.writeQuery(seed({ programId: 'pr-1' }, ['p-1']));
    cache.writeQuery(seed({ programId: 'pr-2' }, ['p-2']));
    forgetListsOfProgram(cache, 'pr-1');
    expect(read(cache, { programId: 'pr-1' })).toBeNull();
    expect(read(cache, { programId: 'pr-2' })).not.toBeNull();
  });

  it('after archiving, removes her from the lists and counts one less', () => {
    const cache = createCache();
    cache.writeQuery(seed(undefined, ['p-1', 'p-2']));
    cache.writeQuery(seed({ gender: 'M' }, ['p-3']));
    removeFromLists(cache, 'p-1');
    expect(read(cache)?.people).toMatchObject({ totalCount: 9, edges: [{ node: { id: 'p-2' } }] });
    expect(read(cache, { gender: 'M' })?.people.totalCount).toBe(10);
  });
});
