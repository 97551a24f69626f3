export * from './roles';
export * from './locales';
export * from './regions';
export * from './errors';
export * from './names';
export * from './indicators';
export * from './stages';
export * from './people-import';
