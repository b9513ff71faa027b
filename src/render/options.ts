import { UserError } from '../errors.ts';
import { isRecord } from '../json.ts';

export type RendererName = 'helm' | 'kustomize';
export const RENDERERS: readonly RendererName[] = ['helm', 'kustomize'];

/** `auto` renders with every renderer; `none` with none; a list with those only. */
export type RenderSelection = 'auto' | 'none' | readonly RendererName[];

export interface HelmRenderConfig {
  /**
   * Values files (relative to the scan root) given to `helm template` after the chart's own
   * values.yaml: one list for every chart, or lists by chart folder.
   */
  readonly values?: readonly string[] | Readonly<Record<string, readonly string[]>>;
  readonly releaseName?: string;
  readonly namespace?: string;
  /** `--kube-version` (`.Capabilities.KubeVersion`); default the config's kubernetesVersion, else DEFAULT_KUBE_VERSION. */
  readonly kubeVersion?: string;
}

/** The `render` key of the config file. */
export interface RenderConfig {
  readonly helm?: HelmRenderConfig;
  /** Per renderer run (default 60). */
  readonly timeoutSeconds?: number;
}

export interface RenderOptions extends RenderConfig {
  readonly renderers?: RenderSelection;
  /** Time (ms since the epoch) by which every render must have ended: the scan's total limit. */
  readonly deadline?: number;
}

export const DEFAULT_RENDER_TIMEOUT_SECONDS = 60;
/** Every render of one scan together: a config (which a pull request can edit) cannot raise it. */
export const TOTAL_RENDER_SECONDS = 600;
export const DEFAULT_RELEASE_NAME = 'release-name';
export const DEFAULT_NAMESPACE = 'default';
/**
 * The Kubernetes version charts are rendered for when neither `render.helm.kubeVersion` nor
 * `kubernetesVersion` is set: fixed, so the result does not depend on the runner's helm.
 */
export const DEFAULT_KUBE_VERSION = 'v1.33.0';

/** The renderers a selection turns on. */
export const renderersOf = (selection: RenderSelection | undefined): ReadonlySet<RendererName> =>
  new Set(selection === undefined || selection === 'auto' ? RENDERERS : selection === 'none' ? [] : selection);

/** `auto`, `none`, or a comma-separated list of renderers (CLI `--render`, Action input `render`). */
export const parseRenderSelection = (text: string, source: string): RenderSelection => {
  const value = text.trim();
  if (value === '' || value === 'auto') return 'auto';
  if (value === 'none') return 'none';
  const names = value.split(',').map((name) => name.trim());
  const unknown = names.find((name) => !(RENDERERS as readonly string[]).includes(name));
  if (unknown !== undefined) {
    throw new UserError(`${source} must be auto, none, or a comma-separated list of ${RENDERERS.join(', ')} (got "${unknown}").`);
  }
  return [...new Set(names as RendererName[])].sort();
};

/** Kubernetes names for a release and a namespace: DNS-1123 labels (Helm checks the same). */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Reports a config mistake at a path below `render` (the config module adds `file:line:col`). */
export type RenderConfigFail = (code: 'wrong-type' | 'invalid-value' | 'unknown-key', path: readonly (string | number)[], message: string, key?: boolean) => never;

/** Validates the config file's `render` key; every mistake goes to `fail`, which throws. */
export const parseRenderConfig = (value: unknown, fail: RenderConfigFail): RenderConfig => {
  if (!isRecord(value)) return fail('wrong-type', [], 'render must be a mapping (helm, timeoutSeconds).');
  const config: { helm?: HelmRenderConfig; timeoutSeconds?: number } = {};
  for (const [key, setting] of Object.entries(value)) {
    if (key === 'timeoutSeconds') {
      if (typeof setting !== 'number' || !Number.isInteger(setting) || setting <= 0 || setting > 3600) {
        fail(typeof setting === 'number' ? 'invalid-value' : 'wrong-type', [key], 'render.timeoutSeconds must be a whole number of seconds from 1 to 3600.');
      }
      config.timeoutSeconds = setting as number;
    } else if (key === 'helm') config.helm = parseHelm(setting, (code, path, message, isKey) => fail(code, [key, ...path], message, isKey));
    else fail('unknown-key', [key], `unknown key "${key}" under render (expected helm or timeoutSeconds).`, true);
  }
  return config;
};

const parseHelm = (value: unknown, fail: RenderConfigFail): HelmRenderConfig => {
  if (!isRecord(value)) return fail('wrong-type', [], 'render.helm must be a mapping (values, releaseName, namespace, kubeVersion).');
  const helm: { values?: HelmRenderConfig['values']; releaseName?: string; namespace?: string; kubeVersion?: string } = {};
  for (const [key, setting] of Object.entries(value)) {
    switch (key) {
      case 'values':
        if (Array.isArray(setting)) helm.values = valuesList(setting, fail, [key]);
        else if (isRecord(setting)) {
          const byChart: Record<string, readonly string[]> = {};
          for (const [chart, files] of Object.entries(setting)) {
            if (!Array.isArray(files)) fail('wrong-type', [key, chart], `the values files of chart ${chart} must be a list of paths.`);
            byChart[normaliseFolder(chart)] = valuesList(files as unknown[], fail, [key, chart]);
          }
          helm.values = byChart;
        } else fail('wrong-type', [key], 'render.helm.values must be a list of values files, or a mapping from chart folder to such a list.');
        break;
      case 'releaseName':
      case 'namespace':
        if (typeof setting !== 'string' || !DNS_LABEL.test(setting) || setting.length > 53) {
          fail(typeof setting === 'string' ? 'invalid-value' : 'wrong-type', [key], `render.helm.${key} must be a lowercase DNS label (letters, digits and "-", at most 53 characters).`);
        }
        helm[key] = setting as string;
        break;
      case 'kubeVersion':
        if (typeof setting !== 'string' || !/^v?1\.\d{1,3}(\.\d{1,3})?$/.test(setting)) {
          fail(typeof setting === 'string' ? 'invalid-value' : 'wrong-type', [key], 'render.helm.kubeVersion must be a quoted Kubernetes version such as "1.33" or "v1.33.2".');
        }
        helm.kubeVersion = setting as string;
        break;
      default:
        fail('unknown-key', [key], `unknown key "${key}" under render.helm (expected values, releaseName, namespace or kubeVersion).`, true);
    }
  }
  return helm;
};

/** `./charts/app/` → `charts/app`; `.` → '' (the root chart). */
const normaliseFolder = (folder: string): string => folder.replace(/\/+$/, '').replace(/^\.(\/|$)/, '');

const valuesList = (files: readonly unknown[], fail: RenderConfigFail, path: readonly (string | number)[]): string[] =>
  files.map((file, i) => {
    if (typeof file !== 'string' || file.trim() === '') return fail('wrong-type', [...path, i], 'a values file must be a path relative to the scanned folder.');
    if (file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file) || file.split(/[\\/]/).includes('..')) {
      fail('invalid-value', [...path, i], `values file "${file}" must stay inside the scanned folder (relative, no "..").`);
    }
    return file;
  });

