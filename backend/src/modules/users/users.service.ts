import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorReason, Role } from '@rafiq/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { ConnectionShape, PageArgs, paginate, SortSpec } from '../../common/pagination';
import { returnedRows } from '../../common/sql';
import { updateVersioned } from '../../common/versioned-update';
import { AuditAction, recordAuditEvent } from '../audit/audit-events';
import { normaliseEmail } from '../auth/auth.service';
import { hashPassword } from '../auth/password';
import { INVITATION_LINK_DAYS, issue } from '../auth/password-reset';
import { User } from '../auth/user.entity';
import { InviteUserInput, UpdateUserInput, UserFilter, UserStatus } from './dto/users.types';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const BY_NAME: SortSpec = { expression: 'u.display_name', direction: 'ASC' };

/**
 * Lower case without Latin accents, Arabic harakat, hamza marks (أ إ آ → ا) and tatweel: the same
 * folding on both sides (FOLDED_NAME in SQL), so "helene" finds "Hélène" and "امينة" finds "أمينة".
 */
const folded = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, '')
    .toLowerCase()
    .trim();
const FOLDED_NAME = `lower(regexp_replace(normalize(u.display_name, NFKD), '[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]', '', 'g'))`;
const likeEscaped = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Team and accounts (issue 9): an admin lists, invites, edits, disables and enables the users of
 * her own organisation, and links an entrepreneur account to its person record. Every change is one
 * transaction and audited; another organisation's user answers NOT_FOUND.
 */
@Injectable()
export class UsersService {
  constructor(private readonly dataSource: DataSource) {}

  private adminOnly(actor: Actor): void {
    if (actor.role !== Role.ADMIN) throw forbidden();
  }

  async list(actor: Actor, filter: UserFilter | undefined, page: PageArgs, withCount: boolean): Promise<ConnectionShape<User>> {
    this.adminOnly(actor);
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u').where('u.organization_id = :org', { org: actor.organizationId });
    if (filter?.role) qb.andWhere('u.role = :role', { role: filter.role });
    if (filter?.status === UserStatus.ACTIVE) qb.andWhere('u.disabled_at IS NULL');
    if (filter?.status === UserStatus.DISABLED) qb.andWhere('u.disabled_at IS NOT NULL');
    const search = filter?.search ? folded(filter.search) : '';
    if (search) {
      qb.andWhere(`(${FOLDED_NAME} LIKE :search OR u.email LIKE :search)`, { search: `%${likeEscaped(search)}%` });
    }
    return paginate(qb, page, BY_NAME, { withCount, sortValue: (u) => u.displayName });
  }

  /**
   * Locks the organisation's active admins, first thing in a transaction that may demote or disable
   * one (always in the same order): two admins demoting each other cannot both win, nor deadlock.
   */
  private lockAdmins(m: EntityManager, actor: Actor): Promise<Array<{ id: string }>> {
    return m.query<Array<{ id: string }>>(
      `SELECT id FROM app_user WHERE organization_id = $1 AND role = 'ADMIN' AND disabled_at IS NULL ORDER BY id FOR NO KEY UPDATE`,
      [actor.organizationId],
    );
  }

  private assertAnotherAdmin(admins: Array<{ id: string }>, userId: string, field: string): void {
    if (!admins.some((a) => a.id !== userId)) {
      throw badInput(field, ErrorReason.LAST_ADMIN, 'The organisation needs at least one active admin');
    }
  }

  private async findForUpdate(m: EntityManager, actor: Actor, id: string): Promise<User> {
    const user = await m
      .createQueryBuilder(User, 'u')
      .setLock('for_no_key_update')
      .where('u.id = :id AND u.organization_id = :org', { id, org: actor.organizationId })
      .getOne();
    if (!user) throw notFound('user');
    return user;
  }

  private async linkPerson(m: EntityManager, actor: Actor, personId: string, userId: string): Promise<void> {
    const people = await m.query<Array<{ id: string; user_id: string | null }>>(
      `SELECT id, user_id FROM person WHERE id = $1 AND organization_id = $2 AND erased_at IS NULL FOR NO KEY UPDATE`,
      [personId, actor.organizationId],
    );
    if (!people[0]) throw notFound('person');
    if (people[0].user_id && people[0].user_id !== userId) {
      throw badInput('personId', ErrorReason.ALREADY_LINKED, 'This person is linked to another account already');
    }
    // One person per account: an earlier link of this account goes.
    await m.query(
      `UPDATE person SET user_id = NULL, version = version + 1, updated_at = now() WHERE user_id = $1 AND organization_id = $2 AND id <> $3`,
      [userId, actor.organizationId, personId],
    );
    await m.query(`UPDATE person SET user_id = $1, version = version + 1, updated_at = now() WHERE id = $2 AND organization_id = $3`, [
      userId,
      personId,
      actor.organizationId,
    ]);
  }

