import { Injectable } from '@nestjs/common';
import { ErrorCode, ErrorReason, Role } from '@rafiq/shared';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../../common/actor';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { ConnectionShape, paginate, PageArgs } from '../../common/pagination';
import { returnedRows } from '../../common/sql';
import { updateVersioned } from '../../common/versioned-update';
import { NotificationKind } from '../notification/notification.entity';
import { NotificationService } from '../notification/notification.service';
import { personVisibilitySql } from '../person/person.access';
import { applySessionVisibility } from '../session/session.access';
import { CoachingSession } from '../session/session.entity';
import {
  Complaint,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintSetting,
  ComplaintStatus,
  DECIDED_STATUSES,
  OPEN_STATUSES,
  SENSITIVE_CATEGORIES,
} from './complaint.entity';
import { complaintMessage } from './complaint.messages';
import {
  AppealComplaintInput,
  AssignComplaintInput,
  ComplaintFilter,
  DecideComplaintInput,
  FileComplaintInput,
  UpdateComplaintSettingsInput,
} from './dto/complaint.inputs';

/** Days to decide when the organisation has not set a deadline for a category. */
export const DEFAULT_DEADLINE_DAYS: Record<ComplaintCategory, number> = {
  COACHING_QUALITY: 15,
  TRAINING: 15,
  PAYMENT_OR_GRANT: 30,
  DISCRIMINATION_OR_ABUSE: 7,
  DATA_PRIVACY: 30,
  OTHER: 30,
};

/** After the programme lead was told, how long before the admins are told too. */
export const ESCALATE_TO_ADMIN_AFTER_DAYS = 3;

const DAY_MS = 86_400_000;
const SENSITIVE_SQL = SENSITIVE_CATEGORIES.map((c) => `'${c}'`).join(', ');

export interface ComplaintSettingsView {
  deadlines: Array<{ category: ComplaintCategory; days: number }>;
  safeguardingUserId: string | null;
  version: number;
}

/**
 * Complaints. Who sees one (permissions.md):
 * - admins: all of the organisation's;
 * - programme leads: those of their programmes (by the complaint's programme, or a complainant
 *   they may see), except sensitive ones (abuse, discrimination);
 * - coaches: those about their assignees, never one about themselves (its coach, or a coach of
 *   its session), never a sensitive one;
 * - anyone it is assigned to (the safeguarding focal point for sensitive ones), unless it is about them;
 * - an entrepreneur: her own.
 * The complainant's identity behind an anonymous complaint: only admins and she herself.
 */
