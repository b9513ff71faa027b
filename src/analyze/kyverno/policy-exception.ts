import { unknownConstruct, type InputProblem } from '../../model/input-problem.ts';
import { childRef, type NodeRef, type SourceRef } from '../../model/source-ref.ts';
import type { K8sObject } from '../../model/workspace.ts';
import { EPHEMERAL_REQUEST, parseKindSelector, selectorMatches } from './kind-selector.ts';
import type { KyvernoExceptionFact } from './types.ts';
import { ephemeralExemption } from './pod-security.ts';
import { isRecord } from '../../json.ts';

const EXCEPTION_API_VERSIONS: ReadonlySet<string> = new Set(['kyverno.io/v2', 'kyverno.io/v2beta1', 'kyverno.io/v2alpha1']);

export const isKyvernoPolicyException = (object: Pick<K8sObject, 'apiVersion' | 'kind'>): boolean =>
  object.kind === 'PolicyException' && EXCEPTION_API_VERSIONS.has(object.apiVersion);

/** The kinds entries of a `match` (plain, `any` or `all` blocks), with their refs. */
const matchKinds = (match: Record<string, unknown>, ref: NodeRef): { kind: unknown; at: NodeRef }[] => {
  const blocks: { value: Record<string, unknown>; ref: NodeRef }[] = [{ value: match, ref }];
  for (const mode of ['any', 'all'] as const) {
    const list = match[mode];
    if (Array.isArray(list)) list.forEach((b, i) => isRecord(b) && blocks.push({ value: b, ref: childRef(ref, mode, i) }));
  }
  return blocks.flatMap((block) => {
    const resources = block.value['resources'];
    const kinds = isRecord(resources) ? resources['kinds'] : undefined;
    return Array.isArray(kinds) ? kinds.map((kind, i) => ({ kind, at: childRef(block.ref, 'resources', 'kinds', i) })) : [];
  });
};

/**
 * A Kyverno PolicyException whose `match` reaches `UPDATE pods/ephemeralcontainers` exempts
 * ephemeral containers from the listed policies' rules (EG109). Exceptions match kinds the way
 * policies do (pkg/engine/utils/exceptions.go): `Pod` includes the subresource since Kyverno
 * 1.13; `Pod/ephemeralcontainers` names it outright.
 */
export const analyzeKyvernoPolicyException = (
  exception: K8sObject,
): { facts: KyvernoExceptionFact[]; problems: InputProblem[] } => {
  if (!isKyvernoPolicyException(exception)) return { facts: [], problems: [] };
  const specRef = childRef(exception.ref.at, 'spec');
  const spec = exception.body['spec'];
  if (!isRecord(spec) || !isRecord(spec['match'])) {
    return {
      facts: [],
      problems: [unknownConstruct(specRef, `PolicyException ${exception.name}`, 'no spec.match, so what it exempts is unknown', { edit: 'add its match' })],
    };
  }
  let explicit: SourceRef | undefined;
  let viaPod: SourceRef | undefined;
  for (const { kind, at } of matchKinds(spec['match'], childRef(specRef, 'match'))) {
    const selector = typeof kind === 'string' ? parseKindSelector(kind) : null;
    if (!selector) continue;
    if (!explicit && selectorMatches(selector, EPHEMERAL_REQUEST, false)) explicit = at;
    if (!viaPod && selectorMatches(selector, EPHEMERAL_REQUEST, true)) viaPod = at;
  }
  const at = explicit ?? viaPod;
  if (!at) return { facts: [], problems: [] };
  const exceptionsRef = childRef(specRef, 'exceptions');
  const entries = Array.isArray(spec['exceptions']) ? spec['exceptions'] : [];
  const exempts = entries.flatMap((entry, i) => {
    if (!isRecord(entry) || typeof entry['policyName'] !== 'string') return [];
    const ruleNames = Array.isArray(entry['ruleNames']) ? entry['ruleNames'].filter((r): r is string => typeof r === 'string') : [];
    return [{ policyName: entry['policyName'], ruleNames, at: childRef(exceptionsRef, i) }];
  });
  const podSecurity = Array.isArray(spec['podSecurity']) && spec['podSecurity'].length > 0 ? spec['podSecurity'] : undefined;
  const podSecurityRef = childRef(specRef, 'podSecurity');
  const podSecurityControls = podSecurity?.flatMap((entry, i) => ephemeralExemption(entry, childRef(podSecurityRef, i), 'the exception') ?? []);
  return {
    facts: [
      {
        ...(podSecurityControls ? { podSecurityControls } : {}),
        exception: exception.ref,
        exempts,
        reach: explicit ? 'explicit' : 'via-pod',
        at,
        note: explicit
          ? 'exception names the ephemeralcontainers subresource'
          : 'exception matches Pod, which includes the ephemeralcontainers subresource since Kyverno 1.13',
      },
    ],
    problems: [],
  };
};
