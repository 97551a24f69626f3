import { DataSource } from 'typeorm';

const GENESIS = '0'.repeat(64);
/** One row as sealed: every column, in a fixed order, jsonb in its canonical text form. */
const CANONICAL = `concat_ws('|', a.seq, a.organization_id, to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), a.actor_user_id, a.actor_role, a.ip, a.request_id, a.action, a.entity, a.entity_id, a.subject_type, a.subject_id, a.changes::text)`;

/**
 * Seals the audit rows written since the last seal and older than `settleSeconds` (so that a
 * transaction still in flight cannot commit a row into a range already sealed): one seal per call,
 * up to `batch` rows, its hash chained to the previous seal's. Serialised by an advisory lock, so
 * that several app instances can run it. Returns the number of rows sealed.
 */
export async function sealAuditTrail(ds: DataSource, settleSeconds = 60, batch = 50_000): Promise<number> {
  return ds.transaction(async (m) => {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('rafiq.audit_seal'))`);
    const [last] = await m.query<Array<{ to_seq: string; hash: string }>>(`SELECT to_seq, hash FROM audit_seal ORDER BY id DESC LIMIT 1`);
    const after = last?.to_seq ?? '0';
    const prev = last?.hash ?? GENESIS;
    const [range] = await m.query<Array<{ from_seq: string | null; to_seq: string | null; n: number }>>(
      `SELECT min(seq) AS from_seq, max(seq) AS to_seq, count(*)::int AS n FROM (
         SELECT seq FROM audit_log WHERE seq > $1 AND occurred_at < clock_timestamp() - make_interval(secs => $2) ORDER BY seq LIMIT $3) s`,
      [after, settleSeconds, batch],
    );
    if (!range?.n) return 0;
    const [{ hash }] = await m.query<Array<{ hash: string }>>(
      `SELECT encode(sha256(convert_to($1 || string_agg(${CANONICAL}, E'\\n' ORDER BY a.seq), 'UTF8')), 'hex') AS hash
         FROM audit_log a WHERE a.seq > $2 AND a.seq <= $3`,
      [prev, after, range.to_seq],
    );
    await m.query(`INSERT INTO audit_seal (from_seq, to_seq, row_count, prev_hash, hash) VALUES ($1, $2, $3, $4, $5)`, [
      String(Number(after) + 1),
      range.to_seq,
      range.n,
      prev,
      hash,
    ]);
    return range.n;
  });
}

export interface AuditVerification {
  ok: boolean;
  seals: number;
  rowsSealed: number;
  /** The first seal whose rows or chain no longer match, if any. */
  brokenSealId: string | null;
}

/** Recomputes every seal from the rows it covers and checks the chain. */
export async function verifyAuditTrail(ds: DataSource): Promise<AuditVerification> {
  const rows = await ds.query<Array<{ id: string; ok: boolean; row_count: number }>>(
    `SELECT s.id, s.row_count,
            s.hash = encode(sha256(convert_to(s.prev_hash || coalesce(string_agg(${CANONICAL}, E'\\n' ORDER BY a.seq), ''), 'UTF8')), 'hex')
              AND count(a.seq) = s.row_count
              AND s.prev_hash = coalesce(lag(s.hash) OVER (ORDER BY s.id), '${GENESIS}') AS ok
       FROM audit_seal s LEFT JOIN audit_log a ON a.seq BETWEEN s.from_seq AND s.to_seq
      GROUP BY s.id ORDER BY s.id`,
  );
  const broken = rows.find((r) => !r.ok);
  return { ok: !broken, seals: rows.length, rowsSealed: rows.reduce((n, r) => n + r.row_count, 0), brokenSealId: broken?.id ?? null };
}
