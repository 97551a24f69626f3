import { ErrorCode, ErrorReason } from '@rafiq/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { makePerson, meMock, regionsMock } from '../../test/factories';
import { renderApp } from '../../test/renderApp';
import { PersonDocument } from './usePerson';
import { LikelyDuplicatesDocument } from './useLikelyDuplicates';
import { CreatePersonDocument, UpdatePersonDocument } from './usePersonMutations';

/** Nobody looks like her, whatever is typed (unless a test says otherwise). */
const noDuplicates = {
  request: { query: LikelyDuplicatesDocument, variables: () => true },
  result: { data: { __typename: 'Query' as const, likelyDuplicates: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const change = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

/** The first wait of a test also covers loading the page's code (lazy routes). */
const PAGE_LOAD = { timeout: 5000 };

describe('the person form', () => {
  it('shows a BAD_USER_INPUT answer next to its field, in the interface language', async () => {
    renderApp({
      route: '/people/new?lang=fr',
      mocks: [
        meMock({ locale: 'FR' }),
        regionsMock,
        noDuplicates,
        {
          request: {
            query: CreatePersonDocument,
            variables: {
              input: {
                firstName: 'Khadija',
                lastName: 'Ait Lahcen',
                gender: 'F',
                regionCode: 'MA-09',
                nationalId: 'JB123456',
                consent: { givenOn: new Date().toISOString().slice(0, 10), channel: 'PAPER', givenBy: 'SELF' },
              },
            },
          },
          result: {
            errors: [
              new GraphQLError('Another person has this national ID (server text, never shown)', {
                extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'nationalId', reason: ErrorReason.DUPLICATE },
              }),
            ],
          },
        },
      ],
    });

    change(await screen.findByRole('textbox', { name: 'Prénom (alphabet latin)' }, PAGE_LOAD), 'Khadija');
    change(screen.getByRole('textbox', { name: 'Nom (alphabet latin)' }), 'Ait Lahcen');
    fireEvent.click(screen.getByRole('radio', { name: 'Femme' }));
    const region = screen.getByRole('combobox', { name: 'Région' });
    await waitFor(() => expect(within(region).getByRole('option', { name: 'Souss-Massa' })).toBeInTheDocument());
    change(region, 'MA-09');
    // Her consent first: without it only her name, gender and region may be recorded.
    const nationalId = screen.getByRole('textbox', { name: 'Numéro de CIN' });
    expect(nationalId).toBeDisabled();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Elle a donné son consentement après avoir entendu la notice' }));
    expect(nationalId).toBeEnabled();
    change(nationalId, 'JB123456');
    fireEvent.click(screen.getByRole('button', { name: 'Créer la personne' }));

    await waitFor(() => expect(nationalId).toHaveAccessibleDescription(expect.stringContaining('Une autre personne a déjà ce numéro de CIN.')));
    expect(nationalId).toHaveAttribute('aria-invalid', 'true');
    expect(nationalId).toHaveFocus();
    expect(screen.queryByText(/server text/)).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('checks the required fields before sending anything', async () => {
    renderApp({ route: '/people/new', mocks: [meMock(), regionsMock, noDuplicates] });
    fireEvent.click(await screen.findByRole('button', { name: 'Create the person' }, PAGE_LOAD));

    const firstName = screen.getByRole('textbox', { name: 'First name (Latin script)' });
    await waitFor(() => expect(firstName).toHaveAccessibleDescription('This field is required.'));
    expect(firstName).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Last name (Latin script)' })).toHaveAccessibleDescription('This field is required.');
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveAccessibleDescription('Choose a region.');
    expect(screen.getByText('Choose a gender.')).toBeInTheDocument();
  });

  it('lists the likely duplicates while she is typed in, each linking to her page', async () => {
    const match = makePerson({ id: 'p-9' });
    renderApp({
      route: '/people/new',
      mocks: [
        meMock(),
        regionsMock,
        {
          request: {
            query: LikelyDuplicatesDocument,
            variables: { input: { firstName: 'Fatima Zahra', lastName: 'El Amrani', gender: 'F', regionCode: 'MA-01', birthDate: '1989-02-07', phone: '0610000000' } },
          },
          result: {
            data: {
              __typename: 'Query',
              likelyDuplicates: [
                {
                  __typename: 'Person',
                  id: match.id,
                  firstName: match.firstName,
                  lastName: match.lastName,
                  firstNameAr: match.firstNameAr,
                  lastNameAr: match.lastNameAr,
                  birthDate: match.birthDate,
                  nationalIdMasked: match.nationalIdMasked,
                  region: match.region,
                },
              ],
            },
          },
        },
      ],
    });

    change(await screen.findByRole('textbox', { name: 'First name (Latin script)' }, PAGE_LOAD), 'Fatima Zahra');
    change(screen.getByRole('textbox', { name: 'Last name (Latin script)' }), 'El Amrani');
    change(screen.getByLabelText('Date of birth'), '1989-02-07');
    change(screen.getByRole('textbox', { name: 'Phone' }), '0610000000');

    const title = await screen.findByText('Possible duplicates', {}, { timeout: 3000 });
    const panel = title.closest('[role="alert"], .mantine-Alert-root') as HTMLElement;
    const link = within(panel).getByRole('link', { name: /Fatima Zahra El Amrani/ });
    expect(link).toHaveAttribute('href', '/people/p-9');
    expect(link).toHaveAttribute('target', '_blank');
    expect(within(panel).getByRole('list', { name: 'Possible duplicates' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('Souss-Massa · 1989-02-07 · RQ****00');
  });

  it('sends only the changed fields with the version read, and a CONFLICT opens the dialog; Reload starts again from the current record', async () => {
    const person = makePerson();
    const newer = makePerson({ version: 4, phone: '+212699999999' });
    renderApp({
      route: '/people/p-1/edit',
      mocks: [
        meMock(),
        regionsMock,
        { request: { query: PersonDocument, variables: { id: 'p-1' } }, result: { data: { __typename: 'Query', person } } },
        {
          request: { query: UpdatePersonDocument, variables: { input: { id: 'p-1', version: 3, phone: '0611223344' } } },
          result: {
            errors: [new GraphQLError('This person was changed by someone else', { extensions: { code: ErrorCode.CONFLICT, currentVersion: 4 } })],
          },
        },
        { request: { query: PersonDocument, variables: { id: 'p-1' } }, result: { data: { __typename: 'Query', person: newer } } },
      ],
    });

    const phone = await screen.findByRole('textbox', { name: 'Phone' }, PAGE_LOAD);
    expect(phone).toHaveValue('+212610000000');
    change(phone, '0611223344');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' });
    expect(dialog).toHaveTextContent('Your changes were not saved');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveValue('+212699999999');
  });

  it('Cancel closes the conflict dialog and keeps what was typed', async () => {
    renderApp({
      route: '/people/p-1/edit',
      mocks: [
        meMock(),
        regionsMock,
        { request: { query: PersonDocument, variables: { id: 'p-1' } }, result: { data: { __typename: 'Query', person: makePerson() } } },
        {
          request: { query: UpdatePersonDocument, variables: { input: { id: 'p-1', version: 3, locality: 'Douar Ighrem' } } },
          result: { errors: [new GraphQLError('stale', { extensions: { code: ErrorCode.CONFLICT } })] },
        },
      ],
    });
    const locality = await screen.findByRole('textbox', { name: 'Locality (douar or neighbourhood)' }, PAGE_LOAD);
    change(locality, 'Douar Ighrem');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: 'Locality (douar or neighbourhood)' })).toHaveValue('Douar Ighrem');
  });

  it('lets a coach change the contact fields only', async () => {
    renderApp({
      route: '/people/p-1/edit',
      mocks: [
        meMock({ id: 'u-coach', role: 'COACH' }),
        regionsMock,
        { request: { query: PersonDocument, variables: { id: 'p-1' } }, result: { data: { __typename: 'Query', person: makePerson() } } },
      ],
    });
    expect(await screen.findByRole('textbox', { name: 'Phone' }, PAGE_LOAD)).toBeEnabled();
    expect(screen.getByRole('textbox', { name: 'Commune' })).toBeEnabled();
    expect(screen.queryByRole('textbox', { name: 'First name (Latin script)' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'National ID (CIN)' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Region' })).not.toBeInTheDocument();
  });
});
