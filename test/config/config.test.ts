import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';
import { ConfigError, parseConfig, type ConfigErrorCode } from '../../src/config/config.ts';
import { resolveScanRequest } from '../../src/config/resolve.ts';
import { assumedEnforceLevel } from '../../src/model/settings.ts';
import { RULES } from '../../src/rules/index.ts';
import { yaml } from '../helpers/yaml.ts';

const KNOWN = new Set(RULES.flatMap((rule) => [rule.meta.id, rule.meta.name]));
const parse = (text: string) => parseConfig('.ephemeral-guard.yaml', text, KNOWN);

const schema = JSON.parse(readFileSync(new URL('../../schema/ephemeral-guard.schema.json', import.meta.url), 'utf8')) as object;
const validateWithSchema = new Ajv({ allErrors: true }).compile(schema);

const FULL = yaml`
  include: ["deploy/**/*.yaml"]
  exclude: ["deploy/tests/**"]
  maxFileSize: 2000000
  kubernetesVersion: "v1.30.2"
  rules:
    EG302: warning
    podsecuritypolicy-ignores-ephemeral: off
    EG001: {level: note}
    EG003: {securitySeverity: 2.5}
  assume:
    podSecurity:
      enforce: baseline
      namespaces:
        kube-system: privileged
        payments: restricted
    engines:
      gatekeeper: "3.16.3"
      kyverno: "v1.12"
  rbac:
    allow:
      - role: ClusterRole/break-glass-debug
        reason: On-call SREs debug production through this role (SEC-123).
      - subject: ServiceAccount/tools/debugger
        reason: The debug bot.
      - subject: User/https://issuer.example/#alice
        reason: Platform owner.
  externalRoles: [eks:podsecuritypolicy:privileged, ClusterRole/gke-admin, Role/monitoring/reader]
  render:
    timeoutSeconds: 120
    helm:
      values: {charts/app: [values-prod.yaml]}
      releaseName: shop
`;

