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
import { Organization } from '../organization/organization.entity';

/** A programme: partners fund it, coaches deliver it, people and cooperatives enrol in its cohorts. */
@ObjectType()
@Entity({ name: 'program' })
@Index('program_organization_id_idx', ['organizationId'])
@Check('program_dates_check', `ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on`)
@Check('program_stall_after_days_check', `stall_after_days BETWEEN 7 AND 730`)
export class Program {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'program_organization_id_fkey' })
  organization?: Organization;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD)' })
  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD)' })
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => [String], { description: 'Regions the programme covers (empty: anywhere)' })
  @Column({ name: 'region_codes', type: 'text', array: true, default: () => `'{}'` })
  regionCodes: string[];

  @Field(() => Int, { description: 'Days in one stage after which a venture shows as stalled' })
  @Column({ name: 'stall_after_days', type: 'integer', default: 90 })
  stallAfterDays: number;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
