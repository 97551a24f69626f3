/**
 * Feature catalogues: each feature module keeps its own texts in `modules/<feature>/i18n/{ar,fr,en}.json`
 * and is listed here once (its name is the i18next namespace: `useTranslation('journey')`).
 * The key-parity test covers every namespace.
 */
export const namespaces = {} as const;
