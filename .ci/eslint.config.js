import js from '@eslint/js';
import { resolve } from 'node:path';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.test-dist*/', 'node_modules/', 'coverage/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules for the async Store: a store call that is not awaited is a bug.
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    languageOptions: {
      parserOptions: { project: ['./test/tsconfig.json'], tsconfigRootDir: resolve(import.meta.dirname, '..') },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/feeds/*/**', '**/store/*/**', '**/chat/*/**', '**/schedule/*/**'], message: 'Import another module through its index.ts.' },
            // `npm run typecheck` checks src through test/tsconfig.json (rootDir ..), so this rule keeps src within src.
            { group: ['**/test/**', '**/bench/**', '**/scripts/**'], message: 'The sources never import tests, benchmarks or scripts.' },
          ],
        },
      ],
    },
  },
  {
    // Unit tests and benchmarks reach into the module they measure.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts', 'src/render/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/feeds/**', '**/store/**', '**/chat/**', '**/schedule/**', '**/config/**', 'node:fs*', 'node:http*', 'node:net', 'node:dns*'],
              message: 'The core and renderers are pure: no I/O and no adapters.',
            },
            { group: ['**/test/**', '**/bench/**', '**/scripts/**'], message: 'The sources never import tests, benchmarks or scripts.' },
          ],
        },
      ],
    },
  },
);
