/**
 * Two properties of the Rego analysis, over every Rego ConstraintTemplate of this repository's
 * examples and fixtures (and, when EG_POLICY_LIBRARIES names folders separated by the path
 * delimiter, of every template found there: see scripts/property-check-libraries.mjs):
 * (a) renaming every helper, rule, package and variable to random identifiers and shuffling the
 *     rules changes no verdict: no decision may depend on a name or an order;
 * (b) dropping the ephemeralContainers clause, rule or set member from a covered template makes
 *     it not covered: nothing but reading the list makes a template cover ephemeral containers.
 * Each template's Rego program is judged alone (its K8sNativeValidation code, which would decide
 * when present, is removed), through a whole scan with a Constraint that matches Pods.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { loadAll } from 'js-yaml';
import { memoryFileSystem } from '../../../src/discover/memory-file-system.ts';
import { scan } from '../../../src/scan.ts';
import eg003 from '../../../src/rules/eg003-policy-not-analyzable.ts';
import eg101 from '../../../src/rules/eg101-policy-skips-ephemeral-containers.ts';
import eg102 from '../../../src/rules/eg102-policy-exempts-update.ts';
import { analyzeRegoPolicy } from '../../../src/analyze/rego/index.ts';
import { isRecord } from '../../../src/json.ts';
import { dropEphemeralContainers, renameAndReorder, seededRandom } from './mutations.ts';

type Json = Record<string, unknown>;

/** One Rego program of a template, and how to put rewritten modules back. */
interface RegoProgram {
  readonly label: string;
  readonly template: Json;
  readonly modules: readonly string[];
  readonly rebuild: (modules: readonly string[]) => Json;
}

const yamlFiles = (root: string): string[] => {
  const out: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === '.git' || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.ya?ml$/.test(entry.name)) out.push(path);
    }
  };
  if (statSync(root).isDirectory()) visit(root);
  return out.sort();
};

/** The template with only its admission target's Rego program, rewritten to `modules`. */
const programsOf = (template: Json, label: string): RegoProgram[] => {
  const spec = template['spec'];
  if (!isRecord(spec) || !Array.isArray(spec['targets'])) return [];
  const programs: RegoProgram[] = [];
  spec['targets'].forEach((target: unknown, t: number) => {
    if (!isRecord(target)) return;
    const withTarget = (replacement: Json): Json => ({ ...template, spec: { ...spec, targets: [replacement] } });
    const libs = (value: unknown): string[] => (Array.isArray(value) ? value.filter((l): l is string => typeof l === 'string') : []);
    if (typeof target['rego'] === 'string') {
      const modules = [target['rego'], ...libs(target['libs'])];
      programs.push({ label: `${label} targets[${t}].rego`, template, modules, rebuild: (m) => withTarget({ target: target['target'], rego: m[0], libs: m.slice(1) }) });
      return;
    }
    if (!Array.isArray(target['code'])) return;
    for (const entry of target['code'] as unknown[]) {
      if (!isRecord(entry) || entry['engine'] !== 'Rego' || !isRecord(entry['source']) || typeof entry['source']['rego'] !== 'string') continue;
      const source = entry['source'];
      const modules = [source['rego'] as string, ...libs(source['libs'])];
      programs.push({ label: `${label} targets[${t}].code Rego`, template, modules, rebuild: (m) => withTarget({ target: target['target'], code: [{ engine: 'Rego', source: { rego: m[0], libs: m.slice(1) } }] }) });
    }
  });
  return programs;
};

const programsIn = (root: string): RegoProgram[] =>
  yamlFiles(root).flatMap((file) => {
    let docs: unknown[];
    try {
      docs = loadAll(readFileSync(file, 'utf8'));
    } catch {
      return [];
    }
    return docs.flatMap((doc) => (isRecord(doc) && doc['kind'] === 'ConstraintTemplate' ? programsOf(doc, relative(root, file)) : []));
  });

interface Judged {
  readonly verdict: string;
  readonly ruleIds: readonly string[];
  readonly reads: string;
}

const judge = async (template: Json): Promise<Judged> => {
  const names = isRecord(template['spec']) && isRecord(template['spec']['crd']) ? (template['spec']['crd'] as Json)['spec'] : undefined;
  const kind = isRecord(names) && isRecord(names['names']) && typeof names['names']['kind'] === 'string' ? names['names']['kind'] : 'K8sUnnamed';
  const constraint = { apiVersion: 'constraints.gatekeeper.sh/v1beta1', kind, metadata: { name: 'pods' }, spec: { match: { kinds: [{ apiGroups: [''], kinds: ['Pod'] }] } } };
  const fs = memoryFileSystem({ 'template.json': JSON.stringify(template), 'constraint.json': JSON.stringify(constraint) });
  const result = await scan({ root: '/repo', rules: [eg003, eg101, eg102] }, { fs });
  const rows = result.coverage.filter((r) => r.engine === 'gatekeeper');
  assert.equal(rows.length, 1, 'one coverage row');
  const row = rows[0]!;
  return { verdict: row.verdict, ruleIds: [...row.ruleIds].sort(), reads: JSON.stringify(row.reads) };
};

