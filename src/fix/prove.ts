import { isDeepStrictEqual } from 'node:util';
import { memoryFileSystem } from '../discover/memory-file-system.ts';
import { scan, type ScanRequest } from '../scan.ts';
import { parseYaml } from '../load/yaml-source.ts';
import type { Finding } from '../rules/finding.ts';
import { isRecord } from '../json.ts';

/** What one edited array must look like: `added` inserted right after an existing entry, under `key`. */
export interface IntendedChange {
  readonly key: string;
  readonly added: string;
}

/** Same finding, whatever line it moved to: rule, object and message. */
const identity = (finding: Finding): string => `${finding.ruleId}\u0000${finding.object ?? ''}\u0000${finding.message}`;

const counts = (findings: readonly Finding[]): Map<string, number> => {
  const result = new Map<string, number>();
  for (const finding of findings) result.set(identity(finding), (result.get(identity(finding)) ?? 0) + 1);
  return result;
};

/**
 * Proves a fix on the one file it edits, scanned alone before and after with the same settings:
 * the YAML parses to the same documents apart from the intended change, the finding is gone and
 * no other finding appears. Returns why not, or undefined when proved.
 */
export const disproveFix = async (
  file: string,
  before: string,
  after: string,
  finding: Finding,
  change: IntendedChange,
  request: ScanRequest,
): Promise<string | undefined> => {
  const old = parseYaml(before);
  const edited = parseYaml(after);
  if (edited.problems.length > old.problems.length) return 'the edited file no longer parses';
  if (!sameApartFrom(old.documents, edited.documents, change)) return `the edited file would not parse to the same objects with only ${change.added} added to ${change.key}`;
  const scanAlone = async (text: string): Promise<readonly Finding[]> => {
    const { include: _i, exclude: _e, baseline: _b, ...rest } = request;
    const result = await scan({ ...rest, render: { ...request.render, renderers: 'none' } }, { fs: memoryFileSystem({ [file]: text }) });
    return result.findings;
  };
  const was = counts(await scanAlone(before));
  const now = counts(await scanAlone(after));
  const target = identity(finding);
  if ((was.get(target) ?? 0) === 0) return 'the finding depends on other files than the one to edit, so the fix cannot be checked on it alone';
  if ((now.get(target) ?? 0) >= (was.get(target) ?? 0)) return 'the rule still fires on the edited file';
  for (const [key, n] of now) if (n > (was.get(key) ?? 0)) return `the edit would raise a new finding: ${key.split('\u0000').slice(-1)[0]}`;
  return undefined;
};

/** The two document lists differ in exactly one array, which gained `change.added` after an entry, under `change.key`. */
const sameApartFrom = (before: readonly unknown[], after: readonly unknown[], change: IntendedChange): boolean => {
  let changed = 0;
  const walk = (a: unknown, b: unknown, key: string | number | undefined): boolean => {
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length === b.length) return a.every((item, i) => walk(item, b[i], i));
      if (key !== change.key || b.length !== a.length + 1) return false;
      const at = b.findIndex((item, i) => !isDeepStrictEqual(item, a[i]));
      if (at < 1 || b[at] !== change.added || !isDeepStrictEqual([...b.slice(0, at), ...b.slice(at + 1)], a)) return false;
      changed++;
      return true;
    }
    if (isRecord(a) && isRecord(b)) {
      const keys = Object.keys(a);
      if (!isDeepStrictEqual(keys, Object.keys(b))) return false;
      return keys.every((k) => walk(a[k], b[k], k));
    }
    return isDeepStrictEqual(a, b);
  };
  return before.length === after.length && before.every((doc, i) => walk(doc, after[i], undefined)) && changed === 1;
};