describe('parseConfig', () => {
  it('reads every key into typed settings', () => {
    const config = parse(FULL);
    assert.deepEqual(config.include, ['deploy/**/*.yaml']);
    assert.deepEqual(config.exclude, ['deploy/tests/**']);
    assert.equal(config.maxFileSize, 2000000);
    assert.deepEqual(config.rules, { EG302: 'warning', 'podsecuritypolicy-ignores-ephemeral': 'off', EG001: 'note' });
    assert.deepEqual(config.securitySeverities, { EG003: 2.5 });
    assert.deepEqual(config.settings.kubernetesVersion, { major: 1, minor: 30, patch: 2, text: 'v1.30.2' });
    assert.deepEqual(config.settings.assume, {
      podSecurity: { enforce: 'baseline', namespaces: { 'kube-system': 'privileged', payments: 'restricted' }, at: { file: '.ephemeral-guard.yaml', line: 12, column: 5 } },
      engines: { gatekeeper: { major: 3, minor: 16, patch: 3, text: '3.16.3' }, kyverno: { major: 1, minor: 12, patch: 0, text: 'v1.12' } },
    });
    assert.deepEqual(config.settings.rbacAllow, [
      {
        kind: 'role',
        role: { kind: 'ClusterRole', name: 'break-glass-debug' },
        label: 'ClusterRole/break-glass-debug',
        reason: 'On-call SREs debug production through this role (SEC-123).',
        at: { file: '.ephemeral-guard.yaml', line: 21, column: 7 },
      },
      { kind: 'subject', subject: { kind: 'ServiceAccount', namespace: 'tools', name: 'debugger' }, label: 'ServiceAccount/tools/debugger', reason: 'The debug bot.', at: { file: '.ephemeral-guard.yaml', line: 23, column: 7 } },
      { kind: 'subject', subject: { kind: 'User', name: 'https://issuer.example/#alice' }, label: 'User/https://issuer.example/#alice', reason: 'Platform owner.', at: { file: '.ephemeral-guard.yaml', line: 25, column: 7 } },
    ]);
    assert.deepEqual(config.settings.externalRoles, ['eks:podsecuritypolicy:privileged', 'ClusterRole/gke-admin', 'Role/monitoring/reader']);
  });

  it('reads an empty file as no settings', () => {
    assert.deepEqual(parse(''), { settings: { assume: { engines: {} }, rbacAllow: [], externalRoles: [] } });
    assert.deepEqual(parse('# only a comment\n').settings.rbacAllow, []);
  });

  // [name, config, code, "line:col", message fragment]
  const errors: [string, string, ConfigErrorCode, string, string][] = [
    ['unknown top-level key', 'include: [a]\nrule:\n  EG302: off\n', 'unknown-key', '2:1', 'unknown key "rule" (expected include, exclude, fixtures, maxFileSize, kubernetesVersion, rules, assume, rbac, externalRoles or render)'],
    ['include is not a list', 'include: "*.yaml"\n', 'wrong-type', '1:10', 'include must be a list of glob patterns'],
    ['glob leaves the folder', 'exclude:\n  - ok/**\n  - ../other/**\n', 'invalid-value', '3:5', 'leaves the scanned folder'],
    ['absolute glob', 'include: [/etc/**]\n', 'invalid-value', '1:11', 'is absolute'],
    ['maxFileSize negative', 'maxFileSize: -3\n', 'invalid-value', '1:14', 'positive whole number'],
    ['maxFileSize as text', 'maxFileSize: 1MB\n', 'wrong-type', '1:14', 'positive whole number of bytes (got "1MB")'],
    ['kubernetesVersion unquoted', 'kubernetesVersion: 1.30\n', 'wrong-type', '1:20', 'YAML reads 1.3 as a number'],
    ['kubernetesVersion malformed', 'kubernetesVersion: "2.1"\n', 'invalid-value', '1:20', 'must look like "1.30"'],
    ['unknown rule', 'rules:\n  EG302: off\n  EG999: warning\n', 'unknown-rule', '3:3', 'unknown rule "EG999"'],
    ['rule level misspelt', 'rules:\n  EG302: errors\n', 'invalid-value', '2:10', 'rule EG302 must be set to off, error, warning or note (got "errors")'],
    ['rule set to false', 'rules:\n  EG302: false\n', 'wrong-type', '2:10', 'write off, not false'],
    ['rule object with unknown key', 'rules:\n  EG302: {lvl: note}\n', 'unknown-key', '2:11', 'unknown key "lvl" under rules.EG302'],
    ['securitySeverity out of range', 'rules:\n  EG302: {securitySeverity: 11}\n', 'invalid-value', '2:29', 'from 0.1 to 10.0'],
    ['pod security level misspelt', 'assume:\n  podSecurity:\n    enforce: strict\n', 'invalid-value', '3:14', 'privileged, baseline or restricted (got "strict")'],
    ['namespace name invalid', 'assume:\n  podSecurity:\n    namespaces:\n      Team_A: restricted\n', 'invalid-value', '4:7', '"Team_A" is not a namespace name'],
    ['unknown engine', 'assume:\n  engines:\n    opa: "1.0"\n', 'unknown-key', '3:5', 'unknown key "opa" under assume.engines (expected gatekeeper, kyverno, kubewarden or jspolicy)'],
    ['engine version unquoted', 'assume:\n  engines:\n    kyverno: 1.12\n', 'wrong-type', '3:14', 'quoted version'],
    ['unknown key under assume', 'assume:\n  psa: {enforce: baseline}\n', 'unknown-key', '2:3', 'unknown key "psa" under assume'],
    ['empty podSecurity', 'assume:\n  podSecurity: {}\n', 'missing-key', '2:16', 'needs enforce'],
    ['allow entry without reason', 'rbac:\n  allow:\n    - role: ClusterRole/x\n', 'missing-key', '3:7', 'needs a reason'],
    ['allow entry with empty reason', 'rbac:\n  allow:\n    - role: ClusterRole/x\n      reason: "  "\n', 'invalid-value', '4:15', 'reason is empty'],
    ['allow entry with role and subject', 'rbac:\n  allow:\n    - role: ClusterRole/x\n      subject: Group/y\n      reason: r\n', 'conflicting-keys', '4:7', 'either role or subject'],
    ['allow entry with neither', 'rbac:\n  allow:\n    - reason: r\n', 'missing-key', '3:7', 'needs role'],
    ['allow role malformed', 'rbac:\n  allow:\n    - role: Role/only-name\n      reason: r\n', 'invalid-value', '3:13', 'Role/<namespace>/<name>'],
    ['allow subject kind unknown', 'rbac:\n  allow:\n    - subject: Team/a\n      reason: r\n', 'invalid-value', '3:16', 'is not a subject'],
    ['allow is a mapping', 'rbac:\n  allow: {role: ClusterRole/x}\n', 'wrong-type', '2:10', 'rbac.allow must be a list'],
    ['externalRoles item malformed', 'externalRoles:\n  - Role/monitoring/reader\n  - ClusterRole/a/b\n', 'invalid-value', '3:5', '"ClusterRole/a/b" is not a role'],
    ['externalRoles item not a string', 'externalRoles: [{name: a}]\n', 'wrong-type', '1:17', 'externalRoles[0] must be a role name'],
    ['render timeout zero', 'render:\n  timeoutSeconds: 0\n', 'invalid-value', '2:19', 'from 1 to 3600'],
    ['render helm unknown key', 'render:\n  helm:\n    chart: x\n', 'unknown-key', '3:5', 'unknown key "chart" under render.helm'],
    ['render values leave the folder', 'render:\n  helm:\n    values: [../x.yaml]\n', 'invalid-value', '3:14', 'must stay inside the scanned folder'],
    ['root is a list', '- include\n', 'wrong-type', '1:1', 'must be a mapping'],
    ['two documents', 'include: [a]\n---\nexclude: [b]\n', 'invalid-value', '1:1', 'one YAML document'],
    ['bad YAML', 'include: [a\nexclude: b\n', 'invalid-yaml', '2:1', 'not valid YAML: deficient indentation'],
  ];

  for (const [name, text, code, position, fragment] of errors) {
    it(`refuses: ${name}, at ${position}`, () => {
      assert.throws(
        () => parse(text),
        (error: unknown) => {
          assert.ok(error instanceof ConfigError, String(error));
          assert.equal(error.code, code);
          assert.ok(error.message.startsWith(`.ephemeral-guard.yaml:${position}: `), error.message);
          assert.ok(error.message.includes(fragment), error.message);
          return true;
        },
      );
    });
  }

  it('agrees with the published JSON Schema on every case (except what only code knows)', () => {
    // Only code knows the rule catalogue, and YAML syntax and multiple documents come before any schema.
    const codeOnly: ReadonlySet<ConfigErrorCode> = new Set(['unknown-rule', 'invalid-yaml']);
    const cases = [
      ['full', FULL, true],
      ['empty mapping', '{}', true],
      ...errors.filter(([name, , code]) => !codeOnly.has(code) && name !== 'two documents').map(([name, text]) => [name, text, false] as const),
    ] as const;
    for (const [name, text, valid] of cases) {
      const value = load(text) ?? {};
      assert.equal(validateWithSchema(value), valid, `schema on "${name}": ${JSON.stringify(validateWithSchema.errors)}`);
      let parsed = true;
      try {
        parse(text);
      } catch {
        parsed = false;
      }
      assert.equal(parsed, valid, `code on "${name}"`);
    }
  });
});

