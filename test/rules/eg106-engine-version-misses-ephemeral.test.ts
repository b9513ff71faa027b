import rule from '../../src/rules/eg106-engine-version-misses-ephemeral.ts';
import { testRule } from '../helpers/rule-tester.ts';
import { yaml } from '../helpers/yaml.ts';

const deployment = (image: string, args = '') => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: engine
    namespace: policy
  spec:
    template:
      spec:
        containers:
        - name: manager
          image: ${image}${args}
`;

const chartYaml = (dependencies: string) => ({
  'platform/Chart.yaml': yaml`
    apiVersion: v2
    name: platform
    version: 1.0.0
    dependencies:
  ` + dependencies,
});

const helmRelease = (chart: string, version: string) => yaml`
  apiVersion: helm.toolkit.fluxcd.io/v2
  kind: HelmRelease
  metadata:
    name: ${chart}
    namespace: flux-system
  spec:
    chart:
      spec:
        chart: ${chart}
        version: ${version}
`;

const application = (chart: string, revision: string) => yaml`
  apiVersion: argoproj.io/v1alpha1
  kind: Application
  metadata:
    name: ${chart}
  spec:
    source:
      repoURL: https://example.com/charts
      chart: ${chart}
      targetRevision: ${revision}
`;

testRule(rule, {
  valid: [
    { name: 'Kyverno 1.5.3', files: deployment('ghcr.io/kyverno/kyverno:v1.5.3') },
    { name: 'Gatekeeper 3.9.0', files: deployment('openpolicyagent/gatekeeper:v3.9.0') },
    { name: 'templated tag', files: deployment('"ghcr.io/kyverno/kyverno:{{ .Values.tag }}"') },
    { name: 'digest only', files: deployment('ghcr.io/kyverno/kyverno@sha256:0123456789abcdef') },
    { name: 'kyvernopre init image is not the admission controller', files: deployment('ghcr.io/kyverno/kyvernopre:v1.4.2') },
    { name: 'Kyverno chart 2.1.5 (app 1.5.3)', files: helmRelease('kyverno', '2.1.5') },
    { name: 'Gatekeeper 3.19 without VAP generation', files: deployment('openpolicyagent/gatekeeper:v3.19.1') },
    {
      name: 'Gatekeeper 3.20 with generation turned off',
      files: deployment('openpolicyagent/gatekeeper:v3.20.1', '\n          args: ["--default-create-vap-for-templates=false"]'),
    },
    { name: 'Gatekeeper 3.22 generates scoped VAPs', files: deployment('openpolicyagent/gatekeeper:v3.22.0') },
    { name: 'Argo CD Application with a version range', files: application('gatekeeper', '3.*') },
    {
      name: 'Chart.yaml dependencies: a range, a fixed Kyverno chart, another chart',
      files: chartYaml('  - {name: gatekeeper, version: "~3.8.0", repository: https://open-policy-agent.github.io/gatekeeper/charts}\n  - {name: kyverno, version: 2.1.5}\n  - {name: postgresql, version: 1.0.0}\n'),
    },
  ],
  invalid: [
    {
      name: 'Kyverno 1.4.2 image',
      files: deployment('ghcr.io/kyverno/kyverno:v1.4.2'),
      errors: [{ messageId: 'tooOld', data: { engine: 'Kyverno', version: '1.4.2', fixed: '1.5.3' }, line: 11, column: 16 }],
    },
    {
      // Workloads are built only when their text can name an engine: an escape can, and is read.
      name: 'Kyverno 1.4.2 image written with an escape',
      files: deployment('"ghcr.io/kyv\\x65rno/kyv\\x65rno:v1.4.2"'),
      errors: [{ messageId: 'tooOld', data: { engine: 'Kyverno', version: '1.4.2', fixed: '1.5.3' }, line: 11, column: 16 }],
    },
    {
      name: 'Gatekeeper 3.7.0 image',
      files: deployment('openpolicyagent/gatekeeper:v3.7.0'),
      errors: [{ messageId: 'tooOld', data: { engine: 'Gatekeeper', version: '3.7.0', fixed: '3.9.0' }, line: 11, column: 16 }],
    },
    {
      name: 'Gatekeeper 3.20 generates VAPs by default',
      files: deployment('openpolicyagent/gatekeeper:v3.20.1'),
      errors: [{ messageId: 'generatedVap', data: { version: '3.20.1', fixed: '3.22.0' }, line: 11, column: 16 }],
    },
    {
      name: 'Gatekeeper 3.18 with --default-create-vap-for-templates=true',
      files: deployment('openpolicyagent/gatekeeper:v3.18.2', '\n          args: ["--port=8443", "--default-create-vap-for-templates=true"]'),
      errors: [{ messageId: 'generatedVap', line: 11, column: 16 }],
    },
    {
      name: 'Flux HelmRelease with Kyverno chart 2.1.4 (app 1.5.2)',
      files: helmRelease('kyverno', '2.1.4'),
      errors: [{ messageId: 'tooOld', data: { source: 'HelmRelease chart', version: '2.1.4' }, line: 10, column: 16 }],
    },
    {
      name: 'Chart.yaml dependency on Kyverno chart 2.1.4 (app 1.5.2)',
      files: chartYaml('  - name: kyverno\n    version: 2.1.4\n    repository: https://kyverno.github.io/kyverno/\n'),
      errors: [{ messageId: 'tooOld', data: { object: 'HelmChart/platform', source: 'Chart.yaml dependency chart', version: '2.1.4' }, line: 6, column: 14, file: 'platform/Chart.yaml' }],
    },
    {
      name: 'Argo CD Application with Gatekeeper chart 3.8.1',
      files: application('gatekeeper', '3.8.1'),
      errors: [{ messageId: 'tooOld', data: { source: 'Argo CD Application chart' }, line: 9, column: 21 }],
    },
  ],
});
