import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { User } from '../modules/auth/user.entity';
import { Cooperative } from '../modules/cooperative/cooperative.entity';
import { DiagnosticAnswer } from '../modules/diagnostic/diagnostic-answer.entity';
import { DiagnosticGrid } from '../modules/diagnostic/diagnostic-grid.entity';
import { Diagnostic } from '../modules/diagnostic/diagnostic.entity';
import {
  DiagnosticKind,
  DiagnosticStatus,
  DiagnosticSubjectKind,
  GridDimension,
  QuestionKind,
  Texts,
} from '../modules/diagnostic/diagnostic.types';
import { computeScores } from '../modules/diagnostic/scoring';
import { Venture } from '../modules/venture/venture.entity';

const T = (fr: string, ar: string, en: string): Texts => ({ fr, ar, en });
const LEVELS: Texts[] = [
  T('Inexistant', 'منعدم', 'None'),
  T('Débutant', 'مبتدئ', 'Beginning'),
  T('En cours', 'في طور الإنجاز', 'In progress'),
  T('Maîtrisé', 'متحكم فيه', 'Established'),
  T('Exemplaire', 'نموذجي', 'Exemplary'),
];
type Q = [key: string, kind: QuestionKind, text: Texts, suggestion: Texts, target?: number];
const dim = (key: string, label: Texts, weight: number, questions: Q[]): GridDimension => ({
  key,
  label,
  weight,
  questions: questions.map(([qk, kind, text, suggestion, target]) => ({
    key: qk,
    text,
    kind,
    weight: 1,
    levels: kind === QuestionKind.SCALE ? LEVELS : [],
    target: kind === QuestionKind.NUMBER ? (target ?? 1) : null,
    suggestion,
  })),
});
const S = QuestionKind.SCALE;
const Y = QuestionKind.YES_NO;
const N = QuestionKind.NUMBER;

/** The ready cooperative diagnostic (seven dimensions, French and Arabic, English too). */
export const COOPERATIVE_GRID: GridDimension[] = [
  dim('governance', T('Gouvernance', 'الحكامة', 'Governance'), 2, [
    [
      'gov_assembly',
      S,
      T(
        'Les assemblées générales se tiennent avec un procès-verbal',
        'تنعقد الجموع العامة مع محضر',
        'General assemblies are held and minuted',
      ),
      T(
        'Préparer et tenir l’AG annuelle avec PV',
        'تحضير وعقد الجمع العام السنوي مع محضر',
        'Prepare and hold the annual assembly with minutes',
      ),
    ],
    [
      'gov_register',
      Y,
      T('Le registre des membres est à jour', 'سجل الأعضاء محين', 'The members’ register is up to date'),
      T('Mettre à jour le registre des membres', 'تحيين سجل الأعضاء', 'Update the members’ register'),
    ],
  ]),
  dim('production', T('Production et qualité', 'الإنتاج والجودة', 'Production and quality'), 2, [
    [
      'prod_hygiene',
      S,
      T(
        'Les règles d’hygiène et de traçabilité sont appliquées',
        'تطبق قواعد النظافة والتتبع',
        'Hygiene and traceability rules are applied',
      ),
      T('Mettre en place une fiche de traçabilité par lot', 'وضع بطاقة تتبع لكل دفعة', 'Introduce a traceability sheet per batch'),
    ],
    [
      'prod_onssa',
      Y,
      T(
        'Autorisation ou agrément sanitaire ONSSA obtenu',
        'الحصول على ترخيص أو اعتماد المكتب الوطني للسلامة الصحية',
        'ONSSA health authorisation obtained',
      ),
      T('Déposer le dossier d’autorisation ONSSA', 'إيداع ملف الترخيص لدى المكتب الوطني للسلامة الصحية', 'File the ONSSA authorisation'),
    ],
  ]),
  dim('marketing', T('Marketing et ventes', 'التسويق والمبيعات', 'Marketing and sales'), 2, [
    [
      'mkt_channels',
      N,
      T('Nombre de canaux de vente actifs', 'عدد قنوات البيع النشطة', 'Active sales channels'),
      T(
        'Ouvrir un canal de vente (salon, épicerie fine, en ligne)',
        'فتح قناة بيع جديدة (معرض، متجر، عبر الإنترنت)',
        'Open a new sales channel (fair, shop, online)',
      ),
      4,
    ],
    [
      'mkt_brand',
      S,
      T('Marque, étiquette et emballage', 'العلامة والملصق والتعبئة', 'Brand, label and packaging'),
      T('Concevoir une étiquette conforme bilingue', 'تصميم ملصق مطابق بلغتين', 'Design a compliant bilingual label'),
    ],
  ]),
  dim('finance', T('Finance et comptabilité', 'المالية والمحاسبة', 'Finance and bookkeeping'), 2, [
    [
      'fin_books',
      N,
      T(
        'Mois de comptabilité tenus sur les 12 derniers',
        'عدد أشهر المحاسبة الممسوكة خلال 12 شهرا الأخيرة',
        'Months of books kept in the last 12',
      ),
      T('Tenir un cahier de caisse chaque semaine', 'مسك دفتر الصندوق كل أسبوع', 'Keep a cash book every week'),
      12,
    ],
    [
      'fin_costs',
      S,
      T('Le coût de revient est calculé', 'يتم حساب كلفة الإنتاج', 'Unit cost is computed'),
      T('Calculer le coût de revient par produit', 'حساب كلفة الإنتاج لكل منتوج', 'Compute the unit cost of each product'),
    ],
  ]),
  dim('hr', T('Ressources humaines', 'الموارد البشرية', 'Human resources'), 1, [
    [
      'hr_roles',
      S,
      T('Les rôles et responsabilités sont répartis', 'توزيع الأدوار والمسؤوليات', 'Roles and responsibilities are shared'),
      T('Rédiger une fiche de rôle par membre du bureau', 'تحرير بطاقة مهام لكل عضو في المكتب', 'Write a role sheet for each board member'),
    ],
    [
      'hr_training',
      Y,
      T('Au moins une formation suivie cette année', 'متابعة تكوين واحد على الأقل هذه السنة', 'At least one training this year'),
      T('Inscrire deux membres à une formation', 'تسجيل عضوين في دورة تكوينية', 'Enrol two members in a training'),
    ],
  ]),
  dim('digital', T('Numérique', 'الرقمنة', 'Digital'), 1, [
    [
      'dig_presence',
      S,
      T(
        'Présence en ligne (réseaux sociaux, catalogue)',
        'الحضور الرقمي (شبكات التواصل، كتالوج)',
        'Online presence (social media, catalogue)',
      ),
      T('Créer une page et un catalogue en ligne', 'إنشاء صفحة وكتالوج رقمي', 'Create a page and an online catalogue'),
    ],
    [
      'dig_payment',
      Y,
      T('Accepte le paiement mobile', 'تقبل الأداء عبر الهاتف', 'Accepts mobile payment'),
      T('Ouvrir un compte de paiement mobile', 'فتح حساب للأداء عبر الهاتف', 'Open a mobile payment account'),
    ],
  ]),
  dim('legal', T('Conformité légale', 'المطابقة القانونية', 'Legal compliance'), 1, [
    [
      'legal_odco',
      Y,
      T('Déclarations annuelles à l’ODCO déposées', 'إيداع التصريحات السنوية لدى مكتب تنمية التعاون', 'Annual returns filed with ODCO'),
      T(
        'Déposer les déclarations annuelles à l’ODCO',
        'إيداع التصريحات السنوية لدى مكتب تنمية التعاون',
        'File the annual returns with ODCO',
      ),
    ],
    [
      'legal_tax',
      S,
      T('Situation fiscale et sociale régulière', 'وضعية جبائية واجتماعية سليمة', 'Tax and social security in order'),
      T(
        'Régulariser la situation fiscale avec un comptable',
        'تسوية الوضعية الجبائية بمساعدة محاسب',
        'Settle tax matters with an accountant',
      ),
    ],
  ]),
];

