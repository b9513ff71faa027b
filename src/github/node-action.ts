/**
 * The Action's production wiring: @actions/core for the runner, the real file system, renderers,
 * git and clock. src/action.ts runs it as is; a test entry may override one dependency (the API
 * limits, say) and keep everything else exactly as the runner gets it.
 */
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { gitTopLevel, nodeFileSystem } from '../discover/file-system.ts';
import { createRunCommand } from '../render/run-command.ts';
import { readInputFile } from '../read-input.ts';
import { writeOutputFile } from '../write-output.ts';
import type { ActionDeps, ActionIO } from './action-io.ts';
import { runGit } from './head-lines.ts';

export const coreActionIO: ActionIO = {
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
};

export const nodeActionDeps = (env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): ActionDeps => {
  const workspace = env.GITHUB_WORKSPACE ?? cwd;
  return {
    fs: nodeFileSystem,
    runCommand: createRunCommand(),
    workspace,
    gitTopLevel,
    runGit,
    readText: (path) => readFile(path, 'utf8').catch(() => undefined),
    readInput: (path) => readInputFile(path, { workspace, what: 'File' }),
    writeFile: (path, text) => writeOutputFile(path, text, { inside: workspace }),
    env,
    now: () => new Date(),
    sleep: (ms) => sleep(ms),
  };
};
