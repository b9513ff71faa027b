import { isAbsolute, relative, resolve } from 'node:path';
import type { ScanTarget } from '../discover/discover.ts';
import { globCostProblem, MAX_GLOBS } from '../discover/glob-limits.ts';
import type { RenderConfig } from '../render/options.ts';
import type { ScanRequest } from '../scan.ts';
import { UserError } from '../errors.ts';
import { RULES } from '../rules/index.ts';
import { NO_SETTINGS } from '../model/settings.ts';
import { parseBaseline } from '../suppress/baseline.ts';
import { CONFIG_FILE_NAMES, parseConfig, type Config } from './config.ts';

export interface ScanOptions {
  /** Absolute: the repository's top level; every reported path is relative to it. */
  readonly root: string;
  /** Folders inside the root to scan; default the root. */
  readonly targets?: readonly ScanTarget[];
  /** Globs for each target that has none of its own; empty = the config's include, else the default. */
  readonly include?: readonly string[];
  /** Where `.ephemeral-guard.yaml` is looked for (absolute); default the only target, else the root. */
  readonly configDir?: string;
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
  const onlyTarget = options.targets?.length === 1 ? options.targets[0]! : undefined;
  const configDir = options.configDir ?? (onlyTarget ? resolve(options.root, onlyTarget.folder) : options.root);
  let configFile: string | undefined;
  if (options.configPath) {
    configFile = isAbsolute(options.configPath) ? options.configPath : resolve(cwd, options.configPath);
    const text = await readText(configFile);
    if (text === undefined) throw new UserError(`Config file ${options.configPath} does not exist. Check the path, or leave it out to use ${CONFIG_FILE_NAMES[0]} at the scan root.`);
    config = parseConfig(options.configPath, text, KNOWN_RULES);
  } else {
    for (const name of CONFIG_FILE_NAMES) {
      const path = resolve(configDir, name);
      const text = await readText(path);
      if (text !== undefined) {
        configFile = path;
        config = parseConfig(name, text, KNOWN_RULES);
        break;
      }
    }
  }
  const globs = [...(options.include ?? []), ...(options.exclude ?? []), ...(options.targets ?? []).flatMap((target) => target.include ?? [])];
  if (globs.length > MAX_GLOBS) throw new UserError(`${globs.length} glob patterns were given; at most ${MAX_GLOBS} are accepted.`);
  for (const glob of globs) validateGlob(glob);
  const include = options.include && options.include.length > 0 ? options.include : config.include;
  const exclude = [...(config.exclude ?? []), ...(options.exclude ?? [])];
  if (exclude.length + (include?.length ?? 0) > MAX_GLOBS) throw new UserError(`The config and options give ${exclude.length + (include?.length ?? 0)} glob patterns; at most ${MAX_GLOBS} are accepted.`);
  const targets = options.targets?.map((target): ScanTarget => {
    const globs = target.include && target.include.length > 0 ? target.include : include;
    return { folder: target.folder, ...(globs ? { include: globs } : {}) };
  });
  const configFolder = posixRelative(options.root, configDir);
  const render = config.render && configFolder !== '' ? rebaseRenderConfig(config.render, configFolder) : config.render;
  const request: ScanRequest = {
    root: options.root,
    ...(targets ? { targets } : include ? { include } : {}),
    ...(exclude.length > 0 ? { exclude } : {}),
    ...(config.fixtures ? { fixtures: config.fixtures } : {}),
    ...(config.maxFileSize !== undefined ? { maxFileSize: config.maxFileSize } : {}),
    ...(config.rules ? { ruleLevels: config.rules } : {}),
    ...(config.securitySeverities ? { securitySeverities: config.securitySeverities } : {}),
    settings: config.settings,
    ...(render ? { render } : {}),
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
  const cost = globCostProblem(glob);
  if (cost !== undefined) throw new UserError(`${cost.charAt(0).toUpperCase()}${cost.slice(1)}.`);
};

const readBaseline = async (path: string, readText: ReadText, cwd: string) => {
  const text = await readText(isAbsolute(path) ? path : resolve(cwd, path));
  if (text === undefined) {
    throw new UserError(`Baseline ${path} does not exist. Write one with --write-baseline ${path} (or keep the SARIF/JSON report of an earlier run), or leave the option out.`);
  }
  return parseBaseline(path, text);
};

const posixRelative = (from: string, to: string): string => relative(from, to).split('\\').join('/');

/**
 * The config names chart folders and values files relative to its own folder; the scan names
 * them relative to the repository root.
 */
const rebaseRenderConfig = (render: RenderConfig, folder: string): RenderConfig => {
  const values = render.helm?.values;
  if (!render.helm || values === undefined) return render;
  const under = (path: string): string => {
    const trimmed = path.replace(/^\.\/+/, '').replace(/\/+$/, '');
    return trimmed === '' || trimmed === '.' ? folder : `${folder}/${trimmed}`;
  };
  const rebased = Array.isArray(values)
    ? (values as readonly string[]).map(under)
    : Object.fromEntries(Object.entries(values as Readonly<Record<string, readonly string[]>>).map(([chart, files]) => [under(chart), files.map(under)]));
  return { ...render, helm: { ...render.helm, values: rebased } };
};
