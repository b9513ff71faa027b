import type { HelmChart } from '../discover/discover.ts';
import { deepEqual, isRecord } from '../json.ts';
import { DEFAULT_KUBE_VERSION, DEFAULT_NAMESPACE, DEFAULT_RELEASE_NAME, type HelmRenderConfig } from './options.ts';
import { renderedDocumentId, splitDocuments, type RenderedDocument } from './rendered-document.ts';
import { matchKeyPath, matchKeyPathByValue } from './template-position.ts';
import type { YamlPath } from '../model/source-ref.ts';

/** Charts that live in another chart's `charts/` folder: Helm renders them with their parent. */
export const subchartsOf = (charts: readonly HelmChart[]): ReadonlyMap<string, string> => {
  const parents = new Map<string, string>();
  for (const chart of charts) {
    let parent: HelmChart | undefined;
    for (const other of charts) {
      const prefix = other.dir === '' ? 'charts/' : `${other.dir}/charts/`;
      if (other !== chart && chart.dir.startsWith(prefix) && (!parent || other.dir.length < parent.dir.length)) parent = other;
    }
    if (parent) parents.set(chart.dir, parent.dir);
  }
  return parents;
};

/** What Chart.yaml says that rendering needs: the name Helm prints, library or not, dependency aliases. */
export interface ChartMetadata {
  readonly name?: string;
  readonly library: boolean;
  /** `dependencies[]`: the chart name, the alias it is rendered under, what turns it on or off. */
  readonly dependencies: readonly ChartDependency[];
}

export interface ChartDependency {
  readonly name: string;
  readonly alias?: string;
  /** `condition`: value paths, comma-separated (the first that holds a boolean decides). */
  readonly condition?: string;
  readonly tags?: readonly string[];
}

export const chartMetadata = (document: unknown): ChartMetadata => {
  if (!isRecord(document)) return { library: false, dependencies: [] };
  const dependencies = (Array.isArray(document.dependencies) ? document.dependencies : []).flatMap((entry) =>
    isRecord(entry) && typeof entry.name === 'string'
      ? [
          {
            name: entry.name,
            ...(typeof entry.alias === 'string' && entry.alias !== '' ? { alias: entry.alias } : {}),
            ...(typeof entry.condition === 'string' && entry.condition.trim() !== '' ? { condition: entry.condition } : {}),
            ...(Array.isArray(entry.tags) ? { tags: entry.tags.filter((tag): tag is string => typeof tag === 'string') } : {}),
          },
        ]
      : [],
  );
  return { ...(typeof document.name === 'string' ? { name: document.name } : {}), library: document.type === 'library', dependencies };
};

/**
 * The dependencies `helm template` refused to render without: Helm 3 and 4 check, before
 * rendering anything, that every `dependencies[]` entry of Chart.yaml has a chart of that name in
 * charts/ (`action.CheckDependencies`), and print the names it did not find.
 */
export const missingDependencies = (stderr: string): string[] | undefined => {
  const match = /found in Chart\.yaml, but missing in charts\/ directory: ([^\n]*)/.exec(stderr);
  const names = match?.[1]!.split(',').map((name) => name.trim()).filter((name) => name !== '');
  return names !== undefined && names.length > 0 ? [...new Set(names)] : undefined;
};

/**
 * Chart.yaml's text without the `dependencies[]` entries of these names (a block sequence under
 * a top-level `dependencies:` key, each item from its dash line to the next), everything else
 * byte for byte, so `.Chart` reads the same; undefined when the text is not laid out so, or when
 * the result does not parse to the same document less those entries.
 */
