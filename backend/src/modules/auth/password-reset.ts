import { randomBytes } from 'node:crypto';
import { ErrorReason } from '@rafiq/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { badInput, notFound } from '../../common/errors';
import { returnedRows } from '../../common/sql';
import { unscopedSystemAccess } from '../../common/tenant';
import { AuditAction, recordAuditEvent } from '../audit/audit-events';
import { LoginThrottle } from './login-throttle';
import { hashPassword, passwordProblem } from './password';
import { hashToken } from './session-store';

/** How long a reset link works: long enough to hand it over (a message, a visit), short enough to go stale. */
export const RESET_LINK_HOURS = 24;
/** The page of the web app that reads the token from the link's fragment (never sent to a server or kept in its logs). */
export const resetPath = (token: string) => `/reset-password#token=${token}`;
/** How long an invitation link works (a new account chooses her password with it). */
export const INVITATION_LINK_DAYS = 7;
/** The same page, told to greet a new account ("choose your password"). */
export const invitationPath = (token: string) => `${resetPath(token)}&invite=1`;

/**
 * The throttle's counters for reset attempts: per address only (a guessed token is a failed
 * attempt), never account-wide, so that strangers guessing cannot block everyone's resets.
 */
const throttleKey = (ip: string) => `password-reset|${ip}`;

/**
 * Password reset links (docs/security.md): single-use, expiring, only the token's SHA-256 kept.
 * A new link replaces the user's unused ones. Using it sets the new password (the policy holds),
 * ends every session of the account and is audited; two-factor sign-in stays as it was.
 */
export class PasswordReset {
  constructor(
    private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottle,
  ) {}

  /** An admin creates a link for a user of her organisation (another organisation's user is NOT_FOUND). */
  async createLink(actor: Actor, userId: string): Promise<{ token: string; expiresAt: Date }> {
    return this.dataSource.transaction(async (m) => {
      const users = await m.query<Array<{ id: string }>>(
        `SELECT id FROM app_user WHERE id = $1 AND organization_id = $2 AND disabled_at IS NULL`,
        [userId, actor.organizationId],
      );
      if (!users[0]) throw notFound('user');
      return issue(m, { userId, organizationId: actor.organizationId, createdBy: actor.userId });
    });
  }

  /** Sets a new password with a link's token; every session of the account ends. */
  async reset(token: string, newPassword: string, ip: string): Promise<void> {
    await this.throttle.attempt(throttleKey(ip), ip, () => Promise.resolve(true));
    const db = unscopedSystemAccess(this.dataSource, 'a reset link names its user before anyone is signed in');
    await db.transaction(async (m) => {
      const rows = returnedRows<{ user_id: string; organization_id: string; email: string }>(
        await m.query(
          `UPDATE password_reset_token t SET used_at = now()
             FROM app_user u
            WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND u.id = t.user_id AND u.disabled_at IS NULL
        RETURNING t.user_id, t.organization_id, u.email`,
          [hashToken(token.trim())],
        ),
      );
      const user = rows[0];
      if (!user) throw badInput('token', ErrorReason.INVALID_CODE, 'This reset link is wrong, expired or already used');
      const problem = passwordProblem(newPassword, user.email);
      if (problem) throw badInput('newPassword', problem, `The new password is refused (${problem})`);
      await m.query(`UPDATE app_user SET password_hash = $1 WHERE id = $2`, [await hashPassword(newPassword), user.user_id]);
      await m.query(`UPDATE auth_session SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL`, [user.user_id]);
      await m.query(`DELETE FROM password_reset_token WHERE user_id = $1 AND used_at IS NULL`, [user.user_id]);
      await recordAuditEvent(m, {
        organizationId: user.organization_id,
        action: AuditAction.UPDATE,
        entity: 'app_user',
        entityId: user.user_id,
        subjectType: 'user',
        subjectId: user.user_id,
        changes: { password: ['***', '***'], via: [null, 'reset link'] },
        actor: { userId: user.user_id, role: 'ANONYMOUS', ip },
      });
    });
    await this.throttle.succeeded(throttleKey(ip), ip);
  }
}

/**
 * A new link for a user (her unused ones stop working); audited. Used by the admin mutation, the
 * CLI and invitations (`hours`: 7 days for an invitation).
 */
export async function issue(
  m: EntityManager,
  {
    userId,
    organizationId,
    createdBy,
    hours = RESET_LINK_HOURS,
    invitation = false,
  }: { userId: string; organizationId: string; createdBy: string | null; hours?: number; invitation?: boolean },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + hours * 3600_000);
  await m.query(`DELETE FROM password_reset_token WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  await m.query(
    `INSERT INTO password_reset_token (user_id, organization_id, token_hash, expires_at, created_by_user_id) VALUES ($1, $2, $3, $4, $5)`,
    [userId, organizationId, hashToken(token), expiresAt, createdBy],
  );
  await recordAuditEvent(m, {
    organizationId,
    action: AuditAction.UPDATE,
    entity: 'app_user',
    entityId: userId,
    subjectType: 'user',
    subjectId: userId,
    changes: { [invitation ? 'invitationLink' : 'passwordResetLink']: [null, `expires ${expiresAt.toISOString()}`] },
    ...(createdBy ? {} : { actor: { userId: null, role: 'SYSTEM', ip: null } }),
  });
  return { token, expiresAt };
}
