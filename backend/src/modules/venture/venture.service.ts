import { Injectable } from '@nestjs/common';
import { ErrorReason, Role, Stage, stageIndex } from '@rafiq/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { badInput, forbidden, notFound } from '../../common/errors';
import { ConnectionShape, PageArgs, paginate } from '../../common/pagination';
import { updateVersioned } from '../../common/versioned-update';
import { idempotent } from '../idempotency/idempotency';
import { CooperativeService } from '../cooperative/cooperative.service';
import { PersonService } from '../person/person.service';
import { ProgramService } from '../program/program.service';
import { Province } from '../reference/province.entity';
import { Region } from '../reference/region.entity';
import { ValueChain } from '../value-chain/value-chain.entity';
import { CreateVentureInput, MoveVentureStageInput, SetStageCriteriaInput, UpdateVentureInput, VentureFilter } from './dto/venture.inputs';
import { StageCriterion } from './stage-criterion.entity';
import { VentureStageChange } from './venture-stage-change.entity';
import { applyVentureVisibility } from './venture.access';
import { Venture } from './venture.entity';

const STAFF = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];
const today = () => new Date().toISOString().slice(0, 10);

export interface FunnelStep {
  stage: Stage;
  current: number;
  reached: number;
  conversion: number | null;
  medianDays: number | null;
}

