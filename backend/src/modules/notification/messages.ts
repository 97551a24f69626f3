import { NotificationKind } from './notification.entity';

type Locale = 'ar' | 'fr' | 'en';
/** `subject`: who or what the message is about (a name), `count`: how many (absences in a row). */
type Text = (when: string, place: string, subject: string, count: number) => string;

/** Kinds whose message is about a session (journey reminders are written by `journeyMessage`). */
export type SessionKind = Exclude<
  NotificationKind,
  | NotificationKind.RESULTS_DUE
  | NotificationKind.FOLLOW_UP_DUE
  | NotificationKind.COMPLAINT_RECEIVED
  | NotificationKind.COMPLAINT_ASSIGNED
  | NotificationKind.COMPLAINT_DECIDED
  | NotificationKind.COMPLAINT_ESCALATED
>;

const TEXTS: Record<SessionKind, Record<Locale, Text>> = {
  [NotificationKind.SESSION_TOMORROW]: {
    ar: (w, p) => `تذكير: لديك جلسة مواكبة غدًا ${w}${p ? ` في ${p}` : ''}.`,
    fr: (w, p) => `Rappel : vous avez une séance d'accompagnement demain ${w}${p ? ` à ${p}` : ''}.`,
    en: (w, p) => `Reminder: you have a coaching session tomorrow ${w}${p ? ` at ${p}` : ''}.`,
  },
  [NotificationKind.SESSION_IN_ONE_HOUR]: {
    ar: (w, p) => `جلستك تبدأ بعد ساعة (${w})${p ? ` في ${p}` : ''}.`,
    fr: (w, p) => `Votre séance commence dans une heure (${w})${p ? ` à ${p}` : ''}.`,
    en: (w, p) => `Your session starts in one hour (${w})${p ? ` at ${p}` : ''}.`,
  },
  [NotificationKind.SESSION_TO_LOG]: {
    ar: (w) => `جلسة ${w} لم تُسجَّل بعد: سجّلها في ثلاث نقرات.`,
    fr: (w) => `La séance du ${w} n'est pas encore enregistrée : enregistrez-la en trois gestes.`,
    en: (w) => `The session of ${w} is not logged yet: log it in three taps.`,
  },
  [NotificationKind.WAITLIST_PROMOTED]: {
    ar: (w, p) => `خبر سار: أصبح لك مقعد في التكوين يوم ${w}${p ? ` في ${p}` : ''}.`,
    fr: (w, p) => `Bonne nouvelle : une place s'est libérée pour vous à la formation du ${w}${p ? ` à ${p}` : ''}.`,
    en: (w, p) => `Good news: a seat opened up for you at the training on ${w}${p ? ` at ${p}` : ''}.`,
  },
  [NotificationKind.ABSENCES_IN_A_ROW]: {
    ar: (w, _p, s, n) => `${s}: ${n} غيابات متتالية بدون عذر (آخرها ${w}).`,
    fr: (w, _p, s, n) => `${s} : ${n} absences non justifiées d'affilée (la dernière le ${w}).`,
    en: (w, _p, s, n) => `${s}: ${n} unexcused absences in a row (the last on ${w}).`,
  },
  [NotificationKind.MENTOR_REQUEST]: {
    ar: (_w, _p, s) => `طلب إرشاد جديد: هل تقبل(ين) مرافقة ${s}؟`,
    fr: (_w, _p, s) => `Nouvelle demande de mentorat : acceptez-vous d'accompagner ${s} ?`,
    en: (_w, _p, s) => `New mentoring request: will you mentor ${s}?`,
  },
};

const WITH_DATE = new Set<NotificationKind>([
  NotificationKind.SESSION_TO_LOG,
  NotificationKind.WAITLIST_PROMOTED,
  NotificationKind.ABSENCES_IN_A_ROW,
]);

/** The message for a recipient, with the time in her language and the organisation's time zone. */
export function messageFor(
  kind: SessionKind,
  locale: string,
  startsAt: Date,
  place: string | null,
  timeZone = 'Africa/Casablanca',
  extra: { subject?: string; count?: number } = {},
): string {
  const lang: Locale = locale === 'ar' || locale === 'en' ? locale : 'fr';
  const dated = WITH_DATE.has(kind);
  const when = new Intl.DateTimeFormat(lang === 'ar' ? 'ar-MA' : lang === 'en' ? 'en-GB' : 'fr-MA', {
    timeZone,
    weekday: dated ? 'long' : undefined,
    day: dated ? 'numeric' : undefined,
    month: dated ? 'long' : undefined,
    hour: '2-digit',
    minute: '2-digit',
  }).format(startsAt);
  return TEXTS[kind][lang](when, place ?? '', extra.subject ?? '', extra.count ?? 0);
}

const MONTH_LOCALE: Record<Locale, string> = { ar: 'ar-MA', fr: 'fr-FR', en: 'en-GB' };

/** Journey reminders: last month's sales to record, a follow-up after graduation to do. */
export function journeyMessage(
  kind: NotificationKind.RESULTS_DUE | NotificationKind.FOLLOW_UP_DUE,
  locale: string,
  params: { periodStart?: string; title?: string; months?: number; name?: string },
): string {
  const lang: Locale = locale === 'ar' || locale === 'en' ? locale : 'fr';
  if (kind === NotificationKind.RESULTS_DUE) {
    const month = new Intl.DateTimeFormat(MONTH_LOCALE[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${params.periodStart}T00:00:00Z`),
    );
    const title = params.title ?? '';
    return {
      ar: `كم بعتِ في ${month}؟ سجّلي مبيعات «${title}» في دقيقة من صفحة «مساري».`,
      fr: `Combien avez-vous vendu en ${month} ? Enregistrez les ventes de « ${title} » en une minute dans « Mon parcours ».`,
      en: `How much did you sell in ${month}? Record the sales of “${title}” in a minute in “My journey”.`,
    }[lang];
  }
  const months = params.months ?? 6;
  const name = params.name ?? '';
  return {
    ar: `حان وقت متابعة ${name} بعد ${months} أشهر من التخرج: هل ما زال النشاط قائمًا؟`,
    fr: `Suivi à ${months} mois de ${name} : l’activité fonctionne-t-elle toujours ?`,
    en: `Time for the ${months}-month follow-up of ${name}: is the activity still running?`,
  }[lang];
}
