import type { ObjectRef } from '../../model/object-ref.ts';
import { HELM_CHART_KIND } from '../../load/load-manifests.ts';
import type { FixAnchor } from '../../model/fix-anchor.ts';
import { childRef, spanRef, type NodeRef } from '../../model/source-ref.ts';
import { containersOf, podSpecOf } from '../../model/pod-specs.ts';
import type { K8sObject, Workspace } from '../../model/workspace.ts';
import { isRecord } from '../../json.ts';
import { pushAll } from '../../array.ts';

/**
 * A vendored policy engine whose version cannot see ephemeral containers (EG106):
 * - Kyverno < 1.5.3 never registers `pods/ephemeralcontainers` in its webhook (kyverno
 *   pkg/webhookconfig/configmanager.go, added in v1.5.3; Helm chart v2.1.5 is the first chart
 *   with appVersion v1.5.3);
 * - Gatekeeper < 3.9.0: its validating webhook lists only `*` (subresources added by PR #2054,
 *   released in v3.9.0); chart versions equal app versions;
 * - Gatekeeper generating ValidatingAdmissionPolicies from templates (`--default-create-vap-for-templates`,
 *   default true from v3.20.0) before v3.22.0: the generated VAPs match `resources: ["*"]`
 *   (pkg/drivers/k8scel/transform/make_vap_objects.go), unless v3.21's alpha
 *   `--sync-vap-enforcement-scope=true` copies the webhook's rules (default true from v3.22.0).
 */
export interface EngineVersionFact {
  readonly engine: 'kyverno' | 'gatekeeper';
  /** `major.minor.patch` as found. */
  readonly version: string;
  readonly source: 'image' | 'chart-dependency' | 'helm-release' | 'argo-application';
  readonly object: ObjectRef;
  /** The image, version or targetRevision to change. */
  readonly at: NodeRef;
  readonly problem: 'too-old' | 'generated-vap';
  /** The first version without the problem. */
  readonly fixedIn: string;
  /** Where VAP generation is switched on, for `generated-vap`. */
  readonly flagAt?: NodeRef;
  /** The version in the scalar at `at` replaced with the first fixed release (the engine-too-old fix), when it is written there as found. */
  readonly fixes?: readonly FixAnchor[];
}

/** The fix: `version` as written inside the scalar `text` at `at`, replaced with `fixed`. */
const versionFix = (fact: EngineVersionFact, text: string, fixed: string): EngineVersionFact => {
  const start = text.lastIndexOf(fact.version);
  if (start < 0 || text.indexOf(fact.version) !== start) return fact;
  const anchor: FixAnchor = { kind: 'replace', hole: 'engine-too-old', at: spanRef(fact.at, start, start + fact.version.length), expected: fact.version, text: fixed, description: `Upgrade to ${fixed}` };
  return { ...fact, fixes: [anchor] };
};

type Semver = readonly [number, number, number];

/** `v1.4.2`, `1.4.2`, `v3.7.0-rc.1` → [1, 4, 2]; templated or other text → undefined. */
export const parseVersion = (text: string): Semver | undefined => {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+][0-9A-Za-z.-]*)?$/.exec(text.trim());
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
};

const below = (a: Semver, b: Semver): boolean => a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
const show = (v: Semver): string => v.join('.');

const KYVERNO_FIXED: Semver = [1, 5, 3];
const KYVERNO_CHART_FIXED: Semver = [2, 1, 5];
const GATEKEEPER_FIXED: Semver = [3, 9, 0];
const GATEKEEPER_VAP_DEFAULT: Semver = [3, 20, 0];
const GATEKEEPER_VAP_SCOPED: Semver = [3, 22, 0];
const GATEKEEPER_VAP_SYNC_FLAG: Semver = [3, 21, 0];

/** The admission controller images (not kyvernopre, the CLI or the background controllers). */
const KYVERNO_IMAGE = /^(?:[^/]+\/)*kyverno\/kyverno$/;
const GATEKEEPER_IMAGE = /^(?:[^/]+\/)*(?:openpolicyagent|open-policy-agent)\/gatekeeper$/;

/**
 * A word every image `KYVERNO_IMAGE` or `GATEKEEPER_IMAGE` accepts contains: the workloads asked
 * for are those whose text can hold one (`Workspace.byKindMentioning`), not every workload.
 */