@Injectable()
export class ComplaintService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
  ) {}

  /** SQL: the complaint (alias c) is about this user (its coach, or a coach of its session). */
  private static aboutSql(alias: string, param: string): string {
    return `(${alias}.coach_user_id IS NOT DISTINCT FROM :${param} OR EXISTS (SELECT 1 FROM session_coach csc WHERE csc.session_id = ${alias}.session_id AND csc.user_id = :${param}))`;
  }

  scoped(actor: Actor, m: EntityManager = this.dataSource.manager): SelectQueryBuilder<Complaint> {
    const qb = m.createQueryBuilder(Complaint, 'c').where('c.organization_id = :cOrg', { cOrg: actor.organizationId });
    const about = ComplaintService.aboutSql('c', 'cMe');
    const assigned = `(c.assignee_user_id IS NOT DISTINCT FROM :cMe AND NOT ${about})`;
    switch (actor.role) {
      case Role.ADMIN:
        return qb;
      case Role.PROGRAM_LEAD: {
        const vis = personVisibilitySql(actor, 'cp');
        return qb.andWhere(
          `((c.category NOT IN (${SENSITIVE_SQL}) AND NOT ${about} AND (
               EXISTS (SELECT 1 FROM program_lead cpl WHERE cpl.program_id = c.program_id AND cpl.user_id = :cMe)
               OR EXISTS (SELECT 1 FROM person cp WHERE cp.id = c.person_id AND ${vis.sql})))
            OR ${assigned})`,
          { ...vis.params, cMe: actor.userId },
        );
      }
      case Role.COACH: {
        const vis = personVisibilitySql(actor, 'cp');
        return qb.andWhere(
          `((c.category NOT IN (${SENSITIVE_SQL}) AND NOT ${about}
              AND EXISTS (SELECT 1 FROM person cp WHERE cp.id = c.person_id AND ${vis.sql}))
            OR ${assigned})`,
          { ...vis.params, cMe: actor.userId },
        );
      }
      case Role.ENTREPRENEUR:
        return qb.andWhere('EXISTS (SELECT 1 FROM person cp WHERE cp.id = c.person_id AND cp.user_id = :cMe)', { cMe: actor.userId });
      default:
        return qb.andWhere('false');
    }
  }

  /** May the caller see who complained (and who filed it)? Admins always; otherwise only when not anonymous, or it is her own. */
  async canSeeIdentity(actor: Actor, c: Complaint): Promise<boolean> {
    if (actor.role === Role.ADMIN) return true;
    if (actor.role === Role.ENTREPRENEUR) return true; // scoped(): only her own
    return !c.anonymous;
  }

  list(actor: Actor, filter: ComplaintFilter | undefined, page: PageArgs, withCount: boolean): Promise<ConnectionShape<Complaint>> {
    const qb = this.scoped(actor);
    if (filter?.status) qb.andWhere('c.status = :fStatus', { fStatus: filter.status });
    if (filter?.category) qb.andWhere('c.category = :fCat', { fCat: filter.category });
    if (filter?.programId) qb.andWhere('c.program_id = :fProg', { fProg: filter.programId });
    if (filter?.open) qb.andWhere(`c.status IN ('RECEIVED', 'IN_REVIEW')`);
    return paginate(
      qb,
      page,
      { expression: 'c.created_at', direction: 'DESC' },
      { withCount, sortValue: (c) => c.createdAt.toISOString() },
    );
  }

  async get(actor: Actor, id: string, m: EntityManager = this.dataSource.manager): Promise<Complaint> {
    const row = await this.scoped(actor, m).andWhere('c.id = :cId', { cId: id }).getOne();
    if (!row) throw notFound('complaint');
    return row;
  }

  async settings(organizationId: string, m: EntityManager = this.dataSource.manager): Promise<ComplaintSettingsView> {
    const row = await m.findOne(ComplaintSetting, { where: { organizationId } });
    return {
      deadlines: Object.values(ComplaintCategory).map((category) => ({
        category,
        days: row?.deadlineDays?.[category] ?? DEFAULT_DEADLINE_DAYS[category],
      })),
      safeguardingUserId: row?.safeguardingUserId ?? null,
      version: row?.version ?? 0,
    };
  }

  async updateSettings(actor: Actor, input: UpdateComplaintSettingsInput): Promise<ComplaintSettingsView> {
    if (actor.role !== Role.ADMIN) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      const current = await this.settings(actor.organizationId, m);
      const days: Partial<Record<ComplaintCategory, number>> = {};
      for (const d of current.deadlines) days[d.category] = d.days;
      for (const d of input.deadlines ?? []) days[d.category] = d.days;
      let focal = current.safeguardingUserId;
      if (input.safeguardingUserId !== undefined) {
        focal = input.safeguardingUserId;
        if (focal) {
          const [u] = await m.query<Array<{ id: string }>>(
            `SELECT id FROM app_user WHERE id = $1 AND organization_id = $2 AND disabled_at IS NULL AND role IN ('ADMIN', 'PROGRAM_LEAD')`,
            [focal, actor.organizationId],
          );
          if (!u) throw badInput('safeguardingUserId', ErrorReason.INVALID_VALUE, 'Choose an active admin or programme lead');
        }
      }
      await m.query(
        `INSERT INTO complaint_setting (organization_id, deadline_days, safeguarding_user_id) VALUES ($1, $2, $3)
         ON CONFLICT (organization_id) DO UPDATE SET deadline_days = excluded.deadline_days, safeguarding_user_id = excluded.safeguarding_user_id,
           version = complaint_setting.version + 1, updated_at = now()`,
        [actor.organizationId, JSON.stringify(days), focal],
      );
      return this.settings(actor.organizationId, m);
    });
  }

  /** The coaches a complaint is about: its coach and its session's coaches. */
  private async subjectCoaches(m: EntityManager, c: Pick<Complaint, 'coachUserId' | 'sessionId'>): Promise<Set<string>> {
    const ids = new Set<string>();
    if (c.coachUserId) ids.add(c.coachUserId);
    if (c.sessionId) {
      const rows = await m.query<Array<{ user_id: string }>>(`SELECT user_id FROM session_coach WHERE session_id = $1`, [c.sessionId]);
      for (const r of rows) ids.add(r.user_id);
    }
    return ids;
  }

  private async complainant(m: EntityManager, personId: string): Promise<{ userId: string | null; locale: string }> {
    const [row] = await m.query<Array<{ user_id: string | null; locale: string | null }>>(
      `SELECT p.user_id, coalesce(u.locale, p.preferred_locale) AS locale FROM person p LEFT JOIN app_user u ON u.id = p.user_id WHERE p.id = $1`,
      [personId],
    );
    return { userId: row?.user_id ?? null, locale: row?.locale ?? 'fr' };
  }

  private async notifyAssignee(m: EntityManager, c: Complaint): Promise<void> {
    if (!c.assigneeUserId) return;
    const [u] = await m.query<Array<{ locale: string | null }>>(`SELECT locale FROM app_user WHERE id = $1`, [c.assigneeUserId]);
    const locale = u?.locale ?? 'fr';
    await this.notifications.enqueueMessages(m, [
      {
        organizationId: c.organizationId,
        recipientUserId: c.assigneeUserId,
        recipientPersonId: null,
        kind: NotificationKind.COMPLAINT_ASSIGNED,
        locale,
        body: complaintMessage(NotificationKind.COMPLAINT_ASSIGNED, locale, c),
        dedupe: `${c.id}:${c.version}`,
      },
    ]);
  }

  async file(actor: Actor, input: FileComplaintInput, now = new Date()): Promise<Complaint> {
    return this.dataSource.transaction(async (m) => {
      let personId: string;
      let channel: ComplaintChannel;
      if (actor.role === Role.ENTREPRENEUR) {
        if (input.personId) throw badInput('personId', ErrorReason.UNKNOWN_FIELD, 'You file a complaint for yourself');
        const [me] = await m.query<Array<{ id: string }>>(
          `SELECT id FROM person WHERE user_id = $1 AND organization_id = $2 AND archived_at IS NULL ORDER BY created_at LIMIT 1`,
          [actor.userId, actor.organizationId],
        );
        if (!me) throw forbidden();
        personId = me.id;
        channel = ComplaintChannel.SELF;
      } else {
        if (!input.personId) throw badInput('personId', ErrorReason.REQUIRED, 'Whose complaint is it?');
        const vis = personVisibilitySql(actor, 'p');
        const [p] = await m
          .createQueryBuilder()
          .select('p.id', 'id')
          .from('person', 'p')
          .where('p.id = :pid', { pid: input.personId })
          .andWhere(vis.sql, vis.params)
          .getRawMany<{ id: string }>();
        if (!p) throw badInput('personId', ErrorReason.NOT_FOUND, 'No such person');
        personId = p.id;
        channel = input.channel ?? ComplaintChannel.PHONE;
        if (channel === ComplaintChannel.SELF)
          throw badInput('channel', ErrorReason.INVALID_VALUE, 'Say how you received it: phone, visit or paper form');
      }
      if (input.sessionId) {
        const s = await applySessionVisibility(
          m.createQueryBuilder(CoachingSession, 's').where('s.id = :sid', { sid: input.sessionId }),
          actor,
          's',
        ).getOne();
        if (!s) throw badInput('sessionId', ErrorReason.NOT_FOUND, 'No such session');
      }
      if (input.coachId) {
        const [u] = await m.query<Array<{ id: string }>>(
          `SELECT id FROM app_user WHERE id = $1 AND organization_id = $2 AND role = 'COACH'`,
          [input.coachId, actor.organizationId],
        );
        if (!u) throw badInput('coachId', ErrorReason.NOT_FOUND, 'No such coach');
      }
      let programId = input.programId ?? null;
      if (programId) {
        const [pr] = await m.query<Array<{ id: string }>>(`SELECT id FROM program WHERE id = $1 AND organization_id = $2`, [
          programId,
          actor.organizationId,
        ]);
        if (!pr) throw badInput('programId', ErrorReason.NOT_FOUND, 'No such programme');
      } else {
        // Her programme: the latest enrolment (active first), so that its lead handles it.
        const [e] = await m.query<Array<{ program_id: string }>>(
          `SELECT program_id FROM enrolment WHERE person_id = $1 ORDER BY (status = 'ACTIVE') DESC, created_at DESC LIMIT 1`,
          [personId],
        );
        programId = e?.program_id ?? null;
      }
      const settings = await this.settings(actor.organizationId, m);
      const days = settings.deadlines.find((d) => d.category === input.category)!.days;
      const sensitive = SENSITIVE_CATEGORIES.includes(input.category);
      const [row] = returnedRows<{ id: string }>(
        await m.query(
          `INSERT INTO complaint (organization_id, person_id, filed_by, channel, anonymous, category, description, session_id, coach_user_id, program_id, assignee_user_id, due_at, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id`,
          [
            actor.organizationId,
            personId,
            actor.userId,
            channel,
            input.anonymous ?? false,
            input.category,
            input.description,
            input.sessionId ?? null,
            input.coachId ?? null,
            programId,
            sensitive ? settings.safeguardingUserId : null,
            new Date(now.getTime() + days * DAY_MS),
            now,
          ],
        ),
      );
      const c = await m.findOneByOrFail(Complaint, { id: row.id });
      const who = await this.complainant(m, personId);
      await this.notifications.enqueueMessages(
        m,
        [
          {
            organizationId: c.organizationId,
            recipientUserId: who.userId,
            recipientPersonId: personId,
            kind: NotificationKind.COMPLAINT_RECEIVED,
            locale: who.locale,
            body: complaintMessage(NotificationKind.COMPLAINT_RECEIVED, who.locale, c),
            dedupe: c.id,
          },
        ],
        now,
      );
      await this.notifyAssignee(m, c);
      return c;
    });
  }

  /** Admins and programme leads (who see it) assign it; a received complaint goes into review. */
  async assign(actor: Actor, input: AssignComplaintInput): Promise<Complaint> {
    if (actor.role !== Role.ADMIN && actor.role !== Role.PROGRAM_LEAD) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      const c = await this.get(actor, input.id, m);
      if (!OPEN_STATUSES.includes(c.status)) throw badInput('id', ErrorReason.INVALID_VALUE, 'This complaint is already decided');
      const [u] = await m.query<Array<{ id: string; role: Role }>>(
        `SELECT id, role FROM app_user WHERE id = $1 AND organization_id = $2 AND disabled_at IS NULL AND role IN ('ADMIN', 'PROGRAM_LEAD', 'COACH')`,
        [input.assigneeId, actor.organizationId],
      );
      if (!u) throw badInput('assigneeId', ErrorReason.NOT_FOUND, 'No such staff member');
      if ((await this.subjectCoaches(m, c)).has(u.id))
        throw badInput('assigneeId', ErrorReason.CONFLICT_OF_INTEREST, 'A complaint is never assigned to the coach it is about');
      if (SENSITIVE_CATEGORIES.includes(c.category) && u.role !== Role.ADMIN) {
        const s = await this.settings(actor.organizationId, m);
        if (s.safeguardingUserId !== u.id)
          throw badInput('assigneeId', ErrorReason.NOT_ALLOWED, 'A sensitive complaint goes to an admin or the safeguarding focal point');
      }
      await updateVersioned(
        m,
        Complaint,
        actor,
        input,
        { assigneeUserId: u.id, status: c.status === ComplaintStatus.RECEIVED ? ComplaintStatus.IN_REVIEW : c.status },
        'complaint',
      );
      const updated = await m.findOneByOrFail(Complaint, { id: c.id });
      await this.notifyAssignee(m, updated);
      return updated;
    });
  }

  /** The written decision: by an admin, a programme lead who sees it, or its assignee. She is told in her language. */
  async decide(actor: Actor, input: DecideComplaintInput, now = new Date()): Promise<Complaint> {
    return this.dataSource.transaction(async (m) => {
      const c = await this.get(actor, input.id, m);
      if (actor.role !== Role.ADMIN && actor.role !== Role.PROGRAM_LEAD && c.assigneeUserId !== actor.userId) throw forbidden();
      if (!OPEN_STATUSES.includes(c.status)) throw badInput('id', ErrorReason.INVALID_VALUE, 'This complaint is already decided');
      await updateVersioned(
        m,
        Complaint,
        actor,
        input,
        { status: input.status, decision: input.decision, decidedAt: now, decidedBy: actor.userId },
        'complaint',
      );
      const updated = await m.findOneByOrFail(Complaint, { id: c.id });
      const who = await this.complainant(m, c.personId);
      await this.notifications.enqueueMessages(
        m,
        [
          {
            organizationId: c.organizationId,
            recipientUserId: who.userId,
            recipientPersonId: c.personId,
            kind: NotificationKind.COMPLAINT_DECIDED,
            locale: who.locale,
            body: complaintMessage(NotificationKind.COMPLAINT_DECIDED, who.locale, updated),
            dedupe: `${c.id}:${updated.version}`,
          },
        ],
        now,
      );
      return updated;
    });
  }

  /** One appeal, by her: the decision is kept as the first one and the complaint is reviewed again. */
  async appeal(actor: Actor, input: AppealComplaintInput, now = new Date()): Promise<Complaint> {
    if (actor.role !== Role.ENTREPRENEUR) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      const c = await this.get(actor, input.id, m);
      if (c.appealedAt)
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'A decision can be appealed only once', {
          field: 'id',
          reason: ErrorReason.ALREADY_APPEALED,
        });
      if (!DECIDED_STATUSES.includes(c.status)) throw badInput('id', ErrorReason.INVALID_VALUE, 'There is no decision to appeal yet');
      const settings = await this.settings(actor.organizationId, m);
      const days = settings.deadlines.find((d) => d.category === c.category)!.days;
      await updateVersioned(
        m,
        Complaint,
        actor,
        input,
        {
          firstStatus: c.status,
          firstDecision: c.decision,
          appealReason: input.reason,
          appealedAt: now,
          status: ComplaintStatus.IN_REVIEW,
          decision: null,
          decidedAt: null,
          decidedBy: null,
          dueAt: new Date(now.getTime() + days * DAY_MS),
          escalationLevel: 0,
          escalatedAt: null,
        },
        'complaint',
      );
      const updated = await m.findOneByOrFail(Complaint, { id: c.id });
      const who = await this.complainant(m, c.personId);
      await this.notifications.enqueueMessages(
        m,
        [
          {
            organizationId: c.organizationId,
            recipientUserId: who.userId,
            recipientPersonId: c.personId,
            kind: NotificationKind.COMPLAINT_RECEIVED,
            locale: who.locale,
            body: complaintMessage(NotificationKind.COMPLAINT_RECEIVED, who.locale, { ...updated, appeal: true }),
            dedupe: `${c.id}:appeal`,
          },
        ],
        now,
      );
      await this.notifyAssignee(m, updated);
      return updated;
    });
  }

  /**
   * Escalation of open complaints past their deadline (run by the job queue; `now` is the clock):
   * first the programme's leads are told (for a sensitive complaint, the safeguarding focal point;
   * with no lead, the admins), then, ESCALATE_TO_ADMIN_AFTER_DAYS later, the admins. Returns how
   * many complaints moved up a level.
   */
  async escalate(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const due = await m.query<Array<Complaint & Record<string, unknown>>>(
        `SELECT id, organization_id, program_id, category, due_at, created_at, escalation_level, assignee_user_id
           FROM complaint
          WHERE status IN ('RECEIVED', 'IN_REVIEW') AND due_at < $1
            AND (escalation_level = 0 OR (escalation_level = 1 AND escalated_at < $1::timestamptz - make_interval(days => $2)))
          ORDER BY due_at
          FOR UPDATE SKIP LOCKED
          LIMIT 500`,
        [now, ESCALATE_TO_ADMIN_AFTER_DAYS],
      );
      let moved = 0;
      for (const r of due) {
        const level = Number(r.escalation_level) + 1;
        const organizationId = r.organization_id as string;
        const category = r.category;
        const sensitive = SENSITIVE_CATEGORIES.includes(category);
        let recipients: Array<{ id: string; locale: string | null }> = [];
        if (level === 1) {
          recipients = sensitive
            ? await m.query(
                `SELECT u.id, u.locale FROM complaint_setting s JOIN app_user u ON u.id = s.safeguarding_user_id AND u.disabled_at IS NULL WHERE s.organization_id = $1`,
                [organizationId],
              )
            : await m.query(
                `SELECT u.id, u.locale FROM program_lead pl JOIN app_user u ON u.id = pl.user_id AND u.disabled_at IS NULL WHERE pl.program_id = $1`,
                [r.program_id],
              );
        }
        if (!recipients.length)
          recipients = await m.query(
            `SELECT id, locale FROM app_user WHERE organization_id = $1 AND role = 'ADMIN' AND disabled_at IS NULL`,
            [organizationId],
          );
        await m.query(
          `UPDATE complaint SET escalation_level = $2, escalated_at = $3, version = version + 1, updated_at = now() WHERE id = $1`,
          [r.id, level, now],
        );
        const params = { category, dueAt: new Date(r.due_at as string), createdAt: new Date(r.created_at as string) };
        await this.notifications.enqueueMessages(
          m,
          recipients.map((u) => ({
            organizationId,
            recipientUserId: u.id,
            recipientPersonId: null,
            kind: NotificationKind.COMPLAINT_ESCALATED,
            locale: u.locale ?? 'fr',
            body: complaintMessage(NotificationKind.COMPLAINT_ESCALATED, u.locale, params),
            dedupe: `${String(r.id)}:${level}:${params.dueAt.toISOString()}`,
          })),
          now,
        );
        moved += 1;
      }
      return moved;
    });
  }

  /** Staff a complaint may be assigned to (never the coaches it is about; sensitive: admins and the focal point). */
  async assignableUsers(actor: Actor, id: string): Promise<Array<{ id: string; displayName: string; role: Role }>> {
    if (actor.role !== Role.ADMIN && actor.role !== Role.PROGRAM_LEAD) throw forbidden();
    const c = await this.get(actor, id);
    const excluded = [...(await this.subjectCoaches(this.dataSource.manager, c))];
    const sensitive = SENSITIVE_CATEGORIES.includes(c.category);
    const focal = sensitive ? (await this.settings(actor.organizationId)).safeguardingUserId : null;
    return this.dataSource.query(
      `SELECT id, display_name AS "displayName", role FROM app_user
        WHERE organization_id = $1 AND disabled_at IS NULL AND role IN ('ADMIN', 'PROGRAM_LEAD', 'COACH')
          AND NOT (id = ANY($2::uuid[])) AND ($3::boolean = false OR role = 'ADMIN' OR id = $4)
        ORDER BY role, 2`,
      [actor.organizationId, excluded, sensitive, focal],
    );
  }
}
