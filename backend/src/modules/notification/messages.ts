import { NotificationKind } from './notification.entity';

type Locale = 'ar' | 'fr' | 'en';

const TEXTS: Record<NotificationKind, Record<Locale, (when: string, place: string) => string>> = {
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
};

/** The message for a recipient, with the time in her language and the organisation's time zone. */
export function messageFor(kind: NotificationKind, locale: string, startsAt: Date, place: string | null, timeZone = 'Africa/Casablanca'): string {
  const lang: Locale = locale === 'ar' || locale === 'en' ? locale : 'fr';
  const when = new Intl.DateTimeFormat(lang === 'ar' ? 'ar-MA' : lang === 'en' ? 'en-GB' : 'fr-MA', {
    timeZone,
    weekday: kind === NotificationKind.SESSION_TO_LOG ? 'long' : undefined,
    day: kind === NotificationKind.SESSION_TO_LOG ? 'numeric' : undefined,
    month: kind === NotificationKind.SESSION_TO_LOG ? 'long' : undefined,
    hour: '2-digit',
    minute: '2-digit',
  }).format(startsAt);
  return TEXTS[kind][lang](when, place ?? '');
}
