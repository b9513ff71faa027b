import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveScanRequest } from '../config/resolve.ts';
import { parseRenderSelection } from '../render/options.ts';
import { parseTimeLimit, SCAN_TIME_LIMIT_SECONDS } from '../model/time-limit.ts';
import type { Facts } from '../analyze/facts.ts';
import { scan } from '../scan.ts';
import { type ScanResult } from '../report/scan-result.ts';
import { UserError } from '../errors.ts';
import { addFixesToSarif, planScanFixes, runFixes } from '../fix/cli-fix.ts';
import { writeFailure } from '../write-output.ts';
import { reportChunks, toJsonChunks } from '../report/json.ts';
import { nothingScannedMessage } from '../report/nothing-scanned.ts';
import { toSarif } from '../report/sarif.ts';
import { printableData } from '../report/printable.ts';
import { toText } from '../report/text.ts';
import { blockingFindings } from '../suppress/predicates.ts';
import { TOOL_NAME, TOOL_VERSION } from '../version.ts';
import { resolveScanTargets, scanOptionsOf } from './scan-targets.ts';
import { memoryFileSystem } from '../discover/memory-file-system.ts';
import { reaches, type Finding } from '../rules/finding.ts';
import type { Level } from '../rules/rule.ts';
import { didYouMean } from '../suggest.ts';
import { progressLine } from './progress.ts';
import { explainRule, rulesList } from './rule-commands.ts';
import type { CliDeps, CliIO } from './cli-io.ts';

const FORMATS = ['text', 'json', 'sarif'] as const;
const FAIL_ON = ['error', 'warning', 'note', 'none'] as const;
const MIN_LEVELS = ['error', 'warning', 'note'] as const;
const COMMANDS = ['scan', 'verify', 'probes', 'rules', 'explain'] as const;

/** The name `scan -` gives standard input in reports: positions are lines and columns of the stream. */
export const STDIN_NAME = '<stdin>';

