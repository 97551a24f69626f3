import { Check, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, Column } from 'typeorm';
import { User } from '../auth/user.entity';
import { Organization } from '../organization/organization.entity';
import { Person } from '../person/person.entity';

/** A pair of people reviewed as "not a duplicate" (ids in ascending order): no longer listed. */
@Entity({ name: 'person_duplicate_dismissal' })
@Check('person_duplicate_dismissal_order_check', `person_id < other_person_id`)
export class PersonDuplicateDismissal {
  @PrimaryColumn({ name: 'person_id', type: 'uuid', primaryKeyConstraintName: 'person_duplicate_dismissal_pkey' })
  personId: string;

  @PrimaryColumn({ name: 'other_person_id', type: 'uuid', primaryKeyConstraintName: 'person_duplicate_dismissal_pkey' })
  otherPersonId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'person_duplicate_dismissal_person_id_fkey' })
  person?: Person;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'other_person_id', foreignKeyConstraintName: 'person_duplicate_dismissal_other_person_id_fkey' })
  otherPerson?: Person;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'person_duplicate_dismissal_organization_id_fkey' })
  organization?: Organization;

  @Column({ name: 'dismissed_by', type: 'uuid', nullable: true })
  dismissedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'dismissed_by', foreignKeyConstraintName: 'person_duplicate_dismissal_dismissed_by_fkey' })
  dismissedByUser?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
