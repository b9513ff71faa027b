import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateSarif } from '../helpers/validate-sarif.ts';
import { folderWith, runCliIn } from '../helpers/cli.ts';

const policy = (resources: string): string =>
  [
    'apiVersion: admissionregistration.k8s.io/v1',
    'kind: ValidatingAdmissionPolicy',
    'metadata: {name: no-privileged}',
    'spec:',
    '  matchConstraints:',
    '    resourceRules:',
    '    - apiGroups: [""]',
    '      apiVersions: ["v1"]',
    '      operations: ["CREATE", "UPDATE"]',
    `      resources: ${resources}  # Pods only`,
    '  validations:',
    '  - expression: >-',
    '      object.spec.?ephemeralContainers.orValue([]).all(c, c.?securityContext.?privileged.orValue(false) == false)',
    '',
  ].join('\r\n');

const run = async (argv: string[], text: string) => {
  const cwd = await folderWith({ 'vap.yaml': text }, 'eg-fix-');
  return { ...(await runCliIn(argv, cwd)), file: await readFile(join(cwd, 'vap.yaml'), 'utf8') };
};

describe('scan --fix, --fix-dry-run, SARIF fixes', () => {
  it('--fix writes the proved fix (CRLF and the comment kept), and what it fixed no longer fails the scan', async () => {
    const { code, stderr, file } = await run(['scan', '--fix'], policy('[pods]'));
    assert.equal(file, policy('[pods, pods/ephemeralcontainers]'));
    assert.equal(stderr, 'fixed 1 finding in 1 file.\n');
    assert.equal(code, 0);
    const again = await run(['scan'], file);
    assert.equal(again.code, 0);
  });

  it('--fix-dry-run prints the unified diff and leaves the file alone', async () => {
    const { code, stdout, stderr, file } = await run(['scan', '--fix-dry-run'], policy('["pods"]'));
    assert.equal(file, policy('["pods"]'));
    assert.equal(
      stdout,
      [
        '--- a/vap.yaml',
        '+++ b/vap.yaml',
        '@@ -7,7 +7,7 @@',
        '     - apiGroups: [""]\r',
        '       apiVersions: ["v1"]\r',
        '       operations: ["CREATE", "UPDATE"]\r',
        '-      resources: ["pods"]  # Pods only\r',
        '+      resources: ["pods", "pods/ephemeralcontainers"]  # Pods only\r',
        '   validations:\r',
        '   - expression: >-\r',
        '       object.spec.?ephemeralContainers.orValue([]).all(c, c.?securityContext.?privileged.orValue(false) == false)\r',
        '',
      ].join('\n'),
    );
    assert.equal(stderr, 'would fix 1 finding in 1 file.\n');
    assert.equal(code, 1);
  });

  it('an unproved fix is not written, and the reason is printed', async () => {
    const text = policy('["pods"]').replace('["CREATE", "UPDATE"]', '["CREATE"]');
    const { code, stderr, file } = await run(['scan', '--fix'], text);
    assert.equal(file, text);
    assert.match(stderr, /^fixed 0 findings in 0 files\.\nnot fixed: vap\.yaml:10:19 EG103: the edit would raise a new finding: /);
    assert.equal(code, 1);
  });

  it('SARIF results carry the fix as an artifactChange: an empty deletedRegion and the inserted text', async () => {
    const { stdout } = await run(['scan', '--format', 'sarif'], policy('["pods"]'));
    const log = JSON.parse(stdout);
    assert.deepEqual(validateSarif(log), []);
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'EG103');
    assert.deepEqual(result.fixes, [
      {
        description: { text: 'Add pods/ephemeralcontainers to resources' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'vap.yaml', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 10, startColumn: 25, endLine: 10, endColumn: 25, charOffset: 273, charLength: 0 },
                insertedContent: { text: ', "pods/ephemeralcontainers"' },
              },
            ],
          },
        ],
      },
    ]);
  });

  it('a SARIF result whose fix is not proved says why, and has no fixes', async () => {
    const { stdout } = await run(['scan', '--format', 'sarif'], policy('["pods"]').replace('["CREATE", "UPDATE"]', '["CREATE"]'));
    const log = JSON.parse(stdout);
    assert.deepEqual(validateSarif(log), []);
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'EG103');
    assert.equal(result.fixes, undefined);
    assert.match(result.properties['ephemeral-guard/fixNotOffered'], /^the edit would raise a new finding: /);
  });

  it('a result of a severity variant (EG101/high) carries its fix too, found through the scan facts', async () => {
    const template = [
      'apiVersion: templates.gatekeeper.sh/v1',
      'kind: ConstraintTemplate',
      'metadata: {name: k8sprivileged}',
      'spec:',
      '  crd: {spec: {names: {kind: K8sPrivileged}}}',
      '  targets:',
      '    - target: admission.k8s.gatekeeper.sh',
      '      rego: |',
      '        package k8sprivileged',
      '        violation[{"msg": "privileged"}] {',
      '          c := input.review.object.spec.containers[_]',
      '          c.securityContext.privileged',
      '        }',
      '',
    ].join('\n');
    const cwd = await folderWith({ 'template.yaml': template }, 'eg-fix-');
    const log = JSON.parse((await runCliIn(['scan', '--format', 'sarif'], cwd)).stdout);
    assert.deepEqual(validateSarif(log), []);
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'EG101/high');
    assert.equal(result.fixes[0].description.text, 'Add a copy of the rule that reads spec.ephemeralContainers');
    assert.equal(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, '\n        violation[{"msg": "privileged"}] {\n          c := input.review.object.spec.ephemeralContainers[_]\n          c.securityContext.privileged\n        }\n');
  });
});
