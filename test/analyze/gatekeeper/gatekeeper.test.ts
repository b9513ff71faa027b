import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { memoryFileSystem } from '../../../src/discover/memory-file-system.ts';
import { scan } from '../../../src/scan.ts';
import { type CoverageRow } from '../../../src/report/scan-result.ts';
import eg003 from '../../../src/rules/eg003-policy-not-analyzable.ts';
import eg102 from '../../../src/rules/eg102-policy-exempts-update.ts';
import { INPUT_CONTAINERS_2022, INPUT_CONTAINERS_EPHEMERAL, IS_UPDATE_LIB, constraint, regoTemplate } from './fixtures.ts';

const run = async (files: string | Record<string, string>) => {
  const tree = typeof files === 'string' ? { 'manifest.yaml': files } : files;
  const result = await scan({ root: '/repo', rules: [eg003] }, { fs: memoryFileSystem(tree) });
  assert.deepEqual(result.notifications.filter((n) => n.level === 'error'), []);
  const rows = result.coverage.filter((row) => row.engine === 'gatekeeper');
  const problems = result.findings.map((f) => `${f.location.file}:${f.location.startLine}:${f.location.startColumn} ${f.message}`);
  return { rows, problems };
};

const only = (rows: readonly CoverageRow[]): CoverageRow => {
  assert.equal(rows.length, 1, `expected one gatekeeper row, got ${rows.length}`);
  return rows[0]!;
};

const PRIVILEGED = `
package k8sprivileged

violation[{"msg": "privileged"}] {
  c := input_containers[_]
  c.securityContext.privileged
}
`;

/** A template whose `targets[0]` continues with `code` (indented by 6); line 8 is `- target:`. */
const codeTemplate = (code: string): string =>
  [
    'apiVersion: templates.gatekeeper.sh/v1',
    'kind: ConstraintTemplate',
    'metadata: {name: k8sprivileged}',
    'spec:',
    '  crd: {spec: {names: {kind: K8sPrivileged}}}',
    '  targets:',
    '    - target: admission.k8s.gatekeeper.sh',
    code.replace(/^\n/, ''),
    '',
  ].join('\n');

const CEL_ALL_LISTS = `
        - engine: K8sNativeValidation
          source:
            validations:
              - expression: '(object.spec.containers + object.spec.?initContainers.orValue([]) + object.spec.?ephemeralContainers.orValue([])).all(c, !has(c.securityContext) || c.securityContext.privileged != true)'`;

const regoCode = (rego: string, libs: readonly string[] = []): string =>
  `
        - engine: Rego
          source:
            rego: |
${rego.replace(/^\n/, '').split('\n').map((l) => (l ? `              ${l}` : '')).join('\n')}` +
  (libs.length === 0 ? '' : `\n            libs:\n${libs.map((lib) => `              - |\n${lib.replace(/^\n/, '').split('\n').map((l) => (l ? `                ${l}` : '')).join('\n')}`).join('\n')}`);

