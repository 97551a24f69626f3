import { fireEvent, screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import type { ImpactDashboardQuery } from '../../gql/graphql';
import { meMock, programOptionsMock } from '../../test/factories';
import { renderApp } from '../../test/renderApp';
import { impactFilter, reportUrl } from './ImpactDashboard';
import { ImpactComplaintsDocument, ImpactDashboardDocument, ImpactPeopleDocument } from './queries';
import { regionPaths, shade } from './RegionMap';

const PAGE_LOAD = { timeout: 5000 };
const STAGES = ['IDEA', 'VALIDATION', 'STRUCTURING', 'LAUNCH', 'OPERATING', 'GROWING'] as const;

const IMPACT: ImpactDashboardQuery['impact'] = {
  __typename: 'Impact',
  asOf: '2026-03-01T10:00:00.000Z',
  source: 'LIVE',
  beneficiaries: 42,
  women: 21,
  womenShare: 0.5,
  neet: 10,
  neetShare: 0.2381,
  rural: 30,
  ruralShare: 0.7143,
  youth: 12,
  youthShare: 0.2857,
  regionsCovered: 2,
  cooperatives: 3,
  cooperativeMembers: 9,
  sessionsDelivered: 17,
  sessionHours: 25.5,
  peopleTrained: 8,
  ventures: 6,
  venturesOperating: 2,
  venturesOperatingShare: 0.3333,
  revenue: 12000,
  jobsCreated: 4,
  droppedOut: 1,
  dropoutRate: 0.0238,
  byRegion: [
    { __typename: 'RegionFigure', regionCode: 'MA-07', beneficiaries: 30, women: 15 },
    { __typename: 'RegionFigure', regionCode: 'MA-09', beneficiaries: 12, women: 6 },
  ],
  byGender: [
    { __typename: 'GenderFigure', gender: 'F', beneficiaries: 21 },
    { __typename: 'GenderFigure', gender: 'M', beneficiaries: 21 },
  ],
  byStage: STAGES.map((stage, i) => ({ __typename: 'StageFigure' as const, stage, ventures: 1, reached: 6 - i, conversionFromPrevious: i ? 0.8 : null })),
  byPeriod: [{ __typename: 'PeriodFigure', period: '2026-01-01', beneficiaries: 42, sessionsDelivered: 17 }],
  byCoach: [{ __typename: 'CoachFigure', coachId: 'u-coach', displayName: 'Karima Idrissi', sessions: 17, hours: 25.5 }],
  targets: [
    { __typename: 'TargetProgress', programId: 'pr-1', programName: 'Femmes rurales', indicator: 'BENEFICIARIES', target: 100, actual: 42, progress: 0.42, expected: 50, onPace: false },
  ],
  voice: {
    __typename: 'VoiceFigures',
    complaintsReceived: 7,
    complaintsOpen: 3,
    complaintsDecided: 4,
    resolvedWithinDeadline: 3,
    resolvedWithinDeadlineShare: 0.75,
    byCategory: [
      { __typename: 'ComplaintCategoryFigure', category: 'COACHING_QUALITY', received: 5, resolvedWithinDeadline: 2 },
      { __typename: 'ComplaintCategoryFigure', category: 'TRAINING', received: 0, resolvedWithinDeadline: 0 },
      { __typename: 'ComplaintCategoryFigure', category: 'PAYMENT_OR_GRANT', received: 2, resolvedWithinDeadline: 1 },
      { __typename: 'ComplaintCategoryFigure', category: 'DISCRIMINATION_OR_ABUSE', received: 0, resolvedWithinDeadline: 0 },
      { __typename: 'ComplaintCategoryFigure', category: 'DATA_PRIVACY', received: 0, resolvedWithinDeadline: 0 },
      { __typename: 'ComplaintCategoryFigure', category: 'OTHER', received: 0, resolvedWithinDeadline: 0 },
    ],
    satisfactionRatings: 12,
    satisfactionAverage: 4.25,
    satisfactionByProgram: [{ __typename: 'SatisfactionGroup', key: 'pr-1', label: 'Femmes rurales', ratings: 12, average: 4.25 }],
    satisfactionByCoach: [{ __typename: 'SatisfactionGroup', key: 'u-coach', label: 'Karima Idrissi', ratings: 12, average: 4.25 }],
  },
};

const complaintsMock = (variables: Record<string, unknown>, count: number): MockLink.MockedResponse => ({
  request: { query: ImpactComplaintsDocument, variables },
  result: {
    data: {
      __typename: 'Query',
      impactComplaints: {
        __typename: 'ComplaintConnection',
        totalCount: count,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [
          {
            __typename: 'ComplaintEdge',
            node: { __typename: 'Complaint', id: 'c-1', category: 'COACHING_QUALITY', status: 'RESOLVED', anonymous: true, overdue: false, createdAt: '2026-02-10T09:00:00.000Z', person: null },
          },
          {
            __typename: 'ComplaintEdge',
            node: {
              __typename: 'Complaint',
              id: 'c-2',
              category: 'COACHING_QUALITY',
              status: 'RESOLVED',
              anonymous: false,
              overdue: false,
              createdAt: '2026-02-11T09:00:00.000Z',
              person: { __typename: 'Person', id: 'p-1', firstName: 'Amina', lastName: 'Ait Baha' },
            },
          },
        ],
      },
    },
  },
});

const impactMock = (filter: Record<string, string>, impact: ImpactDashboardQuery['impact'] = IMPACT): MockLink.MockedResponse => ({
  request: { query: ImpactDashboardDocument, variables: { filter } },
  result: { data: { __typename: 'Query', impact } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const peopleMock = (measure: string, filter: Record<string, string>, count: number): MockLink.MockedResponse => ({
  request: { query: ImpactPeopleDocument, variables: { measure, filter } },
  result: {
    data: {
      __typename: 'Query',
      impactPeople: {
        __typename: 'PersonConnection',
        totalCount: count,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [{ __typename: 'PersonEdge', node: { __typename: 'Person', id: 'p-1', firstName: 'Amina', lastName: 'Ait Baha', firstNameAr: 'أمينة', lastNameAr: 'آيت باها' } }],
      },
    },
  },
});

describe('impact dashboard', () => {
  it('draws all 12 regions and shades them by value', () => {
    const paths = regionPaths();
    expect(paths.map((p) => p.code).sort()).toEqual(['MA-01', 'MA-02', 'MA-03', 'MA-04', 'MA-05', 'MA-06', 'MA-07', 'MA-08', 'MA-09', 'MA-10', 'MA-11', 'MA-12']);
    expect(paths.every((p) => p.d.startsWith('M'))).toBe(true);
    expect(shade(0, 10)).not.toBe(shade(10, 10));
  });

  it('reads the filter from the address and builds report links with it', () => {
    const filter = impactFilter(new URLSearchParams('program=pr-1&region=MA-07&from=2026-01-01&other=x'));
    expect(filter).toEqual({ programId: 'pr-1', regionCode: 'MA-07', from: '2026-01-01' });
    expect(reportUrl('pdf', filter, 'ar')).toBe('/api/reports/impact.pdf?programId=pr-1&regionCode=MA-07&from=2026-01-01&locale=ar');
  });

  it('shows headline figures, the map with official names, tables, targets; a figure opens its people', async () => {
    renderApp({
      route: '/impact?program=pr-1&lang=fr',
      mocks: [meMock(), programOptionsMock, impactMock({ programId: 'pr-1' }), peopleMock('WOMEN', { programId: 'pr-1' }, 21), peopleMock('BENEFICIARIES', { programId: 'pr-1', regionCode: 'MA-07' }, 30)],
    });
    expect(await screen.findByRole('heading', { name: 'Tableau de bord d’impact'.replace('’', "'") }, PAGE_LOAD)).toBeInTheDocument();
    const women = await screen.findByRole('button', { name: /^Femmes: 21/ });
    expect(screen.getByRole('button', { name: 'Marrakech-Safi : 30' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^[^:]+ : \d+$/ })).toHaveLength(12);
    const regions = screen.getByRole('table', { name: 'Régions (tableau)' });
    expect(within(regions).getByRole('rowheader', { name: 'Marrakech-Safi' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Objectifs et réalisations' })).toHaveTextContent('En retard');
    expect(screen.getByText(/ODbL/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Télécharger le rapport PDF' })).toHaveAttribute('href', '/api/reports/impact.pdf?programId=pr-1&locale=fr');
    fireEvent.click(women);
    expect(await screen.findByText('Personnes : 21')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Amina Ait Baha' })).toHaveAttribute('href', '/people/p-1');
  });

  it('in Arabic, a region of the map opens its people', async () => {
    renderApp({
      route: '/impact?program=pr-1&lang=ar',
      mocks: [meMock(), programOptionsMock, impactMock({ programId: 'pr-1' }), peopleMock('BENEFICIARIES', { programId: 'pr-1', regionCode: 'MA-07' }, 30)],
    });
    const region = await screen.findByRole('button', { name: 'مراكش - آسفي : 30' }, PAGE_LOAD);
    fireEvent.click(region);
    expect(await screen.findByText('عدد الأشخاص: 30')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'أمينة آيت باها' })).toBeInTheDocument();
  });

  it('shows the voice figures, by category and satisfaction per programme and coach; a figure opens the complaints behind it', async () => {
    renderApp({
      route: '/impact?program=pr-1&lang=en',
      mocks: [
        meMock(),
        programOptionsMock,
        impactMock({ programId: 'pr-1' }),
        complaintsMock({ filter: { programId: 'pr-1' }, resolvedWithinDeadline: true }, 3),
        complaintsMock({ filter: { programId: 'pr-1' }, category: 'COACHING_QUALITY' }, 5),
      ],
    });
    const voice = await screen.findByRole('region', { name: 'Beneficiary voice' }, PAGE_LOAD);
    expect(within(voice).getByRole('button', { name: 'Complaints received: 7' })).toBeInTheDocument();
    expect(within(voice).getByRole('button', { name: 'Complaints still open: 3' })).toBeInTheDocument();
    const withinDeadline = within(voice).getByRole('button', { name: 'Decided within the deadline: 3 (75% of 4 decided)' });
    expect(within(voice).getByText('4.3 / 5')).toBeInTheDocument();
    expect(within(voice).getByText('Ratings: 12')).toBeInTheDocument();
    const byCategory = within(voice).getByRole('table', { name: 'Complaints by category' });
    const coaching = within(byCategory).getByRole('row', { name: /Coaching quality/ });
    expect(within(coaching).getAllByRole('cell').map((c) => c.textContent)).toEqual(['5', '2']);
    expect(within(within(byCategory).getByRole('row', { name: /Payment or grant/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '1']);
    const programs = within(voice).getByRole('table', { name: 'Satisfaction per programme' });
    expect(within(programs).getByRole('row', { name: /Femmes rurales/ })).toHaveTextContent('4.3');
    expect(within(within(voice).getByRole('table', { name: 'Satisfaction per coach' })).getByRole('rowheader', { name: 'Karima Idrissi' })).toBeInTheDocument();

    fireEvent.click(withinDeadline);
    expect(await screen.findByText('Complaints: 3')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Decided within the deadline' });
    expect(within(list).getByText('Anonymous')).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: 'Amina Ait Baha' })).toHaveAttribute('href', '/people/p-1');
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });

    fireEvent.click(within(byCategory).getByRole('button', { name: 'Coaching quality: 5 complaints received' }));
    expect(await screen.findByText('Complaints: 5')).toBeInTheDocument();
  });

  it('for a coach, no satisfaction per named coach or programme; in Arabic', async () => {
    renderApp({
      route: '/impact?lang=ar',
      mocks: [
        meMock({ id: 'u-coach', role: 'COACH', displayName: 'Karima Idrissi' }),
        programOptionsMock,
        // What the server answers a coach: no satisfaction per programme or coach; too few ratings for an average.
        impactMock({}, { ...IMPACT, voice: { ...IMPACT.voice, satisfactionAverage: null, satisfactionRatings: 2, satisfactionByProgram: [], satisfactionByCoach: [] } }),
      ],
    });
    const voice = await screen.findByRole('region', { name: 'صوت المستفيدات' }, PAGE_LOAD);
    expect(within(voice).getByRole('button', { name: 'الشكايات الواردة: 7' })).toBeInTheDocument();
    expect(within(voice).getByRole('table', { name: 'الشكايات حسب الصنف' })).toBeInTheDocument();
    expect(within(voice).getByText('التقييمات قليلة جدًا لعرض المعدل')).toBeInTheDocument();
    expect(within(voice).queryByRole('table', { name: 'الرضا حسب المؤطر' })).not.toBeInTheDocument();
    expect(within(voice).queryByRole('table', { name: 'الرضا حسب البرنامج' })).not.toBeInTheDocument();
  });
});
