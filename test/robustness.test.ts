import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump, loadAll } from 'js-yaml';
import { memoryFileSystem } from '../src/discover/memory-file-system.ts';
import { nodeFileSystem } from '../src/discover/file-system.ts';
import { scan } from '../src/scan.ts';

/**
 * "No stack trace on any input a repository can contain": the examples, damaged at random (as
 * text, and as data with values of the wrong type), must scan without an internal error.
 * Seeded, so a failure reproduces.
 */
const exampleFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? exampleFiles(path) : /\.(ya?ml|rego)$/.test(entry) ? [path] : [];
  });

const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

const texts = exampleFiles('examples').map((file) => readFileSync(file, 'utf8'));
const TOKENS = ['{', '}', '[', ']', ':', '- ', '&a ', '*a', '<<: *a', '!!binary ', '"', "'", '|', '>', '\n', '\t', '---\n', '{{ .Values.x }}', 'ephemeralContainers', '*', 'pods/*', 'null', '# ephemeral-guard-ignore EG201'];
const WRONG: readonly unknown[] = [null, 0, -1, '', '*', 'pods/*', true, [], {}, [null], { '': null }, ['*/*'], 'UPDATE'];

const expectNoInternalError = async (tree: Record<string, string>): Promise<void> => {
  const result = await scan({ root: '/repo' }, { fs: memoryFileSystem(tree) });
  assert.deepEqual(result.notifications.filter((notice) => notice.level === 'error').map((notice) => notice.message), []);
};