describe('Gatekeeper ConstraintTemplate analysis', () => {
  it('reads code[] Rego with source.libs (the 2023 library shape): not covered by EG102', async () => {
    const rego = PRIVILEGED.replace('violation[{"msg": "privileged"}] {\n', 'import data.lib.exclude_update.is_update\n\nviolation[{"msg": "privileged"}] {\n  not is_update(input.review)\n') + INPUT_CONTAINERS_2022 + INPUT_CONTAINERS_EPHEMERAL;
    const row = only((await run(codeTemplate(`      code:${regoCode(rego, [IS_UPDATE_LIB])}`))).rows);
    assert.equal(row.verdict, 'not-covered');
    assert.deepEqual(row.ruleIds, ['EG102']);
    assert.equal(row.handlesUpdate, 'no');
    assert.deepEqual(row.reads, { containers: true, initContainers: true, ephemeralContainers: true });
    assert.ok(row.reasons.includes('no constraint in scope: the template alone decides nothing; taken to match Pod'));
  });

  it('with both engines, CEL decides and the Rego verdict is said when it differs', async () => {
    const row = only((await run(codeTemplate(`      code:${CEL_ALL_LISTS}${regoCode(PRIVILEGED + INPUT_CONTAINERS_2022)}`))).rows);
    assert.equal(row.verdict, 'covered');
    assert.ok(row.reasons.some((r) => /Rego code, which runs when Gatekeeper's CEL driver is off, would be not-covered/.test(r)), row.reasons.join('\n'));
  });

  it('the legacy targets[].rego takes precedence over a code[] Rego engine', async () => {
    const legacy = `      rego: |\n${(PRIVILEGED + INPUT_CONTAINERS_2022).replace(/^\n/, '').split('\n').map((l) => (l ? `          ${l}` : '')).join('\n')}\n      code:${regoCode(PRIVILEGED + INPUT_CONTAINERS_2022 + INPUT_CONTAINERS_EPHEMERAL)}`;
    const row = only((await run(codeTemplate(legacy))).rows);
    assert.equal(row.verdict, 'not-covered');
    assert.deepEqual(row.ruleIds, ['EG101']);
  });

  describe('a container field chosen by a constraint parameter (requiredprobes)', () => {
    const PROBES = `
package k8srequiredprobes

violation[{"msg": "missing probe"}] {
  container := input.review.object.spec.containers[_]
  probe := input.parameters.probes[_]
  not container[probe]
}
`;
    it('classifies the values the constraints give: probes are forbidden on ephemeral containers', async () => {
      const row = only((await run(regoTemplate('K8sRequiredProbes', PROBES) + constraint('K8sRequiredProbes', 'probes', undefined, 'parameters: {probes: [readinessProbe, livenessProbe]}'))).rows);
      assert.equal(row.verdict, 'not-applicable');
    });
    it('a parameter naming a settable field makes it a check', async () => {
      const row = only((await run(regoTemplate('K8sRequiredProbes', PROBES) + constraint('K8sRequiredProbes', 'odd', undefined, 'parameters: {probes: [securityContext]}'))).rows);
      assert.equal(row.verdict, 'not-covered');
      assert.deepEqual(row.ruleIds, ['EG101']);
    });
    it('without a constraint the field is unknown, with EG003 at the key', async () => {
      const { rows, problems } = await run(regoTemplate('K8sRequiredProbes', PROBES));
      assert.equal(only(rows).verdict, 'unknown');
      // Rego line 6 `  not container[probe]`: `probe` at Rego column 17.
      assert.deepEqual(problems, [
        'manifest.yaml:18:25 ConstraintTemplate/k8srequiredprobes: parameter probes picks the container field; add a Constraint that sets spec.parameters.probes.',
      ]);
      // The longer explanation stays, as related text at the same place.
      const result = await scan({ root: '/repo', rules: [eg003] }, { fs: memoryFileSystem({ 'manifest.yaml': regoTemplate('K8sRequiredProbes', PROBES) }) });
      assert.deepEqual(result.findings[0]?.related.map((r) => `${r.location.startLine}:${r.location.startColumn} ${r.note}`), [
        '18:25 the constraint parameter probes selects which container field is read, and no Constraint in scope gives its values',
      ]);
    });
  });

  it('dryrun or warn on every constraint: enforces no, said in the reasons', async () => {
    const template = regoTemplate('K8sPrivileged', PRIVILEGED + INPUT_CONTAINERS_2022 + INPUT_CONTAINERS_EPHEMERAL);
    const dry = only((await run(template + constraint('K8sPrivileged', 'a', undefined, 'enforcementAction: dryrun') + constraint('K8sPrivileged', 'b', undefined, 'enforcementAction: warn'))).rows);
    assert.equal(dry.verdict, 'covered');
    assert.equal(dry.enforces, 'no');
    // Said in Gatekeeper's words, at the first Constraint's enforcementAction, as beside a hole or an unknown.
    assert.ok(dry.reasons.includes('enforcementAction: dryrun on every Constraint: violations are reported, not denied'), dry.reasons.join('; '));
    const deny = only((await run(template + constraint('K8sPrivileged', 'a', undefined, 'enforcementAction: dryrun') + constraint('K8sPrivileged', 'b'))).rows);
    assert.equal(deny.enforces, 'yes');
    const scoped = only((await run(template + constraint('K8sPrivileged', 'a', undefined, 'enforcementAction: scoped\n  scopedEnforcementActions: [{action: deny, enforcementPoints: [{name: validation.gatekeeper.sh}]}]'))).rows);
    assert.equal(scoped.enforces, 'yes');
  });

  it('a constraint limited to generated resources never sees the admission request', async () => {
    const row = only((await run(regoTemplate('K8sPrivileged', PRIVILEGED + INPUT_CONTAINERS_2022 + INPUT_CONTAINERS_EPHEMERAL) + constraint('K8sPrivileged', 'gen', '{source: Generated, kinds: [{apiGroups: [""], kinds: [Pod]}]}'))).rows);
    assert.equal(row.receivesSubresource, 'no');
    assert.equal(row.verdict, 'not-covered');
  });

  it('constraints of another API group or kind are not linked', async () => {
    const template = regoTemplate('K8sPrivileged', PRIVILEGED + INPUT_CONTAINERS_2022 + INPUT_CONTAINERS_EPHEMERAL);
    const other = '---\napiVersion: example.com/v1\nkind: K8sPrivileged\nmetadata: {name: lookalike}\nspec: {match: {kinds: [{apiGroups: [apps], kinds: [Deployment]}]}}\n';
    const row = only((await run(template + other)).rows);
    assert.equal(row.receivesSubresource, 'yes');
    assert.ok(row.reasons.some((r) => r.startsWith('no constraint in scope')));
  });

  it('a Rego syntax error is EG003 at its exact position, and the verdict unknown', async () => {
    const { rows, problems } = await run(regoTemplate('K8sBroken', 'package k8sbroken\n\nviolation[{"msg": msg}] {\n  c := input.review.object.spec.containers[_\n}\n'));
    assert.equal(only(rows).verdict, 'unknown');
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, /^manifest\.yaml:17:9 ConstraintTemplate\/k8sbroken: Rego syntax error: /);
  });

  it('a CEL syntax error is EG003 inside the expression', async () => {
    const { rows, problems } = await run(codeTemplate(`      code:
        - engine: K8sNativeValidation
          source:
            validations:
              - expression: 'object.spec.containers.all(c, c.securityContext.privileged !='`));
    assert.equal(only(rows).verdict, 'unknown');
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, /^manifest\.yaml:12:/);
  });

  it('a template without code is unknown, never covered', async () => {
    const { rows, problems } = await run(codeTemplate('      code: []'));
    assert.equal(only(rows).verdict, 'unknown');
    assert.deepEqual(problems, ['manifest.yaml:7:5 ConstraintTemplate/k8sprivileged: no Rego or K8sNativeValidation code for the admission target; add its code, or check it by hand and suppress EG003 here.']);
  });

  it("a template whose code is only for another target (Config Validator's GCP assets) never runs at admission: not-applicable, no EG003", async () => {
    const privileged = '        package k8sprivileged\n        violation[{"msg": "privileged"}] { input.review.object.spec.containers[_].securityContext.privileged }';
    for (const targets of [
      `  targets:\n    - target: validation.gcp.forsetisecurity.org\n      rego: |\n${privileged}`,
      `  targets:\n    validation.gcp.forsetisecurity.org:\n      rego: |\n${privileged}`,
    ]) {
      const { rows, problems } = await run(['apiVersion: templates.gatekeeper.sh/v1beta1', 'kind: ConstraintTemplate', 'metadata: {name: gcp-thing}', 'spec:', '  crd: {spec: {names: {kind: GCPThing}}}', targets, ''].join('\n'));
      assert.equal(only(rows).verdict, 'not-applicable', targets);
      assert.deepEqual(only(rows).reasons, ["its code is for validation.gcp.forsetisecurity.org, not admission.k8s.gatekeeper.sh: Gatekeeper's admission webhook never runs it"]);
      assert.deepEqual(problems, []);
    }
    // The same code for the admission target is read (and is a hole).
    const admission = await run(['apiVersion: templates.gatekeeper.sh/v1beta1', 'kind: ConstraintTemplate', 'metadata: {name: gcp-thing}', 'spec:', '  crd: {spec: {names: {kind: GCPThing}}}', `  targets:\n    - target: admission.k8s.gatekeeper.sh\n      rego: |\n${privileged}`, ''].join('\n'));
    assert.equal(only(admission.rows).verdict, 'not-covered');
  });

  it('malformed templates and constraints never throw', async () => {
    const files = [
      'apiVersion: templates.gatekeeper.sh/v1\nkind: ConstraintTemplate\nmetadata: {name: a}\nspec: {targets: oops}\n',
      'apiVersion: templates.gatekeeper.sh/v1\nkind: ConstraintTemplate\nmetadata: {name: b}\nspec: {crd: {spec: {names: {kind: 7}}}, targets: [{rego: 5, libs: [1, null]}, {code: [{engine: Rego, source: {rego: [x]}}, 3, {engine: K8sNativeValidation, source: {validations: [{expression: 1}, null], variables: [{name: 2, expression: x}]}}]}]}\n',
      regoTemplate('K8sC', PRIVILEGED + INPUT_CONTAINERS_2022),
      '---\napiVersion: constraints.gatekeeper.sh/v1beta1\nkind: K8sC\nmetadata: {name: x}\nspec: {match: {kinds: [3, {kinds: Pod}]}, enforcementAction: [deny]}\n',
    ].join('---\n');
    const { rows } = await run(files);
    assert.deepEqual(rows.map((r) => `${r.name} ${r.verdict} ${r.receivesSubresource} ${r.enforces}`), ['a unknown yes unknown', 'b not-applicable yes unknown', 'k8sc not-covered unknown unknown']);
  });
});

