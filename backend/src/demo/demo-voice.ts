import { EntityManager } from 'typeorm';

/**
 * Beneficiary voice in the demo: the admin as safeguarding focal point, a handful of complaints in
 * every status (one anonymous, one sensitive, one overdue and escalated, one appealed), filed by
 * the people themselves or by staff, and satisfaction ratings for most attendances of sessions
 * done. Deterministic: people are taken in name order, ratings derive from the ids' hash.
 */
export async function seedDemoVoice(m: EntityManager, organizationId: string): Promise<void> {
  const users = await m.query<Array<{ id: string; email: string }>>(`SELECT id, email FROM app_user WHERE organization_id = $1`, [
    organizationId,
  ]);
  const user = (email: string) => users.find((u) => u.email === email)?.id ?? null;
  const admin = user('admin@rafiq.example');
  const lead = user('lead@rafiq.example');
  const coach2 = user('coach2@rafiq.example');
  await m.query(`INSERT INTO complaint_setting (organization_id, deadline_days, safeguarding_user_id) VALUES ($1, $2, $3)`, [
    organizationId,
    JSON.stringify({ COACHING_QUALITY: 15, TRAINING: 15, PAYMENT_OR_GRANT: 30, DISCRIMINATION_OR_ABUSE: 7, DATA_PRIVACY: 30, OTHER: 30 }),
    admin,
  ]);
  // People with an account or an active enrolment, in name order (Fatima and Khadija keep their own pages clean).
  const people = await m.query<Array<{ id: string; user_id: string | null; program_id: string; coach_id: string | null }>>(
    `SELECT p.id, p.user_id, e.program_id,
            (SELECT ec.user_id FROM enrolment_coach ec WHERE ec.enrolment_id = e.id ORDER BY ec.user_id LIMIT 1) AS coach_id
       FROM person p JOIN enrolment e ON e.person_id = p.id AND e.status = 'ACTIVE'
      WHERE p.organization_id = $1 AND p.user_id IS NULL
      ORDER BY p.search_name, p.id LIMIT 10`,
    [organizationId],
  );
  type Row = [string, string, boolean, string, string, number, string | null, string | null, number];
  // channel, category, anonymous, status, description, days ago, decision, assignee, escalation level
  const rows: Row[] = [
    ['PHONE', 'PAYMENT_OR_GRANT', false, 'RECEIVED', 'La deuxième tranche de la subvention n’est pas arrivée.', 2, null, null, 0],
    ['PAPER_FORM', 'COACHING_QUALITY', true, 'RECEIVED', 'المؤطر لا يجيب على الهاتف منذ أسبوعين.', 5, null, null, 0],
    ['VISIT', 'TRAINING', false, 'IN_REVIEW', 'La formation en comptabilité allait trop vite.', 8, null, lead, 0],
    ['PHONE', 'OTHER', false, 'IN_REVIEW', 'Le local de la coopérative n’a toujours pas été visité.', 40, null, lead, 2],
    [
      'VISIT',
      'COACHING_QUALITY',
      false,
      'RESOLVED',
      'Séances souvent annulées au dernier moment.',
      60,
      'Un nouveau calendrier a été fixé avec votre coach.',
      coach2,
      0,
    ],
    [
      'PHONE',
      'DATA_PRIVACY',
      false,
      'RESOLVED',
      'Mon numéro a été partagé sans mon accord.',
      45,
      'Le numéro a été retiré de la liste partagée ; l’équipe a été rappelée aux règles.',
      admin,
      0,
    ],
    [
      'PAPER_FORM',
      'PAYMENT_OR_GRANT',
      false,
      'REJECTED',
      'Je demande le remboursement de mes frais de transport.',
      30,
      'Les frais de transport ne sont pas couverts par le programme.',
      lead,
      0,
    ],
    [
      'VISIT',
      'OTHER',
      false,
      'REFERRED',
      'Litige avec un fournisseur de la coopérative.',
      20,
      'Transmise au service juridique de la Chambre d’artisanat.',
      lead,
      0,
    ],
    ['PHONE', 'DISCRIMINATION_OR_ABUSE', true, 'IN_REVIEW', 'Propos déplacés lors d’une réunion.', 3, null, admin, 0],
  ];
  const deadline: Record<string, number> = {
    COACHING_QUALITY: 15,
    TRAINING: 15,
    PAYMENT_OR_GRANT: 30,
    DISCRIMINATION_OR_ABUSE: 7,
    DATA_PRIVACY: 30,
    OTHER: 30,
  };
  for (const [i, [channel, category, anonymous, status, description, daysAgo, decision, assignee, level]] of rows.entries()) {
    const p = people[i % Math.max(people.length, 1)];
    if (!p) break;
    const decided = decision !== null;
    await m.query(
      `INSERT INTO complaint (organization_id, person_id, filed_by, channel, anonymous, category, description, program_id, status, assignee_user_id,
                              due_at, escalation_level, escalated_at, decision, decided_at, decided_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
               now() - make_interval(days => $11) + make_interval(days => $12), $13, CASE WHEN $13 > 0 THEN now() - interval '5 days' END,
               $14, CASE WHEN $15 THEN now() - make_interval(days => $11) + make_interval(days => $12 / 2) END, CASE WHEN $15 THEN $10::uuid END,
               now() - make_interval(days => $11), now() - make_interval(days => $11))`,
      [
        organizationId,
        p.id,
        lead,
        channel,
        anonymous,
        category,
        description,
        p.program_id,
        status,
        assignee,
        daysAgo,
        deadline[category],
        level,
        decision,
        decided,
      ],
    );
  }
  // One appealed: rejected first, in review again.
  const appealed = people[9];
  if (appealed)
    await m.query(
      `INSERT INTO complaint (organization_id, person_id, filed_by, channel, category, description, program_id, status, assignee_user_id, due_at,
                              first_status, first_decision, appeal_reason, appealed_at, created_at, updated_at)
       VALUES ($1, $2, $3, 'PHONE', 'TRAINING', 'Je n’ai pas reçu mon attestation de formation.', $4, 'IN_REVIEW', $3, now() + interval '12 days',
               'REJECTED', 'Votre présence n’a pas été enregistrée à la dernière séance.', 'J’étais présente : la feuille de présence le montre.',
               now() - interval '3 days', now() - interval '25 days', now() - interval '3 days')`,
      [organizationId, appealed.id, lead, appealed.program_id],
    );
  // Ratings: most attendances of sessions done, mostly 4 and 5.
  await m.query(
    `INSERT INTO satisfaction_rating (organization_id, session_id, person_id, rating, comment, created_at, updated_at)
     SELECT s.organization_id, sp.session_id, sp.person_id,
            (ARRAY[5, 4, 5, 3, 4, 5, 2, 4, 5, 4])[1 + abs(hashtext(sp.session_id::text || sp.person_id::text)) % 10],
            CASE abs(hashtext(sp.person_id::text || sp.session_id::text)) % 7 WHEN 0 THEN 'Très utile, merci.' WHEN 1 THEN 'مفيدة جدا' ELSE NULL END,
            s.ends_at + interval '1 day', s.ends_at + interval '1 day'
       FROM session_participant sp JOIN coaching_session s ON s.id = sp.session_id
      WHERE s.organization_id = $1 AND s.status = 'DONE' AND NOT sp.waitlisted AND sp.attendance = 'PRESENT'
        AND abs(hashtext(sp.person_id::text || sp.session_id::text)) % 10 < 7`,
    [organizationId],
  );
}
