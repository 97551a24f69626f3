import { Locale } from '@rafiq/shared';

/** The report's texts in the three languages of the app. */
export interface ReportLabels {
  title: string;
  allPrograms: string;
  period: string;
  allTime: string;
  asOf: string;
  indicators: string;
  indicator: string;
  value: string;
  targets: string;
  target: string;
  actual: string;
  expected: string;
  progress: string;
  regions: string;
  region: string;
  beneficiaries: string;
  women: string;
  stages: string;
  stage: string;
  ventures: string;
  reached: string;
  gender: string;
  stories: string;
  noStories: string;
  since: string;
  mapCredit: string;
  /** Survival after graduation (follow-ups at 6 and 12 months); `after` holds {months}. */
  survival: { title: string; after: string; recorded: string; stillOperating: string; rate: string; due: string; overdue: string };
  /** Beneficiary voice (complaints and satisfaction), as on the dashboard. */
  voice: {
    title: string;
    received: string;
    open: string;
    within: string;
    withinShare: string;
    satisfaction: string;
    ratings: string;
    category: string;
    categories: Record<string, string>;
  };
  figures: Record<string, string>;
  stageNames: Record<string, string>;
  genderNames: Record<string, string>;
}

const FR: ReportLabels = {
  title: "Rapport d'impact",
  allPrograms: 'Tous les programmes',
  period: 'Période',
  allTime: 'depuis le début',
  asOf: 'Chiffres au',
  indicators: 'Indicateurs',
  indicator: 'Indicateur',
  value: 'Valeur',
  targets: 'Objectifs et réalisations',
  target: 'Objectif',
  actual: 'Réalisé',
  expected: 'Attendu à ce jour',
  progress: 'Avancement',
  regions: 'Bénéficiaires par région',
  region: 'Région',
  beneficiaries: 'Bénéficiaires',
  women: 'Femmes',
  stages: 'Projets par étape',
  stage: 'Étape',
  ventures: 'Projets',
  reached: 'Atteinte',
  gender: 'Genre',
  stories: 'Histoires de réussite',
  noStories: "Aucun projet n'a encore atteint l'activité ou la croissance.",
  since: 'depuis le',
  mapCredit: 'Contours des régions : paquet morocco-map, © contributeurs OpenStreetMap, licence ODbL.',
  voice: {
    title: 'Voix des bénéficiaires',
    received: 'Réclamations reçues',
    open: 'Réclamations en cours',
    within: 'Traitées dans le délai',
    withinShare: 'Part des décisions prises dans le délai',
    satisfaction: 'Satisfaction après les séances (sur 5)',
    ratings: 'Avis',
    category: 'Catégorie',
    categories: {
      COACHING_QUALITY: "Qualité de l'accompagnement",
      TRAINING: 'Formation',
      PAYMENT_OR_GRANT: 'Paiement ou subvention',
      DISCRIMINATION_OR_ABUSE: 'Discrimination ou abus',
      DATA_PRIVACY: 'Données et vie privée',
      OTHER: 'Autre',
    },
  },
  survival: {
    title: 'Survie après la sortie',
    after: 'Après {months} mois',
    recorded: 'Suivis enregistrés',
    stillOperating: 'Activité toujours en cours',
    rate: 'Taux de survie',
    due: 'Suivis à faire',
    overdue: 'En retard',
  },
  figures: {
    beneficiaries: 'Bénéficiaires',
    women: 'Femmes',
    womenShare: 'Part de femmes',
    neet: 'NEET',
    neetShare: 'Part de NEET',
    rural: 'Rural',
    ruralShare: 'Part de ruraux',
    youthShare: 'Part de jeunes (15–34 ans)',
    regionsCovered: 'Régions couvertes',
    cooperatives: 'Coopératives accompagnées',
    cooperativeMembers: 'Membres de coopératives',
    sessionsDelivered: 'Séances réalisées',
    sessionHours: 'Heures de séances',
    peopleTrained: 'Personnes formées',
    venturesOperating: 'Projets en activité ou en croissance',
    venturesOperatingShare: 'Part des projets en activité ou en croissance',
    revenue: "Chiffre d'affaires (MAD)",
    jobsCreated: 'Emplois créés',
    dropoutRate: "Taux d'abandon",
  },
  stageNames: {
    IDEA: 'Idée',
    VALIDATION: 'Validation',
    STRUCTURING: 'Structuration',
    LAUNCH: 'Lancement',
    OPERATING: 'Activité',
    GROWING: 'Croissance',
  },
  genderNames: { F: 'Femmes', M: 'Hommes' },
};

