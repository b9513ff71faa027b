import { dump } from 'js-yaml';
import { deciderOf, type PolicyProbes, type ProbeOutcome } from '../analyze/evaluate/index.ts';
import type { Decision } from '../analyze/evaluate/decision.ts';
import { paramRefSelects } from '../analyze/evaluate/policy-targets.ts';
import { pushAll } from '../array.ts';
import { isRecord } from '../json.ts';
import { objectLabel, type ObjectRef } from '../model/object-ref.ts';
import { probeRequests, probeVariant, type ProbeForm } from '../model/probes.ts';
import type { K8sObject, Workspace } from '../model/workspace.ts';

/**
 * The probe results of a scan as test cases in each engine's own test format, for the user's
 * policy CI: a Kyverno CLI test (`kyverno test`) per Kyverno policy, a gator suite
 * (`gator verify`) per ConstraintTemplate. Each variant the policy decides is a case: as a
 * normal container, with the expectation the policy meets today; as an ephemeral container,
 * expected to be denied, which a policy with a proved hole fails until it is fixed.
 */
export interface ProbeTestFile {
  /** Relative to the output folder, `/`-separated, made only of sanitised names. */
  readonly path: string;
  readonly text: string;
}

type Json = Record<string, unknown>;

const yaml = (value: unknown): string => dump(value, { lineWidth: -1, noRefs: true });

/** A file or folder name from a Kubernetes name: lowercase letters, digits, `-` and `.`, never `.`-led. */
export const safeName = (text: string): string => {
  const name = text
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 100);
  return name === '' ? 'unnamed' : name;
};

/** What a policy decides, as a test expects it; undefined when the evaluator could not tell. */
const expectation = (decision: Decision | undefined): 'fail' | 'pass' | undefined =>
  decision?.outcome === 'denied' ? 'fail' : decision?.outcome === 'admitted' ? 'pass' : undefined;

/** One case: a variant in one form, the request, the expectation and why. */
interface ProbeCase {
  readonly id: string;
  readonly form: ProbeForm;
  readonly request: Json;
  readonly expected: 'fail' | 'pass';
  readonly why: string;
}

/**
 * The cases of one evaluation. A normal container expects what the policy decides today (the
 * control and each variant), so the suite passes on the policy as it is. An ephemeral container
 * is written for each variant denied as a normal container, expected to be denied: where the
 * policy admits it (a proved hole) the case fails and documents what a fixed policy must do.
 */
const casesOf = (probes: PolicyProbes): ProbeCase[] =>
  probes.outcomes.flatMap((outcome: ProbeOutcome) => {
    const [container, ephemeral] = probeRequests(probeVariant(outcome.variant));
    const cases: ProbeCase[] = [];
    const asContainer = expectation(outcome.container);
    if (asContainer !== undefined)
      cases.push({ id: `${outcome.variant}-container`, form: 'container', request: container.request as Json, expected: asContainer, why: `${outcome.asks} as a normal container (CREATE): the policy ${asContainer === 'fail' ? 'denies' : 'admits'} it today.` });
    if (outcome.container.outcome === 'denied' && outcome.ephemeral !== undefined && outcome.ephemeral.outcome !== 'not-evaluated')
      cases.push({
        id: `${outcome.variant}-ephemeral`,
        form: 'ephemeral',
        request: ephemeral.request as Json,
        expected: 'fail',
        why:
          outcome.ephemeral.outcome === 'admitted'
            ? `${outcome.asks} as an ephemeral container (UPDATE pods/ephemeralcontainers): PROVED HOLE, the policy admits it today; this case fails until the policy is fixed to deny it as it denies the normal container.`
            : `${outcome.asks} as an ephemeral container (UPDATE pods/ephemeralcontainers): the policy denies it today, as it denies the normal container.`,
      });
    return cases;
  });

const objectOf = (workspace: Workspace, ref: ObjectRef): K8sObject | undefined => workspace.objectOf(ref);

/** The object as a manifest of its own: the loader's parse, with a comment saying where it came from. */
const manifest = (object: K8sObject): string => `# From ${object.ref.at.file} (${objectLabel(object.ref)}).\n${yaml(object.body)}`;

const header = (lines: readonly string[]): string => `${lines.map((line) => `# ${line}`).join('\n')}\n`;

/** Unique folder names: a second policy whose name sanitises the same gets `-2`, in input order. */
const uniqueNamer = () => {
  const used = new Set<string>();
  return (name: string): string => {
    let candidate = name;
    for (let index = 2; used.has(candidate); index += 1) candidate = `${name}-${index}`;
    used.add(candidate);
    return candidate;
  };
};