/** The ready early-stage entrepreneur diagnostic. */
export const ENTREPRENEUR_GRID: GridDimension[] = [
  dim('project', T('Projet et marché', 'المشروع والسوق', 'Project and market'), 2, [
    [
      'proj_customers',
      N,
      T('Clients potentiels interrogés', 'عدد الزبائن المحتملين المستجوبين', 'Potential customers interviewed'),
      T('Interroger 10 clients potentiels', 'استجواب 10 زبائن محتملين', 'Interview 10 potential customers'),
      10,
    ],
    [
      'proj_offer',
      S,
      T('L’offre et le prix sont définis', 'العرض والثمن محددان', 'Offer and price are defined'),
      T('Rédiger une fiche produit avec prix', 'تحرير بطاقة المنتوج مع الثمن', 'Write a product sheet with a price'),
    ],
  ]),
  dim('skills', T('Compétences', 'الكفاءات', 'Skills'), 1, [
    [
      'skills_trade',
      S,
      T('Maîtrise du métier', 'التمكن من الحرفة', 'Mastery of the trade'),
      T('Suivre une formation technique', 'متابعة تكوين تقني', 'Attend a technical training'),
    ],
    [
      'skills_mgmt',
      S,
      T('Notions de gestion', 'مبادئ التسيير', 'Management basics'),
      T('Suivre l’atelier gestion de base', 'متابعة ورشة مبادئ التسيير', 'Attend the basic management workshop'),
    ],
  ]),
  dim('finance', T('Finance et comptabilité', 'المالية والمحاسبة', 'Finance and bookkeeping'), 2, [
    [
      'fin_plan',
      Y,
      T('Plan de financement établi', 'إعداد مخطط التمويل', 'Financing plan drawn up'),
      T('Établir le plan de financement', 'إعداد مخطط التمويل', 'Draw up the financing plan'),
    ],
    [
      'fin_books',
      S,
      T('Les recettes et dépenses sont notées', 'تسجيل المداخيل والمصاريف', 'Income and expenses are recorded'),
      T('Tenir un cahier de recettes et dépenses', 'مسك دفتر المداخيل والمصاريف', 'Keep an income and expense book'),
    ],
  ]),
  dim('digital', T('Numérique', 'الرقمنة', 'Digital'), 1, [
    [
      'dig_phone',
      Y,
      T('Utilise WhatsApp Business pour vendre', 'تستعمل واتساب للأعمال للبيع', 'Uses WhatsApp Business to sell'),
      T(
        'Créer un compte WhatsApp Business avec catalogue',
        'إنشاء حساب واتساب للأعمال مع كتالوج',
        'Set up WhatsApp Business with a catalogue',
      ),
    ],
  ]),
];

