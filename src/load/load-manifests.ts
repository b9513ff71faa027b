import type { InputProblem } from '../analyze/facts.ts';
import type { K8sObject } from '../model/workspace.ts';
import type { NodeRef } from '../model/source-ref.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';
import { isRecord } from '../json.ts';
import { pushAll } from '../array.ts';

export interface LoadedManifestFile {
  readonly file: string;
  readonly text: string;
  readonly objects: readonly K8sObject[];
  readonly problems: readonly InputProblem[];
  /** Documents that are not Kubernetes objects (workflows, values files...), skipped quietly. */
  readonly otherDocuments: number;
  readonly source?: YamlSource;
}

const BOM = 0xfeff;

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

/** Reads the Kubernetes objects of one YAML or JSON file. Never throws. */
export const loadManifests = (file: string, text: string): LoadedManifestFile => {
  if (!mayHoldManifests(text) && !isHelmChartFile(file)) return { file, text, objects: [], problems: [], otherDocuments: 1 };
  const parsed = parseYaml(text);
  const problems: InputProblem[] = parsed.problems.map((problem) => ({
    ruleId: 'EG001',
    at: { file, start: problem.offset, end: problem.offset },
    message: /\{\{.*\}\}/.test(text)
      ? `Not valid YAML: ${problem.message}. The file holds template expressions ({{ … }}): render it (helm template, or your templating step) and scan the output, or exclude it; the rest of the file was read where possible.`
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
          ruleId: 'EG001',
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
  return { file, text, objects, problems, otherDocuments, source: parsed.source };
};

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
          ruleId: 'EG001',
          at: itemAt,
          message: `Item ${index} of this ${kind} has no apiVersion and kind: it was not read.`,
        });
      }
    });
    return objects;
  }
  return [toObject(value, at)];
};

const toObject = (body: Record<string, unknown>, at: NodeRef): K8sObject => {
  const metadata = isRecord(body.metadata) ? body.metadata : {};
  const name = typeof metadata.name === 'string' ? metadata.name : typeof metadata.generateName === 'string' ? `${metadata.generateName}*` : '(unnamed)';
  const namespace = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : undefined;
  const apiVersion = body.apiVersion as string;
  const kind = body.kind as string;
  return {
    apiVersion,
    kind,
    name,
    ...(namespace !== undefined ? { namespace } : {}),
    body,
    ref: { kind, apiVersion, name, ...(namespace !== undefined ? { namespace } : {}), at },
  };
};
