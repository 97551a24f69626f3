import { Injectable } from '@nestjs/common';
import { ErrorReason, Role } from '@rafiq/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor } from '../../common/actor';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { ConnectionShape, PageArgs, paginate } from '../../common/pagination';
import { User } from '../auth/user.entity';
import { Region } from '../reference/region.entity';
import { Cohort } from './cohort.entity';
import { CreateCohortInput, CreateProgramInput } from './dto/program.inputs';
import { ProgramLead } from './program-lead.entity';
import { Program } from './program.entity';

@Injectable()
export class ProgramService {
  constructor(private readonly dataSource: DataSource) {}

  /** Staff read every programme of their organisation; entrepreneurs read none (permissions.md). */
  private readable(actor: Actor, m: EntityManager = this.dataSource.manager) {
    if (actor.role === Role.ENTREPRENEUR) throw forbidden();
    return m.createQueryBuilder(Program, 'pr').where('pr.organization_id = :org', { org: actor.organizationId });
  }

  list(actor: Actor, page: PageArgs, includeArchived: boolean, withCount: boolean): Promise<ConnectionShape<Program>> {
    const qb = this.readable(actor);
    if (!includeArchived) qb.andWhere('pr.archived_at IS NULL');
    return paginate(qb, page, { expression: 'lower(pr.name)', direction: 'ASC' }, { withCount, sortValue: (p) => p.name.toLowerCase() });
  }

  async get(actor: Actor, id: string, m?: EntityManager): Promise<Program> {
    const program = await this.readable(actor, m).andWhere('pr.id = :id', { id }).getOne();
    if (!program) throw notFound('programme');
    return program;
  }

  /** Admins manage every programme; a lead manages those she leads. */
  async assertManages(actor: Actor, programId: string, m: EntityManager = this.dataSource.manager): Promise<Program> {
    const program = await this.get(actor, programId, m);
    if (actor.role === Role.ADMIN) return program;
    if (actor.role === Role.PROGRAM_LEAD && (await m.existsBy(ProgramLead, { programId, userId: actor.userId }))) return program;
    throw forbidden();
  }

  async create(actor: Actor, input: CreateProgramInput): Promise<Program> {
    if (actor.role !== Role.ADMIN && actor.role !== Role.PROGRAM_LEAD) throw forbidden();
    if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) throw badInput('endsOn', ErrorReason.INVALID_VALUE, 'The end is before the start');
    return this.dataSource.transaction(async (m) => {
      const regionCodes = [...new Set(input.regionCodes ?? [])];
      if (regionCodes.length && (await m.countBy(Region, { code: In(regionCodes) })) !== regionCodes.length) {
        throw badInput('regionCodes', ErrorReason.INVALID_VALUE, 'Unknown region');
      }
      const leadIds = new Set(input.leadIds ?? []);
      if (actor.role === Role.PROGRAM_LEAD) leadIds.add(actor.userId);
      const leads = leadIds.size ? await m.findBy(User, { id: In([...leadIds]), organizationId: actor.organizationId, role: Role.PROGRAM_LEAD }) : [];
      if (leads.length !== leadIds.size) throw badInput('leadIds', ErrorReason.INVALID_VALUE, 'Every lead must be a programme lead of this organisation');
      const program = m.create(Program, {
        organizationId: actor.organizationId,
        name: input.name.trim(),
        description: input.description ?? null,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        regionCodes,
        archivedAt: null,
      });
      await m.save(program);
      if (leads.length) await m.insert(ProgramLead, leads.map((u) => ({ programId: program.id, userId: u.id, organizationId: actor.organizationId })));
      return this.get(actor, program.id, m);
    });
  }

  async archive(actor: Actor, id: string, version: number): Promise<Program> {
    return this.dataSource.transaction(async (m) => {
      await this.assertManages(actor, id, m);
      const res = await m
        .createQueryBuilder()
        .update(Program)
        .set({ archivedAt: () => 'now()' })
        .where('id = :id AND organization_id = :org AND version = :version', { id, org: actor.organizationId, version })
        .execute();
      if (res.affected !== 1) throw conflict('This programme was changed by someone else; reload to see the changes');
      return this.get(actor, id, m);
    });
  }

  async createCohort(actor: Actor, input: CreateCohortInput): Promise<Cohort> {
    if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) throw badInput('endsOn', ErrorReason.INVALID_VALUE, 'The end is before the start');
    return this.dataSource.transaction(async (m) => {
      await this.assertManages(actor, input.programId, m);
      const cohort = m.create(Cohort, {
        organizationId: actor.organizationId,
        programId: input.programId,
        name: input.name.trim(),
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        archivedAt: null,
      });
      return m.save(cohort);
    });
  }
}
