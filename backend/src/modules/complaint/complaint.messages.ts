import { NotificationKind } from '../notification/notification.entity';
import { ComplaintCategory, ComplaintStatus } from './complaint.entity';

type Lang = 'ar' | 'fr' | 'en';
const lang = (locale: string | null | undefined): Lang => (locale === 'ar' || locale === 'en' ? locale : 'fr');

const CATEGORY: Record<ComplaintCategory, Record<Lang, string>> = {
  COACHING_QUALITY: { ar: 'جودة المواكبة', fr: 'qualité de l’accompagnement', en: 'coaching quality' },
  TRAINING: { ar: 'التكوين', fr: 'formation', en: 'training' },
  PAYMENT_OR_GRANT: { ar: 'الأداء أو المنحة', fr: 'paiement ou subvention', en: 'payment or grant' },
  DISCRIMINATION_OR_ABUSE: { ar: 'تمييز أو إساءة', fr: 'discrimination ou abus', en: 'discrimination or abuse' },
  DATA_PRIVACY: { ar: 'المعطيات والخصوصية', fr: 'données et vie privée', en: 'data and privacy' },
  OTHER: { ar: 'أخرى', fr: 'autre', en: 'other' },
};

const OUTCOME: Record<ComplaintStatus, Record<Lang, string>> = {
  RECEIVED: { ar: 'تم الاستلام', fr: 'reçue', en: 'received' },
  IN_REVIEW: { ar: 'قيد الدراسة', fr: 'en cours d’examen', en: 'in review' },
  RESOLVED: { ar: 'تمت معالجتها', fr: 'résolue', en: 'resolved' },
  REJECTED: { ar: 'مرفوضة', fr: 'rejetée', en: 'rejected' },
  REFERRED: { ar: 'محالة على جهة مختصة', fr: 'transmise à un organisme compétent', en: 'referred to a competent body' },
};

function day(d: Date, l: Lang): string {
  return new Intl.DateTimeFormat(l === 'ar' ? 'ar-MA' : l === 'en' ? 'en-GB' : 'fr-MA', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Africa/Casablanca',
  }).format(d);
}

/**
 * The texts of complaint notifications, in the recipient's language. Messages to staff never
 * name the complainant (the complaint may be anonymous): they give its category and dates.
 */
export function complaintMessage(
  kind:
    | NotificationKind.COMPLAINT_RECEIVED
    | NotificationKind.COMPLAINT_ASSIGNED
    | NotificationKind.COMPLAINT_DECIDED
    | NotificationKind.COMPLAINT_ESCALATED,
  locale: string | null | undefined,
  p: { category: ComplaintCategory; dueAt: Date; createdAt: Date; status?: ComplaintStatus; decision?: string | null; appeal?: boolean },
): string {
  const l = lang(locale);
  const cat = CATEGORY[p.category][l];
  const due = day(p.dueAt, l);
  const filed = day(p.createdAt, l);
  switch (kind) {
    case NotificationKind.COMPLAINT_RECEIVED:
      return p.appeal
        ? {
            ar: `توصلنا بطعنك في القرار (${cat}). سنرد عليك قبل ${due}.`,
            fr: `Nous avons reçu votre appel (${cat}). Nous vous répondrons avant le ${due}.`,
            en: `We received your appeal (${cat}). We will answer you by ${due}.`,
          }[l]
        : {
            ar: `توصلنا بشكايتك (${cat}). سنرد عليك قبل ${due}.`,
            fr: `Nous avons bien reçu votre réclamation (${cat}). Nous vous répondrons avant le ${due}.`,
            en: `We received your complaint (${cat}). We will answer you by ${due}.`,
          }[l];
    case NotificationKind.COMPLAINT_ASSIGNED:
      return {
        ar: `أُسندت إليك شكاية (${cat}) بتاريخ ${filed}، يجب البت فيها قبل ${due}.`,
        fr: `Une réclamation (${cat}) du ${filed} vous est confiée ; décision attendue avant le ${due}.`,
        en: `A complaint (${cat}) of ${filed} is assigned to you; a decision is due by ${due}.`,
      }[l];
    case NotificationKind.COMPLAINT_DECIDED: {
      const outcome = OUTCOME[p.status ?? ComplaintStatus.RESOLVED][l];
      return {
        ar: `قرار بشأن شكايتك (${cat}): ${outcome}. ${p.decision ?? ''}`,
        fr: `Décision sur votre réclamation (${cat}) : ${outcome}. ${p.decision ?? ''}`,
        en: `Decision on your complaint (${cat}): ${outcome}. ${p.decision ?? ''}`,
      }[l].trim();
    }
    case NotificationKind.COMPLAINT_ESCALATED:
      return {
        ar: `شكاية (${cat}) بتاريخ ${filed} تجاوزت أجلها (${due}) دون قرار.`,
        fr: `Une réclamation (${cat}) du ${filed} a dépassé son délai (${due}) sans décision.`,
        en: `A complaint (${cat}) of ${filed} is past its deadline (${due}) without a decision.`,
      }[l];
  }
}
