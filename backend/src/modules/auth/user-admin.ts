import { ErrorReason, Locale, Role } from '@rafiq/shared';
import { DataSource, EntityManager } from 'typeorm';
import { badInput } from '../../common/errors';
import { returnedRows } from '../../common/sql';
import { unscopedSystemAccess } from '../../common/tenant';
import { AuditAction, recordAuditEvent } from '../audit/audit-events';
import { Organization } from '../organization/organization.entity';
import { normaliseEmail } from './auth.service';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password';
import { issue, resetPath } from './password-reset';
import { User } from './user.entity';

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Creating organisations and users from the administration CLI and the demo data.
 * (The admin screens of a later issue call the same functions, scoped to the admin's organisation.)
 */
export async function createOrganization(manager: EntityManager, input: { slug: string; name: string }): Promise<Organization> {
  const slug = input.slug.trim().toLowerCase();
  if (!SLUG.test(slug)) throw badInput('slug', ErrorReason.INVALID_VALUE, 'The slug must be lower-case letters, digits and hyphens (1–63)');
  const name = input.name.trim();
  if (!name) throw badInput('name', ErrorReason.REQUIRED, 'The name is required');
  if (await manager.existsBy(Organization, { slug }))
    throw badInput('slug', ErrorReason.DUPLICATE, `An organisation with slug "${slug}" exists already`);
  return manager.save(manager.create(Organization, { slug, name }));
}

export interface NewUser {
  organizationSlug: string;
  email: string;
  role: Role;
  password: string;
  displayName?: string;
  locale?: Locale;
}

export async function createUser(manager: EntityManager, input: NewUser): Promise<User> {
  const email = normaliseEmail(input.email);
  if (!EMAIL.test(email) || email.length > 254) throw badInput('email', ErrorReason.INVALID_EMAIL, 'Not a valid e-mail address');
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw badInput('password', ErrorReason.TOO_SHORT, `The password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const org = await manager.findOneBy(Organization, { slug: input.organizationSlug.trim().toLowerCase() });
  if (!org) throw badInput('org', ErrorReason.NOT_FOUND, `No organisation with slug "${input.organizationSlug}"`);
  if (await manager.existsBy(User, { email })) throw badInput('email', ErrorReason.DUPLICATE, `A user with e-mail ${email} exists already`);
  const user = manager.create(User, {
    organizationId: org.id,
    email,
    role: input.role,
    displayName: input.displayName?.trim() || email.split('@')[0],
    locale: input.locale ?? null,
    passwordHash: await hashPassword(input.password),
    disabledAt: null,
  });
  return manager.save(user);
}

/** Disables a user and ends all her sessions at once (same transaction). */
export async function disableUser(dataSource: DataSource, email: string): Promise<boolean> {
  return unscopedSystemAccess(dataSource, 'administration CLI').transaction(async (m) => {
    const rows = returnedRows<{ id: string }>(
      await m.query(
        `UPDATE app_user SET disabled_at = now(), version = version + 1, updated_at = now() WHERE email = $1 AND disabled_at IS NULL RETURNING id`,
        [normaliseEmail(email)],
      ),
    );
    if (!rows[0]) return false;
    await m.query(`UPDATE auth_session SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL`, [rows[0].id]);
    return true;
  });
}

/**
 * Turns a user's two-factor sign-in off (lost phone and recovery codes) and ends her sessions;
 * she sets it up again at her next sign-in. Audited as a system change.
 */
export async function resetTwoFactorByEmail(dataSource: DataSource, email: string): Promise<boolean> {
  return unscopedSystemAccess(dataSource, 'administration CLI').transaction(async (m) => {
    const users = await m.query<Array<{ id: string; organization_id: string }>>(
      `SELECT id, organization_id FROM app_user WHERE email = $1`,
      [normaliseEmail(email)],
    );
    if (!users[0]) return false;
    const removed = returnedRows(await m.query(`DELETE FROM user_two_factor WHERE user_id = $1 RETURNING user_id`, [users[0].id]));
    await m.query(`UPDATE auth_session SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL`, [users[0].id]);
    await recordAuditEvent(m, {
      organizationId: users[0].organization_id,
      action: AuditAction.UPDATE,
      entity: 'app_user',
      entityId: users[0].id,
      subjectType: 'user',
      subjectId: users[0].id,
      changes: { twoFactor: [removed.length > 0, false] },
      actor: { userId: null, role: 'SYSTEM', ip: null },
    });
    return true;
  });
}

/** A single-use password reset link (path and token) for a user, from the CLI; null when there is no such active user. */
export async function passwordResetLinkByEmail(dataSource: DataSource, email: string): Promise<{ path: string; expiresAt: Date } | null> {
  return unscopedSystemAccess(dataSource, 'administration CLI').transaction(async (m) => {
    const users = await m.query<Array<{ id: string; organization_id: string }>>(
      `SELECT id, organization_id FROM app_user WHERE email = $1 AND disabled_at IS NULL`,
      [normaliseEmail(email)],
    );
    if (!users[0]) return null;
    const { token, expiresAt } = await issue(m, { userId: users[0].id, organizationId: users[0].organization_id, createdBy: null });
    return { path: resetPath(token), expiresAt };
  });
}
