import { ErrorCode, ErrorReason } from '@rafiq/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { ProgramDetails_ProgramFragment } from '../../gql/graphql';
import { meMock, regionsMock } from '../../test/factories';
import { renderApp, testLocation } from '../../test/renderApp';
import { CreateCohortDocument, CreateProgramDocument, ProgramDocument, ProgramsDocument } from './usePrograms';

const PAGE_LOAD = { timeout: 5000 };

function program(overrides: Partial<ProgramDetails_ProgramFragment> = {}): ProgramDetails_ProgramFragment {
  return {
    __typename: 'Program',
    id: 'pr-1',
    name: 'Femmes rurales entrepreneures',
    description: "De l'idée à l'activité génératrice de revenus.",
    startsOn: '2025-01-15',
    endsOn: '2027-06-30',
    regionCodes: ['MA-09'],
    version: 1,
    archivedAt: null,
    cohorts: [{ __typename: 'Cohort', id: 'co-1', name: 'Cohorte 2025', startsOn: '2025-01-15', endsOn: '2025-12-31' }],
    leads: [{ __typename: 'User', id: 'u-lead', displayName: 'Youssef Benali' }],
    partners: [],
    ...overrides,
  };
}

const programsPage = (nodes: ProgramDetails_ProgramFragment[]) => ({
  __typename: 'Query' as const,
  programs: {
    __typename: 'ProgramConnection' as const,
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
    edges: nodes.map(({ version: _version, cohorts, ...node }) => ({
      __typename: 'ProgramEdge' as const,
      cursor: node.id,
      node: { ...node, cohorts: cohorts.map((c) => ({ __typename: 'Cohort' as const, id: c.id })) },
    })),
  },
});

describe('programmes', () => {
  it('lists them with their regions, cohorts and leads', async () => {
    renderApp({
      route: '/programs',
      mocks: [
        meMock(),
        regionsMock,
        { request: { query: ProgramsDocument, variables: { first: 20 } }, result: { data: programsPage([program()]) } },
      ],
    });
    const link = await screen.findByRole('link', { name: 'Femmes rurales entrepreneures' }, PAGE_LOAD);
    expect(link).toHaveAttribute('href', '/programs/pr-1');
    const card = link.closest('li') as HTMLElement;
    await waitFor(() => expect(card).toHaveTextContent('Regions: Souss-Massa'));
    expect(card).toHaveTextContent('Cohorts: 1');
    expect(card).toHaveTextContent('Youssef Benali');
    expect(screen.getByRole('link', { name: 'New programme' })).toHaveAttribute('href', '/programs/new');
  });

  it('shows a programme; its lead adds a cohort, which appears at once; its people are one link away', async () => {
    renderApp({
      route: '/programs/pr-1',
      mocks: [
        meMock(),
        regionsMock,
        { request: { query: ProgramDocument, variables: { id: 'pr-1' } }, result: { data: { __typename: 'Query', program: program() } } },
        {
          request: {
            query: CreateCohortDocument,
            variables: { input: { programId: 'pr-1', name: 'Cohorte 2027', startsOn: '2027-01-10', endsOn: null } },
          },
          result: {
            data: {
              __typename: 'Mutation',
              createCohort: {
                __typename: 'Cohort',
                id: 'co-9',
                name: 'Cohorte 2027',
                startsOn: '2027-01-10',
                endsOn: null,
                programId: 'pr-1',
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Femmes rurales entrepreneures' }, PAGE_LOAD)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See its people' })).toHaveAttribute('href', '/people?programId=pr-1');
    expect(screen.getByRole('link', { name: 'Cohorte 2025' })).toHaveAttribute('href', '/people?programId=pr-1&cohortId=co-1');

    fireEvent.click(screen.getByRole('button', { name: 'New cohort' }));
    const dialog = await screen.findByRole('dialog', { name: 'New cohort' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create the cohort' }));
    const name = within(dialog).getByRole('textbox', { name: 'Cohort name' });
    await waitFor(() => expect(name).toHaveAccessibleDescription('Enter a name.'));
    fireEvent.change(name, { target: { value: 'Cohorte 2027' } });
    fireEvent.change(within(dialog).getByLabelText('Start date'), { target: { value: '2027-01-10' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create the cohort' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Cohorte 2027' })).toHaveAttribute('href', '/people?programId=pr-1&cohortId=co-9');
  });

  it('does not offer a new cohort to a lead of another programme', async () => {
    renderApp({
      route: '/programs/pr-1',
      mocks: [
        meMock({ id: 'u-other' }),
        regionsMock,
        { request: { query: ProgramDocument, variables: { id: 'pr-1' } }, result: { data: { __typename: 'Query', program: program() } } },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Femmes rurales entrepreneures' }, PAGE_LOAD)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New cohort' })).not.toBeInTheDocument();
  });

  it('creates a programme, showing a server refusal next to its field', async () => {
    const created = program({
      id: 'pr-9',
      name: 'Artisanes du Souss',
      description: null,
      startsOn: null,
      endsOn: null,
      regionCodes: ['MA-09'],
      cohorts: [],
    });
    const input = { name: 'Artisanes du Souss', description: null, startsOn: null, endsOn: null, regionCodes: ['MA-09'] };
    renderApp({
      route: '/programs/new',
      mocks: [
        meMock(),
        regionsMock,
        {
          request: { query: CreateProgramDocument, variables: { input } },
          result: {
            errors: [
              new GraphQLError('too long', { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'name', reason: ErrorReason.TOO_LONG } }),
            ],
          },
        },
        {
          request: { query: CreateProgramDocument, variables: { input } },
          result: { data: { __typename: 'Mutation', createProgram: created } },
        },
        { request: { query: ProgramDocument, variables: { id: 'pr-9' } }, result: { data: { __typename: 'Query', program: created } } },
      ],
    });
    const name = await screen.findByRole('textbox', { name: 'Name' }, PAGE_LOAD);
    fireEvent.change(name, { target: { value: 'Artisanes du Souss' } });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Souss-Massa' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create the programme' }));
    await waitFor(() => expect(name).toHaveAccessibleDescription('This value is too long.'));

    fireEvent.click(screen.getByRole('button', { name: 'Create the programme' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Artisanes du Souss' })).toBeInTheDocument();
    expect(testLocation()).toBe('/programs/pr-9');
  });
});
