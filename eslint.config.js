import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports flow forward through the pipeline; @actions/* stays in the GitHub layer. */
const stageOrder = ['discover', 'render', 'load', 'model', 'analyze', 'rules', 'suppress', 'report'];
const laterStages = (stage) => stageOrder.slice(stageOrder.indexOf(stage) + 1);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/.corpus/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', Buffer: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { patterns: [{ group: ['@actions/*'], message: '@actions/* belongs in src/github/ and src/action.ts only.' }] }],
    },
  },
  ...stageOrder.map((stage) => ({
    files: [`src/${stage}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: '@actions/* belongs in src/github/ and src/action.ts only.' },
            ...laterStages(stage).map((later) => ({
              group: [`../${later}/*`, `../../${later}/*`],
              allowTypeImports: true,
              message: `${stage}/ must not import from ${later}/ (imports only go forward).`,
            })),
          ],
        },
      ],
    },
  })),
  { files: ['src/github/**/*.ts', 'src/action.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    // Every list here may come from a scanned file: spread into arguments, 100k items overflow the stack.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression > SpreadElement', message: 'No argument spreads (a long list overflows the call stack): use pushAll or maxOf from src/array.ts, or pass the array.' },
        { selector: 'NewExpression > SpreadElement', message: 'No argument spreads (a long list overflows the call stack): pass the array.' },
      ],
    },
  },
  { files: ['scripts/**/*.mjs', 'bench/**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
);
