import { randomUUID } from 'node:crypto';
import { normalizeName, Role } from '@rafiq/shared';
import { QueryRunner } from 'typeorm';
import { FieldCrypto, maskNationalId } from '../../common/crypto';
import type { ImportContext } from './people-import.engine';
import { ParsedRow, PersonRec, Refs } from './people-import.rows';

const sameName = (p: PersonRec, key: string) =>
  p.search_name === key || p.search_name.startsWith(`${key} `) || normalizeName(`${p.first_name} ${p.last_name}`) === key;

/** Writes one batch of valid rows in the open transaction; returns each row's outcome. */
export async function writeBatch(
  q: QueryRunner,
  ctx: ImportContext,
  crypto: FieldCrypto,
  refs: Refs,
  rows: ParsedRow[],
  today: string,
): Promise<{ created: number; updated: number; unchanged: number }> {
  const org = ctx.organizationId;
  // Programme, cohort and cooperative names repeat from row to row: normalise each once per batch.
  const keys = new Map<string, string>();
  const keyOf = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = normalizeName(name)));
    return key;
  };

  // Programmes and cohorts missing so far (few: one statement each), cooperatives in one statement.
  for (const r of rows) {
    const key = keyOf(r.program);
    let program = refs.programs.get(key);
    if (!program) {
      program = { id: null, name: r.program, allowed: true, cohorts: new Map() };
      refs.programs.set(key, program);
    }
    if (!program.id) {
      const [created] = (await q.query(`INSERT INTO program (organization_id, name) VALUES ($1, $2) RETURNING id`, [org, r.program])) as {
        id: string;
      }[];
      program.id = created.id;
      if (ctx.role === Role.PROGRAM_LEAD && ctx.userId)
        await q.query(`INSERT INTO program_lead (program_id, user_id, organization_id) VALUES ($1, $2, $3)`, [program.id, ctx.userId, org]);
    }
    if (r.cohort && !program.cohorts.has(keyOf(r.cohort))) {
      const [created] = (await q.query(`INSERT INTO cohort (organization_id, program_id, name) VALUES ($1, $2, $3) RETURNING id`, [
        org,
        program.id,
        r.cohort,
      ])) as { id: string }[];
      program.cohorts.set(keyOf(r.cohort), created.id);
    }
  }
  const newCoops = new Map<string, { id: string; name: string; region: string }>();
  for (const r of rows) {
    if (!r.cooperative) continue;
    const key = keyOf(r.cooperative);
    if (!refs.cooperatives.has(key) && !newCoops.has(key))
      newCoops.set(key, { id: randomUUID(), name: r.cooperative, region: r.regionCode });
  }
  if (newCoops.size) {
    const list = [...newCoops.entries()];
    await q.query(
      `INSERT INTO cooperative (id, organization_id, name, search_name, region_code)
       SELECT u.id, $1, u.name, u.search, u.region FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[]) AS u(id, name, search, region)`,
      [org, list.map(([, c]) => c.id), list.map(([, c]) => c.name), list.map(([key]) => key), list.map(([, c]) => c.region)],
    );
    for (const [key, c] of list) refs.cooperatives.set(key, c.id);
  }

  // Existing people who may be these rows: by national ID, by phone, by name and birth date — one statement.
  // A row with a national ID matches by phone or by name and birth date only people without one (see
  // `matches` below): the statement leaves the others out, or every namesake born the same day would
  // come back for every row.
  const hashes = [...new Set(rows.map((r) => r.nationalIdHash).filter((h): h is string => !!h))];
  const phoneKeys = new Map<string, boolean>();
  for (const r of rows) if (r.phone) phoneKeys.set(r.phone, (phoneKeys.get(r.phone) ?? true) && !!r.nationalIdHash);
  const birthKeys = new Map<string, { birth: string; name: string; hasId: boolean }>();
  for (const r of rows) {
    if (!r.birthDate) continue;
    const k = `${r.birthDate}|${r.nameKey}`;
    const seen = birthKeys.get(k);
    if (seen) seen.hasId &&= !!r.nationalIdHash;
    else birthKeys.set(k, { birth: r.birthDate, name: r.nameKey, hasId: !!r.nationalIdHash });
  }
  const nameBirth = [...birthKeys.values()];
  const columns = `p.id, p.first_name, p.last_name, p.search_name, p.birth_date::text AS birth_date, p.phone, p.national_id_hash, p.gender, p.region_code,
            p.province_code, p.commune, p.area, p.education_level, p.neet`;
  // One index lookup per key (LATERAL … OFFSET 0 keeps the nested loop): while a large import runs, the
  // statistics still say the organisation has next to no people, and a planner left free hashes the whole
  // organisation for every batch (≈ 0.5 s per batch at 100,000 people).
  const candidates = (await q.query(
    `SELECT p.* FROM unnest($2::text[]) AS k(hash)
       CROSS JOIN LATERAL (SELECT ${columns} FROM person p WHERE p.organization_id = $1 AND p.national_id_hash = k.hash OFFSET 0) p
     UNION
     SELECT p.* FROM unnest($3::text[], $4::boolean[]) AS k(phone, has_id)
       CROSS JOIN LATERAL (SELECT ${columns} FROM person p WHERE p.organization_id = $1 AND p.phone = k.phone
                             AND (NOT k.has_id OR p.national_id_hash IS NULL) OFFSET 0) p
     UNION
     SELECT p.* FROM unnest($5::date[], $6::text[], $7::boolean[]) AS k(birth, name, has_id)
       CROSS JOIN LATERAL (SELECT ${columns} FROM person p WHERE p.organization_id = $1 AND p.birth_date = k.birth
                             AND (p.search_name = k.name OR starts_with(p.search_name, k.name || ' '))
                             AND (NOT k.has_id OR p.national_id_hash IS NULL) OFFSET 0) p`,
    [
      org,
      hashes,
      [...phoneKeys.keys()],
      [...phoneKeys.values()],
      nameBirth.map((k) => k.birth),
      nameBirth.map((k) => k.name),
      nameBirth.map((k) => k.hasId),
    ],
  )) as PersonRec[];
  const byHash = new Map<string, PersonRec>();
  const byBirth = new Map<string, PersonRec[]>();
  const byPhone = new Map<string, PersonRec[]>();
  const index = (p: PersonRec) => {
    if (p.national_id_hash) byHash.set(p.national_id_hash, p);
    if (p.birth_date) {
      const list = byBirth.get(p.birth_date);
      if (list) list.push(p);
      else byBirth.set(p.birth_date, [p]);
    }
    if (p.phone) {
      const list = byPhone.get(p.phone);
      if (list) list.push(p);
      else byPhone.set(p.phone, [p]);
    }
  };
  candidates.forEach(index);

  const existingIds = candidates.map((c) => c.id);
  const enrolments = (await q.query(
    `SELECT id, person_id, program_id, cohort_id FROM enrolment WHERE organization_id = $1 AND person_id = ANY($2::uuid[])`,
    [org, existingIds],
  )) as {
    id: string;
    person_id: string;
    program_id: string;
    cohort_id: string | null;
  }[];
  const enrolmentOf = new Map(enrolments.map((e) => [`${e.person_id}|${e.program_id}`, e]));
  const members = (await q.query(
    `SELECT id, person_id, cooperative_id, role FROM cooperative_member WHERE organization_id = $1 AND person_id = ANY($2::uuid[]) AND until IS NULL`,
    [org, existingIds],
  )) as {
    id: string;
    person_id: string;
    cooperative_id: string;
    role: string;
  }[];
  const memberOf = new Map(members.map((m) => [`${m.person_id}|${m.cooperative_id}`, m]));

  const inserts: (PersonRec & { row: ParsedRow })[] = [];
  const pendingInsert = new Map<string, PersonRec & { row: ParsedRow }>();
  const updates = new Map<string, PersonRec>();
  const newEnrolments: { id: string; program: string; cohort: string | null; person: string; on: string }[] = [];
  const pendingEnrolment = new Map<string, (typeof newEnrolments)[number]>();
  const cohortChanges: { id: string; cohort: string }[] = [];
  const newMembers: { cooperative: string; person: string; role: string }[] = [];
  const pendingMember = new Map<string, (typeof newMembers)[number]>();
  const roleChanges: { id: string; role: string }[] = [];
  let created = 0;
  let updated = 0;
  let unchanged = 0;

  for (const r of rows) {
    const matches = (p: PersonRec) => sameName(p, r.nameKey) && (!r.nationalIdHash || !p.national_id_hash);
    let person: PersonRec | undefined = r.nationalIdHash ? byHash.get(r.nationalIdHash) : undefined;
    if (!person && r.birthDate) person = byBirth.get(r.birthDate)?.find(matches);
    if (!person && r.phone) person = byPhone.get(r.phone)?.find(matches);
    let isNew = false;
    let changed = false;
    if (!person) {
      isNew = true;
      person = {
        id: randomUUID(),
        first_name: r.firstName,
        last_name: r.lastName,
        search_name: r.nameKey,
        birth_date: r.birthDate,
        phone: r.phone,
        national_id_hash: r.nationalIdHash,
        gender: r.gender,
        region_code: r.regionCode,
        province_code: r.provinceCode,
        commune: r.commune,
        area: r.area,
        education_level: r.education,
        neet: r.neet,
      };
      const pending = { ...person, row: r };
      inserts.push(pending);
      pendingInsert.set(person.id, pending);
      index(person);
    } else {
      const next: PersonRec = {
        ...person,
        gender: r.gender,
        birth_date: r.birthDate ?? person.birth_date,
        phone: r.phone ?? person.phone,
        national_id_hash: person.national_id_hash ?? r.nationalIdHash,
        region_code: r.regionCode,
        province_code: r.provinceCode ?? person.province_code,
        commune: r.commune ?? person.commune,
        area: r.area,
        education_level: r.education ?? person.education_level,
        neet: r.neet,
      };
      const fields = [
        'gender',
        'birth_date',
        'phone',
        'national_id_hash',
        'region_code',
        'province_code',
        'commune',
        'area',
        'education_level',
        'neet',
      ] as const;
      if (fields.some((f) => next[f] !== person![f])) {
        changed = true;
        const pending = pendingInsert.get(person.id);
        if (pending) Object.assign(pending, next);
        else {
          if (!person.national_id_hash && r.nationalIdHash) (next as PersonRec & { row?: ParsedRow }).row = r;
          updates.set(person.id, next);
        }
        Object.assign(person, next);
        if (next.national_id_hash) byHash.set(next.national_id_hash, person);
      }
    }

    const program = refs.programs.get(keyOf(r.program))!;
    const cohortId = r.cohort ? (program.cohorts.get(keyOf(r.cohort)) ?? null) : null;
    const enrolKey = `${person.id}|${program.id}`;
    const enrolment = enrolmentOf.get(enrolKey);
    if (!enrolment) {
      const e = { id: randomUUID(), person_id: person.id, program_id: program.id!, cohort_id: cohortId };
      enrolmentOf.set(enrolKey, e);
      const pending = { id: e.id, program: program.id!, cohort: cohortId, person: person.id, on: r.enrolledOn ?? today };
      newEnrolments.push(pending);
      pendingEnrolment.set(e.id, pending);
      changed = true;
    } else if (cohortId && enrolment.cohort_id !== cohortId) {
      enrolment.cohort_id = cohortId;
      const pending = pendingEnrolment.get(enrolment.id);
      if (pending) pending.cohort = cohortId;
      else cohortChanges.push({ id: enrolment.id, cohort: cohortId });
      changed = true;
    }

    if (r.cooperative) {
      const cooperativeId = refs.cooperatives.get(keyOf(r.cooperative))!;
      const memberKey = `${person.id}|${cooperativeId}`;
      const member = memberOf.get(memberKey);
      if (!member) {
        const m = { id: '', person_id: person.id, cooperative_id: cooperativeId, role: r.cooperativeRole ?? 'MEMBER' };
        memberOf.set(memberKey, m);
        const pending = { cooperative: cooperativeId, person: person.id, role: m.role };
        newMembers.push(pending);
        pendingMember.set(memberKey, pending);
        changed = true;
      } else if (r.cooperativeRole && member.role !== r.cooperativeRole) {
        member.role = r.cooperativeRole;
        const pending = pendingMember.get(memberKey);
        if (pending) pending.role = r.cooperativeRole;
        else roleChanges.push({ id: member.id, role: r.cooperativeRole });
        changed = true;
      }
    }
    if (isNew) created++;
    else if (changed) updated++;
    else unchanged++;
  }

  if (inserts.length) {
    const ids = inserts.map((p) => {
      const id = p.row.nationalId;
      return id ? { enc: crypto.encrypt(id), masked: maskNationalId(id) } : { enc: null, masked: null };
    });
    await q.query(
      `INSERT INTO person (id, organization_id, first_name, last_name, search_name, gender, birth_date, national_id_encrypted, national_id_hash, national_id_masked,
                           phone, region_code, province_code, commune, area, education_level, neet)
       SELECT u.id, $1, u.fn, u.ln, u.sn, u.g, u.bd, u.ne, u.nh, u.nm, u.ph, u.rc, u.pc, u.cm, u.ar, u.ed, u.nt
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[],
                     $13::text[], $14::text[], $15::text[], $16::text[], $17::boolean[]) AS u(id, fn, ln, sn, g, bd, ne, nh, nm, ph, rc, pc, cm, ar, ed, nt)`,
      [
        org,
        inserts.map((p) => p.id),
        inserts.map((p) => p.first_name),
        inserts.map((p) => p.last_name),
        inserts.map((p) => p.search_name),
        inserts.map((p) => p.gender),
        inserts.map((p) => p.birth_date),
        ids.map((i) => i.enc),
        inserts.map((p) => p.national_id_hash),
        ids.map((i) => i.masked),
        inserts.map((p) => p.phone),
        inserts.map((p) => p.region_code),
        inserts.map((p) => p.province_code),
        inserts.map((p) => p.commune),
        inserts.map((p) => p.area),
        inserts.map((p) => p.education_level),
        inserts.map((p) => p.neet),
      ],
    );
  }
  if (updates.size) {
    const list = [...updates.values()] as (PersonRec & { row?: ParsedRow })[];
    const ids = list.map((p) =>
      p.row?.nationalId ? { enc: crypto.encrypt(p.row.nationalId), masked: maskNationalId(p.row.nationalId) } : { enc: null, masked: null },
    );
    await q.query(
      `UPDATE person p SET gender = u.g, birth_date = u.bd, phone = u.ph, region_code = u.rc, province_code = u.pc, commune = u.cm, area = u.ar,
              education_level = u.ed, neet = u.nt, national_id_hash = COALESCE(p.national_id_hash, u.nh),
              national_id_encrypted = COALESCE(p.national_id_encrypted, u.ne), national_id_masked = COALESCE(p.national_id_masked, u.nm),
              version = p.version + 1, updated_at = now()
         FROM unnest($2::uuid[], $3::text[], $4::date[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::boolean[], $12::text[], $13::text[], $14::text[])
              AS u(id, g, bd, ph, rc, pc, cm, ar, ed, nt, nh, ne, nm)
        WHERE p.id = u.id AND p.id IN (SELECT x.id FROM unnest($2::uuid[]) AS k(id) CROSS JOIN LATERAL (SELECT x.id FROM person x WHERE x.id = k.id AND x.organization_id = $1 OFFSET 0) x)`,
      [
        org,
        list.map((p) => p.id),
        list.map((p) => p.gender),
        list.map((p) => p.birth_date),
        list.map((p) => p.phone),
        list.map((p) => p.region_code),
        list.map((p) => p.province_code),
        list.map((p) => p.commune),
        list.map((p) => p.area),
        list.map((p) => p.education_level),
        list.map((p) => p.neet),
        list.map((p) => p.national_id_hash),
        ids.map((i) => i.enc),
        ids.map((i) => i.masked),
      ],
    );
  }
  if (newEnrolments.length) {
    await q.query(
      `INSERT INTO enrolment (id, organization_id, program_id, cohort_id, person_id, status, enrolled_on)
       SELECT u.id, $1, u.program, u.cohort, u.person, 'ACTIVE', u.enrolled_on FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::date[]) AS u(id, program, cohort, person, enrolled_on)`,
      [
        org,
        newEnrolments.map((e) => e.id),
        newEnrolments.map((e) => e.program),
        newEnrolments.map((e) => e.cohort),
        newEnrolments.map((e) => e.person),
        newEnrolments.map((e) => e.on),
      ],
    );
    await q.query(
      `INSERT INTO enrolment_status_change (organization_id, enrolment_id, from_status, to_status, changed_by)
       SELECT $1, u.id, NULL, 'ACTIVE', $3 FROM unnest($2::uuid[]) AS u(id)`,
      [org, newEnrolments.map((e) => e.id), ctx.userId],
    );
  }
  if (cohortChanges.length) {
    await q.query(
      `UPDATE enrolment e SET cohort_id = u.cohort, version = e.version + 1, updated_at = now()
         FROM unnest($2::uuid[], $3::uuid[]) AS u(id, cohort)
        WHERE e.id = u.id AND e.id IN (SELECT x.id FROM unnest($2::uuid[]) AS k(id) CROSS JOIN LATERAL (SELECT x.id FROM enrolment x WHERE x.id = k.id AND x.organization_id = $1 OFFSET 0) x)`,
      [org, cohortChanges.map((c) => c.id), cohortChanges.map((c) => c.cohort)],
    );
  }
  if (newMembers.length) {
    await q.query(
      `INSERT INTO cooperative_member (organization_id, cooperative_id, person_id, role)
       SELECT $1, u.coop, u.person, u.role FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS u(coop, person, role)`,
      [org, newMembers.map((m) => m.cooperative), newMembers.map((m) => m.person), newMembers.map((m) => m.role)],
    );
  }
  if (roleChanges.length) {
    await q.query(
      `UPDATE cooperative_member m SET role = u.role FROM unnest($2::uuid[], $3::text[]) AS u(id, role)
        WHERE m.id = u.id AND m.id IN (SELECT x.id FROM unnest($2::uuid[]) AS k(id) CROSS JOIN LATERAL (SELECT x.id FROM cooperative_member x WHERE x.id = k.id AND x.organization_id = $1 OFFSET 0) x)`,
      [org, roleChanges.map((c) => c.id), roleChanges.map((c) => c.role)],
    );
  }
  return { created, updated, unchanged };
}
