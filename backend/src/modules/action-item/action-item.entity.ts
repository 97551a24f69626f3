import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { Organization } from '../organization/organization.entity';
import { Venture } from '../venture/venture.entity';

export enum ActionOwnerKind {
  COACH = 'COACH',
  ENTREPRENEUR = 'ENTREPRENEUR',
}
registerEnumType(ActionOwnerKind, { name: 'ActionOwnerKind', description: 'Who has to do an action item: a coach (staff) or the entrepreneur.' });

export enum ActionItemStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });

export enum ActionSourceKind {
  SESSION = 'SESSION',
  DIAGNOSTIC = 'DIAGNOSTIC',
  OTHER = 'OTHER',
}
registerEnumType(ActionSourceKind, { name: 'ActionSourceKind', description: 'What produced an action item.' });

/** One task of a venture's action plan, for a coach or for the entrepreneur, with a due date. */
@ObjectType()
@Entity({ name: 'action_item' })
@Index('action_item_venture_id_idx', ['ventureId', 'dueOn'])
@Index('action_item_owner_user_id_idx', ['ownerUserId', 'status'])
@Check('action_item_title_check', `btrim(title) <> ''`)
@Check('action_item_owner_kind_check', `owner_kind IN ('COACH', 'ENTREPRENEUR')`)
@Check('action_item_owner_user_check', `owner_kind = 'COACH' OR owner_user_id IS NULL`)
@Check('action_item_status_check', `status IN ('OPEN', 'DONE', 'CANCELLED')`)
@Check('action_item_done_at_check', `(status = 'DONE') = (done_at IS NOT NULL)`)
@Check('action_item_source_check', `(source_kind IS NULL OR source_kind IN ('SESSION', 'DIAGNOSTIC', 'OTHER')) AND (source_id IS NULL OR source_kind IS NOT NULL)`)
export class ActionItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'action_item_organization_id_fkey' })
  organization?: Organization;

  @Field(() => ID)
  @Column({ name: 'venture_id', type: 'uuid' })
  ventureId: string;

  @ManyToOne(() => Venture, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'venture_id', foreignKeyConstraintName: 'action_item_venture_id_fkey' })
  venture?: Venture;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  details: string | null;

  @Field(() => ActionOwnerKind)
  @Column({ name: 'owner_kind', type: 'text' })
  ownerKind: ActionOwnerKind;

  @Field(() => ID, { nullable: true, description: 'The staff member who owns it (COACH items only)' })
  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_user_id', foreignKeyConstraintName: 'action_item_owner_user_id_fkey' })
  ownerUser?: User;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Field(() => ActionItemStatus)
  @Column({ type: 'text', default: ActionItemStatus.OPEN })
  status: ActionItemStatus;

  @Field(() => Date, { nullable: true, description: 'When it was ticked off (DONE only)' })
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Field(() => ActionSourceKind, { nullable: true })
  @Column({ name: 'source_kind', type: 'text', nullable: true })
  sourceKind: ActionSourceKind | null;

  @Field(() => ID, { nullable: true, description: 'The session or diagnostic that produced it' })
  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'action_item_created_by_fkey' })
  createdByUser?: User;

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
