import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { notFound } from '../../common/errors';
import { ConnectionShape, paginate, SortSpec } from '../../common/pagination';
import { tenantRepository } from '../../common/tenant';
import { updateVersioned } from '../../common/versioned-update';
import { ArchivePartnerArgs, CreatePartnerInput, PartnersArgs, UpdatePartnerInput } from './dto/partner.inputs';
import { Partner } from './partner.entity';
import { PartnerSort } from './partner.enums';

/**
 * The allow-list of orders: a GraphQL enum value → a non-null SQL expression and the value the
 * cursor keeps. Timestamps are cut to milliseconds, the precision a cursor can carry.
 */
const SORTS: Record<PartnerSort, SortSpec & { value: (p: Partner) => unknown }> = {
  [PartnerSort.NAME_ASC]: { expression: 'p.name', direction: 'ASC', value: (p) => p.name },
  [PartnerSort.NAME_DESC]: { expression: 'p.name', direction: 'DESC', value: (p) => p.name },
  [PartnerSort.CREATED_AT_ASC]: { expression: "date_trunc('milliseconds', p.created_at)", direction: 'ASC', value: (p) => p.createdAt },
  [PartnerSort.CREATED_AT_DESC]: { expression: "date_trunc('milliseconds', p.created_at)", direction: 'DESC', value: (p) => p.createdAt },
};

/** What `updatePartner` may change (left out: unchanged; null: cleared where the column allows it). */
const UPDATABLE = ['name', 'kind', 'countryCode', 'contactName', 'contactEmail', 'contactPhone', 'website', 'notes'] as const;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The caller's organisation's partners. Who may call what is declared on the resolver. */
@Injectable()
export class PartnerService {
  constructor(private readonly dataSource: DataSource) {}

  async list(actor: Actor, args: PartnersArgs, withCount: boolean): Promise<ConnectionShape<Partner>> {
    const qb = this.dataSource
      .getRepository(Partner)
      .createQueryBuilder('p')
      .where('p.organization_id = :organizationId', { organizationId: actor.organizationId });
    const filter = args.filter ?? {};
    if (!filter.includeArchived) qb.andWhere('p.archived_at IS NULL');
    if (filter.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
    if (filter.search) {
      qb.andWhere(
        `(unaccent(p.name) ILIKE unaccent(:search) OR unaccent(coalesce(p.contact_name, '')) ILIKE unaccent(:search) OR coalesce(p.contact_email, '') ILIKE :search)`,
        { search: likePattern(filter.search) },
      );
    }
    const sort = SORTS[args.sort ?? PartnerSort.NAME_ASC];
    return paginate(qb, args, sort, { withCount, sortValue: sort.value });
  }

  async get(actor: Actor, id: string): Promise<Partner> {
    return this.find(this.dataSource.manager, actor, id);
  }

  async create(actor: Actor, input: CreatePartnerInput): Promise<Partner> {
    return this.dataSource.transaction((m) =>
      m.save(
        m.create(Partner, {
          organizationId: actor.organizationId,
          name: input.name,
          kind: input.kind,
          countryCode: input.countryCode ?? 'MA',
          contactName: input.contactName ?? null,
          contactEmail: input.contactEmail ?? null,
          contactPhone: input.contactPhone ?? null,
          website: input.website ?? null,
          notes: input.notes ?? null,
          archivedAt: null,
        }),
      ),
    );
  }

  async update(actor: Actor, input: UpdatePartnerInput): Promise<Partner> {
    if (!isUUID(input.id)) throw notFound('partner');
    const { id, version } = input;
    const values: Partial<Record<(typeof UPDATABLE)[number], unknown>> = {};
    for (const key of UPDATABLE) if (input[key] !== undefined) values[key] = input[key];
    return this.dataSource.transaction(async (m) => {
      await updateVersioned(m, Partner, actor, { id, version }, values as Partial<Partner>, 'partner');
      return this.find(m, actor, id);
    });
  }

  /** Archived partners leave the lists (unless asked for) but stay on the programmes that name them. */
  async archive(actor: Actor, { id, version }: ArchivePartnerArgs): Promise<Partner> {
    if (!isUUID(id)) throw notFound('partner');
    return this.dataSource.transaction(async (m) => {
      await updateVersioned(m, Partner, actor, { id, version }, { archivedAt: () => 'coalesce(archived_at, now())' }, 'partner');
      return this.find(m, actor, id);
    });
  }

  /** Another organisation's partner answers NOT_FOUND, exactly like an id that does not exist. */
  private async find(m: EntityManager, actor: Actor, id: string): Promise<Partner> {
    const row = isUUID(id) ? await tenantRepository(m, Partner, actor).findOne({ where: { id } }) : null;
    if (!row) throw notFound('partner');
    return row;
  }
}
