import { spawn } from 'node:child_process';
import { copyFile, lstat, mkdir, mkdtemp, readdir, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, isAbsolute, join, posix, relative, sep } from 'node:path';

/** One program run: an executable name (looked up on PATH) and its arguments, never a shell line. */
export interface CommandRequest {
  readonly command: string;
  /** Paths in the arguments are relative to `cwd` (the scan root), as `./folder` or `.`. */
  readonly args: readonly string[];
  readonly cwd: string;
  readonly timeoutMs: number;
  /**
   * Files and folders under `cwd` (relative, forward slashes) that the program reads. The real
   * runner copies only these into an empty temporary folder and runs the program there, so it
   * can reach nothing else of the checkout (nor, through a link, anything outside it).
   */
  readonly inputs?: readonly string[];
  /**
   * Input files the program reads with this text instead of theirs (a Chart.yaml without the
   * dependencies it lacks): written over their copy, so each must be a file of `inputs`.
   */
  readonly replaced?: readonly { readonly path: string; readonly text: string }[];
}

/** How a run ended. Only `exited` carries output; the others say why there is none. */
export type CommandResult =
  | { readonly kind: 'exited'; readonly code: number; readonly stdout: string; readonly stderr: string }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'timed-out'; readonly stderr: string }
  | { readonly kind: 'failed'; readonly message: string; readonly stderr: string }
  /** Its inputs could not be copied safely (a link out of the folder or into .git, too many files). */
  | { readonly kind: 'refused'; readonly reason: string };

/** Runs renderers: real processes in the CLI and Action, recorded answers in tests. */
export type RunCommand = (request: CommandRequest) => Promise<CommandResult>;

/** Output past this is refused (a chart rendering gigabytes is a bug or an attack). */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
/** What one run may copy (a link inside the folder can point at a large tree more than once). */
const MAX_STAGED_FILES = 100_000;
const MAX_STAGED_BYTES = 1024 * 1024 * 1024;

/**
 * A port on loopback that nothing listens on (port 1 needs root to bind and is never served):
 * a renderer that tries the network through a proxy gets "connection refused" at once.
 */
export const CLOSED_PROXY = 'http://127.0.0.1:1';

export interface RunCommandOptions {
  /** PATH of the child processes (default: this process's PATH). */
  readonly path?: string;
  /** More variables for the child processes (tests only: a recorded helm's log file). */
  readonly extraEnv?: Readonly<Record<string, string>>;
}

/**
 * The whole environment a renderer gets: PATH, and a fresh empty home for Helm, kustomize, git
 * and XDG config, caches and plugins. Nothing of this process's environment but PATH is passed
 * (in the Action that holds INPUT_*, ACTIONS_*, GITHUB_TOKEN). Git may use no protocol at all,
 * and every proxy variable points at a closed loopback port, so a fetch that slipped past the
 * remote checks fails instead of reaching the network.
 */
export const rendererEnvironment = (path: string, home: string): Record<string, string> => ({
  PATH: path,
  HOME: home,
  TMPDIR: join(home, 'tmp'),
  XDG_CONFIG_HOME: join(home, 'config'),
  XDG_CACHE_HOME: join(home, 'cache'),
  XDG_DATA_HOME: join(home, 'data'),
  XDG_STATE_HOME: join(home, 'state'),
  HELM_CONFIG_HOME: join(home, 'helm/config'),
  HELM_CACHE_HOME: join(home, 'helm/cache'),
  HELM_DATA_HOME: join(home, 'helm/data'),
  HELM_PLUGINS: join(home, 'helm/plugins'),
  HELM_REGISTRY_CONFIG: join(home, 'helm/registry.json'),
  HELM_REPOSITORY_CONFIG: join(home, 'helm/repositories.yaml'),
  HELM_REPOSITORY_CACHE: join(home, 'helm/repository'),
  KUSTOMIZE_PLUGIN_HOME: join(home, 'kustomize/plugins'),
  KUBECONFIG: join(home, 'kubeconfig'),
  GIT_ALLOW_PROTOCOL: '',
  GIT_TERMINAL_PROMPT: '0',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: join(home, 'gitconfig'),
  GIT_SSH_COMMAND: 'false',
  HTTP_PROXY: CLOSED_PROXY,
  HTTPS_PROXY: CLOSED_PROXY,
  ALL_PROXY: CLOSED_PROXY,
  http_proxy: CLOSED_PROXY,
  https_proxy: CLOSED_PROXY,
  all_proxy: CLOSED_PROXY,
  NO_PROXY: '',
  no_proxy: '',
});

