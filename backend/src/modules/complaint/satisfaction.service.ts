import { Injectable } from '@nestjs/common';
import { ErrorReason, Role } from '@rafiq/shared';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { badInput, forbidden } from '../../common/errors';
import { applySessionVisibility } from '../session/session.access';
import { CoachingSession } from '../session/session.entity';
import { RateSessionInput } from './dto/complaint.inputs';

/** A coach sees her own average only over at least this many ratings (no single participant can be read from it). */
export const MIN_RATINGS_FOR_COACH = 3;

export interface RatingGroup {
  key: string | null;
  label: string | null;
  ratings: number;
  average: number | null;
}
export interface SatisfactionView {
  ratings: number;
  average: number | null;
  distribution: number[];
  byCoach: RatingGroup[];
  byProgram: RatingGroup[];
}

const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/**
 * Satisfaction after sessions: a participant rates a session or training she took part in (1–5,
 * one optional comment), once (rating again changes it). Results: per coach and per programme
 * for admins and leads (over the sessions they may see); a coach gets only her own aggregate,
 * never a rating per named participant.
 */
@Injectable()
export class SatisfactionService {
  constructor(private readonly dataSource: DataSource) {}

  async rate(
    actor: Actor,
    input: RateSessionInput,
    now = new Date(),
  ): Promise<{ sessionId: string; rating: number; comment: string | null }> {
    if (actor.role !== Role.ENTREPRENEUR) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      const [row] = await m.query<Array<{ person_id: string; status: string; ends_at: Date }>>(
        `SELECT sp.person_id, s.status, s.ends_at
           FROM coaching_session s JOIN session_participant sp ON sp.session_id = s.id AND NOT sp.waitlisted
           JOIN person p ON p.id = sp.person_id AND p.user_id = $2
          WHERE s.id = $1 AND s.organization_id = $3
          LIMIT 1`,
        [input.sessionId, actor.userId, actor.organizationId],
      );
      if (!row) throw badInput('sessionId', ErrorReason.NOT_FOUND, 'No such session');
      if (row.status === 'CANCELLED' || new Date(row.ends_at) > now)
        throw badInput('sessionId', ErrorReason.INVALID_VALUE, 'A session can be rated once it has taken place');
      await m.query(
        `INSERT INTO satisfaction_rating (organization_id, session_id, person_id, rating, comment) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (session_id, person_id) DO UPDATE SET rating = excluded.rating, comment = excluded.comment, updated_at = now()`,
        [actor.organizationId, input.sessionId, row.person_id, input.rating, input.comment ?? null],
      );
      return { sessionId: input.sessionId, rating: input.rating, comment: input.comment ?? null };
    });
  }

  /** Her own ratings of these sessions (for "My journey"). */
  async mine(actor: Actor, sessionIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.dataSource.query<Array<{ session_id: string; rating: number }>>(
      `SELECT r.session_id, r.rating FROM satisfaction_rating r JOIN person p ON p.id = r.person_id AND p.user_id = $2
        WHERE r.session_id = ANY($1::uuid[]) AND r.organization_id = $3`,
      [sessionIds, actor.userId, actor.organizationId],
    );
    return new Map(rows.map((r) => [r.session_id, Number(r.rating)]));
  }

  async summary(actor: Actor, programId?: string): Promise<SatisfactionView> {
    if (actor.role === Role.ENTREPRENEUR) throw forbidden();
    const qb = this.dataSource
      .createQueryBuilder()
      .from('satisfaction_rating', 'r')
      .innerJoin(CoachingSession, 's', 's.id = r.session_id')
      .where('r.organization_id = :rOrg', { rOrg: actor.organizationId });
    if (actor.role === Role.COACH) {
      qb.andWhere('EXISTS (SELECT 1 FROM session_coach rsc WHERE rsc.session_id = s.id AND rsc.user_id = :rMe)', { rMe: actor.userId });
    } else {
      applySessionVisibility(qb, actor, 's');
    }
    if (programId)
      qb.andWhere('EXISTS (SELECT 1 FROM enrolment re WHERE re.person_id = r.person_id AND re.program_id = :rProg)', { rProg: programId });
    const [overall] = await qb
      .clone()
      .select('count(*)::int', 'ratings')
      .addSelect('avg(r.rating)::float', 'average')
      .addSelect(
        'array[count(*) FILTER (WHERE r.rating = 1), count(*) FILTER (WHERE r.rating = 2), count(*) FILTER (WHERE r.rating = 3), count(*) FILTER (WHERE r.rating = 4), count(*) FILTER (WHERE r.rating = 5)]::int[]',
        'distribution',
      )
      .getRawMany<{ ratings: number; average: number | null; distribution: number[] }>();
    if (actor.role === Role.COACH) {
      const enough = overall.ratings >= MIN_RATINGS_FOR_COACH;
      const average = enough ? round(overall.average) : null;
      return {
        ratings: overall.ratings,
        average,
        distribution: enough ? overall.distribution : [0, 0, 0, 0, 0],
        byCoach: [{ key: actor.userId, label: null, ratings: overall.ratings, average }],
        byProgram: [],
      };
    }
    const byCoach = await qb
      .clone()
      .innerJoin('session_coach', 'gsc', 'gsc.session_id = s.id')
      .innerJoin('app_user', 'gu', 'gu.id = gsc.user_id')
      .select('gsc.user_id', 'key')
      .addSelect('gu.display_name', 'label')
      .addSelect('count(*)::int', 'ratings')
      .addSelect('avg(r.rating)::float', 'average')
      .groupBy('gsc.user_id')
      .addGroupBy('gu.display_name')
      .orderBy('2', 'DESC')
      .getRawMany<RatingGroup>();
    const programs = qb
      .clone()
      .innerJoin('enrolment', 'ge', 'ge.person_id = r.person_id')
      .innerJoin('program', 'gp', 'gp.id = ge.program_id')
      .select('ge.program_id', 'key')
      .addSelect('gp.name', 'label')
      .addSelect('count(*)::int', 'ratings')
      .addSelect('avg(r.rating)::float', 'average')
      .groupBy('ge.program_id')
      .addGroupBy('gp.name')
      .orderBy('2', 'DESC');
    if (actor.role === Role.PROGRAM_LEAD)
      programs.andWhere('EXISTS (SELECT 1 FROM program_lead gpl WHERE gpl.program_id = ge.program_id AND gpl.user_id = :gMe)', {
        gMe: actor.userId,
      });
    if (programId) programs.andWhere('ge.program_id = :rProg');
    const byProgram = await programs.getRawMany<RatingGroup>();
    return {
      ratings: overall.ratings,
      average: round(overall.average),
      distribution: overall.distribution,
      byCoach: byCoach.map((g) => ({ ...g, average: round(g.average) })),
      byProgram: byProgram.map((g) => ({ ...g, average: round(g.average) })),
    };
  }
}
