import { Role, Stage, STAGES } from '@rafiq/shared';
import { EntityManager } from 'typeorm';
import { User } from '../modules/auth/user.entity';
import { ActionItem, ActionItemStatus, ActionOwnerKind, ActionSourceKind } from '../modules/action-item/action-item.entity';
import { EconomicResult, PeriodKind } from '../modules/economic-result/economic-result.entity';
import { Enrolment, EnrolmentStatus } from '../modules/enrolment/enrolment.entity';
import { FollowUp, FollowUpStatus } from '../modules/follow-up/follow-up.entity';
import { Partner } from '../modules/partner/partner.entity';
import { PartnerKind } from '../modules/partner/partner.enums';
import { Referral, ReferralKind, ReferralOutcome } from '../modules/referral/referral.entity';
import { Venture } from '../modules/venture/venture.entity';
import { random } from './demo-people';

/** The demo's "today" for journeys: results up to October 2026, actions due around late November. */
const TODAY = Date.UTC(2026, 10, 22);
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Plausible next steps per stage (what coaches write), in French, and in Arabic for Arabic-speaking entrepreneurs. */
const ACTIONS: Record<Stage, Array<[string, string]>> = {
  [Stage.IDEA]: [
    ['Décrire le produit et ses clients en une page', 'وصف المنتوج وزبنائه في صفحة واحدة'],
    ['Visiter deux producteurs de la filière', 'زيارة منتجَين في نفس السلسلة'],
  ],
  [Stage.VALIDATION]: [
    ['Faire goûter le produit à 10 clients', 'تجريب المنتوج مع 10 زبناء'],
    ['Relever les prix au souk hebdomadaire', 'تسجيل الأثمنة في السوق الأسبوعي'],
    ['Calculer le coût de revient', 'حساب كلفة الإنتاج'],
  ],
  [Stage.STRUCTURING]: [
    ["Finaliser le plan d'affaires", 'إتمام مخطط الأعمال'],
    ['Déposer le dossier de la coopérative', 'إيداع ملف التعاونية'],
    ["Ouvrir un compte à l'Attijari / Al Barid Bank", 'فتح حساب بنكي'],
  ],
  [Stage.LAUNCH]: [
    ["Préparer l'emballage et l'étiquette", 'تحضير التلفيف والملصق'],
    ['Noter chaque vente dans le cahier', 'تسجيل كل عملية بيع في الدفتر'],
    ['Demander l’autorisation sanitaire ONSSA', 'طلب الترخيص الصحي من أونسا'],
  ],
  [Stage.OPERATING]: [
    ['Trouver un deuxième point de vente', 'إيجاد نقطة بيع ثانية'],
    ['Tenir la comptabilité du mois', 'مسك محاسبة الشهر'],
    ['Préparer le stand du salon régional', 'تحضير رواق المعرض الجهوي'],
  ],
  [Stage.GROWING]: [
    ['Former une nouvelle employée', 'تكوين عاملة جديدة'],
    ['Négocier un contrat avec un grossiste', 'التفاوض على عقد مع تاجر جملة'],
  ],
};

const PARTNERS: Array<{ name: string; kind: PartnerKind; referral: ReferralKind; outcome: ReferralOutcome }> = [
  {
    name: 'Association Al Amana pour la microfinance',
    kind: PartnerKind.FINANCIAL_INSTITUTION,
    referral: ReferralKind.LOAN,
    outcome: ReferralOutcome.LOAN_OBTAINED,
  },
  {
    name: 'Marjane — achats produits du terroir',
    kind: PartnerKind.OTHER,
    referral: ReferralKind.BUYER,
    outcome: ReferralOutcome.CONTRACT_SIGNED,
  },
  {
    name: 'Salon international de l’agriculture (SIAM)',
    kind: PartnerKind.OTHER,
    referral: ReferralKind.FAIR,
    outcome: ReferralOutcome.FAIR_STAND,
  },
  {
    name: 'Centre de formation agricole de Taroudant',
    kind: PartnerKind.TRAINING_CENTRE,
    referral: ReferralKind.TRAINING,
    outcome: ReferralOutcome.CERTIFICATE,
  },
];