export const ENGINE_IMAGE_WORDS: readonly string[] = ['kyverno', 'gatekeeper'];

/** `repo/name:tag` (digests and tagless images tell no version). */
const splitImage = (image: string): { repository: string; tag?: string } => {
  const at = image.indexOf('@');
  const ref = at === -1 ? image : image.slice(0, at);
  const colon = ref.lastIndexOf(':');
  if (colon === -1 || ref.indexOf('/', colon) !== -1) return { repository: ref };
  return { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) };
};

/** Gatekeeper's flags in a container's args: `--name=value` or `--name value`; bare `--name` is true. */
const flagValue = (args: unknown, name: string): { value: boolean; index: number } | undefined => {
  if (!Array.isArray(args)) return undefined;
  for (const [index, arg] of args.entries()) {
    if (typeof arg !== 'string') continue;
    const m = new RegExp(`^--?${name}(?:=(.*))?$`).exec(arg);
    if (!m) continue;
    const raw = m[1] ?? (typeof args[index + 1] === 'string' && /^(true|false)$/.test(args[index + 1]) ? args[index + 1] : 'true');
    return { value: raw === 'true', index };
  }
  return undefined;
};

const gatekeeperVapFact = (
  base: Omit<EngineVersionFact, 'problem' | 'fixedIn' | 'flagAt' | 'engine'>,
  version: Semver,
  generate: { value: boolean; at?: NodeRef } | undefined,
  sync: boolean,
): EngineVersionFact | undefined => {
  if (!below(version, GATEKEEPER_VAP_SCOPED) || below(version, GATEKEEPER_FIXED)) return undefined;
  const on = generate ? generate.value : !below(version, GATEKEEPER_VAP_DEFAULT);
  if (!on || (sync && !below(version, GATEKEEPER_VAP_SYNC_FLAG))) return undefined;
  return { ...base, engine: 'gatekeeper', problem: 'generated-vap', fixedIn: show(GATEKEEPER_VAP_SCOPED), ...(generate?.at ? { flagAt: generate.at } : {}) };
};

/** Engine images in a controller's containers (Deployment, StatefulSet, DaemonSet). */
const imageFacts = (object: K8sObject): EngineVersionFact[] => {
  const site = podSpecOf(object);
  if (!site) return [];
  const facts: EngineVersionFact[] = [];
  for (const { list, container, at: containerRef } of containersOf(site)) {
    if (list !== 'containers' || typeof container['image'] !== 'string') continue;
    const { repository, tag } = splitImage(container['image']);
    // The repository first: every workload of a repository is asked, a few are engines.
    const engine = KYVERNO_IMAGE.test(repository) ? 'kyverno' : GATEKEEPER_IMAGE.test(repository) ? 'gatekeeper' : undefined;
    const version = engine && tag ? parseVersion(tag) : undefined;
    if (!version) continue;
    const base = { version: show(version), source: 'image' as const, object: object.ref, at: childRef(containerRef, 'image') };
    if (engine === 'kyverno') {
      if (below(version, KYVERNO_FIXED)) facts.push(versionFix({ ...base, engine: 'kyverno', problem: 'too-old', fixedIn: show(KYVERNO_FIXED) }, container['image'], show(KYVERNO_FIXED)));
    } else {
      if (below(version, GATEKEEPER_FIXED)) {
        facts.push(versionFix({ ...base, engine: 'gatekeeper', problem: 'too-old', fixedIn: show(GATEKEEPER_FIXED) }, container['image'], show(GATEKEEPER_FIXED)));
        continue;
      }
      const args = container['args'];
      const generate = flagValue(args, 'default-create-vap-for-templates');
      const sync = flagValue(args, 'sync-vap-enforcement-scope')?.value ?? false;
      const fact = gatekeeperVapFact(base, version, generate && { value: generate.value, at: childRef(containerRef, 'args', generate.index) }, sync);
      if (fact) facts.push(versionFix(fact, container['image'], show(GATEKEEPER_VAP_SCOPED)));
    }
  }
  return facts;
};

