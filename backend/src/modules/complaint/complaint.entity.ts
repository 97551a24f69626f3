import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { User } from '../auth/user.entity';
import { Organization } from '../organization/organization.entity';
import { Person } from '../person/person.entity';
import { Program } from '../program/program.entity';
import { CoachingSession } from '../session/session.entity';

export enum ComplaintChannel {
  SELF = 'SELF',
  PHONE = 'PHONE',
  VISIT = 'VISIT',
  PAPER_FORM = 'PAPER_FORM',
}
registerEnumType(ComplaintChannel, {
  name: 'ComplaintChannel',
  description: 'SELF: filed by the entrepreneur herself; else how staff received it on her behalf.',
});

export enum ComplaintCategory {
  COACHING_QUALITY = 'COACHING_QUALITY',
  TRAINING = 'TRAINING',
  PAYMENT_OR_GRANT = 'PAYMENT_OR_GRANT',
  DISCRIMINATION_OR_ABUSE = 'DISCRIMINATION_OR_ABUSE',
  DATA_PRIVACY = 'DATA_PRIVACY',
  OTHER = 'OTHER',
}
registerEnumType(ComplaintCategory, {
  name: 'ComplaintCategory',
  description: 'DISCRIMINATION_OR_ABUSE is sensitive: only admins and the safeguarding focal point see it.',
});

/** Sensitive categories: visible only to admins and routed to the safeguarding focal point. */
export const SENSITIVE_CATEGORIES: readonly ComplaintCategory[] = [ComplaintCategory.DISCRIMINATION_OR_ABUSE];

export enum ComplaintStatus {
  RECEIVED = 'RECEIVED',
  IN_REVIEW = 'IN_REVIEW',
  RESOLVED = 'RESOLVED',
  REJECTED = 'REJECTED',
  REFERRED = 'REFERRED',
}
registerEnumType(ComplaintStatus, { name: 'ComplaintStatus', description: 'RECEIVED → IN_REVIEW → RESOLVED | REJECTED | REFERRED' });

export const OPEN_STATUSES: readonly ComplaintStatus[] = [ComplaintStatus.RECEIVED, ComplaintStatus.IN_REVIEW];
export const DECIDED_STATUSES: readonly ComplaintStatus[] = [ComplaintStatus.RESOLVED, ComplaintStatus.REJECTED, ComplaintStatus.REFERRED];

/**
 * A complaint (réclamation) from a beneficiary. The complainant (`person_id`) and who filed it
 * (`filed_by`) are always recorded; when `anonymous`, only admins (and she herself) see them.
 */
