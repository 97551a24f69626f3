import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { VentureQuery } from '../../gql/graphql';
import { meMock } from '../../test/factories';
import { renderApp } from '../../test/renderApp';
import { outbox, RecordVentureResultDocument } from '../offline';
import { VentureDocument } from './queries';
import { recentMonths } from './RecordResultsForm';

const PAGE_LOAD = { timeout: 5000 };
const [thisMonth, lastMonth] = recentMonths();

const venture: VentureQuery['venture'] = {
  __typename: 'Venture',
  id: 'v-1',
  title: 'Couscous bio',
  stage: 'LAUNCH',
  stageSince: '2025-01-10',
  daysInStage: 30,
  version: 3,
  programId: null,
  ownerPerson: { __typename: 'Person', id: 'p-1', firstName: 'Itto', lastName: 'Ouhammou', firstNameAr: null, lastNameAr: null },
  ownerCooperative: null,
  description: null,
  valueChainId: null,
  provinceCode: null,
  region: { __typename: 'Region', code: 'MA-09', nameFr: 'Souss-Massa', nameAr: 'سوس ماسة' },
  program: null,
  stageHistory: [],
  actionItems: [],
  results: [
    { __typename: 'EconomicResult', id: 'r-1', version: 2, periodKind: 'MONTH', periodStart: lastMonth, revenue: 800, costs: null, jobsTotal: 0 },
  ],
  referrals: [],
};

const ventureMock: MockLink.MockedResponse = {
  request: { query: VentureDocument, variables: { id: 'v-1' } },
  result: { data: { __typename: 'Query', venture } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

afterEach(() => outbox.clear());

async function openForm() {
  const section = await screen.findByRole('region', { name: 'Economic results' }, PAGE_LOAD);
  fireEvent.click(within(section).getByRole('button', { name: 'Record results' }));
  const form = await screen.findByRole('form', { name: "Record a month's results" });
  return { section, form };
}

describe("recording a venture's results in the field", () => {
  it('with the connection lost on sending, the results wait in the outbox with their key and are marked "Waiting to sync"', async () => {
    let sent: { input: Record<string, unknown> } | null = null;
    const lost: MockLink.MockedResponse = {
      request: {
        query: RecordVentureResultDocument,
        variables: (v: Record<string, unknown>) => {
          sent = v as { input: Record<string, unknown> };
          return true;
        },
      },
      error: new TypeError('Failed to fetch'),
    };
    renderApp({ route: '/ventures/v-1', mocks: [meMock({ id: 'u-coach', role: 'COACH' }), ventureMock, lost] });
    const { section, form } = await openForm();
    fireEvent.click(within(form).getByRole('button', { name: 'Save the results' }));
    expect(await within(form).findByText('This field is required.')).toBeInTheDocument();
    fireEvent.change(within(form).getByRole('textbox', { name: /Revenue/ }), { target: { value: '1200' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Jobs created (total)' }), { target: { value: '1' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Jobs for women' }), { target: { value: '1' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the results' }));

    const queued = await within(section).findByRole('list', { name: 'Results kept on this device' });
    expect(within(queued).getByText('Waiting to sync')).toBeInTheDocument();
    const [entry] = outbox.entries();
    expect(entry).toMatchObject({ userId: 'u-coach', operation: 'recordEconomicResult', subjectId: 'v-1', state: 'pending' });
    expect(entry.input).toEqual(sent!.input);
    expect(entry.input).toEqual({
      ventureId: 'v-1',
      periodKind: 'MONTH',
      periodStart: thisMonth,
      revenue: 1200,
      costs: null,
      jobsWomen: 1,
      jobsYouth: 0,
      jobsTotal: 1,
      idempotencyKey: entry.key,
    });
  });

  it('a month recorded already is changed with the version read', async () => {
    let sent: { input: Record<string, unknown> } | null = null;
    const saved: MockLink.MockedResponse = {
      request: {
        query: RecordVentureResultDocument,
        variables: (v: Record<string, unknown>) => {
          sent = v as { input: Record<string, unknown> };
          return true;
        },
      },
      result: {
        data: {
          __typename: 'Mutation',
          recordEconomicResult: {
            __typename: 'EconomicResult',
            id: 'r-1',
            version: 3,
            ventureId: 'v-1',
            periodKind: 'MONTH',
            periodStart: lastMonth,
            revenue: 900,
            costs: null,
            jobsWomen: 0,
            jobsYouth: 0,
            jobsTotal: 0,
          },
        },
      },
    };
    renderApp({ route: '/ventures/v-1', mocks: [meMock({ id: 'u-coach', role: 'COACH' }), ventureMock, saved] });
    const { form } = await openForm();
    fireEvent.change(within(form).getByRole('combobox', { name: 'Month' }), { target: { value: lastMonth } });
    expect(within(form).getByText('This month has results already: they will be replaced.')).toBeInTheDocument();
    fireEvent.change(within(form).getByRole('textbox', { name: /Revenue/ }), { target: { value: '900' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the results' }));
    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent!.input).toMatchObject({ periodStart: lastMonth, revenue: 900, version: 2 });
    expect(outbox.entries()).toEqual([]);
  });
});
