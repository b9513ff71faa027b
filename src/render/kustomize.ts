import { posix } from 'node:path';
import type { KustomizationFiles } from './rendered-document.ts';
import { isRecord } from '../json.ts';

/** File names kustomize looks for in a folder, in its order. */
export const KUSTOMIZATION_FILE_NAMES: readonly string[] = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** What one kustomization file references, resolved against the files of the scan. */
export interface KustomizationNode {
  readonly file: string;
  readonly dir: string;
  /** Kustomization files of the folders it builds on (resources, bases, components). */
  readonly children: readonly string[];
  readonly resources: readonly string[];
  readonly patches: readonly string[];
  /** Other files it reads (generator and transformer configs, replacements). */
  readonly configs: readonly string[];
  /** References kustomize would fetch over the network. */
  readonly remote: readonly string[];
  /** Why it cannot be read, when it cannot. */
  readonly invalid?: string;
}

/** Remote targets as kustomize recognises them (git URLs, `github.com/...`, HTTP). */
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|git::|github\.com\/|gitlab\.com\/|bitbucket\.org\/)|\?(?:.*&)?ref=/i;

/**
 * Reads a kustomization's references. `isFile` and `kustomizationIn` answer from the scan's own
 * file list (never the disk), so a reference outside the scan is simply not followed.
 */
export const kustomizationNode = (
  file: string,
  document: unknown,
  lookup: { isFile: (path: string) => boolean; kustomizationIn: (dir: string) => string | undefined },
): KustomizationNode => {
  const dir = posix.dirname(file) === '.' ? '' : posix.dirname(file);
  const empty = { file, dir, children: [], resources: [], patches: [], configs: [], remote: [] };
  if (document === undefined || document === null) return empty;
  if (!isRecord(document)) return { ...empty, invalid: 'it is not a mapping' };
  const children: string[] = [];
  const resources: string[] = [];
  const patches: string[] = [];
  const configs: string[] = [];
  const remote: string[] = [];
  const resolve = (entry: string): string => posix.normalize(dir === '' ? entry : `${dir}/${entry}`).replace(/\/$/, '');
  const reference = (entry: unknown, into: string[]): void => {
    if (typeof entry !== 'string' || entry.trim() === '' || entry.includes('\n')) return;
    if (REMOTE.test(entry)) {
      remote.push(entry);
      return;
    }
    const path = resolve(entry.trim());
    if (path.startsWith('../') || path === '..') return; // outside the scanned folder
    const nested = lookup.kustomizationIn(path === '.' ? '' : path);
    if (nested !== undefined && nested !== file) children.push(nested);
    else if (lookup.isFile(path)) into.push(path);
  };
  for (const key of ['resources', 'bases', 'components']) for (const entry of list(document[key])) reference(entry, resources);
  for (const entry of list(document.patchesStrategicMerge)) reference(entry, patches);
  for (const key of ['patches', 'patchesJson6902']) {
    for (const entry of list(document[key])) if (isRecord(entry)) reference(entry.path, patches);
  }
  for (const key of ['generators', 'transformers', 'validators', 'configurations']) for (const entry of list(document[key])) reference(entry, configs);
  for (const entry of list(document.replacements)) if (isRecord(entry)) reference(entry.path, configs);
  return { file, dir, children, resources, patches, configs, remote };
};

/** The kustomizations nobody builds on (what is deployed), then any left in a cycle. */
export const rootKustomizations = (nodes: ReadonlyMap<string, KustomizationNode>): string[] => {
  const used = new Set<string>();
  for (const node of nodes.values()) for (const child of node.children) used.add(child);
  const roots = [...nodes.keys()].filter((file) => !used.has(file)).sort();
  const covered = new Set<string>();
  for (const root of roots) for (const file of closureOf(root, nodes).kustomizations) covered.add(file);
  for (const file of [...nodes.keys()].sort()) {
    if (covered.has(file)) continue;
    roots.push(file);
    for (const inCycle of closureOf(file, nodes).kustomizations) covered.add(inCycle);
  }
  return roots;
};

/** Everything a kustomization reads, its bases' included (each visited once). */
export const closureOf = (
  root: string,
  nodes: ReadonlyMap<string, KustomizationNode>,
): KustomizationFiles & { readonly kustomizations: readonly string[]; readonly configs: readonly string[]; readonly remote: readonly string[] } => {
  const seen = new Set<string>();
  const resources = new Set<string>();
  const patches = new Set<string>();
  const configs = new Set<string>();
  const remote: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const node = nodes.get(file);
    if (!node) continue;
    node.resources.forEach((path) => resources.add(path));
    node.patches.forEach((path) => patches.add(path));
    node.configs.forEach((path) => configs.add(path));
    remote.push(...node.remote.map((entry) => `${entry} (in ${file})`));
    stack.push(...[...node.children].reverse());
  }
  return { kustomizations: [...seen], resources: [...resources], patches: [...patches], configs: [...configs], remote };
};

const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

