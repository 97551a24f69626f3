import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { moneyTransformer } from '../../common/money';
import { User } from '../auth/user.entity';
import { Organization } from '../organization/organization.entity';
import { Venture } from '../venture/venture.entity';

export enum PeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}
registerEnumType(PeriodKind, { name: 'PeriodKind', description: 'The length of a reporting period.' });

/** A venture's economic results for one month or quarter: revenue, costs, jobs, active members. Amounts in MAD. */
@ObjectType()
@Entity({ name: 'economic_result' })
@Index('economic_result_period_key', ['ventureId', 'periodKind', 'periodStart'], { unique: true })
@Check('economic_result_period_kind_check', `period_kind IN ('MONTH', 'QUARTER')`)
@Check('economic_result_period_start_check', `extract(day FROM period_start) = 1 AND (period_kind = 'MONTH' OR extract(month FROM period_start) IN (1, 4, 7, 10))`)
@Check('economic_result_amounts_check', `revenue >= 0 AND (costs IS NULL OR costs >= 0)`)
@Check('economic_result_jobs_check', `jobs_women >= 0 AND jobs_youth >= 0 AND jobs_total >= jobs_women AND jobs_total >= jobs_youth`)
@Check('economic_result_active_members_check', `active_members IS NULL OR active_members >= 0`)
@Check('economic_result_entered_by_role_check', `entered_by_role IN ('ADMIN', 'PROGRAM_LEAD', 'COACH', 'ENTREPRENEUR')`)
export class EconomicResult {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'economic_result_organization_id_fkey' })
  organization?: Organization;

  @Field(() => ID)
  @Column({ name: 'venture_id', type: 'uuid' })
  ventureId: string;

  @ManyToOne(() => Venture, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'venture_id', foreignKeyConstraintName: 'economic_result_venture_id_fkey' })
  venture?: Venture;

  @Field(() => PeriodKind)
  @Column({ name: 'period_kind', type: 'text' })
  periodKind: PeriodKind;

  @Field({ description: 'YYYY-MM-DD, the first day of the month or quarter' })
  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Field(() => Float, { description: 'Sales in the period, MAD' })
  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: moneyTransformer })
  revenue: number;

  @Field(() => Float, { nullable: true, description: 'MAD' })
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: moneyTransformer })
  costs: number | null;

  @Field(() => Int, { description: 'Jobs held by women (among jobsTotal)' })
  @Column({ name: 'jobs_women', type: 'integer', default: 0 })
  jobsWomen: number;

  @Field(() => Int, { description: 'Jobs held by young people, 15–34 (among jobsTotal)' })
  @Column({ name: 'jobs_youth', type: 'integer', default: 0 })
  jobsYouth: number;

  @Field(() => Int, { description: 'Jobs created in the period' })
  @Column({ name: 'jobs_total', type: 'integer', default: 0 })
  jobsTotal: number;

  @Field(() => Int, { nullable: true, description: 'Active members (cooperatives)' })
  @Column({ name: 'active_members', type: 'integer', nullable: true })
  activeMembers: number | null;

  @Column({ name: 'entered_by', type: 'uuid', nullable: true })
  enteredBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'entered_by', foreignKeyConstraintName: 'economic_result_entered_by_fkey' })
  enteredByUser?: User;

  @Field(() => Role, { description: 'The role of whoever entered it last (the entrepreneur herself, or staff)' })
  @Column({ name: 'entered_by_role', type: 'text' })
  enteredByRole: Role;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => Int, { description: 'Send it back when recording the same period again: a stale or missing version answers CONFLICT.' })
  @VersionColumn({ default: 1 })
  version: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
