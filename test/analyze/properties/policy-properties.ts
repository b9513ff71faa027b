import { dump, loadAll } from 'js-yaml';
import { memoryFileSystem } from '../../../src/discover/memory-file-system.ts';
import { scan } from '../../../src/scan.ts';
import { type CoverageRow } from '../../../src/report/scan-result.ts';

/**
 * Two properties of the CEL / JMESPath / Kyverno analysis, over any policy file:
 * - renaming every variable (CEL `variables`, Kyverno `context` entries) to a random identifier
 *   changes no verdict: no decision rests on a name;
 * - writing `ephemeralContainerz` wherever the policy says `ephemeralContainers` (its clause,
 *   branch or list entry gone) leaves no policy covered that was covered by reading them: it
 *   becomes not-covered when it still reads containers or initContainers.
 * Files are compared after one YAML round trip each, so formatting plays no part.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is { [key: string]: Json } => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A seeded generator of identifiers that no policy would use (deterministic runs). */
export const identifiers = (seed: number): (() => string) => {
  let state = seed >>> 0 || 1;
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return () => {
    let name = '';
    for (let i = 0; i < 8; i++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      name += letters[(state >>> 16) % letters.length];
    }
    return `${name}${(state % 97).toString()}`;
  };
};

const mapStrings = (value: Json, change: (text: string, key: string | undefined) => string, key?: string): Json => {
  if (typeof value === 'string') return change(value, key);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, change, key));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, change, k)]));
  return value;
};

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Renames the CEL variables declared in `holder.variables` everywhere in `scope`. */
const renameCelVariables = (scope: { [key: string]: Json }, holder: { [key: string]: Json } | undefined, next: () => string): { [key: string]: Json } => {
  const variables = holder?.['variables'];
  if (!Array.isArray(variables)) return scope;
  const renames = new Map<string, string>();
  for (const variable of variables) if (isObject(variable) && typeof variable['name'] === 'string') renames.set(variable['name'], next());
  if (renames.size === 0) return scope;
  const pattern = new RegExp(`\\bvariables\\.(${[...renames.keys()].map(escape).join('|')})\\b`, 'g');
  const renamed = mapStrings(scope, (text) => text.replace(pattern, (_, name: string) => `variables.${renames.get(name)!}`)) as { [key: string]: Json };
  // The declarations themselves, wherever `holder` sits inside `scope`.
  return renameDeclarations(renamed, variables, renames);
};

/**
 * `scope` with the variable list `declared` (found by its content: the same entries in the same
 * order, before their references were renamed) given its new names.
 */
const renameDeclarations = (scope: Json, declared: readonly Json[], renames: ReadonlyMap<string, string>): { [key: string]: Json } => {
  const sameList = (value: Json): boolean =>
    Array.isArray(value) && value.length === declared.length && value.every((entry, i) => isObject(entry) && isObject(declared[i]) && entry['name'] === (declared[i] as { [key: string]: Json })['name']);
  const visit = (value: Json, depth: number): Json => {
    if (depth > 12) return value;
    if (Array.isArray(value)) return value.map((item) => visit(item, depth + 1));
    if (!isObject(value)) return value;
    return Object.fromEntries(Object.entries(value).map(([key, child]) => {
      if (key === 'variables' && sameList(child)) {
        return [key, (child as Json[]).map((entry) => (isObject(entry) && typeof entry['name'] === 'string' ? { ...entry, name: renames.get(entry['name']) ?? entry['name'] } : entry))];
      }
      return [key, visit(child, depth + 1)];
    }));
  };
  return visit(scope, 0) as { [key: string]: Json };
};

/** Kyverno names a context entry may not take over (its own variables). */
const KYVERNO_BUILT_INS: ReadonlySet<string> = new Set(['request', 'element', 'elementIndex', 'images', 'serviceAccountName', 'serviceAccountNamespace', 'target']);

/** Renames a Kyverno rule's `context` entries in its JMESPath (`{{ }}`, `jmesPath`, foreach `list`). */
const renameKyvernoContext = (rule: { [key: string]: Json }, next: () => string): { [key: string]: Json } => {
  const context = rule['context'];
  if (!Array.isArray(context)) return rule;
  const renames = new Map<string, string>();
  for (const entry of context) if (isObject(entry) && typeof entry['name'] === 'string' && !KYVERNO_BUILT_INS.has(entry['name'])) renames.set(entry['name'], next());
  if (renames.size === 0) return rule;
  const root = new RegExp(`(^|[^\\w.@$'"\`-])(${[...renames.keys()].map(escape).join('|')})(?![\\w-])`, 'g');
  const inJmes = (text: string): string => text.replace(root, (_, before: string, name: string) => `${before}${renames.get(name)!}`);
  const renamed = mapStrings(rule, (text, key) => {
    if (key === 'jmesPath' || key === 'list') return inJmes(text);
    return text.replace(/\{\{[\s\S]*?\}\}/g, inJmes);
  }) as { [key: string]: Json };
  return { ...renamed, context: context.map((entry) => (isObject(entry) && typeof entry['name'] === 'string' && renames.has(entry['name']) ? { ...entry, name: renames.get(entry['name'])! } : entry)) };
};

