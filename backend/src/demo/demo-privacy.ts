import { EntityManager } from 'typeorm';

/**
 * The demo organisation's consent notice (version 1, the one every demo person consented to) and a
 * compliance record with its retention schedule.
 */
export async function seedDemoPrivacy(m: EntityManager, organizationId: string): Promise<void> {
  await m.query(`INSERT INTO consent_notice (organization_id, version, text_ar, text_fr, text_en) VALUES ($1, 1, $2, $3, $4)`, [
    organizationId,
    'تجمع الجمعية اسمك ورقم هاتفك وتاريخ ازديادك ومعلومات مشروعك لمرافقتك ولقياس أثر البرنامج. لا تُشارك إلا في شكل مجهول. يمكنك الاطلاع عليها وتصحيحها وطلب مسحها (القانون 09-08).',
    "L'association collecte votre nom, votre téléphone, votre date de naissance et les informations de votre projet pour vous accompagner et mesurer l'effet du programme. Elles ne sont partagées que de façon anonyme. Vous pouvez les consulter, les corriger et demander leur effacement (loi 09-08).",
    'The association collects your name, phone, birth date and the information about your venture to accompany you and measure the programme’s effect. It is shared only anonymously. You may see it, correct it and ask for it to be erased (law 09-08).',
  ]);
  await m.query(
    `INSERT INTO compliance_record (organization_id, hosting_location, processors, declarations, retention) VALUES ($1, $2, $3::jsonb, $4::jsonb, $5::jsonb)`,
    [
      organizationId,
      'Maroc — centre de données à Rabat',
      JSON.stringify([{ name: 'SMS Maroc', purpose: 'Rappels par SMS', country: 'MA' }]),
      JSON.stringify([
        { processing: 'BENEFICIARIES', kind: 'DECLARATION', number: 'D-GC-123/2025', grantedOn: '2025-01-10' },
        { processing: 'NATIONAL_ID', kind: 'AUTHORISATION', number: 'A-GC-45/2025', grantedOn: '2025-02-03' },
      ]),
      JSON.stringify([{ category: 'PARTICIPANTS_AFTER_PROGRAM_END', years: 5 }]),
    ],
  );
}
