import { ErrorCode } from '@rafiq/shared';
import { notifications } from '@mantine/notifications';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { JourneySession_SessionFragment, JourneyVenture_VentureFragment, MyJourneyQuery } from '../../gql/graphql';
import { meMock } from '../../test/factories';
import { renderApp } from '../../test/renderApp';
import { currentMonthStart, parseAmount } from './journeyFormat';
import { CancelMyPlaceDocument, CompleteActionItemDocument, ConfirmAttendanceDocument, RecordMonthlySalesDocument } from './useJourneyMutations';
import { MyJourneyDocument } from './useMyJourney';

const PAGE_LOAD = { timeout: 5000 };
const entrepreneur = (locale: 'EN' | 'AR' | 'FR' = 'EN') => meMock({ id: 'u-fatima', role: 'ENTREPRENEUR', displayName: 'Fatima Zahra El Amrani', locale });

function venture(overrides: Partial<JourneyVenture_VentureFragment> = {}): JourneyVenture_VentureFragment {
  return {
    __typename: 'Venture',
    id: 'v-1',
    title: 'Huile d’argan',
    stage: 'LAUNCH',
    stageSince: '2025-06-16T12:00:00.000Z',
    daysInStage: 523,
    stageHistory: [
      { __typename: 'VentureStageChange', id: 'h-1', fromStage: null, toStage: 'IDEA', changedOn: '2025-02-19', note: null },
      { __typename: 'VentureStageChange', id: 'h-2', fromStage: 'IDEA', toStage: 'VALIDATION', changedOn: '2025-03-22', note: 'Premiers clients trouvés' },
      { __typename: 'VentureStageChange', id: 'h-3', fromStage: 'VALIDATION', toStage: 'LAUNCH', changedOn: '2025-06-16', note: null },
    ],
    actionItems: [
      { __typename: 'ActionItem', id: 'a-1', title: 'Call the cooperative', dueOn: '2025-01-10', status: 'OPEN', overdue: true, ownerKind: 'ENTREPRENEUR', version: 2 },
      { __typename: 'ActionItem', id: 'a-2', title: 'Prepare the bank file', dueOn: '2099-01-10', status: 'OPEN', overdue: false, ownerKind: 'COACH', version: 1 },
    ],
    results: [],
    resultsSummary: { __typename: 'ResultsSummary', lastPeriodRevenue: 1200, revenueGrowth: 0.2, totalJobs: 1 },
    ...overrides,
  };
}

const session: JourneySession_SessionFragment = {
  __typename: 'Session',
  id: 's-1',
  kind: 'COACHING',
  startsAt: '2026-11-23T08:00:00.000Z',
  endsAt: '2026-11-23T09:30:00.000Z',
  place: 'Douar Tifawin',
  mode: 'ON_SITE',
  participants: [{ __typename: 'SessionParticipant', personId: 'p-1', confirmedAt: null }],
};

function journey(ventures: JourneyVenture_VentureFragment[] = [venture()], sessions = [session]): MyJourneyQuery {
  return {
    __typename: 'Query',
    myJourney: {
      __typename: 'MyJourney',
      person: { __typename: 'Person', id: 'p-1', firstName: 'Fatima Zahra', firstNameAr: 'فاطمة الزهراء' },
      ventures,
      upcomingSessions: sessions,
    },
  };
}

const journeyMock = (data: MyJourneyQuery, uses = 1) => ({ request: { query: MyJourneyDocument }, result: { data }, maxUsageCount: uses });

