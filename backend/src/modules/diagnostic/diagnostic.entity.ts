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
import { User } from '../auth/user.entity';
import { Cooperative } from '../cooperative/cooperative.entity';
import { Organization } from '../organization/organization.entity';
import { Venture } from '../venture/venture.entity';
import { DiagnosticGrid } from './diagnostic-grid.entity';
import { DiagnosticKind, DiagnosticStatus } from './diagnostic.types';

/** One diagnostic of a cooperative or a venture against one grid revision. */
@ObjectType()
@Entity({ name: 'diagnostic' })
@Index('diagnostic_cooperative_id_idx', ['cooperativeId', 'conductedOn'])
@Index('diagnostic_venture_id_idx', ['ventureId', 'conductedOn'])
@Index('diagnostic_grid_id_idx', ['gridId'])
@Check('diagnostic_subject_check', `(cooperative_id IS NULL) <> (venture_id IS NULL)`)
@Check('diagnostic_kind_check', `kind IN ('BASELINE', 'FOLLOW_UP')`)
@Check('diagnostic_status_check', `status IN ('DRAFT', 'FINAL', 'SUPERSEDED')`)
@Check('diagnostic_final_check', `(status = 'DRAFT') = (finalised_at IS NULL)`)
export class Diagnostic {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'diagnostic_organization_id_fkey' })
  organization?: Organization;

  @Field(() => ID)
  @Column({ name: 'grid_id', type: 'uuid' })
  gridId: string;

  @ManyToOne(() => DiagnosticGrid, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grid_id', foreignKeyConstraintName: 'diagnostic_grid_id_fkey' })
  grid?: DiagnosticGrid;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'cooperative_id', type: 'uuid', nullable: true })
  cooperativeId: string | null;

  @ManyToOne(() => Cooperative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cooperative_id', foreignKeyConstraintName: 'diagnostic_cooperative_id_fkey' })
  cooperative?: Cooperative;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'venture_id', type: 'uuid', nullable: true })
  ventureId: string | null;

  @ManyToOne(() => Venture, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'venture_id', foreignKeyConstraintName: 'diagnostic_venture_id_fkey' })
  venture?: Venture;

  @Field(() => DiagnosticKind)
  @Column({ type: 'text' })
  kind: DiagnosticKind;

  @Field(() => DiagnosticStatus)
  @Column({ type: 'text', default: DiagnosticStatus.DRAFT })
  status: DiagnosticStatus;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ name: 'conducted_on', type: 'date' })
  conductedOn: string;

  @Column({ name: 'coach_user_id', type: 'uuid', nullable: true })
  coachUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'coach_user_id', foreignKeyConstraintName: 'diagnostic_coach_user_id_fkey' })
  coachUser?: User;

  @Field(() => ID, { nullable: true, description: 'The final diagnostic this one corrects' })
  @Column({ name: 'corrects_id', type: 'uuid', nullable: true })
  correctsId: string | null;

  @ManyToOne(() => Diagnostic, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'corrects_id', foreignKeyConstraintName: 'diagnostic_corrects_id_fkey' })
  corrects?: Diagnostic;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'finalised_at', type: 'timestamptz', nullable: true })
  finalisedAt: Date | null;

  @Column({ name: 'finalised_by', type: 'uuid', nullable: true })
  finalisedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'finalised_by', foreignKeyConstraintName: 'diagnostic_finalised_by_fkey' })
  finalisedByUser?: User;

  /** Overall score 0–100 (docs/indicators.md), kept when finalised (GraphQL: the resolver's overallScore). */
  @Column({ name: 'overall_score', type: 'double precision', nullable: true })
  overallScore: number | null;

  /** Dimension key → score 0–100 (null: nothing answered), kept when finalised. */
  @Column({ name: 'dimension_scores', type: 'jsonb', nullable: true })
  dimensionScores: Record<string, number | null> | null;

  @Field(() => Int, { description: 'Send it back with finalise: a stale version answers CONFLICT.' })
  @VersionColumn({ default: 1 })
  version: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
