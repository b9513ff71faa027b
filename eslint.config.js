import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first: a module imports only from its own layer and the ones before
 * it, type imports included (a type shared by two layers lives in the lower one, usually
 * model/). `scan.ts` is the pipeline that runs the stages; config, verify, probe-tests and fix
 * build on a scan; cli and github are the two front ends. scripts/import-cycles.mjs (run by
 * test/lint/layers.test.ts) finds cycles inside a layer, which this order cannot see.
 */
export const LAYERS = ['model', 'discover', 'render', 'load', 'analyze', 'rules', 'suppress', 'report', 'scan.ts', 'config', 'verify', 'probe-tests', 'fix', 'cli', 'github'];
/** Top-level helpers every layer may use; they import no layer. */
const BASE_FILES = ['array.ts', 'errors.ts', 'json.ts', 'read-input.ts', 'suggest.ts', 'version.ts', 'write-output.ts', 'v8-flags.ts'];
const filesOf = (layer) => (layer.endsWith('.ts') ? [`src/${layer}`] : [`src/${layer}/**/*.ts`]);
/** How a module of src/ (at any depth) names a module of the layer. */
const specifiersOf = (layer) => {
  const target = layer.endsWith('.ts') ? layer : `${layer}/*`;
  return [`./${target}`, `../${target}`, `../../${target}`, `../../../${target}`];
};
const ACTIONS = { group: ['@actions/*'], message: '@actions/* belongs in src/github/ and src/action.ts only.' };
/** Rules read facts: analyzers' types only, never their functions; and no rule imports another. */
const RULE_PATTERNS = [
  { group: ['../analyze/*'], allowTypeImports: true, message: 'A rule reads facts: import only types from analyze/ (shared semantics live in model/, shared wording in rules/wording.ts).' },
  { group: ['./eg*'], message: 'Rules do not import each other: shared wording lives in rules/wording.ts.' },
];
const layerRule = (layer, later, extra = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ACTIONS,
        ...extra,
        ...later.map((above) => ({
          group: specifiersOf(above),
          message: `${layer} must not import from ${above} (a later layer; see LAYERS in eslint.config.js).`,
        })),
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/.corpus/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', Buffer: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { patterns: [ACTIONS] }],
    },
  },
  ...LAYERS.map((layer, i) => ({ files: filesOf(layer), rules: layerRule(layer, LAYERS.slice(i + 1)) })),
  { files: ['src/rules/eg*.ts', 'src/rules/wording.ts', 'src/rules/closed-hole.ts'], rules: layerRule('rules', LAYERS.slice(LAYERS.indexOf('rules') + 1), RULE_PATTERNS) },
  { files: BASE_FILES.map((file) => `src/${file}`), rules: layerRule('a base helper', LAYERS) },
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
