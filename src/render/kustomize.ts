import { posix } from 'node:path';
import type { KustomizationFiles, PatchRef, PatchTarget } from './rendered-document.ts';
import { isRecord } from '../json.ts';

/** File names kustomize looks for in a folder, in its order. */
export const KUSTOMIZATION_FILE_NAMES: readonly string[] = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** A reference kustomize would not read from the scanned tree, and why. */
export interface ForeignReference {
  readonly entry: string;
  /** The kustomization that holds it. */
  readonly in: string;
  readonly why: 'remote' | 'outside' | 'missing' | 'helm';
}

/** What one kustomization file references, resolved against the files on disk. */
export interface KustomizationNode {
  readonly file: string;
  readonly dir: string;
  /** Kustomization files of the folders it builds on (resources, bases, components, generators...). */
  readonly children: readonly string[];
  readonly resources: readonly string[];
  readonly patches: readonly PatchRef[];
  /** Other files it reads (generator and transformer configs, replacements, generator sources, CRDs, OpenAPI). */
  readonly configs: readonly string[];
  /** References kustomize would fetch over the network or read from outside the scanned folder. */
  readonly foreign: readonly ForeignReference[];
  /** Why it cannot be read, when it cannot. */
  readonly invalid?: string;
}

/** What the graph may ask of the tree: answered from disk (links resolved), not the scan's file list. */
export interface KustomizeLookup {
  /** A regular file inside the scanned folder, an existing thing outside it (a link), or nothing. */
  readonly probe: (path: string) => Promise<'file' | 'outside' | 'missing'>;
  readonly readDocuments: (file: string) => Promise<readonly unknown[] | undefined>;
}

/**
 * Forms kustomize (or the git and HTTP loaders behind it) reads over the network: any URL scheme,
 * go-getter `git::`, host paths (`github.com/...`), scp-like `user@host:org/repo` or `host:org/repo`
 * (a colon before the first slash), and `?ref=` or `//` subpaths. Every reference that names no
 * file or kustomization of the tree is refused as well, so this only chooses the message.
 */
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|[^/\s]*@|[^/\s]+:|git::|(?:github|gitlab|bitbucket)\.(?:com|org)\/)|\?(?:.*&)?ref=|[^:]\/\//i;

/** Bounds for a hostile graph (a thousand-level chain or a kustomization with a million entries). */
const MAX_KUSTOMIZATIONS = 5_000;
const MAX_REFERENCES = 100_000;

/**
 * Reads the kustomizations `roots` build on, from disk, following every reference (also into
 * folders the scan does not list, like node_modules/): the graph kustomize itself would walk.
 */
export const kustomizationGraph = async (roots: readonly string[], lookup: KustomizeLookup): Promise<Map<string, KustomizationNode>> => {
  const nodes = new Map<string, KustomizationNode>();
  const pending = [...roots];
  let references = 0;
  while (pending.length > 0 && nodes.size < MAX_KUSTOMIZATIONS) {
    const file = pending.pop()!;
    if (nodes.has(file)) continue;
    const parsed = await lookup.readDocuments(file);
    const node = await kustomizationNode(file, parsed?.[0], lookup, () => ++references <= MAX_REFERENCES);
    nodes.set(file, node);
    for (const child of node.children) if (!nodes.has(child)) pending.push(child);
  }
  return nodes;
};

/** The kustomization file in a folder, found on disk. */
const kustomizationIn = async (dir: string, lookup: KustomizeLookup): Promise<string | undefined> => {
  for (const name of KUSTOMIZATION_FILE_NAMES) {
    const file = dir === '' ? name : `${dir}/${name}`;
    if ((await lookup.probe(file)) === 'file') return file;
  }
  return undefined;
};

