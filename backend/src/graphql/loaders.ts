import { ProgramPartner } from '../modules/program/program-partner.entity';
import { Partner } from '../modules/partner/partner.entity';
import DataLoader from 'dataloader';
import { In, IsNull, DataSource } from 'typeorm';
import { RequestAuth } from '../common/actor';
import { notFound } from '../common/errors';
import { User } from '../modules/auth/user.entity';
import { EnrolmentCoach } from '../modules/enrolment/enrolment-coach.entity';
import { Enrolment } from '../modules/enrolment/enrolment.entity';
import { Organization } from '../modules/organization/organization.entity';
import { Cohort } from '../modules/program/cohort.entity';
import { ProgramLead } from '../modules/program/program-lead.entity';
import { SessionCoach } from '../modules/session/session-coach.entity';
import { SessionParticipant } from '../modules/session/session-participant.entity';
import { VentureStageChange } from '../modules/venture/venture-stage-change.entity';
import { Venture } from '../modules/venture/venture.entity';
import { ProgramTarget } from '../modules/program/program-target.entity';
import { Program } from '../modules/program/program.entity';
import { Region } from '../modules/reference/region.entity';
import { Province } from '../modules/reference/province.entity';
import { CoachProfile } from '../modules/coach/coach-profile.entity';
import { EnrolmentStatusChange } from '../modules/enrolment/enrolment-status-change.entity';
import { CooperativeMember } from '../modules/cooperative/cooperative-member.entity';
import { applyCooperativeVisibility, cooperativeVisibilitySql } from '../modules/cooperative/cooperative.access';
import { Cooperative } from '../modules/cooperative/cooperative.entity';
import { applyPersonVisibility } from '../modules/person/person.access';
import { Person } from '../modules/person/person.entity';
import { createReferenceLoaders } from '../modules/reference/reference.loaders';
import { createPartnerLoaders } from '../modules/partner/partner.loaders';
import { createActionItemLoaders } from '../modules/action-item/action-item.loaders';
import { createEconomicResultLoaders } from '../modules/economic-result/economic-result.loaders';
import { createReferralLoaders } from '../modules/referral/referral.loaders';
import { createTrainingLoaders } from '../modules/session/training.loaders';
import { createDiagnosticLoaders } from '../modules/diagnostic/diagnostic.loaders';
import { createUserLoaders } from '../modules/users/users.loaders';

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, missing: (key: K) => V | Error): Array<V | Error> {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? missing(k));
}

function grouped<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const r of rows) map.set(keyOf(r), [...(map.get(keyOf(r)) ?? []), r]);
  return keys.map((k) => map.get(k) ?? []);
}

