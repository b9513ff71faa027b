import type { CelNode } from './parse-cel.ts';
import { celChildren, parseCel } from './parse-cel.ts';
import type { CelEvidence, CelExpressionInput } from './types.ts';

/**
 * Where a CEL policy that never reads ephemeral containers gets them: at each
 * `object.spec.containers` of its validations and variables, either appended to the `+` chain the
 * list is part of (`object.spec.containers + object.spec.?initContainers.orValue([])`), or the
 * list wrapped as `(object.spec.containers + object.spec.?ephemeralContainers.orValue([]))`.
 */
export interface CelListExtension {
  readonly mode: 'append' | 'wrap';
  /** The node that gains ` + <spec>.?ephemeralContainers.orValue([])` (wrap: and an opening parenthesis). */
  readonly at: CelEvidence;
  /** The `object.spec` operand, whose text the added list repeats. */
  readonly spec: CelEvidence;
}

const MAX_NESTING = 400;

/** `object.spec` (the admitted Pod's spec). */
const isPodSpec = (node: CelNode): boolean =>
  node.op === '.' && node.args[1] === 'spec' && node.args[0].op === 'id' && node.args[0].args === 'object';

/**
 * The extensions for every `object.spec.containers` read, or undefined when one of them cannot
 * be extended (an optional `.?containers`, a read the analysis cannot place) or the policy
 * already names `object.spec.ephemeralContainers`: all or nothing, so that a fix never makes the
 * policy read ephemeral containers in one check and skip them in another.
 */
export const celListExtensions = (expressions: readonly CelExpressionInput[]): CelListExtension[] | undefined => {
  const extensions: CelListExtension[] = [];
  let blocked = false;
  const walk = (node: CelNode, ancestors: readonly CelNode[], id: string): void => {
    if (ancestors.length > MAX_NESTING) {
      blocked = true;
      return;
    }
    if ((node.op === '.' || node.op === '.?') && isPodSpec(node.args[0])) {
      const list = node.args[1];
      if (list === 'ephemeralContainers') blocked = true;
      if (list === 'containers') {
        const parent = ancestors[ancestors.length - 1];
        // `has(object.spec.containers)` tests presence: not a list to extend.
        if (parent?.op === 'call' && parent.args[0] === 'has') return;
        if (node.op === '.?') {
          blocked = true;
          return;
        }
        let top: CelNode = node;
        for (let i = ancestors.length - 1; i >= 0 && ancestors[i]!.op === '+'; i--) top = ancestors[i]!;
        const spec = node.args[0];
        extensions.push({ mode: top === node ? 'wrap' : 'append', at: { id, start: top.start, end: top.end }, spec: { id, start: spec.start, end: spec.end } });
        return;
      }
    }
    for (const child of celChildren(node)) walk(child, [...ancestors, node], id);
  };
  for (const expression of expressions) {
    const parsed = parseCel(expression.expression);
    if (!parsed.ok) return undefined;
    walk(parsed.ast, [], expression.id);
  }
  if (blocked || extensions.length === 0) return undefined;
  // Two reads in one `+` chain extend it once.
  const seen = new Set<string>();
  return extensions.filter((e) => !seen.has(`${e.at.id}:${e.at.start}:${e.at.end}`) && seen.add(`${e.at.id}:${e.at.start}:${e.at.end}`));
};
