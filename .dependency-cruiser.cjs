/**
 * Import rules checked in CI (`npm run lint`). Today: no file imports itself back through others,
 * and the service never imports the tests. The folder layering of issue 27 (infrastructure →
 * access → areas, reference, calendar → audit → children → cases → referrals → reports) is to be
 * added here once the folders that import each other are untangled.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A file imports itself back through others: split what both need into a third.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'service-not-on-tests',
      severity: 'error',
      comment: 'The service never depends on its tests (the population stand-in included).',
      from: { path: '^src/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)node_modules/' },
  },
};
