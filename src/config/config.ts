import { globCostProblem } from '../discover/glob-limits.ts';
import { printableText } from '../report/printable.ts';
import { UserError } from '../errors.ts';
import { parseYaml } from '../load/yaml-source.ts';
import type { PodSecurityLevel } from '../model/pod-security.ts';
import type { Level } from '../rules/rule.ts';
import { parseRenderConfig, type RenderConfig } from '../render/options.ts';
import {
  INSTALLED_ENGINES,
  type AllowedDebugger,
  type Assumptions,
  type ConfigPosition,
  type EngineVersion,
  type InstalledEngine,
  type KubernetesVersion,
  type PodSecurityAssumption,
  type ScanSettings,
} from '../model/settings.ts';
import { isRecord } from '../json.ts';
import { didYouMean } from '../suggest.ts';

/** `.ephemeral-guard.yaml`, validated (schema/ephemeral-guard.schema.json describes the same). */
export interface Config {
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  /** Globs of test fixtures (issue 14): scanned, but their findings are grouped in one line of the reports. */
  readonly fixtures?: readonly string[];
  readonly maxFileSize?: number;
  /** Per rule id or name: off, or the level replacing the default. */
  readonly rules?: Readonly<Record<string, Level | 'off'>>;
  /** Per rule id or name: the security-severity replacing the default (`rules.X.securitySeverity`). */
  readonly securitySeverities?: Readonly<Record<string, number>>;
  readonly settings: ScanSettings;
  /** Helm values, release name and namespace, renderer timeout (issue 8, src/render/options.ts). */
  readonly render?: RenderConfig;
}

export const CONFIG_FILE_NAMES: readonly string[] = ['.ephemeral-guard.yaml', '.ephemeral-guard.yml'];

/** Why a config file was refused (a closed set, so tests and callers can tell them apart). */
export type ConfigErrorCode = 'invalid-yaml' | 'unknown-key' | 'wrong-type' | 'invalid-value' | 'unknown-rule' | 'missing-key' | 'conflicting-keys';

