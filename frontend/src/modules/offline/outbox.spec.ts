import { newTemporaryId, Outbox, OUTBOX_STORAGE_KEY, replaceId, retryDelay, temporaryIdsIn, type OutboxEntry, type OutboxStorage, type SendOutcome } from './outbox';

function memoryStorage(): OutboxStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const log = (n: number, extra: Record<string, unknown> = {}) => ({
  userId: 'u-coach',
  operation: 'logSession' as const,
  subjectId: `s-${n}`,
  input: { id: `s-${n}`, version: 1, status: 'DONE', ...extra },
});

describe('the outbox', () => {
  it('keeps changes in order, each with its own idempotency key, in the storage (a reload finds them)', () => {
    const storage = memoryStorage();
    const box = new Outbox(storage);
    const a = box.add(log(1));
    const b = box.add(log(2, { idempotencyKey: 'given-key' }));
    expect(a.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.input['idempotencyKey']).toBe(a.key);
    expect(b.key).toBe('given-key');
    expect(a.key).not.toBe(b.key);
    const again = new Outbox(storage);
    expect(again.entries().map((e) => e.subjectId)).toEqual(['s-1', 's-2']);
    expect(again.entries()[0].key).toBe(a.key);
  });

  it('replays in order; the confirmed leave, the key sent is the one stored', async () => {
    const box = new Outbox(memoryStorage());
    const made = [box.add(log(1)), box.add(log(2)), box.add(log(3))];
    const sent: Array<[string, unknown]> = [];
    const result = await box.flush('u-coach', async (e) => {
      sent.push([e.subjectId, e.input['idempotencyKey']]);
      return { ok: true };
    });
    expect(result).toEqual({ sent: 3, failed: 0, interrupted: false });
    expect(sent).toEqual(made.map((e) => [e.subjectId, e.key]));
    expect(box.entries()).toEqual([]);
  });

  it('a network failure stops the replay and counts an attempt; the next replay resumes there with the same key', async () => {
    const box = new Outbox(memoryStorage());
    const [first, second] = [box.add(log(1)), box.add(log(2))];
    const keys: string[] = [];
    let online = false;
    const send = async (e: OutboxEntry): Promise<SendOutcome> => {
      keys.push(e.key);
      if (!online) throw new TypeError('Failed to fetch');
      return { ok: true };
    };
    expect(await box.flush('u-coach', send)).toEqual({ sent: 0, failed: 0, interrupted: true });
    expect(keys).toEqual([first.key]);
    expect(box.entries().map((e) => [e.subjectId, e.attempts])).toEqual([
      ['s-1', 1],
      ['s-2', 0],
    ]);
    expect(await box.flush('u-coach', send)).toMatchObject({ interrupted: true });
    expect(box.entries()[0].attempts).toBe(2);
    online = true;
    expect(await box.flush('u-coach', send)).toEqual({ sent: 2, failed: 0, interrupted: false });
    expect(keys).toEqual([first.key, first.key, first.key, second.key]);
    expect(box.entries()).toEqual([]);
  });

  it('a refusal keeps the change as failed with the reason (nothing dropped) and the replay goes on', async () => {
    const box = new Outbox(memoryStorage());
    box.add(log(1));
    box.add(log(2));
    const result = await box.flush('u-coach', async (e) =>
      e.subjectId === 's-1' ? { ok: false, retry: false, problem: { code: 'CONFLICT', reason: null } } : { ok: true },
    );
    expect(result).toEqual({ sent: 1, failed: 1, interrupted: false });
    expect(box.entries()).toEqual([
      expect.objectContaining({ subjectId: 's-1', state: 'failed', problem: { code: 'CONFLICT', reason: null } }),
    ]);
    // A failed change is not sent again by itself.
    const again = jest.fn(async () => ({ ok: true }) as const);
    await box.flush('u-coach', again);
    expect(again).not.toHaveBeenCalled();
  });

  it("replays only the signed-in person's changes, once even when asked twice at the same time", async () => {
    const box = new Outbox(memoryStorage());
    box.add(log(1));
    box.add({ ...log(2), userId: 'u-other' });
    const send = jest.fn(async () => ({ ok: true }) as const);
    const [x, y] = await Promise.all([box.flush('u-coach', send), box.flush('u-coach', send)]);
    expect(x).toBe(y);
    expect(send).toHaveBeenCalledTimes(1);
    expect(box.entries().map((e) => e.userId)).toEqual(['u-other']);
  });

  it('clear wipes the storage; another tab writing is seen after reload', () => {
    const storage = memoryStorage();
    const box = new Outbox(storage);
    const listener = jest.fn();
    box.subscribe(listener);
    box.add(log(1));
    const other = new Outbox(storage);
    other.add(log(2));
    box.reload();
    expect(box.entries()).toHaveLength(2);
    box.clear();
    expect(storage.data.has(OUTBOX_STORAGE_KEY)).toBe(false);
    expect(box.entries()).toEqual([]);
    expect(listener).toHaveBeenCalled();
  });

  it('backs off 2 s, 4 s, 8 s… up to 2 minutes', () => {
    expect([1, 2, 3, 4, 10, 50].map(retryDelay)).toEqual([2000, 4000, 8000, 16000, 120000, 120000]);
  });

  describe('records created offline (temporary ids)', () => {
    const person = (tmp: string) => ({
      userId: 'u-coach',
      operation: 'createPerson' as const,
      subjectId: tmp,
      input: { firstName: 'Ijja', lastName: 'Ouzzine', gender: 'F', regionCode: 'MA-09', sessionId: 's-1' },
    });
    const logNaming = (tmp: string) => log(1, { attendance: [{ personId: tmp, attendance: 'PRESENT' }, { personId: 'p-known', attendance: 'ABSENT' }] });

    it('finds and replaces temporary ids anywhere in an input', () => {
      const tmp = newTemporaryId();
      expect(tmp).toMatch(/^tmp:[0-9a-f-]{36}$/);
      const input = logNaming(tmp).input;
      expect([...temporaryIdsIn(input)]).toEqual([tmp]);
      expect(replaceId(input as Record<string, unknown>, tmp, 'p-new')['attendance']).toEqual([
        { personId: 'p-new', attendance: 'PRESENT' },
        { personId: 'p-known', attendance: 'ABSENT' },
      ]);
    });

    it('the log naming a person created offline is sent with her server id once she is created, and the id is kept on the device', async () => {
      const storage = memoryStorage();
      const box = new Outbox(storage);
      const tmp = newTemporaryId();
      box.add(person(tmp));
      const logged = box.add(logNaming(tmp));
      const sent: Array<{ operation: string; input: Record<string, unknown> }> = [];
      const result = await box.flush('u-coach', async (e) => {
        sent.push({ operation: e.operation, input: e.input });
        if (e.operation === 'createPerson') return { ok: true, id: 'p-server' };
        throw new TypeError('Failed to fetch'); // the log's answer is lost
      });
      expect(result).toEqual({ sent: 1, failed: 0, interrupted: true });
      expect(sent.map((s) => s.operation)).toEqual(['createPerson', 'logSession']);
      expect(sent[1].input['attendance']).toEqual([
        { personId: 'p-server', attendance: 'PRESENT' },
        { personId: 'p-known', attendance: 'ABSENT' },
      ]);
      // A reload (another tab, the app reopened) finds the log with the server id and its first key.
      const again = new Outbox(storage);
      expect(again.entries()).toHaveLength(1);
      expect(again.entries()[0].key).toBe(logged.key);
      expect(JSON.stringify(again.entries()[0].input)).not.toContain(tmp);
    });

    it('while her creation is refused, the log waits (not sent, not retried); once it is discarded, the log is marked refused', async () => {
      const box = new Outbox(memoryStorage());
      const tmp = newTemporaryId();
      const creating = box.add(person(tmp));
      box.add(logNaming(tmp));
      const send = jest.fn(async (e: OutboxEntry): Promise<SendOutcome> =>
        e.operation === 'createPerson' ? { ok: false, retry: false, problem: { code: 'BAD_USER_INPUT', reason: 'REQUIRED' } } : { ok: true },
      );
      expect(await box.flush('u-coach', send)).toEqual({ sent: 0, failed: 1, interrupted: false });
      expect(send).toHaveBeenCalledTimes(1);
      expect(box.entries().map((e) => [e.operation, e.state])).toEqual([
        ['createPerson', 'failed'],
        ['logSession', 'pending'],
      ]);
      expect(box.sendable('u-coach')).toEqual([]);
      box.remove(creating.id);
      expect(await box.flush('u-coach', send)).toEqual({ sent: 0, failed: 1, interrupted: false });
      expect(send).toHaveBeenCalledTimes(1);
      expect(box.entries().map((e) => [e.operation, e.state, e.problem?.code])).toEqual([['logSession', 'failed', 'NOT_FOUND']]);
    });
  });
});
