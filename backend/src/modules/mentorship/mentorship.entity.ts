import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { Person } from '../person/person.entity';
import { Program } from '../program/program.entity';

export enum MentorshipStatus {
  REQUESTED = 'REQUESTED',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
  /** Left unanswered too long: the request moved on to the next mentor */
  EXPIRED = 'EXPIRED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MentorshipStatus, { name: 'MentorshipStatus' });

/** A mentor (a coach or volunteer user) paired with a mentee; the mentor accepts or declines. */
@ObjectType()
@Entity({ name: 'mentorship' })
@Index('mentorship_open_pair_key', ['mentorUserId', 'menteePersonId'], { unique: true, where: `status IN ('REQUESTED', 'ACTIVE')` })
@Index('mentorship_mentee_idx', ['menteePersonId'])
@Check('mentorship_status_check', `status IN ('REQUESTED', 'ACTIVE', 'DECLINED', 'EXPIRED', 'COMPLETED', 'CANCELLED')`)
export class Mentorship {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field(() => ID)
  @Column({ name: 'mentor_user_id', type: 'uuid' })
  mentorUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentor_user_id', foreignKeyConstraintName: 'mentorship_mentor_user_id_fkey' })
  mentor?: User;

  @Field(() => ID)
  @Column({ name: 'mentee_person_id', type: 'uuid' })
  menteePersonId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentee_person_id', foreignKeyConstraintName: 'mentorship_mentee_person_id_fkey' })
  mentee?: Person;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'program_id', type: 'uuid', nullable: true })
  programId: string | null;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'mentorship_program_id_fkey' })
  program?: Program;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  goals: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => MentorshipStatus)
  @Column({ type: 'text', default: MentorshipStatus.REQUESTED })
  status: MentorshipStatus;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @Field(() => ID, { nullable: true, description: 'The declined or expired request this one follows (moved on automatically)' })
  @Column({ name: 'previous_request_id', type: 'uuid', nullable: true })
  previousRequestId: string | null;

  @ManyToOne(() => Mentorship, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'previous_request_id', foreignKeyConstraintName: 'mentorship_previous_request_id_fkey' })
  previousRequest?: Mentorship;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