/** A config mistake: the message starts with `file:line:col`; `path` is the YAML path. */
export class ConfigError extends UserError {
  constructor(
    readonly code: ConfigErrorCode,
    readonly path: readonly (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

const RULE_SETTINGS: readonly string[] = ['off', 'error', 'warning', 'note'];
const POD_SECURITY_LEVELS: readonly string[] = ['privileged', 'baseline', 'restricted'];
const TOP_KEYS = ['include', 'exclude', 'fixtures', 'maxFileSize', 'kubernetesVersion', 'rules', 'assume', 'rbac', 'externalRoles', 'render'] as const;
const KUBERNETES_VERSION = /^v?1\.(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*))?$/;
const ENGINE_VERSION = /^v?(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*))?(?:[-+][0-9A-Za-z.+-]+)?$/;
const DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const ROLE = /^(?:ClusterRole\/([^/]+)|Role\/([^/]+)\/([^/]+))$/;
const SUBJECT = /^(?:(User|Group)\/(.+)|ServiceAccount\/([^/]+)\/([^/]+))$/s;
const EXTERNAL_ROLE = /^(?:[^/]+|ClusterRole\/[^/]+|Role\/[^/]+\/[^/]+)$/;

type Path = readonly (string | number)[];

/**
 * Parses and validates a config file. Every mistake is a {@link ConfigError} whose message names
 * `file:line:col`, the key and what is expected; the first mistake found wins.
 */
export const parseConfig = (file: string, text: string, knownRules: ReadonlySet<string>): Config => {
  const parsed = parseYaml(text);
  const firstProblem = parsed.problems[0];
  if (firstProblem) {
    const { startLine, startColumn } = parsed.source.lines.region(firstProblem.offset, firstProblem.offset);
    throw new ConfigError('invalid-yaml', [], `${file}:${startLine}:${startColumn}: not valid YAML: ${firstProblem.message}.`);
  }
  const positionOf = (path: Path, key = false): ConfigPosition | undefined => {
    const region = parsed.source.regionOf({ file, doc: 0, path, key });
    return region ? { file, line: region.startLine, column: region.startColumn } : undefined;
  };
  const fail = (code: ConfigErrorCode, path: Path, message: string, key = false): never => {
    const position = positionOf(path, key);
    throw new ConfigError(code, path, `${position ? `${file}:${position.line}:${position.column}` : file}: ${message}`);
  };
  const at = (path: Path): ConfigPosition => positionOf(path) ?? { file, line: 1, column: 1 };
  const name = (path: Path): string => path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('').replace(/^\./, '');

  const mapping = (value: unknown, path: Path, what: string): Record<string, unknown> => {
    if (!isRecord(value)) fail('wrong-type', path, `${name(path)} must be a mapping of ${what}, not ${describe(value)}.`);
    return value as Record<string, unknown>;
  };
  const keysOf = (value: Record<string, unknown>, path: Path, allowed: readonly string[]): [string, unknown][] => {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        const where = path.length === 0 ? '' : ` under ${name(path)}`;
        fail('unknown-key', [...path, key], `unknown key "${key}"${where} (expected ${listOf(allowed)}).`, true);
      }
    }
    return Object.entries(value);
  };
  const stringAt = (value: unknown, path: Path, what: string): string => {
    if (typeof value !== 'string') fail('wrong-type', path, `${name(path)} must be ${what}, not ${describe(value)}.`);
    return value as string;
  };
  const list = (value: unknown, path: Path, what: string): unknown[] => {
    if (!Array.isArray(value)) fail('wrong-type', path, `${name(path)} must be a list of ${what}, not ${describe(value)}.`);
    return value as unknown[];
  };
  const globs = (value: unknown, path: Path): string[] =>
    list(value, path, 'glob patterns, e.g. ["policies/**/*.yaml"]').map((glob, i) => {
      const pattern = stringAt(glob, [...path, i], 'a glob pattern');
      const problem = globProblem(pattern);
      if (problem) fail('invalid-value', [...path, i], `${problem}`);
      return pattern;
    });
  const level = (value: unknown, path: Path): PodSecurityLevel => {
    if (typeof value !== 'string' || !POD_SECURITY_LEVELS.includes(value)) {
      fail(typeof value === 'string' ? 'invalid-value' : 'wrong-type', path, `${name(path)} must be a Pod Security level: privileged, baseline or restricted (got ${describe(value)}).`);
    }
    return value as PodSecurityLevel;
  };

  const value = parsed.documents[0] ?? {};
  if (parsed.documents.length > 1) fail('invalid-value', [], 'the config must be one YAML document; remove the "---" separators.');
  const root = mapping(value, [], 'settings (include, exclude, rules, assume, rbac, ...)');
  const config: { -readonly [K in keyof Config]: Config[K] } = { settings: { assume: { engines: {} }, rbacAllow: [], externalRoles: [] } };
  let settings: { -readonly [K in keyof ScanSettings]: ScanSettings[K] } = { ...config.settings };
  for (const [key, setting] of keysOf(root, [], TOP_KEYS)) {
    switch (key) {
      case 'include':
      case 'exclude':
      case 'fixtures':
        config[key] = globs(setting, [key]);
        break;
      case 'maxFileSize':
        if (typeof setting !== 'number' || !Number.isInteger(setting) || setting <= 0) {
          fail(typeof setting === 'number' ? 'invalid-value' : 'wrong-type', [key], `maxFileSize must be a positive whole number of bytes (got ${describe(setting)}).`);
        }
        config.maxFileSize = setting as number;
        break;
      case 'kubernetesVersion':
        settings.kubernetesVersion = kubernetesVersion(setting, fail);
        break;
      case 'rules': {
        const rules: Record<string, Level | 'off'> = {};
        const severities: Record<string, number> = {};
        for (const [rule, ruleSetting] of Object.entries(mapping(setting, [key], 'rule ids or names to off, error, warning or note'))) {
          if (!knownRules.has(rule)) fail('unknown-rule', [key, rule], `unknown rule "${rule}" (use an id such as EG201 or its name).${didYouMean(rule, knownRules)}`, true);
          const path = [key, rule];
          if (isRecord(ruleSetting)) {
            for (const [field, fieldValue] of keysOf(ruleSetting, path, ['level', 'securitySeverity'])) {
              if (field === 'level') rules[rule] = ruleLevel(fieldValue, [...path, field], fail);
              else severities[rule] = securitySeverity(fieldValue, [...path, field], fail);
            }
            if (Object.keys(ruleSetting).length === 0) fail('missing-key', path, `rule ${rule} needs level and/or securitySeverity.`);
          } else rules[rule] = ruleLevel(ruleSetting, path, fail);
        }
        config.rules = rules;
        if (Object.keys(severities).length > 0) config.securitySeverities = severities;
        break;
      }
      case 'assume':
        settings = { ...settings, assume: assumptions(mapping(setting, [key], 'podSecurity and engines')) };
        break;
      case 'rbac': {
        for (const [field, allow] of keysOf(mapping(setting, [key], 'settings (allow)'), [key], ['allow'])) {
          settings.rbacAllow = list(allow, [key, field], 'roles or subjects with a reason').map((entry, i) => allowedDebugger(entry, [key, field, i]));
        }
        break;
      }
      case 'render':
        config.render = parseRenderConfig(setting, (code, path, message, isKey) => fail(code, [key, ...path], message, isKey));
        break;
      case 'externalRoles':
        settings.externalRoles = list(setting, [key], 'role names').map((role, i) => {
          const roleName = stringAt(role, [key, i], 'a role name, ClusterRole/<name> or Role/<namespace>/<name>');
          if (!EXTERNAL_ROLE.test(roleName) || roleName.trim() === '') {
            fail('invalid-value', [key, i], `"${roleName}" is not a role: write <name>, ClusterRole/<name> or Role/<namespace>/<name>.`);
          }
          return roleName;
        });
        break;
    }
  }
  config.settings = settings;
  return config;

  function assumptions(value: Record<string, unknown>): Assumptions {
    let podSecurity: PodSecurityAssumption | undefined;
    const engines: Partial<Record<InstalledEngine, EngineVersion>> = {};
    for (const [key, setting] of keysOf(value, ['assume'], ['podSecurity', 'engines'])) {
      const path = ['assume', key];
      if (key === 'podSecurity') {
        const fields = mapping(setting, path, 'enforce and namespaces');
        let enforce: PodSecurityLevel | undefined;
        const namespaces: Record<string, PodSecurityLevel> = {};
        for (const [field, fieldValue] of keysOf(fields, path, ['enforce', 'namespaces'])) {
          if (field === 'enforce') enforce = level(fieldValue, [...path, field]);
          else {
            for (const [namespace, namespaceLevel] of Object.entries(mapping(fieldValue, [...path, field], 'namespace names to levels'))) {
              if (!DNS_LABEL.test(namespace)) fail('invalid-value', [...path, field, namespace], `"${namespace}" is not a namespace name (lower-case letters, digits and "-", at most 63).`, true);
              namespaces[namespace] = level(namespaceLevel, [...path, field, namespace]);
            }
          }
        }
        if (enforce === undefined && Object.keys(fields).length === 0) fail('missing-key', path, 'assume.podSecurity needs enforce (every namespace) and/or namespaces (named ones).');
        podSecurity = { ...(enforce ? { enforce } : {}), namespaces, at: at(path) };
      } else {
        for (const [engine, version] of keysOf(mapping(setting, path, 'engine names to versions'), path, INSTALLED_ENGINES)) {
          engines[engine as InstalledEngine] = engineVersion(version, [...path, engine]);
        }
      }
    }
    return { ...(podSecurity ? { podSecurity } : {}), engines };
  }

  function engineVersion(value: unknown, path: Path): EngineVersion {
    if (typeof value === 'number') fail('wrong-type', path, `${name(path)} must be a quoted version such as "${value}.0" (YAML reads an unquoted version as a number).`);
    const version = stringAt(value, path, 'a version such as "3.16.3"');
    const match = ENGINE_VERSION.exec(version);
    if (!match) fail('invalid-value', path, `${name(path)} must be a version such as "3.16.3" or "v1.12" (got "${version}").`);
    return { major: Number(match![1]), minor: Number(match![2]), patch: Number(match![3] ?? 0), text: version };
  }

  function allowedDebugger(entry: unknown, path: Path): AllowedDebugger {
    const fields = mapping(entry, path, 'role or subject, and reason');
    keysOf(fields, path, ['role', 'subject', 'reason']);
    if ('role' in fields && 'subject' in fields) fail('conflicting-keys', [...path, 'subject'], 'give either role or subject in one entry, not both; write two entries.', true);
    if (!('role' in fields) && !('subject' in fields)) fail('missing-key', path, 'each rbac.allow entry needs role (ClusterRole/<name> or Role/<namespace>/<name>) or subject (User/<name>, Group/<name>, ServiceAccount/<namespace>/<name>).');
    if (!('reason' in fields)) fail('missing-key', path, 'each rbac.allow entry needs a reason: say why this access to ephemeral containers is acceptable.');
    const reason = stringAt(fields.reason, [...path, 'reason'], 'a sentence saying why this access is acceptable').trim();
    if (reason === '') fail('invalid-value', [...path, 'reason'], 'reason is empty: say why this access to ephemeral containers is acceptable.');
    const position = at(path);
    if ('role' in fields) {
      const label = stringAt(fields.role, [...path, 'role'], 'ClusterRole/<name> or Role/<namespace>/<name>');
      const match = ROLE.exec(label);
      if (!match) fail('invalid-value', [...path, 'role'], `"${label}" is not a role: write ClusterRole/<name> or Role/<namespace>/<name>.`);
      const role = match![1] !== undefined ? { kind: 'ClusterRole' as const, name: match![1] } : { kind: 'Role' as const, namespace: match![2]!, name: match![3]! };
      return { kind: 'role', role, label, reason, at: position };
    }
    const label = stringAt(fields.subject, [...path, 'subject'], 'User/<name>, Group/<name> or ServiceAccount/<namespace>/<name>');
    const match = SUBJECT.exec(label);
    if (!match) fail('invalid-value', [...path, 'subject'], `"${label}" is not a subject: write User/<name>, Group/<name> or ServiceAccount/<namespace>/<name>.`);
    const subject =
      match![1] !== undefined
        ? { kind: match![1] as 'User' | 'Group', name: match![2]! }
        : { kind: 'ServiceAccount' as const, namespace: match![3]!, name: match![4]! };
    return { kind: 'subject', subject, label, reason, at: position };
  }
};

