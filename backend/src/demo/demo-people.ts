import { Indicator, MOROCCO_REGIONS, normalizeName } from '@rafiq/shared';
import { ProgramTarget } from '../modules/program/program-target.entity';
import { EntityManager } from 'typeorm';
import { FieldCrypto, maskNationalId } from '../common/crypto';
import { User } from '../modules/auth/user.entity';
import { EnrolmentCoach } from '../modules/enrolment/enrolment-coach.entity';
import { Enrolment, EnrolmentStatus } from '../modules/enrolment/enrolment.entity';
import { Area, EducationLevel, Gender } from '../modules/person/person.enums';
import { Person } from '../modules/person/person.entity';
import { Cohort } from '../modules/program/cohort.entity';
import { CoachProfile } from '../modules/coach/coach-profile.entity';
import { CooperativeMember } from '../modules/cooperative/cooperative-member.entity';
import { Cooperative } from '../modules/cooperative/cooperative.entity';
import { LegalForm, MemberRole } from '../modules/cooperative/cooperative.enums';
import { seedDefaultValueChains } from '../modules/value-chain/default-value-chains';
import { seedDemoDiagnostics } from './demo-diagnostics';
import { seedDemoVentures } from './demo-ventures';
import { seedDemoJourneys } from './demo-journeys';
import { seedDemoSessions } from './demo-sessions';
import { seedDemoMentorships } from './demo-mentorships';
import { ProgramLead } from '../modules/program/program-lead.entity';
import { Program } from '../modules/program/program.entity';
import { seedDemoVoice } from './demo-voice';

/** A small deterministic generator (mulberry32): the same seed gives the same demo organisation. */
export function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WOMEN: Array<[string, string]> = [
  ['Fatima', 'فاطمة'],
  ['Khadija', 'خديجة'],
  ['Aicha', 'عائشة'],
  ['Zahra', 'زهرة'],
  ['Hasna', 'حسناء'],
  ['Rkia', 'رقية'],
  ['Samira', 'سميرة'],
  ['Naima', 'نعيمة'],
  ['Malika', 'مليكة'],
  ['Latifa', 'لطيفة'],
  ['Meryem', 'مريم'],
  ['Salma', 'سلمى'],
  ['Hanane', 'حنان'],
  ['Imane', 'إيمان'],
  ['Souad', 'سعاد'],
  ['Ghizlane', 'غزلان'],
  ['Itto', 'إيطو'],
  ['Touda', 'تودة'],
];
const MEN: Array<[string, string]> = [
  ['Mohamed', 'محمد'],
  ['Youssef', 'يوسف'],
  ['Hamza', 'حمزة'],
  ['Brahim', 'إبراهيم'],
  ['Omar', 'عمر'],
  ['Ayoub', 'أيوب'],
  ['Said', 'سعيد'],
  ['Lahcen', 'لحسن'],
  ['Driss', 'إدريس'],
  ['Anas', 'أنس'],
];
const FAMILY: Array<[string, string]> = [
  ['El Amrani', 'العمراني'],
  ['Ait Baha', 'آيت باها'],
  ['Oulhaj', 'أولحاج'],
  ['Boukhris', 'بوخريص'],
  ['Benali', 'بنعلي'],
  ['Idrissi', 'الإدريسي'],
  ['Ouazzani', 'الوزاني'],
  ['Alaoui', 'العلوي'],
  ['Bennani', 'بناني'],
  ['Tazi', 'التازي'],
  ['Ait Lahcen', 'آيت لحسن'],
  ['Ouhammou', 'أوحمو'],
  ['Zerouali', 'الزروالي'],
  ['Chraibi', 'الشرايبي'],
  ['Amazigh', 'أمازيغ'],
  ['Berrada', 'برادة'],
  ['El Fassi', 'الفاسي'],
  ['Naciri', 'الناصري'],
  ['Ait Ouarab', 'آيت وعراب'],
  ['Lamrini', 'المريني'],
];
const EDUCATION = [
  EducationLevel.NONE,
  EducationLevel.PRIMARY,
  EducationLevel.MIDDLE_SCHOOL,
  EducationLevel.HIGH_SCHOOL,
  EducationLevel.HIGHER,
  EducationLevel.VOCATIONAL,
];

