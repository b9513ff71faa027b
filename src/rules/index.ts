import type { CoverageHole, NameHole } from '../model/coverage-holes.ts';
import type { Rule } from './rule.ts';
import { isClusterRule, type ClusterRule } from './cluster-rule.ts';
import eg001 from './eg001-invalid-manifest.ts';
import eg002 from './eg002-unrendered-template.ts';
import eg003 from './eg003-policy-not-analyzable.ts';
import eg101 from './eg101-policy-skips-ephemeral-containers.ts';
import eg102 from './eg102-policy-exempts-update.ts';
import eg103 from './eg103-match-misses-ephemeral-subresource.ts';
import eg104 from './eg104-policy-matches-controllers-only.ts';
import eg105 from './eg105-policy-blocks-debug-containers.ts';
import eg106 from './eg106-engine-version-misses-ephemeral.ts';
import eg107 from './eg107-podsecuritypolicy-ignores-ephemeral.ts';
import eg108 from './eg108-namespace-without-pod-security.ts';
import eg109 from './eg109-exception-exempts-ephemeral.ts';
import eg201 from './eg201-role-grants-ephemeral-containers.ts';
import eg202 from './eg202-subject-can-add-ephemeral-containers.ts';
import eg203 from './eg203-role-aggregates-ephemeral-into-builtin.ts';
import eg204 from './eg204-rbac-rule-grants-nothing.ts';
import eg205 from './eg205-binding-references-missing-role.ts';
import eg206 from './eg206-escalation-reaches-ephemeral-containers.ts';
import eg301 from './eg301-unguarded-ephemeral-access.ts';
import eg302 from './eg302-privileged-ephemeral-container.ts';
import eg401 from './eg401-cluster-admits-privileged-ephemeral.ts';
import eg402 from './eg402-cluster-admits-escalating-ephemeral.ts';
import eg403 from './eg403-cluster-admits-unapproved-image.ts';
import eg404 from './eg404-probe-not-verifiable.ts';

/** Every rule, sorted by id. Explicit imports (no directory scan) so that it bundles cleanly. */
export const RULES: readonly (Rule | ClusterRule)[] = [eg001, eg002, eg003, eg101, eg102, eg103, eg104, eg105, eg106, eg107, eg108, eg109, eg201, eg202, eg203, eg204, eg205, eg206, eg301, eg302, eg401, eg402, eg403, eg404];

/** The rule that reports each coverage hole (the coverage matrix lists a policy's holes by rule id). */
export const RULE_OF_HOLE: ReadonlyMap<CoverageHole, string> = new Map(RULES.flatMap((rule) => (rule.meta.holes ?? []).map((hole) => [hole, rule.meta.id] as const)));

/** How the scan's messages name a hole: by the rule that reports it. */
export const ruleOfHole: NameHole = (hole) => RULE_OF_HOLE.get(hole)!;

/** What `scan` runs: every rule over manifests. Rules tagged `cluster` judge a live cluster and only `verify` runs them. */
export const SCAN_RULES: readonly Rule[] = RULES.filter((rule): rule is Rule => !isClusterRule(rule));

/** What `verify` runs and lists in its SARIF: the EG4xx rules. */
export const VERIFY_RULES: readonly ClusterRule[] = RULES.filter(isClusterRule);
