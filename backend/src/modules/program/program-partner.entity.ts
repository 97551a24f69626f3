import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Partner } from '../partner/partner.entity';
import { Program } from './program.entity';

/** The partners of a programme (funders, implementing partners, financial institutions…). */
@Entity({ name: 'program_partner' })
@Index('program_partner_partner_id_idx', ['partnerId'])
export class ProgramPartner {
  @PrimaryColumn({ name: 'program_id', type: 'uuid', primaryKeyConstraintName: 'program_partner_pkey' })
  programId: string;

  @PrimaryColumn({ name: 'partner_id', type: 'uuid', primaryKeyConstraintName: 'program_partner_pkey' })
  partnerId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Program, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'program_partner_program_id_fkey' })
  program?: Program;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'program_partner_partner_id_fkey' })
  partner?: Partner;
}