/**
 * The demo lab's people: two programmes with cohorts and leads, 240 people across all 12 regions
 * (about half women, most rural, about half NEET), enrolled with the two demo coaches; Fatima and
 * Khadija are linked to their accounts.
 */
export async function seedDemoPeople(m: EntityManager, organizationId: string, crypto: FieldCrypto): Promise<void> {
  const rnd = random(2026);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const users = await m.findBy(User, { organizationId });
  const byEmail = (e: string) => users.find((u) => u.email === e)!;
  const lead = byEmail('lead@rafiq.example');
  const coaches = [byEmail('coach@rafiq.example'), byEmail('coach2@rafiq.example')];

  const programs = await m.save(Program, [
    m.create(Program, {
      organizationId,
      name: 'Femmes rurales entrepreneures',
      description: "De l'idée à l'activité génératrice de revenus, avec mentorat.",
      startsOn: '2025-01-15',
      endsOn: '2027-06-30',
      regionCodes: [],
      archivedAt: null,
    }),
    m.create(Program, {
      organizationId,
      name: 'Accompagnement des coopératives',
      description: 'Diagnostic stratégique et accompagnement des coopératives.',
      startsOn: '2025-03-01',
      endsOn: null,
      regionCodes: ['MA-07', 'MA-08', 'MA-09'],
      archivedAt: null,
    }),
  ]);
  await m.insert(
    ProgramLead,
    programs.map((p) => ({ programId: p.id, userId: lead.id, organizationId })),
  );
  await m.insert(ProgramTarget, [
    { organizationId, programId: programs[0].id, indicator: Indicator.WOMEN, targetValue: 150, dueOn: '2027-06-30' },
    { organizationId, programId: programs[0].id, indicator: Indicator.NEET_SHARE, targetValue: 0.5, dueOn: '2027-06-30' },
    { organizationId, programId: programs[0].id, indicator: Indicator.VENTURES_OPERATING_SHARE, targetValue: 0.3, dueOn: '2027-06-30' },
    { organizationId, programId: programs[1].id, indicator: Indicator.COOPERATIVES, targetValue: 30, dueOn: '2026-12-31' },
    { organizationId, programId: programs[1].id, indicator: Indicator.COOPERATIVE_MEMBERS, targetValue: 200, dueOn: '2026-12-31' },
  ]);
  const cohorts = await m.save(Cohort, [
    m.create(Cohort, {
      organizationId,
      programId: programs[0].id,
      name: 'Cohorte 2025',
      startsOn: '2025-01-15',
      endsOn: '2025-12-31',
      archivedAt: null,
    }),
    m.create(Cohort, {
      organizationId,
      programId: programs[0].id,
      name: 'Cohorte 2026',
      startsOn: '2026-01-15',
      endsOn: '2026-12-31',
      archivedAt: null,
    }),
    m.create(Cohort, {
      organizationId,
      programId: programs[1].id,
      name: 'Souss-Massa 2025',
      startsOn: '2025-03-01',
      endsOn: null,
      archivedAt: null,
    }),
  ]);

  const people: Person[] = [];
  for (let i = 0; i < 240; i++) {
    const woman = i < 2 || rnd() < 0.52;
    const [first, firstAr] = i === 0 ? ['Fatima Zahra', 'فاطمة الزهراء'] : i === 1 ? ['Khadija', 'خديجة'] : pick(woman ? WOMEN : MEN);
    const [last, lastAr] = i === 0 ? ['El Amrani', 'العمراني'] : i === 1 ? ['Ait Lahcen', 'آيت لحسن'] : pick(FAMILY);
    const region = i < 2 ? 'MA-09' : MOROCCO_REGIONS[i % 12].code;
    const year = 1975 + Math.floor(rnd() * 32);
    const cin =
      rnd() < 0.8
        ? `${String.fromCharCode(65 + Math.floor(rnd() * 26))}${String.fromCharCode(65 + Math.floor(rnd() * 26))}${100000 + i * 37}`
        : null;
    people.push(
      m.create(Person, {
        organizationId,
        userId: i === 0 ? byEmail('fatima@rafiq.example').id : i === 1 ? byEmail('khadija@rafiq.example').id : null,
        firstName: first,
        lastName: last,
        firstNameAr: firstAr,
        lastNameAr: lastAr,
        searchName: normalizeName(`${first} ${last} ${firstAr} ${lastAr}`),
        gender: woman ? Gender.F : Gender.M,
        birthDate: `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
        nationalIdEncrypted: cin ? crypto.encrypt(cin) : null,
        nationalIdHash: cin ? crypto.lookupHash(cin) : null,
        nationalIdMasked: cin ? maskNationalId(cin) : null,
        phone: `+2126${String(10000000 + i * 7919).slice(0, 8)}`,
        regionCode: region,
        provinceCode: null,
        commune: null,
        locality: rnd() < 0.5 ? `Douar ${pick(['Tifawin', 'Aït Ali', 'Imi n Tala', 'Tagadirt', 'Ighrem'])}` : null,
        area: rnd() < 0.64 ? Area.RURAL : Area.URBAN,
        educationLevel: pick(EDUCATION),
        neet: rnd() < 0.53,
        preferredLocale: rnd() < 0.6 ? 'ar' : 'fr',
        consentAt: new Date('2025-01-15T10:00:00Z'),
        consentVersion: '1',
        consentChannel: 'PAPER',
        consentGivenBy: 'SELF',
        erasedAt: null,
        archivedAt: null,
      }),
    );
  }
  await m.save(Person, people, { chunk: 100 });

  const enrolments: Enrolment[] = [];
  const assignments: Array<{ index: number; coach: User }> = [];
  people.forEach((p, i) => {
    if (i % 10 === 9) return; // a few people are not enrolled yet
    const inFirst = i % 3 !== 2;
    const program = inFirst ? programs[0] : programs[1];
    const cohort = inFirst ? cohorts[i % 2] : cohorts[2];
    const r = rnd();
    const status =
      i < 2
        ? EnrolmentStatus.ACTIVE
        : r < 0.1
          ? EnrolmentStatus.APPLIED
          : r < 0.2
            ? EnrolmentStatus.SELECTED
            : r < 0.75
              ? EnrolmentStatus.ACTIVE
              : r < 0.9
                ? EnrolmentStatus.GRADUATED
                : EnrolmentStatus.DROPPED_OUT;
    enrolments.push(
      m.create(Enrolment, {
        organizationId,
        programId: program.id,
        cohortId: cohort.id,
        personId: p.id,
        status,
        dropoutReason:
          status === EnrolmentStatus.DROPPED_OUT ? pick(['Déménagement', 'Emploi salarié trouvé', 'Raisons familiales']) : null,
        enrolledOn: cohort.startsOn ?? '2025-01-15',
      }),
    );
    assignments.push({ index: enrolments.length - 1, coach: coaches[i % 2] });
  });
  await m.save(Enrolment, enrolments, { chunk: 100 });
  await m.insert(
    EnrolmentCoach,
    assignments.map(({ index, coach }) => ({ enrolmentId: enrolments[index].id, userId: coach.id, organizationId })),
  );

  // Value chains, coach profiles, and 36 cooperatives (three per region) of five to eight members each.
  const chains = await seedDefaultValueChains(m, organizationId);
  await m.insert(CoachProfile, [
    {
      userId: coaches[0].id,
      organizationId,
      expertise: ['marketing', 'gestion financière'],
      languages: ['ar', 'fr', 'tzm'],
      regionCodes: ['MA-07', 'MA-08', 'MA-09'],
      valueChainIds: chains.slice(0, 3).map((c) => c.id),
      weeklyCapacityHours: 30,
      external: false,
      bio: null,
    },
    {
      userId: coaches[1].id,
      organizationId,
      expertise: ['qualité', 'numérique'],
      languages: ['ar', 'fr'],
      regionCodes: ['MA-03', 'MA-04', 'MA-06'],
      valueChainIds: chains.slice(3, 6).map((c) => c.id),
      weeklyCapacityHours: 25,
      external: false,
      bio: null,
    },
  ]);
  const COOP_NAMES: Array<[string, string]> = [
    ['Tifawin', 'تيفاوين'],
    ['Al Amal', 'الأمل'],
    ['Nour', 'نور'],
    ['Tafoukt', 'تافوكت'],
    ['Al Baraka', 'البركة'],
    ['Ighboula', 'إغبولا'],
    ['Assafa', 'الصفاء'],
    ['Tamount', 'تامونت'],
    ['Al Wafae', 'الوفاء'],
  ];
  const cooperatives: Cooperative[] = [];
  for (let i = 0; i < 36; i++) {
    const chain = chains[i % chains.length];
    const [base, baseAr] = COOP_NAMES[i % COOP_NAMES.length];
    const name = `Coopérative ${base} ${chain.nameFr}`;
    const nameAr = `تعاونية ${baseAr} ${chain.nameAr}`;
    cooperatives.push(
      m.create(Cooperative, {
        organizationId,
        name,
        nameAr,
        searchName: normalizeName(`${name} ${nameAr}`),
        legalForm: i % 9 === 8 ? LegalForm.ASSOCIATION : LegalForm.COOPERATIVE,
        registrationNumber: `RC-${2015 + (i % 10)}-${String(100 + i)}`,
        createdOn: `${2015 + (i % 10)}-0${1 + (i % 9)}-15`,
        regionCode: MOROCCO_REGIONS[i % 12].code,
        provinceCode: null,
        commune: null,
        valueChainId: chain.id,
        archivedAt: null,
      }),
    );
  }
  await m.save(Cooperative, cooperatives);
  const roles = [MemberRole.PRESIDENT, MemberRole.VICE_PRESIDENT, MemberRole.TREASURER, MemberRole.SECRETARY];
  const members: Array<Partial<CooperativeMember>> = [];
  const byRegion = new Map<string, Person[]>();
  for (const p of people) byRegion.set(p.regionCode, [...(byRegion.get(p.regionCode) ?? []), p]);
  cooperatives.forEach((coop, i) => {
    const pool = byRegion.get(coop.regionCode) ?? [];
    const size = 5 + Math.floor(rnd() * 4);
    const start = (Math.floor(i / 12) * 6) % Math.max(pool.length, 1);
    for (let k = 0; k < Math.min(size, pool.length); k++) {
      const person = pool[(start + k) % pool.length];
      if (members.some((mm) => mm.cooperativeId === coop.id && mm.personId === person.id)) continue;
      members.push({
        organizationId,
        cooperativeId: coop.id,
        personId: person.id,
        role: roles[k] ?? MemberRole.MEMBER,
        since: coop.createdOn,
        until: null,
      });
    }
  });
  await m.insert(CooperativeMember, members);
  await seedDemoVentures(m, organizationId, { programs, people, cooperatives, coaches, rnd });
  const assignees = new Map<string, Person[]>(coaches.map((c) => [c.id, []]));
  for (const { index, coach } of assignments) {
    const e = enrolments[index];
    if (e.status === EnrolmentStatus.ACTIVE) assignees.get(coach.id)!.push(people.find((p) => p.id === e.personId)!);
  }
  await seedDemoSessions(m, organizationId, { coaches, assignees, rnd });
  await seedDemoMentorships(m, organizationId, { coaches, people, requestedBy: lead.id });
  const arabicOwnerIds = new Set([people[0].id, ...people.filter((p) => p.preferredLocale === 'ar').map((p) => p.id)]);
  await seedDemoJourneys(m, organizationId, { coaches, arabicOwnerIds });
  await seedDemoDiagnostics(m, organizationId, { cooperatives, coaches, createdBy: lead.id });
  await seedDemoVoice(m, organizationId);
}
