import type { Evidence } from '../coverage.ts';
import { CelSources, celConditionsDropUpdate, celCoverageParts } from '../admission-policy/cel-facts.ts';
import { childRef, type NodeRef } from '../../model/source-ref.ts';
import { emptyLogicFacts, type LogicFacts } from './pattern-checks.ts';
import { isRecord } from '../../json.ts';
import { pushAll } from '../../array.ts';

/**
 * What a rule's CEL says: `validate.cel` (expressions and variables, the VAP environment:
 * object, oldObject, request, variables) and `celPreconditions` (matchConditions semantics: the
 * rule is skipped when one is false), through the shared CEL analysis (src/analyze/cel/).
 */
export interface KyvernoCelCoverage {
  /** Reads and checks of `validate.cel`; undefined when the rule has none. */
  readonly validation?: LogicFacts;
  /** `validate.cel` or `celPreconditions` that skip the ephemeral-container write (EG102). */
  readonly updateDrops: readonly Evidence[];
  /** Preconditions we could not evaluate for UPDATE. */
  readonly updateUnknowns: readonly Evidence[];
}

export const kyvernoCelCoverage = (rule: Record<string, unknown>, ruleRef: NodeRef, options: { readonly subresourceOnly?: boolean } = {}): KyvernoCelCoverage => {
  const sources = new CelSources();
  const updateDrops: Evidence[] = [];
  const updateUnknowns: Evidence[] = [];
  const preconditions = sources.collect(rule['celPreconditions'], childRef(ruleRef, 'celPreconditions'));
  if (preconditions.length > 0) {
    const result = celConditionsDropUpdate(sources, preconditions, 'celPreconditions');
    if (result.updateDropped) updateDrops.push(result.updateDropped);
    pushAll(updateUnknowns, result.unknowns);
  }
  const validate = rule['validate'];
  const cel = isRecord(validate) ? validate['cel'] : undefined;
  if (!isRecord(cel)) return { updateDrops, updateUnknowns };
  const celRef = childRef(ruleRef, 'validate', 'cel');
  const validations = sources.collect(cel['expressions'], childRef(celRef, 'expressions'));
  const parts = celCoverageParts(sources, {
    variables: sources.variables(cel['variables'], childRef(celRef, 'variables')),
    validations,
    matchConditions: [],
  }, { subresourceOnly: options.subresourceOnly === true });
  const facts = emptyLogicFacts();
  pushAll(facts.reads, parts.reads);
  pushAll(facts.checks, parts.checks);
  pushAll(facts.unknowns, parts.unknowns);
  if (parts.control) facts.blocksEphemeralContainers.push(parts.control);
  pushAll(facts.fixes, parts.fixes.filter((anchor) => anchor.hole === 'skips-ephemeral-list'));
  if (validations.length === 0) facts.unknowns.push({ at: celRef, note: 'validate.cel has no expressions' });
  if (parts.updateDropped) updateDrops.push(parts.updateDropped);
  return { validation: facts, updateDrops, updateUnknowns };
};

/**
 * The policy's `spec.webhookConfiguration.matchConditions` (Kyverno 1.11+): Kubernetes webhook
 * match conditions, which the apiserver evaluates before it calls Kyverno for any rule of the
 * policy, so a condition false on the ephemeral-container write (`request.operation == 'CREATE'`)
 * skips it for every rule (EG102).
 */
export const webhookConditionsCoverage = (spec: Record<string, unknown>, specRef: NodeRef): Pick<KyvernoCelCoverage, 'updateDrops' | 'updateUnknowns'> => {
  const webhook = spec['webhookConfiguration'];
  if (!isRecord(webhook)) return { updateDrops: [], updateUnknowns: [] };
  const sources = new CelSources();
  const conditions = sources.collect(webhook['matchConditions'], childRef(specRef, 'webhookConfiguration', 'matchConditions'));
  if (conditions.length === 0) return { updateDrops: [], updateUnknowns: [] };
  const result = celConditionsDropUpdate(sources, conditions, 'webhookConfiguration.matchConditions');
  return { updateDrops: result.updateDropped ? [result.updateDropped] : [], updateUnknowns: result.unknowns };
};
