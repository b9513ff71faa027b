import { isAbsolute, resolve } from 'node:path';
import type { ScanRequest } from '../engine.ts';
import { UserError } from '../errors.ts';
import { RULES } from '../rules/index.ts';
import { NO_SETTINGS } from './settings.ts';
import { parseBaseline } from '../suppress/baseline.ts';
import { CONFIG_FILE_NAMES, parseConfig, type Config } from './config.ts';

export interface ScanOptions {
  /** Folder to scan (absolute). */
  readonly root: string;
  /** Globs relative to the root; empty = the config's include, else the default. */
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  /** Config file path (absolute or relative to cwd); default: `.ephemeral-guard.yaml` at the root. */
  readonly configPath?: string;
  /** An earlier SARIF or JSON report (absolute or relative to cwd): `--baseline` / input `baseline`. */
  readonly baselinePath?: string;
}

/** Reads a text file, or undefined when it does not exist. */
export type ReadText = (path: string) => Promise<string | undefined>;

const KNOWN_RULES: ReadonlySet<string> = new Set(RULES.flatMap((rule) => [rule.meta.id, rule.meta.name]));

/** Config file + command-line/Action options → the request the engine runs. */
export const resolveScanRequest = async (options: ScanOptions, readText: ReadText, cwd: string): Promise<{ request: ScanRequest; config: Config; configFile?: string }> => {
  let config: Config = { settings: NO_SETTINGS };
  let configFile: string | undefined;
  if (options.configPath) {
    configFile = isAbsolute(options.configPath) ? options.configPath : resolve(cwd, options.configPath);
    const text = await readText(configFile);
    if (text === undefined) throw new UserError(`Config file ${options.configPath} does not exist. Check the path, or leave it out to use ${CONFIG_FILE_NAMES[0]} at the scan root.`);
    config = parseConfig(options.configPath, text, KNOWN_RULES);
  } else {
    for (const name of CONFIG_FILE_NAMES) {
      const path = resolve(options.root, name);
      const text = await readText(path);
      if (text !== undefined) {
        configFile = path;
        config = parseConfig(name, text, KNOWN_RULES);
        break;
      }
    }
  }
  for (const glob of [...(options.include ?? []), ...(options.exclude ?? [])]) validateGlob(glob);
  const include = options.include && options.include.length > 0 ? options.include : config.include;
  const exclude = [...(config.exclude ?? []), ...(options.exclude ?? [])];
  const request: ScanRequest = {
    root: options.root,
    ...(include ? { include } : {}),
    ...(exclude.length > 0 ? { exclude } : {}),
    ...(config.fixtures ? { fixtures: config.fixtures } : {}),
    ...(config.maxFileSize !== undefined ? { maxFileSize: config.maxFileSize } : {}),
    ...(config.rules ? { ruleLevels: config.rules } : {}),
    ...(config.securitySeverities ? { securitySeverities: config.securitySeverities } : {}),
    settings: config.settings,
    ...(config.render ? { render: config.render } : {}),
    ...(options.baselinePath ? { baseline: await readBaseline(options.baselinePath, readText, cwd) } : {}),
  };
  return { request, config, ...(configFile ? { configFile } : {}) };
};

/** Globs are relative to the scan root: absolute paths and `..` would scan outside it. */
export const validateGlob = (glob: string): void => {
  if (glob.trim() === '') throw new UserError('An empty glob pattern was given; remove it.');
  if (isAbsolute(glob) || /^[A-Za-z]:[\\/]/.test(glob)) throw new UserError(`Glob "${glob}" is absolute; globs are relative to the scanned folder.`);
  if (glob.split('/').includes('..')) throw new UserError(`Glob "${glob}" leaves the scanned folder (".."); scan the parent folder instead.`);
  let depth = 0;
  for (const char of glob) {
    if (char === '{') depth++;
    else if (char === '}') depth--;
    if (depth < 0) break;
  }
  if (depth !== 0) throw new UserError(`Glob "${glob}" has unbalanced braces.`);
};

const readBaseline = async (path: string, readText: ReadText, cwd: string) => {
  const text = await readText(isAbsolute(path) ? path : resolve(cwd, path));
  if (text === undefined) {
    throw new UserError(`Baseline ${path} does not exist. Write one with --write-baseline ${path} (or keep the SARIF/JSON report of an earlier run), or leave the option out.`);
  }
  return parseBaseline(path, text);
};
