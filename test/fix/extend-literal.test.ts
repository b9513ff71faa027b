import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixFiles, template } from './fix-from-facts.ts';

/** A module that reads the lists named in `keys` (the lines of its literal) through `spec[k]`. */
const module = (keys: readonly string[], v1: boolean, eol = '\n') =>
  [
    'package k8sprivileged',
    ...(v1 ? ['import rego.v1'] : []),
    '',
    v1 ? 'violation contains {"msg": "privileged"} if {' : 'violation[{"msg": "privileged"}] {',
    '  c := containers[_]',
    '  c.securityContext.privileged',
    '}',
    '',
    v1 ? 'containers contains c if {' : 'containers[c] {',
    ...keys.map((line, i) => (i === 0 ? `  keys := ${line}` : line)),
    v1 ? '  some k in keys' : '  keys[k]',
    '  c := input.review.object.spec[k][_]',
    '}',
    '',
  ].join(eol);

const eg101 = <T extends { ruleId: string }>(findings: readonly T[]): T[] => findings.filter((f) => f.ruleId === 'EG101');

describe('EG101 fix, Rego: a literal set of list names gains "ephemeralContainers"', () => {
  it('v0 set on one line: `, "ephemeralContainers"` after the last item', async () => {
    const { before, plan, after, rescan } = await fixFiles({ 'src.rego': module(['{"containers", "initContainers"}'], false) });
    assert.deepEqual(eg101(before).map((f) => [f.location.startLine, f.location.startColumn, f.location.endColumn]), [[9, 12, 24]]);
    assert.deepEqual(plan.unproved, []);
    assert.equal(plan.proved[0]?.description, 'Add "ephemeralContainers" to the container lists the rule reads');
    assert.equal(after['src.rego'], module(['{"containers", "initContainers", "ephemeralContainers"}'], false));
    assert.deepEqual(eg101(rescan), []);
  });

  it('v1 array of raw strings, one item a line, trailing comma, a comment beside the last item, CRLF', async () => {
    const keys = ['[', '    `containers`,', '    `initContainers`,  # both lists', '  ]'];
    const { plan, after, rescan } = await fixFiles({ 'src.rego': module(keys, true, '\r\n') });
    assert.deepEqual(plan.unproved, []);
    assert.equal(after['src.rego'], module(['[', '    `containers`,', '    `initContainers`,  # both lists', '    `ephemeralContainers`,', '  ]'], true, '\r\n'));
    assert.deepEqual(eg101(rescan), []);
  });

  it('one item a line without a trailing comma: the comma goes after the last item, the new item on its own line', async () => {
    const keys = ['{', '    "containers",', '    "initContainers"', '  }'];
    const { plan, after } = await fixFiles({ 'src.rego': module(keys, false) });
    assert.deepEqual(plan.unproved, []);
    assert.equal(after['src.rego'], module(['{', '    "containers",', '    "initContainers",', '    "ephemeralContainers"', '  }'], false));
  });

  it('in a ConstraintTemplate lib shared by the template\'s rule (YAML block scalar): the lib is edited, at its column', async () => {
    const lib = module(['{"containers", "initContainers"}'], false).replace('package k8sprivileged', 'package lib.pods').split('\n').slice(7, 14);
    const main = ['package k8sprivileged', '', 'import data.lib.pods.containers', '', 'violation[{"msg": "privileged"}] {', '  c := containers[_]', '  c.securityContext.privileged', '}'];
    const yaml = (libLines: readonly string[]) => template(main, [['package lib.pods', ...libLines]]);
    const { before, plan, after, rescan } = await fixFiles({ 'template.yaml': yaml(lib) });
    // The list name is read in the lib: line 25 (`keys := {...}`), column 22.
    assert.deepEqual(eg101(before).map((f) => [f.location.startLine, f.location.startColumn]), [[25, 22]]);
    assert.deepEqual(plan.unproved, []);
    assert.equal(after['template.yaml'], yaml(lib.map((line) => line.replace('"initContainers"}', '"initContainers", "ephemeralContainers"}'))));
    assert.deepEqual(eg101(rescan), []);
  });

  it('a one-line double-quoted Rego scalar: the item is found through the escapes and mirrored with them', async () => {
    const rego = (keys: string) =>
      `"package k8sprivileged\\n\\nviolation[{\\"msg\\": \\"p\\"}] {\\n  keys := {${keys}}\\n  c := input.review.object.spec[keys[_]][_]\\n  c.securityContext.privileged\\n}\\n"`;
    const yaml = (keys: string) =>
      [
        'apiVersion: templates.gatekeeper.sh/v1',
        'kind: ConstraintTemplate',
        'metadata: {name: k8sprivileged}',
        'spec:',
        '  crd: {spec: {names: {kind: K8sPrivileged}}}',
        '  targets:',
        `  - {target: admission.k8s.gatekeeper.sh, rego: ${rego(keys)}}`,
        '',
      ].join('\n');
    const { before, plan, after, rescan } = await fixFiles({ 'template.yaml': yaml('\\"containers\\", \\"initContainers\\"') });
    // `\"containers\"` on line 7 at column 117, as the file writes it (two characters an escape).
    const line = yaml('\\"containers\\", \\"initContainers\\"').split('\n')[6]!;
    assert.equal(line.indexOf('\\"containers'), 116);
    assert.deepEqual(eg101(before).map((f) => [f.location.startLine, f.location.startColumn, f.location.endColumn]), [[7, 117, 131]]);
    assert.deepEqual(plan.unproved, []);
    assert.equal(after['template.yaml'], yaml('\\"containers\\", \\"initContainers\\", \\"ephemeralContainers\\"'));
    assert.deepEqual(eg101(rescan), []);
  });
});
