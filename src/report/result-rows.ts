import { ephemeralControlScope, type CoverageFact } from '../analyze/coverage.ts';
import type { SourceIndex } from '../load/source-index.ts';
import type { ObjectRef } from '../model/object-ref.ts';
import type { Location } from '../model/source-ref.ts';
import type { Workspace } from '../model/workspace.ts';
import type { Finding } from '../rules/finding.ts';
import { RULE_OF_HOLE } from '../rules/index.ts';
import type { AccessTable } from './access.ts';
import { findingIdentity, foldAccessCopies, objectContent, type ContentOf, type DocumentOf } from './duplicates.ts';
import type { CoverageRow } from './scan-result.ts';

/** A finding's object content (for folding copies), found by the finding's identity: later stages copy findings. */
export const contentByFinding = (findings: readonly Finding[], objects: WeakMap<Finding, ObjectRef>, workspace: Workspace): ContentOf => {
  const contents = new Map<string, string>();
  // Once per object, however many findings it has: the same string then also hashes once when folding.
  const contentOfObject = new Map<ObjectRef, string>();
  for (const finding of findings) {
    const ref = objects.get(finding);
    const body = ref ? workspace.objectOf(ref)?.body : undefined;
    if (!ref || !body) continue;
    let content = contentOfObject.get(ref);
    if (content === undefined) contentOfObject.set(ref, (content = objectContent(body)));
    contents.set(findingIdentity(finding), content);
  }
  return (finding) => contents.get(findingIdentity(finding));
};

/** The document (file and index) of each finding's object, for {@link foldDuplicates}. */
export const documentByFinding = (findings: readonly Finding[], objects: WeakMap<Finding, ObjectRef>): DocumentOf => {
  const documents = new Map<string, string>();
  for (const finding of findings) {
    const ref = objects.get(finding);
    if (ref) documents.set(findingIdentity(finding), `${ref.at.file}\u0000${ref.at.doc}`);
  }
  return (finding) => documents.get(findingIdentity(finding));
};

/**
 * The coverage matrix: one row per policy (and rule), sorted by position. Copies of one policy
 * that say the same (kustomize overlays rendering one base unchanged) are one row: a second
 * identical row tells nothing.
 */
export const coverageRows = (coverage: readonly CoverageFact[], sources: SourceIndex): CoverageRow[] => {
  const seen = new Set<string>();
  return factRows(coverage, sources).filter((row) => {
    const key = JSON.stringify(row);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

const factRows = (coverage: readonly CoverageFact[], sources: SourceIndex): CoverageRow[] =>
  coverage
    .map((fact): CoverageRow => ({
      engine: fact.engine,
      kind: fact.policy.kind,
      name: fact.policy.name,
      ...(fact.policy.namespace ? { namespace: fact.policy.namespace } : {}),
      ...(fact.rule ? { rule: fact.rule } : {}),
      location: sources.locate(fact.policy.at),
      reads: {
        containers: fact.reads.containers !== undefined,
        initContainers: fact.reads.initContainers !== undefined,
        ephemeralContainers: fact.reads.ephemeralContainers !== undefined,
      },
      receivesSubresource: fact.receivesSubresource,
      handlesUpdate: fact.handlesUpdate,
      enforces: fact.enforces,
      verdict: fact.verdict,
      reasons: fact.reasons.map((reason) => reason.text),
      ruleIds: [...new Set(fact.reasons.flatMap((reason) => (reason.hole ? [RULE_OF_HOLE.get(reason.hole)!] : [])))].sort(),
      ...(fact.blocksEphemeralContainers && fact.verdict === 'covered'
        ? { ephemeralControl: { scope: ephemeralControlScope(fact.blocksEphemeralContainers), location: sources.locate(fact.blocksEphemeralContainers.at) } }
          : {}),
      basis: fact.evaluation?.basis === 'evaluation' ? 'proved by evaluation' : 'read from the code',
      ...(fact.evaluation
        ? { evaluation: { proof: fact.evaluation.proof, summary: fact.evaluation.summary, ...(fact.evaluation.hole ? { hole: fact.evaluation.hole } : {}) } }
        : {}),
    }))
    .sort(
      (a, b) =>
        (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
        a.location.startLine - b.location.startLine ||
        (a.rule ?? '').localeCompare(b.rule ?? '', 'en'),
    );

/** The access table with its rows marked as test fixtures and copies of one binding folded. */
export const accessTableOf = (table: AccessTable, markFixture: <T extends { readonly location: Location }>(item: T) => T): AccessTable => ({
  ...table,
  rows: foldAccessCopies(table.rows.map(markFixture)),
});
