import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Type-aware linting (typescript-eslint's recommendedTypeChecked: promises awaited or handled,
 * no unsafe `any`, no needless assertion) over the service, its tests and the web app, each file
 * checked with the TypeScript project that builds it.
 */
export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      '.data/',
      'scripts/',
      'bench/',
      'test/*.mjs',
      'test/*.d.mts',
      'jest.config.js',
      'eslint.config.js',
      '.dependency-cruiser.cjs',
      'web/dist/',
      'web/test-results/',
      'web/scripts/',
      'web/e2e/*.mjs',
      'web/src/api/schema.d.ts',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './web/tsconfig.json', './web/tsconfig.e2e.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  { files: ['web/src/**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // A message catalog adds its problem codes to ProblemCatalog by extending it (i18n.ts).
      '@typescript-eslint/no-empty-object-type': [
        'error',
        { allowInterfaces: 'with-single-extends' },
      ],
      // Static factories (`AreaDto.from`) are passed to `map` by name; they read no `this`.
      '@typescript-eslint/unbound-method': ['error', { ignoreStatic: true }],
    },
  },
  {
    // A test reads HTTP responses, whose bodies are `any` until its assertions check them, and
    // hands async checks to helpers that wait for a promise, awaited or not.
    files: ['test/**/*.ts', 'src/**/*.spec.ts', 'web/e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // Vite's configuration is built by Vite alone, outside the projects above.
  { files: ['web/vite.config.ts'], ...tseslint.configs.disableTypeChecked },
);