type Fail = (code: ConfigErrorCode, path: Path, message: string, key?: boolean) => never;

const kubernetesVersion = (value: unknown, fail: Fail): KubernetesVersion => {
  if (typeof value === 'number') {
    fail('wrong-type', ['kubernetesVersion'], `kubernetesVersion must be a quoted string such as "1.30": YAML reads ${value} as a number (1.30 becomes 1.3).`);
  }
  if (typeof value !== 'string') fail('wrong-type', ['kubernetesVersion'], `kubernetesVersion must be a string such as "1.30" (got ${describe(value)}).`);
  const match = KUBERNETES_VERSION.exec(value as string);
  if (!match) fail('invalid-value', ['kubernetesVersion'], `kubernetesVersion must look like "1.30" or "v1.30.2" (got "${String(value)}").`);
  return { major: 1, minor: Number(match![1]), ...(match![2] !== undefined ? { patch: Number(match![2]) } : {}), text: value as string };
};

const ruleLevel = (value: unknown, path: Path, fail: Fail): Level | 'off' => {
  if (typeof value !== 'string' || !RULE_SETTINGS.includes(value)) {
    const hint = value === false ? ' (write off, not false)' : '';
    fail(typeof value === 'string' ? 'invalid-value' : 'wrong-type', path, `rule ${String(path[1])} must be set to off, error, warning or note${hint} (got ${describe(value)}).`);
  }
  return value as Level | 'off';
};

