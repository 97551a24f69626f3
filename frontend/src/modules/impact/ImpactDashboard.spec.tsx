import { fireEvent, screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import type { ImpactDashboardQuery } from '../../gql/graphql';
import { meMock, programOptionsMock } from '../../test/factories';
import { renderApp } from '../../test/renderApp';
import { impactFilter, reportUrl } from './ImpactDashboard';
import { ImpactDashboardDocument, ImpactPeopleDocument } from './queries';
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
};

const impactMock = (filter: Record<string, string>): MockLink.MockedResponse => ({
  request: { query: ImpactDashboardDocument, variables: { filter } },
  result: { data: { __typename: 'Query', impact: IMPACT } },
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
});
