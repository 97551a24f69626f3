// Style sheets are handled by the bundler (Vite) and mapped to a stub in unit tests.
declare module '*.css';

/** True in production builds, which register the service worker (vite.config.ts). */
declare const __RAFIQ_SERVICE_WORKER__: boolean;