/** The Pod of a case, named after it: a Kyverno test names its resources, and each must be distinct. */
const casePod = (probeCase: ProbeCase): Json => {
  const pod = structuredClone(probeCase.request['object']) as Json;
  const metadata = pod['metadata'] as Json;
  return { ...pod, metadata: { ...metadata, name: `${metadata['name'] as string}-${probeCase.id}` } };
};

/**
 * The Kyverno CLI `Test` document and its Pods: one Pod per case id (a case shared by several
 * rules is one resource), each result naming its Pod.
 */
const kyvernoTestDocument = <C extends { readonly probeCase: ProbeCase }>(policy: K8sObject, cases: readonly C[], withParams: boolean, resultOf: (testCase: C, pod: string) => Json): { test: Json; pods: Json[] } => {
  const pods = new Map<string, Json>();
  for (const { probeCase } of cases) pods.set(probeCase.id, casePod(probeCase));
  const test = {
    apiVersion: 'cli.kyverno.io/v1alpha1',
    kind: 'Test',
    metadata: { name: safeName(`ephemeral-guard-${policy.name}`) },
    policies: ['policy.yaml'],
    resources: ['resources.yaml'],
    ...(withParams ? { paramResources: ['params.yaml'] } : {}),
    results: cases.map((testCase) => resultOf(testCase, (pods.get(testCase.probeCase.id)!['metadata'] as Json)['name'] as string)),
  };
  return { test, pods: [...pods.values()] };
};

const kyvernoTest = (policy: K8sObject, results: readonly PolicyProbes[], folder: string): ProbeTestFile[] => {
  const cases = results.flatMap((probes) => casesOf(probes).map((probeCase) => ({ probes, probeCase })));
  if (cases.length === 0) return [];
  const { test, pods } = kyvernoTestDocument(policy, cases, false, ({ probes, probeCase }, pod) => ({
      policy: policy.namespace ? `${policy.namespace}/${policy.name}` : policy.name,
      ...(probes.rule !== undefined ? { rule: probes.rule } : {}),
      resources: [pod],
      kind: 'Pod',
      // The CLI sends UPDATE with the resource as both object and oldObject; it has no subresource field.
      ...(probeCase.form === 'ephemeral' ? { operation: 'UPDATE' } : {}),
      result: probeCase.expected,
    }));
  const comments = header([
    `Generated by ephemeral-guard from the probe results of ${objectLabel(policy.ref)}; run with: kyverno test .`,
    ...cases.map(({ probes, probeCase }) => `${probes.rule ?? ''} / ${probeCase.id}: expected ${probeCase.expected}. ${probeCase.why}`),
    'An ephemeral case runs as operation UPDATE on the Pod with the container in spec.ephemeralContainers (results[].operation: a Kyverno CLI with kyverno/kyverno#16787);',
    'the CLI does not send request.subResource, so a rule that matches Pod/ephemeralcontainers only is not exercised by it.',
  ]);
  return [
    { path: `${folder}/kyverno-test.yaml`, text: comments + yaml(test) },
    { path: `${folder}/policy.yaml`, text: manifest(policy) },
    { path: `${folder}/resources.yaml`, text: pods.map((pod) => yaml(pod)).join('---\n') },
  ];
};

/**
 * What the Kyverno CLI sends a CEL policy for a test resource (kyverno cmd/cli/kubectl-kyverno
 * processor): a ValidatingAdmissionPolicy always as CREATE (pkg/admissionpolicy/validate.go,
 * admission.Create, no old object); a ValidatingPolicy as the result's `operation` (CREATE by
 * default; UPDATE with the resource as both object and oldObject, AdmissionRequestShape). Never a
 * subresource, and without a userinfo file an empty requester.
 */
const kyvernoCliRequest = (probeCase: ProbeCase, engine: PolicyProbes['engine']): Json => {
  const { subResource: _sub, requestSubResource: _requestSub, ...request } = probeCase.request;
  const object = request['object'];
  const update = probeCase.form === 'ephemeral' && engine !== 'validating-admission-policy';
  return { ...request, userInfo: {}, operation: update ? 'UPDATE' : 'CREATE', object, oldObject: update ? object : null };
};

/** The bindings of a ValidatingAdmissionPolicy in scope, those for PARAM only when it has one. */
const vapBindings = (workspace: Workspace, policy: K8sObject, param: K8sObject | undefined): K8sObject[] =>
  workspace.byKind('ValidatingAdmissionPolicyBinding').filter((binding) => {
    const spec = isRecord(binding.body['spec']) ? binding.body['spec'] : {};
    if (spec['policyName'] !== policy.name) return false;
    if (param === undefined) return true;
    return isRecord(spec['paramRef']) && paramRefSelects(spec['paramRef'], param);
  });

