import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryFileSystem } from '../../../src/discover/memory-file-system.ts';
import { scan } from '../../../src/scan.ts';
import { yaml } from '../../helpers/yaml.ts';

const vap = (name: string, validation: string, extra = '') => yaml`
  apiVersion: admissionregistration.k8s.io/v1
  kind: ValidatingAdmissionPolicy
  metadata:
    name: ${name}
  spec:
    failurePolicy: Fail
    matchConstraints:
      resourceRules:
        - apiGroups: [""]
          apiVersions: ["v1"]
          operations: ["CREATE", "UPDATE"]
          resources: ["pods", "pods/ephemeralcontainers"]
    ${extra}validations:
      - expression: '${validation}'
        message: no privileged containers
  ---
  apiVersion: admissionregistration.k8s.io/v1
  kind: ValidatingAdmissionPolicyBinding
  metadata:
    name: ${name}
  spec:
    policyName: ${name}
    validationActions: [Deny]
`;

const ALL_LISTS = 'object.spec.containers + object.spec.?initContainers.orValue([]) + object.spec.?ephemeralContainers.orValue([])';

const scanOne = async (text: string) => scan({ root: '/repo' }, { fs: memoryFileSystem({ 'policy.yaml': text }) });

describe('proof by execution (scan)', () => {
  it('proves the hole of a policy that reads containers only, and says so in the finding', async () => {
    const result = await scanOne(vap('containers-only', 'object.spec.containers.all(c, !(c.?securityContext.?privileged.orValue(false)))'));
    const row = result.coverage.find((r) => r.name === 'containers-only')!;
    assert.equal(row.verdict, 'not-covered');
    assert.equal(row.basis, 'proved by evaluation');
    assert.equal(row.evaluation?.proof, 'hole');
    assert.equal(row.evaluation?.hole?.variant, 'privileged');
    assert.equal(row.evaluation?.hole?.deniedAsContainerWith, 'no privileged containers');
    assert.deepEqual((row.evaluation?.hole?.container['securityContext'] as Record<string, unknown>)['privileged'], true);
    const eg101 = result.findings.find((f) => f.ruleId === 'EG101')!;
    assert.match(eg101.message, /Proved by evaluation: a privileged container \(securityContext\.privileged: true\) is denied as a normal container on CREATE \("no privileged containers"\) and admitted as an ephemeral container on UPDATE pods\/ephemeralcontainers \(no parameters\)\./);
    assert.equal(eg101.proof?.variant, 'privileged');
  });

  it('proves coverage when every list is checked: denied in both forms', async () => {
    const result = await scanOne(vap('all-lists', `(${ALL_LISTS}).all(c, !(c.?securityContext.?privileged.orValue(false)))`));
    const row = result.coverage.find((r) => r.name === 'all-lists')!;
    assert.equal(row.verdict, 'covered');
    assert.equal(row.basis, 'proved by evaluation');
    assert.match(row.evaluation!.summary, /denied both as a normal container and as an ephemeral container for privileged$/);
  });

  it('reports a policy the probes cannot evaluate as read from the code, with why', async () => {
    const result = await scanOne(vap('by-namespace', `namespaceObject.metadata.name == "x" || (${ALL_LISTS}).all(c, !(c.?securityContext.?privileged.orValue(false)))`));
    const row = result.coverage.find((r) => r.name === 'by-namespace')!;
    assert.equal(row.basis, 'read from the code');
    assert.equal(row.evaluation?.proof, 'not-evaluated');
    assert.match(row.evaluation!.summary, /namespaceObject/);
  });

  it('agrees with the code reading on a match condition that skips the subresource', async () => {
    const text = vap(
      'skips-subresource',
      `(${ALL_LISTS}).all(c, !(c.?securityContext.?privileged.orValue(false)))`,
      'matchConditions:\n      - name: not-subresource\n        expression: \'!has(request.subResource) || request.subResource == ""\'\n    ',
    );
    const result = await scanOne(text);
    const row = result.coverage.find((r) => r.name === 'skips-subresource')!;
    assert.deepEqual([row.verdict, row.basis, row.ruleIds], ['not-covered', 'proved by evaluation', ['EG102']]);
  });

  it('carries the probe results in the JSON coverage rows', async () => {
    const result = await scanOne(vap('containers-only', 'object.spec.containers.all(c, !(c.?securityContext.?privileged.orValue(false)))'));
    const json = JSON.parse(JSON.stringify(result.coverage)) as { evaluation?: { hole?: { operation: string; subResource: string } } }[];
    assert.deepEqual([json[0]!.evaluation?.hole?.operation, json[0]!.evaluation?.hole?.subResource], ['UPDATE', 'ephemeralcontainers']);
  });
});
