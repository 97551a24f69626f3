import { AuditAction, recordAuditEvent } from '../audit/audit-events';
import { Injectable } from '@nestjs/common';
import { ErrorReason, normalizeName, Role, searchTokens } from '@rafiq/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { FieldCrypto, maskNationalId, normalizeNationalId } from '../../common/crypto';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { ConnectionShape, PageArgs, paginate, SortSpec } from '../../common/pagination';
import { idempotent } from '../idempotency/idempotency';
import { Province } from '../reference/province.entity';
import { Region } from '../reference/region.entity';
import { ConsentInput, CreatePersonInput, PersonFields, PersonFilter, UpdatePersonInput, WithdrawConsentInput } from './dto/person.inputs';
import { applySessionVisibility } from '../session/session.access';
import { applyPersonVisibility } from './person.access';
import { Person } from './person.entity';
import { PersonSort } from './person.enums';
import { normalizePhone } from './phone';

const SORTS: Record<PersonSort, SortSpec & { value: (p: Person) => unknown }> = {
  [PersonSort.NAME]: { expression: 'p.search_name', direction: 'ASC', value: (p) => p.searchName },
  // Cursors carry milliseconds; PostgreSQL keeps microseconds: compare at the cursor's precision.
  [PersonSort.CREATED_AT]: { expression: "date_trunc('milliseconds', p.created_at)", direction: 'DESC', value: (p) => p.createdAt },
};

const MANAGERS = [Role.ADMIN, Role.PROGRAM_LEAD];

/**
 * Without a recorded consent only her name, gender, region and programme may be stored
 * (permissions.md): these fields then answer BAD_USER_INPUT / CONSENT_REQUIRED.
 */
const NEEDS_CONSENT: ReadonlyArray<[column: keyof Person, field: string]> = [
  ['birthDate', 'birthDate'],
  ['nationalIdHash', 'nationalId'],
  ['phone', 'phone'],
  ['provinceCode', 'provinceCode'],
  ['commune', 'commune'],
  ['locality', 'locality'],
  ['area', 'area'],
  ['educationLevel', 'educationLevel'],
  ['neet', 'neet'],
  ['preferredLocale', 'preferredLocale'],
];