@Injectable()
export class VentureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly people: PersonService,
    private readonly cooperatives: CooperativeService,
    private readonly programs: ProgramService,
  ) {}

  visible(actor: Actor, m: EntityManager = this.dataSource.manager) {
    return applyVentureVisibility(m.createQueryBuilder(Venture, 'v'), actor, 'v');
  }

  private filtered(actor: Actor, filter: VentureFilter) {
    const qb = this.visible(actor);
    if (!filter.includeArchived) qb.andWhere('v.archived_at IS NULL');
    if (filter.programId) qb.andWhere('v.program_id = :fProgram', { fProgram: filter.programId });
    if (filter.stage) qb.andWhere('v.stage = :fStage', { fStage: filter.stage });
    if (filter.regionCode) qb.andWhere('v.region_code = :fRegion', { fRegion: filter.regionCode });
    if (filter.valueChainId) qb.andWhere('v.value_chain_id = :fChain', { fChain: filter.valueChainId });
    if (filter.ownerPersonId) qb.andWhere('v.owner_person_id = :fOwnerP', { fOwnerP: filter.ownerPersonId });
    if (filter.ownerCooperativeId) qb.andWhere('v.owner_cooperative_id = :fOwnerC', { fOwnerC: filter.ownerCooperativeId });
    if (filter.search) qb.andWhere('lower(v.title) LIKE :fSearch', { fSearch: `%${filter.search.toLowerCase().replace(/[\\%_]/g, '\\$&')}%` });
    // The owners a cohort or a coach concerns: the owner person, or any current member of the owner cooperative.
    const owners = `(SELECT v.owner_person_id UNION SELECT fm.person_id FROM cooperative_member fm WHERE fm.cooperative_id = v.owner_cooperative_id AND fm.until IS NULL)`;
    if (filter.cohortId) qb.andWhere(`EXISTS (SELECT 1 FROM enrolment fe WHERE fe.cohort_id = :fCohort AND fe.person_id IN ${owners})`, { fCohort: filter.cohortId });
    if (filter.coachId) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM enrolment fe JOIN enrolment_coach fc ON fc.enrolment_id = fe.id
                  WHERE fe.status = 'ACTIVE' AND fc.user_id = :fCoach AND fe.person_id IN ${owners})`,
        { fCoach: filter.coachId },
      );
    }
    return qb;
  }

  list(actor: Actor, page: PageArgs, filter: VentureFilter, withCount: boolean): Promise<ConnectionShape<Venture>> {
    return paginate(this.filtered(actor, filter), page, { expression: 'lower(v.title)', direction: 'ASC' }, { withCount, sortValue: (v) => v.title.toLowerCase() });
  }

  async get(actor: Actor, id: string, m?: EntityManager): Promise<Venture> {
    const venture = await this.visible(actor, m).andWhere('v.id = :id', { id }).getOne();
    if (!venture) throw notFound('venture');
    return venture;
  }

  async create(actor: Actor, input: CreateVentureInput): Promise<Venture> {
    if (!STAFF.includes(actor.role)) throw forbidden();
    if (Boolean(input.ownerPersonId) === Boolean(input.ownerCooperativeId)) {
      throw badInput('ownerPersonId', ErrorReason.REQUIRED, 'A venture belongs to a person or to a cooperative (one of the two)');
    }
    return this.dataSource.transaction(async (m) => {
      const owner = input.ownerPersonId ? await this.people.get(actor, input.ownerPersonId, m) : await this.cooperatives.get(actor, input.ownerCooperativeId!, m);
      const values = await this.prepare(m, actor, { ...input, regionCode: input.regionCode ?? owner.regionCode }, null);
      const stage = input.stage ?? Stage.IDEA;
      const venture = m.create(Venture, {
        ...values,
        organizationId: actor.organizationId,
        ownerPersonId: input.ownerPersonId ?? null,
        ownerCooperativeId: input.ownerCooperativeId ?? null,
        stage,
        archivedAt: null,
      });
      await m.save(venture);
      await m.insert(VentureStageChange, {
        organizationId: actor.organizationId,
        ventureId: venture.id,
        fromStage: null,
        toStage: stage,
        changedOn: today(),
        changedBy: actor.userId,
        note: null,
        evidence: null,
        criteriaMet: [],
        justification: null,
      });
      return this.get(actor, venture.id, m);
    });
  }

  async update(actor: Actor, input: UpdateVentureInput): Promise<Venture> {
    if (!STAFF.includes(actor.role)) throw forbidden();
    // Idempotent when the client gives a key: an edit made offline and replayed after a lost answer is not a conflict with itself.
    return idempotent(this.dataSource, actor, {
      operation: 'updateVenture',
      key: input.idempotencyKey,
      payload: input,
      remember: (v) => ({ id: v.id }),
      replay: (r) => this.get(actor, (r as { id: string }).id),
      run: async (m) => {
        const current = await this.get(actor, input.id, m);
        const { id, version, idempotencyKey: _key, ...fields } = input;
        await updateVersioned(m, Venture, actor, { id, version }, await this.prepare(m, actor, fields, current), 'venture');
        return this.get(actor, id, m);
      },
    });
  }

  async archive(actor: Actor, id: string, version: number): Promise<Venture> {
    if (actor.role !== Role.ADMIN && actor.role !== Role.PROGRAM_LEAD) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      await this.get(actor, id, m);
      await updateVersioned(m, Venture, actor, { id, version }, { archivedAt: new Date() }, 'venture');
      return this.get(actor, id, m);
    });
  }

  /**
   * Moves a venture to another stage (forward or back), recording who, when, the note and the
   * evidence. When the programme has a checklist for the new stage, every unmet criterion needs a
   * justification.
   */
  async moveStage(actor: Actor, input: MoveVentureStageInput): Promise<Venture> {
    if (!STAFF.includes(actor.role)) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      const venture = await this.get(actor, input.ventureId, m);
      if (venture.stage === input.toStage) throw badInput('toStage', ErrorReason.INVALID_VALUE, 'The venture is in this stage already');
      const changedOn = input.changedOn ?? today();
      if (changedOn > today()) throw badInput('changedOn', ErrorReason.INVALID_VALUE, 'The date is in the future');
      const last = await m.findOne(VentureStageChange, { where: { ventureId: venture.id }, order: { changedOn: 'DESC', createdAt: 'DESC' } });
      if (last && changedOn < last.changedOn) throw badInput('changedOn', ErrorReason.INVALID_VALUE, 'The date is before the previous move');
      const criteria = venture.programId
        ? await m.find(StageCriterion, { where: { programId: venture.programId, stage: input.toStage, organizationId: actor.organizationId } })
        : [];
      const met = new Set(input.criteriaMet ?? []);
      const known = new Set(criteria.map((c) => c.id));
      if ([...met].some((id) => !known.has(id))) throw badInput('criteriaMet', ErrorReason.INVALID_VALUE, 'Not a criterion of this stage');
      const forward = stageIndex(input.toStage) > stageIndex(venture.stage);
      const justification = input.justification?.trim() || null;
      if (forward && criteria.some((c) => !met.has(c.id)) && !justification) {
        throw badInput('justification', ErrorReason.REQUIRED, 'Some criteria are not met: say why the venture moves anyway');
      }
      await updateVersioned(m, Venture, actor, { id: venture.id, version: input.version }, { stage: input.toStage, stageSince: new Date(`${changedOn}T12:00:00Z`) }, 'venture');
      await m.insert(VentureStageChange, {
        organizationId: actor.organizationId,
        ventureId: venture.id,
        fromStage: venture.stage,
        toStage: input.toStage,
        changedOn,
        changedBy: actor.userId,
        note: input.note?.trim() || null,
        evidence: input.evidence?.trim() || null,
        criteriaMet: [...met],
        justification,
      });
      return this.get(actor, venture.id, m);
    });
  }

  async criteria(actor: Actor, programId: string, stage?: Stage): Promise<StageCriterion[]> {
    await this.programs.get(actor, programId);
    return this.dataSource.getRepository(StageCriterion).find({
      where: { programId, organizationId: actor.organizationId, ...(stage ? { stage } : {}) },
      order: { stage: 'ASC', position: 'ASC' },
    });
  }

  async setCriteria(actor: Actor, input: SetStageCriteriaInput): Promise<StageCriterion[]> {
    return this.dataSource.transaction(async (m) => {
      await this.programs.assertManages(actor, input.programId, m);
      await m.delete(StageCriterion, { programId: input.programId, stage: input.stage, organizationId: actor.organizationId });
      if (input.criteria.length) {
        await m.insert(
          StageCriterion,
          input.criteria.map((c, position) => ({ organizationId: actor.organizationId, programId: input.programId, stage: input.stage, labelFr: c.labelFr.trim(), labelAr: c.labelAr?.trim() || null, position })),
        );
      }
      return m.find(StageCriterion, { where: { programId: input.programId, stage: input.stage }, order: { position: 'ASC' } });
    });
  }

  /**
   * The stage funnel over the ventures the caller may see (same filter as the board): how many are
   * in each stage now, how many ever reached it (or a later one), the conversion from the stage
   * before, and the median days spent in it (completed stays).
   */
  async funnel(actor: Actor, filter: VentureFilter): Promise<FunnelStep[]> {
    const ids = this.filtered(actor, filter).select('v.id');
    const [sql, params] = ids.getQueryAndParameters();
    const order = `ARRAY['IDEA','VALIDATION','STRUCTURING','LAUNCH','OPERATING','GROWING']`;
    const rows: Array<{ stage: string; current: number; reached: number; median_days: number | null }> = await this.dataSource.query(
      `WITH scope AS (${sql}),
            v AS (SELECT id, stage FROM venture WHERE id IN (SELECT v_id FROM scope)),
            changes AS (
              SELECT c.venture_id, c.to_stage, c.changed_on,
                     lead(c.changed_on) OVER (PARTITION BY c.venture_id ORDER BY c.changed_on, c.created_at) AS left_on
                FROM venture_stage_change c WHERE c.venture_id IN (SELECT id FROM v)),
            best AS (
              SELECT v.id, greatest(array_position(${order}, v.stage),
                                    coalesce(max(array_position(${order}, c.to_stage)), 0)) AS idx
                FROM v LEFT JOIN changes c ON c.venture_id = v.id GROUP BY v.id, v.stage)
       SELECT s.stage,
              (SELECT count(*)::int FROM v WHERE v.stage = s.stage) AS current,
              (SELECT count(*)::int FROM best WHERE best.idx >= s.idx) AS reached,
              (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY c.left_on - c.changed_on)
                 FROM changes c WHERE c.to_stage = s.stage AND c.left_on IS NOT NULL) AS median_days
         FROM unnest(${order}) WITH ORDINALITY AS s(stage, idx)
        ORDER BY s.idx`,
      params,
    );
    return rows.map((r, i) => ({
      stage: r.stage as Stage,
      current: r.current,
      reached: r.reached,
      conversion: i === 0 ? null : rows[i - 1].reached ? r.reached / rows[i - 1].reached : null,
      medianDays: r.median_days === null ? null : Number(r.median_days),
    }));
  }

  private async prepare(m: EntityManager, actor: Actor, input: Partial<CreateVentureInput>, current: Venture | null): Promise<Partial<Venture>> {
    const values: Partial<Venture> = {};
    if (input.title !== undefined) values.title = input.title.trim();
    if (input.description !== undefined) values.description = input.description?.trim() || null;
    if (input.programId !== undefined) {
      if (input.programId) await this.programs.get(actor, input.programId, m);
      values.programId = input.programId || null;
    }
    if (input.valueChainId !== undefined) {
      if (input.valueChainId && !(await m.existsBy(ValueChain, { id: input.valueChainId, organizationId: actor.organizationId }))) {
        throw badInput('valueChainId', ErrorReason.INVALID_VALUE, 'Unknown value chain');
      }
      values.valueChainId = input.valueChainId || null;
    }
    if (input.regionCode !== undefined) {
      if (input.regionCode === null) throw badInput('regionCode', ErrorReason.REQUIRED, 'A venture has a region');
      if (!(await m.existsBy(Region, { code: input.regionCode }))) throw badInput('regionCode', ErrorReason.INVALID_VALUE, 'Unknown region');
      values.regionCode = input.regionCode;
    }
    const province = input.provinceCode !== undefined ? input.provinceCode || null : (current?.provinceCode ?? null);
    if (input.provinceCode !== undefined) values.provinceCode = province;
    if (province && (input.provinceCode !== undefined || input.regionCode !== undefined)) {
      if (!(await m.existsBy(Province, { code: province, regionCode: values.regionCode ?? current?.regionCode }))) {
        throw badInput('provinceCode', ErrorReason.INVALID_VALUE, 'This province is not in the chosen region');
      }
    }
    return values;
  }
}