describe('standalone .rego files', () => {
  const MAIN = `package k8sprivileged

import data.lib.containers.input_containers

violation[{"msg": "privileged"}] {
  c := input_containers[_]
  c.securityContext.privileged
}
`;
  it('resolve data.lib imports against the other .rego files', async () => {
    const files = {
      'policy/src.rego': MAIN,
      'policy/lib/containers.rego': `package lib.containers\n${INPUT_CONTAINERS_2022}${INPUT_CONTAINERS_EPHEMERAL}`,
    };
    const row = only((await run(files)).rows);
    assert.equal(row.kind, 'RegoModule');
    assert.equal(row.name, 'k8sprivileged');
    assert.equal(row.verdict, 'covered');
    assert.deepEqual([row.location.file, row.location.startLine, row.location.startColumn], ['policy/src.rego', 1, 1]);
  });
  it('a missing lib is unknown, with EG003 where it is used', async () => {
    const { rows, problems } = await run({ 'src.rego': MAIN });
    assert.equal(only(rows).verdict, 'unknown');
    assert.deepEqual(problems, ['src.rego:6:8 Rego module k8sprivileged: cannot resolve data.lib.containers.input_containers: no module given defines it; add that module to the scanned files.']);
  });
  it('conftest rules over raw manifests (no input.review) are not admission policies', async () => {
    const { rows } = await run({ 'deny.rego': 'package main\n\ndeny[msg] {\n  input.spec.containers[_].securityContext.privileged\n  msg := "privileged"\n}\n' });
    assert.deepEqual(rows, []);
  });
  it('a syntax error in any .rego file is EG003 at its position', async () => {
    const { problems } = await run({ 'lib/broken.rego': 'package lib.broken\n\nf(x) {\n  x ==\n}\n' });
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, /^lib\/broken\.rego:5:1 lib\/broken\.rego: Rego syntax error: .*; fix the syntax here\.$/);
  });
});

