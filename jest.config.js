/** Jest in ESM mode (NestJS 12 is pure ESM): ts-jest transpiles, `.js` import suffixes map to sources. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  maxWorkers: 2,
  // A worker leaves within milliseconds of being told the run is over (measured: 1-280 ms, with
  // nothing but its stdio and IPC pipes open), but on a loaded machine Jest's default 500 ms
  // could pass first and it reported "a worker process has failed to exit gracefully". A real
  // leak holds a worker for good, and is still reported after this wait.
  workerGracefulExitTimeout: 5_000,
  testTimeout: 60_000,
};