/**
 * Runs a program without a shell (file names can never inject a command), stdin closed, in a
 * temporary copy of its inputs with the minimal environment above, killed with SIGKILL at the
 * timeout (together with its process group, so a wrapper script's child dies too), output kept
 * in full for the caller. Paths of the temporary folders are taken out of what it prints, so
 * messages read the same in every checkout.
 */
export const createRunCommand =
  (options: RunCommandOptions = {}): RunCommand =>
  async (request) => {
    const scratch = await mkdtemp(join(tmpdir(), 'eg-render-'));
    try {
      const home = join(scratch, 'home');
      const work = join(scratch, 'work');
      await mkdir(join(home, 'tmp'), { recursive: true });
      await mkdir(work);
      if (request.inputs !== undefined) {
        const refused = await stageInputs(request.cwd, request.inputs, work);
        if (refused !== undefined) return { kind: 'refused', reason: refused };
      }
      const unreplaced = await replaceStaged(request, work);
      if (unreplaced !== undefined) return { kind: 'refused', reason: unreplaced };
      // Only absolute PATH entries: a `.` or empty entry would find a `helm` among the copied inputs.
      const path = (options.path ?? process.env.PATH ?? '').split(delimiter).filter((entry) => isAbsolute(entry)).join(delimiter);
      const env = { ...rendererEnvironment(path, home), ...options.extraEnv };
      const result = await spawnBounded({ ...request, cwd: request.inputs !== undefined ? work : request.cwd }, env);
      return withoutPaths(result, [
        [`${work}${sep}`, ''],
        [work, '.'],
        [`${home}${sep}`, '~/'],
        [scratch, '~'],
      ]);
    } finally {
      await rm(scratch, { recursive: true, force: true }).catch(() => undefined);
    }
  };

const withoutPaths = (result: CommandResult, replacements: readonly (readonly [string, string])[]): CommandResult => {
  const clean = (text: string): string => replacements.reduce((current, [from, to]) => current.split(from).join(to), text);
  switch (result.kind) {
    case 'exited':
      return { ...result, stdout: clean(result.stdout), stderr: clean(result.stderr) };
    case 'timed-out':
    case 'failed':
      return { ...result, stderr: clean(result.stderr) };
    default:
      return result;
  }
};

/**
 * Copies `inputs` from `root` into `into`, following links only when they stay inside `root`
 * and out of `.git` (a chart's `files/env -> /proc/self/environ` is refused, never read).
 * Entries named `.git` and files that are neither regular files nor folders are left out.
 * Returns why it refused, or undefined.
 */
