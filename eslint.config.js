// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'reports/**', 'data/**', '**/*-changed.svg', 'test/fixtures/published/**', 'pipelines/bench/.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // The libraries run in browsers too: file-system and process access live only in src/node.ts.
    files: ['packages/*/src/**/*.ts'],
    ignores: ['packages/*/src/node.ts', 'packages/*/src/node/**', 'packages/*/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'Core modules are runtime-neutral; put Node-only code in src/node.ts.' }] }],
      'no-restricted-globals': ['error', { name: 'process', message: 'Inject effects; do not read the environment in the core.' }],
    },
  },
);
