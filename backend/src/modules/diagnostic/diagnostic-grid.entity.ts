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
import { Organization } from '../organization/organization.entity';
import { DiagnosticSubjectKind, GridDimension, Texts } from './diagnostic.types';

/**
 * One revision of a diagnostic grid. A grid is edited in place until a diagnostic uses it; then an
 * edit creates the next revision (same lineage) and the used one stays as it was.
 */
@ObjectType()
@Entity({ name: 'diagnostic_grid' })
@Index('diagnostic_grid_lineage_revision_key', ['lineageId', 'revision'], { unique: true })
@Index('diagnostic_grid_organization_id_idx', ['organizationId', 'isCurrent'])
@Check('diagnostic_grid_subject_kind_check', `subject_kind IN ('COOPERATIVE', 'VENTURE')`)
@Check('diagnostic_grid_revision_check', `revision >= 1`)
@Check('diagnostic_grid_name_check', `btrim(name_fr) <> '' OR btrim(name_ar) <> '' OR btrim(name_en) <> ''`)
export class DiagnosticGrid {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'diagnostic_grid_organization_id_fkey' })
  organization?: Organization;

  @Field(() => ID, { description: 'The same for every revision of a grid' })
  @Column({ name: 'lineage_id', type: 'uuid' })
  lineageId: string;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  revision: number;

  @Field({ description: 'The latest revision of its lineage (the one new diagnostics use)' })
  @Column({ name: 'is_current', type: 'boolean', default: true })
  isCurrent: boolean;

  @Field(() => DiagnosticSubjectKind)
  @Column({ name: 'subject_kind', type: 'text' })
  subjectKind: DiagnosticSubjectKind;

  @Column({ name: 'name_fr', type: 'text', default: '' })
  nameFr: string;

  @Column({ name: 'name_ar', type: 'text', default: '' })
  nameAr: string;

  @Column({ name: 'name_en', type: 'text', default: '' })
  nameEn: string;

  @Field(() => [GridDimension])
  @Column({ type: 'jsonb' })
  dimensions: GridDimension[];

  @Field(() => Date, { nullable: true })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'diagnostic_grid_created_by_fkey' })
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

  name(): Texts {
    return { fr: this.nameFr, ar: this.nameAr, en: this.nameEn };
  }
}
