import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';
import { scan } from '../../src/scan.ts';
import { yaml } from '../helpers/yaml.ts';

/**
 * The general rule of the analysis: a construct it does not understand makes the verdict
 * unknown, with EG003 at the construct; never not-applicable, never covered. One fixture per
 * analyser and place where policy code is read.
 */
/** The longest EG003 message these fixtures may give (a parser's own error text included). */
const MAX_EG003_MESSAGE = 160;

const verdictAndEg003 = async (text: string): Promise<{ verdict: string | undefined; eg003: string[] }> => {
  const result = await scan({ root: '/repo' }, { fs: memoryFileSystem({ 'policy.yaml': text }) });
  // Every EG003 message is short and ends with what to do; the longer explanation, if any, is related text.
  for (const finding of result.findings.filter((f) => f.ruleId === 'EG003')) {
    assert.ok(finding.message.length <= MAX_EG003_MESSAGE, `${finding.message.length} characters: ${finding.message}`);
    assert.match(finding.message, /; (fix the syntax here|add [^;]+|check it by hand, then suppress EG003 here|give [^;]+|write [^;]+)\.$/, finding.message);
  }
  return {
    verdict: result.coverage[0]?.verdict,
    eg003: result.findings.filter((f) => f.ruleId === 'EG003').map((f) => `${f.location.startLine}:${f.location.startColumn}`),
  };
};

const kyvernoRule = (validate: string, extra = ''): string => yaml`
  apiVersion: kyverno.io/v1
  kind: ClusterPolicy
  metadata: {name: p}
  spec:
    validationFailureAction: Enforce
    rules:
    - name: r
      match: {any: [{resources: {kinds: [Pod]}}]}
  ` + extra + '    validate:\n      message: no\n' + validate;

const gatekeeperRego = (rego: string): string => yaml`
  apiVersion: templates.gatekeeper.sh/v1
  kind: ConstraintTemplate
  metadata: {name: k8sunknown}
  spec:
    crd: {spec: {names: {kind: K8sUnknown}}}
    targets:
      - target: admission.k8s.gatekeeper.sh
        rego: |
` + rego.split('\n').map((line) => (line ? `          ${line}` : line)).join('\n');

const gatekeeperCel = (expression: string): string => yaml`
  apiVersion: templates.gatekeeper.sh/v1
  kind: ConstraintTemplate
  metadata: {name: k8sunknown}
  spec:
    crd: {spec: {names: {kind: K8sUnknown}}}
    targets:
      - target: admission.k8s.gatekeeper.sh
        code:
          - engine: K8sNativeValidation
            source:
              validations:
                - expression: '${expression}'
`;

const vap = (expression: string): string => yaml`
  apiVersion: admissionregistration.k8s.io/v1
  kind: ValidatingAdmissionPolicy
  metadata: {name: p}
  spec:
    matchConstraints:
      resourceRules:
      - {apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["pods", "pods/ephemeralcontainers"]}
    validations:
    - expression: '${expression}'
`;

