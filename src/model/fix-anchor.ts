import type { CoverageHole } from './coverage-holes.ts';
import type { SourceRef } from './source-ref.ts';

/**
 * Where the fix of a coverage hole goes, as the analyzer found it: the nodes to copy or extend,
 * never a place found by searching text. `src/fix/` turns an anchor into text edits and proves
 * them; an anchor is a proposal, offered only once proved. Each names the hole it closes
 * (`hole`), never a rule: the fixer matches it to a finding through the rule that reports the hole.
 */
export type FixAnchor = CopyClauseAnchor | ExtendLiteralAnchor | CopyEntryAnchor | RemoveEntryAnchor | ExtendListAnchor | ReplaceAnchor | AndNotEphemeralAnchor | AddConditionAnchor | OperationHelperAnchor;

/**
 * requires-forbidden in a Kyverno pattern: the `ephemeralContainers` entry (`key`, its `value`) that requires
 * a field the API forbids on ephemeral containers, removed (block style only).
 */
export interface RemoveEntryAnchor {
  readonly kind: 'remove-entry';
  readonly hole: 'requires-forbidden';
  readonly key: SourceRef;
  readonly value: SourceRef;
}

/**
 * The text at `at`, written as `expected`, replaced with `text`: skips-ephemeral-list in a Kyverno JMESPath list
 * (`foreach.list: request.object.spec.containers`: `containers` becomes the multiselect idiom
 * `[containers, ephemeralContainers][]`); engine-too-old an engine's version in its image tag or chart
 * version (`1.5.1` becomes the first fixed release).
 */
export interface ReplaceAnchor {
  readonly kind: 'replace';
  readonly hole: Extract<CoverageHole, 'skips-ephemeral-list' | 'engine-too-old'>;
  readonly at: SourceRef;
  readonly expected: string;
  readonly text: string;
  /** What the edit does, as a fix's description says it. */
  readonly description: string;
}

/**
 * skips-ephemeral-list in CEL: `<spec>.?ephemeralContainers.orValue([])` added to the list at `at`: appended
 * to the `+` chain `at` is (`append`), or `at` (a bare `object.spec.containers`) wrapped in
 * parentheses with it (`wrap`). `spec` is the `object.spec` operand, whose text is repeated.
 */
export interface ExtendListAnchor {
  readonly kind: 'extend-list';
  readonly hole: 'skips-ephemeral-list';
  readonly mode: 'append' | 'wrap';
  readonly at: SourceRef;
  readonly spec: SourceRef;
}

/**
 * skips-ephemeral-list in a Kyverno pattern: beside the pod spec's `containers` entry (`key`, its `value`), a
 * copy of it under `newKey` (`=(ephemeralContainers)`: checked when present, as Pods rarely
 * have the list), in the mapping's own style: block lines with the same indentation, or a flow entry.
 */
export interface CopyEntryAnchor {
  readonly kind: 'copy-entry';
  readonly hole: 'skips-ephemeral-list';
  readonly key: SourceRef;
  readonly value: SourceRef;
  readonly newKey: string;
}

/**
 * skips-ephemeral-list in Rego: a copy of the rule definition `clause` (one body, a partial set or object rule,
 * so that one more definition only adds results), in which the container list named at `lists`
 * reads `ephemeralContainers` instead; inserted after it. This is the gatekeeper-library idiom
 * (a third `input_containers` clause), and for a `violation` that reads the list itself, one
 * more `violation` for ephemeral containers. The copy keeps the module's syntax (v0 or v1).
 */
export interface CopyClauseAnchor {
  readonly kind: 'copy-clause';
  readonly hole: 'skips-ephemeral-list';
  readonly clause: SourceRef;
  /** Each place in the clause that names the list. */
  readonly lists: readonly SourceRef[];
}

/**
 * skips-ephemeral-list in Rego: a literal set or array of container-list names used as keys into the pod spec
 * (`keys := {"containers", "initContainers"}` with `spec[k]`) gains `"ephemeralContainers"`
 * after its last item `last`, quoted as that item is, on its own line when the items are.
 */
export interface ExtendLiteralAnchor {
  readonly kind: 'extend-literal';
  readonly hole: 'skips-ephemeral-list';
  readonly literal: SourceRef;
  readonly last: SourceRef;
}

/**
 * skips-update: a test that is true for every UPDATE (`review.operation == "UPDATE"` in Rego,
 * `request.operation == "UPDATE"` in CEL) gains "and the subresource is not ephemeralcontainers",
 * in the language's idiom. `request` is the reference the operation is read from (`review`,
 * `input.review`, `request`); `literal` (CEL) is the `"UPDATE"` string, whose quoting is mirrored.
 */
export interface AndNotEphemeralAnchor {
  readonly kind: 'and-not-ephemeral';
  readonly hole: 'skips-update';
  readonly language: 'rego' | 'cel';
  readonly test: SourceRef;
  readonly request: SourceRef;
  readonly literal?: SourceRef;
}

/**
 * skips-update in Kyverno preconditions whose `request.operation` tests are false for UPDATE: one more
 * entry, `{{ request.subResource || '' }}` Equals `ephemeralcontainers`, appended to the `any`
 * list (`list`, whose last entry is `last`), so that the write adding an ephemeral container
 * passes while plain updates are still skipped. An `all` list whose only entry is the operation
 * test means the same as `any` with it: its key (`renameAll`) becomes `any`. `preconditions` is
 * the conditions object, whose parsed value the proof compares.
 */
export interface AddConditionAnchor {
  readonly kind: 'add-condition';
  readonly hole: 'skips-update';
  readonly preconditions: SourceRef;
  readonly list: SourceRef;
  readonly last: SourceRef;
  readonly renameAll?: SourceRef;
}

/**
 * skips-update in Rego written inline: the entry rules' literal `input.review.operation != "UPDATE"`
 * (or `== "CREATE"`), at each of `literals` (written alike), becomes a call of `helper`, a new
 * rule written after `clause` (the last rule holding one)
 * with two definitions: the literal as it was, and `object.get(input.review, "subResource", "")
 * == "ephemeralcontainers"`. Definitions of one rule are alternatives, so the rule then also
 * fires for the write adding an ephemeral container, and for nothing else it did not fire for.
 * `head` (the rule's head up to its body) says the module's syntax: `if` is Rego v1.
 */
export interface OperationHelperAnchor {
  readonly kind: 'operation-helper';
  readonly hole: 'skips-update';
  readonly literals: readonly SourceRef[];
  readonly clause: SourceRef;
  readonly head: SourceRef;
  readonly helper: string;
}
