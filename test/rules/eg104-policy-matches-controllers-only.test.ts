import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import rule from '../../src/rules/eg104-policy-matches-controllers-only.ts';
import { findingsOf, testRule } from '../helpers/rule-tester.ts';
import { testDocsExamples } from '../analyze/gatekeeper/docs-examples.ts';
import { INPUT_CONTAINERS_2022, INPUT_CONTAINERS_EPHEMERAL, constraint, regoTemplate } from '../analyze/gatekeeper/fixtures.ts';

const PRIVILEGED = `
package k8sprivileged

violation[{"msg": "privileged"}] {
  c := input_containers[_]
  c.securityContext.privileged
}
${INPUT_CONTAINERS_2022}${INPUT_CONTAINERS_EPHEMERAL}`;

/** The template is lines 1-30; the first Constraint starts at line 32 (after `---`), its `match:` on line 36. */
const template = regoTemplate('K8sPrivileged', PRIVILEGED);
const DEPLOYMENTS = '{kinds: [{apiGroups: ["apps"], kinds: ["Deployment", "StatefulSet"]}]}';

testRule(rule, {
  valid: [
    { name: 'the constraint matches Pod', files: template + constraint('K8sPrivileged', 'pods') },
    { name: 'one constraint matches Pod, another only Deployments', files: template + constraint('K8sPrivileged', 'deployments', DEPLOYMENTS) + constraint('K8sPrivileged', 'pods') },
    { name: 'no kinds at all matches everything', files: template + constraint('K8sPrivileged', 'all', '{namespaces: [apps]}') },
    { name: 'kinds "*" in any group matches Pod', files: template + constraint('K8sPrivileged', 'star', '{kinds: [{apiGroups: ["*"], kinds: ["*"]}]}') },
    { name: 'no constraint in scope: the template alone decides nothing', files: template },
    {
      name: 'a template on a forbidden field matched to Deployments only',
      files: regoTemplate('K8sLimits', `
package k8slimits

violation[{"msg": "no limits"}] {
  c := input.review.object.spec.template.spec.containers[_]
  not c.resources
}
`) + constraint('K8sLimits', 'deployments', DEPLOYMENTS),
    },
  ],
  invalid: [
    {
      name: 'the only constraint matches Deployments and StatefulSets',
      files: template + constraint('K8sPrivileged', 'deployments', DEPLOYMENTS),
      // `  match: {kinds: [{apiGroups: ["apps"], kinds: ["Deployment", ...`: the quoted "Deployment" at column 49.
      errors: [{ messageId: 'controllersOnly', data: { object: 'K8sPrivileged/deployments', policy: 'ConstraintTemplate/k8sprivileged', fields: 'securityContext.privileged' }, line: 36, column: 49, endColumn: 61 }],
    },
    {
      name: 'every constraint matches controllers only: reported at the first, the others related',
      files: template + constraint('K8sPrivileged', 'jobs', '{kinds: [{apiGroups: ["batch"], kinds: ["Job", "CronJob"]}]}') + constraint('K8sPrivileged', 'deployments', DEPLOYMENTS),
      errors: [{ messageId: 'controllersOnly', data: { object: 'K8sPrivileged/jobs' }, line: 36, column: 50, endColumn: 55 }],
    },
  ],
});

describe('EG104 details', () => {
  testDocsExamples(rule);
  it('lists the template and the other constraints as related locations', async () => {
    const findings = await findingsOf(rule, template + constraint('K8sPrivileged', 'jobs', '{kinds: [{apiGroups: ["batch"], kinds: ["Job"]}]}') + constraint('K8sPrivileged', 'deployments', DEPLOYMENTS));
    assert.deepEqual(
      findings[0]?.related.map((r) => `${r.location.startLine}:${r.location.startColumn} ${r.note}`),
      ['1:1 ConstraintTemplate/k8sprivileged: the policy whose checks this activates', '38:1 K8sPrivileged/deployments also activates ConstraintTemplate/k8sprivileged'],
    );
  });
});
