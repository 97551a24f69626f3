import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import type { ImpactDashboardQuery } from '../../gql/graphql';
import { meMock, programOptionsMock } from '../../test/factories';
import { renderApp } from '../../test/renderApp';
import { ImpactDashboardDocument, ImpactPeopleDocument } from './queries';
import { ImpactCooperativesDocument, ImpactFollowUpsDocument, ImpactSessionsDocument, ImpactVenturesDocument } from './RecordDrillDown';
import { monthOf } from './ImpactDashboard';
import { ImpactSurvivalDocument } from './SurvivalSection';

/**
 * Every number on the impact dashboard opens the list of the records behind it, with the
 * dashboard's filters (issue 7): these specs click each one and read the list's count, so a
 * figure that opened nothing, or the wrong list, fails here.
 */
const PAGE_LOAD = { timeout: 5000 };
const STAGES = ['IDEA', 'VALIDATION', 'STRUCTURING', 'LAUNCH', 'OPERATING', 'GROWING'] as const;
const FILTER = { programId: 'pr-1', from: '2026-01-01', to: '2026-03-31' };

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
  ventures: 21,
  venturesOperating: 11,
  venturesOperatingShare: 0.5238,
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
  // 1, 2, … 6 ventures now at each stage (21 in all).
  byStage: STAGES.map((stage, i) => ({
    __typename: 'StageFigure' as const,
    stage,
    ventures: i + 1,
    reached: 21 - i,
    conversionFromPrevious: i ? 0.8 : null,
  })),
  byPeriod: [{ __typename: 'PeriodFigure', period: '2026-01-01', beneficiaries: 42, sessionsDelivered: 17 }],
  byCoach: [
    { __typename: 'CoachFigure', coachId: 'u-coach', displayName: 'Karima Idrissi', sessions: 13, hours: 20 },
    { __typename: 'CoachFigure', coachId: 'u-coach2', displayName: 'Omar Tazi', sessions: 4, hours: 5.5 },
  ],
  targets: [],
  voice: {
    __typename: 'VoiceFigures',
    complaintsReceived: 0,
    complaintsOpen: 0,
    complaintsDecided: 0,
    resolvedWithinDeadline: 0,
    resolvedWithinDeadlineShare: null,
    byCategory: [],
    satisfactionRatings: 0,
    satisfactionAverage: null,
    satisfactionByProgram: [],
    satisfactionByCoach: [],
  },
};

const many = { maxUsageCount: Number.POSITIVE_INFINITY };
const page = { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null };

const people = (measure: string, count: number, extra: Record<string, string> = {}, args: Record<string, string> = {}): MockLink.MockedResponse => ({
  request: { query: ImpactPeopleDocument, variables: { measure, filter: { ...FILTER, ...extra }, ...args } },
  result: {
    data: {
      __typename: 'Query',
      impactPeople: {
        __typename: 'PersonConnection',
        totalCount: count,
        pageInfo: page,
        edges: [
          {
            __typename: 'PersonEdge',
            node: { __typename: 'Person', id: 'p-1', firstName: 'Amina', lastName: 'Ait Baha', firstNameAr: null, lastNameAr: null },
          },
        ],
      },
    },
  },
  ...many,
});
const cooperatives = (count: number): MockLink.MockedResponse => ({
  request: { query: ImpactCooperativesDocument, variables: { filter: FILTER } },
  result: {
    data: {
      __typename: 'Query',
      impactCooperatives: {
        __typename: 'CooperativeConnection',
        totalCount: count,
        pageInfo: page,
        edges: [
          { __typename: 'CooperativeEdge', node: { __typename: 'Cooperative', id: 'c-1', name: 'Tifawin Argan', nameAr: 'تيفاوين' } },
        ],
      },
    },
  },
  ...many,
});
const ventures = (count: number, args: Record<string, unknown>): MockLink.MockedResponse => ({
  request: { query: ImpactVenturesDocument, variables: { filter: FILTER, ...args } },
  result: {
    data: {
      __typename: 'Query',
      impactVentures: {
        __typename: 'VentureConnection',
        totalCount: count,
        pageInfo: page,
        edges: [{ __typename: 'VentureEdge', node: { __typename: 'Venture', id: 'v-1', title: 'Couscous Amina', stage: 'OPERATING' } }],
      },
    },
  },
  ...many,
});
const sessions = (count: number, args: Record<string, unknown> = {}): MockLink.MockedResponse => ({
  request: { query: ImpactSessionsDocument, variables: { filter: FILTER, ...args } },
  result: {
    data: {
      __typename: 'Query',
      impactSessions: {
        __typename: 'SessionConnection',
        totalCount: count,
        pageInfo: page,
        edges: [
          { __typename: 'SessionEdge', node: { __typename: 'Session', id: 's-1', kind: 'TRAINING', startsAt: '2026-01-12T09:00:00.000Z' } },
        ],
      },
    },
  },
  ...many,
});