/** Does the program control ephemeral containers as such? Dropping the list leaves nothing to check then. */
const isEphemeralControl = (modules: readonly string[]): boolean =>
  analyzeRegoPolicy(modules.map((source, i) => ({ id: i === 0 ? 'rego' : `libs[${i - 1}]`, source }))).entries.some((e) => e.ephemeralControl !== undefined);

const SEEDS = [1, 7, 2026];

/** Runs both properties over `programs`; returns the failures (so a library run can report them all). */
export const checkProperties = async (programs: readonly RegoProgram[]): Promise<{ failures: string[]; renamed: number; dropped: number; skipped: number }> => {
  const failures: string[] = [];
  let renamed = 0;
  let dropped = 0;
  let skipped = 0;
  for (const program of programs) {
    let original: Judged;
    try {
      original = await judge(program.rebuild(program.modules));
    } catch (e) {
      failures.push(`${program.label}: the original does not scan: ${String(e)}`);
      continue;
    }
    for (const seed of SEEDS) {
      let modules: string[];
      try {
        modules = renameAndReorder(program.modules, seededRandom(seed));
      } catch {
        skipped++; // a module that does not parse cannot be rewritten by its syntax tree
        break;
      }
      const after = await judge(program.rebuild(modules));
      renamed++;
      if (after.verdict !== original.verdict || after.ruleIds.join() !== original.ruleIds.join() || after.reads !== original.reads) {
        failures.push(`${program.label} (rename, seed ${seed}): ${original.verdict} [${original.ruleIds.join()}] ${original.reads} became ${after.verdict} [${after.ruleIds.join()}] ${after.reads}`);
      }
    }
    if (original.verdict !== 'covered') continue;
    let modules: string[] = [...program.modules];
    for (let round = 0; round < 5; round++) {
      const next = dropEphemeralContainers(modules);
      if (next === undefined) break;
      modules = next;
    }
    // Covered without naming the list (`spec[_][_]`, a subresource test): nothing to drop.
    if (modules.every((m, i) => m === program.modules[i])) continue;
    const after = await judge(program.rebuild(modules));
    dropped++;
    // A control of ephemeral containers has nothing left to check once the list is gone.
    const ok = after.verdict === 'not-covered' || (after.verdict === 'not-applicable' && isEphemeralControl(program.modules));
    if (!ok) failures.push(`${program.label} (drop ephemeralContainers): covered became ${after.verdict} [${after.ruleIds.join()}]`);
  }
  return { failures, renamed, dropped, skipped };
};

const REPO = new URL('../../../', import.meta.url).pathname;

describe('Rego analysis properties over this repository\'s templates', () => {
  const programs = [...programsIn(join(REPO, 'examples')), ...programsIn(join(REPO, 'test', 'fixtures', 'gatekeeper-shaped'))];
  it('finds the templates (a property over nothing proves nothing)', () => {
    assert.ok(programs.length >= 10, `only ${programs.length} Rego programs found`);
  });
  it('(a) random names and rule order change no verdict, and (b) dropping ephemeralContainers uncovers every covered one', async () => {
    const { failures, renamed, dropped } = await checkProperties(programs);
    assert.deepEqual(failures, []);
    assert.ok(renamed >= programs.length * SEEDS.length, `renamed ${renamed}`);
    assert.ok(dropped >= 5, `only ${dropped} covered templates to drop ephemeralContainers from`);
  });
});

const libraries = (process.env['EG_POLICY_LIBRARIES'] ?? '').split(delimiter).filter((d) => d !== '');
describe('Rego analysis properties over the libraries in EG_POLICY_LIBRARIES', { skip: libraries.length === 0 ? 'EG_POLICY_LIBRARIES is not set' : false }, () => {
  for (const library of libraries) {
    it(library, async () => {
      const programs = programsIn(library);
      const { failures, renamed, dropped, skipped } = await checkProperties(programs);
      console.log(`${library}: ${programs.length} Rego programs, ${renamed} renamings, ${dropped} covered programs with ephemeralContainers dropped, ${skipped} not rewritable, ${failures.length} failures`);
      for (const f of failures) console.log(`  ${f}`);
      assert.deepEqual(failures, []);
    });
  }
});