const securitySeverity = (value: unknown, path: Path, fail: Fail): number => {
  if (typeof value !== 'number' || !(value >= 0.1 && value <= 10)) {
    fail(typeof value === 'number' ? 'invalid-value' : 'wrong-type', path, `securitySeverity of rule ${String(path[1])} must be a number from 0.1 to 10.0 (got ${describe(value)}).`);
  }
  return value as number;
};

/** The same checks as `validateGlob` (resolve.ts), as a sentence or undefined. */
const globProblem = (glob: string): string | undefined => {
  if (glob.trim() === '') return 'an empty glob pattern; remove it.';
  if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob)) return `glob "${glob}" is absolute; globs are relative to the scanned folder.`;
  if (glob.split('/').includes('..')) return `glob "${glob}" leaves the scanned folder (".."); scan the parent folder instead.`;
  const cost = globCostProblem(glob);
  if (cost !== undefined) return `${cost}.`;
  return undefined;
};

const listOf = (items: readonly string[]): string =>
  items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

const describe = (value: unknown): string =>
  value === null || value === undefined
    ? 'nothing'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'a mapping'
        : typeof value === 'string'
          ? quotedValue(value)
          : `${typeof value} ${String(value)}`;


/**
 * A string from the config, quoted when short and on one line; otherwise only its length: a
 * config linked to another file (or pasted over one) must not have that file's bytes echoed.
 */
const quotedValue = (value: string): string =>
  value.length <= 60 && printableText(value) === value ? `"${value}"` : `a string of ${value.length} characters`;
