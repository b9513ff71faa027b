import { readFile } from 'node:fs/promises';
import { runCli } from './cli/run-cli.ts';
import { gitTopLevel, nodeFileSystem } from './discover/file-system.ts';
import { createRunCommand } from './render/run-command.ts';
import { UserError } from './errors.ts';
import { writeOutputFile } from './write-output.ts';

const exitCode = await runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
    cwd: process.cwd(),
    readText: (path) =>
      readFile(path, 'utf8').catch((error: { code?: string }) =>
        error.code === 'ENOENT' ? undefined : Promise.reject(new UserError(`cannot read ${path} (${error.code ?? String(error)}).`)),
      ),
    writeFile: (path, text) => writeOutputFile(path, text, { inside: process.cwd() }),
  },
  { fs: nodeFileSystem, runCommand: createRunCommand(), gitTopLevel },
);
process.exitCode = exitCode;
