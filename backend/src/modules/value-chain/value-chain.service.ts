import { Injectable } from '@nestjs/common';
import { ErrorReason } from '@rafiq/shared';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Actor } from '../../common/actor';
import { uniqueViolation } from '../../common/db-errors';
import { badInput, notFound } from '../../common/errors';
import { tenantRepository } from '../../common/tenant';
import { updateVersioned } from '../../common/versioned-update';
import { ArchiveValueChainArgs, CreateValueChainInput, UpdateValueChainInput } from './dto/value-chain.inputs';
import { ValueChain } from './value-chain.entity';

const UNIQUE_NAME = 'value_chain_organization_id_name_fr_key';
const frenchOrder = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** The caller's organisation's value chains. Who may call what is declared on the resolver. */
@Injectable()
export class ValueChainService {
  constructor(private readonly dataSource: DataSource) {}

  async list(actor: Actor, includeArchived = false): Promise<ValueChain[]> {
    const rows = await tenantRepository(this.dataSource, ValueChain, actor).find(
      includeArchived ? {} : { where: { archivedAt: IsNull() } },
    );
    return rows.sort((a, b) => frenchOrder.compare(a.nameFr, b.nameFr) || a.id.localeCompare(b.id));
  }

  async create(actor: Actor, input: CreateValueChainInput): Promise<ValueChain> {
    return this.withDuplicateCheck(() =>
      this.dataSource.transaction((m) =>
        m.save(
          m.create(ValueChain, { organizationId: actor.organizationId, nameFr: input.nameFr, nameAr: input.nameAr, archivedAt: null }),
        ),
      ),
    );
  }

  async update(actor: Actor, input: UpdateValueChainInput): Promise<ValueChain> {
    if (!isUUID(input.id)) throw notFound('value chain');
    return this.withDuplicateCheck(() =>
      this.dataSource.transaction(async (m) => {
        const values: Partial<Pick<ValueChain, 'nameFr' | 'nameAr'>> = {};
        if (input.nameFr !== undefined) values.nameFr = input.nameFr;
        if (input.nameAr !== undefined) values.nameAr = input.nameAr;
        await updateVersioned(m, ValueChain, actor, input, values, 'value chain');
        return this.reload(m, actor, input.id);
      }),
    );
  }

  /** Archived value chains are not offered any more; records that use one keep it. Archiving twice keeps the first date. */
  async archive(actor: Actor, { id, version }: ArchiveValueChainArgs): Promise<ValueChain> {
    if (!isUUID(id)) throw notFound('value chain');
    return this.dataSource.transaction(async (m) => {
      await updateVersioned(m, ValueChain, actor, { id, version }, { archivedAt: () => 'coalesce(archived_at, now())' }, 'value chain');
      return this.reload(m, actor, id);
    });
  }

  private async reload(m: EntityManager, actor: Actor, id: string): Promise<ValueChain> {
    const row = await tenantRepository(m, ValueChain, actor).findOne({ where: { id } });
    if (!row) throw notFound('value chain');
    return row;
  }

  private async withDuplicateCheck<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (uniqueViolation(error) === UNIQUE_NAME)
        throw badInput('nameFr', ErrorReason.DUPLICATE, 'A value chain with this French name exists already');
      throw error;
    }
  }
}
