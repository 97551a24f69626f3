import DataLoader from 'dataloader';
import { In, DataSource } from 'typeorm';
import { RequestAuth } from '../common/actor';
import { notFound } from '../common/errors';
import { User } from '../modules/auth/user.entity';
import { EnrolmentCoach } from '../modules/enrolment/enrolment-coach.entity';
import { Enrolment } from '../modules/enrolment/enrolment.entity';
import { Organization } from '../modules/organization/organization.entity';
import { Cohort } from '../modules/program/cohort.entity';
import { ProgramLead } from '../modules/program/program-lead.entity';
import { Program } from '../modules/program/program.entity';
import { Region } from '../modules/reference/region.entity';
import { createReferenceLoaders } from '../modules/reference/reference.loaders';

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, missing: (key: K) => V | Error): Array<V | Error> {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? missing(k));
}

function grouped<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const r of rows) map.set(keyOf(r), [...(map.get(keyOf(r)) ?? []), r]);
  return keys.map((k) => map.get(k) ?? []);
}

/**
 * One set of DataLoaders per request, each batching one relation into one SQL statement.
 * Every loader is scoped to the caller's organisation: an id of another organisation loads nothing.
 * Loaders follow relations of records the caller was already allowed to read.
 */
export function createLoaders(dataSource: DataSource, auth: RequestAuth) {
  const org = () => auth.actor?.organizationId ?? '00000000-0000-0000-0000-000000000000';
  return {
    ...createReferenceLoaders(dataSource),
    organizations: new DataLoader<string, Organization>(async (ids) => {
      const wanted = ids.filter((id) => id === auth.actor?.organizationId);
      const rows = wanted.length ? await dataSource.getRepository(Organization).find({ where: { id: In(wanted) } }) : [];
      return byKey(ids, rows, (r) => r.id, () => notFound('organisation'));
    }),
    /** Reference data, shared by every organisation. */
    regions: new DataLoader<string, Region>(async (codes) => {
      const rows = await dataSource.getRepository(Region).find({ where: { code: In([...codes]) } });
      return byKey(codes, rows, (r) => r.code, () => notFound('region'));
    }),
    programs: new DataLoader<string, Program>(async (ids) => {
      const rows = await dataSource.getRepository(Program).find({ where: { id: In([...ids]), organizationId: org() } });
      return byKey(ids, rows, (r) => r.id, () => notFound('programme'));
    }),
    cohorts: new DataLoader<string, Cohort>(async (ids) => {
      const rows = await dataSource.getRepository(Cohort).find({ where: { id: In([...ids]), organizationId: org() } });
      return byKey(ids, rows, (r) => r.id, () => notFound('cohort'));
    }),
    cohortsByProgram: new DataLoader<string, Cohort[]>(async (ids) => {
      const rows = await dataSource.getRepository(Cohort).find({ where: { programId: In([...ids]), organizationId: org() }, order: { name: 'ASC' } });
      return grouped(ids, rows, (r) => r.programId);
    }),
    leadsByProgram: new DataLoader<string, User[]>(async (ids) => {
      const rows = await dataSource.getRepository(ProgramLead).find({ where: { programId: In([...ids]), organizationId: org() }, relations: { user: true } });
      return grouped(ids, rows, (r) => r.programId).map((list) => list.map((r) => r.user!));
    }),
    enrolmentsByPerson: new DataLoader<string, Enrolment[]>(async (ids) => {
      const rows = await dataSource.getRepository(Enrolment).find({ where: { personId: In([...ids]), organizationId: org() }, order: { enrolledOn: 'DESC' } });
      return grouped(ids, rows, (r) => r.personId);
    }),
    coachesByEnrolment: new DataLoader<string, User[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(EnrolmentCoach)
        .find({ where: { enrolmentId: In([...ids]), organizationId: org() }, relations: { user: true } });
      return grouped(ids, rows, (r) => r.enrolmentId).map((list) => list.map((r) => r.user!).sort((a, b) => a.displayName.localeCompare(b.displayName)));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
