import { Locale } from '@rafiq/shared';
import PDFDocument from 'pdfkit';
import { EntityManager } from 'typeorm';
import { FieldCrypto } from '../../common/crypto';

type Row = Record<string, unknown>;

/** Everything Rafiq holds about one person, as produced for her (permissions.md: right of access). */
export interface PersonData {
  generatedAt: string;
  organization: string;
  person: Row;
  enrolments: Row[];
  memberships: Row[];
  ventures: Row[];
  actionItems: Row[];
  economicResults: Row[];
  sessions: Row[];
  mentorships: Row[];
  followUps: Row[];
  notifications: Row[];
  /** Who changed or looked at her record, and when (never the values). */
  history: Row[];
}

const SECTIONS = [
  'enrolments',
  'memberships',
  'ventures',
  'actionItems',
  'economicResults',
  'sessions',
  'mentorships',
  'followUps',
  'notifications',
  'history',
] as const;

/** Collects her data from every table that names her, in the caller's organisation. */
export async function collectPersonData(m: EntityManager, crypto: FieldCrypto, organizationId: string, personId: string): Promise<PersonData> {
  const q = (sql: string) => m.query<Row[]>(sql, [personId, organizationId]);
  const [person] = await q(
    `SELECT p.id, p.first_name, p.last_name, p.first_name_ar, p.last_name_ar, p.gender, p.birth_date::text AS birth_date,
            p.national_id_encrypted, p.phone, p.region_code, p.province_code, p.commune, p.locality, p.area, p.education_level,
            p.neet, p.preferred_locale, p.consent_at, p.consent_version, p.consent_channel, p.consent_given_by,
            p.archived_at, p.erased_at, p.created_at, p.updated_at, u.email AS account_email
       FROM person p LEFT JOIN app_user u ON u.id = p.user_id
      WHERE p.id = $1 AND p.organization_id = $2`,
  );
  const encrypted = person.national_id_encrypted as string | null;
  delete person.national_id_encrypted;
  person.national_id = encrypted ? crypto.decrypt(encrypted) : null;
  const [org] = await m.query<Array<{ name: string }>>(`SELECT name FROM organization WHERE id = $1`, [organizationId]);
  const [enrolments, memberships, ventures, actionItems, economicResults, sessions, mentorships, followUps, notifications, history] = await Promise.all([
    q(`SELECT pr.name AS program, c.name AS cohort, e.status, e.enrolled_on::text AS enrolled_on, e.dropout_reason
         FROM enrolment e JOIN program pr ON pr.id = e.program_id LEFT JOIN cohort c ON c.id = e.cohort_id
        WHERE e.person_id = $1 AND e.organization_id = $2 ORDER BY e.enrolled_on`),
    q(`SELECT co.name AS cooperative, cm.role, cm.since::text AS since, cm.until::text AS until
         FROM cooperative_member cm JOIN cooperative co ON co.id = cm.cooperative_id
        WHERE cm.person_id = $1 AND cm.organization_id = $2 ORDER BY cm.since`),
    q(`SELECT v.title, v.description, v.stage, v.region_code, v.created_at FROM venture v
        WHERE v.owner_person_id = $1 AND v.organization_id = $2 ORDER BY v.created_at`),
    q(`SELECT v.title AS venture, a.title, a.details, a.due_on::text AS due_on, a.status FROM action_item a JOIN venture v ON v.id = a.venture_id
        WHERE v.owner_person_id = $1 AND a.organization_id = $2 ORDER BY a.due_on`),
    q(`SELECT v.title AS venture, r.period_kind, r.period_start::text AS period_start, r.revenue, r.costs, r.jobs_total, r.note
         FROM economic_result r JOIN venture v ON v.id = r.venture_id
        WHERE v.owner_person_id = $1 AND r.organization_id = $2 ORDER BY r.period_start`),
    q(`SELECT s.kind, s.starts_at, s.status, sp.attendance,
              CASE WHEN (SELECT count(*) FROM session_participant o WHERE o.session_id = s.id) = 1 THEN s.notes END AS notes,
              CASE WHEN (SELECT count(*) FROM session_participant o WHERE o.session_id = s.id) = 1 THEN s.next_steps END AS next_steps
         FROM session_participant sp JOIN coaching_session s ON s.id = sp.session_id
        WHERE sp.person_id = $1 AND sp.organization_id = $2 ORDER BY s.starts_at`),
    q(`SELECT u.display_name AS mentor, ms.goals, ms.status, ms.starts_on::text AS starts_on, ms.ends_on::text AS ends_on
         FROM mentorship ms JOIN app_user u ON u.id = ms.mentor_user_id
        WHERE ms.mentee_person_id = $1 AND ms.organization_id = $2 ORDER BY ms.created_at`),
    q(`SELECT f.months, f.due_on::text AS due_on, f.status, f.still_operating, f.revenue, f.jobs_total, f.note
         FROM follow_up f WHERE f.person_id = $1 AND f.organization_id = $2 ORDER BY f.due_on`),
    q(`SELECT n.channel, n.kind, n.status, n.created_at, n.sent_at FROM notification n
        WHERE n.recipient_person_id = $1 AND n.organization_id = $2 ORDER BY n.created_at`),
    q(`SELECT a.occurred_at, a.action, a.entity, a.actor_role FROM audit_log a
        WHERE a.subject_type = 'person' AND a.subject_id = $1 AND a.organization_id = $2 ORDER BY a.seq`),
  ]);
  return {
    generatedAt: new Date().toISOString(),
    organization: org?.name ?? '',
    person,
    enrolments,
    memberships,
    ventures,
    actionItems,
    economicResults,
    sessions,
    mentorships,
    followUps,
    notifications,
    history,
  };
}

