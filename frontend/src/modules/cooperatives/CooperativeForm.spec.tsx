import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { meMock, regionsMock } from '../../test/factories';
import { renderApp, testLocation } from '../../test/renderApp';
import { CooperativeDocument, CreateCooperativeDocument, PersonSearchDocument } from './queries';

const PAGE_LOAD = { timeout: 5000 };

const person = (id: string, firstName: string, lastName: string, firstNameAr: string | null = null, lastNameAr: string | null = null) => ({
  __typename: 'Person' as const,
  id,
  firstName,
  lastName,
  firstNameAr,
  lastNameAr,
});

const searchMock = (search: string, people: ReturnType<typeof person>[]): MockLink.MockedResponse => ({
  request: { query: PersonSearchDocument, variables: { search } },
  result: { data: { __typename: 'Query', people: { __typename: 'PersonConnection', edges: people.map((node) => ({ __typename: 'PersonEdge', node })) } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('the new cooperative form', () => {
  it('sends the members found by a people search, each with her role', async () => {
    let sent: unknown = null;
    renderApp({
      route: '/cooperatives/new',
      mocks: [
        meMock(),
        regionsMock,
        searchMock('fat', [person('p-1', 'Fatima Zahra', 'El Amrani', 'فاطمة الزهراء', 'العمراني'), person('p-2', 'Fatna', 'Oubella')]),
        searchMock('itto', [person('p-3', 'Itto', 'Ouhammou')]),
        {
          request: {
            query: CreateCooperativeDocument,
            variables: (variables) => {
              sent = variables;
              return true;
            },
          },
          result: { data: { __typename: 'Mutation', createCooperative: { __typename: 'Cooperative', id: 'c-9', name: 'Tifaout' } } },
        },
        {
          request: { query: CooperativeDocument, variables: { id: 'c-9' } },
          result: { data: { __typename: 'Query', cooperative: null } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
    });

    fireEvent.change(await screen.findByRole('textbox', { name: /Name \(French or as registered\)/ }, PAGE_LOAD), { target: { value: 'Tifaout' } });
    fireEvent.change(screen.getByRole('combobox', { name: /^Region/ }), { target: { value: 'MA-09' } });

    const search = screen.getByRole('searchbox', { name: 'Find a person to add' });
    fireEvent.change(search, { target: { value: 'fat' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Add Fatima Zahra El Amrani' }));
    fireEvent.change(search, { target: { value: 'fat' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Add Fatna Oubella' }));
    fireEvent.change(search, { target: { value: 'itto' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Add Itto Ouhammou' }));

    const members = screen.getByRole('list', { name: 'Members' });
    expect(within(members).getAllByRole('listitem')).toHaveLength(3);
    // The first one added is the president unless told otherwise.
    expect(screen.getByRole('combobox', { name: 'Role of Fatima Zahra El Amrani' })).toHaveValue('PRESIDENT');
    fireEvent.change(screen.getByRole('combobox', { name: 'Role of Fatna Oubella' }), { target: { value: 'TREASURER' } });
    fireEvent.change(screen.getByLabelText('Itto Ouhammou member since'), { target: { value: '2025-03-01' } });

    fireEvent.click(screen.getByRole('button', { name: 'Create the cooperative' }));
    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent).toEqual({
      input: expect.objectContaining({
        name: 'Tifaout',
        regionCode: 'MA-09',
        legalForm: 'COOPERATIVE',
        members: [
          { personId: 'p-1', role: 'PRESIDENT' },
          { personId: 'p-2', role: 'TREASURER' },
          { personId: 'p-3', role: 'MEMBER', since: '2025-03-01' },
        ],
      }) as unknown,
    });
    await waitFor(() => expect(testLocation()).toBe('/cooperatives/c-9'));
  }, 20000);

  it('shows a translated inline error for a missing name', async () => {
    renderApp({ route: '/cooperatives/new?lang=fr', mocks: [meMock({ locale: 'FR' }), regionsMock] });
    fireEvent.click(await screen.findByRole('button', { name: 'Créer la coopérative' }, PAGE_LOAD));
    expect(await screen.findAllByText('Ce champ est obligatoire.')).toHaveLength(2);
  });
});