const SCAN_OPTIONS = {
  format: { type: 'string', default: 'text' },
  output: { type: 'string' },
  'fail-on': { type: 'string', default: 'error' },
  'min-level': { type: 'string', default: 'note' },
  config: { type: 'string' },
  exclude: { type: 'string', multiple: true },
  render: { type: 'string', default: 'auto' },
  'time-limit': { type: 'string' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  category: { type: 'string' },
  'fail-if-nothing-scanned': { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  verbose: { type: 'boolean' },
  'include-fixtures': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export const USAGE = `Usage: ${TOOL_NAME} scan [folder | glob... | -] [options]   (- reads manifests from standard input)
       ${TOOL_NAME} verify [options]   (probe a live cluster; verify --help)
       ${TOOL_NAME} probes --write <dir> [folder]   (probe results as kyverno test / gator verify tests)
       ${TOOL_NAME} rules              (list the rules)
       ${TOOL_NAME} explain <rule>     (a rule's documentation, e.g. explain EG101)

Finds where an ephemeral container (kubectl debug) would slip past the Kubernetes admission
policies in a repository, and who may add one.

Options:
  --format <text|json|sarif>   report format (default: text)
  --output <file>              write the report to a file instead of standard output
  --fail-on <level>            exit 1 on findings at or above: error, warning, note, none (default: error)
  --min-level <level>          report only findings at or above: error, warning, note (default: note)
  --verbose                    text: every coverage and access row, whole messages, every related place
  --include-fixtures           text: list what test fixtures hold instead of counting it (config fixtures:)
  -q, --quiet                  text: the findings only (no tables, notices or total)
  --config <file>              config file (default: .ephemeral-guard.yaml in the scanned folder)
  --exclude <glob>             leave matching files out (repeatable)
  --render <auto|none|list>    render Helm charts and kustomizations first: auto (default), none,
                               or a comma-separated list of helm, kustomize
  --time-limit <seconds>       the whole scan's time limit (default: ${SCAN_TIME_LIMIT_SECONDS}); when it runs out,
                               one error and exit 2. The config cannot set it (a pull request edits that)
  --baseline <file>            an earlier SARIF or JSON report: only new findings count for --fail-on
  --write-baseline <file>      also write this scan's findings as a baseline (JSON report)
  --category <name>            SARIF category (runAutomationDetails.id); none unless given
  --fail-if-nothing-scanned    exit 2 when no Kubernetes object is found (a wrong path or glob)
  --fix                        write the fixes that were proved (the finding gone, nothing new)
  --fix-dry-run                print those fixes as a unified diff instead of the report
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
    const { runVerifyCommand } = await import('./verify-command.ts');
    const { loadKubeConfig } = await import('../verify/kube-config.ts');
    return runVerifyCommand(argv.slice(1), io, { loadKubeConfig: deps.loadKubeConfig ?? loadKubeConfig });
  }
  if (argv[0] === 'probes') {
    const { runProbesCommand } = await import('./probes-command.ts');
    return runProbesCommand(argv.slice(1), io, deps);
  }
  if (argv[0] === 'rules') {
    io.stdout(rulesList());
    return 0;
  }
  if (argv[0] === 'explain') {
    io.stdout(explainRule(argv[1]));
    return 0;
  }
  const { values, positionals } = parseScanArgs(argv);
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`${TOOL_VERSION}\n`);
    return 0;
  }
  const [command, ...targets] = positionals;
  if (command !== 'scan') throw new UserError(command === undefined ? `no command given.\n\n${USAGE}` : `unknown command "${command}".${didYouMean(command, COMMANDS)}\n\n${USAGE}`);
  const format = oneOf(values.format, FORMATS, '--format');
  const failOn = oneOf(values['fail-on'], FAIL_ON, '--fail-on');
  const minLevel = oneOf(values['min-level'], MIN_LEVELS, '--min-level');

  const stdin = targets.length === 1 && targets[0] === '-' ? await readStandardInput(io) : undefined;
  const scanned =
    stdin !== undefined
      ? { root: io.cwd, targets: [{ folder: '', include: [STDIN_NAME] }], configDir: io.cwd, baselineFolders: [] }
      : await resolveScanTargets(targets, io.cwd, deps);
  const { request } = await resolveScanRequest(
    scanOptionsOf(scanned, values),
    io.readText,
    io.cwd,
  );
  const renderers = parseRenderSelection(values.render, '--render');
  const timeLimit = values['time-limit'] === undefined ? undefined : parseTimeLimit(values['time-limit'], '--time-limit');
  const progress = progressLine(io.stderr, io.stderrIsTTY === true && !values.quiet, io.now ?? Date.now);
  // A text report prints no line hashes; a baseline read or written matches and keeps them.
  const lineHashes = format !== 'text' || request.baseline !== undefined || values['write-baseline'] !== undefined;
  const scanRequest = { ...request, baselineFolders: scanned.baselineFolders, render: { ...request.render, renderers }, ...(timeLimit !== undefined ? { timeLimitSeconds: timeLimit } : {}), ...(lineHashes ? {} : { lineHashes }) };
  const scanFs = stdin !== undefined ? memoryFileSystem({ [STDIN_NAME]: stdin }) : deps.fs;
  let facts: Facts | undefined;
  const scannedResult = await scan(scanRequest, { ...deps, fs: scanFs, onProgress: progress.update, onFacts: (f) => (facts = f) }).finally(progress.done);
  const result = { ...scannedResult, findings: atOrAbove(scannedResult.findings, minLevel) };
  const fixMode = values['fix-dry-run'] ? 'dry-run' : values.fix ? 'write' : undefined;
  const fixPlan = fixMode || format === 'sarif' ? await planScanFixes(result, scanRequest, scanFs, facts) : undefined;
  const fixed = fixMode ? await runFixes(fixPlan, fixMode, scanRequest, scanFs, io) : new Set<Finding>();
  const sarifLog = format === 'sarif' ? toSarif(result, values.category ? { category: values.category } : {}) : undefined;
  if (sarifLog) await addFixesToSarif(sarifLog, fixPlan, scanRequest, scanFs);
  const color = io.isTTY && values.output === undefined;
  // JSON and SARIF are written in pieces: a large repository's report need never be one string.
  const report: Iterable<string> =
    format === 'json'
      ? toJsonChunks(result)
      : sarifLog
        ? reportChunks(sarifLog)
        : [toText(printableData(result), { color, verbose: values.verbose === true, includeFixtures: values['include-fixtures'] === true, quiet: values.quiet === true })];
  if (fixMode === 'dry-run' && !values.output) {
    // The diff is the output; the report goes only to --output.
  } else if (values.output) {
    await io.writeFile(resolve(io.cwd, values.output), report).catch((error: unknown) => {
      throw new UserError(`cannot write ${values.output}: ${writeFailure(error)}.`);
    });
    if (!values.quiet) io.stderr(`${outputLine(format, values.output, result.findings)}\n`);
  } else for (const chunk of report) io.stdout(chunk);
  const baselineOut = values['write-baseline'];
  if (baselineOut) {
    await io.writeFile(resolve(io.cwd, baselineOut), toJsonChunks(result)).catch((error: unknown) => {
      throw new UserError(`cannot write the baseline ${baselineOut}: ${writeFailure(error)}.`);
    });
  }
  if (result.notifications.some((notification) => notification.level === 'error')) return 2;
  if (nothingScanned(result, values['fail-if-nothing-scanned'] === true, io)) return 2;
  // After --fix, what was fixed no longer counts (as ESLint's --fix reports what remains).
  return blockingFindings(fixMode === 'write' ? result.findings.filter((finding) => !fixed.has(finding)) : result.findings, failOn).length > 0 ? 1 : 0;
};

/** Says so on stderr when the scan found no Kubernetes object; true when that must fail. */
const nothingScanned = (result: ScanResult, fail: boolean, io: CliIO): boolean => {
  const message = nothingScannedMessage(result.stats);
  if (message === undefined) return false;
  io.stderr(`${TOOL_NAME}: ${message}${fail ? '' : ' (--fail-if-nothing-scanned makes this an error.)'}\n`);
  return fail;
};

/** The scan's flags; an unknown one is named with the closest known one. */
const parseScanArgs = (argv: readonly string[]) => {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: SCAN_OPTIONS });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    const flags = Object.entries(SCAN_OPTIONS).flatMap(([name, option]) => [`--${name}`, ...('short' in option ? [`-${option.short}`] : [])]);
    const hint = unknown ? didYouMean(unknown.split('=')[0]!, flags) : '';
    throw new UserError(`${unknown ? `unknown option ${unknown}.` : message}${hint}\n\n${USAGE}`);
  }
};

/** `--min-level`: the findings at or above it (every format and the exit code see only these). */
const atOrAbove = (findings: readonly Finding[], minLevel: Level): Finding[] => findings.filter((finding) => reaches(finding.level, minLevel));

/** `Wrote the SARIF report to out.sarif (3 findings).` */
export const outputLine = (format: (typeof FORMATS)[number], path: string, findings: readonly Finding[]): string => {
  const open = findings.filter((finding) => !finding.suppression).length;
  return `Wrote the ${format === 'sarif' ? 'SARIF' : format === 'json' ? 'JSON' : 'text'} report to ${path} (${open} finding${open === 1 ? '' : 's'}).`;
};

const readStandardInput = async (io: CliIO): Promise<string> => {
  if (!io.readStdin) throw new UserError('scan - reads standard input, which this environment does not provide.');
  return io.readStdin();
};

const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T => {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`${flag} must be one of ${allowed.join(', ')} (got "${value}").${value === undefined ? '' : didYouMean(value, allowed)}`);
};