  /** A new account with no usable password, and its invitation link (7 days, single use). */
  async invite(actor: Actor, input: InviteUserInput): Promise<{ user: User; token: string; expiresAt: Date }> {
    this.adminOnly(actor);
    const email = normaliseEmail(input.email);
    if (!EMAIL.test(email)) throw badInput('email', ErrorReason.INVALID_EMAIL, 'Not a valid e-mail address');
    if (input.personId && input.role !== Role.ENTREPRENEUR) {
      throw badInput('personId', ErrorReason.INVALID_VALUE, 'Only an entrepreneur account is linked to a person');
    }
    // Nobody knows this password: she chooses hers with the invitation link.
    const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
    return this.dataSource.transaction(async (m) => {
      // E-mail addresses are unique across Rafiq (sign-in needs no organisation).
      if ((await m.query<unknown[]>(`SELECT 1 FROM app_user WHERE email = $1`, [email])).length) {
        throw badInput('email', ErrorReason.DUPLICATE, 'An account with this e-mail address exists already');
      }
      const user = await m.save(
        m.create(User, {
          organizationId: actor.organizationId,
          email,
          role: input.role,
          displayName: input.displayName.trim(),
          locale: input.locale ?? null,
          passwordHash,
          disabledAt: null,
        }),
      );
      if (input.personId) await this.linkPerson(m, actor, input.personId, user.id);
      // The row is audited by its trigger (app_user_audit); the link by issue().
      const { token, expiresAt } = await issue(m, {
        userId: user.id,
        organizationId: actor.organizationId,
        createdBy: actor.userId,
        hours: INVITATION_LINK_DAYS * 24,
        invitation: true,
      });
      return { user: await m.findOneByOrFail(User, { id: user.id }), token, expiresAt };
    });
  }

  /** Name, role, language; CONFLICT on a stale version. A role change ends her sessions. */
  async update(actor: Actor, input: UpdateUserInput): Promise<User> {
    this.adminOnly(actor);
    return this.dataSource.transaction(async (m) => {
      const admins = await this.lockAdmins(m, actor);
      const user = await this.findForUpdate(m, actor, input.id);
      if (user.version !== input.version) throw conflict('This user was changed by someone else; reload it and try again');
      const roleChanges = input.role != null && input.role !== user.role;
      if (roleChanges && user.id === actor.userId) throw badInput('role', ErrorReason.OWN_ACCOUNT, 'You cannot change your own role');
      if (roleChanges && user.role === Role.ADMIN && !user.disabledAt) this.assertAnotherAdmin(admins, user.id, 'role');
      const values: Partial<User> = {};
      if (input.displayName != null && input.displayName.trim() !== user.displayName) {
        values.displayName = input.displayName.trim();
      }
      if (roleChanges) {
        values.role = input.role!;
      }
      if (input.locale !== undefined && input.locale !== user.locale) {
        values.locale = input.locale;
      }
      if (!Object.keys(values).length) return user;
      // The row change is audited by its trigger (app_user_audit).
      await updateVersioned(m, User, actor, input, values, 'user');
      if (roleChanges) {
        // Her permissions changed: she signs in again to get the new ones.
        await m.query(`UPDATE auth_session SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL`, [user.id]);
        if (user.role === Role.ENTREPRENEUR) {
          await m.query(
            `UPDATE person SET user_id = NULL, version = version + 1, updated_at = now() WHERE user_id = $1 AND organization_id = $2`,
            [user.id, actor.organizationId],
          );
        }
      }
      return m.findOneByOrFail(User, { id: user.id });
    });
  }

  /** She can no longer sign in; her sessions and unused links end at once (same transaction). */
  async disable(actor: Actor, id: string): Promise<User> {
    this.adminOnly(actor);
    return this.dataSource.transaction(async (m) => {
      const admins = await this.lockAdmins(m, actor);
      const user = await this.findForUpdate(m, actor, id);
      if (user.id === actor.userId) throw badInput('id', ErrorReason.OWN_ACCOUNT, 'You cannot disable your own account');
      if (user.disabledAt) return user;
      if (user.role === Role.ADMIN) this.assertAnotherAdmin(admins, user.id, 'id');
      await m.query(`UPDATE app_user SET disabled_at = now(), version = version + 1, updated_at = now() WHERE id = $1`, [user.id]);
      const ended = returnedRows(
        await m.query(`UPDATE auth_session SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL RETURNING id`, [user.id]),
      );
      await m.query(`DELETE FROM password_reset_token WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
      // disabled_at is audited by the row's trigger; the sessions it ended here.
      await recordAuditEvent(m, {
        organizationId: actor.organizationId,
        action: AuditAction.SIGN_OUT,
        entity: 'app_user',
        entityId: user.id,
        subjectType: 'user',
        subjectId: user.id,
        changes: { sessions: [ended.length, 0] },
      });
      return m.findOneByOrFail(User, { id: user.id });
    });
  }

  async enable(actor: Actor, id: string): Promise<User> {
    this.adminOnly(actor);
    return this.dataSource.transaction(async (m) => {
      const user = await this.findForUpdate(m, actor, id);
      if (!user.disabledAt) return user;
      await m.query(`UPDATE app_user SET disabled_at = NULL, version = version + 1, updated_at = now() WHERE id = $1`, [user.id]);
      return m.findOneByOrFail(User, { id: user.id });
    });
  }

  /** Links a person record to an entrepreneur account of the organisation, or unlinks it (userId null). */
  async linkPersonAccount(actor: Actor, personId: string, userId: string | null): Promise<boolean> {
    this.adminOnly(actor);
    return this.dataSource.transaction(async (m) => {
      if (!userId) {
        const people = await m.query<unknown[]>(`SELECT id FROM person WHERE id = $1 AND organization_id = $2 FOR NO KEY UPDATE`, [
          personId,
          actor.organizationId,
        ]);
        if (!people.length) throw notFound('person');
        await m.query(`UPDATE person SET user_id = NULL, version = version + 1, updated_at = now() WHERE id = $1 AND user_id IS NOT NULL`, [
          personId,
        ]);
        return true;
      }
      const user = await this.findForUpdate(m, actor, userId);
      if (user.role !== Role.ENTREPRENEUR)
        throw badInput('userId', ErrorReason.INVALID_VALUE, 'Only an entrepreneur account is linked to a person');
      await this.linkPerson(m, actor, personId, user.id);
      return true;
    });
  }
}
