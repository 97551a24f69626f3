// The queries of each workload, for Rafiq, the bare `pg` floor and PostGraphile.

// W1 — a lead's list: 50 people of one region with cooperative, programme and coaches.
// (The API has no "last sessions of a person" field yet: see docs/benchmarks.md.)
export const W1_QUERY = `query W1($region: String!) {
  people(first: 50, filter: { regionCode: $region }) {
    edges { node { id firstName lastName regionCode
      memberships { role cooperative { id name } }
      enrolments { status program { id name } coaches { id displayName } } } }
  }
}`;

// The same page in one statement that builds the JSON in PostgreSQL, with the lead's visibility rule.
export const W1_FLOOR_SQL = `SELECT coalesce(json_agg(x), '[]') AS people FROM (
  SELECT p.id, p.first_name, p.last_name, p.region_code,
    (SELECT coalesce(json_agg(json_build_object('role', m.role, 'cooperative', json_build_object('id', k.id, 'name', k.name))), '[]')
       FROM cooperative_member m JOIN cooperative k ON k.id = m.cooperative_id WHERE m.person_id = p.id) AS memberships,
    (SELECT coalesce(json_agg(json_build_object('status', e.status, 'program', json_build_object('id', g.id, 'name', g.name),
              'coaches', (SELECT coalesce(json_agg(json_build_object('id', u.id, 'displayName', u.display_name)), '[]')
                            FROM enrolment_coach ec JOIN app_user u ON u.id = ec.user_id WHERE ec.enrolment_id = e.id))), '[]')
       FROM enrolment e JOIN program g ON g.id = e.program_id WHERE e.person_id = p.id) AS enrolments
  FROM person p
  WHERE p.organization_id = $1 AND p.region_code = $2 AND p.archived_at IS NULL
    AND (EXISTS (SELECT 1 FROM enrolment ve JOIN program_lead vl ON vl.program_id = ve.program_id WHERE ve.person_id = p.id AND vl.user_id = $3)
         OR NOT EXISTS (SELECT 1 FROM enrolment vn WHERE vn.person_id = p.id))
  ORDER BY p.search_name, p.id
  LIMIT 50) x`;

// PostGraphile has no notion of the signed-in lead: it does less (organisation and region only).
export const W1_POSTGRAPHILE = `query W1($org: UUID!, $region: String!) {
  allPeople(first: 50, condition: { organizationId: $org, regionCode: $region, archivedAt: null }, orderBy: [SEARCH_NAME_ASC, ID_ASC]) {
    nodes { id firstName lastName regionCode
      cooperativeMembersByPersonId { nodes { role cooperativeByCooperativeId { id name } } }
      enrolmentsByPersonId { nodes { status programByProgramId { id name }
        enrolmentCoachesByEnrolmentId { nodes { appUserByUserId { id displayName } } } } } }
  }
}`;

// W2 — the programme dashboard.
export const W2_QUERY = `query W2($filter: ImpactFilter) {
  impact(filter: $filter) {
    asOf source beneficiaries women womenShare youth neet rural droppedOut dropoutRate
    sessionsDelivered sessionHours peopleTrained cooperatives cooperativeMembers ventures venturesOperating
    jobsCreated jobsWomen jobsYouth revenue regionsCovered provincesCovered
    byRegion { regionCode beneficiaries women neet rural }
    byGender { gender beneficiaries }
    byProgram { programId programName beneficiaries women droppedOut }
    byKind { kind sessions hours }
    byStage { stage ventures reached conversionFromPrevious medianDays }
  }
}`;

/** The floor for W2: the headline figures and breakdowns, hand-written, from the summary and the base tables. */
export async function W2_FLOOR(client, org, region) {
  await client.query(
    `SELECT region_code, gender, program_id, sum(enrolments) FROM impact_enrolment_summary
      WHERE organization_id = $1 AND ($2::text IS NULL OR region_code = $2)
      GROUP BY GROUPING SETS ((region_code), (gender), (program_id), ())`,
    [org, region],
  );
  await client.query(
    `SELECT s.kind, count(*), sum(extract(epoch FROM s.ends_at - s.starts_at)) / 3600 FROM coaching_session s
      WHERE s.organization_id = $1 AND s.status = 'DONE'
        AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM session_participant sp JOIN person p ON p.id = sp.person_id
                                          WHERE sp.session_id = s.id AND p.region_code = $2))
      GROUP BY s.kind`,
    [org, region],
  );
  await client.query(
    `SELECT v.stage, count(*), sum(r.revenue), sum(r.jobs_total) FROM venture v LEFT JOIN economic_result r ON r.venture_id = v.id
      WHERE v.organization_id = $1 AND ($2::text IS NULL OR v.region_code = $2) GROUP BY v.stage`,
    [org, region],
  );
}

export const W2_PLAN_SQL = `SELECT s.kind, count(*), sum(extract(epoch FROM s.ends_at - s.starts_at)) / 3600
  FROM coaching_session s WHERE s.organization_id = $1 AND s.status = 'DONE' GROUP BY s.kind`;

// W3 — logging a session (write path with the audit row, signed in as its coach).
export const W3_MUTATION = `mutation W3($input: LogSessionInput!) { logSession(input: $input) { id status version } }`;

export async function W3_FLOOR_SQL(client, id, org) {
  await client.query('BEGIN');
  try {
    await client.query(
      `UPDATE coaching_session SET status = 'DONE', notes = $3, version = version + 1, updated_at = now()
        WHERE id = $1 AND organization_id = $2 RETURNING id, status, version`,
      [id, org, 'Séance tenue, prochaine étape: devis'],
    );
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}

export const W3_POSTGRAPHILE = `mutation W3($id: UUID!) {
  updateCoachingSessionById(input: { id: $id, coachingSessionPatch: { status: "DONE", notes: "Séance tenue, prochaine étape: devis" } }) {
    coachingSession { id status version }
  }
}`;

// W4 — fuzzy name search over every person of the organisation (admin).
export const W4_QUERY = `query W4($search: String!) {
  people(first: 20, filter: { search: $search }) { edges { node { id firstName lastName firstNameAr lastNameAr regionCode } } }
}`;

export const W4_PLAN_SQL = `SELECT p.id FROM person p
  WHERE p.organization_id = $1 AND p.archived_at IS NULL
    AND (p.search_name LIKE $2 OR $3 <% p.search_name)
    AND (p.search_name LIKE $4 OR $5 <% p.search_name)
  ORDER BY p.search_name, p.id LIMIT 21`;
