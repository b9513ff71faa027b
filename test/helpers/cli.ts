import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.ts';
import { type CliDeps, type CliIO } from '../../src/cli/cli-io.ts';
import { nodeFileSystem } from '../../src/discover/file-system.ts';

/** A fresh temporary folder holding `files` (paths relative to it): a repository for a CLI test. */
export const folderWith = async (files: Readonly<Record<string, string>>, prefix = 'eg-cli-'): Promise<string> => {
  const cwd = await mkdtemp(join(tmpdir(), prefix));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(cwd, path)), { recursive: true });
    await writeFile(join(cwd, path), text);
  }
  return cwd;
};

/**
 * The CLI run in `cwd` with its output captured: plain file reads and writes and the real file
 * system unless `io` or `deps` say otherwise.
 */
export const runCliIn = async (
  argv: readonly string[],
  cwd: string,
  options: { readonly io?: Partial<CliIO>; readonly deps?: Partial<CliDeps> } = {},
): Promise<{ code: number; stdout: string; stderr: string }> => {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTTY: false,
    cwd,
    readText: (path) => readFile(path, 'utf8').catch(() => undefined),
    writeFile: async (path, content) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
    },
    ...options.io,
  };
  const code = await runCli(argv, io, { fs: nodeFileSystem, ...options.deps });
  return { code, stdout, stderr };
};
