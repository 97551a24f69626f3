import { gql } from '@apollo/client';
import { createCache } from './cachePolicies';

const LIST = gql`
  query List($after: String) {
    people(first: 2, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          listedPhone: phone
          birthYear: birthDate
        }
      }
    }
  }
`;

const RECORD = gql`
  query Record($id: ID!) {
    person(id: $id) {
      id
      phone
      birthDate
    }
  }
`;

const node = (id: string, phone: string, birthYear: string) => ({ __typename: 'Person', id, listedPhone: phone, birthYear });
const page = (nodes: ReturnType<typeof node>[], hasNextPage: boolean, endCursor: string) => ({
  __typename: 'Query',
  people: {
    __typename: 'PersonConnection',
    totalCount: 3,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
    edges: nodes.map((n) => ({ __typename: 'PersonEdge', node: n })),
  },
});

describe('the cache policies', () => {
  it('keeps the masked values of lists apart from the full values of a record', () => {
    const cache = createCache();
    cache.writeQuery({ query: LIST, data: page([node('p-1', '+21261••••01', '1990')], false, 'c1') });
    cache.writeQuery({
      query: RECORD,
      variables: { id: 'p-1' },
      data: { __typename: 'Query', person: { __typename: 'Person', id: 'p-1', phone: '+212610000001', birthDate: '1990-04-02' } },
    });

    const list = cache.readQuery<{ people: { edges: { node: { listedPhone: string; birthYear: string } }[] } }>({ query: LIST });
    expect(list?.people.edges[0].node).toMatchObject({ listedPhone: '+21261••••01', birthYear: '1990' });
    const record = cache.readQuery<{ person: { phone: string; birthDate: string } }>({ query: RECORD, variables: { id: 'p-1' } });
    expect(record?.person).toMatchObject({ phone: '+212610000001', birthDate: '1990-04-02' });
  });

  it('appends a page fetched with `after` and replaces the list with a new first page', () => {
    const cache = createCache();
    cache.writeQuery({ query: LIST, data: page([node('p-1', 'a', '1990'), node('p-2', 'b', '1991')], true, 'c2') });
    cache.writeQuery({
      query: LIST,
      variables: { after: 'c2' },
      data: page([node('p-2', 'b', '1991'), node('p-3', 'c', '1992')], false, 'c3'),
    });
    const ids = () =>
      cache.readQuery<{ people: { edges: { node: { id: string } }[] } }>({ query: LIST })?.people.edges.map((e) => e.node.id);
    expect(ids()).toEqual(['p-1', 'p-2', 'p-3']);

    cache.writeQuery({ query: LIST, data: page([node('p-3', 'c', '1992')], false, 'c1') });
    expect(ids()).toEqual(['p-3']);
  });
});