const SURVIVAL = [
  { __typename: 'FollowUpRate' as const, months: 6, recorded: 4, stillOperating: 3, survivalRate: 0.75, due: 2, overdue: 1 },
  { __typename: 'FollowUpRate' as const, months: 12, recorded: 1, stillOperating: 1, survivalRate: 1, due: 5, overdue: 0 },
];
const followUps = (count: number, args: Record<string, unknown>): MockLink.MockedResponse => ({
  request: { query: ImpactFollowUpsDocument, variables: { filter: FILTER, ...args } },
  result: {
    data: {
      __typename: 'Query',
      impactFollowUps: {
        __typename: 'FollowUpConnection',
        totalCount: count,
        pageInfo: page,
        edges: [
          {
            __typename: 'FollowUpEdge',
            node: {
              __typename: 'FollowUp',
              id: 'f-1',
              personId: 'p-1',
              dueOn: '2026-06-01',
              person: { __typename: 'Person', id: 'p-1', firstName: 'Amina', lastName: 'Ait Baha', firstNameAr: null, lastNameAr: null },
            },
          },
        ],
      },
    },
  },
  ...many,
});

const MOCKS: MockLink.MockedResponse[] = [
  {
    request: { query: ImpactSurvivalDocument, variables: { filter: FILTER } },
    result: { data: { __typename: 'Query', impact: { __typename: 'Impact', survival: SURVIVAL } } },
    ...many,
  },
  ...SURVIVAL.flatMap((r) => [
    followUps(r.recorded, { months: r.months, status: 'DONE' }),
    followUps(r.stillOperating, { months: r.months, status: 'DONE', stillOperating: true }),
    followUps(r.due, { months: r.months, status: 'DUE' }),
    followUps(r.overdue, { months: r.months, status: 'DUE', overdue: true }),
  ]),
  meMock(),
  programOptionsMock,
  {
    request: { query: ImpactDashboardDocument, variables: { filter: FILTER } },
    result: { data: { __typename: 'Query', impact: IMPACT } },
    ...many,
  },
  people('BENEFICIARIES', 42),
  people('WOMEN', 21),
  people('NEET', 10),
  people('RURAL', 30),
  people('YOUTH', 12),
  people('COOPERATIVE_MEMBERS', 9),
  people('PEOPLE_TRAINED', 8),
  people('DROPPED_OUT', 1),
  people('BENEFICIARIES', 30, { regionCode: 'MA-07' }),
  people('BENEFICIARIES', 12, { regionCode: 'MA-09' }),
  people('WOMEN', 15, { regionCode: 'MA-07' }),
  people('WOMEN', 6, { regionCode: 'MA-09' }),
  people('BENEFICIARIES', 21, { gender: 'F' }),
  people('BENEFICIARIES', 21, { gender: 'M' }),
  // The trend's month: the people whose first enrolment is in it.
  people('FIRST_ENROLLED', 42, {}, { firstEnrolledFrom: '2026-01-01', firstEnrolledTo: '2026-01-31' }),
  cooperatives(3),
  sessions(17),
  sessions(17, { filter: { ...FILTER, from: '2026-01-01', to: '2026-01-31' } }),
  sessions(13, { sessionCoachId: 'u-coach' }),
  sessions(4, { sessionCoachId: 'u-coach2' }),
  ventures(11, { operatingOrGrowing: true }),
  ventures(7, { withResults: true }),
  ...STAGES.map((stage, i) => ventures(i + 1, { stage })),
];

async function dashboard(lang = 'fr') {
  renderApp({ route: `/impact?program=pr-1&from=2026-01-01&to=2026-03-31&lang=${lang}`, mocks: MOCKS });
  return screen.findByRole('region', { name: lang === 'fr' ? 'Chiffres clés' : 'الأرقام الرئيسية' }, PAGE_LOAD);
}

/** Opens a figure and answers the count its list shows, then closes the list. */
async function openedCount(button: HTMLElement): Promise<string> {
  fireEvent.click(button);
  const dialog = await screen.findByRole('dialog');
  const count = (await within(dialog).findByTestId('drill-count')).textContent ?? '';
  expect(within(dialog).getAllByRole('listitem').length).toBeGreaterThan(0);
  fireEvent.keyDown(dialog, { key: 'Escape' });
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  return count;
}

