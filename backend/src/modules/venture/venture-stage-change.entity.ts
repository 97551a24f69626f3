import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Stage } from '@rafiq/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { Venture } from './venture.entity';

/** One move of a venture on its journey (forward or back), with who, when, why and the evidence. */
@ObjectType()
@Entity({ name: 'venture_stage_change' })
@Index('venture_stage_change_venture_id_idx', ['ventureId', 'changedOn'])
export class VentureStageChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'venture_id', type: 'uuid' })
  ventureId: string;

  @ManyToOne(() => Venture, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'venture_id', foreignKeyConstraintName: 'venture_stage_change_venture_id_fkey' })
  venture?: Venture;

  @Field(() => Stage, { nullable: true, description: 'Null for the first stage' })
  @Column({ name: 'from_stage', type: 'text', nullable: true })
  fromStage: Stage | null;

  @Field(() => Stage)
  @Column({ name: 'to_stage', type: 'text' })
  toStage: Stage;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ name: 'changed_on', type: 'date' })
  changedOn: string;

  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'changed_by', foreignKeyConstraintName: 'venture_stage_change_changed_by_fkey' })
  changedByUser?: User;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'What shows the step: a document name or link, a record' })
  @Column({ type: 'text', nullable: true })
  evidence: string | null;

  @Field(() => [ID], { description: 'The stage criteria that were met' })
  @Column({ name: 'criteria_met', type: 'text', array: true, default: () => `'{}'` })
  criteriaMet: string[];

  @Field(() => String, { nullable: true, description: 'Why the move was made without meeting every criterion' })
  @Column({ type: 'text', nullable: true })
  justification: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
