import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/feeds/*/**', '**/store/*/**', '**/chat/*/**', '**/schedule/*/**'], message: 'Import another module through its index.ts.' }],
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
          ],
        },
      ],
    },
  },
);
