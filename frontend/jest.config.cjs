/**
 * Unit tests of the frontend (jsdom). Run from the repository root:
 *   npx jest -c frontend/jest.config.cjs
 * (or as the "frontend" project of the root Jest configuration).
 */
const path = require('node:path');

/** ESM-only packages that must be compiled to CommonJS for Jest. */
const esmPackages = ['react-router', '@remix-run/route-pattern', 'cookie-es', 'd3-geo', 'd3-array', 'internmap'];

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  displayName: 'frontend',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'jsx', 'json'],
  transform: {
    '/node_modules/.+\\.m?js$': '<rootDir>/test/esm-transform.cjs',
    '^.+\\.(t|j)sx?$': swc,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.map((p) => p.replace('/', '\\/')).join('|')})/)`],
  moduleNameMapper: {
    '\\.css$': 'identity-obj-proxy',
    '^@rafiq/shared$': '<rootDir>/../shared/src/index.ts',
  },
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/setup-tests.ts'],
  roots: ['<rootDir>/src'],
  cacheDirectory: path.join(__dirname, '../node_modules/.cache/jest-frontend'),
};
