import venturesAr from '../modules/ventures/i18n/ar.json';
import venturesEn from '../modules/ventures/i18n/en.json';
import venturesFr from '../modules/ventures/i18n/fr.json';
import cooperativesAr from '../modules/cooperatives/i18n/ar.json';
import cooperativesEn from '../modules/cooperatives/i18n/en.json';
import cooperativesFr from '../modules/cooperatives/i18n/fr.json';
import journeyAr from '../modules/journey/i18n/ar.json';
import journeyEn from '../modules/journey/i18n/en.json';
import journeyFr from '../modules/journey/i18n/fr.json';
import coachesAr from '../modules/coaches/i18n/ar.json';
import coachesEn from '../modules/coaches/i18n/en.json';
import coachesFr from '../modules/coaches/i18n/fr.json';
import settingsAr from '../modules/settings/i18n/ar.json';
import settingsEn from '../modules/settings/i18n/en.json';
import settingsFr from '../modules/settings/i18n/fr.json';
import programsAr from '../modules/programs/i18n/ar.json';
import programsEn from '../modules/programs/i18n/en.json';
import programsFr from '../modules/programs/i18n/fr.json';
import sessionsAr from '../modules/sessions/i18n/ar.json';
import sessionsEn from '../modules/sessions/i18n/en.json';
import sessionsFr from '../modules/sessions/i18n/fr.json';
import auditAr from '../modules/audit/i18n/ar.json';
import auditEn from '../modules/audit/i18n/en.json';
import auditFr from '../modules/audit/i18n/fr.json';
import followUpsAr from '../modules/follow-ups/i18n/ar.json';
import followUpsEn from '../modules/follow-ups/i18n/en.json';
import followUpsFr from '../modules/follow-ups/i18n/fr.json';
import importsAr from '../modules/imports/i18n/ar.json';
import importsEn from '../modules/imports/i18n/en.json';
import importsFr from '../modules/imports/i18n/fr.json';
import impactAr from '../modules/impact/i18n/ar.json';
import impactEn from '../modules/impact/i18n/en.json';
import impactFr from '../modules/impact/i18n/fr.json';
import diagnosticsAr from '../modules/diagnostics/i18n/ar.json';
import diagnosticsEn from '../modules/diagnostics/i18n/en.json';
import diagnosticsFr from '../modules/diagnostics/i18n/fr.json';
import complaintsAr from '../modules/complaints/i18n/ar.json';
import complaintsEn from '../modules/complaints/i18n/en.json';
import complaintsFr from '../modules/complaints/i18n/fr.json';
import securityAr from '../modules/security/i18n/ar.json';
import securityEn from '../modules/security/i18n/en.json';
import securityFr from '../modules/security/i18n/fr.json';
import privacyAr from '../modules/privacy/i18n/ar.json';
import privacyEn from '../modules/privacy/i18n/en.json';
import privacyFr from '../modules/privacy/i18n/fr.json';
import offlineAr from '../modules/offline/i18n/ar.json';
import offlineEn from '../modules/offline/i18n/en.json';
import offlineFr from '../modules/offline/i18n/fr.json';
import usersAr from '../modules/users/i18n/ar.json';
import usersEn from '../modules/users/i18n/en.json';
import usersFr from '../modules/users/i18n/fr.json';
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
  followUps: { ar: followUpsAr, fr: followUpsFr, en: followUpsEn },
  audit: { ar: auditAr, fr: auditFr, en: auditEn },
  coaches: { ar: coachesAr, fr: coachesFr, en: coachesEn },
  programs: { ar: programsAr, fr: programsFr, en: programsEn },
  settings: { ar: settingsAr, fr: settingsFr, en: settingsEn },
  imports: { ar: importsAr, fr: importsFr, en: importsEn },
  impact: { ar: impactAr, fr: impactFr, en: impactEn },
  diagnostics: { ar: diagnosticsAr, fr: diagnosticsFr, en: diagnosticsEn },
  complaints: { ar: complaintsAr, fr: complaintsFr, en: complaintsEn },
  security: { ar: securityAr, fr: securityFr, en: securityEn },
  privacy: { ar: privacyAr, fr: privacyFr, en: privacyEn },
  offline: { ar: offlineAr, fr: offlineFr, en: offlineEn },
  users: { ar: usersAr, fr: usersFr, en: usersEn },
} as const;
