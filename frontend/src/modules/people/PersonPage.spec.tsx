import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { EnrolmentItem_EnrolmentFragment } from '../../gql/graphql';
import { makePerson, meMock, peoplePage, programOptionsMock, regionsMock } from '../../test/factories';
import { renderApp, testLocation } from '../../test/renderApp';
import { CoachesDocument } from './useCoaches';
import { PeopleDocument } from './usePeople';
import { EnrolPersonDocument, UpdateEnrolmentDocument } from './useEnrolmentMutations';
import { PersonDocument } from './usePerson';
import { ArchivePersonDocument } from './usePersonMutations';
import { RevealNationalIdDocument } from './useRevealNationalId';
import { WithdrawConsentDocument } from '../privacy/queries';

const PAGE_LOAD = { timeout: 5000 };

function enrolment(overrides: Partial<EnrolmentItem_EnrolmentFragment> = {}): EnrolmentItem_EnrolmentFragment {
  return {
    __typename: 'Enrolment',
    id: 'e-1',
    status: 'ACTIVE',
    dropoutReason: null,
    enrolledOn: '2025-01-15',
    version: 1,
    program: { __typename: 'Program', id: 'pr-1', name: 'Femmes rurales entrepreneures', leads: [{ __typename: 'User', id: 'u-lead' }] },
    cohort: { __typename: 'Cohort', id: 'co-1', name: 'Cohorte 2025' },
    coaches: [{ __typename: 'User', id: 'u-coach', displayName: 'Salma Idrissi' }],
    ...overrides,
  };
}

const personIs = (person: ReturnType<typeof makePerson>) => ({
  request: { query: PersonDocument, variables: { id: person.id } },
  result: { data: { __typename: 'Query' as const, person } },
});

