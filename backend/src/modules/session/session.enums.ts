import { registerEnumType } from '@nestjs/graphql';

export enum SessionKind {
  COACHING = 'COACHING',
  MENTORING = 'MENTORING',
  TRAINING = 'TRAINING',
  TECHNICAL_ASSISTANCE = 'TECHNICAL_ASSISTANCE',
  DIAGNOSTIC_VISIT = 'DIAGNOSTIC_VISIT',
  NETWORK_EVENT = 'NETWORK_EVENT',
}
export enum SessionMode {
  ON_SITE = 'ON_SITE',
  PHONE = 'PHONE',
  VIDEO = 'VIDEO',
}
export enum SessionStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
  NO_SHOW = 'NO_SHOW',
}
export enum Attendance {
  PRESENT = 'PRESENT',
  EXCUSED = 'EXCUSED',
  ABSENT = 'ABSENT',
}
registerEnumType(SessionKind, { name: 'SessionKind' });
registerEnumType(SessionMode, { name: 'SessionMode' });
registerEnumType(SessionStatus, { name: 'SessionStatus' });
registerEnumType(Attendance, { name: 'Attendance', description: 'PRESENT, EXCUSED (excused absence), ABSENT (unexcused)' });

/** Planned and done sessions hold their coaches' time; cancelled and no-show ones free it. */
export const BLOCKING_STATUSES: readonly SessionStatus[] = [SessionStatus.PLANNED, SessionStatus.DONE];
