import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Cooperative } from '../cooperative/cooperative.entity';
import { Organization } from '../organization/organization.entity';
import { Venture } from '../venture/venture.entity';
import { SessionKind, SessionMode, SessionStatus } from './session.enums';

/** One accompaniment activity: coaching, mentoring, a training with many participants… */
@ObjectType('Session')
@Entity({ name: 'coaching_session' })
@Index('coaching_session_organization_id_idx', ['organizationId', 'startsAt'])
@Index('coaching_session_venture_id_idx', ['ventureId'])
@Index('coaching_session_cooperative_id_idx', ['cooperativeId'])
@Index('coaching_session_done_idx', ['organizationId', 'kind', 'startsAt', 'endsAt'], { where: `status = 'DONE'` })
@Check('coaching_session_time_check', `ends_at > starts_at AND ends_at - starts_at <= interval '24 hours'`)
@Check('coaching_session_kind_check', `kind IN ('COACHING', 'MENTORING', 'TRAINING', 'TECHNICAL_ASSISTANCE', 'DIAGNOSTIC_VISIT', 'NETWORK_EVENT')`)
@Check('coaching_session_mode_check', `mode IN ('ON_SITE', 'PHONE', 'VIDEO')`)
@Check('coaching_session_status_check', `status IN ('PLANNED', 'DONE', 'CANCELLED', 'NO_SHOW')`)
@Check('coaching_session_capacity_check', `capacity IS NULL OR capacity > 0`)
export class CoachingSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'coaching_session_organization_id_fkey' })
  organization?: Organization;

  @Field(() => SessionKind)
  @Column({ type: 'text' })
  kind: SessionKind;

  @Field()
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Field()
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Field(() => SessionMode)
  @Column({ type: 'text', default: SessionMode.ON_SITE })
  mode: SessionMode;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Field(() => SessionStatus)
  @Column({ type: 'text', default: SessionStatus.PLANNED })
  status: SessionStatus;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'cooperative_id', type: 'uuid', nullable: true })
  cooperativeId: string | null;

  @ManyToOne(() => Cooperative, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cooperative_id', foreignKeyConstraintName: 'coaching_session_cooperative_id_fkey' })
  cooperative?: Cooperative;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'venture_id', type: 'uuid', nullable: true })
  ventureId: string | null;

  @ManyToOne(() => Venture, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'venture_id', foreignKeyConstraintName: 'coaching_session_venture_id_fkey' })
  venture?: Venture;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'next_steps', type: 'text', nullable: true })
  nextSteps: string | null;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  topics: string[];

  @Field(() => Int, { nullable: true, description: 'For trainings: places available' })
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Field(() => ID, { nullable: true, description: 'Sessions created together as a recurring series share it' })
  @Index('coaching_session_series_id_idx')
  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