const EN: ReportLabels = {
  title: 'Impact report',
  allPrograms: 'All programmes',
  period: 'Period',
  allTime: 'since the start',
  asOf: 'Figures as of',
  indicators: 'Indicators',
  indicator: 'Indicator',
  value: 'Value',
  targets: 'Targets vs actual',
  target: 'Target',
  actual: 'Actual',
  expected: 'Expected today',
  progress: 'Progress',
  regions: 'Beneficiaries by region',
  region: 'Region',
  beneficiaries: 'Beneficiaries',
  women: 'Women',
  stages: 'Ventures by stage',
  stage: 'Stage',
  ventures: 'Ventures',
  reached: 'Reached',
  gender: 'Gender',
  stories: 'Success stories',
  noStories: 'No venture has reached operating or growing yet.',
  since: 'since',
  mapCredit: 'Region shapes: morocco-map package, © OpenStreetMap contributors, ODbL licence.',
  voice: {
    title: 'Beneficiary voice',
    received: 'Complaints received',
    open: 'Complaints still open',
    within: 'Decided within the deadline',
    withinShare: 'Share of decisions within the deadline',
    satisfaction: 'Satisfaction after sessions (out of 5)',
    ratings: 'Ratings',
    category: 'Category',
    categories: {
      COACHING_QUALITY: 'Coaching quality',
      TRAINING: 'Training',
      PAYMENT_OR_GRANT: 'Payment or grant',
      DISCRIMINATION_OR_ABUSE: 'Discrimination or abuse',
      DATA_PRIVACY: 'Data and privacy',
      OTHER: 'Other',
    },
  },
  survival: {
    title: 'Survival after graduation',
    after: 'After {months} months',
    recorded: 'Follow-ups recorded',
    stillOperating: 'Still operating',
    rate: 'Survival rate',
    due: 'Follow-ups to do',
    overdue: 'Overdue',
  },
  figures: {
    beneficiaries: 'Beneficiaries',
    women: 'Women',
    womenShare: 'Share of women',
    neet: 'NEET',
    neetShare: 'Share of NEET',
    rural: 'Rural',
    ruralShare: 'Share of rural',
    youthShare: 'Share of youth (15–34)',
    regionsCovered: 'Regions covered',
    cooperatives: 'Cooperatives accompanied',
    cooperativeMembers: 'Cooperative members',
    sessionsDelivered: 'Sessions delivered',
    sessionHours: 'Session hours',
    peopleTrained: 'People trained',
    venturesOperating: 'Ventures operating or growing',
    venturesOperatingShare: 'Share of ventures operating or growing',
    revenue: 'Revenue (MAD)',
    jobsCreated: 'Jobs created',
    dropoutRate: 'Dropout rate',
  },
  stageNames: {
    IDEA: 'Idea',
    VALIDATION: 'Validation',
    STRUCTURING: 'Structuring',
    LAUNCH: 'Launch',
    OPERATING: 'Operating',
    GROWING: 'Growing',
  },
  genderNames: { F: 'Women', M: 'Men' },
};

