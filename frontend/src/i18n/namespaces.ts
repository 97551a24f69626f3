import venturesAr from '../modules/ventures/i18n/ar.json';
import venturesEn from '../modules/ventures/i18n/en.json';
import venturesFr from '../modules/ventures/i18n/fr.json';
import cooperativesAr from '../modules/cooperatives/i18n/ar.json';
import cooperativesEn from '../modules/cooperatives/i18n/en.json';
import cooperativesFr from '../modules/cooperatives/i18n/fr.json';
import journeyAr from '../modules/journey/i18n/ar.json';
import journeyEn from '../modules/journey/i18n/en.json';
import journeyFr from '../modules/journey/i18n/fr.json';
import sessionsAr from '../modules/sessions/i18n/ar.json';
import sessionsEn from '../modules/sessions/i18n/en.json';
import sessionsFr from '../modules/sessions/i18n/fr.json';
import impactAr from '../modules/impact/i18n/ar.json';
import impactEn from '../modules/impact/i18n/en.json';
import impactFr from '../modules/impact/i18n/fr.json';
/**
 * Feature catalogues: each feature module keeps its own texts in `modules/<feature>/i18n/{ar,fr,en}.json`
 * and is listed here once (its name is the i18next namespace: `useTranslation('journey')`).
 * The key-parity test covers every namespace.
 */
export const namespaces = {
  ventures: { ar: venturesAr, fr: venturesFr, en: venturesEn },
  cooperatives: { ar: cooperativesAr, fr: cooperativesFr, en: cooperativesEn },
  journey: { ar: journeyAr, fr: journeyFr, en: journeyEn },
  sessions: { ar: sessionsAr, fr: sessionsFr, en: sessionsEn },
  impact: { ar: impactAr, fr: impactFr, en: impactEn },
} as const;
