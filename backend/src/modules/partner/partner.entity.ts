import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Connection } from '../../common/pagination';
import { Organization } from '../organization/organization.entity';
import { PartnerKind } from './partner.enums';

/** A funder, implementing partner, incubator, training centre or financial institution of one organisation. */
@ObjectType()
@Entity({ name: 'partner' })
@Index('partner_organization_id_name_idx', ['organizationId', 'name'])
@Check('partner_kind_check', `kind IN ('FUNDER', 'IMPLEMENTING_PARTNER', 'INCUBATOR', 'TRAINING_CENTRE', 'FINANCIAL_INSTITUTION', 'OTHER')`)
@Check('partner_country_code_check', `country_code ~ '^[A-Z]{2}$'`)
@Check('partner_name_check', `btrim(name) <> ''`)
export class Partner {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'partner_organization_id_fkey' })
  organization?: Organization;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => PartnerKind)
  @Column({ type: 'text' })
  kind: PartnerKind;

  @Field({ description: 'ISO 3166-1 alpha-2 (e.g. MA, SN, CI).' })
  @Column({ name: 'country_code', type: 'text', default: 'MA' })
  countryCode: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'contact_name', type: 'text', nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Field(() => Int, { description: 'Send it back with an update: a stale version answers CONFLICT.' })
  @VersionColumn({ default: 1 })
  version: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType()
export class PartnerConnection extends Connection(Partner, 'Partner') {}
