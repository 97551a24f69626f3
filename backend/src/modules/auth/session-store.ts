import { createHash, randomBytes } from 'node:crypto';
import { isLocale, isRole, Role } from '@rafiq/shared';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { unscopedSystemAccess } from '../../common/tenant';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionTimes {
  idleMs: number;
  maxMs: number;
}

/** Server-side sessions: the cookie carries a random token; the table holds only its hash. */
export class SessionStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly times: SessionTimes,
    /** Roles that must turn two-factor sign-in on before anything else (none when the deployment does not require it). */
    private readonly twoFactorRoles: readonly Role[] = [],
  ) {}

  /** Is this user still to turn on the two-factor sign-in her role requires? */
  twoFactorPending(role: Role, twoFactorOn: boolean): boolean {
    return !twoFactorOn && this.twoFactorRoles.includes(role);
  }

  async create(
    user: { id: string; organizationId: string },
    ip: string | null,
    userAgent: string | null,
  ): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.times.maxMs);
    const rows: Array<{ id: string }> = await unscopedSystemAccess(this.dataSource, 'a new session for the user who just signed in').query(
      `INSERT INTO auth_session (token_hash, organization_id, user_id, ip, user_agent, last_seen_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [hashToken(token), user.organizationId, user.id, ip, userAgent?.slice(0, 300) ?? null, now, expiresAt],
    );
    return { token, expiresAt, sessionId: rows[0].id };
  }

  /**
   * The caller behind a token, in one statement: the session must be open, not past its absolute
   * or idle limit, and its user not disabled. `last_seen_at` is refreshed at most once a minute.
   */
  async resolve(token: string): Promise<Actor | null> {
    const db = unscopedSystemAccess(this.dataSource, 'the session cookie decides who the caller is');
    const rows: Array<{
      session_id: string;
      user_id: string;
      organization_id: string;
      role: string;
      locale: string | null;
      stale: boolean;
      two_factor_on: boolean;
    }> = await db.query(
      `SELECT s.id AS session_id, u.id AS user_id, u.organization_id, u.role, u.locale,
                s.last_seen_at < now() - interval '1 minute' AS stale,
                EXISTS (SELECT 1 FROM user_two_factor t WHERE t.user_id = u.id AND t.enabled_at IS NOT NULL) AS two_factor_on
           FROM auth_session s JOIN app_user u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.ended_at IS NULL AND s.expires_at > now()
            AND s.last_seen_at > now() - make_interval(secs => $2) AND u.disabled_at IS NULL`,
      [hashToken(token), this.times.idleMs / 1000],
    );
    const row = rows[0];
    if (!row || !isRole(row.role)) return null;
    if (row.stale) {
      await db.query(`UPDATE auth_session SET last_seen_at = now() WHERE id = $1`, [row.session_id]);
    }
    return {
      userId: row.user_id,
      organizationId: row.organization_id,
      role: row.role,
      locale: isLocale(row.locale) ? row.locale : null,
      sessionId: row.session_id,
      ...(this.twoFactorPending(row.role, row.two_factor_on) ? { twoFactorPending: true } : {}),
    };
  }

  async end(sessionId: string): Promise<void> {
    await unscopedSystemAccess(this.dataSource, 'ending the caller’s own session').query(
      `UPDATE auth_session SET ended_at = now() WHERE id = $1 AND ended_at IS NULL`,
      [sessionId],
    );
  }

  async endAllFor(userId: string): Promise<void> {
    await unscopedSystemAccess(this.dataSource, 'ending every session of a disabled user').query(
      `UPDATE auth_session SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL`,
      [userId],
    );
  }

  /** Has this address ever signed in to this account (within the sessions still on record)? */
  async knownAddress(userId: string, ip: string): Promise<boolean> {
    const rows: unknown[] = await unscopedSystemAccess(this.dataSource, 'sign-in throttling looks at the account’s past addresses').query(
      `SELECT 1 FROM auth_session WHERE user_id = $1 AND ip = $2 LIMIT 1`,
      [userId, ip],
    );
    return rows.length > 0;
  }
}
