import { runCli } from './cli/run-cli.ts';
import { gitTopLevel, nodeFileSystem } from './discover/file-system.ts';
import { createRunCommand } from './render/run-command.ts';
import { readInputFile } from './read-input.ts';
import { writeOutputFile } from './write-output.ts';

const exitCode = await runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
    cwd: process.cwd(),
    readText: (path) => readInputFile(path, { workspace: process.cwd(), what: 'File' }),
    writeFile: (path, text) => writeOutputFile(path, text, { inside: process.cwd() }),
  },
  { fs: nodeFileSystem, runCommand: createRunCommand(), gitTopLevel },
);
process.exitCode = exitCode;
