import { Stage, STAGES } from '@rafiq/shared';
import { EntityManager } from 'typeorm';
import { User } from '../modules/auth/user.entity';
import { Cooperative } from '../modules/cooperative/cooperative.entity';
import { Person } from '../modules/person/person.entity';
import { Program } from '../modules/program/program.entity';
import { StageCriterion } from '../modules/venture/stage-criterion.entity';
import { VentureStageChange } from '../modules/venture/venture-stage-change.entity';
import { Venture } from '../modules/venture/venture.entity';

const CRITERIA: Array<[Stage, string, string]> = [
  [Stage.VALIDATION, 'Diagnostic de base réalisé', 'تم إنجاز التشخيص الأولي'],
  [Stage.VALIDATION, 'Test du marché auprès de 10 clients', 'اختبار السوق مع 10 زبائن'],
  [Stage.STRUCTURING, "Plan d'affaires validé", 'مخطط الأعمال مصادق عليه'],
  [Stage.STRUCTURING, 'Forme juridique choisie', 'اختيار الشكل القانوني'],
  [Stage.LAUNCH, 'Première vente enregistrée', 'تسجيل أول عملية بيع'],
  [Stage.OPERATING, 'Trois mois consécutifs de chiffre d’affaires', 'ثلاثة أشهر متتالية من رقم المعاملات'],
  [Stage.GROWING, "Croissance du chiffre d'affaires ou emplois créés", 'نمو رقم المعاملات أو خلق مناصب شغل'],
];

const TITLES = [
  'Huile d’argan',
  'Couscous artisanal',
  'Miel de thym',
  'Safran de Taliouine',
  'Tapis de laine',
  'Poterie',
  'Plantes aromatiques',
  'Dattes Mejhoul',
  'Cosmétiques naturels',
  'Broderie',
  'Fromage de chèvre',
  'Figue de Barbarie',
];

/**
 * Ventures in every stage with plausible histories (the dates go back from 2026-11-01), stage
 * checklists for the demo programmes, and the demo entrepreneurs' own ventures.
 */
export async function seedDemoVentures(
  m: EntityManager,
  organizationId: string,
  ctx: { programs: Program[]; people: Person[]; cooperatives: Cooperative[]; coaches: User[]; rnd: () => number },
): Promise<void> {
  const { programs, people, cooperatives, coaches, rnd } = ctx;
  await m.insert(
    StageCriterion,
    programs.flatMap((p) =>
      CRITERIA.map(([stage, labelFr, labelAr], position) => ({ organizationId, programId: p.id, stage, labelFr, labelAr, position })),
    ),
  );
  const owners: Array<{ person?: Person; coop?: Cooperative; program: Program; stage: Stage }> = [
    { person: people[0], program: programs[0], stage: Stage.LAUNCH },
    { person: people[1], program: programs[0], stage: Stage.STRUCTURING },
  ];
  for (let i = 2; i < 122; i++)
    owners.push({ person: people[i], program: programs[i % 3 === 2 ? 1 : 0], stage: STAGES[Math.min(5, Math.floor(rnd() * rnd() * 7))] });
  cooperatives.forEach((coop, i) => owners.push({ coop, program: programs[1], stage: STAGES[i % 6] }));

  const ventures: Venture[] = [];
  const changes: Array<Partial<VentureStageChange>> = [];
  const day = (d: Date) => d.toISOString().slice(0, 10);
  owners.forEach((o, i) => {
    const target = STAGES.indexOf(o.stage);
    let date = new Date(Date.UTC(2025, 0, 15 + Math.floor(rnd() * 60)));
    const steps: Array<[Stage | null, Stage, string]> = [[null, Stage.IDEA, day(date)]];
    for (let s = 1; s <= target; s++) {
      date = new Date(date.getTime() + (20 + Math.floor(rnd() * 70)) * 86_400_000);
      steps.push([STAGES[s - 1], STAGES[s], day(date)]);
    }
    // A few ventures went back a step once (a business plan to redo), and then forward again.
    if (target >= 3 && rnd() < 0.15) {
      const back = new Date(date.getTime() + 10 * 86_400_000);
      const again = new Date(back.getTime() + 25 * 86_400_000);
      steps.push([STAGES[target], STAGES[target - 1], day(back)], [STAGES[target - 1], STAGES[target], day(again)]);
      date = again;
    }
    const venture = m.create(Venture, {
      organizationId,
      ownerPersonId: o.person?.id ?? null,
      ownerCooperativeId: o.coop?.id ?? null,
      programId: o.program.id,
      title: o.coop ? `${o.coop.name} — production` : `${TITLES[i % TITLES.length]} — ${o.person!.firstName}`,
      description: null,
      valueChainId: o.coop?.valueChainId ?? null,
      regionCode: (o.person ?? o.coop)!.regionCode,
      provinceCode: null,
      stage: o.stage,
      stageSince: new Date(`${day(date)}T12:00:00Z`),
      archivedAt: null,
    });
    ventures.push(venture);
    for (const [fromStage, toStage, changedOn] of steps) {
      changes.push({
        organizationId,
        fromStage,
        toStage,
        changedOn,
        changedBy: coaches[i % coaches.length].id,
        note: null,
        evidence: null,
        criteriaMet: [],
        justification: null,
        ventureId: '',
      });
    }
  });
  await m.save(Venture, ventures, { chunk: 100 });
  // Each venture's history starts with its only change from no stage: attach changes in order.
  let v = -1;
  for (const c of changes) {
    if (c.fromStage === null) v += 1;
    c.ventureId = ventures[v].id;
  }
  await m.insert(VentureStageChange, changes);
}
