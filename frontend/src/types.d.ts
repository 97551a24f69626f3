// Style sheets are handled by the bundler (Vite) and mapped to a stub in unit tests.
declare module '*.css';
