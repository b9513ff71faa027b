import type { Facts } from '../../src/analyze/facts.ts';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';
import { scan } from '../../src/scan.ts';
import { fixedTexts, planFixes } from '../../src/fix/fix.ts';
import type { Rule } from '../../src/rules/rule.ts';

/**
 * Scans `files` with every rule (or `rules`), plans and proves the fixes from the scan's facts, applies them,
 * and scans the result again: what a `--fix` then a second scan does.
 */
export const fixFiles = async (files: Readonly<Record<string, string>>, rules?: readonly Rule[]) => {
  const request = { root: '/repo', ...(rules ? { rules } : {}) };
  let facts: Facts | undefined;
  const result = await scan(request, { fs: memoryFileSystem(files), onFacts: (f) => (facts = f) });
  const read = async (file: string) => files[file];
  const plan = await planFixes(result.findings, read, request, { facts: facts!, sources: result.sources });
  const texts = await fixedTexts(plan.proved, read);
  const after: Record<string, string> = { ...files };
  for (const [file, { after: text }] of texts) after[file] = text;
  const rescan = await scan(request, { fs: memoryFileSystem(after) });
  return { before: result.findings, plan, after, changed: new Set(texts.keys()), rescan: rescan.findings };
};

/** A ConstraintTemplate whose Rego (block scalar, 8 spaces in) is `rego` lines; `libs` likewise. */
export const template = (rego: readonly string[], libs: readonly (readonly string[])[] = [], eol = '\n'): string =>
  [
    'apiVersion: templates.gatekeeper.sh/v1',
    'kind: ConstraintTemplate',
    'metadata:',
    '  name: k8sprivileged',
    'spec:',
    '  crd:',
    '    spec:',
    '      names:',
    '        kind: K8sPrivileged',
    '  targets:',
    '    - target: admission.k8s.gatekeeper.sh',
    '      rego: |',
    ...rego.map((line) => (line === '' ? '' : `        ${line}`)),
    ...(libs.length > 0 ? ['      libs:', ...libs.flatMap((lib) => ['        - |', ...lib.map((line) => (line === '' ? '' : `          ${line}`))])] : []),
    '',
  ].join(eol);