@ObjectType()
@Entity({ name: 'complaint' })
@Index('complaint_organization_status_idx', ['organizationId', 'status'])
@Index('complaint_person_id_idx', ['personId'])
@Index('complaint_status_due_idx', ['status', 'dueAt'])
@Check('complaint_channel_check', `channel IN ('SELF', 'PHONE', 'VISIT', 'PAPER_FORM')`)
@Check(
  'complaint_category_check',
  `category IN ('COACHING_QUALITY', 'TRAINING', 'PAYMENT_OR_GRANT', 'DISCRIMINATION_OR_ABUSE', 'DATA_PRIVACY', 'OTHER')`,
)
@Check('complaint_status_check', `status IN ('RECEIVED', 'IN_REVIEW', 'RESOLVED', 'REJECTED', 'REFERRED')`)
@Check('complaint_first_status_check', `first_status IS NULL OR first_status IN ('RESOLVED', 'REJECTED', 'REFERRED')`)
@Check('complaint_escalation_level_check', `escalation_level BETWEEN 0 AND 2`)
@Check('complaint_decision_check', `(status IN ('RESOLVED', 'REJECTED', 'REFERRED')) = (decision IS NOT NULL AND decided_at IS NOT NULL)`)
@Check('complaint_appeal_check', `(appealed_at IS NULL) = (first_status IS NULL)`)
export class Complaint {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'complaint_organization_id_fkey' })
  organization?: Organization;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'complaint_person_id_fkey' })
  person?: Person;

  @Column({ name: 'filed_by', type: 'uuid', nullable: true })
  filedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'filed_by', foreignKeyConstraintName: 'complaint_filed_by_fkey' })
  filedByUser?: User;

  @Field(() => ComplaintChannel)
  @Column({ type: 'text' })
  channel: ComplaintChannel;

  @Field({ description: 'Her identity is hidden from everyone but admins (and herself)' })
  @Column({ type: 'boolean', default: false })
  anonymous: boolean;

  @Field(() => ComplaintCategory)
  @Column({ type: 'text' })
  category: ComplaintCategory;

  @Field()
  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  @ManyToOne(() => CoachingSession, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'complaint_session_id_fkey' })
  session?: CoachingSession;

  @Column({ name: 'coach_user_id', type: 'uuid', nullable: true })
  coachUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'coach_user_id', foreignKeyConstraintName: 'complaint_coach_user_id_fkey' })
  coachUser?: User;

  @Column({ name: 'program_id', type: 'uuid', nullable: true })
  programId: string | null;

  @ManyToOne(() => Program, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'complaint_program_id_fkey' })
  program?: Program;

  @Field(() => ComplaintStatus)
  @Column({ type: 'text', default: ComplaintStatus.RECEIVED })
  status: ComplaintStatus;

  @Column({ name: 'assignee_user_id', type: 'uuid', nullable: true })
  assigneeUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_user_id', foreignKeyConstraintName: 'complaint_assignee_user_id_fkey' })
  assigneeUser?: User;

  @Field({ description: 'When a decision is due (the category’s deadline from filing, or from the appeal)' })
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Field(() => Int, { description: '0: not escalated; 1: the programme lead was told; 2: the admins were told' })
  @Column({ name: 'escalation_level', type: 'integer', default: 0 })
  escalationLevel: number;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The written decision sent to her' })
  @Column({ type: 'text', nullable: true })
  decision: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'complaint_decided_by_fkey' })
  decidedByUser?: User;

  @Field(() => ComplaintStatus, { nullable: true, description: 'After an appeal: the status of the first decision' })
  @Column({ name: 'first_status', type: 'text', nullable: true })
  firstStatus: ComplaintStatus | null;

  @Field(() => String, { nullable: true, description: 'After an appeal: the first decision' })
  @Column({ name: 'first_decision', type: 'text', nullable: true })
  firstDecision: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'appeal_reason', type: 'text', nullable: true })
  appealReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'appealed_at', type: 'timestamptz', nullable: true })
  appealedAt: Date | null;

  @Field(() => Int, { description: 'Send it back with an update: a stale version answers CONFLICT.' })
  @VersionColumn({ default: 1 })
  version: number;

  @Field({ description: 'When it was received' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType()
@Entity({ name: 'complaint_attachment' })
@Index('complaint_attachment_complaint_id_idx', ['complaintId'])
@Check('complaint_attachment_content_type_check', `content_type IN ('application/pdf', 'image/jpeg', 'image/png')`)
@Check('complaint_attachment_size_check', `size_bytes BETWEEN 1 AND 5242880`)
export class ComplaintAttachment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'complaint_attachment_organization_id_fkey' })
  organization?: Organization;

  @Column({ name: 'complaint_id', type: 'uuid' })
  complaintId: string;

  @ManyToOne(() => Complaint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'complaint_id', foreignKeyConstraintName: 'complaint_attachment_complaint_id_fkey' })
  complaint?: Complaint;

  @Field()
  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Field()
  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Field(() => Int)
  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'complaint_attachment_uploaded_by_fkey' })
  uploadedByUser?: User;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Organisation settings for complaints: deadline (days) per category, the safeguarding focal point. */
@Entity({ name: 'complaint_setting' })
export class ComplaintSetting {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'complaint_setting_organization_id_fkey' })
  organization?: Organization;

  @Column({ name: 'deadline_days', type: 'jsonb' })
  deadlineDays: Partial<Record<ComplaintCategory, number>>;

  @Column({ name: 'safeguarding_user_id', type: 'uuid', nullable: true })
  safeguardingUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'safeguarding_user_id', foreignKeyConstraintName: 'complaint_setting_safeguarding_user_id_fkey' })
  safeguardingUser?: User;

  @VersionColumn({ default: 1 })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A participant's rating (1–5) of a session or training she took part in; one per session and person. */
@Entity({ name: 'satisfaction_rating' })
@Index('satisfaction_rating_session_person_key', ['sessionId', 'personId'], { unique: true })
@Index('satisfaction_rating_person_id_idx', ['personId'])
@Check('satisfaction_rating_rating_check', `rating BETWEEN 1 AND 5`)
export class SatisfactionRating {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'satisfaction_rating_organization_id_fkey' })
  organization?: Organization;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => CoachingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'satisfaction_rating_session_id_fkey' })
  session?: CoachingSession;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'satisfaction_rating_person_id_fkey' })
  person?: Person;

  @Column({ type: 'integer' })
  rating: number;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
