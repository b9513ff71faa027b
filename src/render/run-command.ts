import { spawn } from 'node:child_process';

/** One program run: an executable name (looked up on PATH) and its arguments, never a shell line. */
export interface CommandRequest {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly timeoutMs: number;
}

/** How a run ended. Only `exited` carries output; the others say why there is none. */
export type CommandResult =
  | { readonly kind: 'exited'; readonly code: number; readonly stdout: string; readonly stderr: string }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'timed-out'; readonly stderr: string }
  | { readonly kind: 'failed'; readonly message: string; readonly stderr: string };

/** Runs renderers: real processes in the CLI and Action, recorded answers in tests. */
export type RunCommand = (request: CommandRequest) => Promise<CommandResult>;

/** Output past this is refused (a chart rendering gigabytes is a bug or an attack). */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

export interface RunCommandOptions {
  /** Environment of the child processes (default: this process's). */
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Runs a program without a shell (file names can never inject a command), stdin closed, killed
 * with SIGKILL at the timeout (together with its process group, so a wrapper script's child dies
 * too), output kept in full for the caller.
 */
export const createRunCommand =
  (options: RunCommandOptions = {}): RunCommand =>
  (request) =>
    new Promise((done) => {
      let child;
      try {
        child = spawn(request.command, [...request.args], {
          cwd: request.cwd,
          env: options.env ?? process.env,
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