/** An enrolment's coaches by name (the order of `Enrolment.coaches`). */
function sortedCoaches(links: EnrolmentCoach[]): User[] {
  return links.map((r) => r.user!).sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/**
 * One set of DataLoaders per request, each batching one relation into one SQL statement.
 * Every loader is scoped to the caller's organisation: an id of another organisation loads nothing.
 * Loaders follow relations of records the caller was already allowed to read.
 */
export function createLoaders(dataSource: DataSource, auth: RequestAuth) {
  const org = () => auth.actor?.organizationId ?? '00000000-0000-0000-0000-000000000000';
  const loaders = {
    ...createReferenceLoaders(dataSource),
    ...createPartnerLoaders(dataSource, auth),
    ...createActionItemLoaders(dataSource, auth),
    ...createEconomicResultLoaders(dataSource, auth),
    ...createReferralLoaders(dataSource, auth),
    ...createTrainingLoaders(dataSource, auth),
    ...createDiagnosticLoaders(dataSource, auth),
    ...createUserLoaders(dataSource, auth),
    organizations: new DataLoader<string, Organization>(async (ids) => {
      const wanted = ids.filter((id) => id === auth.actor?.organizationId);
      const rows = wanted.length ? await dataSource.getRepository(Organization).find({ where: { id: In(wanted) } }) : [];
      return byKey(
        ids,
        rows,
        (r) => r.id,
        () => notFound('organisation'),
      );
    }),
    /** Reference data, shared by every organisation. */
    regions: new DataLoader<string, Region>(async (codes) => {
      const rows = await dataSource.getRepository(Region).find({ where: { code: In([...codes]) } });
      return byKey(
        codes,
        rows,
        (r) => r.code,
        () => notFound('region'),
      );
    }),
    provinces: new DataLoader<string, Province | null>(async (codes) => {
      const rows = await dataSource.getRepository(Province).find({ where: { code: In([...codes]) } });
      return byKey<string, Province | null>(
        codes,
        rows,
        (r) => r!.code,
        () => null,
      );
    }),
    programs: new DataLoader<string, Program>(async (ids) => {
      const rows = await dataSource.getRepository(Program).find({ where: { id: In([...ids]), organizationId: org() } });
      return byKey(
        ids,
        rows,
        (r) => r.id,
        () => notFound('programme'),
      );
    }),
    cohorts: new DataLoader<string, Cohort>(async (ids) => {
      const rows = await dataSource.getRepository(Cohort).find({ where: { id: In([...ids]), organizationId: org() } });
      return byKey(
        ids,
        rows,
        (r) => r.id,
        () => notFound('cohort'),
      );
    }),
    cohortsByProgram: new DataLoader<string, Cohort[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(Cohort)
        .find({ where: { programId: In([...ids]), organizationId: org() }, order: { name: 'ASC' } });
      return grouped(ids, rows, (r) => r.programId);
    }),
    leadsByProgram: new DataLoader<string, User[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(ProgramLead)
        .find({ where: { programId: In([...ids]), organizationId: org() }, relations: { user: true } });
      return grouped(ids, rows, (r) => r.programId).map((list) => list.map((r) => r.user!));
    }),
    partnersByProgram: new DataLoader<string, Partner[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(ProgramPartner)
        .find({ where: { programId: In([...ids]), organizationId: org() }, relations: { partner: true }, order: { partnerId: 'ASC' } });
      return grouped(ids, rows, (r) => r.programId).map((list) => list.map((r) => r.partner!));
    }),
    /** People by id, only those the caller may see (null otherwise). */
    visiblePeople: new DataLoader<string, Person | null>(async (ids) => {
      const actor = auth.actor;
      if (!actor) return ids.map(() => null);
      const rows = await applyPersonVisibility(dataSource.createQueryBuilder(Person, 'p'), actor, 'p')
        .andWhere('p.id IN (:...ids)', { ids })
        .getMany();
      return byKey<string, Person | null>(
        ids,
        rows,
        (r) => r!.id,
        () => null,
      );
    }),
    visibleCooperatives: new DataLoader<string, Cooperative | null>(async (ids) => {
      const actor = auth.actor;
      if (!actor) return ids.map(() => null);
      const rows = await applyCooperativeVisibility(dataSource.createQueryBuilder(Cooperative, 'c'), actor, 'c')
        .andWhere('c.id IN (:...ids)', { ids })
        .getMany();
      return byKey<string, Cooperative | null>(
        ids,
        rows,
        (r) => r!.id,
        () => null,
      );
    }),
    membersByCooperative: new DataLoader<string, CooperativeMember[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(CooperativeMember)
        .find({ where: { cooperativeId: In([...ids]), organizationId: org(), until: IsNull() }, order: { role: 'ASC', createdAt: 'ASC' } });
      return grouped(ids, rows, (r) => r.cooperativeId);
    }),
    /**
     * Memberships of people, with their cooperative when the caller may see it (the cooperative
     * loader is primed with it, or with null, so `membership.cooperative` needs no statement of its own).
     */
    membershipsByPerson: new DataLoader<string, CooperativeMember[]>(async (ids) => {
      const actor = auth.actor;
      const qb = dataSource
        .createQueryBuilder(CooperativeMember, 'm')
        .where('m.person_id IN (:...ids) AND m.organization_id = :org', { ids, org: org() })
        .orderBy('m.created_at', 'DESC');
      if (actor) {
        const rule = cooperativeVisibilitySql(actor, 'mc');
        qb.leftJoinAndSelect('m.cooperative', 'mc', rule.sql, rule.params);
      }
      const rows = await qb.getMany();
      if (actor) for (const r of rows) loaders.visibleCooperatives.prime(r.cooperativeId, r.cooperative ?? null);
      return grouped(ids, rows, (r) => r.personId);
    }),
    coachProfiles: new DataLoader<string, CoachProfile | null>(async (ids) => {
      const rows = await dataSource.getRepository(CoachProfile).find({ where: { userId: In([...ids]), organizationId: org() } });
      return byKey<string, CoachProfile | null>(
        ids,
        rows,
        (r) => r!.userId,
        () => null,
      );
    }),
    /** How many people each coach accompanies now: distinct people with an ACTIVE enrolment assigned to her (archived people left out). */
    activeAssigneeCounts: new DataLoader<string, number>(async (ids) => {
      const rows = await dataSource
        .createQueryBuilder(EnrolmentCoach, 'ec')
        .innerJoin(Enrolment, 'e', 'e.id = ec.enrolment_id AND e.organization_id = ec.organization_id')
        .innerJoin(Person, 'p', 'p.id = e.person_id AND p.organization_id = e.organization_id')
        .select('ec.user_id', 'userId')
        .addSelect('COUNT(DISTINCT e.person_id)::int', 'count')
        .where('ec.user_id IN (:...ids) AND ec.organization_id = :org', { ids, org: org() })
        .andWhere("e.status = 'ACTIVE' AND p.archived_at IS NULL")
        .groupBy('ec.user_id')
        .getRawMany<{ userId: string; count: number }>();
      const counts = new Map(rows.map((r) => [r.userId, Number(r.count)]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    statusHistoryByEnrolment: new DataLoader<string, EnrolmentStatusChange[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(EnrolmentStatusChange)
        .find({ where: { enrolmentId: In([...ids]), organizationId: org() }, order: { changedAt: 'ASC' } });
      return grouped(ids, rows, (r) => r.enrolmentId);
    }),
    targetsByProgram: new DataLoader<string, ProgramTarget[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(ProgramTarget)
        .find({ where: { programId: In([...ids]), organizationId: org() }, order: { indicator: 'ASC' } });
      return grouped(ids, rows, (r) => r.programId);
    }),
    stageHistoryByVenture: new DataLoader<string, VentureStageChange[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(VentureStageChange)
        .find({ where: { ventureId: In([...ids]), organizationId: org() }, order: { changedOn: 'ASC', createdAt: 'ASC' } });
      return grouped(ids, rows, (r) => r.ventureId);
    }),
    venturesByPerson: new DataLoader<string, Venture[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(Venture)
        .find({ where: { ownerPersonId: In([...ids]), organizationId: org(), archivedAt: IsNull() }, order: { createdAt: 'ASC' } });
      return grouped(ids, rows, (r) => r.ownerPersonId!);
    }),
    venturesByCooperative: new DataLoader<string, Venture[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(Venture)
        .find({ where: { ownerCooperativeId: In([...ids]), organizationId: org(), archivedAt: IsNull() }, order: { createdAt: 'ASC' } });
      return grouped(ids, rows, (r) => r.ownerCooperativeId!);
    }),
    coachesBySession: new DataLoader<string, User[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(SessionCoach)
        .find({ where: { sessionId: In([...ids]), organizationId: org() }, relations: { user: true } });
      return grouped(ids, rows, (r) => r.sessionId).map((list) =>
        list.map((r) => r.user!).sort((a, b) => a.displayName.localeCompare(b.displayName)),
      );
    }),
    participantsBySession: new DataLoader<string, SessionParticipant[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(SessionParticipant)
        .find({ where: { sessionId: In([...ids]), organizationId: org() }, order: { waitlisted: 'ASC', waitlistRank: 'ASC' } });
      return grouped(ids, rows, (r) => r.sessionId);
    }),
    usersById: new DataLoader<string, User | null>(async (ids) => {
      const rows = await dataSource.getRepository(User).find({ where: { id: In([...ids]), organizationId: org() } });
      return byKey<string, User | null>(
        ids,
        rows,
        (r) => r!.id,
        () => null,
      );
    }),
    /**
     * Enrolments of people, with their programme and coaches in the same statement (the programme and
     * coach loaders are primed, so a list with `program` and `coaches` needs no statement for them).
     */
    enrolmentsByPerson: new DataLoader<string, Enrolment[]>(async (ids) => {
      const rows = await dataSource
        .createQueryBuilder(Enrolment, 'e')
        .leftJoinAndSelect('e.program', 'ep', 'ep.organization_id = :org')
        .leftJoinAndMapMany('e.coachLinks', EnrolmentCoach, 'eec', 'eec.enrolment_id = e.id AND eec.organization_id = :org')
        .leftJoinAndSelect('eec.user', 'eecu')
        .where('e.person_id IN (:...ids) AND e.organization_id = :org', { ids, org: org() })
        .orderBy('e.enrolled_on', 'DESC')
        .getMany();
      for (const r of rows as Array<Enrolment & { coachLinks?: EnrolmentCoach[] }>) {
        if (r.program) loaders.programs.prime(r.programId, r.program);
        loaders.coachesByEnrolment.prime(r.id, sortedCoaches(r.coachLinks ?? []));
        delete r.coachLinks;
      }
      return grouped(ids, rows, (r) => r.personId);
    }),
    coachesByEnrolment: new DataLoader<string, User[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(EnrolmentCoach)
        .find({ where: { enrolmentId: In([...ids]), organizationId: org() }, relations: { user: true } });
      return grouped(ids, rows, (r) => r.enrolmentId).map(sortedCoaches);
    }),
  };
  return loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;
