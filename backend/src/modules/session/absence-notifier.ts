import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationKind } from '../notification/notification.entity';
import { Notice, NotificationService } from '../notification/notification.service';
import { CoachingSession } from './session.entity';
import { ABSENCE_ALERT_THRESHOLD, absenceStreakSql } from './training.sql';

/** Watches unexcused absences in a row as attendance is logged. */
@Injectable()
export class AbsenceNotifier {
  constructor(private readonly notifications: NotificationService) {}

  /**
   * After attendance is logged: people now at the threshold of unexcused absences in a row — their
   * coaches (the session's and their assigned ones) are told, once per streak.
   */
  async afterAttendance(m: EntityManager, session: CoachingSession, absentIds: string[]): Promise<void> {
    if (!absentIds.length) return;
    const rows: Array<{ person_id: string; name: string; streak: number; first_id: string }> = await m.query(
      `SELECT p.id AS person_id, p.first_name || ' ' || p.last_name AS name, ${absenceStreakSql('p.id')} AS streak,
              (SELECT s.id FROM session_participant sp JOIN coaching_session s ON s.id = sp.session_id
                WHERE sp.person_id = p.id AND s.status = 'DONE' AND sp.attendance = 'ABSENT' AND NOT sp.waitlisted
                  AND NOT EXISTS (SELECT 1 FROM session_participant sp2 JOIN coaching_session s2 ON s2.id = sp2.session_id
                                   WHERE sp2.person_id = p.id AND s2.status = 'DONE' AND sp2.attendance IN ('PRESENT', 'EXCUSED') AND NOT sp2.waitlisted
                                     AND (s2.starts_at, s2.id) > (s.starts_at, s.id))
                ORDER BY s.starts_at, s.id LIMIT 1) AS first_id
         FROM person p WHERE p.id = ANY($1) AND p.organization_id = $2`,
      [absentIds, session.organizationId],
    );
    const hit = rows.filter((r) => r.streak >= ABSENCE_ALERT_THRESHOLD);
    if (!hit.length) return;
    const notices: Notice[] = [];
    for (const r of hit) {
      const coaches: Array<{ id: string; locale: string | null }> = await m.query(
        `SELECT DISTINCT u.id, u.locale FROM app_user u
          WHERE u.disabled_at IS NULL AND u.organization_id = $3
            AND (u.id IN (SELECT user_id FROM session_coach WHERE session_id = $1)
                 OR u.id IN (SELECT ec.user_id FROM enrolment_coach ec JOIN enrolment e ON e.id = ec.enrolment_id WHERE e.person_id = $2 AND e.status = 'ACTIVE'))`,
        [session.id, r.person_id, session.organizationId],
      );
      for (const c of coaches) {
        notices.push({
          organizationId: session.organizationId,
          recipientUserId: c.id,
          recipientPersonId: null,
          kind: NotificationKind.ABSENCES_IN_A_ROW,
          sessionId: session.id,
          locale: c.locale,
          at: session.startsAt,
          subject: r.name,
          count: r.streak,
          // One notice per streak: it starts at its first absence.
          dedupe: `${r.person_id}:${r.first_id}`,
        });
      }
    }
    await this.notifications.enqueue(m, notices);
  }
}