/** Every variable of one document renamed: CEL variables (VAP, ValidatingPolicy, Gatekeeper, Kyverno validate.cel) and Kyverno context. */
export const renameVariables = (document: Json, next: () => string): Json => {
  if (!isObject(document) || !isObject(document['spec'])) return document;
  let spec = document['spec'];
  spec = renameCelVariables(spec, spec, next);
  if (Array.isArray(spec['targets'])) {
    spec = {
      ...spec,
      targets: spec['targets'].map((target) => {
        if (!isObject(target) || !Array.isArray(target['code'])) return target;
        return { ...target, code: target['code'].map((code) => (isObject(code) && isObject(code['source']) ? { ...code, source: renameCelVariables(code['source'], code['source'], next) } : code)) };
      }),
    };
  }
  if (Array.isArray(spec['rules'])) {
    spec = {
      ...spec,
      rules: spec['rules'].map((rule) => {
        if (!isObject(rule)) return rule;
        const validate = rule['validate'];
        const cel = isObject(validate) && isObject(validate['cel']) ? validate['cel'] : undefined;
        return renameKyvernoContext(cel ? renameCelVariables(rule, cel, next) : rule, next);
      }),
    };
  }
  return { ...document, spec };
};

export const documentsOf = (text: string): Json[] => {
  try {
    return (loadAll(text) as Json[]).filter(isObject);
  } catch {
    return [];
  }
};

export const textOf = (documents: readonly Json[]): string => documents.map((document) => dump(document, { noRefs: true, lineWidth: -1 })).join('---\n');

/** Does this document hold policy code the CEL / JMESPath / Kyverno analysis reads? */
export const isCelOrKyvernoPolicy = (document: Json): boolean => {
  if (!isObject(document)) return false;
  const kind = document['kind'];
  if (kind === 'ClusterPolicy' || kind === 'Policy' || kind === 'ValidatingAdmissionPolicy' || kind === 'ValidatingPolicy') return true;
  return kind === 'ConstraintTemplate' && JSON.stringify(document).includes('K8sNativeValidation');
};

export type Rows = ReadonlyMap<string, CoverageRow>;

export const rowsOf = async (text: string): Promise<Rows> => {
  const result = await scan({ root: '/repo' }, { fs: memoryFileSystem({ 'policy.yaml': text }) });
  return new Map(result.coverage.map((row) => [`${row.kind}/${row.name}${row.rule ? `/${row.rule}` : ''}`, row]));
};

export interface PropertyViolation {
  readonly policy: string;
  readonly property: 'rename' | 'drop-ephemeral';
  readonly before: string;
  readonly after: string;
}

const label = (row: CoverageRow | undefined): string => (row ? `${row.verdict} [${row.ruleIds.join(',')}]` : '(absent)');

/** Both properties on one file's text; `seed` makes the renaming reproducible. */
export const checkProperties = async (text: string, seed: number): Promise<{ policies: number; covered: number; violations: PropertyViolation[] }> => {
  const documents = documentsOf(text);
  if (!documents.some(isCelOrKyvernoPolicy)) return { policies: 0, covered: 0, violations: [] };
  const original = await rowsOf(textOf(documents));
  const renamed = await rowsOf(textOf(documents.map((document) => renameVariables(document, identifiers(seed)))));
  const plain = textOf(documents);
  // A policy that never names the list (Kyverno podSecurity runs the upstream checks) has no clause to drop.
  const names = (row: { kind: string; name: string }): boolean =>
    documents.some((document) => isObject(document) && document['kind'] === row.kind && isObject(document['metadata']) && document['metadata']['name'] === row.name && JSON.stringify(document).includes('ephemeralContainers'));
  const dropped = await rowsOf(plain.replaceAll('ephemeralContainers', 'ephemeralContainerz'));
  const violations: PropertyViolation[] = [];
  let covered = 0;
  for (const [policy, row] of original) {
    const after = renamed.get(policy);
    if (after?.verdict !== row.verdict || after.ruleIds.join() !== row.ruleIds.join()) violations.push({ policy, property: 'rename', before: label(row), after: label(after) });
    if (row.verdict !== 'covered' || !row.reads.ephemeralContainers || !names(row)) continue;
    covered++;
    const without = dropped.get(policy);
    const readsOthers = row.reads.containers || row.reads.initContainers;
    // A control by what it receives (only pods/ephemeralcontainers) stays one without the list.
    const stillControl = without?.ephemeralControl !== undefined;
    const holds = readsOthers ? without?.verdict === 'not-covered' : without?.verdict !== 'covered' || stillControl;
    if (!holds) violations.push({ policy, property: 'drop-ephemeral', before: label(row), after: label(without) });
  }
  return { policies: original.size, covered, violations };
};
