import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';
import { scan } from '../../src/scan.ts';
import { fixedTexts, planFixes } from '../../src/fix/fix.ts';
import { disproveFix } from '../../src/fix/prove.ts';
import { unifiedDiff } from '../../src/fix/unified-diff.ts';

/** Scans `text` as manifest.yaml with every rule, then plans and proves the fixes. */
const fixOf = async (text: string) => {
  const files = { 'manifest.yaml': text };
  const request = { root: '/repo' };
  const result = await scan(request, { fs: memoryFileSystem(files) });
  const read = async (file: string) => (files as Record<string, string>)[file];
  const plan = await planFixes(result.findings, read, request);
  const texts = await fixedTexts(plan.proved, read);
  const after = texts.get('manifest.yaml')?.after;
  const rescan = after === undefined ? undefined : await scan(request, { fs: memoryFileSystem({ 'manifest.yaml': after }) });
  return { before: result.findings, plan, after, rescan: rescan?.findings ?? [] };
};

const vap = (resources: string, eol = '\n'): string =>
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
    ...resources.split('\n'),
    '  validations:',
    '  - expression: >-',
    '      object.spec.ephemeralContainers.all(c, c.?securityContext.?privileged.orValue(false) == false)',
    '',
  ].join(eol);

const expectFixed = async (resources: string, fixed: string, eol = '\n') => {
  const { before, plan, after, rescan } = await fixOf(vap(resources, eol));
  assert.deepEqual(before.filter((f) => f.ruleId === 'EG103').length, 1, 'the case has one EG103');
  assert.deepEqual(plan.unproved, []);
  assert.equal(after, vap(fixed, eol));
  assert.deepEqual(rescan.filter((f) => f.ruleId === 'EG103'), []);
};

