import { Injectable } from '@nestjs/common';
import { ErrorReason } from '@rafiq/shared';
import { DataSource, EntityManager, QueryDeepPartialEntity } from 'typeorm';
import { badInput } from '../../common/errors';
import { countryOf, FIXED_COUNTRY } from './codes';
import { CreateProvinceInput } from './dto/create-province.input';
import { CreateRegionInput } from './dto/create-region.input';
import { Province } from './province.entity';
import { Region } from './region.entity';

const frenchOrder = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Sorted by French name the same way whatever the database's collation. */
export function byFrenchName<T extends { nameFr: string; code: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => frenchOrder.compare(a.nameFr, b.nameFr) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * Regions and provinces: reference data shared by every organisation, so not scoped to one.
 * Morocco's come from the migrations and never change here; an admin may add other countries'.
 */
@Injectable()
export class ReferenceService {
  constructor(private readonly dataSource: DataSource) {}

  /** Morocco's unless another country is asked for. */
  regions(countryCode?: string | null): Promise<Region[]> {
    return this.dataSource.getRepository(Region).find({ where: { countryCode: countryCode ?? FIXED_COUNTRY }, order: { code: 'ASC' } });
  }

  async provinces(filter: { regionCode?: string | null; countryCode?: string | null }): Promise<Province[]> {
    const qb = this.dataSource.getRepository(Province).createQueryBuilder('p');
    if (filter.regionCode) qb.andWhere('p.regionCode = :regionCode', { regionCode: filter.regionCode });
    if (filter.countryCode) qb.innerJoin('p.region', 'r').andWhere('r.countryCode = :countryCode', { countryCode: filter.countryCode });
    return byFrenchName(await qb.getMany());
  }

  async createRegion(input: CreateRegionInput): Promise<Region> {
    if (input.countryCode === FIXED_COUNTRY)
      throw badInput('countryCode', ErrorReason.NOT_ALLOWED, "Morocco's regions are fixed reference data");
    if (countryOf(input.code) !== input.countryCode)
      throw badInput('code', ErrorReason.INVALID_VALUE, 'The code must start with the country code');
    return this.dataSource.transaction(async (m) => {
      const region = { code: input.code, countryCode: input.countryCode, nameFr: input.nameFr, nameAr: input.nameAr };
      await this.insertNew(m, Region, region);
      return m.findOneByOrFail(Region, { code: input.code });
    });
  }

  async createProvince(input: CreateProvinceInput): Promise<Province> {
    if (!input.code.startsWith(`${input.regionCode}-`))
      throw badInput('code', ErrorReason.INVALID_VALUE, 'The code must start with the region code');
    return this.dataSource.transaction(async (m) => {
      const region = await m.findOneBy(Region, { code: input.regionCode });
      if (!region) throw badInput('regionCode', ErrorReason.NOT_FOUND, 'No such region');
      if (region.countryCode === FIXED_COUNTRY)
        throw badInput('regionCode', ErrorReason.NOT_ALLOWED, "Morocco's provinces are fixed reference data");
      const province = { code: input.code, regionCode: input.regionCode, nameFr: input.nameFr, nameAr: input.nameAr, kind: input.kind };
      await this.insertNew(m, Province, province);
      return m.findOneByOrFail(Province, { code: input.code });
    });
  }

  /** Inserts unless the code exists already (then DUPLICATE on `code`), also when another request inserts it first. */
  private async insertNew<T extends Region | Province>(
    m: EntityManager,
    entity: new () => T,
    values: QueryDeepPartialEntity<T>,
  ): Promise<void> {
    const result = await m.createQueryBuilder().insert().into(entity).values(values).orIgnore().returning('code').execute();
    if ((result.raw as unknown[]).length === 0) throw badInput('code', ErrorReason.DUPLICATE, 'This code exists already');
  }
}
