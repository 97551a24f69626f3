import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Reference data shared by every organisation: Morocco's 12 regions (ISO 3166-2:MA), fixed, and
 * first-level divisions of other countries that admins add (e.g. `SN-DK`, `CI-AB`).
 */
@ObjectType()
@Entity({ name: 'region' })
export class Region {
  @Field()
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  @Column({ name: 'country_code', type: 'text', default: 'MA' })
  countryCode: string;

  @Field()
  @Column({ name: 'name_fr', type: 'text' })
  nameFr: string;

  @Field()
  @Column({ name: 'name_ar', type: 'text' })
  nameAr: string;
}
