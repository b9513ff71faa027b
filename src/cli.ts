import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { runCli } from './cli/run-cli.ts';
import { nodeFileSystem } from './discover/file-system.ts';
import { createRunCommand } from './render/run-command.ts';
import { UserError } from './errors.ts';
import { colorEnabled } from './report/color.ts';
import { text } from 'node:stream/consumers';

const exitCode = await runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: colorEnabled(process.env, process.stdout.isTTY === true),
    stderrIsTTY: process.stderr.isTTY === true,
    readStdin: () => text(process.stdin),
    cwd: process.cwd(),
    readText: (path) =>
      readFile(path, 'utf8').catch((error: { code?: string }) =>
        error.code === 'ENOENT' ? undefined : Promise.reject(new UserError(`cannot read ${path} (${error.code ?? String(error)}).`)),
      ),
    writeFile: async (path, text) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
    },
  },
  { fs: nodeFileSystem, runCommand: createRunCommand() },
);
process.exitCode = exitCode;
