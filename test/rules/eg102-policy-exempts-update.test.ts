import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import rule from '../../src/rules/eg102-policy-exempts-update.ts';
import { findingsOf, testRule } from '../helpers/rule-tester.ts';
import { yaml } from '../helpers/yaml.ts';
import { testDocsExamples } from '../analyze/gatekeeper/docs-examples.ts';
import { INPUT_CONTAINERS_2022, INPUT_CONTAINERS_EPHEMERAL, IS_UPDATE_LIB, constraint, regoTemplate } from '../analyze/gatekeeper/fixtures.ts';

const PRIVILEGED_2023 = `
package k8spspprivileged

import data.lib.exclude_update.is_update

violation[{"msg": msg}] {
  not is_update(input.review)
  c := input_containers[_]
  c.securityContext.privileged
  msg := sprintf("privileged container %v", [c.name])
}
${INPUT_CONTAINERS_2022}${INPUT_CONTAINERS_EPHEMERAL}`;

const SUBRESOURCE_AWARE_LIB = `
package lib.exclude_update

is_update(review) {
  review.operation == "UPDATE"
  object.get(review, "subResource", "") != "ephemeralcontainers"
}
`;

const celTemplate = yaml`
  apiVersion: templates.gatekeeper.sh/v1
  kind: ConstraintTemplate
  metadata: {name: k8scelprivileged}
  spec:
    crd: {spec: {names: {kind: K8sCelPrivileged}}}
    targets:
      - target: admission.k8s.gatekeeper.sh
        code:
          - engine: K8sNativeValidation
            source:
              variables:
                - name: containers
                  expression: 'object.spec.containers + object.spec.?initContainers.orValue([]) + object.spec.?ephemeralContainers.orValue([])'
                - name: isUpdate
                  expression: 'request.operation == "UPDATE"'
              validations:
                - expression: 'variables.isUpdate || variables.containers.all(c, !has(c.securityContext) || c.securityContext.privileged != true)'
`;

testRule(rule, {
  valid: [
    { name: 'the exemption lets the ephemeralcontainers subresource through', files: regoTemplate('K8sPrivileged', PRIVILEGED_2023, { libs: [SUBRESOURCE_AWARE_LIB] }) },
    { name: 'no exemption at all', files: regoTemplate('K8sPrivileged', PRIVILEGED_2023.replace('  not is_update(input.review)\n', ''), { libs: [IS_UPDATE_LIB] }) },
    {
      name: 'an UPDATE exemption in a template on forbidden fields only (not applicable)',
      files: regoTemplate('K8sLimits', `
package k8slimits

import data.lib.exclude_update.is_update

violation[{"msg": "no limits"}] {
  not is_update(input.review)
  c := input.review.object.spec.ephemeralContainers[_]
  not c.resources
}
`, { libs: [IS_UPDATE_LIB] }),
    },
    { name: 'CEL: isUpdate excludes the subresource', files: celTemplate.replace(`'request.operation == "UPDATE"'`, `'request.operation == "UPDATE" && request.subResource != "ephemeralcontainers"'`) },
  ],
  invalid: [
    {
      name: 'the 2023 gatekeeper-library is_update helper from a lib',
      files: regoTemplate('K8sPrivileged', PRIVILEGED_2023, { libs: [IS_UPDATE_LIB] }) + constraint('K8sPrivileged', 'no-privileged'),
      // Rego line 6: `  not is_update(input.review)`.
      errors: [{ messageId: 'skipsUpdate', data: { policy: 'ConstraintTemplate/k8sprivileged', fields: 'securityContext.privileged' }, line: 18, column: 11, endLine: 18, endColumn: 38 }],
    },
    {
      name: 'a direct operation test',
      files: regoTemplate('K8sPrivileged', PRIVILEGED_2023.replace('not is_update(input.review)', 'input.review.operation != "UPDATE"')),
      errors: [{ messageId: 'skipsUpdate', line: 18, column: 11, endColumn: 45 }],
    },
    {
      name: 'a gatekeeper-library template at a version known to skip UPDATE',
      files: regoTemplate('K8sPSPPrivilegedContainer', PRIVILEGED_2023, { libs: [IS_UPDATE_LIB], annotations: 'metadata.gatekeeper.sh/version: 1.1.3' }),
      errors: [{ messageId: 'librarySkipsUpdate', data: { version: '1.1.3' }, line: 18, column: 11 }],
    },
    {
      name: 'CEL: variables.isUpdate short-circuits the validation',
      files: celTemplate,
      // The validation expression starts at line 17, column 30; `variables.isUpdate` is its first term.
      errors: [{ messageId: 'skipsUpdate', line: 17, column: 30, endColumn: 48 }],
    },
  ],
});

describe('EG102 details', () => {
  testDocsExamples(rule);
  it('names the Constraints as related locations', async () => {
    const findings = await findingsOf(rule, regoTemplate('K8sPrivileged', PRIVILEGED_2023, { libs: [IS_UPDATE_LIB] }) + constraint('K8sPrivileged', 'a') + constraint('K8sPrivileged', 'b'));
    assert.deepEqual(
      findings[0]?.related.map((r) => `${r.location.startLine}:${r.location.startColumn} ${r.note}`),
      ['43:1 K8sPrivileged/a puts this policy into effect', '49:1 K8sPrivileged/b puts this policy into effect'],
    );
  });
});
