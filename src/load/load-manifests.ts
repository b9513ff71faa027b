import type { InputProblem } from '../model/input-problem.ts';
import type { DeferredObject, K8sObject } from '../model/workspace.ts';
import type { NodeRef } from '../model/source-ref.ts';
import { parseYaml, type SkipKind, type SkippedDocument, type SkippedPlace, type YamlSource } from './yaml-source.ts';
import { isRecord } from '../json.ts';
import { pushAll } from '../array.ts';
import { withFlowClosersMoved } from './flow-closers.ts';
import { acmWrappedObjects } from './acm-policy.ts';
import { isClusterScoped } from '../model/cluster-scoped.ts';

export interface LoadedManifestFile {
  readonly file: string;
  readonly text: string;
  readonly objects: readonly K8sObject[];
  readonly problems: readonly InputProblem[];
  /** Documents that are not Kubernetes objects (workflows, values files...), skipped quietly. */
  readonly otherDocuments: number;
  /** Objects of a `DEFERRED_KINDS` kind, in document order: parsed, not yet built (the workspace builds them on demand). */
  readonly deferred: readonly DeferredObject[];
  readonly source?: YamlSource;
}

const BOM = 0xfeff;

/** The annotation that suppresses rules for a whole object: `"EG201,EG202: reason"` (suppress/ reads it). */
export const IGNORE_ANNOTATION = 'ephemeral-guard.io/ignore';

/** Text of a file as read; a leading BOM is dropped (positions are counted without it). */
export const decodeText = (bytes: Uint8Array): string => {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
};

/** The bytes start with a UTF-8 byte order mark. */
export const startsWithBom = (bytes: Uint8Array): boolean => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/** True when the bytes look like a binary file (a NUL in the first 8 KiB). */
export const looksBinary = (bytes: Uint8Array): boolean => bytes.subarray(0, 8192).includes(0);

/**
 * Cheap test before parsing: a text without both words cannot hold a Kubernetes object, so
 * package.json, lock files, CI workflows and values files cost a substring search, not a parse.
 */
export const mayHoldManifests = (text: string): boolean => text.includes('apiVersion') && text.includes('kind');

/**
 * Kinds (by apiVersion) whose documents are not built into values while reading: most of an
 * application repository's documents, and most of the construction and memory a scan would
 * spend (issue 16). They are parsed, so that EG001 reports their syntax errors and positions stay
 * exact, and kept as `DeferredObject`s that the workspace builds from the parse when an analysis
 * asks for one (a ValidatingAdmissionPolicy's params, Kyverno's ConfigMap): every analysis sees
 * every object, and no decision depends on which are listed here.
 * test/load/unread-kinds.test.ts checks that the analyzers do not ask for all objects of these
 * kinds on the examples and the bench's repositories (which would build them all, losing the
 * time saved).
 */
export const DEFERRED_KINDS: ReadonlyMap<string, readonly string[]> = new Map([
  // Workloads: engine-versions reads the few that name an engine's image (`byKindMentioning`).
  ['Deployment', ['apps/v1']],
  ['StatefulSet', ['apps/v1']],
  ['DaemonSet', ['apps/v1']],
  ['ReplicaSet', ['apps/v1']],
  ['Job', ['batch/v1']],
  ['CronJob', ['batch/v1']],
  ['ConfigMap', ['v1']],
  ['Service', ['v1']],
  ['Secret', ['v1']],
  ['Endpoints', ['v1']],
  ['PersistentVolumeClaim', ['v1']],
  ['PersistentVolume', ['v1']],
  ['EndpointSlice', ['discovery.k8s.io/v1']],
  ['Ingress', ['networking.k8s.io/v1']],
  ['NetworkPolicy', ['networking.k8s.io/v1']],
  ['PodDisruptionBudget', ['policy/v1']],
  ['HorizontalPodAutoscaler', ['autoscaling/v1', 'autoscaling/v2']],
  ['CustomResourceDefinition', ['apiextensions.k8s.io/v1', 'apiextensions.k8s.io/v1beta1']],
]);

const isDeferredKind: SkipKind = (apiVersion, kind) => DEFERRED_KINDS.get(kind)?.includes(apiVersion) === true;

/**
 * Reads the Kubernetes objects of one YAML or JSON file. Never throws. `objectsBefore`: how many
 * objects the files read before it hold, counted in each deferred object's place (`before`).
 */
