import * as core from '@actions/core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { nodeFileSystem } from './discover/file-system.ts';
import { runAction } from './github/run-action.ts';

await runAction(core, {
  fs: nodeFileSystem,
  workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
  readText: (path) => readFile(path, 'utf8').catch(() => undefined),
  writeFile: async (path, text) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  },
});
