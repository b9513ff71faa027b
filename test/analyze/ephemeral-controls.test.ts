import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';
import { scan } from '../../src/scan.ts';
import { type CoverageRow } from '../../src/report/scan-result.ts';
import { yaml } from '../helpers/yaml.ts';

/** The coverage rows of one manifest, scanned through the real engine. */
const rowsOf = async (text: string): Promise<readonly CoverageRow[]> =>
  (await scan({ root: '/repo' }, { fs: memoryFileSystem({ 'policy.yaml': text }) })).coverage;

/** verdict, control scope and where the control is ([line, column, endLine, endColumn]). */
const controlOf = (row: CoverageRow | undefined) => {
  assert.ok(row, 'no coverage row');
  const control = row.ephemeralControl;
  return {
    verdict: row.verdict,
    scope: control?.scope,
    at: control ? [control.location.startLine, control.location.startColumn, control.location.endLine, control.location.endColumn] : undefined,
  };
};

const SUBRESOURCE_ONLY = '{apiGroups: [""], apiVersions: ["v1"], operations: ["UPDATE"], resources: ["pods/ephemeralcontainers"]}';

describe('policies that control ephemeral containers themselves', () => {
  it('a VAP on pods/ephemeralcontainers that wants the list empty blocks all, at the size test', async () => {
    const text = yaml`
      apiVersion: admissionregistration.k8s.io/v1
      kind: ValidatingAdmissionPolicy
      metadata: {name: no-debug}
      spec:
        matchConstraints:
          resourceRules:
          - ${SUBRESOURCE_ONLY}
        validations:
        - expression: "object.spec.?ephemeralContainers.orValue([]).size() == 0"
    `;
    const [row] = await rowsOf(text);
    // `object.spec.?ephemeralContainers.orValue([]).size()`: line 9, columns 18 to 69 (51 characters).
    assert.deepEqual(controlOf(row), { verdict: 'covered', scope: 'blocks all', at: [9, 18, 9, 69] });
    assert.equal(row?.reasons[0], 'controls ephemeral containers (blocks all)');
  });

  it('a ValidatingPolicy that lets only some requesters debug allows only those, at the validation', async () => {
    const text = yaml`
      apiVersion: policies.kyverno.io/v1
      kind: ValidatingPolicy
      metadata: {name: sre-debug}
      spec:
        matchConstraints:
          resourceRules:
          - ${SUBRESOURCE_ONLY}
        validations:
        - expression: "request.userInfo.groups.exists(g, g == 'sre')"
    `;
    const [row] = await rowsOf(text);
    assert.deepEqual(controlOf(row), { verdict: 'covered', scope: 'allows only what its checks of the requesting user or group accept', at: [9, 18, 9, 63] });
  });

  it('a VAP on Pods and the subresource that checks only ephemeral images allows only those images', async () => {
    const text = yaml`
      apiVersion: admissionregistration.k8s.io/v1
      kind: ValidatingAdmissionPolicy
      metadata: {name: debug-images}
      spec:
        matchConstraints:
          resourceRules:
          - {apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["pods", "pods/ephemeralcontainers"]}
        validations:
        - expression: "object.spec.?ephemeralContainers.orValue([]).all(e, e.image.startsWith('registry.example.com/debug/'))"
    `;
    const [row] = await rowsOf(text);
    // `e.image`: line 9, 52 characters into the expression, which starts at column 18.
    assert.deepEqual(controlOf(row), { verdict: 'covered', scope: "allows only what its checks of the ephemeral container's image accept", at: [9, 70, 9, 77] });
  });

  it('the same size test on a policy that never receives the subresource is no control', async () => {
    const text = yaml`
      apiVersion: admissionregistration.k8s.io/v1
      kind: ValidatingAdmissionPolicy
      metadata: {name: misses}
      spec:
        matchConstraints:
          resourceRules:
          - {apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["pods"]}
        validations:
        - expression: "object.spec.?ephemeralContainers.orValue([]).size() == 0"
    `;
    const [row] = await rowsOf(text);
    assert.equal(row?.verdict, 'not-covered');
    assert.deepEqual(row?.ruleIds, ['EG103']);
    assert.equal(row?.ephemeralControl, undefined);
  });

  it('a validation that looks at the other containers too is a check, not a control', async () => {
    const text = yaml`
      apiVersion: admissionregistration.k8s.io/v1
      kind: ValidatingAdmissionPolicy
      metadata: {name: all-lists}
      spec:
        matchConstraints:
          resourceRules:
          - {apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["pods", "pods/ephemeralcontainers"]}
        validations:
        - expression: "(object.spec.containers + object.spec.?ephemeralContainers.orValue([])).all(c, c.?securityContext.?privileged.orValue(false) == false)"
    `;
    const [row] = await rowsOf(text);
    assert.deepEqual(controlOf(row), { verdict: 'covered', scope: undefined, at: undefined });
  });

  const kyverno = (rule: string): string => yaml`
    apiVersion: kyverno.io/v1
    kind: ClusterPolicy
    metadata: {name: debug-control}
    spec:
      validationFailureAction: Enforce
      background: false
      rules:
      - name: r
        match: {any: [{resources: {kinds: [Pod/ephemeralcontainers]}}]}
        validate:
          message: no
    ` + rule;

  it('a Kyverno rule on Pod/ephemeralcontainers that denies without conditions blocks all, at the kind', async () => {
    const [row] = await rowsOf(kyverno('      deny: {}\n'));
    // `Pod/ephemeralcontainers` in line 9, columns 40-63.
    assert.deepEqual(controlOf(row), { verdict: 'covered', scope: 'blocks all', at: [9, 40, 9, 63] });
  });

  it('a Kyverno rule that denies unless the namespace is approved allows only those namespaces', async () => {
    const rule = [
      '      deny:',
      '        conditions:',
      '          all:',
      '          - key: "{{ request.namespace }}"',
      '            operator: AnyNotIn',
      '            value: [dev]',
      '',
    ].join('\n');
    const [row] = await rowsOf(kyverno(rule));
    assert.deepEqual(controlOf(row), { verdict: 'covered', scope: 'allows only what its checks of the namespace accept', at: [9, 40, 9, 63] });
  });

  it('a Kyverno rule that denies unless the requesting group or the ephemeral image is approved names both', async () => {
    const rule = [
      '      foreach:',
      '      - list: request.object.spec.ephemeralContainers',
      '        deny:',
      '          conditions:',
      '            all:',
      '            - key: "{{ element.image }}"',
      '              operator: AnyNotIn',
      '              value: ["registry.example.com/debug:*"]',
      '            - key: sre',
      '              operator: AnyNotIn',
      '              value: "{{ request.userInfo.groups }}"',
      '',
    ].join('\n');
    const [row] = await rowsOf(kyverno(rule));
    assert.deepEqual(controlOf(row), {
      verdict: 'covered',
      scope: "allows only what its checks of the ephemeral container's image, the requesting user or group accept",
      at: [9, 40, 9, 63],
    });
  });

  it('a Kyverno pattern that forbids the list blocks all', async () => {
    const text = yaml`
      apiVersion: kyverno.io/v1
      kind: ClusterPolicy
      metadata: {name: no-ephemeral}
      spec:
        validationFailureAction: Enforce
        rules:
        - name: r
          match: {any: [{resources: {kinds: [Pod]}}]}
          validate:
            message: no
            pattern:
              spec:
                X(ephemeralContainers): "null"
    `;
    const [row] = await rowsOf(text);
    assert.deepEqual(controlOf(row), { verdict: 'covered', scope: 'blocks all', at: [13, 11, 13, 33] });
  });
});
