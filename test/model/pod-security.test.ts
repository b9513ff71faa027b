import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { load } from 'js-yaml';
import { podSecurityConfigs, podSecurityEnforceLevel } from '../../src/model/pod-security.ts';
import { Workspace, type K8sObject } from '../../src/model/workspace.ts';
import { analyzePodSecurityAdmission } from '../../src/analyze/pod-security-admission.ts';

const object = (text: string, doc = 0): K8sObject => {
  const body = load(text) as Record<string, unknown>;
  const metadata = (body['metadata'] ?? {}) as Record<string, unknown>;
  const name = String(metadata['name'] ?? '(unnamed)');
  const apiVersion = String(body['apiVersion']);
  const kind = String(body['kind']);
  return { apiVersion, kind, name, body, ref: { kind, apiVersion, name, at: { file: 'f.yaml', doc, path: [] } } };
};

const namespace = (name: string, level?: string) =>
  object(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n${level ? `  labels: {pod-security.kubernetes.io/enforce: ${level}}\n` : ''}`);

const config = (defaults: string, exempt = '[]') =>
  object(`apiVersion: apiserver.config.k8s.io/v1
kind: AdmissionConfiguration
plugins:
- name: PodSecurity
  configuration:
    apiVersion: pod-security.admission.config.k8s.io/v1
    kind: PodSecurityConfiguration
    defaults: ${defaults}
    exemptions: {namespaces: ${exempt}, usernames: [system:serviceaccount:ops:debugger], runtimeClasses: []}
`, 9);

describe('podSecurityEnforceLevel', () => {
  it('takes the namespace label first', () => {
    const ws = new Workspace([namespace('apps', 'restricted'), config('{enforce: baseline}')]);
    const level = podSecurityEnforceLevel(ws, 'apps');
    assert.equal(level.level, 'restricted');
    assert.equal(level.source, 'label');
    assert.deepEqual(level.at?.path, ['metadata', 'labels', 'pod-security.kubernetes.io/enforce']);
  });

  it('falls back to the PodSecurityConfiguration default, with its position', () => {
    const ws = new Workspace([namespace('apps'), config('{enforce: baseline}')]);
    const level = podSecurityEnforceLevel(ws, 'apps');
    assert.deepEqual([level.level, level.source], ['baseline', 'config-default']);
    assert.deepEqual(level.at, { file: 'f.yaml', doc: 9, path: ['plugins', 0, 'configuration', 'defaults', 'enforce'] });
  });

  it('is privileged (built in) without label or default, also for a namespace not in scope', () => {
    const ws = new Workspace([namespace('apps')]);
    assert.deepEqual(podSecurityEnforceLevel(ws, 'apps').source, 'built-in');
    assert.deepEqual(podSecurityEnforceLevel(ws, 'elsewhere'), { level: 'privileged', source: 'built-in' });
  });

  it('an exempt namespace enforces nothing, whatever its label says', () => {
    const ws = new Workspace([namespace('kube-system', 'restricted'), config('{enforce: restricted}', '[kube-system]')]);
    const level = podSecurityEnforceLevel(ws, 'kube-system');
    assert.deepEqual([level.level, level.source], ['privileged', 'exempt']);
    assert.deepEqual(level.exemptedAt?.path, ['plugins', 0, 'configuration', 'exemptions', 'namespaces', 0]);
  });

  it('ignores an invalid default level and a plugin that is not PodSecurity', () => {
    const ws = new Workspace([namespace('apps'), config('{enforce: strict}')]);
    assert.equal(podSecurityEnforceLevel(ws, 'apps').source, 'built-in');
    const other = object('apiVersion: apiserver.config.k8s.io/v1\nkind: AdmissionConfiguration\nplugins:\n- name: EventRateLimit\n  configuration: {}\n');
    assert.deepEqual(podSecurityConfigs(new Workspace([other])), []);
  });
});

describe('analyzePodSecurityAdmission', () => {
  it('covers an unlabelled namespace through the configured default, and lists exemptions', () => {
    const ws = new Workspace([namespace('apps'), config('{enforce: baseline}', '[kube-system]')]);
    const result = analyzePodSecurityAdmission(ws);
    assert.equal(result.coverage.length, 1);
    assert.equal(result.coverage[0]!.verdict, 'covered');
    assert.match(result.coverage[0]!.reasons[0]!.text, /PodSecurityConfiguration default/);
    assert.deepEqual(result.exemptions.map((e) => e.note), [
      'namespace kube-system is exempt from Pod Security: any ephemeral container is admitted there',
      'requests by system:serviceaccount:ops:debugger skip Pod Security, including adding ephemeral containers',
    ]);
  });

  it('an exempt namespace is not covered, with EG109 as the reason', () => {
    const ws = new Workspace([namespace('kube-system', 'baseline'), config('{}', '[kube-system]')]);
    const [fact] = analyzePodSecurityAdmission(ws).coverage;
    assert.equal(fact?.verdict, 'not-covered');
    assert.equal(fact?.reasons[0]?.hole, 'excluded');
  });
});