describe('my journey', () => {
  it('shows her stage on the path, how long she has been there, her history and her sessions', async () => {
    renderApp({ route: '/', mocks: [entrepreneur(), journeyMock(journey())] });
    const path = await screen.findByRole('list', { name: 'Where I am' }, PAGE_LOAD);
    const steps = within(path).getAllByRole('listitem');
    expect(steps).toHaveLength(6);
    ['Idea', 'Validation', 'Structuring', 'Launch', 'Operating', 'Growing'].forEach((name, i) => expect(steps[i]).toHaveTextContent(name));
    const current = steps.filter((s) => s.getAttribute('aria-current') === 'step');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent('Launch');
    expect(current[0]).toHaveTextContent('You are here');
    expect(steps[0]).toHaveTextContent('IdeaDone');
    expect(steps[5]).toHaveTextContent('GrowingNext');
    expect(screen.getByText('In this step since 16 June 2025 (523 days).')).toBeInTheDocument();
    expect(screen.getByText('Reached: Validation')).toBeInTheDocument();
    expect(screen.getByText('Premiers clients trouvés')).toBeInTheDocument();
    expect(screen.getByText('Late')).toBeInTheDocument();
    expect(screen.getByText('With your coach')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /Prepare the bank file/ })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Monday 23 November' })).toBeInTheDocument();
    // 08:00 UTC is 09:00 in Casablanca.
    expect(screen.getByText('09:00 to 10:30')).toBeInTheDocument();
    expect(screen.getByText('Last month recorded: 1,200 dirhams')).toBeInTheDocument();
    expect(screen.getByText('Up 20% on the month before')).toBeInTheDocument();
  });

  it('ticks one of her actions off with completeActionItem', async () => {
    const completed = jest.fn(() => ({
      data: { __typename: 'Mutation' as const, completeActionItem: { __typename: 'ActionItem' as const, id: 'a-1', status: 'DONE' as const, overdue: false, version: 3 } },
    }));
    renderApp({
      route: '/',
      mocks: [entrepreneur(), journeyMock(journey()), { request: { query: CompleteActionItemDocument, variables: { id: 'a-1', version: 2, done: true } }, result: completed }],
    });
    const box = await screen.findByRole('checkbox', { name: 'Call the cooperative' }, PAGE_LOAD);
    expect(box).not.toBeChecked();
    fireEvent.click(box);
    await waitFor(() => expect(completed).toHaveBeenCalled());
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Call the cooperative' })).toBeChecked());
    expect(screen.queryByText('Late')).not.toBeInTheDocument();
  });

  it("records this month's sales for the current month, then corrects them with their version", async () => {
    const month = currentMonthStart();
    const recorded = jest.fn(() => ({
      data: {
        __typename: 'Mutation' as const,
        recordEconomicResult: { __typename: 'EconomicResult' as const, id: 'r-1', periodKind: 'MONTH' as const, periodStart: month, revenue: 1500.5, version: 1, ventureId: 'v-1' },
      },
    }));
    const after = journey([venture({ results: [{ __typename: 'EconomicResult', id: 'r-1', periodKind: 'MONTH', periodStart: month, revenue: 1500.5, version: 1 }] })]);
    renderApp({
      route: '/',
      mocks: [
        entrepreneur(),
        journeyMock(journey()),
        { request: { query: RecordMonthlySalesDocument, variables: { input: { ventureId: 'v-1', periodKind: 'MONTH', periodStart: month, revenue: 1500.5 } } }, result: recorded },
        journeyMock(after, 5),
      ],
    });
    const field = await screen.findByRole('textbox', { name: /^Sales of .* \(dirhams\)$/ }, PAGE_LOAD);
    fireEvent.click(screen.getByRole('button', { name: "Add this month's sales" }));
    expect(await screen.findByText('Write an amount in dirhams, for example 1500.')).toBeInTheDocument();
    fireEvent.change(field, { target: { value: '1 500,50' } });
    fireEvent.click(screen.getByRole('button', { name: "Add this month's sales" }));
    await waitFor(() => expect(recorded).toHaveBeenCalled());
    expect(await screen.findByText(/^Saved: 1,500.5 dirhams for /)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: "Correct this month's sales" })).toBeInTheDocument();
  });

  it('sends the version when the month exists, and retries once with the version read again after a conflict', async () => {
    const month = currentMonthStart();
    const existing = journey([venture({ results: [{ __typename: 'EconomicResult', id: 'r-1', periodKind: 'MONTH', periodStart: month, revenue: 900, version: 1 }] })]);
    const newer = journey([venture({ results: [{ __typename: 'EconomicResult', id: 'r-1', periodKind: 'MONTH', periodStart: month, revenue: 950, version: 2 }] })]);
    const input = { ventureId: 'v-1', periodKind: 'MONTH', periodStart: month, revenue: 1000 };
    const retried = jest.fn(() => ({
      data: { __typename: 'Mutation' as const, recordEconomicResult: { __typename: 'EconomicResult' as const, id: 'r-1', periodKind: 'MONTH' as const, periodStart: month, revenue: 1000, version: 3, ventureId: 'v-1' } },
    }));
    renderApp({
      route: '/',
      mocks: [
        entrepreneur(),
        journeyMock(existing),
        { request: { query: RecordMonthlySalesDocument, variables: { input: { ...input, version: 1 } } }, result: { errors: [new GraphQLError('stale', { extensions: { code: ErrorCode.CONFLICT } })] } },
        journeyMock(newer),
        { request: { query: RecordMonthlySalesDocument, variables: { input: { ...input, version: 2 } } }, result: retried },
        journeyMock(newer, 5),
      ],
    });
    const field = await screen.findByRole('textbox', { name: /^Sales of/ }, PAGE_LOAD);
    expect(field).toHaveValue('900');
    expect(screen.getByText(/^Already recorded for .*: 900 dirhams\. You can correct it\.$/)).toBeInTheDocument();
    fireEvent.change(field, { target: { value: '1000' } });
    fireEvent.click(screen.getByRole('button', { name: "Correct this month's sales" }));
    await waitFor(() => expect(retried).toHaveBeenCalled(), PAGE_LOAD);
    expect(await screen.findByText(/^Saved: 1,000 dirhams for /)).toBeInTheDocument();
  });

  it('confirms she will come to a session', async () => {
    renderApp({
      route: '/',
      mocks: [
        entrepreneur(),
        journeyMock(journey()),
        {
          request: { query: ConfirmAttendanceDocument, variables: { sessionId: 's-1' } },
          result: {
            data: {
              __typename: 'Mutation',
              confirmAttendance: { __typename: 'Session', id: 's-1', participants: [{ __typename: 'SessionParticipant', personId: 'p-1', confirmedAt: '2026-11-20T10:00:00.000Z' }] },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'I will come: Coaching, Monday 23 November' }, PAGE_LOAD));
    expect(await screen.findByText('You said you will come')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^I will come/ })).not.toBeInTheDocument();
  });

  it('gives up her place in a session after confirming, and her journey is read again', async () => {
    let cancelled = false;
    renderApp({
      route: '/',
      mocks: [
        entrepreneur(),
        { ...journeyMock(journey()), maxUsageCount: Number.POSITIVE_INFINITY },
        {
          request: {
            query: CancelMyPlaceDocument,
            variables: (v: Record<string, unknown>) => {
              cancelled = v['sessionId'] === 's-1';
              return true;
            },
          },
          result: { data: { __typename: 'Mutation', cancelMyPlace: { __typename: 'Session', id: 's-1' } } },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Give up my place: Coaching, Monday 23 November' }, PAGE_LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Give up your place?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Give up my place' }));
    await waitFor(() => expect(cancelled).toBe(true));
    expect(await screen.findByText('You gave up your place: Coaching, Monday 23 November.')).toBeInTheDocument();
    // The notice lives in Mantine's global store: leave it out of the next test.
    act(() => notifications.clean());
  });

  it('is friendly when she has no venture yet', async () => {
    renderApp({ route: '/', mocks: [entrepreneur(), journeyMock(journey([], []))] });
    expect(await screen.findByRole('heading', { level: 2, name: 'Your project is not here yet' }, PAGE_LOAD)).toBeInTheDocument();
    expect(screen.getByText('No meeting planned yet.')).toBeInTheDocument();
  });

  it('shows a translated error with a retry', async () => {
    renderApp({ route: '/?lang=fr', mocks: [entrepreneur('FR'), { request: { query: MyJourneyDocument }, error: new Error('Failed to fetch') }, journeyMock(journey())] });
    const alert = await screen.findByRole('alert', {}, PAGE_LOAD);
    expect(alert).toHaveTextContent("Votre parcours n'a pas pu être chargé.");
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Huile d’argan' })).toBeInTheDocument();
  });

  it('speaks Arabic, right to left, with the stages named in Arabic', async () => {
    renderApp({ route: '/?lang=ar', mocks: [entrepreneur('AR'), journeyMock(journey())] });
    expect(await screen.findByRole('heading', { level: 1, name: 'مساري' }, PAGE_LOAD)).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    const path = await screen.findByRole('list', { name: 'أين أنا' }, PAGE_LOAD);
    const current = within(path)
      .getAllByRole('listitem')
      .find((s) => s.getAttribute('aria-current') === 'step');
    expect(current).toHaveTextContent('الانطلاق');
    expect(screen.getByText('مرحبا فاطمة الزهراء!')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Call the cooperative' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^سأحضر/ })).toBeInTheDocument();
  });

  it('offers her a copy of everything held about her, the PDF in her language', async () => {
    renderApp({ route: '/?lang=ar', mocks: [entrepreneur('AR'), journeyMock(journey())] });
    const section = await screen.findByRole('region', { name: 'بياناتي' }, PAGE_LOAD);
    expect(within(section).getByRole('link', { name: 'تحميل بياناتي (PDF)' })).toHaveAttribute('href', '/api/me/data.pdf?locale=ar');
    expect(within(section).getByRole('link', { name: 'تحميل بياناتي (JSON)' })).toHaveAttribute('href', '/api/me/data.json');
  });
});

describe('journey formats', () => {
  it("takes the month in Morocco's time", () => {
    expect(currentMonthStart(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
    expect(currentMonthStart(new Date('2026-03-15T12:00:00Z'))).toBe('2026-03-01');
  });

  it('reads amounts as people type them', () => {
    expect(parseAmount('1500')).toBe(1500);
    expect(parseAmount('1 500,50')).toBe(1500.5);
    expect(parseAmount('1.500')).toBe(1500);
    expect(parseAmount('١٥٠٠')).toBe(1500);
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('abc')).toBeNull();
  });
});