const LABELS: Record<Locale, { title: string; intro: string; person: string; empty: string } & Record<(typeof SECTIONS)[number], string>> = {
  [Locale.FR]: {
    title: 'Données personnelles détenues',
    intro: 'Copie de toutes les données enregistrées dans Rafiq à votre sujet (loi 09-08).',
    person: 'Identité et contact',
    empty: 'Aucune donnée',
    enrolments: 'Inscriptions aux programmes',
    memberships: 'Coopératives',
    ventures: 'Projets',
    actionItems: 'Actions',
    economicResults: 'Résultats économiques',
    sessions: 'Séances',
    mentorships: 'Mentorats',
    followUps: 'Suivis après le programme',
    notifications: 'Messages envoyés',
    history: 'Historique des accès et modifications',
  },
  [Locale.EN]: {
    title: 'Personal data held',
    intro: 'A copy of everything recorded about you in Rafiq (law 09-08).',
    person: 'Identity and contact',
    empty: 'No data',
    enrolments: 'Programme enrolments',
    memberships: 'Cooperatives',
    ventures: 'Ventures',
    actionItems: 'Action items',
    economicResults: 'Economic results',
    sessions: 'Sessions',
    mentorships: 'Mentorships',
    followUps: 'Follow-ups after the programme',
    notifications: 'Messages sent',
    history: 'History of access and changes',
  },
  [Locale.AR]: {
    title: 'البيانات الشخصية المحفوظة',
    intro: 'نسخة من كل ما هو مسجل عنك في رفيق (القانون 09-08).',
    person: 'الهوية والاتصال',
    empty: 'لا توجد بيانات',
    enrolments: 'التسجيل في البرامج',
    memberships: 'التعاونيات',
    ventures: 'المشاريع',
    actionItems: 'الإجراءات',
    economicResults: 'النتائج الاقتصادية',
    sessions: 'الجلسات',
    mentorships: 'الإرشاد',
    followUps: 'المتابعة بعد البرنامج',
    notifications: 'الرسائل المرسلة',
    history: 'سجل الاطلاع والتعديلات',
  },
};