describe('impact dashboard drill-downs', () => {
  it("a month of the trend is that month's days within the dashboard's period", () => {
    expect(monthOf('2026-02-01', {})).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthOf('2024-02-01', { from: '2024-02-10', to: '2024-12-31' })).toEqual({ from: '2024-02-10', to: '2024-02-29' });
    expect(monthOf('2026-12-01', { to: '2026-12-15' })).toEqual({ from: '2026-12-01', to: '2026-12-15' });
  });

  it('every headline figure opens its records, and the count equals the figure', async () => {
    const headline = await dashboard();
    // [figure, what its list says]: the people figures, then cooperatives, sessions and ventures.
    const expected: Array<[RegExp, string]> = [
      [/^Bénéficiaires: 42$/, 'Personnes : 42'],
      [/^Femmes: 21 /, 'Personnes : 21'],
      [/^NEET: 10 /, 'Personnes : 10'],
      [/^Rural: 30 /, 'Personnes : 30'],
      [/^Jeunes \(15–34 ans\): 12 /, 'Personnes : 12'],
      [/^Coopératives: 3$/, 'Coopératives : 3'],
      [/^Membres de coopératives: 9$/, 'Personnes : 9'],
      [/^Séances réalisées: 17 /, 'Séances : 17'],
      [/^Personnes formées: 8$/, 'Personnes : 8'],
      [/^Projets en activité ou en croissance: 11 /, 'Projets : 11'],
      // Revenue is a sum: it opens the ventures whose results make it up.
      [/^Chiffre d'affaires \(MAD\): /, 'Projets : 7'],
      [/^Taux d'abandon: .*\(1\)$/, 'Personnes : 1'],
    ];
    const buttons = within(headline).getAllByRole('button');
    // Every figure of the headline is a button (the 12 above and "regions covered").
    expect(buttons).toHaveLength(expected.length + 1);
    for (const [name, count] of expected) {
      const button = within(headline).getByRole('button', { name });
      expect({ figure: name.source, count: await openedCount(button) }).toEqual({ figure: name.source, count });
    }
    // "Regions covered" takes the reader to the regions table: one row per region.
    fireEvent.click(within(headline).getByRole('button', { name: /^Régions couvertes: 2$/ }));
    const table = screen.getByRole('table', { name: 'Régions (tableau)' });
    expect(table).toHaveFocus();
    expect(within(table).getAllByRole('rowheader')).toHaveLength(IMPACT.regionsCovered);
  });

  it('every number of the region, funnel, gender / NEET / rural and coach tables opens its records with the same count', async () => {
    await dashboard();
    const tables: Array<[string, number]> = [
      ['Régions (tableau)', 2],
      ['Entonnoir des étapes', 1],
      ['Genre, NEET et rural', 1],
      ['Activité des séances par coach', 1],
      // The month's beneficiaries (by their first enrolment) and sessions.
      ['Évolution par mois', 2],
    ];
    let opened = 0;
    for (const [name, column] of tables) {
      const table = screen.getByRole('table', { name });
      for (const row of within(table).getAllByRole('row').slice(1)) {
        const cells = within(row).getAllByRole('cell');
        // The counting columns: every number in them is a button whose list has that many records.
        for (const cell of cells.slice(0, column)) {
          const button = within(cell).getByRole('button');
          const figure = button.textContent ?? '';
          const count = await openedCount(button);
          expect({ table: name, figure, count: count.replace(/^\D+/, '') }).toEqual({ table: name, figure, count: figure });
          opened++;
        }
      }
    }
    // 2 regions × (beneficiaries, women) + 6 stages + 2 genders, NEET, rural + 2 coaches + 1 month × (beneficiaries, sessions).
    expect(opened).toBe(4 + 6 + 4 + 2 + 2);
  });

  it('every count of the survival table opens the follow-ups behind it, as many as the count', async () => {
    await dashboard();
    const table = await screen.findByRole('table', { name: 'Survie après la sortie' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Après 6 mois', 'Après 12 mois']);
    expect(within(rows[0]).getByText('75 %')).toBeInTheDocument();
    let opened = 0;
    for (const row of rows) {
      const buttons = within(row).getAllByRole('button');
      // Recorded, still operating, due, overdue (the rate is their quotient).
      expect(buttons).toHaveLength(4);
      for (const button of buttons) {
        const figure = button.textContent ?? '';
        const count = await openedCount(button);
        expect({ figure, count }).toEqual({ figure, count: `Suivis : ${figure}` });
        opened++;
      }
    }
    expect(opened).toBe(8);
  });

  it('in Arabic, the cooperatives figure opens the cooperatives with their Arabic names', async () => {
    const headline = await dashboard('ar');
    const button = within(headline).getByRole('button', { name: /^التعاونيات: 3$/ });
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('عدد التعاونيات: 3')).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'تيفاوين' })).toHaveAttribute('href', '/cooperatives/c-1');
  });
});
