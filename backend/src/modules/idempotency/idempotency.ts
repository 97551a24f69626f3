import { createHash } from 'node:crypto';
import { ErrorCode, ErrorReason } from '@rafiq/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { AppError, badInput } from '../../common/errors';
import { requestContext } from '../../common/request-context';

/** The longest key accepted (UUIDs and ULIDs fit many times over). */
export const IDEMPOTENCY_KEY_MAX = 200;

export interface IdempotentWrite<T> {
  /** The mutation's name: a key reused for another operation is refused like another payload. */
  operation: string;
  /** The key given in the input (`idempotencyKey`); when absent, the request's `Idempotency-Key` header. */
  key: string | null | undefined;
  /** What the request asked for; hashed (keys sorted, `idempotencyKey` left out). */
  payload: unknown;
  /** The write itself, inside the one transaction that also records the key. */
  run: (m: EntityManager) => Promise<T>;
  /** What to remember of the answer (e.g. the id of the record written): JSON. */
  remember: (result: T) => unknown;
  /** Rebuilds the answer for a replay from what was remembered (outside any transaction). */
  replay: (remembered: unknown) => Promise<T>;
}

/** JSON with object keys sorted, so that two equal payloads hash the same whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => v !== undefined && k !== 'idempotencyKey')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function requestHash(operation: string, payload: unknown): string {
  return createHash('sha256')
    .update(`${operation}\n${canonicalJson(payload)}`)
    .digest('hex');
}

/**
 * Runs a write at most once per (organisation, user, key). The key row is inserted first, in the
 * write's own transaction: a concurrent request with the same key waits on it, then finds it. So a
 * write and its key commit or roll back together — a replay after any failure either finds the
 * stored answer or does the write for the first time. Same key, other payload (or operation):
 * BAD_USER_INPUT on `idempotencyKey`, reason IDEMPOTENCY_KEY_REUSED, nothing written.
 */
export async function idempotent<T>(
  dataSource: DataSource,
  actor: Pick<Actor, 'organizationId' | 'userId'>,
  write: IdempotentWrite<T>,
): Promise<T> {
  const key = write.key ?? requestContext.getStore()?.idempotencyKey ?? null;
  if (key === null) return dataSource.transaction(write.run);
  if (key.length < 1 || key.length > IDEMPOTENCY_KEY_MAX) {
    throw badInput('idempotencyKey', ErrorReason.INVALID_VALUE, `An idempotency key has 1 to ${IDEMPOTENCY_KEY_MAX} characters`);
  }
  const hash = requestHash(write.operation, write.payload);
  const outcome = await dataSource.transaction(async (m) => {
    const inserted: unknown[] = await m.query(
      `INSERT INTO idempotency_key (organization_id, user_id, key, operation, request_hash) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING key`,
      [actor.organizationId, actor.userId, key, write.operation, hash],
    );
    if (inserted.length) {
      const result = await write.run(m);
      await m.query(`UPDATE idempotency_key SET response = $4 WHERE organization_id = $1 AND user_id = $2 AND key = $3`, [
        actor.organizationId,
        actor.userId,
        key,
        JSON.stringify(write.remember(result) ?? null),
      ]);
      return { fresh: true as const, result };
    }
    const [row]: Array<{ operation: string; request_hash: string; response: unknown }> = await m.query(
      `SELECT operation, request_hash, response FROM idempotency_key WHERE organization_id = $1 AND user_id = $2 AND key = $3`,
      [actor.organizationId, actor.userId, key],
    );
    return { fresh: false as const, row };
  });
  if (outcome.fresh) return outcome.result;
  const { row } = outcome;
  if (!row || row.operation !== write.operation || row.request_hash !== hash) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      'This idempotency key was already used for another request; use a new key for a new request',
      {
        field: 'idempotencyKey',
        reason: ErrorReason.IDEMPOTENCY_KEY_REUSED,
      },
    );
  }
  return write.replay(row.response);
}
