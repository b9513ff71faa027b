import type { CoverageHole } from '../model/coverage-holes.ts';
import type { InputProblemKind } from '../model/input-problem.ts';
import type { Facts } from '../analyze/facts.ts';
import type { ObjectRef } from '../model/object-ref.ts';
import type { SourceRef } from '../model/source-ref.ts';

export type Level = 'error' | 'warning' | 'note';

export type RuleId = `EG${number}`;

export interface RuleMeta<M extends string> {
  /** Stable forever: config, suppressions and code-scanning alerts refer to it. */
  readonly id: RuleId;
  /** kebab-case alias, accepted wherever an id is. */
  readonly name: string;
  /** One sentence, ending with a period. */
  readonly short: string;
  readonly level: Level;
  /** Set exactly when `tags` includes "security" (code scanning honours it only then). */
  readonly securitySeverity?: number;
  readonly tags: readonly string[];
  /** Message templates with `{{name}}` placeholders. */
  readonly messages: Readonly<Record<M, string>>;
  /** The coverage holes this rule reports (analyzers name holes; each hole has one rule). */
  readonly holes?: readonly CoverageHole[];
  /** The kinds of input problem this rule reports (loaders and analyzers name kinds; each kind has one rule). */
  readonly problems?: readonly InputProblemKind[];
}

export interface RelatedRef {
  readonly at: SourceRef;
  readonly note: string;
}

/** What a rule yields; the engine completes it into a Finding. */
export interface Draft<M extends string> {
  readonly messageId: NoInfer<M>;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly at: SourceRef;
  /** The object the finding is about (policy, role, binding, pod). */
  readonly object?: ObjectRef;
  readonly related?: readonly RelatedRef[];
  /** Overrides for one finding, where the catalog gives a rule two levels. */
  readonly level?: Level;
  readonly securitySeverity?: number;
}

export interface Rule<M extends string = string> {
  readonly meta: RuleMeta<M>;
  check(facts: Facts): Iterable<Draft<M>>;
}

export const defineRule = <M extends string>(rule: Rule<M>): Rule<M> => rule;
