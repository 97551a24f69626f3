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
import { User } from '../auth/user.entity';
import { Organization } from '../organization/organization.entity';
import { Province } from '../reference/province.entity';
import { Region } from '../reference/region.entity';
import { Area, EducationLevel, Gender } from './person.enums';

/**
 * A beneficiary or entrepreneur. The national ID is stored encrypted, with a keyed hash for
 * uniqueness and exact matching, and a masked form (AB****12) for display.
 */
@ObjectType()
@Entity({ name: 'person' })
@Index('person_organization_id_idx', ['organizationId'])
@Index('person_region_idx', ['organizationId', 'regionCode'])
@Index('person_phone_idx', ['organizationId', 'phone'])
@Index('person_birth_date_idx', ['organizationId', 'birthDate'])
@Index('person_national_id_key', ['organizationId', 'nationalIdHash'], { unique: true, where: 'national_id_hash IS NOT NULL' })
@Index('person_user_id_key', ['userId'], { unique: true, where: 'user_id IS NOT NULL' })
@Check('person_gender_check', `gender IN ('F', 'M')`)
@Check('person_area_check', `area IS NULL OR area IN ('RURAL', 'URBAN')`)
@Check('person_consent_given_by_check', `consent_given_by IS NULL OR consent_given_by IN ('SELF', 'GUARDIAN', 'REPRESENTATIVE')`)
@Check('person_consent_withdrawn_channel_check', `consent_withdrawn_channel IS NULL OR consent_withdrawn_channel IN ('PAPER', 'ORAL', 'ONLINE', 'PHONE')`)
@Check('person_phone_check', `phone IS NULL OR phone ~ '^\\+[1-9][0-9]{6,14}$'`)
export class Person {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'person_organization_id_fkey' })
  organization?: Organization;

  /** Her account, when she signs in herself. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'person_user_id_fkey' })
  user?: User;

  @Field()
  @Column({ name: 'first_name', type: 'text' })
  firstName: string;

  @Field()
  @Column({ name: 'last_name', type: 'text' })
  lastName: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'first_name_ar', type: 'text', nullable: true })
  firstNameAr: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'last_name_ar', type: 'text', nullable: true })
  lastNameAr: string | null;

  /** Names in both scripts, normalised (shared/src/names.ts), for fuzzy search. */
  @Index('person_search_name_trgm_idx', { synchronize: false })
  @Column({ name: 'search_name', type: 'text' })
  searchName: string;

  @Field(() => Gender)
  @Column({ type: 'text' })
  gender: Gender;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate: string | null;

  @Column({ name: 'national_id_encrypted', type: 'text', nullable: true, select: false })
  nationalIdEncrypted: string | null;

  @Column({ name: 'national_id_hash', type: 'text', nullable: true })
  nationalIdHash: string | null;

  @Field(() => String, { nullable: true, description: 'The national ID, masked (AB****12).' })
  @Column({ name: 'national_id_masked', type: 'text', nullable: true })
  nationalIdMasked: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field()
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'person_region_code_fkey' })
  region?: Region;

  @Field(() => String, { nullable: true })
  @Column({ name: 'province_code', type: 'text', nullable: true })
  provinceCode: string | null;

  @ManyToOne(() => Province, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'person_province_code_fkey' })
  province?: Province;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  commune: string | null;

  @Field(() => String, { nullable: true, description: 'Douar or neighbourhood, free text' })
  @Column({ type: 'text', nullable: true })
  locality: string | null;

  @Field(() => Area, { nullable: true })
  @Column({ type: 'text', nullable: true })
  area: Area | null;

  @Field(() => EducationLevel, { nullable: true })
  @Column({ name: 'education_level', type: 'text', nullable: true })
  educationLevel: EducationLevel | null;

  @Field(() => Boolean, { nullable: true, description: 'Not in employment, education or training at enrolment' })
  @Column({ type: 'boolean', nullable: true })
  neet: boolean | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'preferred_locale', type: 'text', nullable: true })
  preferredLocale: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'consent_at', type: 'timestamptz', nullable: true })
  consentAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'consent_version', type: 'text', nullable: true })
  consentVersion: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'consent_channel', type: 'text', nullable: true })
  consentChannel: string | null;

  @Field(() => String, { nullable: true, description: 'Who gave consent: SELF, GUARDIAN or REPRESENTATIVE' })
  @Column({ name: 'consent_given_by', type: 'text', nullable: true })
  consentGivenBy: string | null;

  @Field(() => String, { nullable: true, description: 'The day she withdrew her consent (only name, gender, region and programme are kept since)' })
  @Column({ name: 'consent_withdrawn_on', type: 'date', nullable: true })
  consentWithdrawnOn: string | null;

  @Field(() => String, { nullable: true, description: 'How she withdrew her consent: PAPER, ORAL, ONLINE or PHONE' })
  @Column({ name: 'consent_withdrawn_channel', type: 'text', nullable: true })
  consentWithdrawnChannel: string | null;

  @Field(() => Date, { nullable: true, description: 'When she was erased (pseudonymised); her anonymous counts stay in the indicators.' })
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The person this record was merged into (it is then archived)' })
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'person_merged_into_id_fkey' })
  mergedInto?: Person;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
