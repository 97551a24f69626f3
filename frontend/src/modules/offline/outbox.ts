/**
 * The outbox: changes made on this device that the server has not confirmed yet. Each keeps the
 * idempotency key it was first sent with, so that replaying it (after a lost answer, a reload, a
 * second tab…) never writes twice on the server. Entries replay in the order they were made; a
 * network failure stops the replay (the next one retries later, with backoff), a refusal by the
 * server (conflict, bad input, not allowed) keeps the entry as "failed" for the person to see:
 * nothing is dropped silently.
 */

/** The writes that can wait in the outbox. */
export const OUTBOX_OPERATIONS = ['logSession', 'createPerson', 'recordEconomicResult', 'updateVenture'] as const;
export type OutboxOperation = (typeof OUTBOX_OPERATIONS)[number];

/**
 * Records created offline get a temporary id `tmp:<uuid>` (the entry creating one has it as its
 * `subjectId`); later entries may name it in their input (a session log marking her present). Once
 * the creating entry is confirmed, the server's id replaces the temporary one everywhere in the outbox.
 */
export const TEMPORARY_PREFIX = 'tmp:';

export function newTemporaryId(): string {
  return `${TEMPORARY_PREFIX}${newIdempotencyKey()}`;
}

export function isTemporaryId(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(TEMPORARY_PREFIX);
}

/** The temporary ids named anywhere in `value`. */
export function temporaryIdsIn(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (isTemporaryId(value)) found.add(value);
  else if (Array.isArray(value)) for (const v of value) temporaryIdsIn(v, found);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) temporaryIdsIn(v, found);
  return found;
}

/** `value` with every occurrence of the temporary id `from` replaced by `to`. */
export function replaceId<T>(value: T, from: string, to: string): T {
  if (value === from) return to as T;
  if (Array.isArray(value)) return (value as unknown[]).map((v) => replaceId(v, from, to)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceId(v, from, to)])) as T;
  return value;
}

export interface OutboxProblem {
  code: string | null;
  reason: string | null;
}

export interface OutboxEntry {
  /** Client-generated id of the change. */
  id: string;
  /** Sent as `idempotencyKey`: the same for every replay of this change. */
  key: string;
  /** Whose change it is: only they replay it. */
  userId: string;
  operation: OutboxOperation;
  /** The record the change is about (e.g. the session logged), for the screens to mark it. */
  subjectId: string;
  /** The mutation's input, exactly as first sent (idempotencyKey included). */
  input: Record<string, unknown>;
  /** For an edit: the values it started from (to tell, on a conflict, what she changed from what the server did). */
  base?: Record<string, unknown>;
  createdAt: string;
  /** Failed attempts so far (network failures). */
  attempts: number;
  state: 'pending' | 'failed';
  /** Why the server refused it, when `state` is failed. */
  problem?: OutboxProblem;
}

