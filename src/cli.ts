import { runCli } from './cli/run-cli.ts';
import { gitTopLevel, nodeFileSystem } from './discover/file-system.ts';
import { createRunCommand } from './render/run-command.ts';
import { readInputFile } from './read-input.ts';
import { writeOutputFile } from './write-output.ts';
import { colorEnabled } from './report/color.ts';
import { text } from 'node:stream/consumers';
import { tuneV8ForScan } from './v8-flags.ts';

tuneV8ForScan();

const exitCode = await runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: colorEnabled(process.env, process.stdout.isTTY === true),
    stderrIsTTY: process.stderr.isTTY === true,
    readStdin: () => text(process.stdin),
    cwd: process.cwd(),
    readText: (path) => readInputFile(path, { workspace: process.cwd(), what: 'File' }),
    writeFile: (path, text) => writeOutputFile(path, text, { inside: process.cwd() }),
  },
  { fs: nodeFileSystem, runCommand: createRunCommand(), gitTopLevel },
);
process.exitCode = exitCode;
