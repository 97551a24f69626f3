import { createDecipheriv } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorReason, Role } from '@rafiq/shared';
import { Brackets, DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../../common/actor';
import { badInput, notFound } from '../../common/errors';
import { applyCooperativeVisibility } from '../cooperative/cooperative.access';
import { Cooperative } from '../cooperative/cooperative.entity';
import { applyPersonVisibility } from '../person/person.access';
import { Person } from '../person/person.entity';
import { CoachingSession } from '../session/session.entity';
import { applySessionVisibility } from '../session/session.access';
import { applyVentureVisibility } from '../venture/venture.access';
import { Venture } from '../venture/venture.entity';
import { AuditLog } from './audit-log.entity';

/** What an audited value about an erased person reads as. */
export const ERASED_VALUE = '[erased]';

/** pgcrypto's encrypt(data, key, 'aes') with a 32-byte key: AES-256-CBC, zero IV, PKCS#7 padding. */
export function unsealValue(value: string, key: Buffer): string {
  const decipher = createDecipheriv('aes-256-cbc', key, Buffer.alloc(16));
  return Buffer.concat([decipher.update(Buffer.from(value.slice(4), 'hex')), decipher.final()]).toString('utf8');
}

export enum AuditSubject {
  PERSON = 'person',
  VENTURE = 'venture',
  COOPERATIVE = 'cooperative',
  SESSION = 'session',
  PROGRAM = 'program',
  USER = 'user',
}

export interface AuditFilterValues {
  subjectType?: AuditSubject;
  subjectId?: string;
  actorUserId?: string;
  action?: string;
  entity?: string;
  from?: Date;
  to?: Date;
}

export interface AuditPage {
  rows: AuditLog[];
  hasNextPage: boolean;
  totalCount: number;
}

const VISIBLE: Partial<
  Record<AuditSubject, (qb: SelectQueryBuilder<ObjectLiteral>, actor: Actor, alias: string) => SelectQueryBuilder<ObjectLiteral>>
> = {
  [AuditSubject.PERSON]: applyPersonVisibility,
  [AuditSubject.VENTURE]: applyVentureVisibility,
  [AuditSubject.COOPERATIVE]: applyCooperativeVisibility,
  [AuditSubject.SESSION]: applySessionVisibility,
};
const TABLE: Partial<Record<AuditSubject, typeof Person | typeof Venture | typeof Cooperative | typeof CoachingSession>> = {
  [AuditSubject.PERSON]: Person,
  [AuditSubject.VENTURE]: Venture,
  [AuditSubject.COOPERATIVE]: Cooperative,
  [AuditSubject.SESSION]: CoachingSession,
};

/**
 * Reading the audit trail (permissions.md: admins all of their organisation's; programme leads what
 * concerns their programmes — people, ventures, cooperatives and sessions they may see, and the
 * programmes they lead; nobody else).
 */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  private scoped(actor: Actor): SelectQueryBuilder<AuditLog> {
    const qb = this.dataSource.createQueryBuilder(AuditLog, 'a').where('a.organization_id = :auditOrg', { auditOrg: actor.organizationId });
    if (actor.role === Role.ADMIN) return qb;
    if (actor.role !== Role.PROGRAM_LEAD) return qb.andWhere('false');
    const conditions: string[] = [];
    for (const subject of [AuditSubject.PERSON, AuditSubject.VENTURE, AuditSubject.COOPERATIVE, AuditSubject.SESSION] as const) {
      const alias = `s_${subject}`;
      const sub = VISIBLE[subject]!(
        qb.subQuery().select('1').from(TABLE[subject]!, alias).where(`${alias}.id = a.subject_id`),
        actor,
        alias,
      );
      conditions.push(`(a.subject_type = '${subject}' AND EXISTS ${sub.getQuery()})`);
      qb.setParameters(sub.getParameters());
    }
    const enrolmentPerson = applyPersonVisibility(
      qb.subQuery().select('1').from('enrolment', 'ae').innerJoin(Person, 'aep', 'aep.id = ae.person_id').where('ae.id = a.subject_id'),
      actor,
      'aep',
    );
    conditions.push(`(a.subject_type = 'enrolment' AND EXISTS ${enrolmentPerson.getQuery()})`);
    qb.setParameters(enrolmentPerson.getParameters());
    conditions.push(
      `(a.subject_type = 'program' AND EXISTS (SELECT 1 FROM program_lead apl WHERE apl.program_id = a.subject_id AND apl.user_id = :auditMe))`,
    );
    return qb.andWhere(`(${conditions.join(' OR ')})`, { auditMe: actor.userId });
  }

  async list(actor: Actor, filter: AuditFilterValues, first: number, after: string | undefined, withCount: boolean): Promise<AuditPage> {
    const qb = this.scoped(actor);
    if (filter.subjectType && filter.subjectId) {
      if (filter.subjectType === AuditSubject.PERSON) {
        // A person's history includes her enrolments' coach assignments.
        qb.andWhere(
          new Brackets((w) =>
            w
              .where("a.subject_type = 'person' AND a.subject_id = :subjectId")
              .orWhere("a.subject_type = 'enrolment' AND a.subject_id IN (SELECT e.id FROM enrolment e WHERE e.person_id = :subjectId)"),
          ),
          { subjectId: filter.subjectId },
        );
      } else
        qb.andWhere('a.subject_type = :subjectType AND a.subject_id = :subjectId', {
          subjectType: filter.subjectType,
          subjectId: filter.subjectId,
        });
    }
    if (filter.actorUserId) qb.andWhere('a.actor_user_id = :actorUserId', { actorUserId: filter.actorUserId });
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.entity) qb.andWhere('a.entity = :entity', { entity: filter.entity });
    if (filter.from) qb.andWhere('a.occurred_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.occurred_at < :to', { to: filter.to });
    const count = withCount ? qb.clone().getCount() : Promise.resolve(-1);
    if (after) {
      if (!/^\d{1,19}$/.test(after)) throw badInput('after', ErrorReason.INVALID_VALUE, 'Invalid cursor');
      qb.andWhere('a.seq < :afterSeq', { afterSeq: after });
    }
    const rows = await qb
      .orderBy('a.seq', 'DESC')
      .limit(first + 1)
      .getMany();
    const page = rows.slice(0, first);
    await this.unseal(page);
    return { rows: page, hasNextPage: rows.length > first, totalCount: await count };
  }

  /**
   * Values written sealed (names, notes: migrations 1764720000000) are decrypted with their
   * record's key; once a person is erased her keys are gone and they show as ERASED_VALUE.
   */
  private async unseal(rows: AuditLog[]): Promise<void> {
    const sealed = rows.filter((r) => r.subjectId && JSON.stringify(r.changes ?? {}).includes('"enc:'));
    if (!sealed.length) return;
    const keys = await this.dataSource.query<Array<{ subject_type: string; subject_id: string; key: Buffer }>>(
      `SELECT subject_type, subject_id, key FROM audit_subject_key WHERE (subject_type, subject_id) IN (SELECT * FROM unnest($1::text[], $2::uuid[]))`,
      [sealed.map((r) => r.subjectType), sealed.map((r) => r.subjectId)],
    );
    const byId = new Map(keys.map((k) => [`${k.subject_type}:${k.subject_id}`, k.key]));
    for (const row of sealed) {
      const key = byId.get(`${row.subjectType}:${row.subjectId}`);
      const open = (v: unknown) => (typeof v === 'string' && v.startsWith('enc:') ? (key ? unsealValue(v, key) : ERASED_VALUE) : v);
      const changes = row.changes;
      for (const field of Object.keys(changes)) changes[field] = [open(changes[field][0]), open(changes[field][1])];
    }
  }

  /** The history of one record: NOT_FOUND unless the caller may see the record itself. */
  async history(
    actor: Actor,
    subject: AuditSubject,
    id: string,
    first: number,
    after: string | undefined,
    withCount: boolean,
  ): Promise<AuditPage> {
    const table = TABLE[subject];
    if (table) {
      const visible = await VISIBLE[subject]!(
        this.dataSource.createQueryBuilder(table, 'r').where('r.id = :id', { id }),
        actor,
        'r',
      ).getExists();
      if (!visible) throw notFound(subject);
    } else if (subject === AuditSubject.PROGRAM) {
      const [row] = await this.dataSource.query<Array<{ ok: boolean }>>(
        `SELECT EXISTS (SELECT 1 FROM program p WHERE p.id = $1 AND p.organization_id = $2 AND ($3 = 'ADMIN' OR EXISTS (SELECT 1 FROM program_lead l WHERE l.program_id = p.id AND l.user_id = $4))) AS ok`,
        [id, actor.organizationId, actor.role, actor.userId],
      );
      if (!row?.ok) throw notFound(subject);
    } else if (actor.role !== Role.ADMIN) throw notFound(subject);
    return this.list(actor, { subjectType: subject, subjectId: id }, first, after, withCount);
  }
}
