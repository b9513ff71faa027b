import { UserError } from '../errors.ts';
import { parseYaml } from '../load/yaml-source.ts';
import type { Level } from '../rules/rule.ts';

/** `.ephemeral-guard.yaml`, validated. */
export interface Config {
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  readonly maxFileSize?: number;
  readonly rules?: Readonly<Record<string, Level | 'off'>>;
}

export const CONFIG_FILE_NAMES: readonly string[] = ['.ephemeral-guard.yaml', '.ephemeral-guard.yml'];

const RULE_SETTINGS: ReadonlySet<string> = new Set(['off', 'error', 'warning', 'note']);

/**
 * Parses and validates a config file. Every mistake is a UserError naming `file:line:col`, the
 * key and what is expected.
 */
export const parseConfig = (file: string, text: string, knownRules: ReadonlySet<string>): Config => {
  const parsed = parseYaml(text);
  const firstProblem = parsed.problems[0];
  if (firstProblem) {
    const { startLine, startColumn } = parsed.source.lines.region(firstProblem.offset, firstProblem.offset);
    throw new UserError(`${file}:${startLine}:${startColumn}: not valid YAML: ${firstProblem.message}.`);
  }
  const value = parsed.documents[0] ?? {};
  const where = (path: readonly (string | number)[], key = false): string => {
    const region = parsed.source.regionOf({ file, doc: 0, path, key });
    return region ? `${file}:${region.startLine}:${region.startColumn}` : file;
  };
  if (!isObject(value)) throw new UserError(`${where([])}: the config must be a mapping of keys (include, exclude, maxFileSize, rules).`);
  const config: { -readonly [K in keyof Config]: Config[K] } = {};
  for (const [key, setting] of Object.entries(value)) {
    switch (key) {
      case 'include':
      case 'exclude':
        if (!Array.isArray(setting) || !setting.every((glob) => typeof glob === 'string' && glob !== '')) {
          throw new UserError(`${where([key])}: ${key} must be a list of glob patterns, e.g. ["policies/**/*.yaml"].`);
        }
        config[key] = setting as string[];
        break;
      case 'maxFileSize':
        if (typeof setting !== 'number' || !Number.isInteger(setting) || setting <= 0) {
          throw new UserError(`${where([key])}: maxFileSize must be a positive whole number of bytes.`);
        }
        config.maxFileSize = setting;
        break;
      case 'rules': {
        if (!isObject(setting)) throw new UserError(`${where([key])}: rules must map rule ids or names to off, error, warning or note.`);
        const rules: Record<string, Level | 'off'> = {};
        for (const [rule, level] of Object.entries(setting)) {
          if (!knownRules.has(rule)) throw new UserError(`${where([key, rule], true)}: unknown rule "${rule}" (use an id such as EG201 or its name).`);
          if (typeof level !== 'string' || !RULE_SETTINGS.has(level)) {
            throw new UserError(`${where([key, rule])}: rule ${rule} must be set to off, error, warning or note.`);
          }
          rules[rule] = level as Level | 'off';
        }
        config.rules = rules;
        break;
      }
      default:
        throw new UserError(`${where([key], true)}: unknown key "${key}" (expected include, exclude, maxFileSize or rules).`);
    }
  }
  return config;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