export const loadManifests = (file: string, text: string, objectsBefore = 0): LoadedManifestFile => {
  if (!mayHoldManifests(text) && !isHelmChartFile(file)) return { file, text, objects: [], problems: [], otherDocuments: 1, deferred: [] };
  // An ignore annotation is read from every object (and reported when malformed): a file that
  // holds one is read whole.
  const options = isHelmChartFile(file) || text.includes(IGNORE_ANNOTATION) ? {} : { skipKind: isDeferredKind };
  const parsed = withFlowClosersMoved(text, parseYaml(text, options), (moved) => parseYaml(moved, options));
  // A template (`{{ … }}`) fails to parse at most of its expressions: one finding says so, at the
  // first, rather than one per expression.
  const template = /\{\{.*\}\}/.test(text);
  const more = template && parsed.problems.length > 1 ? ` (${parsed.problems.length - 1} more parse errors in it, not listed)` : '';
  const problems: InputProblem[] = (template ? parsed.problems.slice(0, 1) : parsed.problems).map((problem) => ({
    kind: 'invalid-manifest',
    at: { file, start: problem.offset, end: problem.offset },
    message: template
      ? `Not valid YAML: ${problem.message}. The file holds template expressions ({{ … }}): render it (helm template, or your templating step) and scan the output, or exclude it; the rest of the file was read where possible${more}.`
      : `Not valid YAML: ${problem.message}. The rest of the file was read where possible; fix the syntax so that every document is checked.`,
  }));
  const objects: K8sObject[] = [];
  let otherDocuments = 0;
  parsed.documents.forEach((value, doc) => {
    const at: NodeRef = { file, doc, path: [] };
    if (value === undefined || value === null) return;
    if (!isRecord(value)) {
      if (parsed.documents.length > 1 || typeof value !== 'string') {
        problems.push({
          kind: 'invalid-manifest',
          at,
          message: `Document ${doc + 1} is ${describe(value)}, not an object: it was not read as a Kubernetes manifest.`,
        });
      } else otherDocuments++;
      return;
    }
    const added = isHelmChartFile(file) ? helmChartOf(value, at) : objectsOf(value, at, problems);
    if (added.length === 0 && !isKubernetesShaped(value)) otherDocuments++;
    pushAll(objects, added);
  });
  const { source } = parsed;
  let before = 0;
  const deferred = parsed.skipped.map((skipped): DeferredObject => {
    // Objects of this file before it: where it sits among them (the workspace keeps load order).
    while (before < objects.length && objects[before]!.ref.at.doc < skipped.doc) before++;
    return new SkippedObject(file, source, skipped, objectsBefore + before);
  });
  return { file, text, objects, problems, otherDocuments, deferred, source };
};

/**
 * A deferred object: one small object of one shape per document (a repository's workloads,
 * Services and ConfigMaps are most of its documents), built from the parse when asked.
 */
class SkippedObject implements DeferredObject, SkippedPlace {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string | undefined;
  // The document's place (see `SkippedDocument`), copied: the skipped document is not kept.
  readonly doc: number;
  readonly segment: number;
  readonly event: number;
  readonly textStart: number;
  readonly textEnd: number;

  constructor(
    private readonly file: string,
    private readonly source: YamlSource,
    skipped: SkippedDocument,
    readonly before: number,
  ) {
    const { name, generateName, namespace } = skipped.metadata;
    // The kind's and apiVersion's strings of DEFERRED_KINDS: one copy for all of a kind's objects.
    this.kind = DEFERRED_KIND_NAMES.get(skipped.kind) ?? skipped.kind;
    this.apiVersion = DEFERRED_API_VERSIONS.get(skipped.apiVersion) ?? skipped.apiVersion;
    this.name = nameOf(name, generateName);
    this.namespace = typeof namespace === 'string' && namespace !== '' ? namespace : undefined;
    this.doc = skipped.doc;
    this.segment = skipped.segment;
    this.event = skipped.event;
    this.textStart = skipped.textStart;
    this.textEnd = skipped.textEnd;
  }

  build(): K8sObject {
    return toObject(this.source.valueOf(this) as Record<string, unknown>, { file: this.file, doc: this.doc, path: [] });
  }

  mayMention(words: readonly string[]): boolean {
    return this.source.mayContain(this, words);
  }
}

const DEFERRED_KIND_NAMES: ReadonlyMap<string, string> = new Map([...DEFERRED_KINDS.keys()].map((kind) => [kind, kind]));
const DEFERRED_API_VERSIONS: ReadonlyMap<string, string> = new Map([...DEFERRED_KINDS.values()].flat().map((apiVersion) => [apiVersion, apiVersion]));

/**
 * A Helm chart's `Chart.yaml` has an apiVersion (v1, v2) but no kind. It is read as an object of
 * the pseudo-kind `HelmChart` so that analyzers can see its `dependencies` (the engine versions a
 * chart installs); no Kubernetes kind has that name.
 */
export const HELM_CHART_KIND = 'HelmChart';