describe('EG103 fix: add pods/ephemeralcontainers to resources', () => {
  it('flow list, double quotes', () => expectFixed('      resources: ["pods"]', '      resources: ["pods", "pods/ephemeralcontainers"]'));
  it('flow list, plain scalars, another entry after pods', () =>
    expectFixed('      resources: [pods, configmaps]', '      resources: [pods, pods/ephemeralcontainers, configmaps]'));
  it('flow list broken over lines, comment kept', () =>
    expectFixed("      resources: [\n        'pods', # the pods\n        ]", "      resources: [\n        'pods', 'pods/ephemeralcontainers', # the pods\n        ]"));
  it('block list, plain, comment beside the entry', () =>
    expectFixed('      resources:\n      - pods  # main resource\n      - configmaps', '      resources:\n      - pods  # main resource\n      - pods/ephemeralcontainers\n      - configmaps'));
  it('block list, indented, single quotes, last line of the list', () =>
    expectFixed("      resources:\n        - 'pods'", "      resources:\n        - 'pods'\n        - 'pods/ephemeralcontainers'"));
  it('CRLF block list keeps CRLF', () => expectFixed('      resources:\n      - pods', '      resources:\n      - pods\n      - pods/ephemeralcontainers', '\r\n'));
  it('CRLF flow list', () => expectFixed('      resources: ["*"]', '      resources: ["*", "pods/ephemeralcontainers"]', '\r\n'));

  it('a webhook configuration (block style, last line of the file without newline)', async () => {
    const text = [
      'apiVersion: admissionregistration.k8s.io/v1',
      'kind: ValidatingWebhookConfiguration',
      'metadata: {name: checks}',
      'webhooks:',
      '- name: checks.example.com',
      '  clientConfig: {service: {name: checks, namespace: checks}}',
      '  admissionReviewVersions: [v1]',
      '  sideEffects: None',
      '  rules:',
      '  - apiGroups: [""]',
      '    apiVersions: [v1]',
      '    operations: [CREATE, UPDATE]',
      '    resources:',
      '    - pods',
    ].join('\n');
    const { plan, after, rescan } = await fixOf(text);
    assert.deepEqual(plan.unproved, []);
    assert.equal(after, `${text}\n    - pods/ephemeralcontainers`);
    assert.deepEqual(rescan.filter((f) => f.ruleId === 'EG103'), []);
  });

  it('a Kyverno ValidatingPolicy', async () => {
    const text = [
      'apiVersion: policies.kyverno.io/v1alpha1',
      'kind: ValidatingPolicy',
      'metadata: {name: no-privileged}',
      'spec:',
      '  validationActions: [Deny]',
      '  matchConstraints:',
      '    resourceRules:',
      "    - apiGroups: ['']",
      "      apiVersions: ['v1']",
      "      operations: ['CREATE', 'UPDATE']",
      "      resources: ['pods']",
      '  validations:',
      '  - expression: >-',
      '      object.spec.?ephemeralContainers.orValue([]).all(c, c.?securityContext.?privileged.orValue(false) == false)',
      '',
    ].join('\n');
    const { before, plan, after, rescan } = await fixOf(text);
    assert.equal(before.filter((f) => f.ruleId === 'EG103').length, 1);
    assert.deepEqual(plan.unproved, []);
    assert.equal(after, text.replace("resources: ['pods']", "resources: ['pods', 'pods/ephemeralcontainers']"));
    assert.deepEqual(rescan.filter((f) => f.ruleId === 'EG103'), []);
  });

  it('a policy that also lacks UPDATE is not fixed: the resources edit alone leaves an EG103 on operations, and the reason says so', async () => {
    const { plan, after } = await fixOf(vap('      resources: ["pods"]').replace('operations: ["CREATE", "UPDATE"]', 'operations: ["CREATE"]'));
    assert.equal(after, undefined);
    assert.equal(plan.proved.length, 0);
    assert.equal(plan.unproved.length, 1);
    assert.match(plan.unproved[0]!.reason, /^the edit would raise a new finding: .*\(operations lists neither UPDATE nor \*; add UPDATE to operations\)/);
  });

  it('the proof refuses an edit that changes another list than resources, or does not remove the finding', async () => {
    const text = vap('      resources: ["pods"]');
    const { before } = await fixOf(text);
    const finding = before.find((f) => f.ruleId === 'EG103')!;
    const change = { key: 'resources', added: 'pods/ephemeralcontainers' };
    const intoOperations = text.replace('"CREATE", "UPDATE"]', '"CREATE", "UPDATE", "pods/ephemeralcontainers"]');
    assert.equal(
      await disproveFix('manifest.yaml', text, intoOperations, finding, change, { root: '/repo' }),
      'the edited file would not parse to the same objects with only pods/ephemeralcontainers added to resources',
    );
    const besideConfigmaps = text.replace('["pods"]', '["pods", "configmaps"]');
    assert.match((await disproveFix('manifest.yaml', text, besideConfigmaps, finding, { key: 'resources', added: 'configmaps' }, { root: '/repo' }))!, /^the rule still fires/);
    assert.equal(await disproveFix('manifest.yaml', text, text.replace('["pods"]', '["pods", "pods/ephemeralcontainers"]'), finding, change, { root: '/repo' }), undefined);
  });

  it('the unified diff of a CRLF file', async () => {
    const text = vap('      resources: ["pods"]', '\r\n');
    const { after } = await fixOf(text);
    assert.equal(
      unifiedDiff('manifest.yaml', text, after!),
      [
        '--- a/manifest.yaml',
        '+++ b/manifest.yaml',
        '@@ -7,7 +7,7 @@',
        '     - apiGroups: [""]\r',
        '       apiVersions: ["v1"]\r',
        '       operations: ["CREATE", "UPDATE"]\r',
        '-      resources: ["pods"]\r',
        '+      resources: ["pods", "pods/ephemeralcontainers"]\r',
        '   validations:\r',
        '   - expression: >-\r',
        '       object.spec.ephemeralContainers.all(c, c.?securityContext.?privileged.orValue(false) == false)\r',
        '',
      ].join('\n'),
    );
  });

  it("turns docs/rules/EG103.md's Failing example into a file on which EG103 no longer fires", async () => {
    const page = readFileSync(new URL('../../docs/rules/EG103.md', import.meta.url), 'utf8');
    const failing = /### Failing\n```yaml\n([\s\S]*?)```/.exec(page)![1]!;
    const fixedExample = /### Fixed\n```yaml\n([\s\S]*?)```/.exec(page)![1]!;
    const { before, after, rescan } = await fixOf(failing);
    assert.ok(before.some((f) => f.ruleId === 'EG103'));
    assert.deepEqual(rescan.filter((f) => f.ruleId === 'EG103'), []);
    assert.equal(after, fixedExample);
  });
});
