import { Injectable } from '@nestjs/common';
import { ErrorReason, Role } from '@rafiq/shared';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Actor } from '../../common/actor';
import { todayIso } from '../../common/day';
import { badInput, forbidden, notFound } from '../../common/errors';
import { tenantRepository } from '../../common/tenant';
import { updateVersioned } from '../../common/versioned-update';
import { Partner } from '../partner/partner.entity';
import { VentureService } from '../venture/venture.service';
import { CreateReferralInput, UpdateReferralInput } from './dto/referral.inputs';
import { Referral, ReferralOutcome } from './referral.entity';

const STAFF = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];

/** Referrals to partners: staff who may see the venture refer it and record the outcome. */
@Injectable()
export class ReferralService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ventures: VentureService,
  ) {}

  async create(actor: Actor, input: CreateReferralInput): Promise<Referral> {
    if (!STAFF.includes(actor.role)) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      const venture = await this.ventures.get(actor, input.ventureId, m);
      await this.assertPartner(m, actor, input.partnerId);
      const referredOn = input.referredOn ?? todayIso();
      const outcome = input.outcome ?? ReferralOutcome.PENDING;
      const { identifiers } = await m.insert(Referral, {
        organizationId: actor.organizationId,
        ventureId: venture.id,
        partnerId: input.partnerId,
        kind: input.kind,
        referredOn: this.day('referredOn', referredOn, null),
        outcome,
        outcomeOn: this.outcomeOn(outcome, input.outcomeOn ?? null, referredOn),
        amount: input.amount ?? null,
        note: input.note ?? null,
        createdBy: actor.userId,
      });
      return this.find(m, actor, (identifiers[0] as { id: string }).id);
    });
  }

  async update(actor: Actor, input: UpdateReferralInput): Promise<Referral> {
    if (!STAFF.includes(actor.role)) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      const current = await this.find(m, actor, input.id);
      if (!(await this.ventures.visible(actor, m).andWhere('v.id = :ventureId', { ventureId: current.ventureId }).getExists())) throw notFound('referral');
      const values: Partial<Referral> = {};
      if (input.partnerId !== undefined && input.partnerId !== current.partnerId) {
        await this.assertPartner(m, actor, input.partnerId);
        values.partnerId = input.partnerId;
      }
      if (input.kind !== undefined) values.kind = input.kind;
      if (input.amount !== undefined) values.amount = input.amount;
      if (input.note !== undefined) values.note = input.note;
      const referredOn = input.referredOn ?? current.referredOn;
      if (input.referredOn !== undefined) values.referredOn = this.day('referredOn', input.referredOn, null);
      const outcome = input.outcome ?? current.outcome;
      if (input.outcome !== undefined || input.outcomeOn !== undefined || input.referredOn !== undefined) {
        values.outcome = outcome;
        const keep = outcome === current.outcome ? current.outcomeOn : null;
        values.outcomeOn = this.outcomeOn(outcome, input.outcomeOn !== undefined ? input.outcomeOn : keep, referredOn);
      }
      await updateVersioned(m, Referral, actor, { id: current.id, version: input.version }, values, 'referral');
      return this.find(m, actor, current.id);
    });
  }

  private async find(m: EntityManager, actor: Actor, id: string): Promise<Referral> {
    const row = await tenantRepository(m, Referral, actor).findOne({ where: { id } });
    if (!row) throw notFound('referral');
    return row;
  }

  private async assertPartner(m: EntityManager, actor: Actor, partnerId: string): Promise<void> {
    if (!(await tenantRepository(m, Partner, actor).count({ where: { id: partnerId, archivedAt: IsNull() } }))) {
      throw badInput('partnerId', ErrorReason.NOT_FOUND, 'No such partner');
    }
  }

  /** A date that is not in the future nor before `notBefore`. */
  private day(field: string, day: string, notBefore: string | null): string {
    if (day > todayIso()) throw badInput(field, ErrorReason.INVALID_VALUE, 'The date is in the future');
    if (notBefore && day < notBefore) throw badInput(field, ErrorReason.INVALID_VALUE, 'The outcome comes before the referral');
    return day;
  }

  /** No date while pending; once there is an outcome, the date given or today. */
  private outcomeOn(outcome: ReferralOutcome, given: string | null, referredOn: string): string | null {
    if (outcome === ReferralOutcome.PENDING) return null;
    return this.day('outcomeOn', given ?? todayIso(), referredOn);
  }
}