/**
 * A Kyverno CLI test for a ValidatingAdmissionPolicy (`isValidatingAdmissionPolicy`) or a Kyverno
 * ValidatingPolicy (`isValidatingPolicy`), with its bindings and its parameter object
 * (`paramResources`). The CLI's request differs from the apiserver's (above), so each case is
 * decided again in the CLI's shape: a normal container expects what the policy decides there; an
 * ephemeral one is written only where the CLI's shape decides as the real request does (a hole the
 * CLI cannot show, one in how the policy matches UPDATE or the subresource, is left out, said so).
 */
const kyvernoCelTest = (workspace: Workspace, policy: K8sObject, results: readonly PolicyProbes[], folder: string, decide: ReturnType<typeof deciderOf>): ProbeTestFile[] => {
  // One parameter set per test: the CLI applies every param object it is given to every binding.
  const probes = results.find((result) => result.parameters.kind === 'not-parameterized' || result.parameters.kind === 'param');
  const decider = probes && decide(probes);
  if (probes === undefined || decider === undefined) return [];
  const param = probes.parameters.kind === 'param' ? objectOf(workspace, probes.parameters.object) : undefined;
  if (probes.parameters.kind === 'param' && param === undefined) return [];
  const isVap = probes.engine === 'validating-admission-policy';
  const notes: string[] = [];
  const cases: { probeCase: ProbeCase; expected: 'fail' | 'pass' }[] = [];
  for (const probeCase of casesOf(probes)) {
    const inCli = expectation(decider(kyvernoCliRequest(probeCase, probes.engine)));
    const outcome = probes.outcomes.find((candidate) => `${candidate.variant}-${probeCase.form}` === probeCase.id);
    const real = expectation(probeCase.form === 'container' ? outcome?.container : outcome?.ephemeral);
    if (inCli !== undefined && inCli === real) cases.push({ probeCase, expected: probeCase.expected });
    else notes.push(`${probeCase.id}: left out. ${probeCase.why} The Kyverno CLI cannot show it: it sends ${isVap ? 'a ValidatingAdmissionPolicy every resource as CREATE' : probeCase.form === 'ephemeral' ? 'UPDATE with the resource as object and oldObject' : 'CREATE'}, without the ephemeralcontainers subresource or a requester, and there the policy decides otherwise.`);
  }
  if (cases.length === 0) return [];
  const { test, pods } = kyvernoTestDocument(policy, cases, param !== undefined, ({ probeCase, expected }, pod) => ({
      policy: policy.name,
      ...(isVap ? { isValidatingAdmissionPolicy: true } : { isValidatingPolicy: true }),
      resources: [pod],
      kind: 'Pod',
      // The CLI honours operation for a ValidatingPolicy; for a ValidatingAdmissionPolicy it always sends CREATE.
      ...(probeCase.form === 'ephemeral' && !isVap ? { operation: 'UPDATE' } : {}),
      result: expected,
    }));
  const comments = header([
    `Generated by ephemeral-guard from the probe results of ${objectLabel(policy.ref)}; run with: kyverno test .`,
    ...cases.map(({ probeCase, expected }) => `${probeCase.id}: expected ${expected}. ${probeCase.why}`),
    ...notes,
    isVap
      ? 'An ephemeral case is the Pod with the container in spec.ephemeralContainers, sent by the CLI as CREATE (the apiserver sends UPDATE pods/ephemeralcontainers).'
      : 'An ephemeral case runs as operation UPDATE on the Pod with the container in spec.ephemeralContainers; the CLI does not send request.subResource.',
  ]);
  const bindings = isVap ? vapBindings(workspace, policy, param) : [];
  return [
    { path: `${folder}/kyverno-test.yaml`, text: comments + yaml(test) },
    { path: `${folder}/policy.yaml`, text: [policy, ...bindings].map(manifest).join('---\n') },
    ...(param ? [{ path: `${folder}/params.yaml`, text: manifest(param) }] : []),
    { path: `${folder}/resources.yaml`, text: pods.map((pod) => yaml(pod)).join('---\n') },
  ];
};

const admissionReview = (probeCase: ProbeCase): Json => ({ apiVersion: 'admission.k8s.io/v1', kind: 'AdmissionReview', request: probeCase.request });

