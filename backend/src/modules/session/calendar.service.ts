import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import ical, { ICalEventStatus } from 'ical-generator';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { FieldCrypto } from '../../common/crypto';
import { hashToken } from '../auth/session-store';
import { OrganizationService } from '../organization/organization.service';
import { CalendarFeed } from './calendar-feed.entity';
import { CoachingSession } from './session.entity';
import { SessionStatus } from './session.enums';

const KIND_LABEL: Record<string, string> = {
  COACHING: 'Coaching',
  MENTORING: 'Mentorat',
  TRAINING: 'Formation',
  TECHNICAL_ASSISTANCE: 'Assistance technique',
  DIAGNOSTIC_VISIT: 'Visite de diagnostic',
  NETWORK_EVENT: 'Événement réseau',
};

/**
 * Each coach's private iCalendar feed (RFC 5545) at a secret URL. The feed carries no names of
 * the people coached — only kind, time, place and status — so a leaked URL reveals little; a new
 * token replaces (revokes) the old one.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly crypto: FieldCrypto,
    private readonly organizations: OrganizationService,
  ) {}

  /** The caller's feed token, created on first use. */
  async tokenFor(actor: Actor): Promise<string> {
    const existing = await this.dataSource
      .createQueryBuilder(CalendarFeed, 'f')
      .addSelect('f.tokenEncrypted')
      .where('f.user_id = :u AND f.organization_id = :o', { u: actor.userId, o: actor.organizationId })
      .getOne();
    if (existing) return this.crypto.decrypt(existing.tokenEncrypted);
    return this.rotate(actor, false);
  }

  async rotate(actor: Actor, replace = true): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    const row = {
      userId: actor.userId,
      organizationId: actor.organizationId,
      tokenHash: hashToken(token),
      tokenEncrypted: this.crypto.encrypt(token),
    };
    if (replace) await this.dataSource.getRepository(CalendarFeed).upsert(row, ['userId']);
    else {
      await this.dataSource.createQueryBuilder().insert().into(CalendarFeed).values(row).orIgnore().execute();
      return this.tokenFor(actor);
    }
    return token;
  }

  /** The feed's text for a token, or null when the token is unknown (revoked). */
  async feed(token: string): Promise<string | null> {
    const feed = await this.dataSource.getRepository(CalendarFeed).findOneBy({ tokenHash: hashToken(token) });
    if (!feed) return null;
    const sessions = await this.dataSource
      .createQueryBuilder(CoachingSession, 's')
      .where('s.organization_id = :o', { o: feed.organizationId })
      .andWhere('EXISTS (SELECT 1 FROM session_coach c WHERE c.session_id = s.id AND c.user_id = :u)', { u: feed.userId })
      .andWhere("s.ends_at > now() - interval '90 days' AND s.starts_at < now() + interval '365 days'")
      .orderBy('s.starts_at')
      .getMany();
    // Times are written in UTC (…Z): without a VTIMEZONE generator, a calendar-level zone would make
    // them floating local times, read an hour off in Casablanca. The organisation's zone is a hint only.
    const timeZone = await this.organizations.timeZoneOf(feed.organizationId);
    const cal = ical({ name: 'Rafiq', prodId: { company: 'Rafiq', product: 'Rafiq', language: 'FR' } });
    cal.x([{ key: 'X-WR-TIMEZONE', value: timeZone }]);
    for (const s of sessions) {
      cal.createEvent({
        id: `${s.id}@rafiq`,
        sequence: s.version,
        stamp: s.updatedAt,
        start: s.startsAt,
        end: s.endsAt,
        summary: `${KIND_LABEL[s.kind] ?? s.kind}${s.place ? ` — ${s.place}` : ''}`,
        location: s.place ?? undefined,
        status: s.status === SessionStatus.CANCELLED ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
    return cal.toString();
  }
}