export const withoutDependencies = (text: string, names: ReadonlySet<string>, parse: (text: string) => readonly unknown[]): string | undefined => {
  const parsed = parseOrUndefined(text, parse);
  const document = parsed?.[0];
  if (parsed?.length !== 1 || !isRecord(document) || !Array.isArray(document.dependencies)) return undefined;
  const lines = text.split('\n');
  const header = lines.findIndex((line) => /^dependencies[ \t]*:[ \t]*(?:#.*)?\r?$/.test(line));
  if (header === -1) return undefined;
  let end = header + 1;
  while (end < lines.length && /^(?:[ \t]|-(?:[ \t]|\r?$)|#|\r?$)/.test(lines[end]!)) end++;
  // Blank and comment lines after the last item belong to what follows.
  while (end > header + 1 && /^[ \t]*(?:#.*)?\r?$/.test(lines[end - 1]!)) end--;
  const starts: number[] = [];
  let indent: number | undefined;
  for (let i = header + 1; i < end; i++) {
    const dash = /^( *)-(?:[ \t]|\r?$)/.exec(lines[i]!);
    if (!dash) continue;
    indent ??= dash[1]!.length;
    if (dash[1]!.length === indent) starts.push(i);
  }
  const entries = document.dependencies as unknown[];
  if (starts.length !== entries.length) return undefined;
  const dropped = entries.map((entry) => isRecord(entry) && typeof entry.name === 'string' && names.has(entry.name));
  const kept = lines.filter((_, line) => {
    const item = starts.findLastIndex((start) => start <= line);
    return item === -1 || line >= end || !dropped[item];
  });
  const left = entries.filter((_, i) => !dropped[i]);
  if (left.length === 0) kept[header] = 'dependencies: []';
  const edited = kept.join('\n');
  const reparsed = parseOrUndefined(edited, parse);
  return reparsed?.length === 1 && deepEqual(reparsed[0], { ...document, dependencies: left }) ? edited : undefined;
};

const parseOrUndefined = (text: string, parse: (text: string) => readonly unknown[]): readonly unknown[] | undefined => {
  try {
    return parse(text);
  } catch {
    return undefined;
  }
};

/**
 * Whether Helm would render a dependency with these values (the chart's values.yaml, then the
 * values files, later ones first): `tags` first (off when one of its tags is false and none is
 * true), then the first `condition` path that holds a boolean (Helm's
 * `processDependencyTags` and `processDependencyConditions`), and why.
 */
export const dependencyEnabled = (dependency: ChartDependency, values: readonly unknown[]): { enabled: boolean; why: string } => {
  const valueAt = (path: readonly string[]): unknown => {
    for (let i = values.length - 1; i >= 0; i--) {
      let node: unknown = values[i];
      for (const key of path) node = isRecord(node) && Object.hasOwn(node, key) ? node[key] : undefined;
      if (node !== undefined) return node;
    }
    return undefined;
  };
  let result = { enabled: true, why: dependency.condition === undefined && !dependency.tags?.length ? 'it has no condition or tags' : 'no condition or tag turns it off' };
  const tags = (dependency.tags ?? []).map((tag) => ({ tag, value: valueAt(['tags', tag]) }));
  const on = tags.find((tag) => tag.value === true);
  const off = tags.find((tag) => tag.value === false);
  if (on) result = { enabled: true, why: `tags.${on.tag} is true` };
  else if (off) result = { enabled: false, why: `tags.${off.tag} is false` };
  for (const path of (dependency.condition ?? '').split(',').map((part) => part.trim())) {
    if (path === '') continue;
    const value = valueAt(path.split('.'));
    if (typeof value === 'boolean') return { enabled: value, why: `${path} is ${value}` };
  }
  return result;
};

/** Values files for a chart: the config's list for every chart, or its list for this chart. */
export const valuesFilesOf = (chart: HelmChart, config: HelmRenderConfig | undefined): readonly string[] => {
  const values = config?.values;
  if (values === undefined) return [];
  if (Array.isArray(values)) return values as readonly string[];
  // Chart folders are keyed as in the config, normalised: '' is the root chart.
  return (values as Readonly<Record<string, readonly string[]>>)[chart.dir] ?? [];
};

/** A path of the scan as an argument: `./x` (never read as a flag or as `repo/chart`), `.` for the root. */
const local = (path: string): string => (path === '' ? '.' : `./${path}`);

/**
 * `helm template` arguments, paths relative to the scan root, no `--dependency-update` (no
 * network), and a fixed `--kube-version` so `.Capabilities.KubeVersion` does not depend on which
 * helm the runner has (Helm 4.1 defaults to 1.35, Helm 3.18 to 1.33).
 */
export const helmTemplateArgs = (chart: HelmChart, config: HelmRenderConfig | undefined, kubernetesVersion: string | undefined): string[] => [
  'template',
  config?.releaseName ?? DEFAULT_RELEASE_NAME,
  local(chart.dir),
  '--namespace',
  config?.namespace ?? DEFAULT_NAMESPACE,
  '--kube-version',
  config?.kubeVersion ?? kubernetesVersion ?? DEFAULT_KUBE_VERSION,
  ...valuesFilesOf(chart, config).flatMap((file) => ['--values', local(file)]),
];

/** What `helm template` reads: the chart folder and the values files (copied for it, links checked). */
export const helmInputs = (chart: HelmChart, config: HelmRenderConfig | undefined): string[] => [local(chart.dir).replace(/^\.\//, ''), ...valuesFilesOf(chart, config)];

/**
 * The file a `# Source:` comment names. Helm prints `<chart name>/templates/x.yaml`, and for a
 * subchart `<parent name>/charts/<alias or name>/templates/x.yaml`, whatever the folders are
 * called: each `charts/<segment>` is the subchart folder whose Chart.yaml name, or whose alias in
 * the parent's dependencies, is that segment.
 */
export const templateFileOf = (
  source: string,
  chart: HelmChart,
  subcharts: readonly HelmChart[],
  metadataOf: (chart: HelmChart) => ChartMetadata,
): string | undefined => {
  const slash = source.indexOf('/');
  if (slash <= 0) return undefined;
  let rest = source.slice(slash + 1);
  let current = chart;
  for (let match = /^charts\/([^/]+)\/(.*)$/.exec(rest); match; match = /^charts\/([^/]+)\/(.*)$/.exec(rest)) {
    const segment = match[1]!;
    const prefix = current.dir === '' ? 'charts/' : `${current.dir}/charts/`;
    const direct = subcharts.filter((sub) => sub.dir.startsWith(prefix) && !sub.dir.slice(prefix.length).includes('/'));
    const aliased = metadataOf(current).dependencies.find((dependency) => dependency.alias === segment)?.name;
    const found =
      direct.find((sub) => metadataOf(sub).name === (aliased ?? segment)) ?? direct.find((sub) => sub.dir === `${prefix}${segment}`);
    if (!found) break;
    current = found;
    rest = match[2]!;
  }
  return current.dir === '' ? rest : `${current.dir}/${rest}`;
};

/**
 * The documents of `helm template` output, each with the template file its `# Source:` names
 * (when that is a file of the scan).
 */
export const helmDocuments = (chart: HelmChart, output: string, fileOf: (source: string) => string | undefined, templates: ReadonlySet<string>): RenderedDocument[] =>
  splitDocuments(output).map((piece, index) => {
    const file = piece.source === undefined ? undefined : fileOf(piece.source);
    const template = file !== undefined && templates.has(file) ? file : undefined;
    return {
      id: renderedDocumentId('helm', chart.chartFile, index),
      renderer: 'helm' as const,
      origin: chart.chartFile,
      text: piece.text,
      ...(template !== undefined ? { template } : {}),
      ...(piece.source !== undefined ? { sourceComment: piece.source } : {}),
    };
  });

/** The `---`-separated pieces of a template's text that write YAML. */
export const templatePieces = (text: string): { base: number; text: string }[] => {
  const pieces: { base: number; text: string }[] = [];
  const marker = /^---[ \t]*(?:#.*)?\r?$/gm;
  let start = 0;
  const push = (end: number): void => {
    const piece = text.slice(start, end);
    if (piece.split('\n').some((line) => isTemplateContent(line.trim()))) pieces.push({ base: start, text: piece });
  };
  for (let match = marker.exec(text); match; match = marker.exec(text)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return pieces.length > 0 ? pieces : [{ base: 0, text }];
};

/** A line that writes YAML (not blank, a comment, or a template action alone). */
const isTemplateContent = (line: string): boolean => line !== '' && !line.startsWith('#') && !/^\{\{.*\}\}$/.test(line);

/** The literal text written at a key path of a template piece: a string, 'templated', or undefined (not written). */
const literalAt = (piece: string, path: YamlPath): string | 'templated' | undefined => {
  const match = matchKeyPath(piece, path);
  if (!match.complete) return undefined;
  const lineEnd = piece.indexOf('\n', match.end);
  const rest = piece.slice(match.end, lineEnd === -1 ? piece.length : lineEnd).replace(/^\s*:\s*/, '').replace(/\s+#.*$/, '').trim();
  if (rest.includes('{{')) return 'templated';
  return rest.replace(/^(["'])(.*)\1$/, '$2');
};

/** String leaves of a value with their paths (at most `limit`), for telling pieces apart by what they write. */
const leaves = (value: unknown, limit: number): { path: YamlPath; text: string }[] => {
  const found: { path: YamlPath; text: string }[] = [];
  const stack: { value: unknown; path: YamlPath }[] = [{ value, path: [] }];
  while (stack.length > 0 && found.length < limit) {
    const node = stack.pop()!;
    if (typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean') {
      if (node.path.length > 0) found.push({ path: node.path, text: String(node.value) });
    } else if (Array.isArray(node.value)) {
      for (let i = node.value.length - 1; i >= 0; i--) stack.push({ value: node.value[i], path: [...node.path, i] });
    } else if (isRecord(node.value)) {
      const entries = Object.entries(node.value);
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], path: [...node.path, entries[i]![0]] });
    }
  }
  return found;
};

const LEAVES_COMPARED = 64;

/**
 * Which piece of a template wrote each of its rendered documents. Helm sorts the documents of
 * one template by kind (its install order), so text order says nothing across kinds, and a
 * `{{ if }}` can switch any piece off. A piece is a candidate when its literal `kind` is the
 * rendered one (or is templated); among candidates the literal `metadata.name`, then the
 * number of rendered values written literally, decide. Within one kind Helm keeps the
 * template's order, so a tie goes to the first candidate after the previous document of that
 * kind, and is marked ambiguous unless every piece of that kind rendered exactly once.
 */
export const assignPieces = (text: string, rendered: readonly unknown[]): { piece: number; ambiguous: boolean }[] => {
  const pieces = templatePieces(text);
  if (pieces.length === 1) return rendered.map(() => ({ piece: 0, ambiguous: false }));
  const kinds = pieces.map((piece) => literalAt(piece.text, ['kind']));
  const names = pieces.map((piece) => literalAt(piece.text, ['metadata', 'name']));
  const kindOf = (value: unknown): string | undefined => (isRecord(value) && typeof value.kind === 'string' ? value.kind : undefined);
  const nameOf = (value: unknown): string | undefined => (isRecord(value) && isRecord(value.metadata) && typeof value.metadata.name === 'string' ? value.metadata.name : undefined);
  const renderedOfKind = new Map<string, number>();
  for (const value of rendered) renderedOfKind.set(kindOf(value) ?? '', (renderedOfKind.get(kindOf(value) ?? '') ?? 0) + 1);
  const lastOfKind = new Map<string, number>();
  return rendered.map((value) => {
    const kind = kindOf(value) ?? '';
    const name = nameOf(value);
    let candidates = pieces.map((_, index) => index).filter((index) => kinds[index] === kind || kinds[index] === 'templated' || kinds[index] === undefined);
    if (candidates.length === 0) candidates = pieces.map((_, index) => index);
    const literalKind = candidates.filter((index) => kinds[index] === kind);
    const oneToOne = literalKind.length === candidates.length && literalKind.length === renderedOfKind.get(kind);
    const score = (index: number): number => {
      let points = kinds[index] === kind ? 1000 : 0;
      if (name !== undefined && names[index] === name) points += 500;
      else if (names[index] !== undefined && names[index] !== 'templated') points -= 500;
      return points;
    };
    let best = bestOf(candidates, score);
    if (best.length > 1 && !oneToOne) {
      const compared = leaves(value, LEAVES_COMPARED);
      best = bestOf(best, (index) => compared.filter((leaf) => matchKeyPathByValue(pieces[index]!.text, leaf.path, leaf.text).found > 0).length);
    }
    const after = lastOfKind.get(kind) ?? -1;
    const chosen = best.find((index) => index > after) ?? best.find((index) => index >= after) ?? best[0]!;
    lastOfKind.set(kind, chosen);
    return { piece: chosen, ambiguous: best.length > 1 && !oneToOne };
  });
};

const bestOf = (candidates: readonly number[], score: (index: number) => number): number[] => {
  let top = -Infinity;
  let best: number[] = [];
  for (const index of candidates) {
    const points = score(index);
    if (points > top) {
      top = points;
      best = [index];
    } else if (points === top) best.push(index);
  }
  return best;
};
