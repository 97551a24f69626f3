import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import type { Stage, VentureCard_VentureFragment } from '../../gql/graphql';
import { meMock, programOptionsMock, regionsMock } from '../../test/factories';
import { renderApp } from '../../test/renderApp';
import { CoachesDocument } from '../people/useCoaches';
import {
  MoveVentureStageDocument,
  StageCriteriaDocument,
  ValueChainOptionsDocument,
  VentureFunnelDocument,
  VenturesBoardDocument,
} from './queries';
import { groupByStage, STAGES } from './stages';

const PAGE_LOAD = { timeout: 5000 };
const FILTER = { programId: 'pr-1' };

function venture(
  id: string,
  title: string,
  stage: Stage,
  overrides: Partial<VentureCard_VentureFragment> = {},
): VentureCard_VentureFragment {
  return {
    __typename: 'Venture',
    id,
    title,
    stage,
    stageSince: '2026-01-10T00:00:00.000Z',
    daysInStage: 12,
    version: 3,
    programId: 'pr-1',
    ownerPerson: {
      __typename: 'Person',
      id: `p-${id}`,
      firstName: 'Fatima Zahra',
      lastName: 'El Amrani',
      firstNameAr: 'فاطمة الزهراء',
      lastNameAr: 'العمراني',
    },
    ownerCooperative: null,
    ...overrides,
  };
}

const VENTURES = [
  venture('v-1', 'Couscous artisanal', 'IDEA'),
  venture('v-2', 'Huile d’argan', 'VALIDATION', { daysInStage: 40 }),
  venture('v-3', 'Tissage de tapis', 'IDEA'),
  venture('v-4', 'Safran de Taliouine', 'OPERATING', {
    ownerPerson: null,
    ownerCooperative: { __typename: 'Cooperative', id: 'c-1', name: 'Coopérative Tifaout', nameAr: 'تعاونية تيفاوت' },
  }),
];

