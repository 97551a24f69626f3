import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { WorkingHoursRange } from './working-hours';
import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { User } from '../auth/user.entity';

/** What a coach or mentor brings: expertise, languages, regions served, weekly capacity. */
@ObjectType()
@Entity({ name: 'coach_profile' })
@Check('coach_profile_capacity_check', `weekly_capacity_hours IS NULL OR weekly_capacity_hours BETWEEN 0 AND 80`)
export class CoachProfile {
  @Field(() => ID)
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'coach_profile_pkey' })
  userId: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'coach_profile_user_id_fkey' })
  user?: User;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field(() => [String], { description: 'Topics: marketing, bookkeeping, quality, digital…' })
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  expertise: string[];

  @Field(() => [String], { description: 'Languages spoken: ar, fr, en, tzm (Tamazight)…' })
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  languages: string[];

  @Field(() => [String])
  @Column({ name: 'region_codes', type: 'text', array: true, default: () => `'{}'` })
  regionCodes: string[];

  @Field(() => [String], { description: 'Provinces she works in (assignments prefer the same province, then the same region)' })
  @Column({ name: 'province_codes', type: 'text', array: true, default: () => `'{}'` })
  provinceCodes: string[];

  @Field(() => [ID])
  @Column({ name: 'value_chain_ids', type: 'uuid', array: true, default: () => `'{}'` })
  valueChainIds: string[];

  @Field(() => Int, { nullable: true })
  @Column({ name: 'weekly_capacity_hours', type: 'integer', nullable: true })
  weeklyCapacityHours: number | null;

  @Field({ description: 'An external volunteer mentor rather than staff' })
  @Column({ type: 'boolean', default: false })
  external: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  bio: string | null;

  @Field(() => [WorkingHoursRange], {
    nullable: true,
    description: 'Weekly working hours (organisation time zone); null: Monday–Saturday 08:30–18:00',
  })
  @Column({ name: 'working_hours', type: 'jsonb', nullable: true })
  workingHours: WorkingHoursRange[] | null;

  @Field(() => [String], { description: 'Days off (YYYY-MM-DD)' })
  @Column({ name: 'days_off', type: 'date', array: true, default: () => `'{}'` })
  daysOff: string[];

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
