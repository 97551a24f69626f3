import { DEFAULT_TIME_ZONE } from '@rafiq/shared';
import { DataSource } from 'typeorm';
import { Channel, Notification, NotificationKind } from './notification.entity';
import { journeyMessage } from './messages';

/** The first day of the month before `now`'s month in the time zone, and which week of the month `now` is in (0–4). */
export function resultsPeriod(now: Date, timeZone = DEFAULT_TIME_ZONE): { periodStart: string; week: number } {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(now)
    .split('-')
    .map(Number);
  const prevYear = m === 1 ? y - 1 : y;
  const prevMonth = m === 1 ? 12 : m - 1;
  return { periodStart: `${prevYear}-${String(prevMonth).padStart(2, '0')}-01`, week: Math.floor((d - 1) / 7) };
}

/**
 * Journey reminders, planned with the session reminders (same outbox, same idempotency):
 * - RESULTS_DUE: an entrepreneur with an account, an active or graduated enrolment, and a venture
 *   that sells (LAUNCH, OPERATING or GROWING) — her own, or her cooperative's when she is its
 *   president or treasurer — is asked each week of the month for last month's sales, until the
 *   month (or its quarter) has results;
 * - FOLLOW_UP_DUE: the coach of a follow-up after graduation, once, on its due date.
 */
export async function planJourneyReminders(dataSource: DataSource, channels: Channel[], now: Date): Promise<number> {
  type ResultsRow = {
    organization_id: string;
    user_id: string;
    person_id: string;
    venture_id: string;
    title: string;
    locale: string | null;
    periodStart: string;
    week: number;
  };
  // "Last month" and the week of the month are read on each organisation's clock.
  const zones: Array<{ time_zone: string }> = await dataSource.query(`SELECT DISTINCT time_zone FROM organization`);
  const results: ResultsRow[] = [];
  for (const { time_zone: timeZone } of zones) {
    const { periodStart, week } = resultsPeriod(now, timeZone);
    const found: ResultsRow[] = await dataSource.query(
      `SELECT DISTINCT v.organization_id, u.id AS user_id, p.id AS person_id, v.id AS venture_id, v.title, coalesce(u.locale, p.preferred_locale) AS locale
       FROM person p
       JOIN app_user u ON u.id = p.user_id AND u.disabled_at IS NULL AND u.role = 'ENTREPRENEUR'
       JOIN venture v ON v.organization_id = p.organization_id AND v.archived_at IS NULL AND v.stage IN ('LAUNCH', 'OPERATING', 'GROWING')
        AND (v.owner_person_id = p.id
             OR EXISTS (SELECT 1 FROM cooperative_member cm WHERE cm.cooperative_id = v.owner_cooperative_id AND cm.person_id = p.id
                         AND cm.until IS NULL AND cm.role IN ('PRESIDENT', 'TREASURER')))
      WHERE p.archived_at IS NULL
        AND p.organization_id IN (SELECT id FROM organization WHERE time_zone = $2)
        AND EXISTS (SELECT 1 FROM enrolment e WHERE e.person_id = p.id AND e.status IN ('ACTIVE', 'GRADUATED'))
        AND NOT EXISTS (SELECT 1 FROM economic_result r WHERE r.venture_id = v.id
                         AND ((r.period_kind = 'MONTH' AND r.period_start = $1::date)
                           OR (r.period_kind = 'QUARTER' AND r.period_start = date_trunc('quarter', $1::date)::date)))`,
      [periodStart, timeZone],
    );
    results.push(...found.map((r) => ({ ...r, periodStart, week })));
  }
  type FollowUpRow = { id: string; organization_id: string; user_id: string; months: number; name: string; locale: string | null };
  const followUps: FollowUpRow[] = await dataSource.query(
    `SELECT f.id, f.organization_id, u.id AS user_id, f.months, p.first_name || ' ' || p.last_name AS name, u.locale
        FROM follow_up f JOIN app_user u ON u.id = f.coach_user_id AND u.disabled_at IS NULL JOIN person p ON p.id = f.person_id
       JOIN organization o ON o.id = f.organization_id
      WHERE f.status = 'DUE' AND f.due_on <= ($1::timestamptz AT TIME ZONE o.time_zone)::date`,
    [now],
  );
  const rows: Array<Partial<Notification>> = [];
  for (const channel of channels) {
    for (const r of results) {
      const { periodStart, week } = r;
      const locale = r.locale ?? 'fr';
      rows.push({
        organizationId: r.organization_id,
        recipientUserId: r.user_id,
        recipientPersonId: r.person_id,
        channel,
        kind: NotificationKind.RESULTS_DUE,
        sessionId: null,
        locale,
        body: journeyMessage(NotificationKind.RESULTS_DUE, locale, { periodStart, title: r.title }),
        dedupeKey: `${NotificationKind.RESULTS_DUE}:${r.venture_id}:${periodStart}:${week}:${r.user_id}:${channel}`,
        sendAfter: now,
      });
    }
    for (const f of followUps) {
      const locale = f.locale ?? 'fr';
      rows.push({
        organizationId: f.organization_id,
        recipientUserId: f.user_id,
        recipientPersonId: null,
        channel,
        kind: NotificationKind.FOLLOW_UP_DUE,
        sessionId: null,
        locale,
        body: journeyMessage(NotificationKind.FOLLOW_UP_DUE, locale, { months: f.months, name: f.name }),
        dedupeKey: `${NotificationKind.FOLLOW_UP_DUE}:${f.id}:${f.user_id}:${channel}`,
        sendAfter: now,
      });
    }
  }
  if (!rows.length) return 0;
  const result = await dataSource.createQueryBuilder().insert().into(Notification).values(rows).orIgnore().returning('id').execute();
  return result.identifiers.filter((i) => i?.id).length;
}