/**
 * What makes the demo journeys worth looking at: action plans (done, open, a few overdue) on every
 * venture past the idea, monthly results from the launch on (growing for most, with jobs for
 * operating ones), referrals to partners, and follow-ups after graduation (the 6-month ones mostly
 * recorded). Uses its own random sequence so that the rest of the demo stays as it was.
 */
export async function seedDemoJourneys(
  m: EntityManager,
  organizationId: string,
  ctx: { coaches: User[]; arabicOwnerIds: ReadonlySet<string> },
): Promise<void> {
  const rnd = random(4242);
  const ventures = await m.find(Venture, { where: { organizationId }, order: { createdAt: 'ASC', id: 'ASC' } });
  const histories: Array<{ venture_id: string; to_stage: Stage; changed_on: string }> = await m.query(
    `SELECT venture_id, to_stage, changed_on::text FROM venture_stage_change WHERE organization_id = $1 ORDER BY changed_on, id`,
    [organizationId],
  );
  const launchedOn = new Map<string, string>();
  for (const h of histories) if (h.to_stage === Stage.LAUNCH && !launchedOn.has(h.venture_id)) launchedOn.set(h.venture_id, h.changed_on);

  const actions: Array<Partial<ActionItem>> = [];
  const results: Array<Partial<EconomicResult>> = [];
  ventures.forEach((v, i) => {
    const coach = ctx.coaches[i % ctx.coaches.length];
    const level = STAGES.indexOf(v.stage);
    const arabic = v.ownerPersonId !== null && ctx.arabicOwnerIds.has(v.ownerPersonId);
    // Done actions from the stages behind, open ones for the current stage.
    for (let s = Math.max(0, level - 1); s <= level; s++) {
      ACTIONS[STAGES[s]].forEach(([fr, ar], k) => {
        const current = s === level;
        const open = current && (k > 0 || rnd() < 0.5);
        const dueOn = iso(TODAY + (current ? Math.floor(rnd() * 30) - 10 : -60 - Math.floor(rnd() * 90)) * DAY);
        actions.push({
          organizationId,
          ventureId: v.id,
          title: arabic ? ar : fr,
          details: null,
          ownerKind: k % 2 === 0 ? ActionOwnerKind.ENTREPRENEUR : ActionOwnerKind.COACH,
          ownerUserId: k % 2 === 0 ? null : coach.id,
          dueOn,
          status: open ? ActionItemStatus.OPEN : ActionItemStatus.DONE,
          doneAt: open ? null : new Date(Date.parse(`${dueOn}T12:00:00Z`) - Math.floor(rnd() * 5) * DAY),
          sourceKind: ActionSourceKind.SESSION,
          sourceId: null,
          createdBy: coach.id,
        });
      });
    }
    // Monthly results from the month after the launch to October 2026.
    const launched = launchedOn.get(v.id);
    if (!launched || level < STAGES.indexOf(Stage.LAUNCH)) return;
    const start = new Date(`${launched}T00:00:00Z`);
    let year = start.getUTCFullYear();
    let month = start.getUTCMonth() + 1; // 0-based: the month after the launch
    if (month === 12) {
      month = 0;
      year += 1;
    }
    let revenue = 800 + Math.floor(rnd() * 2500);
    const growth = level >= STAGES.indexOf(Stage.GROWING) ? 0.09 : level >= STAGES.indexOf(Stage.OPERATING) ? 0.05 : 0.02;
    let jobs = 0;
    while (year < 2026 || (year === 2026 && month <= 9)) {
      revenue = Math.max(0, Math.round(revenue * (1 + growth + (rnd() - 0.5) * 0.2)));
      const newJobs = level >= STAGES.indexOf(Stage.OPERATING) && rnd() < 0.12 ? 1 : 0;
      jobs += newJobs;
      const fromEntrepreneur = v.ownerPersonId !== null && rnd() < 0.4;
      results.push({
        organizationId,
        ventureId: v.id,
        periodKind: PeriodKind.MONTH,
        periodStart: `${year}-${String(month + 1).padStart(2, '0')}-01`,
        revenue,
        costs: Math.round(revenue * (0.45 + rnd() * 0.25)),
        jobsTotal: newJobs,
        jobsWomen: newJobs && rnd() < 0.8 ? 1 : 0,
        jobsYouth: newJobs && rnd() < 0.5 ? 1 : 0,
        activeMembers: v.ownerCooperativeId ? 5 + Math.floor(rnd() * 4) + Math.min(jobs, 3) : null,
        enteredBy: fromEntrepreneur ? null : coach.id,
        enteredByRole: fromEntrepreneur ? Role.ENTREPRENEUR : Role.COACH,
      });
      month += 1;
      if (month === 12) {
        month = 0;
        year += 1;
      }
    }
  });
  await m.insert(ActionItem, actions);
  for (let k = 0; k < results.length; k += 500) await m.insert(EconomicResult, results.slice(k, k + 500));

  // Referrals of operating and growing ventures to the partners, most with an outcome.
  const partners = await m.save(
    Partner,
    PARTNERS.map((p) =>
      m.create(Partner, {
        organizationId,
        name: p.name,
        kind: p.kind,
        countryCode: 'MA',
        contactName: null,
        contactEmail: null,
        contactPhone: null,
        website: null,
        notes: null,
        archivedAt: null,
      }),
    ),
  );
  const referrals: Array<Partial<Referral>> = [];
  ventures
    .filter((v) => STAGES.indexOf(v.stage) >= STAGES.indexOf(Stage.OPERATING))
    .forEach((v, i) => {
      const p = PARTNERS[i % PARTNERS.length];
      const referredOn = iso(TODAY - (40 + Math.floor(rnd() * 200)) * DAY);
      const pending = rnd() < 0.25;
      referrals.push({
        organizationId,
        ventureId: v.id,
        partnerId: partners[i % partners.length].id,
        kind: p.referral,
        referredOn,
        outcome: pending ? ReferralOutcome.PENDING : p.outcome,
        outcomeOn: pending ? null : iso(Date.parse(`${referredOn}T00:00:00Z`) + 30 * DAY),
        amount: !pending && p.referral === ReferralKind.LOAN ? 10000 + Math.floor(rnd() * 4) * 5000 : null,
        note: null,
        createdBy: ctx.coaches[i % ctx.coaches.length].id,
      });
    });
  if (referrals.length) await m.insert(Referral, referrals);

  // Follow-ups of the graduated: graduated at the end of the cohort's first year (2026-03-31).
  const graduated = await m.find(Enrolment, { where: { organizationId, status: EnrolmentStatus.GRADUATED }, order: { id: 'ASC' } });
  const coachRows: Array<{ enrolment_id: string; user_id: string }> = await m.query(
    `SELECT DISTINCT ON (enrolment_id) enrolment_id, user_id FROM enrolment_coach WHERE organization_id = $1 ORDER BY enrolment_id, user_id`,
    [organizationId],
  );
  const coachOf = new Map(coachRows.map((r) => [r.enrolment_id, r.user_id]));
  const followUps: Array<Partial<FollowUp>> = [];
  for (const e of graduated) {
    const coachUserId = coachOf.get(e.id) ?? null;
    for (const months of [6, 12]) {
      const dueOn = months === 6 ? '2026-09-30' : '2027-03-31';
      const recorded = months === 6 && rnd() < 0.7;
      const operating = recorded && rnd() < 0.8;
      followUps.push({
        organizationId,
        enrolmentId: e.id,
        personId: e.personId,
        programId: e.programId,
        coachUserId,
        months,
        dueOn,
        status: recorded ? FollowUpStatus.DONE : FollowUpStatus.DUE,
        stillOperating: recorded ? operating : null,
        revenue: operating ? 1000 + Math.floor(rnd() * 40) * 100 : null,
        jobsTotal: operating ? Math.floor(rnd() * 3) : null,
        jobsWomen: operating ? 0 : null,
        jobsYouth: operating ? 0 : null,
        note: null,
        recordedBy: recorded ? coachUserId : null,
        recordedAt: recorded ? new Date(Date.UTC(2026, 9, 1 + Math.floor(rnd() * 20), 10)) : null,
      });
    }
  }
  if (followUps.length) await m.insert(FollowUp, followUps);
}
