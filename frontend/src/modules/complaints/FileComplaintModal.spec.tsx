import type { MockLink } from '@apollo/client/testing';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { meMock, programOptionsMock } from '../../test/factories';
import { renderApp } from '../../test/renderApp';
import { CoachesDocument } from '../people/useCoaches';
import {
  ComplaintPeopleSearchDocument,
  ComplaintsDocument,
  ComplaintSubjectOptionsDocument,
  FileComplaintDocument,
  SatisfactionDocument,
} from './queries';

const PAGE_LOAD = { timeout: 5000 };
const user = (id: string, displayName: string) => ({ __typename: 'User' as const, id, displayName });
const KARIMA = user('u-karima', 'Karima Idrissi');
const NADIA = user('u-nadia', 'Nadia Alaoui');
const OMAR = user('u-omar', 'Omar Tazi');

const pageMocks: MockLink.MockedResponse[] = [
  {
    request: { query: ComplaintsDocument, variables: { filter: { open: true }, first: 25 } },
    result: {
      data: {
        __typename: 'Query',
        complaints: {
          __typename: 'ComplaintConnection',
          totalCount: 0,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: [],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: SatisfactionDocument },
    result: {
      data: {
        __typename: 'Query',
        satisfaction: { __typename: 'Satisfaction', ratings: 0, average: null, distribution: [0, 0, 0, 0, 0], byCoach: [], byProgram: [] },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: CoachesDocument },
    result: { data: { __typename: 'Query', coaches: [KARIMA, NADIA, OMAR] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  programOptionsMock,
  {
    // After the choice the field holds her name, which is searched too.
    request: { query: ComplaintPeopleSearchDocument, variables: (v) => v['search'] === 'Amina' || v['search'] === 'Amina Ait Baha' },
    result: {
      data: {
        __typename: 'Query',
        people: {
          __typename: 'PersonConnection',
          edges: [{ __typename: 'PersonEdge', node: { __typename: 'Person', id: 'p-1', firstName: 'Amina', lastName: 'Ait Baha' } }],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

let subjectVariables: Record<string, unknown> | null = null;
const subjectsMock: MockLink.MockedResponse = {
  request: {
    query: ComplaintSubjectOptionsDocument,
    variables: (v) => {
      subjectVariables = v;
      return v['personId'] === 'p-1';
    },
  },
  result: {
    data: {
      __typename: 'Query',
      person: {
        __typename: 'Person',
        id: 'p-1',
        enrolments: [
          {
            __typename: 'Enrolment',
            id: 'e-1',
            program: { __typename: 'Program', id: 'pr-1', name: 'Femmes rurales entrepreneures' },
            coaches: [KARIMA],
          },
        ],
      },
      sessions: {
        __typename: 'SessionConnection',
        edges: [
          {
            __typename: 'SessionEdge',
            node: { __typename: 'Session', id: 's-1', kind: 'TRAINING', startsAt: '2026-01-12T09:00:00.000Z', coaches: [KARIMA, NADIA] },
          },
          {
            __typename: 'SessionEdge',
            node: { __typename: 'Session', id: 's-2', kind: 'COACHING', startsAt: '2026-02-20T09:00:00.000Z', coaches: [NADIA] },
          },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('recording a complaint on her behalf', () => {
  it('offers her sessions, coaches and programmes (those the staff member may see) as pickers and sends their ids', async () => {
    let sent: unknown = null;
    renderApp({
      route: '/complaints?lang=en',
      mocks: [
        meMock(),
        ...pageMocks,
        subjectsMock,
        {
          request: {
            query: FileComplaintDocument,
            variables: (v) => {
              sent = v;
              return true;
            },
          },
          error: new Error('stop here'),
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Record a complaint' }, PAGE_LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Record a complaint on her behalf' });
    const session = within(dialog).getByRole('combobox', { name: 'Which session (optional)' });
    expect(session).toBeDisabled();
    expect(within(dialog).getByText('Choose whose complaint it is first.')).toBeInTheDocument();

    // Coaches and programmes the staff member may see, before she is chosen.
    fireEvent.click(within(dialog).getByRole('combobox', { name: 'Which coach (optional)' }));
    expect(await screen.findByRole('option', { name: 'Omar Tazi' })).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('combobox', { name: 'Which coach (optional)' }));

    const person = within(dialog).getByRole('combobox', { name: /Whose complaint/ });
    fireEvent.click(person);
    act(() => person.focus()); // Mantine takes typing only in the focused field
    fireEvent.change(person, { target: { value: 'Amina' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Amina Ait Baha' }));

    await waitFor(() => expect(session).toBeEnabled());
    expect(subjectVariables).toMatchObject({ personId: 'p-1', sessions: { personId: 'p-1' } });
    fireEvent.click(session);
    const sessions = await screen.findAllByRole('option', { name: /of / });
    expect(sessions.map((o) => o.textContent)).toEqual(['Coaching of 20 Feb 2026', 'Training of 12 Jan 2026']);
    fireEvent.click(screen.getByRole('option', { name: 'Coaching of 20 Feb 2026' }));
    // The session's only coach is filled in.
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Which coach (optional)' })).toHaveValue('Nadia Alaoui'));

    // Her coaches first (from her enrolments and sessions), then the others.
    fireEvent.click(within(dialog).getByRole('combobox', { name: 'Which coach (optional)' }));
    const hers = await screen.findByRole('group', { name: 'Her coaches' });
    expect(
      within(hers)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Karima Idrissi', 'Nadia Alaoui']);
    expect(
      within(screen.getByRole('group', { name: 'Other coaches' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Omar Tazi']);
    fireEvent.click(within(hers).getByRole('option', { name: 'Karima Idrissi' }));

    const program = within(dialog).getByRole('combobox', { name: 'Which programme (optional)' });
    fireEvent.click(program);
    const herPrograms = await screen.findByRole('group', { name: 'Her programmes' });
    expect(
      within(screen.getByRole('group', { name: 'Other programmes' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Accompagnement des coopératives']);
    fireEvent.click(within(herPrograms).getByRole('option', { name: 'Femmes rurales entrepreneures' }));

    fireEvent.click(within(dialog).getByRole('combobox', { name: /What is it about/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Coaching quality' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Tell us what happened/ }), {
      target: { value: 'The coach did not come.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send' }));
    await waitFor(() =>
      expect(sent).toEqual({
        input: {
          category: 'COACHING_QUALITY',
          description: 'The coach did not come.',
          anonymous: false,
          sessionId: 's-2',
          personId: 'p-1',
          channel: 'PHONE',
          coachId: 'u-karima',
          programId: 'pr-1',
        },
      }),
    );
  });
});