describe('the person page', () => {
  it('shows both scripts, a tel: link, and reveals the national ID on request', async () => {
    renderApp({
      route: '/people/p-1',
      mocks: [
        meMock(),
        regionsMock,
        personIs(makePerson()),
        { request: { query: RevealNationalIdDocument, variables: { personId: 'p-1' } }, result: { data: { __typename: 'Query', revealNationalId: 'RQ100000' } } },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Fatima Zahra El Amrani' }, PAGE_LOAD)).toBeInTheDocument();
    expect(screen.getAllByText('فاطمة الزهراء العمراني').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: '+212610000000' })).toHaveAttribute('href', 'tel:+212610000000');
    await waitFor(() => expect(screen.getByText('Taroudannt', { selector: 'dd' })).toBeInTheDocument());
    expect(screen.getByText('RQ****00')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Show the national ID' }));
    expect(await screen.findByText('RQ100000')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Hide the national ID' }));
    expect(screen.getByText('RQ****00')).toBeInTheDocument();
  });

  it('shows names in Arabic first when the interface is in Arabic', async () => {
    renderApp({ route: '/people/p-1?lang=ar', mocks: [meMock({ locale: 'AR' }), regionsMock, personIs(makePerson())] });
    expect(await screen.findByRole('heading', { level: 1, name: 'فاطمة الزهراء العمراني' }, PAGE_LOAD)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'الهوية' })).toBeInTheDocument();
  });

  it('enrols her in a programme the lead manages, with a cohort and a coach; the enrolment appears at once', async () => {
    renderApp({
      route: '/people/p-1',
      mocks: [
        meMock(),
        regionsMock,
        programOptionsMock,
        personIs(makePerson()),
        {
          request: { query: CoachesDocument },
          result: {
            data: {
              __typename: 'Query',
              coaches: [
                { __typename: 'User', id: 'u-coach2', displayName: 'Meryem Tazi' },
                { __typename: 'User', id: 'u-coach', displayName: 'Salma Idrissi' },
              ],
            },
          },
        },
        {
          request: {
            query: EnrolPersonDocument,
            variables: { input: { personId: 'p-1', programId: 'pr-1', cohortId: 'co-1', status: 'SELECTED', coachIds: ['u-coach'] } },
          },
          result: { data: { __typename: 'Mutation', enrolPerson: { ...enrolment({ status: 'SELECTED' }), personId: 'p-1', programId: 'pr-1' } } },
        },
      ],
    });
    expect(await screen.findByText('Not enrolled in any programme yet.', {}, PAGE_LOAD)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Enrol in a programme' }));
    const dialog = await screen.findByRole('dialog', { name: 'Enrol in a programme' });
    const program = within(dialog).getByRole('combobox', { name: 'Programme' });
    // Only the programmes she leads are offered.
    await waitFor(() => expect(within(program).getByRole('option', { name: 'Femmes rurales entrepreneures' })).toBeInTheDocument());
    expect(within(program).queryByRole('option', { name: 'Accompagnement des coopératives' })).not.toBeInTheDocument();
    fireEvent.change(program, { target: { value: 'pr-1' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Cohort' }), { target: { value: 'co-1' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Status' }), { target: { value: 'SELECTED' } });
    fireEvent.click(await within(dialog).findByRole('checkbox', { name: 'Salma Idrissi' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enrol' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const enrolments = screen.getByRole('region', { name: 'Programmes' });
    expect(within(enrolments).getByRole('link', { name: 'Femmes rurales entrepreneures' })).toHaveAttribute('href', '/programs/pr-1');
    expect(within(enrolments).getByText('Selected')).toBeInTheDocument();
    expect(within(enrolments).getByText('Cohorte 2025')).toBeInTheDocument();
    expect(within(enrolments).getByText('Salma Idrissi')).toBeInTheDocument();
  });

  it('needs a reason to record a dropout', async () => {
    renderApp({
      route: '/people/p-1',
      mocks: [
        meMock(),
        regionsMock,
        personIs(makePerson({ enrolments: [enrolment()] })),
        {
          request: { query: UpdateEnrolmentDocument, variables: { input: { id: 'e-1', version: 1, status: 'DROPPED_OUT', dropoutReason: 'Déménagement' } } },
          result: { data: { __typename: 'Mutation', updateEnrolment: enrolment({ status: 'DROPPED_OUT', dropoutReason: 'Déménagement', version: 2 }) } },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Change status: Femmes rurales entrepreneures' }, PAGE_LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Status in Femmes rurales entrepreneures' });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Status' }), { target: { value: 'DROPPED_OUT' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const reason = within(dialog).getByRole('textbox', { name: 'Reason for dropping out' });
    await waitFor(() => expect(reason).toHaveAccessibleDescription(expect.stringContaining('Say why she dropped out.')));

    fireEvent.change(reason, { target: { value: 'Déménagement' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const enrolments = screen.getByRole('region', { name: 'Programmes' });
    expect(within(enrolments).getByText('Dropped out')).toBeInTheDocument();
    expect(within(enrolments).getByText('Déménagement')).toBeInTheDocument();
  });

  it('archives her after a confirmation and goes back to the list', async () => {
    renderApp({
      route: '/people/p-1',
      mocks: [
        meMock(),
        regionsMock,
        programOptionsMock,
        personIs(makePerson()),
        {
          request: { query: ArchivePersonDocument, variables: { id: 'p-1', version: 3 } },
          result: { data: { __typename: 'Mutation', archivePerson: { __typename: 'Person', id: 'p-1', version: 4, archivedAt: '2026-05-01T10:00:00.000Z' } } },
        },
        { request: { query: PeopleDocument, variables: { first: 20, filter: {} } }, result: { data: peoplePage([]) } },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Archive' }, PAGE_LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Archive Fatima Zahra El Amrani?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive' }));
    await waitFor(() => expect(testLocation()).toBe('/people'));
  });

  it('her coach records that she withdrew her consent; only her name, region and programme stay', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const cleared = {
      birthDate: null,
      nationalIdMasked: null,
      phone: null,
      provinceCode: null,
      commune: null,
      locality: null,
      area: null,
      educationLevel: null,
      neet: null,
      preferredLocale: null,
      consentAt: null,
      consentVersion: null,
      consentChannel: null,
      consentGivenBy: null,
      consentWithdrawnOn: today,
      consentWithdrawnChannel: 'PHONE' as const,
    };
    const withdrawn = jest.fn(() => ({ data: { __typename: 'Mutation' as const, withdrawConsent: { __typename: 'Person' as const, id: 'p-1', version: 4, ...cleared } } }));
    renderApp({
      route: '/people/p-1',
      mocks: [
        meMock({ role: 'COACH' }),
        regionsMock,
        personIs(makePerson()),
        { request: { query: WithdrawConsentDocument, variables: { input: { id: 'p-1', version: 3, withdrawnOn: today, channel: 'PHONE' } } }, result: withdrawn },
        personIs(makePerson({ ...cleared, version: 4 })),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Consent withdrawn' }, PAGE_LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Fatima Zahra El Amrani withdraws her consent' });
    expect(within(dialog).getByLabelText(/Date of the withdrawal/)).toHaveValue(today);
    fireEvent.change(within(dialog).getByLabelText(/How she withdrew it/), { target: { value: 'PHONE' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record the withdrawal' }));
    await waitFor(() => expect(withdrawn).toHaveBeenCalled());
    expect(await screen.findByText(/^Consent withdrawn on .* \(By phone\)$/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Consent withdrawn' })).not.toBeInTheDocument();
  });

  it('shows a withdrawn consent in Arabic', async () => {
    renderApp({
      route: '/people/p-1?lang=ar',
      mocks: [meMock({ locale: 'AR' }), regionsMock, personIs(makePerson({ consentAt: null, consentWithdrawnOn: '2026-03-02', consentWithdrawnChannel: 'ORAL' }))],
    });
    expect(await screen.findByText(/^سُحبت الموافقة في .* \(شفهيا/, {}, PAGE_LOAD)).toBeInTheDocument();
  });

  it('tells a coach who may not see her that she is not found', async () => {
    renderApp({
      route: '/people/p-7',
      mocks: [
        meMock({ role: 'COACH' }),
        regionsMock,
        {
          request: { query: PersonDocument, variables: { id: 'p-7' } },
          result: { errors: [new GraphQLError('No such person', { extensions: { code: 'NOT_FOUND' } })] },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Person not found' }, PAGE_LOAD)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archive' })).not.toBeInTheDocument();
  });
});
