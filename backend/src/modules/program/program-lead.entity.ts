import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { Program } from './program.entity';

/** Which programme leads lead which programme (they manage those; they read the others). */
@Entity({ name: 'program_lead' })
@Index('program_lead_user_id_idx', ['userId'])
export class ProgramLead {
  @PrimaryColumn({ name: 'program_id', type: 'uuid', primaryKeyConstraintName: 'program_lead_pkey' })
  programId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'program_lead_pkey' })
  userId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Program, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'program_lead_program_id_fkey' })
  program?: Program;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'program_lead_user_id_fkey' })
  user?: User;
}
