import { UserError } from '../errors.ts';
import { parseRenderSelection, type RenderSelection } from '../render/options.ts';
import type { Level } from '../rules/rule.ts';
import { parseTimeLimit } from '../model/time-limit.ts';

export interface ActionInputs {
  /** Input `checkout-path`: where actions/checkout put the repository, relative to the workspace. */
  readonly checkoutPath?: string;
  readonly paths: readonly string[];
  readonly exclude: readonly string[];
  readonly config?: string;
  /** An earlier SARIF or JSON report, relative to the workspace: only new findings fail the step. */
  readonly baseline?: string;
  readonly failOn: Level | 'none';
  /** Input `fail-if-nothing-scanned` (default true): no Kubernetes object found fails the step. */
  readonly failIfNothingScanned: boolean;
  /** Input `render`: which renderers run before the scan (default auto). */
  readonly render: RenderSelection;
  /** Input `time-limit`: seconds for the whole scan; undefined = the default. */
  readonly timeLimitSeconds?: number;
  readonly sarifFile: string;
  readonly category?: string;
  readonly token?: string;
  /** `auto`: upload when the token can, else warn; `true`: failing to upload fails the step. */
  readonly uploadSarif: 'auto' | 'true' | 'false';
  /** Where findings become annotations: a check run (falls back to workflow commands), workflow commands, or nowhere. */
  readonly annotations: 'check-run' | 'workflow' | 'none';
  /** Annotate only files changed by the pull request; undefined = the default (true on pull requests). */
  readonly annotateOnlyChanged?: boolean;
  /** Input `suggest-fixes` (default true): proved fixes on lines a pull request adds become suggestions in a review. */
  readonly suggestFixes: boolean;
  /** Input `mode`: `scan` the repository (default), or `verify` a live cluster (also set by `verify-kubeconfig`). */
  readonly mode: 'scan' | 'verify';
  /** Input `verify-kubeconfig`: kubeconfig path, relative to the workspace; empty = KUBECONFIG / ~/.kube/config / in-cluster. */
  readonly verifyKubeconfig?: string;
  /** Input `verify-namespaces`: namespaces to probe; empty = every listable one but kube-system, kube-public, kube-node-lease. */
  readonly verifyNamespaces: readonly string[];
}

const FAIL_ON: readonly string[] = ['error', 'warning', 'note', 'none'];
const UPLOAD_SARIF: readonly string[] = ['auto', 'true', 'false'];
const ANNOTATIONS: readonly string[] = ['check-run', 'workflow', 'none'];

/** One of `allowed` (case-insensitive), `fallback` when empty, else a UserError naming the input. */
const choice = (getInput: (name: string) => string, name: string, allowed: readonly string[], fallback: string): string => {
  const value = getInput(name).trim().toLowerCase() || fallback;
  if (!allowed.includes(value)) throw new UserError(`Input ${name} must be one of ${allowed.join(', ')} (got "${getInput(name).trim()}").`);
  return value;
};

/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them; empty = undefined. */
const optionalBoolean = (getInput: (name: string) => string, name: string): boolean | undefined => {
  const value = getInput(name).trim();
  if (value === '') return undefined;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UserError(`Input ${name} must be true or false (got "${value}").`);
};

/** Globs given one per line or comma-separated, blanks and `#` comments ignored. */
const globList = (text: string): string[] =>
  text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

/** Typed inputs from `getInput` (no I/O), or a UserError that names the input. */
export const parseInputs = (getInput: (name: string) => string): ActionInputs => {
  const failOn = getInput('fail-on').trim() || 'error';
  if (!FAIL_ON.includes(failOn)) throw new UserError(`Input fail-on must be one of ${FAIL_ON.join(', ')} (got "${failOn}").`);
  const config = getInput('config').trim();
  const baseline = getInput('baseline').trim();
  const category = getInput('category').trim();
  const checkoutPath = getInput('checkout-path').trim();
  const token = getInput('token').trim();
  const uploadSarif = choice(getInput, 'upload-sarif', UPLOAD_SARIF, 'auto') as ActionInputs['uploadSarif'];
  const annotations = choice(getInput, 'annotations', ANNOTATIONS, 'check-run') as ActionInputs['annotations'];
  const annotateOnlyChanged = optionalBoolean(getInput, 'annotate-only-changed');
  const verifyKubeconfig = getInput('verify-kubeconfig').trim();
  const timeLimit = getInput('time-limit').trim();
  const mode = verifyKubeconfig ? 'verify' : (choice(getInput, 'mode', ['scan', 'verify'], 'scan') as ActionInputs['mode']);
  return {
    ...(checkoutPath ? { checkoutPath } : {}),
    paths: globList(getInput('paths')),
    exclude: globList(getInput('exclude')),
    ...(config ? { config } : {}),
    ...(baseline ? { baseline } : {}),
    failOn: failOn as Level | 'none',
    failIfNothingScanned: optionalBoolean(getInput, 'fail-if-nothing-scanned') ?? true,
    render: parseRenderSelection(getInput('render'), 'Input render'),
    ...(timeLimit ? { timeLimitSeconds: parseTimeLimit(timeLimit, 'Input time-limit') } : {}),
    sarifFile: getInput('sarif-file').trim() || 'ephemeral-guard.sarif',
    ...(category ? { category } : {}),
    ...(token ? { token } : {}),
    uploadSarif,
    annotations,
    ...(annotateOnlyChanged !== undefined ? { annotateOnlyChanged } : {}),
    suggestFixes: optionalBoolean(getInput, 'suggest-fixes') ?? true,
    mode,
    ...(verifyKubeconfig ? { verifyKubeconfig } : {}),
    verifyNamespaces: globList(getInput('verify-namespaces')),
  };
};
