import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { gitTopLevel, nodeFileSystem } from './discover/file-system.ts';
import { runGit } from './github/head-lines.ts';
import { runAction } from './github/run-action.ts';
import { createRunCommand } from './render/run-command.ts';
import { readInputFile } from './read-input.ts';
import { writeOutputFile } from './write-output.ts';

await runAction(
  {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(message),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    annotate: (level, message, properties) => (level === 'error' ? core.error : level === 'warning' ? core.warning : core.notice)(message, properties),
    appendSummary: async (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
    },
    setSecret: (secret) => core.setSecret(secret),
  },
  {
    fs: nodeFileSystem,
    runCommand: createRunCommand(),
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    gitTopLevel,
    runGit,
    readText: (path) => readFile(path, 'utf8').catch(() => undefined),
    readInput: (path) => readInputFile(path, { workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(), what: 'File' }),
    writeFile: (path, text) => writeOutputFile(path, text, { inside: process.env.GITHUB_WORKSPACE ?? process.cwd() }),
    env: process.env,
    now: () => new Date(),
    sleep: (ms) => sleep(ms),
  },
);
