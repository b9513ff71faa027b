import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { memoryFileSystem } from '../src/discover/memory-file-system.ts';
import { scan } from '../src/scan.ts';
import { parseTimeLimit } from '../src/model/time-limit.ts';

/** The vulnerable examples of the engines whose stages have per-policy loops. */
const tree: Record<string, string> = {};
for (const folder of ['kyverno/vulnerable', 'gatekeeper/vulnerable', 'admission-policy/vulnerable', 'webhooks/vulnerable', 'rbac/vulnerable']) {
  const dir = join('examples', folder);
  for (const name of readdirSync(dir)) if (/\.ya?ml$/.test(name)) tree[`${folder}/${name}`] = readFileSync(join(dir, name), 'utf8');
}
// A standalone Rego module (conftest-style sources are analysed apart from templates).
tree['rego/privileged.rego'] = 'package privileged\n\nviolation[{"msg": msg}] {\n  input.review.object.spec.containers[_].securityContext.privileged\n  msg := "privileged"\n}\n';

/** A clock at 0 that jumps past the 1 s limit on its `expireAt`-th reading (the first is the scan's start). */
const jumpingClock = (expireAt: number) => {
  let readings = 0;
  const clock = () => (++readings >= expireAt ? 1000 : 0);
  return Object.assign(clock, { readings: () => readings });
};

describe('the whole scan has a time limit', () => {
  it('stops at every check with one error naming the stage and what was not analysed, never a throw', async () => {
    const unbounded = jumpingClock(Number.POSITIVE_INFINITY);
    const full = await scan({ root: '/repo', timeLimitSeconds: 1 }, { fs: memoryFileSystem(tree), clock: unbounded });
    assert.deepEqual(full.notifications.filter((notice) => notice.level === 'error'), []);
    assert.ok(full.findings.length > 0);
    const checks = unbounded.readings();
    const stages = new Set<string>();
    for (let expireAt = 2; expireAt <= checks; expireAt++) {
      const result = await scan({ root: '/repo', timeLimitSeconds: 1 }, { fs: memoryFileSystem(tree), clock: jumpingClock(expireAt) });
      assert.equal(result.notifications.length, 1, `reading ${expireAt}`);
      const [notice] = result.notifications;
      assert.equal(notice!.level, 'error');
      const match = /^The scan's time limit of 1 s ran out while (.+?); not analysed: (.+?)\. No findings are reported\./.exec(notice!.message);
      assert.ok(match, notice!.message);
      stages.add(match[1]!);
      assert.deepEqual(result.findings, []);
      assert.deepEqual(result.coverage, []);
    }
    const perPolicy = ['analysing Kyverno policies', 'analysing admission policies', 'analysing webhook configurations', 'analysing Gatekeeper constraint templates', 'parsing Rego files', 'analysing Rego files'];
    for (const stage of ['rendering', 'reading the files', 'analysing Kyverno policies', 'analysing Gatekeeper constraints', 'reading RBAC', "evaluating the policies' code", 'running the rules', ...perPolicy]) {
      assert.ok(stages.has(stage), `${stage} in ${[...stages].join(', ')}`);
    }
    // One reading later than the last check: the scan finishes as if unbounded.
    const finished = await scan({ root: '/repo', timeLimitSeconds: 1 }, { fs: memoryFileSystem(tree), clock: jumpingClock(checks + 1) });
    assert.equal(finished.findings.length, full.findings.length);
  });

  it('one huge policy set cannot overrun: each engine checks the limit per policy and names where it stopped', async () => {
    const kyverno = (i: number): string => `apiVersion: kyverno.io/v1\nkind: ClusterPolicy\nmetadata: {name: p-${String(i).padStart(4, '0')}}\nspec:\n  rules:\n  - name: r\n    match: {any: [{resources: {kinds: [Pod]}}]}\n    validate: {pattern: {spec: {containers: [{securityContext: {privileged: false}}]}}}\n`;
    const webhook = (i: number): string => `apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingWebhookConfiguration\nmetadata: {name: w-${String(i).padStart(4, '0')}}\nwebhooks: []\n`;
    const vap = (i: number): string => `apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicy\nmetadata: {name: v-${String(i).padStart(4, '0')}}\nspec:\n  matchConstraints: {resourceRules: [{apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods]}]}\n  validations: [{expression: "true"}]\n`;
    const template = (i: number): string => `apiVersion: templates.gatekeeper.sh/v1\nkind: ConstraintTemplate\nmetadata: {name: t${i}}\nspec:\n  crd: {spec: {names: {kind: T${i}}}}\n  targets:\n  - target: admission.k8s.gatekeeper.sh\n    rego: |\n      package t${i}\n      violation[{"msg": "x"}] { input.review.object.spec.containers[_].securityContext.privileged }\n`;
    const many = (make: (i: number) => string): Record<string, string> => ({ 'policies.yaml': Array.from({ length: 400 }, (_, i) => `---\n${make(i)}`).join('') });
    for (const [make, stage, label] of [
      [kyverno, 'analysing Kyverno policies', 'Kyverno policies from ClusterPolicy/p-0'],
      [vap, 'analysing admission policies', 'admission policies from ValidatingAdmissionPolicy/v-0'],
      [webhook, 'analysing webhook configurations', 'webhook configurations from ValidatingWebhookConfiguration/w-0'],
      [template, 'analysing Gatekeeper constraint templates', 'ConstraintTemplates from ConstraintTemplate/t'],
    ] as const) {
      // The limit runs out in the middle of the engine's stage: after 200 of its policies.
      let inStage = 0;
      let analyzing = false;
      const clock = (): number => (analyzing && ++inStage > 200 ? 1000 : 0);
      const result = await scan({ root: '/repo', timeLimitSeconds: 1 }, { fs: memoryFileSystem(many(make)), clock, onProgress: (progress) => void (analyzing = progress.stage === 'analyze') });
      assert.equal(result.notifications.length, 1, stage);
      const message = result.notifications[0]!.message;
      assert.ok(message.startsWith(`The scan's time limit of 1 s ran out while ${stage}; not analysed: the ${label}`), message);
      // Stopped inside the set, not before or after it.
      assert.doesNotMatch(message, /(p|v|w)-0000 on|\/t0 on|0399 on|t399 on/, message);
    }
  });

  it('a clock that runs out when analysis starts stops at the first check after reading', async () => {
    // Past the limit from the analyze progress on: every earlier check passes.
    let evaluating = false;
    const result = await scan(
      { root: '/repo', timeLimitSeconds: 1, include: ['kyverno/**'] },
      { fs: memoryFileSystem(tree), clock: () => (evaluating ? 1000 : 0), onProgress: (progress) => void (evaluating = progress.stage === 'analyze') },
    );
    assert.equal(result.notifications.length, 1);
    assert.match(result.notifications[0]!.message, /ran out while reading the rendered documents; not analysed: the policies, RBAC, the probes and the rules\./);
  });

  it('takes whole seconds from 1 to a day from the workflow, anything else is a usage error', () => {
    assert.equal(parseTimeLimit(' 30 ', '--time-limit'), 30);
    assert.equal(parseTimeLimit('86400', '--time-limit'), 86_400);
    for (const bad of ['0', '-1', '1.5', '86401', '1e3', '', 'x']) assert.throws(() => parseTimeLimit(bad, '--time-limit'), /^UserError: --time-limit must be a whole number of seconds from 1 to 86400\.$/);
  });
});
