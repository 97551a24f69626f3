import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { SessionFieldsFragment } from '../../gql/graphql';
import { meMock } from '../../test/factories';
import { notifications } from '@mantine/notifications';
import { outbox } from '../offline';
import { RegionsDocument } from '../reference';
import { renderApp } from '../../test/renderApp';
import {
  AddSessionParticipantsDocument,
  AgendaDocument,
  CheckSessionSlotDocument,
  LogSessionDocument,
  ParticipantSearchDocument,
  ScheduleSessionDocument,
  SessionDocument,
} from './sessionsApi';

const PAGE_LOAD = { timeout: 5000 };
const coach = meMock({ id: 'u-coach', role: 'COACH', displayName: 'Salma Idrissi' });

function makeSession(overrides: Partial<SessionFieldsFragment> = {}): SessionFieldsFragment {
  return {
    __typename: 'Session',
    id: 's-1',
    kind: 'COACHING',
    startsAt: '2026-11-20T09:00:00.000Z',
    endsAt: '2026-11-20T10:00:00.000Z',
    mode: 'ON_SITE',
    place: 'Cooperative Tifawin',
    status: 'PLANNED',
    toLog: true,
    topics: [],
    notes: null,
    nextSteps: null,
    cancelReason: null,
    capacity: null,
    seriesId: null,
    version: 4,
    coaches: [{ __typename: 'User', id: 'u-coach', displayName: 'Salma Idrissi' }],
    participants: [
      {
        __typename: 'SessionParticipant',
        personId: 'p-1',
        attendance: null,
        confirmedAt: null,
        waitlisted: false,
        waitlistRank: null,
        person: {
          __typename: 'Person',
          id: 'p-1',
          firstName: 'Fatima Zahra',
          lastName: 'El Amrani',
          firstNameAr: 'فاطمة الزهراء',
          lastNameAr: 'العمراني',
        },
      },
      {
        __typename: 'SessionParticipant',
        personId: 'p-2',
        attendance: null,
        confirmedAt: null,
        waitlisted: false,
        waitlistRank: null,
        person: { __typename: 'Person', id: 'p-2', firstName: 'Itto', lastName: 'Ouhammou', firstNameAr: null, lastNameAr: null },
      },
    ],
    ...overrides,
  };
}

const connection = (nodes: SessionFieldsFragment[]) => ({
  __typename: 'SessionConnection' as const,
  edges: nodes.map((node) => ({ __typename: 'SessionEdge' as const, node })),
});

