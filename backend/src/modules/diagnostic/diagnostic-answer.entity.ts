import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
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
import { Diagnostic } from './diagnostic.entity';

/** The answer to one question of a diagnostic, with the coach's comment and evidence. */
@ObjectType()
@Entity({ name: 'diagnostic_answer' })
@Index('diagnostic_answer_question_key', ['diagnosticId', 'questionKey'], { unique: true })
export class DiagnosticAnswer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'diagnostic_answer_organization_id_fkey' })
  organization?: Organization;

  @Field(() => ID)
  @Column({ name: 'diagnostic_id', type: 'uuid' })
  diagnosticId: string;

  @ManyToOne(() => Diagnostic, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'diagnostic_id', foreignKeyConstraintName: 'diagnostic_answer_diagnostic_id_fkey' })
  diagnostic?: Diagnostic;

  @Field()
  @Column({ name: 'question_key', type: 'text' })
  questionKey: string;

  @Field(() => Float, { nullable: true, description: 'SCALE 0–4, YES_NO 1/0, NUMBER the figure; null: not answered yet' })
  @Column({ type: 'double precision', nullable: true })
  value: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Field(() => String, { nullable: true, description: 'What was seen: a document, a register, a link' })
  @Column({ type: 'text', nullable: true })
  evidence: string | null;

  @Column({ name: 'answered_by', type: 'uuid', nullable: true })
  answeredBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'answered_by', foreignKeyConstraintName: 'diagnostic_answer_answered_by_fkey' })
  answeredByUser?: User;

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
