import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports point one way: core <- contracts <- db <- apps/server (ARCHITECTURE.md). */
const forbid = (...packages) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: packages, message: 'Imports point one way: core <- contracts <- db <- server.' },
        {
          group: ['../../*/src/*', '@kairos/*/src/*'],
          message: 'Import a package through its exports.',
        },
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'bin/**', '**/*.config.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Route handlers are async by contract even when they happen not to wait.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      ...forbid('@kairos/contracts', '@kairos/db', '@kairos/server', 'node:*', 'fs', 'http', 'pg'),
      'no-restricted-globals': ['error', 'process', 'fetch'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'core takes the clock as a parameter.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'core takes the clock as a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'core takes randomness as a parameter.',
        },
        {
          selector: "MemberExpression[object.name='DateTime'][property.name='now']",
          message: 'core takes the clock as a parameter.',
        },
      ],
    },
  },
  { files: ['packages/contracts/src/**/*.ts'], rules: forbid('@kairos/db', '@kairos/server') },
  { files: ['packages/db/src/**/*.ts'], rules: forbid('@kairos/server') },
  {
    files: ['**/*.test.ts', '**/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  // apps/web runs in the browser: contracts' types only, no server or Node modules.
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@kairos/contracts',
              allowTypeImports: true,
              message: 'The web app imports contracts for their types only (import type).',
            },
          ],
          patterns: [
            {
              group: ['@kairos/db', '@kairos/server', '@kairos/core', 'node:*'],
              message: 'The web app talks to the server over HTTP only.',
            },
          ],
        },
      ],
    },
  },
  // Plain Node scripts (run before any TypeScript tooling): linted without type information.
  { files: ['scripts/**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