describe('resolveScanRequest', () => {
  it('hands the settings, levels and severities to the engine', async () => {
    const files: Record<string, string> = { '/repo/.ephemeral-guard.yaml': FULL };
    const { request } = await resolveScanRequest({ root: '/repo' }, async (path) => files[path], '/');
    assert.deepEqual(request.ruleLevels, { EG302: 'warning', 'podsecuritypolicy-ignores-ephemeral': 'off', EG001: 'note' });
    assert.deepEqual(request.securitySeverities, { EG003: 2.5 });
    assert.equal(request.settings?.kubernetesVersion?.minor, 30);
    assert.deepEqual(request.settings?.externalRoles, ['eks:podsecuritypolicy:privileged', 'ClusterRole/gke-admin', 'Role/monitoring/reader']);
  });

  it('a target folder finds its own config, whose globs and render paths are read from that folder', async () => {
    const files: Record<string, string> = {
      '/repo/k8s/.ephemeral-guard.yaml': 'include: ["**/*.yaml"]\nrender:\n  helm:\n    values:\n      ./charts/web/: [charts/web/prod.yaml]\n      .: [values.yaml]\n',
      '/repo/other/.ephemeral-guard.yaml': 'render:\n  helm:\n    values: [common.yaml]\n',
    };
    const { request } = await resolveScanRequest({ root: '/repo', targets: [{ folder: 'k8s' }] }, async (path) => files[path], '/');
    assert.deepEqual(request.targets, [{ folder: 'k8s', include: ['**/*.yaml'] }]);
    assert.deepEqual(request.render?.helm?.values, { 'k8s/charts/web': ['k8s/charts/web/prod.yaml'], k8s: ['k8s/values.yaml'] });
    const other = await resolveScanRequest({ root: '/repo', targets: [{ folder: 'other' }] }, async (path) => files[path], '/');
    assert.deepEqual(other.request.render?.helm?.values, ['other/common.yaml']);
    const atRoot = await resolveScanRequest({ root: '/repo/other' }, async (path) => files[path], '/');
    assert.deepEqual(atRoot.request.render?.helm?.values, ['common.yaml']);
  });

  it('refuses more globs than it accepts, and globs that expand past the limit', async () => {
    await assert.rejects(resolveScanRequest({ root: '/repo', exclude: Array.from({ length: 257 }, (_, i) => `x${i}`) }, async () => undefined, '/'), /257 glob patterns were given; at most 256/);
    await assert.rejects(resolveScanRequest({ root: '/repo', exclude: ['{1..100000}'] }, async () => undefined, '/'), /^UserError: Glob "\{1\.\.100000\}" expands to more than 256 patterns/);
  });

  it('names the missing baseline file', async () => {
    await assert.rejects(resolveScanRequest({ root: '/repo', baselinePath: 'old.sarif' }, async () => undefined, '/work'), /Baseline old\.sarif does not exist/);
  });
});

describe('assumedEnforceLevel', () => {
  const assume = parse('assume:\n  podSecurity:\n    enforce: baseline\n    namespaces: {kube-system: privileged}\n').settings.assume;
  it('a named namespace wins over the scanned label and the default', () => {
    assert.equal(assumedEnforceLevel(assume, 'kube-system', 'restricted'), 'privileged');
  });
  it('the scanned label wins over the assumed default', () => {
    assert.equal(assumedEnforceLevel(assume, 'team-a', 'restricted'), 'restricted');
  });
  it('the default applies where nothing is labelled', () => {
    assert.equal(assumedEnforceLevel(assume, 'team-a', undefined), 'baseline');
  });
  it('nothing is assumed without a declaration', () => {
    assert.equal(assumedEnforceLevel({ engines: {} }, 'team-a', undefined), undefined);
    assert.equal(assumedEnforceLevel(assume, 'constructor', undefined), 'baseline');
  });
});