describe('K8sNativeValidation reads as the VAP Gatekeeper generates from it', () => {
  const celSource = (body: string): string => codeTemplate(`      code:
        - engine: K8sNativeValidation
          source:
${body.replace(/^\n/, '')}`);
  const at = (row: CoverageRow | undefined) => row?.ephemeralControl && [row.ephemeralControl.scope, row.ephemeralControl.location.startLine, row.ephemeralControl.location.startColumn];

  it('a validation that denies every ephemeral container is a control of them, at the list read', async () => {
    const row = only((await run(celSource(`
            validations:
              - expression: 'variables.anyObject.spec.?ephemeralContainers.orValue([]).size() == 0'`))).rows);
    assert.equal(row.verdict, 'covered');
    assert.ok(row.reasons.includes('controls ephemeral containers (blocks all)'), row.reasons.join('\n'));
    // Line 12 `              - expression: '`: the expression starts at column 30; `.size()` ends the list read.
    assert.deepEqual(at(row), ['blocks all', 12, 30]);
    assert.equal(row.reads.ephemeralContainers, true);
  });

  it('a control the VAP path detects is detected the same way here (one semantic)', async () => {
    const expression = "variables.anyObject.spec.?ephemeralContainers.orValue([]).all(e, e.image.startsWith('registry.example/debug/'))";
    const gatekeeper = only((await run(celSource(`
            validations:
              - expression: "${expression}"`))).rows);
    const vap = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata: {name: debug-images}
spec:
  matchConstraints:
    resourceRules: [{apiGroups: [""], apiVersions: [v1], operations: [UPDATE], resources: [pods/ephemeralcontainers]}]
  variables: [{name: anyObject, expression: object}]
  validations:
    - expression: "${expression}"
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata: {name: debug-images}
spec: {policyName: debug-images, validationActions: [Deny]}
`;
    const result = await scan({ root: '/repo', rules: [eg003] }, { fs: memoryFileSystem({ 'vap.yaml': vap }) });
    const policy = result.coverage.find((r) => r.kind === 'ValidatingAdmissionPolicy');
    assert.equal(gatekeeper.verdict, 'covered');
    assert.equal(gatekeeper.ephemeralControl?.scope, policy?.ephemeralControl?.scope);
    assert.match(gatekeeper.ephemeralControl?.scope ?? '', /^allows only /);
  });

  it('matchCondition (singular, the key Gatekeeper reads) that drops UPDATE: EG102 at the condition', async () => {
    const template = celSource(`
            matchCondition:
              - name: creates-only
                expression: 'request.operation != "UPDATE"'
            validations:
              - expression: '(object.spec.containers + object.spec.?ephemeralContainers.orValue([])).all(c, c.securityContext.?privileged.orValue(false) != true)'`);
    const row = only((await run(template)).rows);
    assert.equal(row.verdict, 'not-covered');
    assert.deepEqual(row.ruleIds, ['EG102']);
    assert.equal(row.handlesUpdate, 'no');
    const result = await scan({ root: '/repo', rules: [eg102] }, { fs: memoryFileSystem({ 'manifest.yaml': template }) });
    // Line 13 `                expression: '`: the condition starts at column 30.
    assert.deepEqual(result.findings.map((f) => [f.ruleId, f.location.startLine, f.location.startColumn]), [['EG102', 13, 30]]);
  });

  it('a matchConditions key (plural) is dropped by Gatekeeper: it decides nothing', async () => {
    const row = only((await run(celSource(`
            matchConditions:
              - name: creates-only
                expression: 'request.operation != "UPDATE"'
            validations:
              - expression: '(object.spec.containers + object.spec.?ephemeralContainers.orValue([])).all(c, c.securityContext.?privileged.orValue(false) != true)'`))).rows);
    assert.equal(row.verdict, 'covered');
    assert.equal(row.handlesUpdate, 'yes');
  });
});

describe('Constraints whose ConstraintTemplate is not in the scanned files', () => {
  it('one EG003 per kind, at the first Constraint\'s kind, when it may match Pods', async () => {
    const files = constraint('K8sPSPPrivilegedContainer', 'a').slice(4) + constraint('K8sPSPPrivilegedContainer', 'b') + constraint('K8sNoServices', 'c', '{kinds: [{apiGroups: [""], kinds: ["Service"]}]}');
    const { problems } = await run(files);
    // Line 2 `kind: K8sPSPPrivilegedContainer`: the value at column 7.
    assert.deepEqual(problems, ['manifest.yaml:2:7 Constraint kind K8sPSPPrivilegedContainer: no scanned ConstraintTemplate defines it; add its template, or check it by hand.']);
  });
  it('none when the template is there', async () => {
    const { problems } = await run(regoTemplate('K8sPrivileged', PRIVILEGED + INPUT_CONTAINERS_2022 + INPUT_CONTAINERS_EPHEMERAL) + constraint('K8sPrivileged', 'a'));
    assert.deepEqual(problems, []);
  });
});