describe('damaged input never breaks a scan', () => {
  it('text damage: inserted tokens, cut runs, duplicated lines, truncation', async () => {
    const next = random(1);
    for (let round = 0; round < 150; round++) {
      const tree: Record<string, string> = {};
      for (let file = 0; file < 3; file++) {
        let text = texts[Math.floor(next() * texts.length)]!;
        for (let edit = 0; edit < 4; edit++) {
          const at = Math.floor(next() * (text.length + 1));
          const kind = next();
          if (kind < 0.4) text = text.slice(0, at) + TOKENS[Math.floor(next() * TOKENS.length)] + text.slice(at);
          else if (kind < 0.7) text = text.slice(0, at) + text.slice(at + Math.floor(next() * 40));
          else if (kind < 0.9) text = `${text.slice(0, at)}\n${text.slice(text.lastIndexOf('\n', at) + 1, at)}${text.slice(at)}`;
          else text = text.slice(0, at);
        }
        tree[`f${file}.${next() < 0.2 ? 'rego' : 'yaml'}`] = text;
      }
      await expectNoInternalError(tree);
    }
  });

  it('type damage: values of the wrong type anywhere in real-shaped objects', async () => {
    const next = random(2);
    const documents = texts.flatMap((text) => {
      try {
        return loadAll(text).filter((value) => typeof value === 'object' && value !== null);
      } catch {
        return [];
      }
    });
    const damage = (value: unknown, depth: number): unknown => {
      if (depth > 0 && next() < 0.12) return WRONG[Math.floor(next() * WRONG.length)];
      if (Array.isArray(value)) return value.map((item) => damage(item, depth + 1));
      if (typeof value === 'object' && value !== null) {
        return Object.fromEntries(Object.entries(value).filter(() => depth === 0 || next() > 0.03).map(([key, item]) => [key, damage(item, depth + 1)]));
      }
      return value;
    };
    for (let round = 0; round < 150; round++) {
      const tree: Record<string, string> = {};
      for (let file = 0; file < 4; file++) tree[`f${file}.yaml`] = dump(damage(documents[Math.floor(next() * documents.length)], 0), { noRefs: true });
      await expectNoInternalError(tree);
    }
  });

  it('a hostile policy cannot hang or crash the probe evaluators (step budgets)', async () => {
    const deepForeach = Array.from({ length: 8 }, () => 'request.object.spec.containers').reduceRight<Record<string, unknown>>((inner, list) => ({ foreach: [{ list, ...inner }] }), { deny: {} });
    const tree = {
      'cel.yaml': dump({
        apiVersion: 'admissionregistration.k8s.io/v1',
        kind: 'ValidatingAdmissionPolicy',
        metadata: { name: 'hostile-cel' },
        spec: {
          matchConstraints: { resourceRules: [{ apiGroups: [''], apiVersions: ['v1'], operations: ['*'], resources: ['pods', 'pods/ephemeralcontainers'] }] },
          variables: [{ name: 'l', expression: '[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19].map(x, [0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19])' }],
          validations: [{ expression: 'variables.l.all(a, variables.l.all(b, variables.l.all(c, variables.l.all(d, variables.l.all(e, object.spec.containers.all(k, k.securityContext.privileged != true))))))' }],
        },
      }),
      'rego.yaml': dump({
        apiVersion: 'templates.gatekeeper.sh/v1',
        kind: 'ConstraintTemplate',
        metadata: { name: 'hostilerego' },
        spec: {
          crd: { spec: { names: { kind: 'HostileRego' } } },
          targets: [{ target: 'admission.k8s.gatekeeper.sh', rego: 'package hostile\nn := [i | i := [0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19][_]]\nf(x) = y { y := f(x) }\nviolation[{"msg": "x"}] { some a, b, c, d, e, g; n[a]; n[b]; n[c]; n[d]; n[e]; n[g]; c := input.review.object.spec.containers[_]; c.securityContext.privileged; f(1) }' }],
        },
      }),
      'kyverno.yaml': dump({
        apiVersion: 'kyverno.io/v1',
        kind: 'ClusterPolicy',
        metadata: { name: 'hostile-kyverno' },
        spec: { validationFailureAction: 'Enforce', rules: [{ name: 'r', match: { any: [{ resources: { kinds: ['Pod'] } }] }, validate: { message: '{{ {{ {{ {{ {{ {{ {{ {{ {{ {{ {{ x }} }} }} }} }} }} }} }} }} }} }}', ...deepForeach, pattern: { spec: { containers: [{ securityContext: { privileged: '{{ request.object.spec.containers[].securityContext.privileged | [0] }}' } }] } } } }] },
      }),
    };
    const started = Date.now();
    const result = await scan({ root: '/repo' }, { fs: memoryFileSystem(tree) });
    assert.deepEqual(result.notifications.filter((notice) => notice.level === 'error').map((notice) => notice.message), []);
    assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
    for (const name of ['hostile-cel', 'hostilerego']) {
      const row = result.coverage.find((r) => r.name === name);
      assert.equal(row?.evaluation?.proof, 'not-evaluated', name);
    }
  });
});