/** Baseline answers low, follow-up better by one or two steps (deterministic by position). */
function answersFor(dims: GridDimension[], seed: number, followUp: boolean): Map<string, number> {
  const values = new Map<string, number>();
  let i = 0;
  for (const d of dims)
    for (const q of d.questions) {
      const base = (seed * 7 + i * 3) % 3; // 0, 1 or 2
      const step = followUp ? 1 + ((seed + i) % 2) : 0;
      i++;
      if (q.kind === QuestionKind.SCALE) values.set(q.key, Math.min(4, base + step));
      else if (q.kind === QuestionKind.YES_NO) values.set(q.key, followUp ? (base + step >= 2 ? 1 : 0) : base === 2 ? 1 : 0);
      else values.set(q.key, Math.round(Math.min(q.target!, ((base + step) * q.target!) / 4)));
    }
  return values;
}

/**
 * The two ready grids, and diagnostics: a baseline (spring 2026) and a follow-up (autumn 2026) for
 * the first demo cooperatives, a baseline only for a few more, and baseline + follow-up for some
 * early-stage ventures of individual entrepreneurs.
 */
export async function seedDemoDiagnostics(
  m: EntityManager,
  organizationId: string,
  ctx: { cooperatives: Cooperative[]; coaches: User[]; createdBy: string },
): Promise<void> {
  const { cooperatives, coaches, createdBy } = ctx;
  const grids = [
    {
      kind: DiagnosticSubjectKind.COOPERATIVE,
      name: T('Diagnostic stratégique de coopérative', 'التشخيص الاستراتيجي للتعاونية', 'Cooperative strategic diagnostic'),
      dims: COOPERATIVE_GRID,
    },
    {
      kind: DiagnosticSubjectKind.VENTURE,
      name: T('Diagnostic entrepreneur (démarrage)', 'تشخيص المقاولة في مرحلة الانطلاق', 'Early-stage entrepreneur diagnostic'),
      dims: ENTREPRENEUR_GRID,
    },
  ].map((g) => {
    const id = randomUUID();
    return {
      id,
      lineageId: id,
      organizationId,
      revision: 1,
      isCurrent: true,
      subjectKind: g.kind,
      nameFr: g.name.fr,
      nameAr: g.name.ar,
      nameEn: g.name.en,
      dimensions: g.dims,
      createdBy,
    };
  });
  await m.insert(DiagnosticGrid, grids);

  const ventures = await m
    .createQueryBuilder(Venture, 'v')
    .where("v.organization_id = :org AND v.owner_person_id IS NOT NULL AND v.stage IN ('VALIDATION', 'STRUCTURING', 'LAUNCH')", {
      org: organizationId,
    })
    .orderBy('v.created_at', 'ASC')
    .addOrderBy('v.id', 'ASC')
    .limit(8)
    .getMany();
  const subjects = [
    ...cooperatives.slice(0, 14).map((c, i) => ({ cooperativeId: c.id, ventureId: null, grid: grids[0], followUp: i < 10, seed: i })),
    ...ventures.map((v, i) => ({ cooperativeId: null, ventureId: v.id, grid: grids[1], followUp: i < 5, seed: i + 3 })),
  ];
  const diagnostics: Array<Partial<Diagnostic>> = [];
  const answers: Array<Partial<DiagnosticAnswer>> = [];
  subjects.forEach((s, i) => {
    const coach = coaches[i % coaches.length];
    for (const followUp of s.followUp ? [false, true] : [false]) {
      const values = answersFor(s.grid.dimensions, s.seed, followUp);
      const scores = computeScores(s.grid.dimensions, values);
      const id = randomUUID();
      const day = String(1 + (i % 27)).padStart(2, '0');
      const conductedOn = followUp ? `2026-10-${day}` : `2026-04-${day}`;
      diagnostics.push({
        id,
        organizationId,
        gridId: s.grid.id,
        cooperativeId: s.cooperativeId,
        ventureId: s.ventureId,
        kind: followUp ? DiagnosticKind.FOLLOW_UP : DiagnosticKind.BASELINE,
        status: DiagnosticStatus.FINAL,
        conductedOn,
        coachUserId: coach.id,
        finalisedAt: new Date(`${conductedOn}T16:00:00Z`),
        finalisedBy: coach.id,
        overallScore: scores.overall,
        dimensionScores: scores.dimensions,
      });
      for (const [questionKey, value] of values)
        answers.push({ organizationId, diagnosticId: id, questionKey, value, answeredBy: coach.id, comment: null, evidence: null });
    }
  });
  await m.insert(Diagnostic, diagnostics);
  await m.insert(DiagnosticAnswer, answers);
}