const boardMock = (ventures: VentureCard_VentureFragment[]): MockLink.MockedResponse => ({
  request: { query: VenturesBoardDocument, variables: { first: 100, filter: FILTER } },
  result: {
    data: {
      __typename: 'Query',
      ventures: {
        __typename: 'VentureConnection',
        totalCount: ventures.length,
        edges: ventures.map((node) => ({ __typename: 'VentureEdge', node })),
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const funnelMock: MockLink.MockedResponse = {
  request: { query: VentureFunnelDocument, variables: { filter: FILTER } },
  result: {
    data: {
      __typename: 'Query',
      ventureFunnel: STAGES.map((stage, i) => ({
        __typename: 'FunnelStep',
        stage,
        current: 1,
        reached: 10 - i,
        conversion: i === 0 ? null : 0.8,
        medianDays: 21,
      })),
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const common: MockLink.MockedResponse[] = [
  meMock(),
  regionsMock,
  programOptionsMock,
  {
    request: { query: CoachesDocument },
    result: { data: { __typename: 'Query', coaches: [{ __typename: 'User', id: 'u-c1', displayName: 'Salma Idrissi' }] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: ValueChainOptionsDocument },
    result: { data: { __typename: 'Query', valueChains: [{ __typename: 'ValueChain', id: 'vc-1', nameFr: 'Argan', nameAr: 'الأركان' }] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  funnelMock,
];

const criteriaMock: MockLink.MockedResponse = {
  request: { query: StageCriteriaDocument, variables: { programId: 'pr-1', stage: 'VALIDATION' } },
  result: {
    data: {
      __typename: 'Query',
      stageCriteria: [
        {
          __typename: 'StageCriterion',
          id: 'cr-1',
          labelFr: 'Diagnostic initial fait',
          labelAr: 'التشخيص الأولي منجز',
          position: 1,
          stage: 'VALIDATION',
        },
        { __typename: 'StageCriterion', id: 'cr-2', labelFr: 'Étude de marché', labelAr: null, position: 2, stage: 'VALIDATION' },
      ],
    },
  },
};

describe('groupByStage', () => {
  it('puts every venture under its stage, every stage present, in journey order', () => {
    const groups = groupByStage(VENTURES);
    expect(Object.keys(groups)).toEqual(['IDEA', 'VALIDATION', 'STRUCTURING', 'LAUNCH', 'OPERATING', 'GROWING']);
    expect(groups.IDEA.map((v) => v.id)).toEqual(['v-1', 'v-3']);
    expect(groups.VALIDATION.map((v) => v.id)).toEqual(['v-2']);
    expect(groups.GROWING).toEqual([]);
  });
});

describe('the ventures board', () => {
  it('groups the cards by stage, with owner and days in stage, and the funnel above', async () => {
    renderApp({ route: '/ventures?program=pr-1', mocks: [...common, boardMock(VENTURES)] });
    const idea = await screen.findByRole('region', { name: 'Idea' }, PAGE_LOAD);
    expect(
      within(idea)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Couscous artisanal', 'Tissage de tapis']);
    const validation = screen.getByRole('region', { name: 'Validation' });
    expect(within(validation).getByRole('link', { name: 'Huile d’argan' })).toHaveAttribute('href', '/ventures/v-2');
    expect(within(validation).getByText('Fatima Zahra El Amrani')).toBeInTheDocument();
    expect(within(validation).getByText('Days in this stage: 40')).toBeInTheDocument();
    const operating = screen.getByRole('region', { name: 'Operating' });
    expect(within(operating).getByText('Coopérative Tifaout')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Growing' })).getByText('No venture in this stage.')).toBeInTheDocument();

    const funnel = await screen.findByRole('table', { name: 'Stage funnel' });
    await waitFor(() => expect(within(funnel).getByRole('row', { name: /^Launch/ })).toHaveTextContent('Launch1780%21'));
  });

  it('moves a card through the “Move to…” menu: an unticked criterion needs a justification, then moveVentureStage is sent with the version', async () => {
    let sent: unknown = null;
    const moved = { ...VENTURES[0], stage: 'VALIDATION' as Stage, daysInStage: 0, version: 4 };
    renderApp({
      route: '/ventures?program=pr-1',
      mocks: [
        ...common,
        // The board as the server has it: after the move, refetches see the venture in its new stage.
        {
          ...boardMock(VENTURES),
          result: (() => boardMock(sent ? [moved, ...VENTURES.slice(1)] : VENTURES).result) as MockLink.MockedResponse['result'],
        } as MockLink.MockedResponse,
        criteriaMock,
        {
          request: {
            query: MoveVentureStageDocument,
            variables: (variables) => {
              sent = variables;
              return true;
            },
          },
          result: { data: { __typename: 'Mutation', moveVentureStage: moved } },
        },
      ],
    });
    const idea = await screen.findByRole('region', { name: 'Idea' }, PAGE_LOAD);
    fireEvent.click(within(idea).getByRole('button', { name: 'Move “Couscous artisanal” to another stage' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Validation' }));

    const dialog = await screen.findByRole('dialog', { name: 'Move “Couscous artisanal” to Validation' });
    fireEvent.click(await within(dialog).findByRole('checkbox', { name: 'Diagnostic initial fait' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Note' }), { target: { value: 'Diagnostic du 12 mars' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move the venture' }));
    expect(await within(dialog).findByText('A justification is required when a criterion is not met.')).toBeInTheDocument();
    expect(sent).toBeNull();

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Justification/ }), { target: { value: 'Étude faite oralement' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move the venture' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Couscous artisanal/ })).not.toBeInTheDocument(), { timeout: 5000 });
    expect(sent).toEqual({
      input: expect.objectContaining({
        ventureId: 'v-1',
        version: 3,
        toStage: 'VALIDATION',
        criteriaMet: ['cr-1'],
        note: 'Diagnostic du 12 mars',
        evidence: null,
        justification: 'Étude faite oralement',
      }) as unknown,
    });
    await waitFor(
      () =>
        expect(
          within(screen.getByRole('region', { name: 'Validation' })).getByRole('link', { name: 'Couscous artisanal' }),
        ).toBeInTheDocument(),
      { timeout: 5000 },
    );
  }, 20000);

  it('shows the server’s BAD_USER_INPUT on the justification inline', async () => {
    const { GraphQLError } = await import('graphql');
    renderApp({
      route: '/ventures?program=pr-1',
      mocks: [
        ...common,
        boardMock(VENTURES),
        criteriaMock,
        {
          request: { query: MoveVentureStageDocument, variables: () => true },
          result: {
            errors: [
              new GraphQLError('justification required', {
                extensions: { code: 'BAD_USER_INPUT', field: 'input.justification', reason: 'REQUIRED' },
              }),
            ],
          },
        },
      ],
    });
    const idea = await screen.findByRole('region', { name: 'Idea' }, PAGE_LOAD);
    fireEvent.click(within(idea).getByRole('button', { name: 'Move “Couscous artisanal” to another stage' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Validation' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(await within(dialog).findByRole('checkbox', { name: 'Diagnostic initial fait' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Étude de marché' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move the venture' }));
    expect(await within(dialog).findByText('A justification is required when a criterion is not met.')).toBeInTheDocument();
  }, 20000);

  it('is in Arabic with the stage names agreed', async () => {
    renderApp({
      route: '/ventures?program=pr-1&lang=ar',
      mocks: [...common.map((m) => (m === common[0] ? meMock({ locale: 'AR' }) : m)), boardMock(VENTURES)],
    });
    expect(await screen.findByRole('region', { name: 'فكرة' }, PAGE_LOAD)).toBeInTheDocument();
    for (const name of ['التحقق', 'الهيكلة', 'الانطلاق', 'التشغيل', 'النمو'])
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getAllByText('فاطمة الزهراء العمراني', { selector: 'p' })).toHaveLength(3);
  });
});
