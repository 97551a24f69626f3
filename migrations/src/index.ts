import { Foundation1763769600000 } from './1763769600000-Foundation';
import { ProvincesValueChainsPartners1763856000000 } from './1763856000000-ProvincesValueChainsPartners';
import { People1763856100000 } from './1763856100000-People';
import { CooperativesCoaches1763856200000 } from './1763856200000-CooperativesCoaches';
import { ProgramTargets1763856300000 } from './1763856300000-ProgramTargets';
import { Ventures1763942400000 } from './1763942400000-Ventures';
import { ActionsResultsReferrals1763942500000 } from './1763942500000-ActionsResultsReferrals';
import { Sessions1764028800000 } from './1764028800000-Sessions';
import { Mentorships1764028900000 } from './1764028900000-Mentorships';
import { AvailabilitySeries1764029000000 } from './1764029000000-AvailabilitySeries';
import { StallThreshold1764029100000 } from './1764029100000-StallThreshold';
import { Notifications1764029200000 } from './1764029200000-Notifications';
import { TrainingWaitlist1764200000000 } from './1764200000000-TrainingWaitlist';
import { CoachProvinces1764200100000 } from './1764200100000-CoachProvinces';
import { MentorRequestChain1764200200000 } from './1764200200000-MentorRequestChain';
import { ImportRuns1764300000000 } from './1764300000000-ImportRuns';
import { PersonBirthDateIndex1764300100000 } from './1764300100000-PersonBirthDateIndex';
import { ImpactSummary1764400000000 } from './1764400000000-ImpactSummary';
import { FollowUps1764500000000 } from './1764500000000-FollowUps';
import { AuditTrail1764500100000 } from './1764500100000-AuditTrail';
import { ProgramPartners1764500200000 } from './1764500200000-ProgramPartners';
import { PersonDuplicates1764600000000 } from './1764600000000-PersonDuplicates';
import { OrganizationTimeZone1764760000000 } from './1764760000000-OrganizationTimeZone';
import { Diagnostics1764700000000 } from './1764700000000-Diagnostics';
import { Complaints1764710000000 } from './1764710000000-Complaints';
import { ConsentRightsCompliance1764720000000 } from './1764720000000-ConsentRightsCompliance';
import { IdempotencyKeys1764730000000 } from './1764730000000-IdempotencyKeys';
import { DiagnosticEvidenceFiles1764790000000 } from './1764790000000-DiagnosticEvidenceFiles';
import { ConsentWithdrawal1764800000000 } from './1764800000000-ConsentWithdrawal';
import { TwoFactor1764830000000 } from './1764830000000-TwoFactor';
import { ImpactIndexes1764840000000 } from './1764840000000-ImpactIndexes';
import { AuditRowInsertPath1764850000000 } from './1764850000000-AuditRowInsertPath';
import { PasswordResetTokens1764860000000 } from './1764860000000-PasswordResetTokens';
import { ImpactSummaryFreshness1764870000000 } from './1764870000000-ImpactSummaryFreshness';
import { ImpactSnapshots1764900000000 } from './1764900000000-ImpactSnapshots';

/** Every migration, oldest first. A new migration is added here as well as in its own file. */
export const migrations = [
  Foundation1763769600000,
  ProvincesValueChainsPartners1763856000000,
  People1763856100000,
  CooperativesCoaches1763856200000,
  ProgramTargets1763856300000,
  Ventures1763942400000,
  ActionsResultsReferrals1763942500000,
  Sessions1764028800000,
  Mentorships1764028900000,
  AvailabilitySeries1764029000000,
  StallThreshold1764029100000,
  Notifications1764029200000,
  TrainingWaitlist1764200000000,
  CoachProvinces1764200100000,
  MentorRequestChain1764200200000,
  ImportRuns1764300000000,
  PersonBirthDateIndex1764300100000,
  ImpactSummary1764400000000,
  FollowUps1764500000000,
  AuditTrail1764500100000,
  ProgramPartners1764500200000,
  PersonDuplicates1764600000000,
  Diagnostics1764700000000,
  Complaints1764710000000,
  ConsentRightsCompliance1764720000000,
  IdempotencyKeys1764730000000,
  OrganizationTimeZone1764760000000,
  DiagnosticEvidenceFiles1764790000000,
  ConsentWithdrawal1764800000000,
  TwoFactor1764830000000,
  ImpactIndexes1764840000000,
  AuditRowInsertPath1764850000000,
  PasswordResetTokens1764860000000,
  ImpactSummaryFreshness1764870000000,
  ImpactSnapshots1764900000000,
];
