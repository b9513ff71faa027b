import type { CoverageFact } from '../coverage.ts';
import { unknownConstruct, type InputProblem } from '../../model/input-problem.ts';
import { analyzeRegoPolicy, parseRego, type RegoModule } from '../rego/index.ts';
import { decideFact, type CoverageParts } from '../verdict.ts';
import type { ObjectRef } from '../../model/object-ref.ts';
import type { TextRef } from '../../model/source-ref.ts';
import type { TextSource } from '../../model/workspace.ts';
import { NO_TIME_LIMIT, type TimeCheck } from '../../model/time-limit.ts';
import { regoLogic } from './coverage-terms.ts';
import { pushAll } from '../../array.ts';

const ENTRY_RULES: ReadonlySet<string> = new Set(['violation', 'deny']);

interface ParsedSource {
  readonly file: string;
  readonly text: string;
  readonly module?: RegoModule;
  readonly packageName: string;
  /** `data.*` paths the module imports or refers to. */
  readonly dataRefs: readonly (readonly string[])[];
  readonly readsReview: boolean;
}

/**
 * Standalone `.rego` files (konstraint, gator, conftest and chart workflows keep the policy
 * source in its own file): one coverage fact per module that defines `violation` or `deny`
 * over `input.review`, with the modules it imports (by package) as its libs. Every parse error
 * of every file is an EG003 problem at its exact range.
 */
export const analyzeRegoSources = (sources: readonly TextSource[], checkTime: TimeCheck = NO_TIME_LIMIT): { facts: CoverageFact[]; problems: InputProblem[] } => {
  const facts: CoverageFact[] = [];
  const problems: InputProblem[] = [];
  const parsed: ParsedSource[] = [];
  const byPackage = new Map<string, ParsedSource[]>();
  for (const source of sources) {
    checkTime('parsing Rego files', () => `the Rego files from ${source.file} on, and every later stage`);
    const result = parseRego(source.text);
    for (const error of result.errors) {
      problems.push(unknownConstruct({ file: source.file, start: error.start, end: error.end }, source.file, `Rego syntax error: ${error.message}`, 'fix-syntax', 'Policies in this file are not analysed past it.'));
    }
    const scan = result.module === undefined ? { dataRefs: [], readsReview: false } : scanModule(result.module);
    const packageName = result.module?.package.path.join('.') ?? '';
    const entry: ParsedSource = { file: source.file, text: source.text, ...(result.module && { module: result.module }), packageName, ...scan };
    parsed.push(entry);
    const list = byPackage.get(packageName);
    if (list === undefined) byPackage.set(packageName, [entry]);
    else list.push(entry);
  }
  for (const main of parsed) {
    if (main.module === undefined) continue;
    checkTime('analysing Rego files', () => `the Rego files from ${main.file} on, and every later stage`);
    if (!main.module.rules.some((rule) => ENTRY_RULES.has(rule.head.name) && !rule.isDefault)) continue;
    const { libs, unresolved } = librariesOf(main, byPackage);
    // Admission policies read `input.review` (here or in a lib); conftest rules over raw manifests
    // do not. A Gatekeeper `violation` whose libs are missing cannot tell: it is kept, as unknown.
    const gatekeeperEntry = main.module.rules.some((rule) => rule.head.name === 'violation');
    if (!main.readsReview && !libs.some((lib) => lib.readsReview) && !(gatekeeperEntry && unresolved)) continue;
    const analysis = analyzeRegoPolicy([main, ...libs].map((s) => ({ id: s.file, source: s.text })));
    const locate = (pos: { module: string; start: number; end: number }): TextRef => ({ file: pos.module, start: pos.start, end: pos.end });
    const logic = regoLogic(analysis, locate, () => undefined, `Rego module ${main.packageName}`, { reportParseErrors: false });
    pushAll(problems, logic.problems);
    const policy: ObjectRef = { kind: 'RegoModule', apiVersion: '', name: main.packageName, at: { file: main.file, doc: 0, path: [] } };
    const parts: CoverageParts = {
      engine: 'gatekeeper',
      language: 'rego',
      policy,
      reads: logic.reads,
      checks: logic.checks,
      receivesSubresource: 'yes',
      handlesUpdate: logic.updateExemption ? 'no' : 'yes',
      ...(logic.updateExemption && { updateEvidence: logic.updateExemption }),
      ...(logic.fixes.length > 0 && { fixes: logic.fixes }),
      enforces: 'unknown',
    };
    const decided = decideFact(parts, { unknowns: logic.unknowns });
    facts.push({
      ...decided,
      ...(libs.length > 0 && { readFrom: [main.file, ...libs.map((lib) => lib.file)] }),
      reasons: [...decided.reasons, { text: 'standalone Rego module: no constraint in scope, taken to match Pod' }],
    });
  }
  return { facts, problems };
};