const FIELD_LABELS: Record<Locale, Record<string, string>> = {
  [Locale.FR]: {
    first_name: 'Prénom',
    last_name: 'Nom',
    first_name_ar: 'Prénom (arabe)',
    last_name_ar: 'Nom (arabe)',
    gender: 'Sexe',
    birth_date: 'Date de naissance',
    national_id: 'CIN',
    phone: 'Téléphone',
    region_code: 'Région',
    province_code: 'Province',
    commune: 'Commune',
    locality: 'Douar / quartier',
    consent_at: 'Consentement',
    consent_version: 'Version de la notice',
    consent_channel: 'Canal',
    consent_given_by: 'Donné par',
  },
  [Locale.EN]: {
    first_name: 'First name',
    last_name: 'Last name',
    first_name_ar: 'First name (Arabic)',
    last_name_ar: 'Last name (Arabic)',
    gender: 'Gender',
    birth_date: 'Birth date',
    national_id: 'National ID',
    phone: 'Phone',
    region_code: 'Region',
    province_code: 'Province',
    commune: 'Commune',
    locality: 'Douar / neighbourhood',
    consent_at: 'Consent',
    consent_version: 'Notice version',
    consent_channel: 'Channel',
    consent_given_by: 'Given by',
  },
  [Locale.AR]: {
    first_name: 'الاسم الشخصي',
    last_name: 'الاسم العائلي',
    first_name_ar: 'الاسم الشخصي بالعربية',
    last_name_ar: 'الاسم العائلي بالعربية',
    gender: 'الجنس',
    birth_date: 'تاريخ الازدياد',
    national_id: 'رقم البطاقة الوطنية',
    phone: 'الهاتف',
    region_code: 'الجهة',
    province_code: 'الإقليم',
    commune: 'الجماعة',
    locality: 'الدوار أو الحي',
    consent_at: 'الموافقة',
    consent_version: 'نسخة الإشعار',
    consent_channel: 'القناة',
    consent_given_by: 'صادرة عن',
  },
};

const ARABIC = /[\u0600-\u06FF]/;
const ARABIC_FONT = require.resolve('@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff');
const show = (v: unknown): string =>
  v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 16).replace('T', ' ') : typeof v === 'string' ? v : JSON.stringify(v);

/**
 * A readable PDF of her data in her language, the way the impact report does it: Helvetica for
 * Latin text, Noto Sans Arabic (embedded) for Arabic text, shaped by fontkit; in Arabic the page
 * and every table run right to left.
 */
export function personDataPdf(d: PersonData, locale: Locale): Promise<Buffer> {
  const L = LABELS[locale];
  const F = FIELD_LABELS[locale];
  const rtl = locale === Locale.AR;
  const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: L.title, Author: 'Rafiq' }, lang: locale });
  doc.registerFont('arabic', ARABIC_FONT);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const text = (s: string, x: number, y: number, w: number, opts: { size?: number; bold?: boolean } = {}) => {
    doc.font(ARABIC.test(s) ? 'arabic' : opts.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(opts.size ?? 9);
    doc.text(s, x, y, { width: w, align: rtl ? 'right' : 'left', lineBreak: true });
  };
  const heading = (s: string) => {
    if (doc.y > doc.page.height - 140) doc.addPage();
    doc.moveDown(0.8);
    text(s, left, doc.y, width, { size: 13, bold: true });
    doc.moveDown(0.3);
  };
  const table = (rows: string[][], bold = -1) => {
    const cols = rows[0]?.length ?? 1;
    const w = width / cols;
    rows.forEach((cells, r) => {
      if (doc.y > doc.page.height - 72) doc.addPage();
      const y = doc.y;
      let maxY = y;
      cells.forEach((cell, i) => {
        const x = rtl ? left + width - (i + 1) * w : left + i * w;
        text(cell, x + 2, y, w - 4, { bold: r === bold });
        maxY = Math.max(maxY, doc.y);
      });
      doc.y = maxY + 3;
    });
  };
  text(L.title, left, doc.y, width, { size: 18, bold: true });
  doc.moveDown(0.3);
  text(L.intro, left, doc.y, width);
  text(`${d.organization} — ${d.generatedAt.slice(0, 10)}`, left, doc.y, width);
  heading(L.person);
  table(
    Object.entries(d.person)
      .filter(([k, v]) => k !== 'id' && v !== null && v !== undefined)
      .map(([k, v]) => [F[k] ?? k.replace(/_/g, ' '), show(v)]),
  );
  for (const section of SECTIONS) {
    heading(L[section]);
    const rows = d[section];
    if (!rows.length) {
      text(L.empty, left, doc.y, width);
      continue;
    }
    const keys = Object.keys(rows[0]);
    table([keys.map((k) => k.replace(/_/g, ' ')), ...rows.map((r) => keys.map((k) => show(r[k])))], 0);
  }
  doc.end();
  return done;
}