/** Where entries are kept (localStorage in the app, a map in tests). */
export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What sending one entry gave (`id`: the server's id of the record it created, if any). */
export type SendOutcome = { ok: true; id?: string } | { ok: false; retry: true } | { ok: false; retry: false; problem: OutboxProblem };

export interface FlushResult {
  sent: number;
  failed: number;
  /** True when a network failure stopped the replay: some entries still wait. */
  interrupted: boolean;
}

export const OUTBOX_STORAGE_KEY = 'rafiq.outbox.v1';

/** Delay before the next automatic retry after `attempts` failed ones: 2 s, 4 s, 8 s… up to 2 minutes. */
export function retryDelay(attempts: number): number {
  return Math.min(2000 * 2 ** Math.max(0, attempts - 1), 120_000);
}

/** A random UUID (v4), also where `crypto.randomUUID` is missing (plain-HTTP origins). */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function isEntry(value: unknown): value is OutboxEntry {
  if (!value || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e['id'] === 'string' &&
    typeof e['key'] === 'string' &&
    typeof e['userId'] === 'string' &&
    typeof e['subjectId'] === 'string' &&
    (OUTBOX_OPERATIONS as readonly unknown[]).includes(e['operation']) &&
    typeof e['input'] === 'object' &&
    e['input'] !== null
  );
}

const EMPTY: readonly OutboxEntry[] = Object.freeze([]);

export class Outbox {
  private snapshot: readonly OutboxEntry[] = EMPTY;
  private raw: string | null = null;
  private readonly listeners = new Set<() => void>();
  private flushing: Promise<FlushResult> | null = null;
  /** The storage refused a write: from then on, memory is the reference (this tab only). */
  private detached = false;

  constructor(
    private readonly storage: OutboxStorage,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.reload();
  }

  /** Reads the storage again (another tab may have changed it); listeners hear of any change. */
  reload(): void {
    if (this.detached) return;
    let raw: string | null;
    try {
      raw = this.storage.getItem(OUTBOX_STORAGE_KEY);
    } catch {
      raw = null;
    }
    if (raw === this.raw) return;
    this.raw = raw;
    let parsed: unknown;
    try {
      parsed = raw ? JSON.parse(raw) : [];
    } catch {
      parsed = [];
    }
    this.snapshot = Array.isArray(parsed) ? Object.freeze(parsed.filter(isEntry)) : EMPTY;
    this.emit();
  }

  /** Every entry, oldest first (the same array until something changes). */
  entries(): readonly OutboxEntry[] {
    return this.snapshot;
  }

  /** The entries of one person, oldest first. */
  entriesOf(userId: string): OutboxEntry[] {
    return this.snapshot.filter((e) => e.userId === userId);
  }

  /**
   * The entries of `userId` a replay would send now: pending, and not waiting for a record created
   * offline whose own entry is still here (refused, it blocks them until discarded or resolved).
   */
  sendable(userId: string): OutboxEntry[] {
    const subjects = new Set(this.snapshot.map((e) => e.subjectId));
    return this.entriesOf(userId).filter((e) => e.state === 'pending' && ![...temporaryIdsIn(e.input)].some((id) => subjects.has(id)));
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Puts a change at the end of the outbox. Its input keeps the key (`idempotencyKey`) it was or will be sent with. */
  add(change: { userId: string; operation: OutboxOperation; subjectId: string; input: Record<string, unknown>; base?: Record<string, unknown> }): OutboxEntry {
    const given = change.input['idempotencyKey'];
    const key = typeof given === 'string' && given ? given : newIdempotencyKey();
    const entry: OutboxEntry = {
      id: newIdempotencyKey(),
      key,
      userId: change.userId,
      operation: change.operation,
      subjectId: change.subjectId,
      input: { ...change.input, idempotencyKey: key },
      ...(change.base ? { base: change.base } : {}),
      createdAt: this.now().toISOString(),
      attempts: 0,
      state: 'pending',
    };
    this.write([...this.current(), entry]);
    return entry;
  }

  /** Forgets one entry (after it was confirmed, or when the person discards a failed change). */
  remove(id: string): void {
    this.write(this.current().filter((e) => e.id !== id));
  }

  /** Forgets everything (signing out). */
  clear(): void {
    try {
      this.storage.removeItem(OUTBOX_STORAGE_KEY);
    } catch {
      // Nothing stored.
    }
    this.raw = null;
    this.detached = false;
    this.snapshot = EMPTY;
    this.emit();
  }

  /**
   * Replays the pending entries of `userId` in order, one at a time. Confirmed ones leave the
   * outbox; refused ones stay as failed (with the server's reason); a network failure stops the
   * replay there and counts an attempt. A second call while one runs waits for the same replay.
   */
  flush(userId: string, send: (entry: OutboxEntry) => Promise<SendOutcome>): Promise<FlushResult> {
    if (this.flushing) return this.flushing;
    const run = async (): Promise<FlushResult> => {
      const result: FlushResult = { sent: 0, failed: 0, interrupted: false };
      const queue = this.entriesOf(userId).filter((e) => e.state === 'pending');
      for (const entry of queue) {
        // Discarded or wiped meanwhile (sign-out, another tab): not sent.
        const still = this.current().find((e) => e.id === entry.id);
        if (!still || still.state !== 'pending') continue;
        // It names a record created offline: sent once that one is (its id then replaced); never if that one was discarded.
        const waitsFor = [...temporaryIdsIn(still.input)];
        if (waitsFor.length) {
          const creators = this.current().filter((e) => waitsFor.includes(e.subjectId));
          if (creators.length < waitsFor.length) {
            this.update(still.id, (e) => ({ ...e, state: 'failed', problem: { code: 'NOT_FOUND', reason: null } }));
            result.failed += 1;
          }
          continue;
        }
        let outcome: SendOutcome;
        try {
          outcome = await send(still);
        } catch {
          outcome = { ok: false, retry: true };
        }
        if (outcome.ok) {
          this.remove(still.id);
          if (isTemporaryId(still.subjectId) && outcome.id) this.resolve(still.subjectId, outcome.id);
          result.sent += 1;
        } else if (outcome.retry) {
          this.update(still.id, (e) => ({ ...e, attempts: e.attempts + 1 }));
          result.interrupted = true;
          break;
        } else {
          this.update(still.id, (e) => ({ ...e, state: 'failed', problem: outcome.problem }));
          result.failed += 1;
        }
      }
      return result;
    };
    this.flushing = run().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  /** The record `temporaryId` now has the server id `id`: every entry naming it says so (kept on the device at once). */
  private resolve(temporaryId: string, id: string): void {
    this.write(
      this.current().map((e) =>
        temporaryIdsIn(e.input).has(temporaryId) || e.subjectId === temporaryId
          ? { ...e, subjectId: e.subjectId === temporaryId ? id : e.subjectId, input: replaceId(e.input, temporaryId, id) }
          : e,
      ),
    );
  }

  private current(): readonly OutboxEntry[] {
    this.reload();
    return this.snapshot;
  }

  private update(id: string, change: (e: OutboxEntry) => OutboxEntry): void {
    this.write(this.current().map((e) => (e.id === id ? change(e) : e)));
  }

  private write(entries: readonly OutboxEntry[]): void {
    const raw = JSON.stringify(entries);
    // Kept in memory even if the storage refuses (full, private mode): the replay still runs in this tab.
    try {
      this.storage.setItem(OUTBOX_STORAGE_KEY, raw);
    } catch {
      this.detached = true;
    }
    this.raw = raw;
    this.snapshot = Object.freeze([...entries]);
    this.emit();
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
