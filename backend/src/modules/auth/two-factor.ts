import { createHash, randomInt } from 'node:crypto';
import { ErrorCode, ErrorReason, Role } from '@rafiq/shared';
import { Secret, TOTP as Totp } from 'otpauth';
import { toString as qrToString } from 'qrcode';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { FieldCrypto } from '../../common/crypto';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { returnedRows } from '../../common/sql';
import { AuditAction, recordAuditEvent } from '../audit/audit-events';

/** Roles that see many people's data: two-factor sign-in is required of them (when the deployment requires it). */
export const TWO_FACTOR_ROLES: readonly Role[] = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];

/** How many recovery codes a user gets; each works once. */
export const RECOVERY_CODES = 10;

/** A code from the authenticator app (6 digits) or a recovery code (xxxx-xxxx, letters and digits). */
const SIX_DIGITS = /^\d{6}$/;
const RECOVERY = /^[a-z0-9]{4}-?[a-z0-9]{4}$/;
/** Unambiguous characters for recovery codes (no 0/o, 1/l/i). */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export const hashRecoveryCode = (code: string) =>
  createHash('sha256').update(code.trim().toLowerCase().replace(/[\s-]/g, '')).digest('hex');

export function newRecoveryCodes(): string[] {
  const pick = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return Array.from({ length: RECOVERY_CODES }, () => `${pick()}-${pick()}`);
}

/** The code as typed: spaces removed (apps show "123 456"), letters lower-cased. */
export const normaliseCode = (code: string) => code.trim().replace(/\s/g, '').toLowerCase();

export interface TwoFactorSetup {
  secret: string;
  otpauthUri: string;
  qrSvg: string;
}

export interface TwoFactorStatus {
  enabled: boolean;
  required: boolean;
  recoveryCodesLeft: number;
}

type Db = DataSource | EntityManager;

/**
 * Two-factor sign-in (TOTP, RFC 6238, 30-second steps, one step of drift either way) with
 * single-use recovery codes. The secret is stored encrypted with the field key; a code is
 * accepted once (the last accepted time step is kept and moved forward atomically); recovery
 * codes are stored as SHA-256 hashes and removed when used.
 */