const AR: ReportLabels = {
  title: 'تقرير الأثر',
  allPrograms: 'كل البرامج',
  period: 'الفترة',
  allTime: 'منذ البداية',
  asOf: 'الأرقام بتاريخ',
  indicators: 'المؤشرات',
  indicator: 'المؤشر',
  value: 'القيمة',
  targets: 'الأهداف مقابل الإنجازات',
  target: 'الهدف',
  actual: 'المنجز',
  expected: 'المتوقع اليوم',
  progress: 'التقدم',
  regions: 'المستفيدون حسب الجهة',
  region: 'الجهة',
  beneficiaries: 'المستفيدون',
  women: 'النساء',
  stages: 'المشاريع حسب المرحلة',
  stage: 'المرحلة',
  ventures: 'المشاريع',
  reached: 'وصلت',
  gender: 'النوع',
  stories: 'قصص نجاح',
  noStories: 'لم يبلغ أي مشروع بعد مرحلة النشاط أو النمو.',
  since: 'منذ',
  mapCredit: 'حدود الجهات: حزمة morocco-map، © المساهمون في OpenStreetMap، بترخيص ODbL.',
  voice: {
    title: 'صوت المستفيدات',
    received: 'الشكايات الواردة',
    open: 'الشكايات قيد المعالجة',
    within: 'المعالَجة داخل الأجل',
    withinShare: 'نسبة القرارات المتخذة داخل الأجل',
    satisfaction: 'الرضا بعد الجلسات (من 5)',
    ratings: 'التقييمات',
    category: 'الصنف',
    categories: {
      COACHING_QUALITY: 'جودة المواكبة',
      TRAINING: 'التكوين',
      PAYMENT_OR_GRANT: 'الأداء أو المنحة',
      DISCRIMINATION_OR_ABUSE: 'تمييز أو إساءة',
      DATA_PRIVACY: 'المعطيات والخصوصية',
      OTHER: 'أخرى',
    },
  },
  survival: {
    title: 'الاستمرارية بعد التخرج',
    after: 'بعد {months} شهرا',
    recorded: 'المتابعات المسجلة',
    stillOperating: 'النشاط مستمر',
    rate: 'معدل الاستمرارية',
    due: 'متابعات يجب إنجازها',
    overdue: 'متأخرة',
  },
  figures: {
    beneficiaries: 'المستفيدون',
    women: 'النساء',
    womenShare: 'نسبة النساء',
    neet: 'خارج التعليم والعمل والتكوين',
    neetShare: 'نسبة غير المتمدرسين وغير العاملين',
    rural: 'الوسط القروي',
    ruralShare: 'نسبة الوسط القروي',
    youthShare: 'نسبة الشباب',
    regionsCovered: 'الجهات المشمولة',
    cooperatives: 'التعاونيات المواكَبة',
    cooperativeMembers: 'أعضاء التعاونيات',
    sessionsDelivered: 'الجلسات المنجزة',
    sessionHours: 'ساعات الجلسات',
    peopleTrained: 'الأشخاص المكوَّنون',
    venturesOperating: 'المشاريع في طور النشاط أو النمو',
    venturesOperatingShare: 'نسبة المشاريع في طور النشاط أو النمو',
    revenue: 'رقم المعاملات (درهم)',
    jobsCreated: 'مناصب الشغل المحدثة',
    dropoutRate: 'نسبة الانقطاع',
  },
  stageNames: { IDEA: 'فكرة', VALIDATION: 'تحقق', STRUCTURING: 'هيكلة', LAUNCH: 'إطلاق', OPERATING: 'نشاط', GROWING: 'نمو' },
  genderNames: { F: 'نساء', M: 'رجال' },
};

export function reportLabels(locale: Locale): ReportLabels {
  return locale === Locale.AR ? AR : locale === Locale.EN ? EN : FR;
}

/** Indicators shown in the report, in order; share figures are formatted as percentages. */
export const REPORT_FIGURES = [
  'beneficiaries',
  'women',
  'womenShare',
  'neet',
  'neetShare',
  'rural',
  'ruralShare',
  'youthShare',
  'regionsCovered',
  'cooperatives',
  'cooperativeMembers',
  'sessionsDelivered',
  'sessionHours',
  'peopleTrained',
  'venturesOperating',
  'revenue',
  'jobsCreated',
  'dropoutRate',
] as const;
export type ReportFigure = (typeof REPORT_FIGURES)[number];
export const isShareFigure = (f: string) => f.endsWith('Share') || f === 'dropoutRate';