/** A chart name and version (Chart.yaml dependency, HelmRelease, Argo CD Application). */
const chartFact = (
  chart: unknown,
  versionText: unknown,
  at: NodeRef,
  object: ObjectRef,
  source: EngineVersionFact['source'],
  values?: unknown,
  valuesAt?: NodeRef,
): EngineVersionFact | undefined => {
  if (typeof chart !== 'string' || typeof versionText !== 'string') return undefined;
  const version = parseVersion(versionText);
  if (!version) return undefined;
  const name = chart.split('/').pop();
  const base = { version: show(version), source, object, at };
  if (name === 'kyverno') {
    return below(version, KYVERNO_CHART_FIXED) ? versionFix({ ...base, engine: 'kyverno', problem: 'too-old', fixedIn: `${show(KYVERNO_FIXED)} (chart ${show(KYVERNO_CHART_FIXED)})` }, versionText, show(KYVERNO_CHART_FIXED)) : undefined;
  }
  if (name === 'gatekeeper') {
    if (below(version, GATEKEEPER_FIXED)) return versionFix({ ...base, engine: 'gatekeeper', problem: 'too-old', fixedIn: show(GATEKEEPER_FIXED) }, versionText, show(GATEKEEPER_FIXED));
    const value = isRecord(values) ? values['defaultCreateVAPForTemplates'] : undefined;
    const generate = typeof value === 'boolean' ? { value, ...(valuesAt ? { at: childRef(valuesAt, 'defaultCreateVAPForTemplates') } : {}) } : undefined;
    const fact = gatekeeperVapFact(base, version, generate, false);
    return fact && versionFix(fact, versionText, show(GATEKEEPER_VAP_SCOPED));
  }
  return undefined;
};

/** Every engine version fact of the workspace: images, Chart.yaml dependencies, HelmRelease, Application. */
export const engineVersionFacts = (workspace: Workspace): EngineVersionFact[] => {
  const facts: EngineVersionFact[] = [];
  // Engines are installed as controllers; a Pod fixture that merely uses the image is not an install.
  for (const kind of ['Deployment', 'StatefulSet', 'DaemonSet']) {
    for (const object of workspace.byKindMentioning(kind, ENGINE_IMAGE_WORDS)) pushAll(facts, imageFacts(object));
  }
  for (const chart of workspace.byKind(HELM_CHART_KIND)) {
    const dependencies = chart.body['dependencies'];
    if (!Array.isArray(dependencies)) continue;
    dependencies.forEach((dependency, i) => {
      if (!isRecord(dependency)) return;
      const at = childRef(chart.ref.at, 'dependencies', i);
      const fact = chartFact(dependency['name'], dependency['version'], childRef(at, 'version'), chart.ref, 'chart-dependency');
      if (fact) facts.push(fact);
    });
  }
  for (const release of workspace.byKind('HelmRelease')) {
    if (!release.apiVersion.startsWith('helm.toolkit.fluxcd.io/')) continue;
    const spec = isRecord(release.body['spec']) ? release.body['spec'] : {};
    const chart = isRecord(spec['chart']) && isRecord(spec['chart']['spec']) ? spec['chart']['spec'] : {};
    const chartRef = childRef(release.ref.at, 'spec', 'chart', 'spec');
    const fact = chartFact(chart['chart'], chart['version'], childRef(chartRef, 'version'), release.ref, 'helm-release', spec['values'], childRef(release.ref.at, 'spec', 'values'));
    if (fact) facts.push(fact);
  }
  for (const application of workspace.byKind('Application')) {
    if (!application.apiVersion.startsWith('argoproj.io/')) continue;
    const spec = isRecord(application.body['spec']) ? application.body['spec'] : {};
    const sources: [unknown, NodeRef][] = [[spec['source'], childRef(application.ref.at, 'spec', 'source')]];
    if (Array.isArray(spec['sources'])) spec['sources'].forEach((s, i) => sources.push([s, childRef(application.ref.at, 'spec', 'sources', i)]));
    for (const [source, ref] of sources) {
      if (!isRecord(source)) continue;
      const helm = isRecord(source['helm']) ? source['helm'] : {};
      const fact = chartFact(source['chart'], source['targetRevision'], childRef(ref, 'targetRevision'), application.ref, 'argo-application', helm['valuesObject'], childRef(ref, 'helm', 'valuesObject'));
      if (fact) facts.push(fact);
    }
  }
  return facts;
};
