import { lstat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { PolicyProbes } from '../analyze/evaluate/index.ts';
import type { CliDeps, CliIO } from './cli-io.ts';
import { resolveScanTargets, scanOptionsOf } from './scan-targets.ts';
import { resolveScanRequest } from '../config/resolve.ts';
import { scan } from '../scan.ts';
import { UserError } from '../errors.ts';
import type { Workspace } from '../model/workspace.ts';
import { TOOL_NAME } from '../version.ts';
import { writeFailure, writeOutputFile } from '../write-output.ts';
import { probeTestFiles } from '../probe-tests/probe-tests.ts';

export const PROBES_USAGE = `Usage: ${TOOL_NAME} probes --write <dir> [folder | glob...] [--config <file>] [--exclude <glob>]

Scans like \`scan\`, then writes the probe results as tests for the engines' own tools, to run in
your policy CI: <dir>/kyverno/<policy>/kyverno-test.yaml (kyverno test) and
<dir>/gatekeeper/<template>/suite.yaml (gator verify). A case for an ephemeral container expects
a denial: where the scan proved a hole, that case fails until the policy is fixed.
`;

/** The folder to write into: given, not `..`-led or through a link (each file is checked again as it is written). */
const outputFolder = async (given: string | undefined, cwd: string): Promise<string> => {
  if (given === undefined || given === '') throw new UserError(`probes needs --write <dir>.\n\n${PROBES_USAGE}`);
  if (given.split(/[\\/]/).includes('..')) throw new UserError(`--write ${given}: a path with ".." is refused.`);
  const folder = resolve(cwd, given);
  const info = await lstat(folder).catch((error: { code?: string }) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
  if (info?.isSymbolicLink()) throw new UserError(`--write ${given} is a symbolic link; refusing to write through it.`);
  if (info && !info.isDirectory()) throw new UserError(`--write ${given} is not a folder.`);
  return folder;
};

/** `probes --write DIR`: returns the exit code (0 written, 2 usage or write error). */
export const runProbesCommand = async (argv: readonly string[], io: CliIO, deps: CliDeps): Promise<number> => {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        args: [...argv],
        allowPositionals: true,
        strict: true,
        options: { write: { type: 'string' }, config: { type: 'string' }, exclude: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
      });
    } catch (error) {
      throw new UserError(`${error instanceof Error ? error.message : String(error)}\n\n${PROBES_USAGE}`);
    }
  })();
  if (values.help) {
    io.stdout(PROBES_USAGE);
    return 0;
  }
  const folder = await outputFolder(values.write, io.cwd);
  const scanned = await resolveScanTargets(positionals, io.cwd, deps);
  const { request } = await resolveScanRequest(
    scanOptionsOf(scanned, values),
    io.readText,
    io.cwd,
  );
  let seen: { workspace: Workspace; probes: readonly PolicyProbes[] } = { workspace: undefined as never, probes: [] };
  await scan({ ...request, baselineFolders: scanned.baselineFolders }, { ...deps, onProbes: (workspace, probes) => (seen = { workspace, probes: probes ?? [] }) });
  const files = seen.probes.length > 0 ? probeTestFiles(seen.workspace, seen.probes) : [];
  for (const file of files) {
    const path = join(folder, file.path.split('/').join(sep));
    if (!path.startsWith(folder + sep)) throw new UserError(`refusing to write ${file.path} outside ${values.write}.`);
    await writeOutputFile(path, file.text, { inside: folder }).catch((error: unknown) => {
      throw new UserError(`cannot write ${file.path} in ${values.write}: ${writeFailure(error)}.`);
    });
  }
  const suites = files.filter((file) => file.path.endsWith('/kyverno-test.yaml') || file.path.endsWith('/suite.yaml')).length;
  io.stderr(`Wrote ${suites} test${suites === 1 ? '' : 's'} (${files.length} files) to ${values.write}.\n`);
  return 0;
};