export const stageInputs = async (root: string, inputs: readonly string[], into: string): Promise<string | undefined> => {
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    return 'the scanned folder cannot be read';
  }
  const budget = { files: 0, bytes: 0 };
  const inside = (real: string): 'inside' | 'outside' | 'git' => {
    const rel = relative(realRoot, real);
    if (rel === '') return 'inside';
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return 'outside';
    return rel.split(sep).includes('.git') ? 'git' : 'inside';
  };
  /** Copies `real` (already checked) to `target`; `shown` is its path as the scan names it. */
  const copy = async (real: string, target: string, shown: string, ancestors: ReadonlySet<string>): Promise<string | undefined> => {
    const info = await stat(real);
    if (info.isFile()) {
      budget.files++;
      budget.bytes += info.size;
      if (budget.files > MAX_STAGED_FILES || budget.bytes > MAX_STAGED_BYTES) {
        return `it reads more than ${MAX_STAGED_FILES} files or ${MAX_STAGED_BYTES / (1024 * 1024)} MB (links inside the folder copied over and over?)`;
      }
      await mkdir(dirname(target), { recursive: true });
      await copyFile(real, target);
      return undefined;
    }
    if (!info.isDirectory()) return undefined; // a FIFO or device would hang or flood the renderer
    if (ancestors.has(real)) return `"${shown}" is a symbolic link to a folder that contains it (a loop)`;
    await mkdir(target, { recursive: true });
    const below = new Set(ancestors).add(real);
    const entries = (await readdir(real)).sort();
    for (const name of entries) {
      if (name === '.git') continue;
      const refused = await visit(join(real, name), join(target, name), shown === '.' ? name : `${shown}/${name}`, below);
      if (refused !== undefined) return refused;
    }
    return undefined;
  };
  const visit = async (path: string, target: string, shown: string, ancestors: ReadonlySet<string>): Promise<string | undefined> => {
    const info = await lstat(path).catch(() => undefined);
    if (!info) return `"${shown}" cannot be read`;
    if (!info.isSymbolicLink()) return info.isFile() || info.isDirectory() ? copy(path, target, shown, ancestors) : undefined;
    const real = await realpath(path).catch(() => undefined);
    if (real === undefined) return `"${shown}" is a symbolic link that leads nowhere or outside the scanned folder`;
    const where = inside(real);
    if (where === 'outside') return `"${shown}" is a symbolic link that leads outside the scanned folder`;
    if (where === 'git') return `"${shown}" is a symbolic link into .git`;
    return copy(real, target, shown, ancestors);
  };
  for (const input of inputs) {
    const normal = posix.normalize(input).replace(/\/$/, '');
    if (normal === '..' || normal.startsWith('../') || posix.isAbsolute(normal)) return `"${input}" is outside the scanned folder`;
    if (normal.split('/').includes('.git')) return `"${input}" is inside .git`;
    // Every folder on the way must be a real folder of the tree too (no link in a parent).
    const parts = normal === '.' ? [] : normal.split('/');
    let current = root;
    for (const [index, part] of parts.slice(0, -1).entries()) {
      current = join(current, part);
      const info = await lstat(current).catch(() => undefined);
      if (info?.isSymbolicLink()) {
        const real = await realpath(current).catch(() => undefined);
        const where = real === undefined ? 'outside' : inside(real);
        if (where !== 'inside') return `"${parts.slice(0, index + 1).join('/')}" is a symbolic link that leads ${where === 'git' ? 'into .git' : 'outside the scanned folder'}`;
      }
    }
    const refused = await visit(join(root, normal), join(into, normal), normal, new Set([realRoot]));
    if (refused !== undefined) return refused;
  }
  return undefined;
};

/** Writes `replaced` texts over their staged copies (regular files the staging made), or says why not. */
const replaceStaged = async (request: CommandRequest, work: string): Promise<string | undefined> => {
  for (const { path, text } of request.replaced ?? []) {
    const normal = posix.normalize(path);
    const staged = request.inputs !== undefined && !normal.startsWith('../') && !posix.isAbsolute(normal) && normal !== '..' ? join(work, normal) : undefined;
    const info = staged === undefined ? undefined : await lstat(staged).catch(() => undefined);
    if (staged === undefined || !info?.isFile()) return `"${path}" is not one of its staged input files`;
    await writeFile(staged, text);
  }
  return undefined;
};

const spawnBounded = (request: CommandRequest, env: Record<string, string>): Promise<CommandResult> =>
  new Promise((done) => {
    let child;
    try {
      child = spawn(request.command, [...request.args], {
        cwd: request.cwd,
        env,
        shell: false,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: process.platform !== 'win32',
        windowsHide: true,
      });
    } catch (error) {
      done({ kind: 'failed', message: error instanceof Error ? error.message : String(error), stderr: '' });
      return;
    }
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let size = 0;
    let settled = false;
    let overflow = false;
    const finish = (result: CommandResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      done(result);
    };
    const kill = (): void => {
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const text = (chunks: Buffer[]): string => Buffer.concat(chunks).toString('utf8');
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT_BYTES) {
        if (!overflow) {
          overflow = true;
          kill();
        }
        return;
      }
      into.push(chunk);
    };
    child.stdout.on('data', collect(stdout));
    child.stderr.on('data', collect(stderr));
    const timer = setTimeout(() => {
      kill();
      finish({ kind: 'timed-out', stderr: text(stderr) });
    }, request.timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') finish({ kind: 'not-found' });
      else finish({ kind: 'failed', message: error.code ?? error.message, stderr: text(stderr) });
    });
    child.on('close', (code, signal) => {
      if (overflow) finish({ kind: 'failed', message: `its output was over ${MAX_OUTPUT_BYTES / (1024 * 1024)} MB`, stderr: '' });
      else if (code === null) finish({ kind: 'failed', message: `it was killed by ${signal ?? 'a signal'}`, stderr: text(stderr) });
      else finish({ kind: 'exited', code, stdout: text(stdout), stderr: text(stderr) });
    });
  });
