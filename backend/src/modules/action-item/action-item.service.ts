import { Injectable } from '@nestjs/common';
import { ErrorReason, Role } from '@rafiq/shared';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Actor } from '../../common/actor';
import { badInput, forbidden, notFound } from '../../common/errors';
import { ConnectionShape, paginate } from '../../common/pagination';
import { tenantRepository } from '../../common/tenant';
import { todayIso } from '../../common/day';
import { updateVersioned } from '../../common/versioned-update';
import { User } from '../auth/user.entity';
import { applyVentureVisibility } from '../venture/venture.access';
import { Venture } from '../venture/venture.entity';
import { VentureService } from '../venture/venture.service';
import { ActionItem, ActionItemStatus, ActionOwnerKind, ActionSourceKind } from './action-item.entity';
import { CompleteActionItemArgs, CreateActionItemInput, MyActionItemsArgs, UpdateActionItemInput } from './dto/action-item.inputs';

const STAFF = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];

/** Open and due before today. */
export const isOverdue = (item: Pick<ActionItem, 'status' | 'dueOn'>, today = todayIso()): boolean => item.status === ActionItemStatus.OPEN && item.dueOn < today;

/**
 * Action plans (permissions.md, "action items"): staff who may see the venture create and edit its
 * items; the entrepreneur reads those of her own ventures and ticks off the ones she owns.
 */
@Injectable()
export class ActionItemService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ventures: VentureService,
  ) {}

  /** One item whose venture the caller may see; NOT_FOUND otherwise (as if it did not exist). */
  async get(actor: Actor, id: string, m: EntityManager = this.dataSource.manager): Promise<ActionItem> {
    const item = await tenantRepository(m, ActionItem, actor).findOne({ where: { id } });
    if (!item) throw notFound('action item');
    if (!(await this.ventures.visible(actor, m).andWhere('v.id = :ventureId', { ventureId: item.ventureId }).getExists())) throw notFound('action item');
    return item;
  }

  /** The items a staff member owns, on ventures she may see, soonest due first. */
  mine(actor: Actor, args: MyActionItemsArgs, withCount: boolean): Promise<ConnectionShape<ActionItem>> {
    const qb = this.dataSource
      .createQueryBuilder(ActionItem, 'ai')
      .innerJoin(Venture, 'v', 'v.id = ai.venture_id')
      .where('ai.organization_id = :org AND ai.owner_user_id = :me', { org: actor.organizationId, me: actor.userId });
    applyVentureVisibility(qb, actor, 'v');
    if (!args.includeClosed) qb.andWhere('ai.status = :open', { open: ActionItemStatus.OPEN });
    return paginate(qb, args, { expression: 'ai.due_on', direction: 'ASC' }, { withCount, sortValue: (i) => i.dueOn });
  }

  async create(actor: Actor, input: CreateActionItemInput): Promise<ActionItem> {
    if (!STAFF.includes(actor.role)) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      const venture = await this.ventures.get(actor, input.ventureId, m);
      const ownerUserId = await this.owner(m, actor, input.ownerKind, input.ownerUserId, null);
      const source = this.source(input.sourceKind ?? null, input.sourceId ?? null);
      const item = m.create(ActionItem, {
        organizationId: actor.organizationId,
        ventureId: venture.id,
        title: input.title,
        details: input.details ?? null,
        ownerKind: input.ownerKind,
        ownerUserId,
        dueOn: input.dueOn,
        status: ActionItemStatus.OPEN,
        doneAt: null,
        ...source,
        createdBy: actor.userId,
      });
      await m.save(item);
      return this.get(actor, item.id, m);
    });
  }

  async update(actor: Actor, input: UpdateActionItemInput): Promise<ActionItem> {
    if (!STAFF.includes(actor.role)) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      const current = await this.get(actor, input.id, m);
      const values: Partial<ActionItem> = {};
      if (input.title !== undefined) values.title = input.title;
      if (input.details !== undefined) values.details = input.details ?? null;
      if (input.dueOn !== undefined) values.dueOn = input.dueOn;
      if (input.ownerKind !== undefined || input.ownerUserId !== undefined) {
        const kind = input.ownerKind ?? current.ownerKind;
        const wanted = input.ownerUserId !== undefined ? input.ownerUserId : kind === ActionOwnerKind.COACH ? current.ownerUserId : null;
        values.ownerKind = kind;
        values.ownerUserId = await this.owner(m, actor, kind, wanted, input.ownerUserId === undefined ? current.ownerUserId : null);
      }
      if (input.sourceKind !== undefined || input.sourceId !== undefined) {
        Object.assign(
          values,
          this.source(input.sourceKind !== undefined ? input.sourceKind : current.sourceKind, input.sourceId !== undefined ? input.sourceId : current.sourceId),
        );
      }
      if (input.status !== undefined && input.status !== current.status) {
        values.status = input.status;
        values.doneAt = input.status === ActionItemStatus.DONE ? new Date() : null;
      }
      await updateVersioned(m, ActionItem, actor, { id: current.id, version: input.version }, values, 'action item');
      return this.get(actor, current.id, m);
    });
  }

  /**
   * Ticks an item off (or reopens it). Staff who may see the venture; the entrepreneur only for
   * ENTREPRENEUR items of her own ventures. A cancelled item is not ticked.
   */
  async complete(actor: Actor, { id, version, done }: CompleteActionItemArgs): Promise<ActionItem> {
    return this.dataSource.transaction(async (m) => {
      const item = await this.get(actor, id, m);
      if (actor.role === Role.ENTREPRENEUR && item.ownerKind !== ActionOwnerKind.ENTREPRENEUR) throw forbidden();
      if (item.status === ActionItemStatus.CANCELLED) throw badInput('done', ErrorReason.NOT_ALLOWED, 'This action item was cancelled');
      const status = done ? ActionItemStatus.DONE : ActionItemStatus.OPEN;
      const doneAt = done ? (item.doneAt ?? new Date()) : null;
      await updateVersioned(m, ActionItem, actor, { id, version }, { status, doneAt }, 'action item');
      return this.get(actor, id, m);
    });
  }

  /**
   * The owner user of an item: a staff member of the organisation for COACH items (the calling coach
   * when none is named; `keep` when it stays as it was), none for ENTREPRENEUR items.
   */
  private async owner(m: EntityManager, actor: Actor, kind: ActionOwnerKind, wanted: string | null | undefined, keep: string | null): Promise<string | null> {
    if (kind === ActionOwnerKind.ENTREPRENEUR) {
      if (wanted) throw badInput('ownerUserId', ErrorReason.NOT_ALLOWED, 'An item the entrepreneur owns has no staff owner');
      return null;
    }
    const userId = wanted ?? keep ?? (actor.role === Role.COACH ? actor.userId : null);
    if (!userId) throw badInput('ownerUserId', ErrorReason.REQUIRED, 'Say which coach owns this item');
    if (userId === keep || userId === actor.userId) return userId;
    const staff = await tenantRepository(m, User, actor).count({ where: { id: userId, role: In(STAFF), disabledAt: IsNull() } });
    if (!staff) throw badInput('ownerUserId', ErrorReason.NOT_FOUND, 'No such staff member');
    return userId;
  }

  private source(kind: ActionSourceKind | null, id: string | null): Pick<ActionItem, 'sourceKind' | 'sourceId'> {
    if (id && !kind) throw badInput('sourceKind', ErrorReason.REQUIRED, 'Say what produced this item (session, diagnostic…)');
    return { sourceKind: kind, sourceId: id };
  }
}
