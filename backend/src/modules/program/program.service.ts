import { Injectable } from '@nestjs/common';
import { ErrorReason, isShareIndicator, Role } from '@rafiq/shared';
import { updateVersioned } from '../../common/versioned-update';
import { ProgramTarget } from './program-target.entity';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Actor } from '../../common/actor';
import { badInput, forbidden, notFound } from '../../common/errors';
import { ConnectionShape, PageArgs, paginate } from '../../common/pagination';
import { User } from '../auth/user.entity';
import { Region } from '../reference/region.entity';
import { Cohort } from './cohort.entity';
import { CreateCohortInput, CreateProgramInput, SetProgramTargetsInput, UpdateCohortInput, UpdateProgramInput } from './dto/program.inputs';
import { ProgramLead } from './program-lead.entity';
import { ProgramPartner } from './program-partner.entity';
import { Partner } from '../partner/partner.entity';
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
    if (input.startsOn && input.endsOn && input.endsOn < input.startsOn)
      throw badInput('endsOn', ErrorReason.INVALID_VALUE, 'The end is before the start');
    return this.dataSource.transaction(async (m) => {
      const regionCodes = [...new Set(input.regionCodes ?? [])];
      if (regionCodes.length && (await m.countBy(Region, { code: In(regionCodes) })) !== regionCodes.length) {
        throw badInput('regionCodes', ErrorReason.INVALID_VALUE, 'Unknown region');
      }
      const leadIds = new Set(input.leadIds ?? []);
      if (actor.role === Role.PROGRAM_LEAD) leadIds.add(actor.userId);
      const leads = leadIds.size
        ? await m.findBy(User, { id: In([...leadIds]), organizationId: actor.organizationId, role: Role.PROGRAM_LEAD })
        : [];
      if (leads.length !== leadIds.size)
        throw badInput('leadIds', ErrorReason.INVALID_VALUE, 'Every lead must be a programme lead of this organisation');
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
      if (leads.length)
        await m.insert(
          ProgramLead,
          leads.map((u) => ({ programId: program.id, userId: u.id, organizationId: actor.organizationId })),
        );
      if (input.partnerIds?.length) await this.setPartners(m, actor, program.id, input.partnerIds);
      return this.get(actor, program.id, m);
    });
  }

  async archive(actor: Actor, id: string, version: number): Promise<Program> {
    return this.dataSource.transaction(async (m) => {
      await this.assertManages(actor, id, m);
      await updateVersioned(m, Program, actor, { id, version }, { archivedAt: new Date() }, 'programme');
      return this.get(actor, id, m);
    });
  }

  async createCohort(actor: Actor, input: CreateCohortInput): Promise<Cohort> {
    if (input.startsOn && input.endsOn && input.endsOn < input.startsOn)
      throw badInput('endsOn', ErrorReason.INVALID_VALUE, 'The end is before the start');
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

  async update(actor: Actor, input: UpdateProgramInput): Promise<Program> {
    return this.dataSource.transaction(async (m) => {
      const current = await this.assertManages(actor, input.id, m);
      const startsOn = input.startsOn !== undefined ? input.startsOn : current.startsOn;
      const endsOn = input.endsOn !== undefined ? input.endsOn : current.endsOn;
      if (startsOn && endsOn && endsOn < startsOn) throw badInput('endsOn', ErrorReason.INVALID_VALUE, 'The end is before the start');
      const values: Partial<Program> = {};
      if (input.name !== undefined) values.name = input.name.trim();
      if (input.description !== undefined) values.description = input.description?.trim() || null;
      if (input.startsOn !== undefined) values.startsOn = input.startsOn || null;
      if (input.endsOn !== undefined) values.endsOn = input.endsOn || null;
      if (input.stallAfterDays !== undefined) values.stallAfterDays = input.stallAfterDays;
      if (input.regionCodes !== undefined) {
        const codes = [...new Set(input.regionCodes)];
        if (codes.length && (await m.countBy(Region, { code: In(codes) })) !== codes.length)
          throw badInput('regionCodes', ErrorReason.INVALID_VALUE, 'Unknown region');
        values.regionCodes = codes;
      }
      await updateVersioned(m, Program, actor, { id: input.id, version: input.version }, values, 'programme');
      if (input.leadIds !== undefined) {
        const ids = [...new Set(input.leadIds)];
        if (!ids.length) throw badInput('leadIds', ErrorReason.REQUIRED, 'A programme needs at least one lead');
        const leads = await m.findBy(User, { id: In(ids), organizationId: actor.organizationId, role: Role.PROGRAM_LEAD });
        if (leads.length !== ids.length)
          throw badInput('leadIds', ErrorReason.INVALID_VALUE, 'Every lead must be a programme lead of this organisation');
        await m.delete(ProgramLead, { programId: input.id });
        await m.insert(
          ProgramLead,
          ids.map((userId) => ({ programId: input.id, userId, organizationId: actor.organizationId })),
        );
      }
      if (input.partnerIds !== undefined) await this.setPartners(m, actor, input.id, input.partnerIds);
      return this.get(actor, input.id, m);
    });
  }

  /** Replaces the programme's partners: the organisation's own, not archived. */
  private async setPartners(m: EntityManager, actor: Actor, programId: string, partnerIds: string[]): Promise<void> {
    const ids = [...new Set(partnerIds)];
    const found = ids.length ? await m.countBy(Partner, { id: In(ids), organizationId: actor.organizationId, archivedAt: IsNull() }) : 0;
    if (found !== ids.length)
      throw badInput('partnerIds', ErrorReason.INVALID_VALUE, 'Every partner must be an active partner of this organisation');
    await m.delete(ProgramPartner, { programId });
    if (ids.length)
      await m.insert(
        ProgramPartner,
        ids.map((partnerId) => ({ programId, partnerId, organizationId: actor.organizationId })),
      );
  }

  /** Replaces the programme's targets (one per indicator; shares between 0 and 1). */
  async setTargets(actor: Actor, input: SetProgramTargetsInput): Promise<Program> {
    return this.dataSource.transaction(async (m) => {
      await this.assertManages(actor, input.programId, m);
      const seen = new Set<string>();
      input.targets.forEach((t, i) => {
        if (seen.has(t.indicator)) throw badInput(`targets.${i}.indicator`, ErrorReason.DUPLICATE, 'One target per indicator');
        seen.add(t.indicator);
        if (isShareIndicator(t.indicator) && t.value > 1)
          throw badInput(`targets.${i}.value`, ErrorReason.INVALID_VALUE, 'A share is between 0 and 1');
      });
      await m.delete(ProgramTarget, { programId: input.programId, organizationId: actor.organizationId });
      if (input.targets.length) {
        await m.insert(
          ProgramTarget,
          input.targets.map((t) => ({
            organizationId: actor.organizationId,
            programId: input.programId,
            indicator: t.indicator,
            targetValue: t.value,
            dueOn: t.dueOn ?? null,
          })),
        );
      }
      return this.get(actor, input.programId, m);
    });
  }

  async updateCohort(actor: Actor, input: UpdateCohortInput): Promise<Cohort> {
    return this.dataSource.transaction(async (m) => {
      const cohort = await m.findOneBy(Cohort, { id: input.id, organizationId: actor.organizationId });
      if (!cohort) throw notFound('cohort');
      await this.assertManages(actor, cohort.programId, m);
      const startsOn = input.startsOn !== undefined ? input.startsOn : cohort.startsOn;
      const endsOn = input.endsOn !== undefined ? input.endsOn : cohort.endsOn;
      if (startsOn && endsOn && endsOn < startsOn) throw badInput('endsOn', ErrorReason.INVALID_VALUE, 'The end is before the start');
      const values: Partial<Cohort> = {};
      if (input.name !== undefined) values.name = input.name.trim();
      if (input.startsOn !== undefined) values.startsOn = input.startsOn || null;
      if (input.endsOn !== undefined) values.endsOn = input.endsOn || null;
      await updateVersioned(m, Cohort, actor, { id: input.id, version: input.version }, values, 'cohort');
      return m.findOneByOrFail(Cohort, { id: input.id });
    });
  }

  async archiveCohort(actor: Actor, id: string, version: number): Promise<Cohort> {
    return this.dataSource.transaction(async (m) => {
      const cohort = await m.findOneBy(Cohort, { id, organizationId: actor.organizationId });
      if (!cohort) throw notFound('cohort');
      await this.assertManages(actor, cohort.programId, m);
      await updateVersioned(m, Cohort, actor, { id, version }, { archivedAt: new Date() }, 'cohort');
      return m.findOneByOrFail(Cohort, { id });
    });
  }
}
