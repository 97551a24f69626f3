import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { Organization } from '../organization/organization.entity';
import { Diagnostic } from './diagnostic.entity';

/** A file shown as evidence for one answer of a diagnostic (a photo of the members register, a PDF). */
@ObjectType({ description: 'Download at /api/diagnostics/evidence/{id}' })
@Entity({ name: 'diagnostic_evidence_file' })
@Index('diagnostic_evidence_file_diagnostic_id_idx', ['diagnosticId', 'questionKey'])
@Check('diagnostic_evidence_file_content_type_check', `content_type IN ('application/pdf', 'image/jpeg', 'image/png')`)
@Check('diagnostic_evidence_file_size_check', `size_bytes BETWEEN 1 AND 5242880`)
export class DiagnosticEvidenceFile {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'diagnostic_evidence_file_organization_id_fkey' })
  organization?: Organization;

  @Column({ name: 'diagnostic_id', type: 'uuid' })
  diagnosticId: string;

  @ManyToOne(() => Diagnostic, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'diagnostic_id', foreignKeyConstraintName: 'diagnostic_evidence_file_diagnostic_id_fkey' })
  diagnostic?: Diagnostic;

  @Field({ description: 'The question of the grid it is evidence for' })
  @Column({ name: 'question_key', type: 'text' })
  questionKey: string;

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
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'diagnostic_evidence_file_uploaded_by_fkey' })
  uploadedByUser?: User;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
