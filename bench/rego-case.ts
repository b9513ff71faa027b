// The Rego case of `npm run bench`: a gatekeeper-library-sized set of ConstraintTemplates (the
// library holds ~50 templates, most with libs, many with a CEL twin), written here in the
// library's idioms, scanned in memory. Prints (when run directly) or returns the scan time
// next to js-yaml's parse time of the same texts. Run: node --import tsx bench/rego-case.ts
import { loadAll } from 'js-yaml';
import { memoryFileSystem } from '../src/discover/memory-file-system.ts';
import { scan } from '../src/scan.ts';

const FIELDS = ['securityContext.privileged', 'securityContext.allowPrivilegeEscalation', 'securityContext.readOnlyRootFilesystem', 'securityContext.procMount', 'image', 'resources.limits.cpu', 'livenessProbe'];

const indent = (text: string, n: number): string => text.split('\n').map((l) => (l ? ' '.repeat(n) + l : l)).join('\n');

const rego = (i: number, field: string): string => `package k8sbench${i}

import data.lib.exclude_update.is_update
import data.lib.exempt_container.is_exempt

violation[{"msg": msg, "details": {}}] {
    not is_update(input.review)
    c := input_containers[_]
    not is_exempt(c)
    not allowed(c)
    msg := sprintf("container %v: %v is not allowed", [c.name, "${field}"])
}

allowed(c) {
    not c.${field}
}

allowed(c) {
    c.${field} == input.parameters.allowed[_]
}

input_containers[c] {
    c := input.review.object.spec.containers[_]
}

input_containers[c] {
    c := input.review.object.spec.initContainers[_]
}
${i % 2 === 0 ? `
input_containers[c] {
    c := input.review.object.spec.ephemeralContainers[_]
}
` : ''}`;

const LIBS = [
  `package lib.exclude_update

is_update(review) {
    review.operation == "UPDATE"
}
`,
  `package lib.exempt_container

is_exempt(container) {
    exempt_images := object.get(object.get(input, "parameters", {}), "exemptImages", [])
    img := container.image
    exemption := exempt_images[_]
    _matches_exemption(img, exemption)
}

_matches_exemption(img, exemption) {
    not endswith(exemption, "*")
    exemption == img
}

_matches_exemption(img, exemption) {
    endswith(exemption, "*")
    prefix := trim_suffix(exemption, "*")
    startswith(img, prefix)
}
`,
];

const cel = (field: string): string => `- engine: K8sNativeValidation
  source:
    variables:
    - name: containers
      expression: 'has(variables.anyObject.spec.containers) ? variables.anyObject.spec.containers : []'
    - name: initContainers
      expression: 'has(variables.anyObject.spec.initContainers) ? variables.anyObject.spec.initContainers : []'
    - name: ephemeralContainers
      expression: 'has(variables.anyObject.spec.ephemeralContainers) ? variables.anyObject.spec.ephemeralContainers : []'
    - name: badContainers
      expression: |
        (variables.containers + variables.initContainers + variables.ephemeralContainers).filter(container,
          has(container.${field.split('.')[0]}) && !(container.image in variables.params.exemptImages)
        ).map(container, "bad container: " + container.name)
    - name: isUpdate
      expression: has(request.operation) && request.operation == "UPDATE"
    validations:
    - expression: variables.isUpdate || size(variables.badContainers) == 0
      messageExpression: 'variables.badContainers.join(", ")'`;

const template = (i: number): string => {
  const field = FIELDS[i % FIELDS.length]!;
  const kind = `K8sBench${i}`;
  const regoBlock = `- engine: Rego
  source:
    rego: |
${indent(rego(i, field), 6)}
    libs:
${LIBS.map((lib) => `      - |\n${indent(lib, 8)}`).join('\n')}`;
  const code = i % 3 === 0 ? `${cel(field)}\n${regoBlock}` : regoBlock;
  return `apiVersion: templates.gatekeeper.sh/v1
kind: ConstraintTemplate
metadata:
  name: ${kind.toLowerCase()}
  annotations:
    metadata.gatekeeper.sh/version: 1.0.${i % 4}
spec:
  crd:
    spec:
      names:
        kind: ${kind}
      validation:
        openAPIV3Schema:
          type: object
          properties:
            exemptImages: {type: array, items: {type: string}}
            allowed: {type: array, items: {type: string}}
  targets:
    - target: admission.k8s.gatekeeper.sh
      code:
${indent(code, 6)}
---
apiVersion: constraints.gatekeeper.sh/v1beta1
kind: ${kind}
metadata:
  name: bench-${i}
spec:
  enforcementAction: ${i % 5 === 0 ? 'dryrun' : 'deny'}
  match:
    kinds:
      - apiGroups: [""]
        kinds: ["Pod"]
  parameters:
    exemptImages: ["registry.example.com/debug/*"]
`;
};

export interface RegoBenchResult {
  readonly templates: number;
  readonly verdicts: Readonly<Record<string, number>>;
  /** js-yaml loadAll of the same texts. */
  readonly parseMs: number;
  /** Full in-memory scan: load, Rego and CEL analysis, rules. */
  readonly scanMs: number;
}

/** Scans `count` library-like templates (median of `rounds`); deterministic input. */
export const benchGatekeeperLibraryLike = async (count = 60, rounds = 5): Promise<RegoBenchResult> => {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`library/t${i}/template.yaml`] = template(i);
  const texts = Object.values(files);
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const parses: number[] = [];
  const scans: number[] = [];
  let verdicts: Record<string, number> = {};
  for (let round = 0; round < rounds; round++) {
    let start = performance.now();
    for (const text of texts) loadAll(text);
    parses.push(performance.now() - start);
    start = performance.now();
    const result = await scan({ root: '/bench' }, { fs: memoryFileSystem(files) });
    scans.push(performance.now() - start);
    verdicts = {};
    for (const row of result.coverage) verdicts[row.verdict] = (verdicts[row.verdict] ?? 0) + 1;
  }
  return { templates: count, verdicts, parseMs: median(parses), scanMs: median(scans) };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchGatekeeperLibraryLike();
  console.log(`Gatekeeper library-like: ${result.templates} templates (${JSON.stringify(result.verdicts)})`);
  console.log(`js-yaml loadAll alone : ${result.parseMs.toFixed(1)} ms`);
  console.log(`ephemeral-guard scan  : ${result.scanMs.toFixed(1)} ms`);
}