/** Reads one kustomization's references (see KustomizationNode). */
export const kustomizationNode = async (file: string, document: unknown, lookup: KustomizeLookup, allow: () => boolean = () => true): Promise<KustomizationNode> => {
  const dir = posix.dirname(file) === '.' ? '' : posix.dirname(file);
  const empty = { file, dir, children: [], resources: [], patches: [], configs: [], foreign: [] };
  if (document === undefined || document === null) return empty;
  if (!isRecord(document)) return { ...empty, invalid: 'it is not a mapping' };
  const children: string[] = [];
  const resources: string[] = [];
  const patches: PatchRef[] = [];
  const configs: string[] = [];
  const foreign: ForeignReference[] = [];
  const resolve = (entry: string): string => posix.normalize(dir === '' ? entry : `${dir}/${entry}`).replace(/\/$/, '');
  /** Resolves a path entry: a kustomization folder (children), a file (into), or a foreign reference. */
  const reference = async (entry: unknown, into: string[] | undefined, folders: boolean): Promise<string | undefined> => {
    if (typeof entry !== 'string' || entry.trim() === '' || !allow()) return undefined;
    const text = entry.trim();
    if (REMOTE.test(text)) {
      foreign.push({ entry: text, in: file, why: 'remote' });
      return undefined;
    }
    const path = resolve(text);
    if (path === '..' || path.startsWith('../') || posix.isAbsolute(path)) {
      foreign.push({ entry: text, in: file, why: 'outside' });
      return undefined;
    }
    const where = await lookup.probe(path === '.' ? '' : path);
    if (where === 'file') {
      into?.push(path);
      return path;
    }
    if (folders) {
      const nested = await kustomizationIn(path === '.' ? '' : path, lookup);
      if (nested !== undefined) {
        if (nested !== file) children.push(nested);
        return nested;
      }
    }
    foreign.push({ entry: text, in: file, why: where === 'outside' ? 'outside' : 'missing' });
    return undefined;
  };
  for (const key of ['resources', 'bases', 'components']) for (const entry of list(document[key])) await reference(entry, resources, true);
  for (const entry of list(document.patchesStrategicMerge)) {
    // An inline patch (YAML text in the list) is no file.
    if (typeof entry === 'string' && !entry.includes('\n')) {
      const path = await reference(entry, undefined, false);
      if (path !== undefined) patches.push({ file: path, json6902: false });
    }
  }
  for (const key of ['patches', 'patchesJson6902']) {
    for (const entry of list(document[key])) {
      if (!isRecord(entry) || typeof entry.path !== 'string') continue;
      const path = await reference(entry.path, undefined, false);
      if (path === undefined) continue;
      const target = targetOf(entry.target);
      patches.push({ file: path, json6902: key === 'patchesJson6902' ? true : undefined, ...(target ? { target } : {}) });
    }
  }
  for (const key of ['generators', 'transformers', 'validators']) {
    // Inline plugin configs (YAML text) are no references.
    for (const entry of list(document[key])) if (typeof entry === 'string' && !entry.includes('\n')) await reference(entry, configs, true);
  }
  for (const key of ['configurations', 'crds']) for (const entry of list(document[key])) await reference(entry, configs, false);
  for (const entry of list(document.replacements)) if (isRecord(entry)) await reference(entry.path, configs, false);
  if (isRecord(document.openapi) && document.openapi.path !== undefined) await reference(document.openapi.path, configs, false);
  for (const key of ['configMapGenerator', 'secretGenerator']) {
    for (const generator of list(document[key])) {
      if (!isRecord(generator)) continue;
      // `files` entries are `path` or `key=path`.
      for (const entry of list(generator.files)) if (typeof entry === 'string') await reference(entry.includes('=') ? entry.slice(entry.indexOf('=') + 1) : entry, configs, false);
      for (const entry of [...list(generator.envs), generator.env]) if (entry !== undefined) await reference(entry, configs, false);
    }
  }
  for (const key of ['helmCharts', 'helmChartInflationGenerator']) {
    for (const chart of list(document[key])) {
      const name = isRecord(chart) && typeof chart.name === 'string' ? chart.name : '?';
      foreign.push({ entry: name, in: file, why: 'helm' });
    }
  }
  return { file, dir, children, resources, patches, configs, foreign };
};

