import { ApolloClient, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { act, render, waitFor } from '@testing-library/react';
import { LogSessionDocument } from '../sessions/sessionsApi';
import { AGENDA_SNAPSHOT_KEY, ME_SNAPSHOT_KEY, outbox, readSnapshot, saveSnapshot, wipeDeviceData } from './deviceStore';
import { OutboxSync } from './OutboxSync';

const session = {
  __typename: 'Session',
  id: 's-1',
  kind: 'COACHING',
  startsAt: '2026-11-20T09:00:00.000Z',
  endsAt: '2026-11-20T10:00:00.000Z',
  mode: 'ON_SITE',
  place: null,
  status: 'DONE',
  toLog: false,
  topics: [],
  notes: null,
  nextSteps: null,
  cancelReason: null,
  capacity: null,
  seriesId: null,
  version: 2,
  coaches: [],
  participants: [],
};

function setOnline(value: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => value });
}

afterEach(() => {
  outbox.clear();
  setOnline(true);
});

describe('OutboxSync', () => {
  it('waits while offline, then replays the queued log with its key when the browser comes back online', async () => {
    setOnline(false);
    const entry = outbox.add({
      userId: 'u-coach',
      operation: 'logSession',
      subjectId: 's-1',
      input: { id: 's-1', version: 1, status: 'DONE' },
    });
    const sent: unknown[] = [];
    const link = new MockLink(
      [
        {
          request: {
            query: LogSessionDocument,
            variables: (v: Record<string, unknown>) => {
              sent.push(v);
              return true;
            },
          },
          result: { data: { __typename: 'Mutation', logSession: session } },
        },
      ],
      { defaultOptions: { delay: 0 } },
    );
    const client = new ApolloClient({ cache: new InMemoryCache(), link });
    render(
      <ApolloProvider client={client}>
        <OutboxSync userId="u-coach" />
      </ApolloProvider>,
    );
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(sent).toEqual([]);
    expect(outbox.entries()).toHaveLength(1);

    setOnline(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(outbox.entries()).toEqual([]));
    expect(sent).toEqual([{ input: { id: 's-1', version: 1, status: 'DONE', idempotencyKey: entry.key } }]);
  });

  it("does not replay another person's changes", async () => {
    outbox.add({ userId: 'u-other', operation: 'logSession', subjectId: 's-1', input: { id: 's-1', version: 1 } });
    const client = new ApolloClient({ cache: new InMemoryCache(), link: new MockLink([], { defaultOptions: { delay: 0 } }) });
    render(
      <ApolloProvider client={client}>
        <OutboxSync userId="u-coach" />
      </ApolloProvider>,
    );
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(outbox.entries()).toEqual([expect.objectContaining({ userId: 'u-other', attempts: 0, state: 'pending' })]);
  });
});

describe('signing out', () => {
  it('wipes the outbox and the copies kept for offline use', () => {
    outbox.add({ userId: 'u-coach', operation: 'logSession', subjectId: 's-1', input: { id: 's-1', version: 1 } });
    saveSnapshot(ME_SNAPSHOT_KEY, 'u-coach', { id: 'u-coach' });
    saveSnapshot(AGENDA_SNAPSHOT_KEY, 'u-coach', { toLog: [] });
    expect(readSnapshot(AGENDA_SNAPSHOT_KEY, 'u-coach')).not.toBeNull();
    expect(readSnapshot(AGENDA_SNAPSHOT_KEY, 'u-other')).toBeNull();
    wipeDeviceData();
    expect(outbox.entries()).toEqual([]);
    expect(readSnapshot(ME_SNAPSHOT_KEY)).toBeNull();
    expect(readSnapshot(AGENDA_SNAPSHOT_KEY)).toBeNull();
    expect(Object.keys(window.localStorage).filter((k) => k.startsWith('rafiq.o'))).toEqual([]);
  });
});
