import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      '.data/',
      'scripts/',
      'test/*.mjs',
      'jest.config.js',
      'eslint.config.js',
      'web/dist/',
      'web/test-results/',
      'web/scripts/',
      'web/e2e/*.mjs',
      'web/src/api/schema.d.ts',
    ],
  },
  ...tseslint.configs.recommended,
  { files: ['web/src/**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
