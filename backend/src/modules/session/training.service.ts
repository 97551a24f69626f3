import { Injectable } from '@nestjs/common';
import { ErrorReason, Role } from '@rafiq/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { badInput, forbidden, notFound } from '../../common/errors';
import { returnedRows } from '../../common/sql';
import { updateVersioned } from '../../common/versioned-update';
import { NotificationKind } from '../notification/notification.entity';
import { Notice, NotificationService } from '../notification/notification.service';
import { PersonService } from '../person/person.service';
import { AddParticipantsInput, RemoveParticipantInput, SetCapacityInput } from './dto/training.inputs';
import { CoachingSession } from './session.entity';
import { SessionStatus } from './session.enums';
import { SessionService } from './session.service';

/**
 * Trainings and workshops: seats up to the capacity, an ordered waiting list behind them, the
 * first waiting person seated (and told) as soon as a seat frees up — in the same transaction.
 */
@Injectable()
export class TrainingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly people: PersonService,
    private readonly notifications: NotificationService,
  ) {}

  /** The session, locked for the rest of the transaction: seat counts stay right under concurrent changes. */
  private async lockedForChange(actor: Actor, m: EntityManager, sessionId: string): Promise<CoachingSession> {
    const session = await this.sessions.get(actor, sessionId, m);
    await this.sessions.assertRuns(actor, session, m);
    await m.query(`SELECT id FROM coaching_session WHERE id = $1 FOR UPDATE`, [session.id]);
    const fresh = await m.findOneByOrFail(CoachingSession, { id: session.id });
    if (fresh.status !== SessionStatus.PLANNED)
      throw badInput('sessionId', ErrorReason.INVALID_VALUE, 'Only a planned session changes its participants');
    return fresh;
  }

  async addParticipants(actor: Actor, input: AddParticipantsInput): Promise<CoachingSession> {
    return this.dataSource.transaction(async (m) => {
      const session = await this.lockedForChange(actor, m, input.sessionId);
      const ids = [...new Set(input.personIds)];
      for (const id of ids) await this.people.get(actor, id, m);
      const existing = new Set<string>(
        (await m.query<Array<{ person_id: string }>>(`SELECT person_id FROM session_participant WHERE session_id = $1`, [session.id])).map(
          (r) => r.person_id,
        ),
      );
      const fresh = ids.filter((id) => !existing.has(id));
      const [{ seated, last }] = await m.query<Array<{ seated: number; last: number }>>(
        `SELECT count(*) FILTER (WHERE NOT waitlisted)::int AS seated, coalesce(max(waitlist_rank), 0)::int AS last FROM session_participant WHERE session_id = $1`,
        [session.id],
      );
      let free = session.capacity === null ? Infinity : Math.max(0, session.capacity - seated);
      let rank = last;
      for (const personId of fresh) {
        const seat = free > 0 && rank === 0;
        if (seat) free -= 1;
        await m.query(
          `INSERT INTO session_participant (session_id, person_id, organization_id, waitlisted, waitlist_rank) VALUES ($1, $2, $3, $4, $5)`,
          [session.id, personId, actor.organizationId, !seat, seat ? null : ++rank],
        );
      }
      await this.fillSeats(m, session);
      return this.sessions.get(actor, session.id, m);
    });
  }

  async removeParticipant(actor: Actor, input: RemoveParticipantInput): Promise<CoachingSession> {
    return this.dataSource.transaction(async (m) => {
      const session = await this.lockedForChange(actor, m, input.sessionId);
      const gone = returnedRows(
        await m.query(`DELETE FROM session_participant WHERE session_id = $1 AND person_id = $2 RETURNING person_id`, [
          session.id,
          input.personId,
        ]),
      );
      if (!gone.length) throw badInput('personId', ErrorReason.INVALID_VALUE, 'Not a participant of this session');
      await this.fillSeats(m, session);
      // Checked above: the caller may change this session. Removing the last participant she may
      // see would hide it from a programme lead, so it is not read through her visibility again.
      return m.findOneByOrFail(CoachingSession, { id: session.id, organizationId: actor.organizationId });
    });
  }

  /** The entrepreneur cancels her own place: the first person waiting takes it. */
  async cancelMyPlace(actor: Actor, sessionId: string): Promise<CoachingSession> {
    if (actor.role !== Role.ENTREPRENEUR) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      const visible = await this.sessions.get(actor, sessionId, m);
      await m.query(`SELECT id FROM coaching_session WHERE id = $1 FOR UPDATE`, [visible.id]);
      const session = await m.findOneByOrFail(CoachingSession, { id: visible.id });
      if (session.status !== SessionStatus.PLANNED)
        throw badInput('sessionId', ErrorReason.INVALID_VALUE, 'Only a planned session changes its participants');
      const gone = returnedRows(
        await m.query(
          `DELETE FROM session_participant WHERE session_id = $1 AND organization_id = $2
             AND person_id IN (SELECT id FROM person WHERE user_id = $3 AND organization_id = $2) RETURNING person_id`,
          [session.id, actor.organizationId, actor.userId],
        ),
      );
      if (!gone.length) throw notFound('session');
      await this.fillSeats(m, session);
      return session;
    });
  }

  /** A new capacity (or none): people waiting are seated as far as it allows; nobody seated loses her place. */
  async setCapacity(actor: Actor, input: SetCapacityInput): Promise<CoachingSession> {
    return this.dataSource.transaction(async (m) => {
      const session = await this.lockedForChange(actor, m, input.id);
      await updateVersioned(
        m,
        CoachingSession,
        actor,
        { id: session.id, version: input.version },
        { capacity: input.capacity ?? null },
        'session',
      );
      await this.fillSeats(m, { ...session, capacity: input.capacity ?? null });
      return this.sessions.get(actor, session.id, m);
    });
  }

  /** Seats the first people waiting while there is room, renumbers the waiting list, and tells the people seated. */
  private async fillSeats(
    m: EntityManager,
    session: Pick<CoachingSession, 'id' | 'organizationId' | 'capacity' | 'startsAt' | 'place'>,
  ): Promise<string[]> {
    const [{ seated }] = await m.query<Array<{ seated: number }>>(
      `SELECT count(*)::int AS seated FROM session_participant WHERE session_id = $1 AND NOT waitlisted`,
      [session.id],
    );
    const room = session.capacity === null ? 100_000 : session.capacity - seated;
    let promoted: Array<{ person_id: string; user_id: string | null; locale: string | null }> = [];
    if (room > 0) {
      promoted = returnedRows(
        await m.query(
          `UPDATE session_participant sp SET waitlisted = false, waitlist_rank = NULL
             FROM person p LEFT JOIN app_user u ON u.id = p.user_id AND u.disabled_at IS NULL
            WHERE p.id = sp.person_id AND sp.session_id = $1
              AND sp.person_id IN (SELECT person_id FROM session_participant WHERE session_id = $1 AND waitlisted ORDER BY waitlist_rank LIMIT $2)
            RETURNING sp.person_id, u.id AS user_id, coalesce(u.locale, p.preferred_locale) AS locale`,
          [session.id, room],
        ),
      );
    }
    await m.query(
      `UPDATE session_participant sp SET waitlist_rank = r.n
         FROM (SELECT person_id, row_number() OVER (ORDER BY waitlist_rank, person_id)::int AS n FROM session_participant WHERE session_id = $1 AND waitlisted) r
        WHERE sp.session_id = $1 AND sp.person_id = r.person_id AND sp.waitlist_rank IS DISTINCT FROM r.n`,
      [session.id],
    );
    await this.notifications.enqueue(
      m,
      promoted.map<Notice>((p) => ({
        organizationId: session.organizationId,
        recipientUserId: p.user_id,
        recipientPersonId: p.person_id,
        kind: NotificationKind.WAITLIST_PROMOTED,
        sessionId: session.id,
        locale: p.locale,
        at: session.startsAt,
        place: session.place,
        dedupe: session.id,
      })),
    );
    return promoted.map((p) => p.person_id);
  }
}
