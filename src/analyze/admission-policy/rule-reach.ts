import type { Evidence, Tri } from '../coverage.ts';
import {
  EPHEMERAL_CONTAINERS_UPDATE,
  POD_CREATE,
  admissionRulesMatch,
  explainSubresourceMiss,
  type AdmissionRequestShape,
  type SubresourceMiss,
} from '../../model/admission-rules.ts';
import { childRef, type NodeRef } from '../../model/source-ref.ts';

/**
 * What a list of admission rules (webhook `rules`, VAP `matchConstraints.resourceRules`,
 * Kyverno CEL policies, Kubewarden `spec.rules`, jsPolicy's own fields) routes, through the one
 * matcher (src/model/admission-rules.ts):
 * - pod: Pods and the ephemeral-container write;
 * - pod-only: Pods but not `UPDATE pods/ephemeralcontainers` (EG103 at `miss`);
 * - controllers-only: pod controllers, never Pods (EG104);
 * - none: nothing pod-related.
 */
export interface RuleReach {
  readonly target: 'pod' | 'pod-only' | 'controllers-only' | 'none';
  readonly receivesSubresource: Tri;
  /** Where the rules receive the subresource, or the entry to change so that they do. */
  readonly evidence?: Evidence;
  /** The matcher's explanation of the first miss (pod-only). */
  readonly miss?: SubresourceMiss;
  /** The first resource entry naming a pod controller (controllers-only). */
  readonly controllers?: Evidence;
  /**
   * The rules route the ephemeral-container write and no write of the Pod itself: whatever the
   * policy checks, it checks it when an ephemeral container is added (a control of them).
   */
  readonly subresourceOnly?: boolean;
}

/** Updating a Pod itself (not a subresource). */
const POD_UPDATE: AdmissionRequestShape = Object.freeze({ ...POD_CREATE, operation: 'UPDATE' });

/** Pod controllers, whose templates can never hold an ephemeral container. */
const CONTROLLERS: readonly AdmissionRequestShape[] = [
  ['apps', 'deployments'],
  ['apps', 'statefulsets'],
  ['apps', 'daemonsets'],
  ['apps', 'replicasets'],
  ['batch', 'jobs'],
  ['batch', 'cronjobs'],
  ['', 'replicationcontrollers'],
].map(([group, resource]) => ({ ...POD_CREATE, operation: 'CREATE', group: group!, resource: resource! }));

export interface RuleListRefs {
  /** The YAML node of the `rules`/`resourceRules` list. */
  readonly rules: NodeRef;
  /** The YAML node of `excludeResourceRules`, when the shape has one. */
  readonly exclude?: NodeRef;
  /** For shapes that keep the fields beside each other (jsPolicy `spec`): the node holding them. */
  readonly flat?: NodeRef;
}

/** The YAML node a miss points at: the entry to change, or the field, or the rule. */
export const missRef = (miss: SubresourceMiss, refs: RuleListRefs): NodeRef => {
  if (refs.flat) {
    const field = childRef(refs.flat, miss.field);
    return miss.entryIndex === undefined ? field : childRef(field, miss.entryIndex);
  }
  const list = miss.list === 'rules' ? refs.rules : (refs.exclude ?? refs.rules);
  const field = childRef(list, miss.ruleIndex, miss.field);
  return miss.entryIndex === undefined ? field : childRef(field, miss.entryIndex);
};

/** How to change the field a miss points at so that the rules receive the subresource. */
export const missFix = (miss: SubresourceMiss): string => {
  if (miss.list === 'excludeRules') return 'remove pods/ephemeralcontainers from the exclusion';
  switch (miss.field) {
    case 'resources':
      return 'add "pods/ephemeralcontainers" to resources';
    case 'operations':
      return 'add UPDATE to operations';
    case 'apiGroups':
      return 'use "" (the core group) in apiGroups';
    case 'apiVersions':
      return 'add v1 to apiVersions';
    case 'scope':
      return 'set scope to Namespaced or *';
    case 'resourceNames':
      return 'drop resourceNames';
  }
};

export const ruleReach = (rules: unknown, excludeRules: unknown, refs: RuleListRefs): RuleReach => {
  if (admissionRulesMatch(rules, excludeRules, EPHEMERAL_CONTAINERS_UPDATE)) {
    const index = Array.isArray(rules) ? rules.findIndex((rule) => admissionRulesMatch([rule], undefined, EPHEMERAL_CONTAINERS_UPDATE)) : -1;
    const at = refs.flat ? childRef(refs.flat, 'resources') : childRef(refs.rules, Math.max(index, 0), 'resources');
    const subresourceOnly = !admissionRulesMatch(rules, excludeRules, POD_CREATE) && !admissionRulesMatch(rules, excludeRules, POD_UPDATE);
    return { target: 'pod', receivesSubresource: 'yes', evidence: { at, note: 'receives UPDATE pods/ephemeralcontainers' }, ...(subresourceOnly ? { subresourceOnly } : {}) };
  }
  const misses = explainSubresourceMiss(rules, excludeRules);
  // The fix that matters most: resources first (the usual mistake), then operations, group...
  const miss = misses.find((m) => m.field === 'resources') ?? misses[0];
  if (miss) {
    return {
      target: 'pod-only',
      receivesSubresource: 'no',
      miss,
      evidence: { at: missRef(miss, refs), note: `${miss.reason}; ${missFix(miss)}` },
    };
  }
  if (admissionRulesMatch(rules, excludeRules, POD_CREATE)) {
    // Only reachable through shapes the explanation does not cover; say what we know.
    return { target: 'pod-only', receivesSubresource: 'no', evidence: { at: refs.rules, note: 'matches Pods but not pods/ephemeralcontainers' } };
  }
  if (Array.isArray(rules)) {
    for (const [index, rule] of rules.entries()) {
      if (CONTROLLERS.some((request) => admissionRulesMatch([rule], excludeRules, request))) {
        const at = refs.flat ? childRef(refs.flat, 'resources') : childRef(refs.rules, index, 'resources');
        return {
          target: 'controllers-only',
          receivesSubresource: 'no',
          controllers: { at, note: 'matches pod controllers only; their templates cannot hold ephemeral containers' },
        };
      }
    }
  }
  return { target: 'none', receivesSubresource: 'no' };
};