describe('a construct the analysis does not understand is unknown, with EG003 at it', () => {
  const cases: readonly { name: string; text: string; at: string }[] = [
    // Rego: a syntax error in the template (the Rego analyser's entry point), at the `}` where `]` was due.
    { name: 'Rego that does not parse', text: gatekeeperRego('package k8sunknown\n\nviolation[{"msg": "x"}] {\n  c := input.review.object.spec.containers[_\n}\n'), at: '13:11' },
    // CEL in Gatekeeper: a container list through a function the analysis does not follow.
    { name: 'CEL in a Gatekeeper template', text: gatekeeperCel('unknownFn(variables.anyObject.spec.containers).all(c, c.securityContext.privileged != true)'), at: '12:30' },
    { name: 'CEL in a VAP', text: vap('unknownFn(object.spec.containers).all(c, c.securityContext.privileged != true)'), at: '9:18' },
    // At the `)` where an operand was due.
    { name: 'CEL that does not parse in a VAP', text: vap('object.spec.containers.all(c, c.securityContext.privileged !=)'), at: '9:79' },
    {
      name: 'CEL in Kyverno validate.cel',
      text: kyvernoRule('      cel:\n        expressions:\n        - expression: "unknownFn(object.spec.containers).all(c, c.securityContext.privileged != true)"\n'),
      at: '13:24',
    },
    {
      name: 'JMESPath that does not parse in deny',
      text: kyvernoRule('      deny:\n        conditions:\n          any:\n          - key: "{{ request.object.spec.containers[?securityContext.privileged }}"\n            operator: Equals\n            value: true\n'),
      at: '14:22',
    },
    {
      name: 'JMESPath arithmetic in a foreach list',
      text: kyvernoRule('      foreach:\n      - list: request.object.spec.containers - request.object.spec.initContainers\n        deny: {}\n'),
      at: '12:15',
    },
    {
      name: 'a {{ never closed in preconditions',
      text: kyvernoRule(
        '      pattern:\n        spec:\n          =(ephemeralContainers):\n          - =(securityContext): {=(privileged): "false"}\n',
        '    preconditions:\n      all:\n      - key: "{{ request.object.spec.containers[].image"\n        operator: Equals\n        value: x\n',
      ),
      // At the `{{` that never closes (line 11, after `      - key: "`).
      at: '11:15',
    },
    {
      name: 'a Kyverno pattern on a templated kind',
      text: kyvernoRule('      pattern:\n        spec:\n          =(ephemeralContainers):\n          - =(securityContext): {=(privileged): "false"}\n').replace('kinds: [Pod]', 'kinds: ["{{ request.object.kind }}"]'),
      // At the rule's match (its value starts at column 12).
      at: '8:12',
    },
    {
      // A Gatekeeper mutator into containers (a mutation may be a control): at its location.
      name: 'a Gatekeeper Assign of a container field',
      text: yaml`
        apiVersion: mutations.gatekeeper.sh/v1
        kind: Assign
        metadata: {name: m}
        spec:
          applyTo: [{groups: [""], versions: ["v1"], kinds: ["Pod"]}]
          location: spec.ephemeralContainers[name:*].securityContext.privileged
          parameters: {assign: {value: false}}
      `,
      at: '6:13',
    },
    {
      // An engine that is not analysed: at the policy's code.
      name: 'a Weave Policy Agent Policy',
      text: yaml`
        apiVersion: pac.weave.works/v2beta2
        kind: Policy
        metadata: {name: p}
        spec:
          id: p
          code: "package p"
      `,
      at: '6:9',
    },
  ];
  for (const each of cases) {
    it(each.name, async () => {
      const { verdict, eg003 } = await verdictAndEg003(each.text);
      assert.equal(verdict, 'unknown');
      assert.ok(eg003.includes(each.at), `EG003 at ${each.at}, got ${eg003.join(', ') || 'none'}`);
    });
  }
});

describe('JMESPath as Kyverno substitutes it', () => {
  const mounts = (lists: string): string => kyvernoRule(
    [
      '      foreach:',
      '      - list: request.object.spec.volumes[]',
      '        deny:',
      '          conditions:',
      '            any:',
      `            - key: "{{ request.object.spec.[${lists}][].volumeMounts[?name == '{{element.name}}'][] | length(@) }}"`,
      '              operator: GreaterThan',
      '              value: 0',
      '',
    ].join('\n'),
  );

  it('reads every list of a multiselect, through a variable nested in a JMESPath literal', async () => {
    const result = await scan({ root: '/repo' }, { fs: memoryFileSystem({ 'policy.yaml': mounts('containers, initContainers, ephemeralContainers') }) });
    assert.equal(result.coverage[0]?.verdict, 'covered');
    assert.deepEqual(result.findings.map((f) => f.ruleId), []);
  });

  it('without ephemeralContainers in the multiselect: EG101 at the check, naming the lists read', async () => {
    const result = await scan({ root: '/repo' }, { fs: memoryFileSystem({ 'policy.yaml': mounts('containers, initContainers') }) });
    assert.equal(result.coverage[0]?.verdict, 'not-covered');
    const eg101 = result.findings.filter((f) => f.ruleId === 'EG101');
    // The check of volumeMounts.name starts at `volumeMounts`: line 16, 54 characters after `{{` at column 21.
    assert.deepEqual(eg101.map((f) => [f.location.startLine, f.location.startColumn]), [[16, 75]]);
    assert.match(eg101[0]!.message, /but never reads ephemeralContainers\. It checks .* on containers and initContainers: /);
  });
});
