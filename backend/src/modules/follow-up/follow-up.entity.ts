import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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
import { moneyTransformer } from '../../common/money';
import { User } from '../auth/user.entity';
import { Enrolment } from '../enrolment/enrolment.entity';
import { Organization } from '../organization/organization.entity';
import { Person } from '../person/person.entity';
import { Program } from '../program/program.entity';

export enum FollowUpStatus {
  DUE = 'DUE',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(FollowUpStatus, {
  name: 'FollowUpStatus',
  description: 'DUE until the coach records it; CANCELLED when the graduation was undone.',
});

/** The months after graduation at which a follow-up is due. */
export const FOLLOW_UP_MONTHS = [6, 12] as const;

/**
 * A follow-up 6 or 12 months after an enrolment graduated: is the activity still operating, what
 * does it sell per month, how many jobs does it hold. Scheduled for the enrolment's coach.
 */
@ObjectType()
@Entity({ name: 'follow_up' })
@Index('follow_up_enrolment_months_key', ['enrolmentId', 'months'], { unique: true })
@Index('follow_up_coach_due_idx', ['coachUserId', 'status', 'dueOn'])
@Index('follow_up_program_due_idx', ['programId', 'status', 'dueOn'])
@Index('follow_up_person_id_idx', ['personId'])
@Check('follow_up_months_check', `months IN (6, 12)`)
@Check('follow_up_status_check', `status IN ('DUE', 'DONE', 'CANCELLED')`)
@Check('follow_up_done_check', `(status = 'DONE') = (recorded_at IS NOT NULL AND still_operating IS NOT NULL)`)
@Check(
  'follow_up_amounts_check',
  `(revenue IS NULL OR revenue >= 0) AND (jobs_total IS NULL OR jobs_total >= 0)
          AND (jobs_women IS NULL OR (jobs_women >= 0 AND jobs_women <= coalesce(jobs_total, 0)))
          AND (jobs_youth IS NULL OR (jobs_youth >= 0 AND jobs_youth <= coalesce(jobs_total, 0)))`,
)
export class FollowUp {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'follow_up_organization_id_fkey' })
  organization?: Organization;

  @Field(() => ID)
  @Column({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'follow_up_enrolment_id_fkey' })
  enrolment?: Enrolment;

  @Field(() => ID)
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'follow_up_person_id_fkey' })
  person?: Person;

  @Field(() => ID)
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'follow_up_program_id_fkey' })
  program?: Program;

  @Field(() => ID, { nullable: true, description: 'The coach who has to do it (the enrolment’s coach at graduation)' })
  @Column({ name: 'coach_user_id', type: 'uuid', nullable: true })
  coachUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'coach_user_id', foreignKeyConstraintName: 'follow_up_coach_user_id_fkey' })
  coachUser?: User;

  @Field(() => Int, { description: '6 or 12 months after graduation' })
  @Column({ type: 'integer' })
  months: number;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Field(() => FollowUpStatus)
  @Column({ type: 'text', default: FollowUpStatus.DUE })
  status: FollowUpStatus;

  @Field(() => Boolean, { nullable: true, description: 'Is the income-generating activity still operating?' })
  @Column({ name: 'still_operating', type: 'boolean', nullable: true })
  stillOperating: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Monthly revenue at the follow-up, MAD' })
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: moneyTransformer })
  revenue: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'jobs_total', type: 'integer', nullable: true })
  jobsTotal: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'jobs_women', type: 'integer', nullable: true })
  jobsWomen: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'jobs_youth', type: 'integer', nullable: true })
  jobsYouth: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'follow_up_recorded_by_fkey' })
  recordedByUser?: User;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'recorded_at', type: 'timestamptz', nullable: true })
  recordedAt: Date | null;

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
