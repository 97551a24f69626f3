import { Injectable } from '@nestjs/common';
import { ErrorReason, Role } from '@rafiq/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { uniqueViolation } from '../../common/db-errors';
import { todayIso } from '../../common/day';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { tenantRepository } from '../../common/tenant';
import { updateVersioned } from '../../common/versioned-update';
import { idempotent } from '../idempotency/idempotency';
import { VentureService } from '../venture/venture.service';
import { DeleteEconomicResultArgs, RecordEconomicResultInput } from './dto/economic-result.inputs';
import { EconomicResult, PeriodKind } from './economic-result.entity';
import { isPeriodStart, periodStartOf } from './periods';

const STAFF = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];
type Figures = Pick<EconomicResult, 'revenue' | 'costs' | 'jobsWomen' | 'jobsYouth' | 'jobsTotal' | 'activeMembers' | 'note'>;

/**
 * Economic results (permissions.md, "economic results"): staff who may see the venture record and
 * correct them; the entrepreneur records her own ventures' sales. One row per venture and period;
 * recording a period again needs the version read, so that nobody overwrites what she did not see.
 */
@Injectable()
export class EconomicResultService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ventures: VentureService,
  ) {}

  async record(actor: Actor, input: RecordEconomicResultInput): Promise<EconomicResult> {
    if (!isPeriodStart(input.periodKind, input.periodStart)) {
      throw badInput('periodStart', ErrorReason.INVALID_VALUE, `Not the first day of a ${input.periodKind === PeriodKind.MONTH ? 'month' : 'quarter'}`);
    }
    if (input.periodStart > periodStartOf(input.periodKind, todayIso())) throw badInput('periodStart', ErrorReason.INVALID_VALUE, 'This period has not started yet');
    // Idempotent when the client gives a key: results recorded offline and replayed are recorded once.
    return idempotent(this.dataSource, actor, {
      operation: 'recordEconomicResult',
      key: input.idempotencyKey,
      payload: input,
      remember: (r) => ({ id: r.id }),
      replay: (r) => this.find(this.dataSource.manager, actor, (r as { id: string }).id),
      run: (m) => this.recordIn(m, actor, input),
    });
  }

  private async recordIn(m: EntityManager, actor: Actor, input: RecordEconomicResultInput): Promise<EconomicResult> {
    {
      const venture = await this.ventures.get(actor, input.ventureId, m);
      if (input.activeMembers != null && !venture.ownerCooperativeId) {
        throw badInput('activeMembers', ErrorReason.NOT_ALLOWED, 'Active members are counted for ventures of a cooperative');
      }
      const where = { ventureId: venture.id, periodKind: input.periodKind, periodStart: input.periodStart };
      const current = await tenantRepository(m, EconomicResult, actor).findOne({ where });
      const figures = this.figures(input, current);
      const author = { enteredBy: actor.userId, enteredByRole: actor.role };
      if (current) {
        if (input.version == null) {
          throw conflict('This period has results already; send the version you read to change them', { currentVersion: current.version });
        }
        await updateVersioned(m, EconomicResult, actor, { id: current.id, version: input.version }, { ...figures, ...author }, 'economic result');
        return this.find(m, actor, current.id);
      }
      try {
        const { identifiers } = await m.insert(EconomicResult, { organizationId: actor.organizationId, ...where, ...figures, ...author });
        return await this.find(m, actor, (identifiers[0] as { id: string }).id);
      } catch (error) {
        if (uniqueViolation(error) === 'economic_result_period_key') throw conflict('This period was recorded by someone else meanwhile; reload it and try again');
        throw error;
      }
    }
  }

  async delete(actor: Actor, { id, version }: DeleteEconomicResultArgs): Promise<boolean> {
    if (!STAFF.includes(actor.role)) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      const result = await tenantRepository(m, EconomicResult, actor).findOne({ where: { id } });
      if (!result || !(await this.ventures.visible(actor, m).andWhere('v.id = :ventureId', { ventureId: result.ventureId }).getExists())) {
        throw notFound('economic result');
      }
      const { affected } = await m.delete(EconomicResult, { id, organizationId: actor.organizationId, version });
      if (!affected) throw conflict('These results were changed by someone else; reload them and try again', { currentVersion: result.version });
      return true;
    });
  }

  private async find(m: EntityManager, actor: Actor, id: string): Promise<EconomicResult> {
    const row = await tenantRepository(m, EconomicResult, actor).findOne({ where: { id } });
    if (!row) throw notFound('economic result');
    return row;
  }

  /** The figures to store: those sent, else the current ones (else the defaults), checked together. */
  private figures(input: RecordEconomicResultInput, current: EconomicResult | null): Figures {
    const pick = <K extends keyof Figures>(key: K, fallback: Figures[K]): Figures[K] =>
      input[key] !== undefined ? (input[key] as Figures[K]) : current ? current[key] : fallback;
    if (!current && input.revenue === undefined) throw badInput('revenue', ErrorReason.REQUIRED, 'Say how much was sold in the period');
    const figures: Figures = {
      revenue: pick('revenue', 0),
      costs: pick('costs', null),
      jobsWomen: pick('jobsWomen', 0),
      jobsYouth: pick('jobsYouth', 0),
      jobsTotal: pick('jobsTotal', 0),
      activeMembers: pick('activeMembers', null),
      note: pick('note', null),
    };
    if (figures.jobsTotal < figures.jobsWomen || figures.jobsTotal < figures.jobsYouth) {
      throw badInput('jobsTotal', ErrorReason.INVALID_VALUE, 'Jobs in all must be at least the jobs held by women and those held by young people');
    }
    return figures;
  }
}
