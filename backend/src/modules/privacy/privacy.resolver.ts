import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { Actor } from '../../common/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { PrivacyService } from './privacy.service';
import { ComplianceRecord, ComplianceRecordInput, ConsentNotice, ConsentNoticeInput, ErasureOutcome, RetentionRun } from './privacy.types';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH)
  @Query(() => ConsentNotice, { nullable: true, description: "The organisation's current consent notice (ar/fr/en), to read to a person before recording her consent." })
  consentNotice(@CurrentActor() actor: Actor): Promise<ConsentNotice | null> {
    return this.privacy.currentConsentNotice(actor);
  }

  @Allow(Role.ADMIN)
  @Query(() => [ConsentNotice], { description: 'Every version of the consent notice, newest first.' })
  consentNotices(@CurrentActor() actor: Actor): Promise<ConsentNotice[]> {
    return this.privacy.consentNotices(actor);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ConsentNotice, { description: 'Publishes a new version of the consent notice; earlier versions stay.' })
  publishConsentNotice(@CurrentActor() actor: Actor, @Args('input') input: ConsentNoticeInput): Promise<ConsentNotice> {
    return this.privacy.publishConsentNotice(actor, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ErasureOutcome, {
    description:
      'Erases a person: pseudonymised everywhere, anonymous counts kept for indicators, audited. `confirmation` is her full name as shown.',
  })
  async erasePerson(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('confirmation') confirmation: string,
  ): Promise<ErasureOutcome> {
    const result = await this.privacy.erase(actor, id, confirmation.slice(0, 500));
    return { ...result, rewritten: Object.entries(result.rewritten).map(([table, count]) => ({ table, count })) };
  }

  @Allow(Role.ADMIN)
  @Query(() => ComplianceRecord, { description: 'Data-protection declarations, hosting, processors and retention schedule.' })
  complianceRecord(@CurrentActor() actor: Actor): Promise<ComplianceRecord> {
    return this.privacy.complianceRecord(actor);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ComplianceRecord)
  updateComplianceRecord(@CurrentActor() actor: Actor, @Args('input') input: ComplianceRecordInput): Promise<ComplianceRecord> {
    return this.privacy.updateComplianceRecord(actor, input);
  }

  @Allow(Role.ADMIN)
  @Query(() => [RetentionRun], { description: 'What the nightly retention runs pseudonymised, newest first.' })
  retentionRuns(@CurrentActor() actor: Actor, @Args('first', { type: () => Int, defaultValue: 20 }) first: number): Promise<RetentionRun[]> {
    return this.privacy.retentionRuns(actor, Math.min(Math.max(first, 1), 100));
  }
}
