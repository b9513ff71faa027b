/**
 * Runs the Action in a child process the way the runner does: INPUT_* variables (with
 * action.yml's defaults), GITHUB_* variables, an event payload file, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files. The entry is src/action.ts through tsx by default; set
 * EG_ACTION_ENTRY=dist/index.js (or pass `entry`) to run the bundle instead.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface WorkflowCommand {
  readonly command: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly message: string;
}

export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Readonly<Record<string, string>>;
  readonly summary: string;
  /** `::error …::`, `::warning …::`, `::notice …::` … from stdout, decoded. */
  readonly commands: readonly WorkflowCommand[];
}

export interface RunOptions {
  readonly workspace: string;
  /** Inputs by name as in action.yml; unset ones get action.yml's default. */
  readonly inputs?: Readonly<Record<string, string>>;
  readonly eventName: string;
  /** Written to a file that GITHUB_EVENT_PATH names. */
  readonly event: unknown;
  /** GITHUB_* and other variables (GITHUB_API_URL, GITHUB_SHA, GITHUB_REF, GITHUB_REPOSITORY…). */
  readonly env: Readonly<Record<string, string>>;
  /** Path of the entry, relative to the repository; default EG_ACTION_ENTRY or src/action.ts. */
  readonly entry?: string;
  readonly timeoutMs?: number;
}

const actionDefaults = async (): Promise<Record<string, string>> => {
  const action = load(await readFile(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, String(input.default ?? '')]));
};

/** The runner's INPUT_ name: spaces to underscores, upper case (dashes stay). */
const inputVariable = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

const unescapeData = (text: string): string => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (text: string): string => unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','));

export const parseWorkflowCommands = (stdout: string): WorkflowCommand[] =>
  stdout.split(/\r?\n/).flatMap((line) => {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) return [];
    const properties = Object.fromEntries(
      (match[2] ?? '')
        .split(',')
        .filter((pair) => pair !== '')
        .map((pair) => {
          const at = pair.indexOf('=');
          return [pair.slice(0, at), unescapeProperty(pair.slice(at + 1))];
        }),
    );
    return [{ command: match[1]!, properties, message: unescapeData(match[3]!) }];
  });

/**
 * Workflow commands as the runner finds them: a line ends at LF, CRLF or a lone CR; blanks at
 * its start are trimmed before looking for `::`; between `::stop-commands::<token>` and
 * `::<token>::` nothing is a command.
 */
export const parseRunnerCommands = (stdout: string): WorkflowCommand[] => {
  const commands: WorkflowCommand[] = [];
  let stoppedBy: string | undefined;
  for (const raw of stdout.split(/\r\n|\n|\r/)) {
    const line = raw.trimStart();
    if (stoppedBy !== undefined) {
      if (line === `::${stoppedBy}::`) stoppedBy = undefined;
      continue;
    }
    const [command] = parseWorkflowCommands(line);
    if (!command) continue;
    commands.push(command);
    if (command.command === 'stop-commands') stoppedBy = command.message;
  }
  return commands;
};

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
export const parseOutputFile = (text: string): Record<string, string> => {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
};

export const runActionProcess = async (options: RunOptions): Promise<ActionRun> => {
  const dir = await mkdtemp(join(tmpdir(), 'eg-runner-'));
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  await writeFile(eventPath, JSON.stringify(options.event, null, 2));
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');
  const inputs = { ...(await actionDefaults()), ...options.inputs };
  const entry = resolve(REPO_ROOT, options.entry ?? process.env.EG_ACTION_ENTRY ?? 'src/action.ts');
  // The runner starts the entry from the workspace: resolve tsx from here, not from there.
  const args = entry.endsWith('.ts') ? ['--import', import.meta.resolve('tsx'), entry] : [entry];
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    NO_PROXY: '127.0.0.1,localhost',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_SERVER_URL: 'https://github.com',
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [inputVariable(name), value])),
    ...options.env,
  };
  // The runner expands ${{ github.token }} before the step starts.
  if (env[inputVariable('token')] === '${{ github.token }}') env[inputVariable('token')] = env.TEST_GITHUB_TOKEN ?? '';
  const child = spawn(process.execPath, args, { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => void (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => void (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000);
  const code = await new Promise<number>((done) => child.on('close', (status) => done(status ?? -1)));
  clearTimeout(timer);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8'),
    commands: parseWorkflowCommands(stdout),
  };
};