function agendaMock(toLog: SessionFieldsFragment[], coming: SessionFieldsFragment[]): MockLink.MockedResponse {
  return {
    request: {
      query: AgendaDocument,
      variables: (v: Record<string, unknown>) => (v['toLogFilter'] as { coachId?: string }).coachId === 'u-coach',
    },
    result: { data: { __typename: 'Query', toLog: connection(toLog), coming: connection(coming) } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

afterEach(() => outbox.clear());

describe('the coach agenda', () => {
  it('shows the sessions to log first, with participants named in Arabic in the Arabic interface', async () => {
    const later = makeSession({
      id: 's-2',
      toLog: false,
      startsAt: new Date(Date.now() + 3600_000).toISOString(),
      endsAt: new Date(Date.now() + 7200_000).toISOString(),
      kind: 'TRAINING',
    });
    renderApp({
      route: '/?lang=ar',
      mocks: [meMock({ id: 'u-coach', role: 'COACH', locale: 'AR' }), agendaMock([makeSession()], [later])],
    });

    const toLog = await screen.findByRole('list', { name: /للتسجيل/ }, PAGE_LOAD);
    expect(within(toLog).getByText(/فاطمة الزهراء العمراني، Itto Ouhammou/)).toBeInTheDocument();
    expect(within(toLog).getByRole('link', { name: /مواكبة/ })).toHaveAttribute('href', '/sessions/s-1');
    expect(screen.getByRole('heading', { name: 'اليوم والأيام السبعة القادمة' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /تكوين/ })).toHaveAttribute('href', '/sessions/s-2');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });

  it('logs a session in three taps: status, attendance and notes are sent with the version read', async () => {
    let sent: Record<string, unknown> | null = null;
    const logMock: MockLink.MockedResponse = {
      request: {
        query: LogSessionDocument,
        variables: (v: Record<string, unknown>) => {
          sent = v;
          return true;
        },
      },
      result: { data: { __typename: 'Mutation', logSession: makeSession({ status: 'DONE', toLog: false, version: 5 }) } },
    };
    renderApp({ route: '/', mocks: [coach, agendaMock([makeSession()], []), logMock] });

    const toLog = await screen.findByRole('list', { name: /To log/ }, PAGE_LOAD);
    fireEvent.click(within(toLog).getByRole('button', { name: /Log the session of/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Log the session' });
    // Done is preselected; Itto was absent.
    const itto = within(dialog).getByRole('radiogroup', { name: 'Attendance of Itto Ouhammou' });
    fireEvent.click(within(itto).getByRole('radio', { name: 'Absent' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Notes' }), { target: { value: 'Pricing reviewed' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Next steps' }), { target: { value: 'Visit the market' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent).toEqual({
      input: {
        id: 's-1',
        version: 4,
        status: 'DONE',
        attendance: [
          { personId: 'p-1', attendance: 'PRESENT' },
          { personId: 'p-2', attendance: 'ABSENT' },
        ],
        notes: 'Pricing reviewed',
        nextSteps: 'Visit the market',
        idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
      },
    });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Log the session' })).not.toBeInTheDocument());
  });

  it('when the network fails, the log waits in the outbox with its key and the session shows "Waiting to sync"', async () => {
    let sent: Record<string, unknown> | null = null;
    const lost: MockLink.MockedResponse = {
      request: {
        query: LogSessionDocument,
        variables: (v: Record<string, unknown>) => {
          sent = v;
          return true;
        },
      },
      error: new TypeError('Failed to fetch'),
    };
    renderApp({ route: '/', mocks: [coach, agendaMock([makeSession()], []), lost] });

    const toLog = await screen.findByRole('list', { name: /To log/ }, PAGE_LOAD);
    fireEvent.click(within(toLog).getByRole('button', { name: /Log the session of/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Log the session' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(toLog).findByText('Waiting to sync')).toBeInTheDocument();
    expect(within(toLog).getByText('Done')).toBeInTheDocument();
    expect(within(toLog).queryByRole('button', { name: /Log the session of/ })).not.toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Synchronisation' })).toHaveTextContent('Changes waiting to sync: 1');
    const [entry] = outbox.entries();
    const input = (sent as unknown as { input: Record<string, unknown> }).input;
    expect(entry).toMatchObject({ userId: 'u-coach', subjectId: 's-1', operation: 'logSession', state: 'pending' });
    expect(entry.input).toEqual(input);
    expect(entry.key).toBe(input['idempotencyKey']);
  });
});

describe('someone met on site, while offline', () => {
  it('joins the attendance at once; the outbox keeps her creation (at this session) before the log that names her by a temporary id', async () => {
    const offline = jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const regions: MockLink.MockedResponse = {
      request: { query: RegionsDocument },
      result: {
        data: {
          __typename: 'Query',
          regions: [{ __typename: 'Region', code: 'MA-09', nameFr: 'Souss-Massa', nameAr: 'سوس ماسة', provinces: [] }],
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    try {
      renderApp({ route: '/', mocks: [coach, agendaMock([makeSession()], []), regions] });
      const toLog = await screen.findByRole('list', { name: /To log/ }, PAGE_LOAD);
      fireEvent.click(within(toLog).getByRole('button', { name: /Log the session of/ }));
      const dialog = await screen.findByRole('dialog', { name: 'Log the session' });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Add someone met here' }));
      const met = within(dialog).getByRole('group', { name: 'Someone met at this session' });
      fireEvent.click(within(met).getByRole('button', { name: 'Add to the attendance' }));
      expect(within(met).getAllByText('This field is required.').length).toBeGreaterThan(0);
      fireEvent.change(within(met).getByRole('textbox', { name: /First name/ }), { target: { value: 'Ijja' } });
      fireEvent.change(within(met).getByRole('textbox', { name: /Last name/ }), { target: { value: 'Ouzzine' } });
      fireEvent.click(within(met).getByRole('radio', { name: 'Woman' }));
      await within(met).findByRole('option', { name: 'Souss-Massa' });
      fireEvent.change(within(met).getByRole('combobox', { name: /Region/ }), { target: { value: 'MA-09' } });
      fireEvent.click(within(met).getByRole('button', { name: 'Add to the attendance' }));
      const ijja = within(dialog).getByRole('radiogroup', { name: 'Attendance of Ijja Ouzzine' });
      expect(within(ijja).getByRole('radio', { name: 'Present' })).toBeChecked();
      fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

      expect(await within(toLog).findByText('Waiting to sync')).toBeInTheDocument();
      const [creation, log] = outbox.entries();
      expect(creation).toMatchObject({
        operation: 'createPerson',
        subjectId: expect.stringMatching(/^tmp:/),
        input: { firstName: 'Ijja', lastName: 'Ouzzine', gender: 'F', regionCode: 'MA-09', sessionId: 's-1' },
      });
      expect(log).toMatchObject({ operation: 'logSession', subjectId: 's-1' });
      expect(log.input['attendance']).toEqual([
        { personId: 'p-1', attendance: 'PRESENT' },
        { personId: 'p-2', attendance: 'PRESENT' },
        { personId: creation.subjectId, attendance: 'PRESENT' },
      ]);
      expect(creation.key).not.toBe(log.key);
    } finally {
      offline.mockRestore();
      // Notifications are global: the ones shown here must not crowd out the next tests' (Mantine shows a few at a time).
      notifications.clean();
    }
  });
});

describe('a person met on site refused by the server', () => {
  it('is shown in the sync strip with "discard"; the log naming her then cannot be sent and is marked refused', async () => {
    const offline = jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      outbox.add({ userId: 'u-coach', operation: 'createPerson', subjectId: 'tmp:1', input: { firstName: 'Ijja', lastName: 'Ouzzine', sessionId: 's-1' } });
      outbox.add({ userId: 'u-coach', operation: 'logSession', subjectId: 's-1', input: { id: 's-1', version: 4, attendance: [{ personId: 'tmp:1', attendance: 'PRESENT' }] } });
      await outbox.flush('u-coach', async () => ({ ok: false, retry: false, problem: { code: 'BAD_USER_INPUT', reason: 'REQUIRED' } }));
      renderApp({ route: '/', mocks: [coach, agendaMock([makeSession()], [])] });
      const strip = await screen.findByRole('status', { name: 'Synchronisation' }, PAGE_LOAD);
      expect(within(strip).getByText('Person met on site not created: Ijja Ouzzine')).toBeInTheDocument();
      fireEvent.click(within(strip).getByRole('button', { name: 'Discard my change' }));
      await waitFor(() => expect(outbox.entries().map((e) => e.operation)).toEqual(['logSession']));
      await outbox.flush('u-coach', async () => ({ ok: true }));
      expect(outbox.entries().map((e) => [e.state, e.problem?.code])).toEqual([['failed', 'NOT_FOUND']]);
    } finally {
      offline.mockRestore();
    }
  });
});

describe('scheduling a session', () => {
  it('on a CONFLICT, proposes the free slots and a click fills the time in', async () => {
    const slotCheck: MockLink.MockedResponse = {
      request: { query: CheckSessionSlotDocument, variables: () => true },
      result: {
        data: {
          __typename: 'Query',
          checkSessionSlot: { __typename: 'SlotCheck', coachClashes: [], participantClashes: [], outsideWorkingHours: [], freeSlots: [] },
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    const people: MockLink.MockedResponse = {
      request: { query: ParticipantSearchDocument, variables: () => true },
      result: { data: { __typename: 'Query', people: { __typename: 'PersonConnection', edges: [] } } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    let sent: Record<string, unknown> | null = null;
    const conflict: MockLink.MockedResponse = {
      request: {
        query: ScheduleSessionDocument,
        variables: (v: Record<string, unknown>) => {
          sent = v;
          return true;
        },
      },
      result: {
        errors: [
          {
            message: 'The coach already has a session at that time',
            extensions: {
              code: 'CONFLICT',
              clashingSessionId: 's-9',
              clashStartsAt: '2026-12-01T09:00:00.000Z',
              clashEndsAt: '2026-12-01T10:00:00.000Z',
              freeSlots: [
                { startsAt: '2026-12-01T10:00:00.000Z', endsAt: '2026-12-01T11:00:00.000Z' },
                { startsAt: '2026-12-01T13:30:00.000Z', endsAt: '2026-12-01T14:30:00.000Z' },
              ],
            },
          },
        ],
      },
    };
    renderApp({ route: '/sessions/new', mocks: [coach, slotCheck, people, conflict] });

    const date = await screen.findByLabelText(/^Date/, {}, PAGE_LOAD);
    fireEvent.change(date, { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText(/^Start time/), { target: { value: '10:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Schedule' }));

    const title = await screen.findByText('The coach already has a session at this time.');
    const alert = title.closest<HTMLElement>('[role="alert"]');
    if (!alert) throw new Error('the clash is not announced');
    expect((sent as { input: { coachIds: string[]; startsAt: string } } | null)?.input).toMatchObject({
      coachIds: ['u-coach'],
      startsAt: '2026-12-01T09:00:00.000Z',
    });
    const slots = within(alert).getAllByRole('button', { name: /^Use / });
    expect(slots).toHaveLength(2);
    fireEvent.click(slots[1]);
    // 13:30 UTC is 14:30 in Casablanca.
    expect(screen.getByLabelText(/^Start time/)).toHaveValue('14:30');
    expect(screen.getByLabelText(/^Date/)).toHaveValue('2026-12-01');
    expect(screen.queryByText('The coach already has a session at this time.')).not.toBeInTheDocument();
  });
});

describe('participants of a planned training', () => {
  it('adds people found by name; beyond the capacity they join the waiting list, and the coach is told', async () => {
    const training = makeSession({
      kind: 'TRAINING',
      capacity: 2,
      toLog: false,
      startsAt: '2030-11-20T09:00:00.000Z',
      endsAt: '2030-11-20T12:00:00.000Z',
    });
    const hanane = {
      __typename: 'Person' as const,
      id: 'p-3',
      firstName: 'Hanane',
      lastName: 'Bakkali',
      firstNameAr: null,
      lastNameAr: null,
    };
    const people: MockLink.MockedResponse = {
      request: { query: ParticipantSearchDocument, variables: () => true },
      result: {
        data: {
          __typename: 'Query',
          people: {
            __typename: 'PersonConnection',
            edges: [
              // Already in the session: not offered again.
              { __typename: 'PersonEdge', node: training.participants[0].person! },
              { __typename: 'PersonEdge', node: hanane },
            ],
          },
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    let sent: unknown = null;
    const added: MockLink.MockedResponse = {
      request: {
        query: AddSessionParticipantsDocument,
        variables: (v: unknown) => {
          sent = v;
          return true;
        },
      },
      result: {
        data: {
          __typename: 'Mutation',
          addSessionParticipants: {
            ...training,
            participants: [
              ...training.participants,
              {
                __typename: 'SessionParticipant',
                personId: 'p-3',
                attendance: null,
                confirmedAt: null,
                waitlisted: true,
                waitlistRank: 1,
                person: hanane,
              },
            ],
          },
        },
      },
    };
    renderApp({
      route: '/sessions/s-1',
      mocks: [
        coach,
        {
          request: { query: SessionDocument, variables: { id: 's-1' } },
          result: { data: { __typename: 'Query', session: training } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        people,
        added,
      ],
    });
    const input = (await screen.findAllByLabelText('Add participants', {}, PAGE_LOAD)).find(
      (e) => e.tagName === 'INPUT' && e.getAttribute('type') !== 'hidden',
    )!;
    expect(screen.getByText(/2 seats: people added beyond them join the waiting list/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('This field is required.')).toBeInTheDocument();
    fireEvent.click(input);
    fireEvent.change(input, { target: { value: 'Ha' } });
    const option = await screen.findByRole('option', { name: 'Hanane Bakkali' });
    expect(screen.queryByRole('option', { name: 'Fatima Zahra El Amrani' })).not.toBeInTheDocument();
    fireEvent.click(option);
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(sent).toEqual({ input: { sessionId: 's-1', personIds: ['p-3'] } }));
    expect(await screen.findByText('Seated: 0. On the waiting list: 1.')).toBeInTheDocument();
    expect(await screen.findByText('Waiting list, no. 1')).toBeInTheDocument();
  });
});