@Injectable()
export class PersonService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly crypto: FieldCrypto,
  ) {}

  private visible(actor: Actor, manager: EntityManager = this.dataSource.manager) {
    return applyPersonVisibility(manager.createQueryBuilder(Person, 'p'), actor, 'p');
  }

  async list(actor: Actor, page: PageArgs, filter: PersonFilter = {}, withCount = true): Promise<ConnectionShape<Person>> {
    const qb = this.visible(actor);
    if (!filter.includeArchived) qb.andWhere('p.archived_at IS NULL');
    if (filter.regionCode) qb.andWhere('p.region_code = :region', { region: filter.regionCode });
    if (filter.provinceCode) qb.andWhere('p.province_code = :province', { province: filter.provinceCode });
    if (filter.gender) qb.andWhere('p.gender = :gender', { gender: filter.gender });
    if (filter.area) qb.andWhere('p.area = :area', { area: filter.area });
    if (filter.neet !== undefined && filter.neet !== null) qb.andWhere('p.neet = :neet', { neet: filter.neet });
    if (filter.programId || filter.cohortId || filter.coachId || filter.status) {
      const conds = ['fe.person_id = p.id'];
      const params: Record<string, string> = {};
      if (filter.programId) {
        conds.push('fe.program_id = :fProgram');
        params.fProgram = filter.programId;
      }
      if (filter.cohortId) {
        conds.push('fe.cohort_id = :fCohort');
        params.fCohort = filter.cohortId;
      }
      if (filter.status) {
        conds.push('fe.status = :fStatus');
        params.fStatus = filter.status;
      }
      if (filter.coachId) {
        conds.push(
          `fe.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM enrolment_coach fc WHERE fc.enrolment_id = fe.id AND fc.user_id = :fCoach)`,
        );
        params.fCoach = filter.coachId;
      }
      qb.andWhere(`EXISTS (SELECT 1 FROM enrolment fe WHERE ${conds.join(' AND ')})`, params);
    }
    const tokens = filter.search ? searchTokens(filter.search) : [];
    tokens.forEach((token, i) => {
      // Every word must appear (trigram index on search_name); a close spelling also matches: word
      // similarity ≥ 0.5, written as the `<%` operator (threshold set per connection in data-source.ts)
      // so that the same GIN index answers both branches (a function call would score every person).
      qb.andWhere(`(p.search_name LIKE :tok${i} OR :raw${i} <% p.search_name)`, {
        [`tok${i}`]: `%${token.replace(/[\\%_]/g, '\\$&')}%`,
        [`raw${i}`]: token,
      });
    });
    const sort = SORTS[filter.sort ?? PersonSort.NAME];
    return paginate(qb, page, sort, { withCount, sortValue: sort.value });
  }

  /** A person the caller may see, or NOT_FOUND — the same answer as for an id that does not exist. */
  async get(actor: Actor, id: string, manager?: EntityManager): Promise<Person> {
    const person = await this.visible(actor, manager).andWhere('p.id = :id', { id }).getOne();
    if (!person) throw notFound('person');
    return person;
  }

  /** People of the organisation who look like the one being entered (same ID, same phone, same name and birth date). */
  async likelyDuplicates(
    actor: Actor,
    input: Pick<CreatePersonInput, 'firstName' | 'lastName' | 'birthDate' | 'nationalId' | 'phone'>,
  ): Promise<Person[]> {
    const qb = this.visible(actor).andWhere('p.archived_at IS NULL');
    const ors: string[] = [];
    const params: Record<string, unknown> = {};
    if (input.nationalId) {
      ors.push('p.national_id_hash = :dupHash');
      params.dupHash = this.crypto.lookupHash(normalizeNationalId(input.nationalId));
    }
    const phone = input.phone ? normalizePhone(input.phone) : undefined;
    if (phone) {
      ors.push('p.phone = :dupPhone');
      params.dupPhone = phone;
    }
    const name = normalizeName(`${input.firstName ?? ''} ${input.lastName ?? ''}`);
    if (name) {
      // Every word typed appears (closely) in her stored names, Latin or Arabic; with a birth date, a looser match suffices.
      ors.push(
        input.birthDate
          ? '(word_similarity(:dupName, p.search_name) > 0.5 AND p.birth_date = :dupBirth)'
          : 'word_similarity(:dupName, p.search_name) >= 0.9',
      );
      params.dupName = name;
      if (input.birthDate) params.dupBirth = input.birthDate;
    }
    if (!ors.length) return [];
    return qb
      .andWhere(`(${ors.join(' OR ')})`, params)
      .orderBy('p.search_name')
      .limit(10)
      .getMany();
  }

  async create(actor: Actor, input: CreatePersonInput): Promise<Person> {
    // A coach creates a person only at a session she runs (met on site): she sees her through that session.
    if (!MANAGERS.includes(actor.role) && !(actor.role === Role.COACH && input.sessionId)) throw forbidden();
    // Idempotent when the client gives a key: a person created offline and replayed is created once.
    return idempotent(this.dataSource, actor, {
      operation: 'createPerson',
      key: input.idempotencyKey,
      payload: input,
      remember: (p) => ({ id: p.id }),
      replay: (r) => this.get(actor, (r as { id: string }).id),
      run: async (m) => {
        if (input.sessionId) await this.assertMayJoin(m, actor, input.sessionId);
        const { sessionId, ...fields } = input;
        const values = await this.prepare(m, actor, fields, null);
        const person = m.create(Person, { ...values, organizationId: actor.organizationId } as Partial<Person>);
        await m.insert(Person, person);
        if (sessionId)
          await m.query(`INSERT INTO session_participant (session_id, person_id, organization_id) VALUES ($1, $2, $3)`, [
            sessionId,
            person.id,
            actor.organizationId,
          ]);
        return this.get(actor, person.id, m);
      },
    });
  }

  /**
   * Updates only the fields given, and only if nobody changed the person since `version` was read:
   * a conditional UPDATE whose affected-row count is checked (CONFLICT otherwise).
   */
  async update(actor: Actor, input: UpdatePersonInput): Promise<Person> {
    if (actor.role === Role.ENTREPRENEUR) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      const current = await this.get(actor, input.id, m);
      if (current.erasedAt) throw badInput('id', ErrorReason.INVALID_VALUE, 'This person was erased; her record can no longer be changed');
      const { id, version, ...fields } = input;
      const values = await this.prepare(m, actor, fields, current);
      const result = await m
        .createQueryBuilder()
        .update(Person)
        .set(values)
        .where('id = :id AND organization_id = :org AND version = :version', { id, org: actor.organizationId, version })
        .execute();
      if (result.affected !== 1)
        throw conflict('This person was changed by someone else; reload to see the changes', { currentVersion: current.version });
      return this.get(actor, id, m);
    });
  }

  /**
   * She withdrew her consent: recorded (date, channel) by staff who may edit her (as for
   * updatePerson), and in the same transaction every field that needs consent is cleared, so that
   * only her name, gender, region and programme stay. The person table's audit trigger keeps the
   * change (before → after, sensitive values masked). A new consent can be recorded later.
   */
  async withdrawConsent(actor: Actor, input: WithdrawConsentInput): Promise<Person> {
    if (actor.role === Role.ENTREPRENEUR) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      const current = await this.get(actor, input.id, m);
      if (current.erasedAt) throw badInput('id', ErrorReason.INVALID_VALUE, 'This person was erased; her record can no longer be changed');
      if (!current.consentAt) throw badInput('id', ErrorReason.INVALID_VALUE, 'No consent is recorded for her');
      const today = new Date().toISOString().slice(0, 10);
      const consentOn = current.consentAt.toISOString().slice(0, 10);
      if (input.withdrawnOn > today || input.withdrawnOn < consentOn)
        throw badInput('withdrawnOn', ErrorReason.INVALID_VALUE, 'The date must be between her consent and today');
      const cleared: Partial<Record<keyof Person, unknown>> = Object.fromEntries(NEEDS_CONSENT.map(([column]) => [column, null]));
      Object.assign(cleared, {
        nationalIdEncrypted: null,
        nationalIdMasked: null,
        consentAt: null,
        consentVersion: null,
        consentChannel: null,
        consentGivenBy: null,
        consentWithdrawnOn: input.withdrawnOn,
        consentWithdrawnChannel: input.channel,
      });
      const result = await m
        .createQueryBuilder()
        .update(Person)
        .set(cleared as Partial<Person>)
        .where('id = :id AND organization_id = :org AND version = :version', { id: input.id, org: actor.organizationId, version: input.version })
        .execute();
      if (result.affected !== 1)
        throw conflict('This person was changed by someone else; reload to see the changes', { currentVersion: current.version });
      return this.get(actor, input.id, m);
    });
  }

  async archive(actor: Actor, id: string, version: number): Promise<Person> {
    if (!MANAGERS.includes(actor.role)) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      const current = await this.get(actor, id, m);
      const result = await m
        .createQueryBuilder()
        .update(Person)
        .set({ archivedAt: () => 'now()' })
        .where('id = :id AND organization_id = :org AND version = :version', { id, org: actor.organizationId, version })
        .execute();
      if (result.affected !== 1)
        throw conflict('This person was changed by someone else; reload to see the changes', { currentVersion: current.version });
      return this.get(actor, id, m);
    });
  }

  /** The national ID in clear, for those allowed to see it (every role that can see the person; an entrepreneur sees only herself). */
  async revealNationalId(actor: Actor, id: string): Promise<string | null> {
    const person = await this.get(actor, id);
    const row = await this.dataSource
      .createQueryBuilder(Person, 'p')
      .select('p.national_id_encrypted', 'enc')
      .where('p.id = :id AND p.organization_id = :org', { id: person.id, org: actor.organizationId })
      .getRawOne<{ enc: string | null }>();
    if (!row?.enc) return null;
    // Every reveal is on record (who, when, from where), never the value itself.
    await recordAuditEvent(this.dataSource, {
      organizationId: actor.organizationId,
      action: AuditAction.REVEAL_NATIONAL_ID,
      entity: 'person',
      entityId: person.id,
      subjectType: 'person',
      subjectId: person.id,
    });
    return this.crypto.decrypt(row.enc);
  }

  /**
   * A person met at `sessionId` may join it: a session the caller sees (her organisation; a lead's
   * programmes) and, for a coach, one she runs. Otherwise NOT_FOUND, as for an id that does not exist.
   */
  private async assertMayJoin(m: EntityManager, actor: Actor, sessionId: string): Promise<void> {
    const qb = applySessionVisibility(m.createQueryBuilder().select('1').from('coaching_session', 's'), actor, 's').andWhere('s.id = :joinSession', {
      joinSession: sessionId,
    });
    if (actor.role === Role.COACH)
      qb.andWhere('EXISTS (SELECT 1 FROM session_coach jsc WHERE jsc.session_id = s.id AND jsc.user_id = :joinCoach)', { joinCoach: actor.userId });
    if (!(await qb.getRawOne())) throw notFound('session');
  }

  /** Validates and normalises the given fields into column values. */
  private async prepare(m: EntityManager, actor: Actor, input: PersonFields & Partial<CreatePersonInput>, current: Person | null) {
    const values: Partial<Record<keyof Person, unknown>> = {};
    const copy = [
      'firstNameAr',
      'lastNameAr',
      'provinceCode',
      'commune',
      'locality',
      'area',
      'educationLevel',
      'neet',
      'preferredLocale',
      'gender',
    ] as const;
    for (const key of copy) if (input[key] !== undefined) values[key] = input[key] === '' ? null : input[key];
    if (input.firstName !== undefined) values.firstName = input.firstName.trim();
    if (input.lastName !== undefined) values.lastName = input.lastName.trim();
    if (input.birthDate !== undefined) {
      if (input.birthDate && (input.birthDate > new Date().toISOString().slice(0, 10) || input.birthDate < '1900-01-01')) {
        throw badInput('birthDate', ErrorReason.INVALID_VALUE, 'The birth date must be a real date in the past');
      }
      values.birthDate = input.birthDate || null;
    }
    if (input.phone !== undefined) {
      if (input.phone) {
        const phone = normalizePhone(input.phone);
        if (!phone) throw badInput('phone', ErrorReason.INVALID_VALUE, 'Not a valid phone number');
        values.phone = phone;
      } else values.phone = null;
    }
    if (input.regionCode !== undefined) {
      if (!(await m.existsBy(Region, { code: input.regionCode })))
        throw badInput('regionCode', ErrorReason.INVALID_VALUE, 'Unknown region');
      values.regionCode = input.regionCode;
    }
    const province = values.provinceCode !== undefined ? (values.provinceCode as string | null) : (current?.provinceCode ?? null);
    if (province && (values.provinceCode !== undefined || values.regionCode !== undefined)) {
      const region = (values.regionCode as string | undefined) ?? current?.regionCode;
      if (!(await m.existsBy(Province, { code: province, regionCode: region }))) {
        throw badInput('provinceCode', ErrorReason.INVALID_VALUE, 'This province is not in the chosen region');
      }
    }
    if (input.nationalId !== undefined) {
      if (input.nationalId) {
        const id = normalizeNationalId(input.nationalId);
        const hash = this.crypto.lookupHash(id);
        const taken = await m
          .createQueryBuilder(Person, 'p')
          .where('p.organization_id = :org AND p.national_id_hash = :hash', { org: actor.organizationId, hash })
          .andWhere(current ? 'p.id <> :self' : 'true', current ? { self: current.id } : {})
          .getExists();
        if (taken) throw badInput('nationalId', ErrorReason.DUPLICATE, 'Another person has this national ID');
        Object.assign(values, { nationalIdEncrypted: this.crypto.encrypt(id), nationalIdHash: hash, nationalIdMasked: maskNationalId(id) });
      } else Object.assign(values, { nationalIdEncrypted: null, nationalIdHash: null, nationalIdMasked: null });
    }
    const first = (values.firstName as string | undefined) ?? current?.firstName ?? '';
    const last = (values.lastName as string | undefined) ?? current?.lastName ?? '';
    const firstAr = values.firstNameAr !== undefined ? (values.firstNameAr as string | null) : (current?.firstNameAr ?? null);
    const lastAr = values.lastNameAr !== undefined ? (values.lastNameAr as string | null) : (current?.lastNameAr ?? null);
    values.searchName = normalizeName([first, last, firstAr, lastAr].filter(Boolean).join(' '));
    if (input.consent) Object.assign(values, await this.consentValues(m, actor, input.consent));
    if (!values.consentAt && !current?.consentAt) {
      for (const [column, field] of NEEDS_CONSENT) {
        if (values[column] !== undefined && values[column] !== null)
          throw badInput(
            field,
            ErrorReason.CONSENT_REQUIRED,
            'Without a recorded consent only her name, region and programme may be stored',
          );
      }
    }
    return values as Partial<Person>;
  }

  /** The consent columns: the notice version given must exist; by default the organisation's current one. */
  private async consentValues(m: EntityManager, actor: Actor, consent: ConsentInput): Promise<Partial<Person>> {
    if (consent.givenOn > new Date().toISOString().slice(0, 10) || consent.givenOn < '2000-01-01')
      throw badInput('consent.givenOn', ErrorReason.INVALID_VALUE, 'The consent date must be a real date, not in the future');
    const [row] = await m.query<Array<{ version: number | null; known: boolean }>>(
      `SELECT max(version) AS version, bool_or(version = $2) AS known FROM consent_notice WHERE organization_id = $1`,
      [actor.organizationId, consent.noticeVersion ?? null],
    );
    if (consent.noticeVersion && !row?.known)
      throw badInput('consent.noticeVersion', ErrorReason.INVALID_VALUE, 'No consent notice has this version');
    const version = consent.noticeVersion ?? row?.version ?? null;
    return {
      consentAt: new Date(`${consent.givenOn}T12:00:00Z`),
      consentVersion: version === null ? null : String(version),
      consentChannel: consent.channel,
      consentGivenBy: consent.givenBy,
      // A new consent after a withdrawal: the withdrawal stays in the audit trail.
      consentWithdrawnOn: null,
      consentWithdrawnChannel: null,
    };
  }
}
