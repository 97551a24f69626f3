import { Injectable } from '@nestjs/common';
import { ErrorReason, Role } from '@rafiq/shared';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { FieldCrypto } from '../../common/crypto';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { AuditAction, recordAuditEvent } from '../audit/audit-events';
import { erasePerson, ErasureResult } from './erasure';
import { collectPersonData, PersonData } from './person-data';
import {
  ComplianceRecord,
  ComplianceRecordInput,
  ConsentNotice,
  ConsentNoticeInput,
  DataProcessor,
  DeclarationKind,
  Processing,
  ProcessingDeclaration,
  RetentionCategory,
  RetentionReport,
  RetentionRule,
  RetentionRun,
} from './privacy.types';
import { researchDataset, ResearchDataset } from './research-export';

type NoticeRow = { id: string; version: number; text_ar: string; text_fr: string; text_en: string; created_at: Date };
const notice = (r: NoticeRow): ConsentNotice => ({
  id: r.id,
  version: r.version,
  textAr: r.text_ar,
  textFr: r.text_fr,
  textEn: r.text_en,
  createdAt: r.created_at,
});

/**
 * Consent notices, a person's rights (access, erasure), research exports and the compliance
 * record with its retention schedule (issue 9, items 3–6). Admins only, except reading the
 * current consent notice, which every staff member recording a consent needs.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly crypto: FieldCrypto,
  ) {}

  private admin(actor: Actor): void {
    if (actor.role !== Role.ADMIN) throw forbidden();
  }

  /** The person, in the admin's organisation, or NOT_FOUND. */
  private async person(actor: Actor, id: string): Promise<{ first_name: string; last_name: string; erased_at: Date | null; preferred_locale: string | null }> {
    const [row] = await this.dataSource.query<Array<{ first_name: string; last_name: string; erased_at: Date | null; preferred_locale: string | null }>>(
      `SELECT first_name, last_name, erased_at, preferred_locale FROM person WHERE id = $1 AND organization_id = $2`,
      [id, actor.organizationId],
    );
    if (!row) throw notFound('person');
    return row;
  }

  // ---- consent notices

  async consentNotices(actor: Actor): Promise<ConsentNotice[]> {
    const rows = await this.dataSource.query<NoticeRow[]>(
      `SELECT id, version, text_ar, text_fr, text_en, created_at FROM consent_notice WHERE organization_id = $1 ORDER BY version DESC`,
      [actor.organizationId],
    );
    return rows.map(notice);
  }

  async currentConsentNotice(actor: Actor): Promise<ConsentNotice | null> {
    return (await this.consentNotices(actor))[0] ?? null;
  }

  /** A new version of the notice; earlier versions stay (consents refer to them). */
  async publishConsentNotice(actor: Actor, input: ConsentNoticeInput): Promise<ConsentNotice> {
    this.admin(actor);
    for (const field of ['textAr', 'textFr', 'textEn'] as const)
      if (!input[field]?.trim()) throw badInput(field, ErrorReason.REQUIRED, 'The notice is needed in the three languages');
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('consent_notice:' || $1))`, [actor.organizationId]);
      const [row] = await m.query<NoticeRow[]>(
        `INSERT INTO consent_notice (organization_id, version, text_ar, text_fr, text_en, created_by)
         SELECT $1, coalesce(max(version), 0) + 1, $2, $3, $4, $5 FROM consent_notice WHERE organization_id = $1
         RETURNING id, version, text_ar, text_fr, text_en, created_at`,
        [actor.organizationId, input.textAr.trim(), input.textFr.trim(), input.textEn.trim(), actor.userId],
      );
      return notice(row);
    });
  }

  // ---- a person's rights

  /** Everything held about her; the access is on record. */
  async personData(actor: Actor, id: string): Promise<PersonData> {
    this.admin(actor);
    await this.person(actor, id);
    return this.produce(actor, id);
  }

  private produce(actor: Actor, id: string): Promise<PersonData> {
    return this.dataSource.transaction(async (m) => {
      const data = await collectPersonData(m, this.crypto, actor.organizationId, id);
      await recordAuditEvent(m, {
        organizationId: actor.organizationId,
        action: AuditAction.ACCESS_REQUEST,
        entity: 'person',
        entityId: id,
        subjectType: 'person',
        subjectId: id,
      });
      return data;
    });
  }

  /**
   * Her own copy (right of access, permissions.md: "herself"): everything held about the person
   * linked to the signed-in entrepreneur's account, never anyone else's. Staff use the admin route.
   */
  async ownData(actor: Actor): Promise<PersonData> {
    if (actor.role !== Role.ENTREPRENEUR) throw forbidden();
    const [row] = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM person WHERE user_id = $1 AND organization_id = $2 AND erased_at IS NULL ORDER BY created_at LIMIT 1`,
      [actor.userId, actor.organizationId],
    );
    if (!row) throw notFound('person');
    return this.produce(actor, row.id);
  }

  /** Erases her after a typed confirmation (her name as shown: first and last name). */
  async erase(actor: Actor, id: string, confirmation: string): Promise<ErasureResult> {
    this.admin(actor);
    const person = await this.person(actor, id);
    if (person.erased_at) throw conflict('This person was already erased');
    const expected = `${person.first_name} ${person.last_name}`.trim().replace(/\s+/g, ' ').toLowerCase();
    if (confirmation.trim().replace(/\s+/g, ' ').toLowerCase() !== expected)
      throw badInput('confirmation', ErrorReason.INVALID_VALUE, 'Type her full name to confirm');
    const result = await this.dataSource.transaction((m) => erasePerson(m, actor.organizationId, id, 'REQUEST'));
    if (!result) throw conflict('This person was already erased');
    return result;
  }

  // ---- research exports

  async research(actor: Actor, exportKey: string): Promise<ResearchDataset> {
    this.admin(actor);
    const secret = Buffer.from(this.crypto.lookupHash('rafiq research export ids v1'), 'hex');
    return researchDataset(this.dataSource, secret, actor.organizationId, exportKey);
  }

  // ---- compliance record

  async complianceRecord(actor: Actor): Promise<ComplianceRecord> {
    this.admin(actor);
    const [row] = await this.dataSource.query<
      Array<{
        hosting_location: string | null;
        processors: DataProcessor[];
        declarations: ProcessingDeclaration[];
        retention: RetentionRule[];
        version: number;
        updated_at: Date;
      }>
    >(
      `SELECT hosting_location, processors, declarations, retention, version, updated_at FROM compliance_record WHERE organization_id = $1`,
      [actor.organizationId],
    );
    const [{ n }] = await this.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM person WHERE organization_id = $1 AND national_id_hash IS NOT NULL`,
      [actor.organizationId],
    );
    const declarations = row?.declarations ?? [];
    return {
      hostingLocation: row?.hosting_location ?? null,
      processors: row?.processors ?? [],
      declarations,
      retention: row?.retention ?? [],
      version: row?.version ?? 0,
      updatedAt: row?.updated_at ?? null,
      peopleWithNationalId: n,
      nationalIdAuthorised: declarations.some((d) => d.processing === Processing.NATIONAL_ID && d.kind === DeclarationKind.AUTHORISATION && !!d.number),
    };
  }

  async updateComplianceRecord(actor: Actor, input: ComplianceRecordInput): Promise<ComplianceRecord> {
    this.admin(actor);
    const categories = new Set<string>();
    input.retention.forEach((r, i) => {
      if (categories.has(r.category)) throw badInput(`retention.${i}.category`, ErrorReason.DUPLICATE, 'One rule per category');
      categories.add(r.category);
    });
    await this.dataSource.transaction(async (m) => {
      const values = [
        actor.organizationId,
        input.hostingLocation?.trim() || null,
        JSON.stringify(input.processors),
        JSON.stringify(input.declarations),
        JSON.stringify(input.retention),
      ];
      const result: unknown[] =
        input.version === 0
          ? await m.query<unknown[]>(
              `INSERT INTO compliance_record (organization_id, hosting_location, processors, declarations, retention)
               VALUES ($1, $2, $3::jsonb, $4::jsonb, $5::jsonb) ON CONFLICT DO NOTHING RETURNING version`,
              values,
            )
          : (
              await m.query<[unknown[], number]>(
                `UPDATE compliance_record SET hosting_location = $2, processors = $3::jsonb, declarations = $4::jsonb, retention = $5::jsonb,
                        version = version + 1, updated_at = now()
                  WHERE organization_id = $1 AND version = $6 RETURNING version`,
                [...values, input.version],
              )
            )[0];
      if (!result.length) throw conflict('The compliance record was changed by someone else; reload to see the changes');
    });
    return this.complianceRecord(actor);
  }

  async retentionRuns(actor: Actor, first: number): Promise<RetentionRun[]> {
    this.admin(actor);
    const rows = await this.dataSource.query<Array<{ id: string; as_of: string; pseudonymised: number; report: RetentionReport[]; ran_at: Date }>>(
      `SELECT id, as_of::text AS as_of, pseudonymised, report, ran_at FROM retention_run WHERE organization_id = $1 ORDER BY ran_at DESC LIMIT $2`,
      [actor.organizationId, first],
    );
    return rows.map((r) => ({
      id: r.id,
      asOf: r.as_of,
      pseudonymised: r.pseudonymised,
      rules: r.report,
      ranAt: r.ran_at,
    }));
  }

  /**
   * The nightly retention run (also callable with any date, for tests and the CLI): for every
   * organisation with a retention schedule, pseudonymises the people whose records are past their
   * retention, one organisation per transaction, and records what it did (a retention_run row and
   * a RETENTION event in the audit trail).
   */
  async runRetention(now: Date = new Date()): Promise<Array<{ organizationId: string; pseudonymised: number; rules: RetentionReport[] }>> {
    const asOf = now.toISOString().slice(0, 10);
    const orgs = await this.dataSource.query<Array<{ organization_id: string; retention: RetentionRule[] }>>(
      `SELECT organization_id, retention FROM compliance_record WHERE jsonb_array_length(retention) > 0 ORDER BY organization_id`,
    );
    const out: Array<{ organizationId: string; pseudonymised: number; rules: RetentionReport[] }> = [];
    for (const org of orgs) {
      const result = await this.dataSource.transaction(async (m) => {
        const rules: RetentionReport[] = [];
        let total = 0;
        for (const rule of org.retention) {
          const cutoff = `(($2::date) - make_interval(years => $3::int))`;
          const sql =
            rule.category === RetentionCategory.PARTICIPANTS_AFTER_PROGRAM_END
              ? `SELECT p.id FROM person p WHERE p.organization_id = $1 AND p.erased_at IS NULL
                   AND EXISTS (SELECT 1 FROM enrolment e WHERE e.person_id = p.id)
                   AND NOT EXISTS (SELECT 1 FROM enrolment e JOIN program pr ON pr.id = e.program_id
                                    WHERE e.person_id = p.id AND (pr.ends_on IS NULL OR pr.ends_on >= ${cutoff}))`
              : `SELECT p.id FROM person p WHERE p.organization_id = $1 AND p.erased_at IS NULL
                   AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.person_id = p.id) AND p.created_at < ${cutoff}`;
          const people = await m.query<Array<{ id: string }>>(sql, [org.organization_id, asOf, rule.years]);
          for (const p of people) await erasePerson(m, org.organization_id, p.id, 'RETENTION');
          rules.push({ category: rule.category, years: rule.years, pseudonymised: people.length });
          total += people.length;
        }
        await m.query(`INSERT INTO retention_run (organization_id, as_of, pseudonymised, report) VALUES ($1, $2, $3, $4::jsonb)`, [
          org.organization_id,
          asOf,
          total,
          JSON.stringify(rules),
        ]);
        await recordAuditEvent(m, {
          organizationId: org.organization_id,
          action: AuditAction.RETENTION,
          entity: 'retention_run',
          changes: { asOf: [null, asOf], pseudonymised: [null, total], rules: [null, rules] },
          actor: { userId: null, role: 'SYSTEM', ip: null },
        });
        return { organizationId: org.organization_id, pseudonymised: total, rules };
      });
      out.push(result);
    }
    return out;
  }
}
