/**
 * The same object deployed by several bundles or overlays (argo-cd's `install.yaml`,
 * `ha/install.yaml`, `core-install.yaml`... each carry the same ClusterRole) is one problem: one
 * finding, the other copies as related locations. Findings are the same when the rule, level,
 * message, object (`Kind/namespace/name`) and the object's content (all but its metadata) are,
 * and they are in different documents: two findings of one document (two rules of one policy
 * with the same hole) are two holes, each fixed on its own, never copies of each other.
 */
import { compareText, type Finding, type RelatedLocation } from '../rules/finding.ts';
import type { AccessRow } from './access.ts';

/** The note of a related location that is another copy of the finding's object. */
export const COPY_NOTE = 'the same object, deployed here too';

/** What a finding's object holds besides its metadata (rules, subjects, roleRef, spec, webhooks...), by finding. */
export type ContentOf = (finding: Finding) => string | undefined;

/** The document a finding's object is in (its file and index there), by finding. */
export type DocumentOf = (finding: Finding) => string | undefined;

const keyOf = (finding: Finding, contentOf: ContentOf, contentIds: Map<string, number>): string | undefined => {
  if (finding.object === undefined || finding.suppression) return undefined;
  const content = contentOf(finding);
  if (content === undefined) return undefined;
  // An object's content (often kilobytes) as a number, equal exactly when the contents are.
  let contentId = contentIds.get(content);
  if (contentId === undefined) contentIds.set(content, (contentId = contentIds.size));
  // Each part after its length: unambiguous without escaping.
  return [finding.ruleId, finding.level, finding.object, finding.message, finding.baselineState ?? '', String(contentId)].map((part) => `${part.length}:${part}`).join('');
};

/** The object's content for {@link foldDuplicates}: everything but `metadata` and `status`, as JSON. */
export const objectContent = (body: Readonly<Record<string, unknown>>): string =>
  JSON.stringify(Object.entries(body).filter(([key]) => key !== 'metadata' && key !== 'status'));

/** The identity of a finding before suppressions and the baseline copy it: rule, place, message. */
export const findingIdentity = (finding: Finding): string =>
  `${finding.ruleId}\u0000${finding.location.file}:${finding.location.startLine}:${finding.location.startColumn}\u0000${finding.message}`;

const placeOf = (related: RelatedLocation): string =>
  `${related.location.file}:${related.location.startLine}:${related.location.startColumn}:${related.note}`;

/** Related locations once each, in their first order. */
export const uniqueRelated = (related: readonly RelatedLocation[]): RelatedLocation[] => {
  const seen = new Set<string>();
  return related.filter((entry) => {
    const place = placeOf(entry);
    if (seen.has(place)) return false;
    seen.add(place);
    return true;
  });
};

/**
 * Folds copies into the first one outside the test fixtures (else the first), which keeps its
 * place in the report order; suppressed findings never fold (each was accepted on its own), nor
 * do findings of different baseline states (a new copy must still count for fail-on).
 */
export const foldDuplicates = (findings: readonly Finding[], contentOf: ContentOf, documentOf: DocumentOf = () => undefined): Finding[] => {
  const groups = new Map<string, Finding[]>();
  const contentIds = new Map<string, number>();
  // The n-th finding of a key in a document folds with the n-th of that key in each other copy.
  const ordinals = new Map<string, number>();
  for (const finding of findings) {
    const same = keyOf(finding, contentOf, contentIds);
    if (same === undefined) continue;
    const document = documentOf(finding);
    const inDocument = document === undefined ? undefined : `${same}${document.length}:${document}`;
    const ordinal = inDocument === undefined ? 0 : (ordinals.get(inDocument) ?? 0);
    if (inDocument !== undefined) ordinals.set(inDocument, ordinal + 1);
    const key = `${same}#${ordinal}`;
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  const folded = new Map<Finding, Finding | null>();
  for (const group of groups.values()) {
    if (group.length === 1) continue;
    const primary = group.find((finding) => !finding.fixture) ?? group[0]!;
    const copies = group
      .filter((finding) => finding !== primary)
      .sort((a, b) => compareText(a.location.file, b.location.file) || a.location.startLine - b.location.startLine);
    for (const copy of copies) folded.set(copy, null);
    folded.set(primary, { ...primary, related: [...primary.related, ...copies.map((copy) => ({ location: copy.location, note: COPY_NOTE }))] });
  }
  return findings.flatMap((finding) => {
    const replaced = folded.get(finding);
    if (replaced === null) return [];
    const result = replaced ?? finding;
    const related = uniqueRelated(result.related);
    return [related.length === result.related.length ? result : { ...result, related }];
  });
};

/**
 * Access rows that differ only in where the binding is (the same binding in several bundles):
 * one row, at the first place outside the test fixtures, with the number of other places.
 */
export const foldAccessCopies = <Row extends Pick<AccessRow, 'location' | 'fixture' | 'copies'>>(rows: readonly Row[]): Row[] => {
  const indexOf = new Map<string, number>();
  const places: Set<string>[] = [];
  const folded: Row[] = [];
  const placeOfRow = (row: Row): string => (row.location ? `${row.location.file}:${row.location.startLine}:${row.location.startColumn}` : '');
  for (const row of rows) {
    const { location: _location, fixture: _fixture, copies: _copies, ...content } = row;
    const key = JSON.stringify(content);
    const index = indexOf.get(key);
    if (index === undefined) {
      indexOf.set(key, folded.length);
      places.push(new Set([placeOfRow(row)]));
      folded.push(row);
      continue;
    }
    places[index]!.add(placeOfRow(row));
    if (folded[index]!.fixture && !row.fixture) folded[index] = row;
  }
  return folded.map((row, index) => (places[index]!.size > 1 ? { ...row, copies: places[index]!.size - 1 } : row));
};