/** The Constraint a gator test instantiates: the one in scope, else a parameterless one on Pods. */
const constraintOf = (workspace: Workspace, template: K8sObject, probes: PolicyProbes): { name: string; text: string } | undefined => {
  const { parameters } = probes;
  if (parameters.kind === 'constraint') {
    const constraint = objectOf(workspace, parameters.object);
    return constraint ? { name: constraint.name, text: manifest(constraint) } : undefined;
  }
  // Schema defaults are not applied by gator to a written Constraint: such a result is left out.
  if (parameters.kind !== 'none' && parameters.kind !== 'not-parameterized') return undefined;
  const spec = isRecord(template.body['spec']) ? template.body['spec'] : {};
  const crd = isRecord(spec['crd']) && isRecord(spec['crd']['spec']) && isRecord(spec['crd']['spec']['names']) ? spec['crd']['spec']['names'] : {};
  const kind = crd['kind'];
  if (typeof kind !== 'string') return undefined;
  const constraint = { apiVersion: 'constraints.gatekeeper.sh/v1beta1', kind, metadata: { name: 'ephemeral-guard-probe' }, spec: { match: { kinds: [{ apiGroups: [''], kinds: ['Pod'] }] } } };
  return { name: 'ephemeral-guard-probe', text: `# Written by ephemeral-guard: no Constraint of this template is in the repository.\n${yaml(constraint)}` };
};

const gatorSuite = (workspace: Workspace, template: K8sObject, results: readonly PolicyProbes[], folder: string): ProbeTestFile[] => {
  const files: ProbeTestFile[] = [];
  const tests: Json[] = [];
  const comments: string[] = [`Generated by ephemeral-guard from the probe results of ${objectLabel(template.ref)}; run with: gator verify .`];
  const constraintName = uniqueNamer();
  const written = new Set<string>();
  for (const probes of results) {
    const constraint = constraintOf(workspace, template, probes);
    const cases = casesOf(probes);
    if (constraint === undefined || cases.length === 0) continue;
    const constraintFile = `constraint-${constraintName(safeName(constraint.name))}.yaml`;
    files.push({ path: `${folder}/${constraintFile}`, text: constraint.text });
    tests.push({
      name: constraint.name,
      template: 'template.yaml',
      constraint: constraintFile,
      cases: cases.map((probeCase) => {
        const object = `cases/${probeCase.id}.yaml`;
        if (!written.has(object)) files.push({ path: `${folder}/${object}`, text: yaml(admissionReview(probeCase)) });
        written.add(object);
        comments.push(`${constraint.name} / ${probeCase.id}: expected ${probeCase.expected === 'fail' ? 'violations' : 'no violations'}. ${probeCase.why}`);
        return { name: probeCase.id, object, assertions: [{ violations: probeCase.expected === 'fail' ? 'yes' : 'no' }] };
      }),
    });
  }
  if (tests.length === 0) return [];
  const suite = { apiVersion: 'test.gatekeeper.sh/v1alpha1', kind: 'Suite', metadata: { name: safeName(`ephemeral-guard-${template.name}`) }, tests };
  return [{ path: `${folder}/suite.yaml`, text: header(comments) + yaml(suite) }, { path: `${folder}/template.yaml`, text: manifest(template) }, ...files];
};

/**
 * Every test file for the probe results, in a stable order: policies in the order their results
 * come (workspace order), a folder per policy under `kyverno/` (Kyverno policies, Kyverno
 * ValidatingPolicies and ValidatingAdmissionPolicies, all run by `kyverno test`) or
 * `gatekeeper/`. Gatekeeper's CEL templates are written as gator suites like its Rego ones; an
 * ImageValidatingPolicy is not written (its results need the image registry).
 */
export const probeTestFiles = (workspace: Workspace, probes: readonly PolicyProbes[]): ProbeTestFile[] => {
  const byPolicy = new Map<ObjectRef, PolicyProbes[]>();
  for (const result of probes) {
    const list = byPolicy.get(result.policy);
    if (list) list.push(result);
    else byPolicy.set(result.policy, [result]);
  }
  const folderName = uniqueNamer();
  const decide = deciderOf(workspace);
  const files: ProbeTestFile[] = [];
  for (const [ref, results] of byPolicy) {
    const policy = objectOf(workspace, ref);
    if (policy === undefined) continue;
    const name = safeName(`${policy.kind}-${policy.namespace ? `${policy.namespace}-` : ''}${policy.name}`);
    const evaluator = results[0]!.evaluator;
    const kyvernoFolder = () => `kyverno/${folderName(`kyverno/${name}`).slice('kyverno/'.length)}`;
    if (results[0]!.engine === 'kyverno' && evaluator === 'kyverno') pushAll(files, kyvernoTest(policy, results, kyvernoFolder()));
    else if (results[0]!.engine === 'validating-admission-policy' || (results[0]!.engine === 'kyverno-cel' && policy.kind === 'ValidatingPolicy')) pushAll(files, kyvernoCelTest(workspace, policy, results, kyvernoFolder(), decide));
    else if (results[0]!.engine === 'gatekeeper' && policy.kind === 'ConstraintTemplate') pushAll(files, gatorSuite(workspace, policy, results, `gatekeeper/${folderName(`gatekeeper/${name}`).slice('gatekeeper/'.length)}`));
  }
  return files;
};
