import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Organization } from '../organization/organization.entity';
import { Province } from '../reference/province.entity';
import { Region } from '../reference/region.entity';
import { ValueChain } from '../value-chain/value-chain.entity';
import { LegalForm } from './cooperative.enums';

/** A cooperative (or association, GIE, small company) accompanied by the organisation. */
@ObjectType()
@Entity({ name: 'cooperative' })
@Index('cooperative_organization_id_idx', ['organizationId'])
@Index('cooperative_registration_key', ['organizationId', 'registrationNumber'], { unique: true, where: 'registration_number IS NOT NULL' })
@Check('cooperative_legal_form_check', `legal_form IN ('COOPERATIVE', 'ASSOCIATION', 'GIE', 'AUTO_ENTREPRENEUR', 'COMPANY')`)
export class Cooperative {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'cooperative_organization_id_fkey' })
  organization?: Organization;

  @Field({ description: 'Name in French (or as registered)' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'name_ar', type: 'text', nullable: true })
  nameAr: string | null;

  @Index('cooperative_search_name_trgm_idx', { synchronize: false })
  @Column({ name: 'search_name', type: 'text' })
  searchName: string;

  @Field(() => LegalForm)
  @Column({ name: 'legal_form', type: 'text', default: LegalForm.COOPERATIVE })
  legalForm: LegalForm;

  @Field(() => String, { nullable: true })
  @Column({ name: 'registration_number', type: 'text', nullable: true })
  registrationNumber: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ name: 'created_on', type: 'date', nullable: true })
  createdOn: string | null;

  @Field()
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'cooperative_region_code_fkey' })
  region?: Region;

  @Field(() => String, { nullable: true })
  @Column({ name: 'province_code', type: 'text', nullable: true })
  provinceCode: string | null;

  @ManyToOne(() => Province, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'cooperative_province_code_fkey' })
  province?: Province;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  commune: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'value_chain_id', type: 'uuid', nullable: true })
  valueChainId: string | null;

  @ManyToOne(() => ValueChain, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'value_chain_id', foreignKeyConstraintName: 'cooperative_value_chain_id_fkey' })
  valueChain?: ValueChain;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
