import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { Organization } from '../organization/organization.entity';

export enum ImportRunStatus {
  RUNNING = 'RUNNING',
  /** Written (or, for a dry run, would be). */
  SUCCEEDED = 'SUCCEEDED',
  /** Rows were refused, nothing written. */
  REJECTED = 'REJECTED',
  FAILED = 'FAILED',
}
registerEnumType(ImportRunStatus, { name: 'ImportRunStatus' });

export interface ImportRunReport {
  /** Problems by row and column (the first 1,000). */
  errors?: { row: number; column: string; reason: string }[];
  /** File columns the format does not know, ignored. */
  ignoredColumns?: string[];
}

/** One import of a spreadsheet: who, when, which file, its counts, progress and problems. */
@ObjectType()
@Entity({ name: 'import_run' })
@Index('import_run_organization_idx', ['organizationId', 'startedAt'])
@Check('import_run_kind_check', `kind IN ('PEOPLE')`)
@Check('import_run_status_check', `status IN ('RUNNING', 'SUCCEEDED', 'REJECTED', 'FAILED')`)
export class ImportRun {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'import_run_organization_id_fkey' })
  organization?: Organization;

  /** Who ran it; null for the command line. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'import_run_user_id_fkey' })
  user?: User;

  @Field()
  @Column({ type: 'text', default: 'PEOPLE' })
  kind: string;

  @Field()
  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Field(() => ImportRunStatus)
  @Column({ type: 'text', default: ImportRunStatus.RUNNING })
  status: ImportRunStatus;

  @Field()
  @Column({ name: 'dry_run', type: 'boolean', default: false })
  dryRun: boolean;

  @Field()
  @Column({ name: 'skip_invalid', type: 'boolean', default: false })
  skipInvalid: boolean;

  @Field(() => Float, { description: 'Share of the file read, 0 to 1' })
  @Column({ type: 'real', default: 0 })
  progress: number;

  @Field(() => Int)
  @Column({ name: 'total_rows', type: 'integer', default: 0 })
  totalRows: number;

  @Field(() => Int)
  @Column({ name: 'created_count', type: 'integer', default: 0 })
  createdCount: number;

  @Field(() => Int)
  @Column({ name: 'updated_count', type: 'integer', default: 0 })
  updatedCount: number;

  @Field(() => Int)
  @Column({ name: 'unchanged_count', type: 'integer', default: 0 })
  unchangedCount: number;

  @Field(() => Int, { description: 'Rows refused' })
  @Column({ name: 'rejected_count', type: 'integer', default: 0 })
  rejectedCount: number;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  report: ImportRunReport;

  @Field()
  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
