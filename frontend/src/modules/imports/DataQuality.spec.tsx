import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { meMock } from '../../test/factories';
import { renderApp } from '../../test/renderApp';
import { DismissPersonDuplicateDocument, MergePeopleDocument, PersonDuplicatesDocument } from './queries';

const person = (id: string, firstName: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Person' as const,
  id,
  version: 2,
  firstName,
  lastName: 'Ait Baha',
  firstNameAr: null,
  lastNameAr: null,
  gender: 'F',
  birthDate: '1991-04-12',
  phone: null,
  nationalIdMasked: null,
  regionCode: 'MA-09',
  commune: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

const page = (edges: unknown[]) => ({
  data: {
    personDuplicates: {
      __typename: 'PersonDuplicateConnection',
      totalCount: edges.length,
      edges,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
});
const pair = {
  __typename: 'PersonDuplicateEdge',
  cursor: 'a:b',
  node: {
    __typename: 'PersonDuplicatePair',
    reason: 'SIMILAR_NAME_SAME_BIRTH_DATE',
    similarity: 0.8,
    person: person('p-a', 'Hasna', { phone: '+212661234501' }),
    other: person('p-b', 'Hasnaa', { nationalIdMasked: 'JB****77' }),
  },
};

describe('the data quality page', () => {
  it('compares a pair side by side in Arabic and merges into the chosen person', async () => {
    const merge = jest.fn(() => ({ data: { mergePeople: { __typename: 'Person', id: 'p-b', version: 3 } } }));
    renderApp({
      route: '/data-quality?lang=ar',
      mocks: [
        meMock({ locale: 'AR' }),
        { request: { query: PersonDuplicatesDocument, variables: { first: 20 } }, result: page([pair]) },
        { request: { query: MergePeopleDocument, variables: { input: { keepId: 'p-b', mergeId: 'p-a', keepVersion: 2, mergeVersion: 2 } } }, result: merge },
        { request: { query: PersonDuplicatesDocument, variables: { first: 20 } }, result: page([]) },
      ],
    });
    const card = await screen.findByRole('listitem', { name: 'Hasna Ait Baha وHasnaa Ait Baha' }, { timeout: 5000 });
    expect(within(card).getByText('اسم متشابه ونفس تاريخ الازدياد')).toBeInTheDocument();
    expect(within(card).getByRole('row', { name: /الهاتف/ })).toHaveTextContent('+212661234501');
    fireEvent.click(within(card).getByRole('radio', { name: 'Hasnaa Ait Baha' }));
    fireEvent.click(within(card).getByRole('button', { name: 'دمج' }));
    await waitFor(() => expect(merge).toHaveBeenCalled());
    expect(await screen.findByText('الأزواج المطلوب مراجعتها: 0')).toBeInTheDocument();
  });

  it('marks a pair as not a duplicate', async () => {
    const dismiss = jest.fn(() => ({ data: { dismissPersonDuplicate: true } }));
    renderApp({
      route: '/data-quality',
      mocks: [
        meMock({ role: 'ADMIN' }),
        { request: { query: PersonDuplicatesDocument, variables: { first: 20 } }, result: page([pair]) },
        { request: { query: DismissPersonDuplicateDocument, variables: { input: { personId: 'p-a', otherPersonId: 'p-b' } } }, result: dismiss },
        { request: { query: PersonDuplicatesDocument, variables: { first: 20 } }, result: page([]) },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Not a duplicate' }, { timeout: 5000 }));
    await waitFor(() => expect(dismiss).toHaveBeenCalled());
    expect(await screen.findByText('Pairs to review: 0')).toBeInTheDocument();
  });
});