describe('a policy\'s own regular expressions run as RE2 (linear)', () => {
  it('a nested-quantifier pattern in Rego, CEL and Kyverno ends at once, and the policy is still judged', { timeout: 20_000 }, async () => {
    // 2^30 backtracking steps each in JavaScript's RegExp: minutes per call.
    const text = `${'a'.repeat(30)}!`;
    const tree = {
      'cel.yaml': dump({
        apiVersion: 'admissionregistration.k8s.io/v1',
        kind: 'ValidatingAdmissionPolicy',
        metadata: { name: 'regex-cel' },
        spec: {
          matchConstraints: { resourceRules: [{ apiGroups: [''], apiVersions: ['v1'], operations: ['*'], resources: ['pods', 'pods/ephemeralcontainers'] }] },
          validations: [{ expression: `"${text}".matches("(a+)+$") || object.spec.containers.all(k, k.securityContext.privileged != true)` }],
        },
      }),
      'rego.yaml': dump({
        apiVersion: 'templates.gatekeeper.sh/v1',
        kind: 'ConstraintTemplate',
        metadata: { name: 'regexrego' },
        spec: {
          crd: { spec: { names: { kind: 'RegexRego' } } },
          targets: [{ target: 'admission.k8s.gatekeeper.sh', rego: `package regexrego\nviolation[{"msg": "x"}] { not regex.match("(a+)+$", "${text}"); c := input.review.object.spec.containers[_]; c.securityContext.privileged }` }],
        },
      }),
      'kyverno.yaml': dump({
        apiVersion: 'kyverno.io/v1',
        kind: 'ClusterPolicy',
        metadata: { name: 'regex-kyverno' },
        spec: { validationFailureAction: 'Enforce', rules: [{ name: 'r', match: { any: [{ resources: { kinds: ['Pod'] } }] }, validate: { message: 'no', deny: { conditions: { all: [{ key: `{{ regex_match('(a+)+$', '${text}') }}`, operator: 'Equals', value: false }, { key: '{{ request.object.spec.containers[].securityContext.privileged | [0] }}', operator: 'Equals', value: true }] } } } }] },
      }),
    };
    const result = await scan({ root: '/repo' }, { fs: memoryFileSystem(tree) });
    assert.deepEqual(result.notifications.filter((notice) => notice.level === 'error').map((notice) => notice.message), []);
    for (const name of ['regex-cel', 'regexrego', 'regex-kyverno']) assert.ok(result.coverage.some((r) => r.name === name && r.evaluation !== undefined), name);
  });
});

describe('hostile names never reach a printed line unescaped', () => {
  it('file, object, namespace and subject names with line breaks: the text report has no line they start', async () => {
    const { toText } = await import('../src/report/text.ts');
    const { printableData } = await import('../src/report/printable.ts');
    const forged = '::error file=README.md::forged';
    const breaks = ['\n', '\r', '\r\n', '\u2028', '\u0085'];
    const next = random(3);
    for (let round = 0; round < 30; round++) {
      const sep = breaks[Math.floor(next() * breaks.length)]!;
      const name = `n${round}${sep}${forged}`;
      const tree: Record<string, string> = {
        [`pods/p${round}${sep}${forged}.yaml`]: `apiVersion: v1\nkind: Pod\nmetadata: {name: ${JSON.stringify(name)}, namespace: ${JSON.stringify(name)}}\nspec:\n  ephemeralContainers:\n    - {name: ${JSON.stringify(name)}, image: x, securityContext: {privileged: true}}\n`,
        'rbac.yaml': `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: ${JSON.stringify(name)}}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ${JSON.stringify(name)}}\nsubjects: [{kind: User, name: ${JSON.stringify(name)}}]\n`,
        [`bad${sep}${forged}.yaml`]: 'kind: [\n',
      };
      const result = await scan({ root: '/repo' }, { fs: memoryFileSystem(tree) });
      const text = toText(printableData({ findings: result.findings, coverage: result.coverage, notifications: result.notifications, stats: result.stats, absent: result.absent, access: result.access }), { color: false });
      assert.ok(result.findings.length > 0);
      for (const line of text.split(/\r\n|\n|\r/)) assert.ok(!line.trimStart().startsWith('::'), JSON.stringify(line));
      assert.ok(!/[\r\u0085\u2028\u2029]/.test(text));
    }
  });
});