const dirOf = (file: string): string => file.slice(0, file.lastIndexOf('/') + 1);

/**
 * One module per package (the analysis resolves a package to one module): the copy nearest to
 * `file` (same folder, then the longest shared folder prefix), never an OPA test file
 * (`*_test.rego`, which shares its package but holds only tests).
 */
const nearest = (candidates: readonly ParsedSource[], file: string): ParsedSource | undefined => {
  let best: ParsedSource | undefined;
  let bestScore = -1;
  for (const candidate of candidates) {
    if (candidate.file.endsWith('_test.rego')) continue;
    const a = dirOf(candidate.file);
    const b = dirOf(file);
    let shared = 0;
    while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
    const score = a === b ? Number.MAX_SAFE_INTEGER : shared;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
};

/** The modules `main` reaches through `data.*` imports and refs, transitively, by package prefix. */
const librariesOf = (main: ParsedSource, byPackage: ReadonlyMap<string, readonly ParsedSource[]>): { libs: ParsedSource[]; unresolved: boolean } => {
  const out: ParsedSource[] = [];
  let unresolved = false;
  const seen = new Set<ParsedSource>([main]);
  const queue: ParsedSource[] = [main];
  for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
    for (const ref of current.dataRefs) {
      // `data.lib.x.f` is rule f of package lib.x, or lib.x.f a package: try each prefix.
      let found = false;
      for (let n = ref.length; n >= 1; n--) {
        const target = nearest(byPackage.get(ref.slice(0, n).join('.')) ?? [], main.file);
        if (target !== undefined) {
          found = true;
          if (seen.has(target)) continue;
          seen.add(target);
          out.push(target);
          queue.push(target);
        }
      }
      if (!found && ref[0] !== 'inventory') unresolved = true;
    }
  }
  return { libs: out, unresolved };
};

/** `data.*` paths named by imports and refs, and whether the module reads `input.review`. */
const scanModule = (module: RegoModule): { dataRefs: string[][]; readsReview: boolean } => {
  const dataRefs: string[][] = [];
  let readsReview = false;
  for (const imp of module.imports) {
    if (imp.path[0] === 'data') dataRefs.push(imp.path.slice(1));
    if (imp.path[0] === 'input' && imp.path[1] === 'review') readsReview = true;
  }
  const inputAliases = new Set(module.imports.filter((i) => i.path.length === 1 && i.path[0] === 'input').map((i) => i.alias ?? 'input'));
  inputAliases.add('input');
  const stack: unknown[] = [module.rules];
  let visited = 0;
  while (stack.length > 0 && visited < 1_000_000) {
    const node = stack.pop();
    visited++;
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const record = node as Record<string, unknown>;
    if (record['type'] === 'ref') {
      const head = record['head'] as { type?: string; name?: string } | undefined;
      const path = record['path'] as readonly { kind: string; name?: string; term?: { type: string; value?: string } }[];
      const names: string[] = [];
      for (const segment of path) {
        const name = segment.kind === 'dot' ? segment.name : segment.term?.type === 'string' ? segment.term.value : undefined;
        if (name === undefined) break;
        names.push(name);
      }
      if (head?.type === 'var' && head.name === 'data' && names.length > 0) dataRefs.push(names);
      if (head?.type === 'var' && inputAliases.has(head.name ?? '') && names[0] === 'review') readsReview = true;
    }
    for (const value of Object.values(record)) if (typeof value === 'object' && value !== null) stack.push(value);
  }
  return { dataRefs, readsReview };
};
