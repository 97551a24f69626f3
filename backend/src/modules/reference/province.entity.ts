import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Region } from './region.entity';

/** What a second-level division is called. Stored in lower case; GraphQL names are upper case. */
export enum ProvinceKind {
  PROVINCE = 'province',
  PREFECTURE = 'prefecture',
}
registerEnumType(ProvinceKind, { name: 'ProvinceKind', description: 'Province (mostly rural) or prefecture (urban).' });

/**
 * Reference data shared by every organisation: the provinces and prefectures of a region.
 * Morocco's 75 are seeded by a migration and fixed; other countries' are added by admins.
 * Code: `<region code>-<suffix>`, e.g. `MA-09-TAR` (Taroudannt, ISO 3166-2 `MA-TAR`, in Souss-Massa).
 */
@ObjectType()
@Entity({ name: 'province' })
@Index('province_region_code_idx', ['regionCode'])
@Check('province_kind_check', `kind IN ('province', 'prefecture')`)
export class Province {
  @Field()
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Field()
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', referencedColumnName: 'code', foreignKeyConstraintName: 'province_region_code_fkey' })
  region?: Region;

  @Field()
  @Column({ name: 'name_fr', type: 'text' })
  nameFr: string;

  @Field()
  @Column({ name: 'name_ar', type: 'text' })
  nameAr: string;

  @Field(() => ProvinceKind)
  @Column({ type: 'text' })
  kind: ProvinceKind;
}
