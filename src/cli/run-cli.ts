import { stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveScanRequest, type ReadText } from '../config/resolve.ts';
import { parseRenderSelection } from '../render/options.ts';
import type { RunCommand } from '../render/run-command.ts';
import type { FileSystem } from '../discover/file-system.ts';
import { scan } from '../engine.ts';
import { UserError } from '../errors.ts';
import { reportChunks, toJsonChunks } from '../report/json.ts';
import { toSarif } from '../report/sarif.ts';
import { toText } from '../report/text.ts';
import { blockingFindings } from '../suppress/predicates.ts';
import { TOOL_NAME, TOOL_VERSION } from '../version.ts';
import type { LoadKubeConfig } from '../verify/verify-command.ts';

export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTTY: boolean;
  readonly cwd: string;
  readonly readText: ReadText;
  /** Writes a file whole; a report comes in pieces (see report/json-stream.ts). */
  readonly writeFile: (path: string, content: string | Iterable<string>) => Promise<void>;
}

export interface CliDeps {
  readonly fs: FileSystem;
  /** Runs helm and kustomize (`--render`); without it charts and kustomizations get EG002. */
  readonly runCommand?: RunCommand;
  /** `verify`: how to load a kubeconfig (tests point it at a loopback apiserver). */
  readonly loadKubeConfig?: LoadKubeConfig;
}

const FORMATS = ['text', 'json', 'sarif'] as const;
const FAIL_ON = ['error', 'warning', 'note', 'none'] as const;

export const USAGE = `Usage: ${TOOL_NAME} scan [folder | glob...] [options]
       ${TOOL_NAME} verify [options]   (probe a live cluster; verify --help)

Finds where an ephemeral container (kubectl debug) would slip past the Kubernetes admission
policies in a repository, and who may add one.

Options:
  --format <text|json|sarif>   report format (default: text)
  --output <file>              write the report to a file instead of standard output
  --fail-on <level>            exit 1 on findings at or above: error, warning, note, none (default: error)
  --config <file>              config file (default: .ephemeral-guard.yaml in the scanned folder)
  --exclude <glob>             leave matching files out (repeatable)
  --render <auto|none|list>    render Helm charts and kustomizations first: auto (default), none,
                               or a comma-separated list of helm, kustomize
  --baseline <file>            an earlier SARIF or JSON report: only new findings count for --fail-on
  --write-baseline <file>      also write this scan's findings as a baseline (JSON report)
  --category <name>            SARIF category (runAutomationDetails.id)
  -h, --help                   show this help
  -v, --version                show the version

Exit codes: 0 no findings at or above --fail-on, 1 findings at or above it (not suppressed; with
--baseline, new ones only), 2 usage or internal error.
`;

/** The command line, without process globals: returns the exit code. */
export const runCli = async (argv: readonly string[], io: CliIO, deps: CliDeps): Promise<number> => {
  try {
    return await run(argv, io, deps);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`${TOOL_NAME}: ${error.message}\n`);
      return 2;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`${TOOL_NAME}: internal error, please report it with this text:\n${detail}\n`);
    return 2;
  }
};

const run = async (argv: readonly string[], io: CliIO, deps: CliDeps): Promise<number> => {
  if (argv[0] === 'verify') {
    // Loaded on demand: `verify` and @kubernetes/client-node are most of the bundle, and a scan
    // needs neither (the bundle splits them into a chunk of their own).
    const { loadKubeConfig, runVerifyCommand } = await import('../verify/verify-command.ts');
    return runVerifyCommand(argv.slice(1), io, { loadKubeConfig: deps.loadKubeConfig ?? loadKubeConfig });
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        'fail-on': { type: 'string', default: 'error' },
        config: { type: 'string' },
        exclude: { type: 'string', multiple: true },
        render: { type: 'string', default: 'auto' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        category: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UserError(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`${TOOL_VERSION}\n`);
    return 0;
  }
  const [command, ...targets] = positionals;
  if (command !== 'scan') throw new UserError(command === undefined ? `no command given.\n\n${USAGE}` : `unknown command "${command}".\n\n${USAGE}`);
  const format = oneOf(values.format, FORMATS, '--format');
  const failOn = oneOf(values['fail-on'], FAIL_ON, '--fail-on');

  const { root, include } = await rootAndGlobs(targets, io.cwd);
  const { request } = await resolveScanRequest(
    { root, ...(include ? { include } : {}), ...(values.exclude ? { exclude: values.exclude } : {}), ...(values.config ? { configPath: values.config } : {}), ...(values.baseline ? { baselinePath: values.baseline } : {}) },
    io.readText,
    io.cwd,
  );
  const renderers = parseRenderSelection(values.render, '--render');
  const result = await scan({ ...request, render: { ...request.render, renderers } }, deps);
  const color = io.isTTY && values.output === undefined;
  // JSON and SARIF are written in pieces: a large repository's report need never be one string.
  const report: Iterable<string> =
    format === 'json'
      ? toJsonChunks(result)
      : format === 'sarif'
        ? reportChunks(toSarif(result, values.category ? { category: values.category } : {}))
        : [toText(result, { color })];
  if (values.output) {
    await io.writeFile(resolve(io.cwd, values.output), report).catch((error: unknown) => {
      throw new UserError(`cannot write ${values.output}: ${(error as { code?: string }).code ?? String(error)}.`);
    });
  } else for (const chunk of report) io.stdout(chunk);
  const baselineOut = values['write-baseline'];
  if (baselineOut) {
    await io.writeFile(resolve(io.cwd, baselineOut), toJsonChunks(result)).catch((error: unknown) => {
      throw new UserError(`cannot write the baseline ${baselineOut}: ${(error as { code?: string }).code ?? String(error)}.`);
    });
  }
  if (result.notifications.some((notification) => notification.level === 'error')) return 2;
  return blockingFindings(result.findings, failOn).length > 0 ? 1 : 0;
};

const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T => {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`${flag} must be one of ${allowed.join(', ')} (got "${value}").`);
};

/** One folder → scan it; otherwise the arguments are globs relative to the current folder. */
const rootAndGlobs = async (targets: readonly string[], cwd: string): Promise<{ root: string; include?: string[] }> => {
  if (targets.length === 0) return { root: cwd };
  if (targets.length === 1) {
    const path = resolve(cwd, targets[0]!);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) return { root: path };
    if (info?.isFile()) {
      // Inside the current folder, paths stay relative to it; elsewhere the file's own folder is the root.
      const inside = relative(cwd, path);
      if (!inside.startsWith('..') && !isAbsolute(inside)) return { root: cwd, include: [inside.split('\\').join('/')] };
      return { root: dirname(path), include: [basename(path)] };
    }
  }
  for (const target of targets) {
    if (!/[*?[{]/.test(target) && !(await stat(resolve(cwd, target)).catch(() => undefined))) {
      throw new UserError(`${target} does not exist (give a folder, a file or a glob).`);
    }
  }
  return { root: cwd, include: targets.map((target) => target.split('\\').join('/').replace(/^\.\//, '')) };
};