export class TwoFactor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly crypto: FieldCrypto,
    private readonly issuer: string,
    readonly requiredByDeployment: boolean,
  ) {}

  /** Must this user turn it on before anything else? */
  isRequiredFor(role: Role): boolean {
    return this.requiredByDeployment && TWO_FACTOR_ROLES.includes(role);
  }

  async status(userId: string, role: Role): Promise<TwoFactorStatus> {
    const rows = await this.dataSource.query<Array<{ enabled: boolean; left: number }>>(
      `SELECT enabled_at IS NOT NULL AS enabled, cardinality(recovery_code_hashes)::int AS left FROM user_two_factor WHERE user_id = $1`,
      [userId],
    );
    return { enabled: !!rows[0]?.enabled, required: this.isRequiredFor(role), recoveryCodesLeft: rows[0]?.enabled ? rows[0].left : 0 };
  }

  /** Is it on for this user? (Sign-in asks for a code when it is.) */
  async enabledFor(db: Db, userId: string): Promise<boolean> {
    const rows = await db.query<unknown[]>(`SELECT 1 FROM user_two_factor WHERE user_id = $1 AND enabled_at IS NOT NULL`, [userId]);
    return rows.length > 0;
  }

  /**
   * Starts (or restarts) setting it up: a new secret, shown as a QR code and as text. Not on
   * until `confirm` is given a code from the app. Refused while it is on (turn it off first).
   */
  async begin(actor: Actor, email: string): Promise<TwoFactorSetup> {
    if (await this.enabledFor(this.dataSource, actor.userId))
      throw new AppError(ErrorCode.CONFLICT, 'Two-factor sign-in is already on', { reason: ErrorReason.DUPLICATE });
    const secret = new Secret({ size: 20 }).base32;
    await this.dataSource.query(
      `INSERT INTO user_two_factor (user_id, organization_id, secret_encrypted) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET secret_encrypted = EXCLUDED.secret_encrypted, enabled_at = NULL, last_time_step = NULL,
         recovery_code_hashes = '{}', created_at = now()`,
      [actor.userId, actor.organizationId, this.crypto.encrypt(secret)],
    );
    const otpauthUri = this.totp(secret, email).toString();
    return { secret, otpauthUri, qrSvg: await qrToString(otpauthUri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }) };
  }

  /**
   * Turns it on with a first code from the app; answers the recovery codes (shown once). Every
   * other session of the account ends: they were opened without the second factor.
   */
  async confirm(actor: Actor, code: string): Promise<string[]> {
    return this.dataSource.transaction(async (m) => {
      const row = await this.row(m, actor.userId, true);
      if (!row || row.enabled_at) throw badInput('code', ErrorReason.INVALID_VALUE, 'Start setting up two-factor sign-in first');
      if (!(await this.acceptTotp(m, actor.userId, row.secret_encrypted, code)))
        throw badInput('code', ErrorReason.INVALID_CODE, 'The code is not right');
      const codes = newRecoveryCodes();
      await m.query(`UPDATE user_two_factor SET enabled_at = now(), recovery_code_hashes = $2 WHERE user_id = $1`, [
        actor.userId,
        codes.map(hashRecoveryCode),
      ]);
      await m.query(`UPDATE auth_session SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL AND id <> $2`, [
        actor.userId,
        actor.sessionId,
      ]);
      await this.audit(m, actor, actor.userId, { twoFactor: [false, true] });
      return codes;
    });
  }

  /** New recovery codes (the old ones stop working), after a code from the app. */
  async regenerateRecoveryCodes(actor: Actor, code: string): Promise<string[]> {
    return this.dataSource.transaction(async (m) => {
      await this.requireCode(m, actor.userId, code, false);
      const codes = newRecoveryCodes();
      await m.query(`UPDATE user_two_factor SET recovery_code_hashes = $2 WHERE user_id = $1`, [actor.userId, codes.map(hashRecoveryCode)]);
      await this.audit(m, actor, actor.userId, { recoveryCodes: ['***', '***'] });
      return codes;
    });
  }

  /** Turns it off after a code (app or recovery); refused when the deployment requires it of her role. */
  async disable(actor: Actor, code: string): Promise<void> {
    if (this.isRequiredFor(actor.role)) throw forbidden();
    await this.dataSource.transaction(async (m) => {
      await this.requireCode(m, actor.userId, code, true);
      await m.query(`DELETE FROM user_two_factor WHERE user_id = $1`, [actor.userId]);
      await this.audit(m, actor, actor.userId, { twoFactor: [true, false] });
    });
  }

  /**
   * An admin resets a colleague's two-factor sign-in (lost phone and codes): it is off, her
   * sessions end, and she sets it up again at her next sign-in. Same organisation only.
   */
  async reset(actor: Actor, userId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const users = await m.query<unknown[]>(`SELECT 1 FROM app_user WHERE id = $1 AND organization_id = $2`, [
        userId,
        actor.organizationId,
      ]);
      if (!users.length) throw notFound('user');
      const removed = returnedRows(await m.query(`DELETE FROM user_two_factor WHERE user_id = $1 RETURNING user_id`, [userId]));
      await m.query(`UPDATE auth_session SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL`, [userId]);
      await this.audit(m, actor, userId, { twoFactor: [removed.length > 0, false] });
    });
  }

  /**
   * The second step of signing in: a code from the app or an unused recovery code (used up).
   * False when it is wrong or already used.
   */
  async verifySignIn(m: EntityManager, userId: string, code: string): Promise<boolean> {
    const row = await this.row(m, userId, true);
    if (!row?.enabled_at) return false;
    return this.acceptAny(m, userId, row.secret_encrypted, code);
  }

  private async requireCode(m: EntityManager, userId: string, code: string, recoveryAllowed: boolean): Promise<void> {
    const row = await this.row(m, userId, true);
    if (!row?.enabled_at) throw badInput('code', ErrorReason.INVALID_VALUE, 'Two-factor sign-in is not on');
    const ok = recoveryAllowed
      ? await this.acceptAny(m, userId, row.secret_encrypted, code)
      : await this.acceptTotp(m, userId, row.secret_encrypted, code);
    if (!ok) throw badInput('code', ErrorReason.INVALID_CODE, 'The code is not right');
  }

  private async acceptAny(m: EntityManager, userId: string, secretEncrypted: string, code: string): Promise<boolean> {
    const c = normaliseCode(code);
    if (SIX_DIGITS.test(c)) return this.acceptTotp(m, userId, secretEncrypted, c);
    if (!RECOVERY.test(c)) return false;
    const used = returnedRows(
      await m.query(
        `UPDATE user_two_factor SET recovery_code_hashes = array_remove(recovery_code_hashes, $2)
          WHERE user_id = $1 AND $2 = ANY(recovery_code_hashes) RETURNING user_id`,
        [userId, hashRecoveryCode(c)],
      ),
    );
    return used.length > 0;
  }

  /** A valid code whose time step is after the last one accepted; moves that mark forward (so no replay). */
  private async acceptTotp(m: EntityManager, userId: string, secretEncrypted: string, code: string): Promise<boolean> {
    const c = normaliseCode(code);
    if (!SIX_DIGITS.test(c)) return false;
    const timestamp = Date.now();
    const delta = this.totp(this.crypto.decrypt(secretEncrypted)).validate({ token: c, timestamp, window: 1 });
    if (delta === null) return false;
    // The 30-second step the code belongs to (the current one, or one either side for clock drift).
    const timeStep = Math.floor(timestamp / 30_000) + delta;
    const moved = returnedRows(
      await m.query(
        `UPDATE user_two_factor SET last_time_step = $2
          WHERE user_id = $1 AND (last_time_step IS NULL OR last_time_step < $2) RETURNING user_id`,
        [userId, timeStep],
      ),
    );
    return moved.length > 0;
  }

  /** SHA-1, 6 digits, 30 seconds: what every authenticator app reads from the QR code. */
  private totp(secret: string, label = '') {
    return new Totp({ issuer: this.issuer, label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
  }

  private async row(m: Db, userId: string, lock: boolean) {
    const rows = await m.query<Array<{ secret_encrypted: string; enabled_at: Date | null }>>(
      `SELECT secret_encrypted, enabled_at FROM user_two_factor WHERE user_id = $1${lock ? ' FOR UPDATE' : ''}`,
      [userId],
    );
    return rows[0];
  }

  private audit(m: EntityManager, actor: Actor, userId: string, changes: Record<string, [unknown, unknown]>) {
    return recordAuditEvent(m, {
      organizationId: actor.organizationId,
      action: AuditAction.UPDATE,
      entity: 'app_user',
      entityId: userId,
      subjectType: 'user',
      subjectId: userId,
      changes,
    });
  }
}
