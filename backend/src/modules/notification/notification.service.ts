import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { returnedRows } from '../../common/sql';
import { messageFor, SessionKind } from './messages';
import { Channel, Notification, NotificationKind, NotificationStatus } from './notification.entity';
import { NotificationSender, PermanentSendError } from './senders';
import { planJourneyReminders } from './journey-reminders';

export const NOTIFICATION_SENDERS = Symbol('NOTIFICATION_SENDERS');
const MAX_ATTEMPTS = 5;

/** One thing to tell one recipient; it goes out on every enabled channel (in-app only to people with an account). */
export interface Notice {
  organizationId: string;
  recipientUserId: string | null;
  recipientPersonId: string | null;
  kind: SessionKind;
  sessionId: string | null;
  locale: string | null;
  /** The time the message names (the session's start) */
  at: Date;
  place?: string | null;
  subject?: string;
  count?: number;
  /** What makes this notice unique for its kind and recipient (planning it again adds nothing) */
  dedupe: string;
}

/**
 * Plans reminders into the outbox (idempotent: one row per dedupe key) and dispatches them
 * (at most once: a row is claimed in its own transaction before it is sent).
 */
@Injectable()
export class NotificationService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(NOTIFICATION_SENDERS) private readonly senders: NotificationSender[],
  ) {}

  private enabledChannels(): Channel[] {
    return this.senders.map((s) => s.channel);
  }

  /**
   * Reminders for planned sessions starting within the next 25 hours (the day before and one hour
   * before, to participants with an account and to coaches), and "to log" reminders to coaches for
   * sessions over for more than an hour; then the journey reminders (journey-reminders.ts). Returns
   * how many new rows were planned.
   */
  async plan(now = new Date()): Promise<number> {
    const channels = this.enabledChannels();
    type Row = {
      session_id: string;
      organization_id: string;
      starts_at: Date;
      place: string | null;
      user_id: string;
      person_id: string | null;
      locale: string | null;
      time_zone: string;
    };
    const upcoming: Row[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.organization_id, s.starts_at, s.place, r.user_id, r.person_id, r.locale, o.time_zone
         FROM coaching_session s
         JOIN organization o ON o.id = s.organization_id
         JOIN LATERAL (
           SELECT u.id AS user_id, p.id AS person_id, coalesce(u.locale, p.preferred_locale) AS locale
             FROM session_participant sp JOIN person p ON p.id = sp.person_id JOIN app_user u ON u.id = p.user_id
            WHERE sp.session_id = s.id AND NOT sp.waitlisted AND u.disabled_at IS NULL
           UNION ALL
           SELECT u.id, NULL, u.locale FROM session_coach sc JOIN app_user u ON u.id = sc.user_id
            WHERE sc.session_id = s.id AND u.disabled_at IS NULL
         ) r ON true
        WHERE s.status = 'PLANNED' AND s.starts_at > $1 AND s.starts_at <= $1::timestamptz + interval '25 hours'`,
      [now],
    );
    const toLog: Row[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.organization_id, s.starts_at, s.place, u.id AS user_id, NULL AS person_id, u.locale, o.time_zone
         FROM coaching_session s JOIN organization o ON o.id = s.organization_id JOIN session_coach sc ON sc.session_id = s.id JOIN app_user u ON u.id = sc.user_id
        WHERE s.status = 'PLANNED' AND s.ends_at < $1::timestamptz - interval '1 hour' AND s.ends_at > $1::timestamptz - interval '14 days'
          AND u.disabled_at IS NULL`,
      [now],
    );
    const rows: Array<Partial<Notification>> = [];
    const add = (r: Row, kind: SessionKind, sendAfter: Date) => {
      for (const channel of channels) {
        const locale = r.locale ?? 'fr';
        rows.push({
          organizationId: r.organization_id,
          recipientUserId: r.user_id,
          recipientPersonId: r.person_id,
          channel,
          kind,
          sessionId: r.session_id,
          locale,
          body: messageFor(kind, locale, new Date(r.starts_at), r.place, r.time_zone),
          dedupeKey: `${kind}:${r.session_id}:${r.user_id}:${channel}`,
          sendAfter,
        });
      }
    };
    for (const r of upcoming) {
      const starts = new Date(r.starts_at).getTime();
      add(r, NotificationKind.SESSION_TOMORROW, new Date(Math.max(now.getTime(), starts - 24 * 3_600_000)));
      add(r, NotificationKind.SESSION_IN_ONE_HOUR, new Date(starts - 3_600_000));
    }
    for (const r of toLog) add(r, NotificationKind.SESSION_TO_LOG, now);
    let planned = 0;
    if (rows.length) {
      const result = await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(Notification)
        .values(rows)
        .orIgnore()
        .returning('id')
        .execute();
      planned = result.identifiers.filter((i) => i?.id).length;
    }
    return planned + (await planJourneyReminders(this.dataSource, channels, now));
  }

  /**
   * Puts notices in the outbox inside the caller's transaction (so they exist exactly when what
   * they announce does). Idempotent per kind, dedupe key, recipient and channel.
   */
  async enqueue(m: EntityManager, notices: Notice[], now = new Date()): Promise<number> {
    const rows: Array<Partial<Notification>> = [];
    const orgIds = [...new Set(notices.map((n) => n.organizationId))];
    const zones = new Map<string, string>(
      orgIds.length
        ? (
            await m.query<Array<{ id: string; time_zone: string }>>(`SELECT id, time_zone FROM organization WHERE id = ANY($1)`, [orgIds])
          ).map((o) => [o.id, o.time_zone])
        : [],
    );
    for (const n of notices) {
      const locale = n.locale ?? 'fr';
      const recipient = n.recipientUserId ?? n.recipientPersonId;
      for (const channel of this.enabledChannels()) {
        if (channel === Channel.IN_APP && !n.recipientUserId) continue;
        rows.push({
          organizationId: n.organizationId,
          recipientUserId: n.recipientUserId,
          recipientPersonId: n.recipientPersonId,
          channel,
          kind: n.kind,
          sessionId: n.sessionId,
          locale,
          body: messageFor(n.kind, locale, n.at, n.place ?? null, zones.get(n.organizationId), { subject: n.subject, count: n.count }),
          dedupeKey: `${n.kind}:${n.dedupe}:${recipient}:${channel}`,
          sendAfter: now,
        });
      }
    }
    if (!rows.length) return 0;
    const result = await m.createQueryBuilder().insert().into(Notification).values(rows).orIgnore().returning('id').execute();
    return result.identifiers.filter((i) => i?.id).length;
  }

  /**
   * Puts ready-written messages (other modules' texts, already in the recipient's language) in the
   * outbox inside the caller's transaction, on every enabled channel. Idempotent per dedupe key.
   */
  async enqueueMessages(
    m: EntityManager,
    messages: Array<{
      organizationId: string;
      recipientUserId: string | null;
      recipientPersonId: string | null;
      kind: NotificationKind;
      locale: string;
      body: string;
      dedupe: string;
    }>,
    now = new Date(),
  ): Promise<number> {
    const rows: Array<Partial<Notification>> = [];
    for (const n of messages) {
      const recipient = n.recipientUserId ?? n.recipientPersonId;
      for (const channel of this.enabledChannels()) {
        if (channel === Channel.IN_APP && !n.recipientUserId) continue;
        rows.push({
          organizationId: n.organizationId,
          recipientUserId: n.recipientUserId,
          recipientPersonId: n.recipientPersonId,
          channel,
          kind: n.kind,
          sessionId: null,
          locale: n.locale,
          body: n.body,
          dedupeKey: `${n.kind}:${n.dedupe}:${recipient}:${channel}`,
          sendAfter: now,
        });
      }
    }
    if (!rows.length) return 0;
    const result = await m.createQueryBuilder().insert().into(Notification).values(rows).orIgnore().returning('id').execute();
    return result.identifiers.filter((i) => i?.id).length;
  }

  /** Sends what is due, each row claimed first so that two dispatchers never send the same one. */
  async dispatch(now = new Date(), batch = 100): Promise<number> {
    let sent = 0;
    for (let i = 0; i < batch; i++) {
      const claimed: Notification[] = await this.dataSource.transaction(async (m) => {
        const rows = returnedRows<{ id: string }>(
          await m.query(
            `UPDATE notification SET status = 'SENDING', claimed_at = now(), attempts = attempts + 1
            WHERE id = (SELECT id FROM notification WHERE status = 'PENDING' AND send_after <= $1 ORDER BY send_after FOR UPDATE SKIP LOCKED LIMIT 1)
            RETURNING id`,
            [now],
          ),
        );
        return rows.length ? m.findBy(Notification, { id: rows[0].id }) : [];
      });
      const n = claimed[0];
      if (!n) break;
      const sender = this.senders.find((s) => s.channel === n.channel);
      try {
        if (!sender) throw new Error(`no sender for ${n.channel}`);
        await sender.send(n, await this.addressOf(n));
        await this.dataSource.query(`UPDATE notification SET status = 'SENT', sent_at = now(), last_error = NULL WHERE id = $1`, [n.id]);
        sent += 1;
      } catch (err) {
        const failed = n.attempts >= MAX_ATTEMPTS || err instanceof PermanentSendError;
        await this.dataSource.query(
          `UPDATE notification SET status = $2, last_error = $3, send_after = $5::timestamptz + make_interval(mins => $4) WHERE id = $1`,
          [
            n.id,
            failed ? NotificationStatus.FAILED : NotificationStatus.PENDING,
            String(err instanceof Error ? err.message : err).slice(0, 500),
            2 ** n.attempts,
            now,
          ],
        );
      }
    }
    return sent;
  }

  /**
   * Where a notification goes on its channel: the account's e-mail address, or the phone number of
   * the person (the recipient person, or the person linked to the recipient's account).
   */
  private async addressOf(n: Notification): Promise<string | null> {
    if (n.channel === Channel.EMAIL) {
      if (!n.recipientUserId) return null;
      const [row] = await this.dataSource.query<Array<{ email: string }>>(
        `SELECT email FROM app_user WHERE id = $1 AND disabled_at IS NULL`,
        [n.recipientUserId],
      );
      return row?.email ?? null;
    }
    if (n.channel === Channel.SMS || n.channel === Channel.WHATSAPP) {
      const [row] = await this.dataSource.query<Array<{ phone: string | null }>>(
        `SELECT phone FROM person WHERE organization_id = $3 AND archived_at IS NULL AND (id = $1 OR ($1::uuid IS NULL AND user_id = $2)) LIMIT 1`,
        [n.recipientPersonId, n.recipientUserId, n.organizationId],
      );
      return row?.phone ?? null;
    }
    return null;
  }

  /** The caller's in-app notifications, newest first. */
  mine(actor: Actor, unreadOnly: boolean): Promise<Notification[]> {
    const qb = this.dataSource
      .createQueryBuilder(Notification, 'n')
      .where('n.recipient_user_id = :u AND n.organization_id = :o AND n.channel = :c AND n.status = :s', {
        u: actor.userId,
        o: actor.organizationId,
        c: Channel.IN_APP,
        s: NotificationStatus.SENT,
      });
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    return qb.orderBy('n.created_at', 'DESC').limit(100).getMany();
  }

  async markRead(actor: Actor, ids: string[]): Promise<number> {
    if (!ids.length) return 0;
    const rows = returnedRows(
      await this.dataSource.query(
        `UPDATE notification SET read_at = now() WHERE id = ANY($1) AND recipient_user_id = $2 AND organization_id = $3 AND read_at IS NULL RETURNING id`,
        [ids, actor.userId, actor.organizationId],
      ),
    );
    return rows.length;
  }
}
