import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { moneyTransformer } from '../../common/money';
import { User } from '../auth/user.entity';
import { Organization } from '../organization/organization.entity';
import { Partner } from '../partner/partner.entity';
import { Venture } from '../venture/venture.entity';

export enum ReferralKind {
  LOAN = 'LOAN',
  BUYER = 'BUYER',
  FAIR = 'FAIR',
  TRAINING = 'TRAINING',
  INCUBATION = 'INCUBATION',
  ADMINISTRATION = 'ADMINISTRATION',
  OTHER = 'OTHER',
}
registerEnumType(ReferralKind, { name: 'ReferralKind', description: 'What the venture is referred to a partner for.' });

export enum ReferralOutcome {
  PENDING = 'PENDING',
  LOAN_OBTAINED = 'LOAN_OBTAINED',
  CONTRACT_SIGNED = 'CONTRACT_SIGNED',
  FAIR_STAND = 'FAIR_STAND',
  CERTIFICATE = 'CERTIFICATE',
  DECLINED = 'DECLINED',
  OTHER = 'OTHER',
}
registerEnumType(ReferralOutcome, { name: 'ReferralOutcome', description: 'What came of a referral (a result of the accompaniment).' });

/** Network access: a venture referred to a partner (a lender, a buyer, a fair…), and what came of it. */
@ObjectType()
@Entity({ name: 'referral' })
@Index('referral_venture_id_idx', ['ventureId', 'referredOn'])
@Index('referral_partner_id_idx', ['partnerId'])
@Check('referral_kind_check', `kind IN ('LOAN', 'BUYER', 'FAIR', 'TRAINING', 'INCUBATION', 'ADMINISTRATION', 'OTHER')`)
@Check('referral_outcome_check', `outcome IN ('PENDING', 'LOAN_OBTAINED', 'CONTRACT_SIGNED', 'FAIR_STAND', 'CERTIFICATE', 'DECLINED', 'OTHER')`)
@Check('referral_outcome_on_check', `outcome_on IS NULL OR outcome_on >= referred_on`)
@Check('referral_amount_check', `amount IS NULL OR amount >= 0`)
export class Referral {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'referral_organization_id_fkey' })
  organization?: Organization;

  @Field(() => ID)
  @Column({ name: 'venture_id', type: 'uuid' })
  ventureId: string;

  @ManyToOne(() => Venture, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'venture_id', foreignKeyConstraintName: 'referral_venture_id_fkey' })
  venture?: Venture;

  @Field(() => ID)
  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'referral_partner_id_fkey' })
  partner?: Partner;

  @Field(() => ReferralKind)
  @Column({ type: 'text' })
  kind: ReferralKind;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ name: 'referred_on', type: 'date' })
  referredOn: string;

  @Field(() => ReferralOutcome)
  @Column({ type: 'text', default: ReferralOutcome.PENDING })
  outcome: ReferralOutcome;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; set once there is an outcome' })
  @Column({ name: 'outcome_on', type: 'date', nullable: true })
  outcomeOn: string | null;

  @Field(() => Float, { nullable: true, description: 'MAD, e.g. the loan obtained or the contract' })
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: moneyTransformer })
  amount: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'referral_created_by_fkey' })
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
