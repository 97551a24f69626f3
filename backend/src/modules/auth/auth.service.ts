import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode, ErrorReason, Locale } from '@rafiq/shared';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { AppError, badInput, notFound } from '../../common/errors';
import { returnedRows } from '../../common/sql';
import { tenantRepository, unscopedSystemAccess } from '../../common/tenant';
import { LoginThrottle } from './login-throttle';
import { hashPassword, passwordProblem, verifyPassword } from './password';
import { SessionStore } from './session-store';
import { TwoFactor } from './two-factor';
import { User } from './user.entity';
import { AuditAction, recordAuditEvent } from '../audit/audit-events';

export const LOGIN_THROTTLE = Symbol('LOGIN_THROTTLE');
export const SESSION_STORE = Symbol('SESSION_STORE');

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(LOGIN_THROTTLE) private readonly throttle: LoginThrottle,
    @Inject(SESSION_STORE) private readonly sessions: SessionStore,
    private readonly twoFactor: TwoFactor,
  ) {}

  /**
   * Checks the password and opens a session. Unknown account, wrong password and disabled user
   * all get the same answer after the same work. When two-factor sign-in is on, the password
   * alone answers TWO_FACTOR_REQUIRED (no session) and a code must come with it; a wrong code is
   * a failed sign-in (throttled and audited like a wrong password).
   */
  async login(
    emailInput: string,
    password: string,
    ip: string,
    userAgent: string | null,
    code?: string | null,
  ): Promise<{ user: User; actor: Actor; token: string; expiresAt: Date }> {
    const email = normaliseEmail(emailInput);
    const db = unscopedSystemAccess(this.dataSource, 'sign-in looks the account up by e-mail before its organisation is known');
    const user = await db.createQueryBuilder(User, 'u').addSelect('u.passwordHash').where('u.email = :email', { email }).getOne();
    await this.throttle.attempt(email, ip, () => (user ? this.sessions.knownAddress(user.id, ip) : Promise.resolve(false)));
    const ok = await verifyPassword(user?.passwordHash, password);
    if (!user || !ok || user.disabledAt) {
      // Written for unknown accounts too (without naming them), so that the work is the same.
      await recordAuditEvent(db, {
        organizationId: user?.organizationId ?? null,
        action: AuditAction.SIGN_IN_FAILED,
        entity: 'app_user',
        entityId: user?.id ?? null,
        subjectType: user ? 'user' : null,
        subjectId: user?.id ?? null,
        actor: { userId: null, role: 'ANONYMOUS', ip },
      });
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'Wrong e-mail or password', { reason: ErrorReason.INVALID_CREDENTIALS });
    }
    const twoFactorOn = await this.twoFactor.enabledFor(db, user.id);
    if (twoFactorOn) {
      // Not a success yet: the attempt stays counted by the throttle until the code is right.
      if (!code?.trim())
        throw new AppError(ErrorCode.UNAUTHENTICATED, 'Enter the code from your authenticator app', {
          reason: ErrorReason.TWO_FACTOR_REQUIRED,
        });
      const right = await db.transaction((m) => this.twoFactor.verifySignIn(m, user.id, code));
      if (!right) {
        await recordAuditEvent(db, {
          organizationId: user.organizationId,
          action: AuditAction.SIGN_IN_FAILED,
          entity: 'app_user',
          entityId: user.id,
          subjectType: 'user',
          subjectId: user.id,
          changes: { secondFactor: [null, 'wrong code'] },
          actor: { userId: null, role: 'ANONYMOUS', ip },
        });
        throw new AppError(ErrorCode.UNAUTHENTICATED, 'The code is not right', { reason: ErrorReason.INVALID_CODE, field: 'code' });
      }
    }
    await this.throttle.succeeded(email, ip);
    const { token, expiresAt, sessionId } = await this.sessions.create(user, ip, userAgent);
    const actor: Actor = {
      userId: user.id,
      organizationId: user.organizationId,
      role: user.role,
      locale: user.locale,
      sessionId,
      ...(this.sessions.twoFactorPending(user.role, twoFactorOn) ? { twoFactorPending: true } : {}),
    };
    await recordAuditEvent(db, {
      organizationId: user.organizationId,
      action: AuditAction.SIGN_IN,
      entity: 'app_user',
      entityId: user.id,
      subjectType: 'user',
      subjectId: user.id,
      actor: { userId: user.id, role: user.role, ip },
    });
    return { user, actor, token, expiresAt };
  }

  logout(actor: Actor): Promise<void> {
    return this.sessions.end(actor.sessionId);
  }

  /**
   * Changes the caller's password after checking the current one (throttled like a sign-in) and
   * the policy; every other session of the account ends, this one goes on. Audited, never the values.
   */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, ip: string): Promise<void> {
    const user = await this.dataSource
      .createQueryBuilder(User, 'u')
      .addSelect('u.passwordHash')
      .where('u.id = :id AND u.organization_id = :org', { id: actor.userId, org: actor.organizationId })
      .getOne();
    if (!user) throw notFound('user');
    await this.throttle.attempt(user.email, ip, () => Promise.resolve(true));
    if (!(await verifyPassword(user.passwordHash, currentPassword)))
      throw badInput('currentPassword', ErrorReason.INVALID_CREDENTIALS, 'The current password is not right');
    await this.throttle.succeeded(user.email, ip);
    const problem =
      passwordProblem(newPassword, user.email) ??
      ((await verifyPassword(user.passwordHash, newPassword)) ? ErrorReason.WEAK_PASSWORD : undefined);
    if (problem) throw badInput('newPassword', problem, `The new password is refused (${problem})`);
    const hash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (m) => {
      await m.query(`UPDATE app_user SET password_hash = $1 WHERE id = $2 AND organization_id = $3`, [hash, user.id, actor.organizationId]);
      await m.query(`UPDATE auth_session SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL AND id <> $2`, [
        user.id,
        actor.sessionId,
      ]);
      await recordAuditEvent(m, {
        organizationId: actor.organizationId,
        action: AuditAction.UPDATE,
        entity: 'app_user',
        entityId: user.id,
        subjectType: 'user',
        subjectId: user.id,
        changes: { password: ['***', '***'] },
      });
    });
  }

  /** Ends every session of the caller's account, this one included; answers how many ended. */
  async signOutEverywhere(actor: Actor): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows = returnedRows<{ id: string }>(
        await m.query(`UPDATE auth_session SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL RETURNING id`, [actor.userId]),
      );
      await recordAuditEvent(m, {
        organizationId: actor.organizationId,
        action: AuditAction.SIGN_OUT,
        entity: 'app_user',
        entityId: actor.userId,
        subjectType: 'user',
        subjectId: actor.userId,
        changes: { sessions: [rows.length, 0] },
      });
      return rows.length;
    });
  }

  async me(actor: Actor): Promise<User> {
    const user = await tenantRepository(this.dataSource, User, actor).findOne({ where: { id: actor.userId } });
    if (!user) throw notFound('user');
    return user;
  }

  async setLocale(actor: Actor, locale: Locale): Promise<User> {
    await this.dataSource
      .createQueryBuilder()
      .update(User)
      .set({ locale })
      .where('id = :id AND organization_id = :org', { id: actor.userId, org: actor.organizationId })
      .execute();
    return this.me(actor);
  }
}
