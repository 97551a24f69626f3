import { NotificationKind } from './notification.entity';

type Locale = 'ar' | 'fr' | 'en';
/** `subject`: who or what the message is about (a name), `count`: how many (absences in a row). */
type Text = (when: string, place: string, subject: string, count: number) => string;

const TEXTS: Record<NotificationKind, Record<Locale, Text>> = {
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

const WITH_DATE = new Set([NotificationKind.SESSION_TO_LOG, NotificationKind.WAITLIST_PROMOTED, NotificationKind.ABSENCES_IN_A_ROW]);

/** The message for a recipient, with the time in her language and the organisation's time zone. */
export function messageFor(
  kind: NotificationKind,
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
