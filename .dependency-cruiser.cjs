/**
 * Import rules checked in CI (`npm run lint`): no file imports itself back through others, the
 * service never imports the tests, and the folders of `src/` depend one way, from the bottom up:
 *
 *   config → common → database → queue → access → audit → areas, reference, calendar
 *     → organizations → users → children, notifications → population → cases → referrals
 *     → privacy, reports → auth, health, demo → the application's root files
 *
 * A folder imports only folders of the layers below its own; folders of one layer (the commas)
 * do not import each other. `database/entities.ts` and the migrations list every module's tables
 * and are exempt. Audit sits just above access: it is infrastructure every module records to (the
 * calendar's holidays included), and it needs only the actor and the area scope.
 */
const LAYERS = [
  ['config'],
  ['common'],
  ['database'],
  ['queue'],
  ['access'],
  ['audit'],
  ['areas', 'reference', 'calendar'],
  ['organizations'],
  ['users'],
  ['children', 'notifications'],
  ['population'],
  ['cases'],
  ['referrals'],
  ['privacy', 'reports'],
  ['auth', 'health', 'demo'],
];

const folders = (names) => `^src/(${names.join('|')})/`;

const layering = LAYERS.flatMap((layer, index) =>
  layer.map((folder) => {
    const above = LAYERS.slice(index + 1).flat();
    const beside = layer.filter((other) => other !== folder);
    return {
      name: `layer-${folder}`,
      severity: 'error',
      comment:
        `${folder}/ may import only the folders of the layers below it` +
        (beside.length ? `, not ${beside.join(' or ')} beside it` : '') +
        ': move what both need down, or publish it from the lower folder.',
      from: {
        path: folders([folder]),
        pathNot: '^src/database/(entities\\.ts|migrations/)',
      },
      to: { path: folders([...above, ...beside]) },
    };
  }),
);

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
    {
      name: 'every-folder-in-a-layer',
      severity: 'error',
      comment: 'A new folder of src/ takes its place in LAYERS above.',
      from: { path: '^src/[^/]+/', pathNot: folders(LAYERS.flat()) },
      to: {},
    },
    ...layering,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)node_modules/' },
  },
};
