import { DiagnosticGrid } from '../modules/diagnostic/diagnostic-grid.entity';
import { Diagnostic } from '../modules/diagnostic/diagnostic.entity';
import { DiagnosticAnswer } from '../modules/diagnostic/diagnostic-answer.entity';
import { AuthSession } from '../modules/auth/auth-session.entity';
import { User } from '../modules/auth/user.entity';
import { Organization } from '../modules/organization/organization.entity';
import { Region } from '../modules/reference/region.entity';
import { Province } from '../modules/reference/province.entity';
import { ValueChain } from '../modules/value-chain/value-chain.entity';
import { Partner } from '../modules/partner/partner.entity';
import { EnrolmentCoach } from '../modules/enrolment/enrolment-coach.entity';
import { Enrolment } from '../modules/enrolment/enrolment.entity';
import { Person } from '../modules/person/person.entity';
import { CoachProfile } from '../modules/coach/coach-profile.entity';
import { EnrolmentStatusChange } from '../modules/enrolment/enrolment-status-change.entity';
import { CooperativeMember } from '../modules/cooperative/cooperative-member.entity';
import { Cooperative } from '../modules/cooperative/cooperative.entity';
import { Cohort } from '../modules/program/cohort.entity';
import { ProgramLead } from '../modules/program/program-lead.entity';
import { Program } from '../modules/program/program.entity';
import { Mentorship } from '../modules/mentorship/mentorship.entity';
import { Notification } from '../modules/notification/notification.entity';
import { CalendarFeed } from '../modules/session/calendar-feed.entity';
import { SessionCoach } from '../modules/session/session-coach.entity';
import { SessionParticipant } from '../modules/session/session-participant.entity';
import { CoachingSession } from '../modules/session/session.entity';
import { StageCriterion } from '../modules/venture/stage-criterion.entity';
import { VentureStageChange } from '../modules/venture/venture-stage-change.entity';
import { Venture } from '../modules/venture/venture.entity';
import { ProgramTarget } from '../modules/program/program-target.entity';
import { ActionItem } from '../modules/action-item/action-item.entity';
import { EconomicResult } from '../modules/economic-result/economic-result.entity';
import { Referral } from '../modules/referral/referral.entity';
import { ImportRun } from '../modules/import/import-run.entity';
import { FollowUp } from '../modules/follow-up/follow-up.entity';
import { AuditLog, AuditSeal } from '../modules/audit/audit-log.entity';
import { ProgramPartner } from '../modules/program/program-partner.entity';
import { IdempotencyKey } from '../modules/idempotency/idempotency-key.entity';
import { UserTwoFactor } from '../modules/auth/two-factor.entity';
import { PasswordResetToken } from '../modules/auth/password-reset-token.entity';

/** Every TypeORM entity. Migrations must produce exactly these tables (a test checks for drift). */

import { PersonDuplicateDismissal } from '../modules/data-quality/person-duplicate-dismissal.entity';
import { Complaint, ComplaintAttachment, ComplaintSetting, SatisfactionRating } from '../modules/complaint/complaint.entity';
import { DiagnosticEvidenceFile } from '../modules/diagnostic/diagnostic-evidence-file.entity';

export const entities = [
  PersonDuplicateDismissal,
  Organization,
  User,
  AuthSession,
  Region,
  Province,
  ValueChain,
  Partner,
  Program,
  ProgramLead,
  Cohort,
  Person,
  Enrolment,
  EnrolmentCoach,
  Cooperative,
  CooperativeMember,
  CoachProfile,
  EnrolmentStatusChange,
  ProgramTarget,
  Venture,
  VentureStageChange,
  StageCriterion,
  CoachingSession,
  SessionCoach,
  SessionParticipant,
  CalendarFeed,
  Mentorship,
  Notification,
  ActionItem,
  EconomicResult,
  Referral,
  FollowUp,
  AuditLog,
  AuditSeal,
  ProgramPartner,
  ImportRun,
  DiagnosticGrid,
  Diagnostic,
  DiagnosticAnswer,
  Complaint,
  ComplaintAttachment,
  ComplaintSetting,
  SatisfactionRating,
  IdempotencyKey,
  DiagnosticEvidenceFile,
  UserTwoFactor,
  PasswordResetToken,
];