const isHelmChartFile = (file: string): boolean => file === 'Chart.yaml' || file.endsWith('/Chart.yaml');

const helmChartOf = (value: Record<string, unknown>, at: NodeRef): K8sObject[] => {
  if (typeof value.apiVersion !== 'string' || typeof value.name !== 'string') return [];
  const ref = { kind: HELM_CHART_KIND, apiVersion: value.apiVersion, name: value.name, at };
  return [{ apiVersion: value.apiVersion, kind: HELM_CHART_KIND, name: value.name, body: value, ref }];
};

const isKubernetesShaped = (value: Record<string, unknown>): boolean =>
  typeof value.apiVersion === 'string' && typeof value.kind === 'string';

const describe = (value: unknown): string =>
  Array.isArray(value) ? 'a list' : typeof value === 'string' ? 'a string' : `a ${typeof value}`;

/** The objects of a document: itself, or each item of a `List` / `*List` kind. */
const objectsOf = (value: Record<string, unknown>, at: NodeRef, problems: InputProblem[]): K8sObject[] => {
  if (!isKubernetesShaped(value)) return [];
  const kind = value.kind as string;
  if (kind.endsWith('List') && Array.isArray(value.items)) {
    const objects: K8sObject[] = [];
    value.items.forEach((item, index) => {
      const itemAt: NodeRef = { file: at.file, doc: at.doc, path: [...at.path, 'items', index] };
      if (isRecord(item) && isKubernetesShaped(item)) pushAll(objects, objectsOf(item, itemAt, problems));
      else {
        problems.push({
          kind: 'invalid-manifest',
          at: itemAt,
          message: `Item ${index} of this ${kind} has no apiVersion and kind: it was not read.`,
        });
      }
    });
    return objects;
  }
  const unnamable = identityProblem(value, at);
  if (unnamable) {
    problems.push(unnamable);
    return [];
  }
  const wrapped = acmWrappedObjects(value, at, problems);
  if (wrapped.length === 0) return [toObject(value, at)];
  return [toObject(value, at), ...wrapped.flatMap((object) => objectsOf(object.value, object.at, problems))];
};

/**
 * A `metadata.name` or `metadata.namespace` that is there but is not a string: the apiserver
 * rejects the object, so as written it never exists. Most often a template placeholder that YAML
 * reads as a mapping (`name: {TENANT_ID}`), filled in by a script before it is applied.
 */
const identityProblem = (value: Record<string, unknown>, at: NodeRef): InputProblem | undefined => {
  const metadata = value.metadata;
  if (!isRecord(metadata)) return undefined;
  for (const key of ['name', 'namespace'] as const) {
    const field = metadata[key];
    if (field === undefined || field === null || typeof field === 'string') continue;
    const keys = isRecord(field) ? Object.keys(field) : [];
    const placeholder = keys.length === 1 && isRecord(field) && field[keys[0]!] === null ? ` ({${keys[0]}})` : '';
    const what = isRecord(field) ? `a mapping${placeholder}` : describe(field);
    return {
      kind: 'invalid-manifest',
      at: { file: at.file, doc: at.doc, path: [...at.path, 'metadata', key] },
      message: `metadata.${key} is ${what}, not a string: the apiserver rejects this ${String(value.kind)}, so it was not read. A placeholder such as {NAME} is a YAML mapping: quote it, or scan the manifests your tooling renders from this template.`,
    };
  }
  return undefined;
};

/** An object's name as objects are identified: its name, else its generateName with `*`, else `(unnamed)`. */
const nameOf = (name: unknown, generateName: unknown): string =>
  typeof name === 'string' ? name : typeof generateName === 'string' ? `${generateName}*` : '(unnamed)';

/** Name (`nameOf`) and namespace (absent when empty, or on a cluster-scoped kind) as objects are identified. */
const identity = (apiVersion: string, kind: string, name: unknown, generateName: unknown, namespace: unknown) => ({
  apiVersion,
  kind,
  name: nameOf(name, generateName),
  ...(typeof namespace === 'string' && namespace !== '' && !isClusterScoped(apiVersion, kind) ? { namespace } : {}),
});

const toObject = (body: Record<string, unknown>, at: NodeRef): K8sObject => {
  const metadata = isRecord(body.metadata) ? body.metadata : {};
  const { apiVersion, kind, name, namespace } = identity(body.apiVersion as string, body.kind as string, metadata.name, metadata.generateName, metadata.namespace);
  return {
    apiVersion,
    kind,
    name,
    ...(namespace !== undefined ? { namespace } : {}),
    body,
    ref: { kind, apiVersion, name, ...(namespace !== undefined ? { namespace } : {}), at },
  };
};