describe('hostile inputs of #19 stay bounded', () => {
  it('a namespace pattern of many wildcards decides where a Kyverno policy guards, through the linear matcher', async () => {
    // 40 wildcards: a `.*` regular expression needs longer than the test allows on the name that does
    // not match (8 wildcards on 40 characters: 20 s), so finishing at all shows the linear matcher ran.
    const pattern = `${'*a'.repeat(40)}*b`;
    const unmatched = 'a'.repeat(60);
    const matched = `${'a'.repeat(59)}b`;
    const debugger_ = (namespace: string): string =>
      `---\napiVersion: v1\nkind: Namespace\nmetadata: {name: ${namespace}}\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: debug, namespace: ${namespace}}\nrules: [{apiGroups: [""], resources: [pods/ephemeralcontainers], verbs: [patch]}]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: debug, namespace: ${namespace}}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: debug}\nsubjects: [{kind: User, name: dev}]\n`;
    const tree = {
      'kyverno.yaml': readFileSync('examples/kyverno/fixed/kyverno.yaml', 'utf8'),
      'rbac.yaml': debugger_(unmatched) + debugger_(matched),
      'policy.yaml': dump({
        apiVersion: 'kyverno.io/v1',
        kind: 'ClusterPolicy',
        metadata: { name: 'wild' },
        spec: {
          validationFailureAction: 'Enforce',
          rules: [
            {
              name: 'r',
              match: { any: [{ resources: { kinds: ['Pod'] } }] },
              exclude: { any: [{ resources: { namespaces: [pattern] } }] },
              validate: { pattern: { spec: { '=(ephemeralContainers)': [{ '=(securityContext)': { '=(privileged)': 'false' } }], containers: [{ '=(securityContext)': { '=(privileged)': 'false' } }] } } },
            },
            // The evaluator's wildcard values and pattern_match take the same hostile pattern.
            {
              name: 'images',
              match: { any: [{ resources: { kinds: ['Pod'] } }] },
              validate: {
                pattern: { spec: { containers: [{ image: pattern }] } },
              },
            },
            {
              name: 'deny',
              match: { any: [{ resources: { kinds: ['Pod'] } }] },
              preconditions: { all: [{ key: `{{ pattern_match('${pattern}', '${unmatched}') }}`, operator: 'Equals', value: false }] },
              validate: { deny: { conditions: { any: [{ key: '{{ request.object.spec.containers[0].securityContext.privileged || `false` }}', operator: 'Equals', value: true }] } } },
            },
          ],
        },
      }),
      'constraint.yaml': dump({ apiVersion: 'constraints.gatekeeper.sh/v1beta1', kind: 'K8sPSPPrivilegedContainer', metadata: { name: 'wild' }, spec: { match: { namespaces: [pattern], excludedNamespaces: [pattern] } } }),
    };
    const started = Date.now();
    const result = await scan({ root: '/repo' }, { fs: memoryFileSystem(tree) });
    assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
    assert.deepEqual(result.notifications.filter((notice) => notice.level === 'error').map((notice) => notice.message), []);
    // Excluded where the pattern matches, so only there is the access unguarded.
    const unguarded = result.findings.filter((finding) => finding.ruleId === 'EG301');
    assert.ok(unguarded.length > 0, 'EG301 where the policy is excluded');
    assert.ok(unguarded.every((finding) => finding.message.includes(matched) && !finding.message.includes(unmatched)), unguarded.map((f) => f.message).join('\n'));
  });

  it('a Rego glob.match of many stars in a template is evaluated in bounded time, and the evaluation still proves the hole', async () => {
    // 9 stars took 26 s through a regular expression; 30 would not finish.
    const tree = {
      'template.yaml': `apiVersion: templates.gatekeeper.sh/v1\nkind: ConstraintTemplate\nmetadata: {name: k8sglob}\nspec:\n  crd: {spec: {names: {kind: K8sGlob}}}\n  targets:\n  - target: admission.k8s.gatekeeper.sh\n    rego: |\n      package k8sglob\n      violation[{"msg": "x"}] {\n        c := input.review.object.spec.containers[_]\n        c.securityContext.privileged\n        not glob.match("${'*a'.repeat(30)}*b", [], "${'a'.repeat(80)}")\n      }\n---\napiVersion: constraints.gatekeeper.sh/v1beta1\nkind: K8sGlob\nmetadata: {name: g}\n`,
    };
    const started = Date.now();
    const result = await scan({ root: '/repo' }, { fs: memoryFileSystem(tree) });
    assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
    assert.deepEqual(result.notifications.filter((notice) => notice.level === 'error'), []);
    const [fact] = result.coverage;
    assert.equal(fact?.verdict, 'not-covered');
    // Denied as a normal container only because the glob is false: the evaluator computed it.
    assert.equal(fact?.evaluation?.proof, 'hole');
    assert.equal(fact?.evaluation?.hole?.deniedAsContainerWith, 'x');
  });

  it('damaged examples among hostile links and names on disk: no internal error, no outside content, no finding twice', async () => {
    // Issue 19 item 9 on a real file system: loops, a link to the parent, links to a scanned
    // manifest and outside the root, a dangling link and a non-UTF-8 name, beside damaged files.
    const next = random(11);
    for (let round = 0; round < 4; round++) {
      const root = mkdtempSync(join(tmpdir(), 'eg-robust-'));
      try {
        mkdirSync(join(root, 'm'));
        texts.forEach((text, i) => {
          const cut = Math.floor(next() * text.length);
          writeFileSync(join(root, 'm', `f${i}.yaml`), i % 3 === round % 3 ? text.slice(0, cut) + TOKENS[Math.floor(next() * TOKENS.length)]! + text.slice(cut) : text);
        });
        symlinkSync('loop-b.yaml', join(root, 'loop-a.yaml'));
        symlinkSync('loop-a.yaml', join(root, 'loop-b.yaml'));
        symlinkSync('self.yaml', join(root, 'self.yaml'));
        symlinkSync('..', join(root, 'm', 'up'));
        symlinkSync('m/f0.yaml', join(root, 'again.yaml'));
        symlinkSync('/etc/passwd', join(root, 'outside.yaml'));
        symlinkSync('missing.yaml', join(root, 'dangling.yaml'));
        writeFileSync(Buffer.concat([Buffer.from(join(root, 'caf')), Buffer.from([0xe9]), Buffer.from('.yaml')]), texts[0]!);
        const result = await scan({ root }, { fs: nodeFileSystem });
        assert.deepEqual(result.notifications.filter((notice) => notice.level === 'error').map((notice) => notice.message), []);
        const printed = JSON.stringify(result);
        assert.ok(!printed.includes('root:x:0:0'), 'content of a file outside the root');
        assert.ok(!printed.includes(root), 'an absolute path of the checkout');
        const keys = result.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.startLine}:${f.location.startColumn} ${f.message}`);
        assert.equal(new Set(keys).size, keys.length, 'a finding reported twice');
        assert.ok(!result.findings.some((f) => /^(again|loop-|self|m\/up\/)/.test(f.location.file)), 'a finding on a link path');
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  });

  it('a config whose globs are brace bombs is a usage error, at once', async () => {
    const { resolveScanRequest } = await import('../src/config/resolve.ts');
    for (const glob of ['{a,b}'.repeat(20), '{1..100000}']) {
      const files: Record<string, string> = { '/repo/.ephemeral-guard.yaml': `exclude: [${JSON.stringify(glob)}]\n` };
      await assert.rejects(resolveScanRequest({ root: '/repo' }, async (path) => files[path], '/'), (error: Error) => error.name === 'UserError' && /expands to more than 256 patterns/.test(error.message));
    }
  });

  it('a render past the document cap keeps the first 20,000 with an EG002, no stack overflow', async () => {
    const documents = Array.from({ length: 20_001 }, (_, i) => `---\n# Source: c/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c${i}}\n`).join('');
    const tree = { 'c/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n', 'c/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n' };
    const result = await scan({ root: '/repo' }, { fs: memoryFileSystem(tree), runCommand: async (request) => (request.command === 'helm' ? { kind: 'exited', code: 0, stdout: documents, stderr: '' } : { kind: 'not-found' }) });
    assert.deepEqual(result.notifications.filter((notice) => notice.level === 'error'), []);
    assert.deepEqual(result.findings.filter((finding) => finding.ruleId === 'EG002').map((finding) => finding.message.replace(/^.*?rendered/, 'rendered')), ['rendered 20001 documents, more than the 20000 one render may give: only the first 20000 were analysed.']);
  });
});
