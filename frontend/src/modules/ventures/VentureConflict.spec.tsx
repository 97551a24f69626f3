import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { VentureQuery } from '../../gql/graphql';
import { meMock, regionsMock } from '../../test/factories';
import { renderApp } from '../../test/renderApp';
import { outbox, type OutboxEntry } from '../offline';
import { VentureDocument } from './queries';
import { differences, mergedInput, serverValues } from './VentureConflict';

const PAGE_LOAD = { timeout: 5000 };

// On the server: the lead renamed it (version 4); the coach, offline, had read version 3 and changed the description.
const venture = {
  __typename: 'Venture',
  id: 'v-1',
  title: 'Huile d’argan',
  stage: 'LAUNCH',
  stageSince: '2025-01-10',
  daysInStage: 30,
  version: 4,
  programId: null,
  ownerPerson: { __typename: 'Person', id: 'p-1', firstName: 'Itto', lastName: 'Ouhammou', firstNameAr: null, lastNameAr: null },
  ownerCooperative: null,
  description: 'Ancienne description',
  valueChainId: null,
  provinceCode: null,
  region: { __typename: 'Region', code: 'MA-09', nameFr: 'Souss-Massa', nameAr: 'سوس ماسة' },
  program: null,
  stageHistory: [],
  actionItems: [],
  results: [],
  referrals: [],
} as unknown as VentureQuery['venture'];

const base = { id: 'v-1', version: 3, title: 'Argan', description: 'Ancienne description', valueChainId: null, regionCode: 'MA-09', provinceCode: null, programId: null };
const edit = { ...base, title: 'Argan', description: 'Coopérative de femmes, 12 membres' };

async function refusedEdit(): Promise<OutboxEntry> {
  outbox.add({ userId: 'u-coach', operation: 'updateVenture', subjectId: 'v-1', input: edit, base });
  await outbox.flush('u-coach', async () => ({ ok: false, retry: false, problem: { code: 'CONFLICT', reason: null } }));
  return outbox.entries()[0];
}

afterEach(() => outbox.clear());

describe('a venture edited offline and online at once', () => {
  it('lists only the fields that differ, keeping by default hers where she changed it and the server’s elsewhere', async () => {
    const entry = await refusedEdit();
    const rows = differences(entry, serverValues(venture));
    expect(rows).toEqual([
      { field: 'title', mine: 'Argan', server: 'Huile d’argan', keep: 'server' },
      { field: 'description', mine: 'Coopérative de femmes, 12 membres', server: 'Ancienne description', keep: 'mine' },
    ]);
    expect(mergedInput(venture, entry, { title: 'server', description: 'mine' })).toMatchObject({
      id: 'v-1',
      version: 4,
      title: 'Huile d’argan',
      description: 'Coopérative de femmes, 12 membres',
    });
    expect(mergedInput(venture, entry, { title: 'server', description: 'server' })).toBeNull();
  });

  it('shows both sides in a table with a choice per field; "Save my choices" queues the merge with the server’s version and a new key', async () => {
    const refused = await refusedEdit();
    const ventureMock: MockLink.MockedResponse = {
      request: { query: VentureDocument, variables: { id: 'v-1' } },
      result: { data: { __typename: 'Query', venture } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    const offline = jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      renderApp({ route: '/ventures/v-1?lang=ar', mocks: [meMock({ id: 'u-coach', role: 'COACH', locale: 'AR' }), regionsMock, ventureMock] });
      const conflict = await screen.findByRole('region', { name: /لم تُطبَّق التعديلات/ }, PAGE_LOAD);
      const table = within(conflict).getByRole('table');
      expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['الحقل', 'قيمتك', 'على الخادم الآن', 'الاحتفاظ']);
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows).toHaveLength(2);
      expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('العنوان');
      expect(within(rows[1]).getByText('Coopérative de femmes, 12 membres')).toBeInTheDocument();
      // Her title differs from the server's only because the lead changed it: the server's is kept unless she says so.
      const titleChoice = within(rows[0]).getByRole('radiogroup');
      expect(within(titleChoice).getByRole('radio', { name: 'قيمة الخادم' })).toBeChecked();
      fireEvent.click(within(titleChoice).getByRole('radio', { name: 'قيمتي' }));
      fireEvent.click(within(rows[1]).getByRole('radio', { name: 'قيمة الخادم' }));
      fireEvent.click(within(conflict).getByRole('button', { name: 'حفظ اختياراتي' }));

      await waitFor(() => expect(outbox.entries().map((e) => e.id)).not.toContain(refused.id));
      const [merged] = outbox.entries();
      expect(merged).toMatchObject({ operation: 'updateVenture', subjectId: 'v-1', state: 'pending' });
      expect(merged.input).toMatchObject({ id: 'v-1', version: 4, title: 'Argan', description: 'Ancienne description' });
      expect(merged.key).not.toBe(refused.key);
    } finally {
      offline.mockRestore();
    }
  });

  it('"Take the server’s" drops her edit, on her choice only', async () => {
    await refusedEdit();
    const ventureMock: MockLink.MockedResponse = {
      request: { query: VentureDocument, variables: { id: 'v-1' } },
      result: { data: { __typename: 'Query', venture } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    renderApp({ route: '/ventures/v-1', mocks: [meMock({ id: 'u-coach', role: 'COACH' }), regionsMock, ventureMock] });
    const conflict = await screen.findByRole('region', { name: /were not applied/ }, PAGE_LOAD);
    expect(outbox.entries()).toHaveLength(1);
    fireEvent.click(within(conflict).getByRole('button', { name: "Take the server's (drop mine)" }));
    await waitFor(() => expect(outbox.entries()).toEqual([]));
    expect(screen.queryByRole('region', { name: /were not applied/ })).not.toBeInTheDocument();
  });

  it('an edit saved with no connection waits in the outbox with its key and the values it started from', async () => {
    const ventureMock: MockLink.MockedResponse = {
      request: { query: VentureDocument, variables: { id: 'v-1' } },
      result: { data: { __typename: 'Query', venture } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    renderApp({ route: '/ventures/v-1', mocks: [meMock({ id: 'u-coach', role: 'COACH' }), regionsMock, ventureMock] });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }, PAGE_LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the venture' });
    const offline = jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      fireEvent.change(within(dialog).getByRole('textbox', { name: 'Description' }), { target: { value: 'Douze membres' } });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(outbox.entries()).toHaveLength(1));
      const [entry] = outbox.entries();
      expect(entry).toMatchObject({ operation: 'updateVenture', subjectId: 'v-1', state: 'pending' });
      expect(entry.input).toMatchObject({ id: 'v-1', version: 4, title: 'Huile d’argan', description: 'Douze membres', idempotencyKey: entry.key });
      expect(entry.base).toMatchObject({ id: 'v-1', version: 4, title: 'Huile d’argan', description: 'Ancienne description' });
      expect(await screen.findByText('Waiting to sync')).toBeInTheDocument();
    } finally {
      offline.mockRestore();
    }
  });
});
