/**
 * Fixture builders for Gatekeeper tests. `regoTemplate` puts the Rego of line n at file line
 * 12 + n, column 8 + its column in the Rego text (the block scalar is indented by 8).
 */
const indent = (text: string, spaces: number): string =>
  text
    .replace(/^\n/, '')
    .replace(/\n\s*$/, '')
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : ' '.repeat(spaces) + line))
    .join('\n');

export const REGO_FIRST_LINE = 13;

export const regoTemplate = (kind: string, rego: string, options: { libs?: readonly string[]; annotations?: string } = {}): string =>
  [
    'apiVersion: templates.gatekeeper.sh/v1',
    'kind: ConstraintTemplate',
    'metadata:',
    `  name: ${kind.toLowerCase()}`,
    `  annotations: {${options.annotations ?? ''}}`,
    'spec:',
    '  crd:',
    '    spec:',
    `      names: {kind: ${kind}}`,
    '  targets:',
    '    - target: admission.k8s.gatekeeper.sh',
    '      rego: |',
    indent(rego, 8),
    ...(options.libs && options.libs.length > 0 ? ['      libs:', ...options.libs.map((lib) => `        - |\n${indent(lib, 10)}`)] : []),
    '',
  ].join('\n');

/** A Constraint of `kind`; `match` is the YAML under `spec.match` (flow style, one line). */
export const constraint = (kind: string, name: string, match = '{kinds: [{apiGroups: [""], kinds: ["Pod"]}]}', extra = ''): string =>
  ['---', 'apiVersion: constraints.gatekeeper.sh/v1beta1', `kind: ${kind}`, `metadata: {name: ${name}}`, 'spec:', `  match: ${match}`, ...(extra ? [`  ${extra}`] : []), ''].join('\n');

export const INPUT_CONTAINERS_2022 = `
input_containers[c] {
  c := input.review.object.spec.containers[_]
}

input_containers[c] {
  c := input.review.object.spec.initContainers[_]
}
`;

export const INPUT_CONTAINERS_EPHEMERAL = `
input_containers[c] {
  c := input.review.object.spec.ephemeralContainers[_]
}
`;

export const IS_UPDATE_LIB = `
package lib.exclude_update

is_update(review) {
  review.operation == "UPDATE"
}
`;