/** A patch's `target` selector, as far as it names an object (selectors by label are kept as such). */
const targetOf = (value: unknown): PatchTarget | undefined => {
  if (!isRecord(value)) return undefined;
  const text = (key: string): string | undefined => (typeof value[key] === 'string' ? (value[key] as string) : undefined);
  const target: { kind?: string; name?: string; namespace?: string; group?: string; version?: string; bySelector?: boolean } = {};
  for (const key of ['kind', 'name', 'namespace', 'group', 'version'] as const) {
    const setting = text(key);
    if (setting !== undefined) target[key] = setting;
  }
  if (value.labelSelector !== undefined || value.annotationSelector !== undefined) target.bySelector = true;
  return target;
};

/** The kustomizations nobody builds on (what is deployed), then any left in a cycle. */
export const rootKustomizations = (nodes: ReadonlyMap<string, KustomizationNode>, listed: readonly string[]): string[] => {
  const used = new Set<string>();
  for (const node of nodes.values()) for (const child of node.children) used.add(child);
  const roots = listed.filter((file) => !used.has(file)).sort();
  const covered = new Set<string>();
  for (const root of roots) for (const file of closureOf(root, nodes).kustomizations) covered.add(file);
  for (const file of [...listed].sort()) {
    if (covered.has(file)) continue;
    roots.push(file);
    for (const inCycle of closureOf(file, nodes).kustomizations) covered.add(inCycle);
  }
  return roots;
};

export interface KustomizationClosure extends KustomizationFiles {
  readonly kustomizations: readonly string[];
  readonly configs: readonly string[];
  readonly foreign: readonly ForeignReference[];
}

/** Everything a kustomization reads, its bases' included (each visited once). */
export const closureOf = (root: string, nodes: ReadonlyMap<string, KustomizationNode>): KustomizationClosure => {
  const seen = new Set<string>();
  const resources = new Set<string>();
  const patches = new Map<string, PatchRef>();
  const configs = new Set<string>();
  const foreign: ForeignReference[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const node = nodes.get(file);
    if (!node) continue;
    for (const path of node.resources) resources.add(path);
    for (const patch of node.patches) patches.set(`${patch.file}\u0000${JSON.stringify(patch.target ?? null)}`, patch);
    for (const path of node.configs) configs.add(path);
    for (const entry of node.foreign) foreign.push(entry);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return { kustomizations: [...seen], resources: [...resources], patches: [...patches.values()], configs: [...configs], foreign };
};

/** Why a closure cannot be built here, in words, or undefined. */
export const foreignReason = (foreign: readonly ForeignReference[]): string | undefined => {
  if (foreign.length === 0) return undefined;
  const shown = (why: ForeignReference['why']): string =>
    foreign
      .filter((entry) => entry.why === why)
      .slice(0, 5)
      .map((entry) => `${entry.entry} (in ${entry.in})`)
      .join(', ');
  if (foreign.some((entry) => entry.why === 'remote')) return `it builds on remote bases or files (${shown('remote')}), and the scan never fetches over the network`;
  if (foreign.some((entry) => entry.why === 'helm')) {
    return `it inflates Helm charts (helmCharts: ${shown('helm')}), rendered by kustomize --enable-helm, which this scan does not run; scan the chart with the values of valuesInline (render.helm.values)`;
  }
  if (foreign.some((entry) => entry.why === 'outside')) return `it builds on files outside the scanned folder (${shown('outside')}); scan the folder that holds them`;
  return `it references what is neither a file nor a kustomization folder of the scanned tree (${shown('missing')}); kustomize would fail on it, or try to fetch it as a remote`;
};

const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
