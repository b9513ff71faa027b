import { resolve } from 'node:path';
import { resolveScanRequest } from '../config/resolve.ts';
import { scan, type ScanRequest } from '../scan.ts';
import { type ScanResult } from '../report/scan-result.ts';
import { UserError } from '../errors.ts';
import { writeFailure } from '../write-output.ts';
import { nothingScannedMessage } from '../report/nothing-scanned.ts';
import { printableData, printableText } from '../report/printable.ts';
import { reportChunks } from '../report/json.ts';
import { toSarif } from '../report/sarif.ts';
import { escapeMarkdown, renderSummary, verdictLine } from '../report/summary.ts';
import { type AccessRow } from '../report/access.ts';
import { summaryRows } from '../report/access.ts';
import { summaryLine, toText } from '../report/text.ts';
import { colorEnabled } from '../report/color.ts';
import type { Finding } from '../rules/finding.ts';
import { blockingFindings, isSuppressed as isSuppressedFinding } from '../suppress/predicates.ts';
import { TOOL_NAME } from '../version.ts';
import {
  listChangedFiles,
  planCheckRun,
  planWorkflowAnnotations,
  sendCheckRun,
  WORKFLOW_ANNOTATIONS_PER_LEVEL,
} from './annotations.ts';
import { apiFailure, createGitHubClient, scrub, type GitHubClient } from './client.ts';
import { annotationSha, blobBase, gitContextFrom, uploadTarget, type GitContext } from './git-context.ts';
import { readCheckedOutCommit } from './git-head.ts';
import { parseInputs, type ActionInputs } from './inputs.ts';
import { actionScanRoot } from './scan-root.ts';
import { headLineMap, onHeadLines, type LineMap } from './head-lines.ts';
import { addedLinesOf, planSuggestions, syncSuggestions } from './review-suggestions.ts';
import { planScanFixes, textReader } from '../fix/cli-fix.ts';
import { logWithoutCommands } from './untrusted-log.ts';
import { prepareSarifUpload, uploadSarif } from './upload.ts';
import { pushAll } from '../array.ts';
import type { ActionDeps, ActionIO } from './action-io.ts';

/**
 * Suppressed by config, inline comment or baseline (issue 7 adds `suppressed` to findings).
 * The seam: suppressed findings count nowhere and are left out of the upload.
 */
export const isSuppressed = (finding: Finding): boolean => isSuppressedFinding(finding);

/** The access table's rows, for the job summary (empty when no subject can add ephemeral containers). */
const accessRowsOf = (result: ScanResult): readonly AccessRow[] | undefined => summaryRows(result.access);

/**
 * Scan, write SARIF, print the report, set outputs, upload to code scanning, annotate, write the
 * job summary, fail per `fail-on`. Never throws.
 */
export const runAction = async (runnerIO: ActionIO, deps: ActionDeps): Promise<void> => {
  const io = tokenFreeIO(runnerIO, runnerIO.getInput('token').trim());
  try {
    const inputs = parseInputs(io.getInput);
    if (inputs.token) io.setSecret(inputs.token);
    // Loaded on demand, as in the CLI: a scan needs neither `verify` nor @kubernetes/client-node.
    if (inputs.mode === 'verify') return await (await import('./verify-action.ts')).runVerifyAction(io, deps, inputs);
    const startedAt = deps.now();
    const scanRoot = await actionScanRoot(deps.workspace, inputs.checkoutPath, deps.gitTopLevel);
    const { request } = await resolveScanRequest(
      {
        root: scanRoot.root,
        targets: [{ folder: scanRoot.folder }],
        ...(inputs.paths.length > 0 ? { include: inputs.paths } : {}),
        exclude: inputs.exclude,
        ...(inputs.config ? { configPath: inputs.config } : {}),
        ...(inputs.baseline ? { baselinePath: inputs.baseline } : {}),
      },
      deps.readInput ?? deps.readText,
      deps.workspace,
    );
    const scanRequest: ScanRequest = { ...request, baselineFolders: [scanRoot.folder], render: { ...request.render, renderers: inputs.render }, ...(inputs.timeLimitSeconds !== undefined ? { timeLimitSeconds: inputs.timeLimitSeconds } : {}) };
    const result = await scan(scanRequest, { fs: deps.fs, ...(deps.runCommand ? { runCommand: deps.runCommand } : {}) });
    const sarifPath = resolve(deps.workspace, inputs.sarifFile);
    const sarif = toSarif(result, { category: actionCategory(inputs) });
    await deps.writeFile(sarifPath, reportChunks(sarif)).catch((error: unknown) => {
      throw new UserError(`Cannot write the SARIF file ${inputs.sarifFile} (${writeFailure(error)}); check the sarif-file input.`);
    });
    const findings = result.findings.filter((finding) => !isSuppressed(finding));
    const suppressed = result.findings.length - findings.length;
    const blocking = blockingFindings(findings, inputs.failOn);
    logWithoutCommands(io.info, toText(printableData({ ...result, findings }), { color: colorEnabled(deps.env, false) }).trimEnd());
    const count = (level: string): number => findings.filter((finding) => finding.level === level).length;
    io.setOutput('sarif-file', sarifPath);
    io.setOutput('findings', findings.length);
    io.setOutput('errors', count('error'));
    io.setOutput('warnings', count('warning'));
    io.setOutput('notes', count('note'));

    const git = await readGitContext(deps, scanRoot.root);
    const warnings = new WarningCounter(io);
    const notes: string[] = [];
    const failures: string[] = [];
    const client = inputs.token
      ? createGitHubClient({
          token: inputs.token,
          baseUrl: git.apiUrl,
          ...(deps.fetch ? { fetch: deps.fetch } : {}),
          sleep: deps.sleep,
          clock: () => deps.now().getTime(),
          log: io.info,
          warn: (message) => warnings.warnOnce('slow-api', message),
        })
      : undefined;
    const failOnLine = blocking.length > 0
      ? `${summaryLine(findings, result.stats.filesScanned)} ${blocking.length} at or above fail-on (${inputs.failOn}).`
      : undefined;

    const step: StepContext = { inputs, root: scanRoot.root, deps, git, client, result, startedAt, warnings, io, toHead: memoized(() => scannedToHead(deps, git, scanRoot.root)) };
    const uploaded = await upload({ ...step, notes, failures });

    const changedFiles = await pullRequestFiles(step, findings.length > 0);
    const annotationNotes = await annotate({ ...step, inCodeScanning: uploaded, findings, blocking: blocking.length > 0, willFail: failOnLine !== undefined || failures.length > 0, changedFiles });
    pushAll(notes, annotationNotes);
    pushAll(notes, await suggestFixes({ ...step, request: scanRequest, findings, changedFiles }));
    const nothing = nothingScannedMessage(result.stats);
    if (nothing !== undefined) notes.push(escapeMarkdown(nothing));

    const summary = renderSummary({
      findings,
      suppressed,
      coverage: result.coverage,
      ...(accessRowsOf(result) ? { access: accessRowsOf(result)! } : {}),
      notifications: result.notifications,
      stats: result.stats,
      failOn: inputs.failOn,
      blocking: blocking.length,
      ...(blobBase(git) ? { blobBase: blobBase(git)! } : {}),
      notes,
      ...(inputs.category ? { category: inputs.category } : {}),
    });
    await io.appendSummary(summary).catch((error: unknown) => warnings.warn(`Could not write the job summary (${error instanceof Error ? error.message : String(error)}).`));

    // Scan notices after the annotations: past GitHub's 10 warnings per step they go to the log.
    for (const notification of result.notifications) {
      if (notification.level === 'note') continue;
      if (warnings.count < WORKFLOW_ANNOTATIONS_PER_LEVEL) warnings.warn(notification.message);
      else io.info(`${notification.level}: ${notification.message}`);
    }

    if (nothing !== undefined) {
      if (inputs.failIfNothingScanned) failures.push(`${nothing} (fail-if-nothing-scanned: true)`);
      else warnings.warn(nothing);
    }
    if (failOnLine) failures.unshift(failOnLine);
    else if (result.notifications.some((notification) => notification.level === 'error')) {
      failures.push('The scan hit an internal error (see the notices above); its results are incomplete.');
    }
    if (failures.length > 0) io.setFailed(failures.join(' '));
  } catch (error) {
    if (error instanceof UserError) io.setFailed(error.message);
    else io.setFailed(`Internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
};

/**
 * The Action uploads itself, so its SARIF always names a category: the input, else the tool's
 * name (what earlier versions uploaded under, so their alerts stay the same alerts).
 */
const actionCategory = (inputs: ActionInputs): string => inputs.category ?? TOOL_NAME;

/**
 * Everything the Action prints or writes, with the token replaced: an API that echoes the
 * request puts it in error text, which reaches warnings, the summary and the failure line.
 */
const tokenFreeIO = (io: ActionIO, token: string): ActionIO => {
  if (token === '') return io;
  const clean = (text: string): string => scrub(text, token);
  return {
    ...io,
    setOutput: (name, value) => io.setOutput(name, typeof value === 'string' ? clean(value) : value),
    setFailed: (message) => io.setFailed(clean(message)),
    info: (message) => io.info(clean(message)),
    warning: (message) => io.warning(clean(message)),
    annotate: (level, message, properties) => io.annotate(level, clean(message), { ...properties, title: clean(properties.title) }),
    appendSummary: (markdown) => io.appendSummary(clean(markdown)),
  };
};

/** Counts warning annotations: GitHub shows 10 per step, and finding annotations share them. */
class WarningCounter {
  count = 0;
  constructor(private readonly io: ActionIO) {}
  warn(message: string): void {
    this.count++;
    this.io.warning(message);
  }
  private readonly once = new Set<string>();
  /** The first message of a kind as a warning, the rest in the log. */
  warnOnce(kind: string, message: string): void {
    if (this.once.has(kind)) return this.io.info(message);
    this.once.add(kind);
    this.warn(message);
  }
}

const readGitContext = async (deps: ActionDeps, checkout: string): Promise<GitContext> => {
  const eventPath = deps.env.GITHUB_EVENT_PATH;
  let event: unknown;
  if (eventPath) {
    try {
      event = JSON.parse((await deps.readText(eventPath)) ?? 'null');
    } catch {
      event = undefined;
    }
  }
  const checkedOut = await readCheckedOutCommit(deps.readText, checkout).catch(() => undefined);
  return gitContextFrom({ env: deps.env, event, ...(checkedOut ? { checkedOut } : {}) });
};

interface StepContext {
  readonly inputs: ActionInputs;
  /** The repository's top level: checkout_uri. */
  readonly root: string;
  readonly deps: ActionDeps;
  readonly git: GitContext;
  readonly client: GitHubClient | undefined;
  readonly result: ScanResult;
  readonly startedAt: Date;
  readonly warnings: WarningCounter;
  readonly io: ActionIO;
  /** Scanned lines → the pull request head's; undefined when the head is not in the checkout. */
  readonly toHead: () => Promise<LineMap | undefined>;
}

const memoized = <T>(make: () => Promise<T>): (() => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
};

const SAME_LINES: LineMap = (_file, line) => line;

/**
 * On a pull request whose merge commit was scanned, `git diff` from it to the head (both must be
 * in the checkout) maps lines; when the head itself was scanned, or outside pull requests, lines stay.
 */
const scannedToHead = async (deps: ActionDeps, git: GitContext, root: string): Promise<LineMap | undefined> => {
  const head = git.pullRequest?.headSha;
  const scanned = git.checkedOut ?? git.sha;
  if (!head || !scanned || head === scanned) return SAME_LINES;
  return deps.runGit ? headLineMap(deps.runGit, root, scanned, head) : undefined;
};

/**
 * The files a pull request changes, with their patches, when something needs them (findings to
 * annotate, fixes to suggest); undefined outside pull requests or when the listing is refused.
 */
const pullRequestFiles = async (context: StepContext, needed: boolean): Promise<ReadonlyMap<string, string | undefined> | undefined> => {
  const { git, client, warnings } = context;
  const pr = git.pullRequest;
  if (!pr || !client || !git.repo || !needed) return undefined;
  try {
    return await listChangedFiles(client, git.repo, pr.number);
  } catch (error) {
    const failure = apiFailure(error);
    const advice = failure.status === 403 || failure.status === 404 ? ' Give the job `pull-requests: read`.' : '';
    warnings.warn(`Could not list the files changed by pull request #${pr.number} (${failure.message}${failure.status !== undefined ? `, HTTP ${failure.status}` : ''}), so every finding is annotated and no fix is suggested.${advice}`);
    return undefined;
  }
};

/** What code scanning got: every finding, the most severe only (truncated), or none. */
type InCodeScanning = 'all' | 'some' | 'none';

/** Where findings that are not annotated can still be seen. */
const listedWhere = (inCodeScanning: InCodeScanning): string =>
  inCodeScanning === 'all' ? 'they are listed below and in code scanning' : inCodeScanning === 'some' ? 'they are listed below (code scanning got only the most severe findings)' : 'they are listed below';

/** `upload-sarif`: auto warns and goes on, true fails the step; notes go to the summary. */
const upload = async (context: StepContext & { notes: string[]; failures: string[] }): Promise<InCodeScanning> => {
  const { inputs, git, client, notes, failures, warnings } = context;
  if (inputs.uploadSarif === 'false') {
    notes.push('Code scanning: not uploaded (upload-sarif: false).');
    return 'none';
  }
  const refuse = (message: string): InCodeScanning => {
    notes.push(`Code scanning: ${escapeMarkdown(message)}`);
    if (inputs.uploadSarif === 'true') failures.push(message);
    else warnings.warn(message);
    return 'none';
  };
  if (!client) return refuse('SARIF not uploaded: no token. Pass one in the token input (default: the job\'s GITHUB_TOKEN), or set upload-sarif: false.');
  const target = uploadTarget(git);
  if ('problem' in target) return refuse(`SARIF not uploaded: ${target.problem}. Set upload-sarif: false for this event.`);
  const prepared = prepareSarifUpload(context.result, {
    target,
    category: actionCategory(inputs),
    workspace: context.root,
    startedAt: context.startedAt,
    isSuppressed,
  });
  if (prepared.truncated > 0) {
    warnings.warn(`The SARIF upload keeps the ${prepared.uploaded} most severe results; ${prepared.truncated} less severe ones were left out to stay within code scanning's limits (5,000 results, 10 MB gzipped). The local SARIF file ${inputs.sarifFile} has them all.`);
  }
  const outcome = await uploadSarif(client, git, prepared, { sleep: context.deps.sleep, now: context.deps.now });
  if (outcome.kind === 'not-possible') return refuse(`SARIF not uploaded: ${outcome.reason}.`);
  if (outcome.kind === 'refused') {
    if (outcome.failure.network) return refuse(`SARIF not uploaded: ${outcome.failure.message}. ${outcome.fix}`);
    const github = `GitHub: "${outcome.failure.message}"${outcome.failure.status !== undefined ? `, HTTP ${outcome.failure.status}` : ''}`;
    return refuse(`SARIF not uploaded: ${outcome.reason} (${github}). ${outcome.fix}`);
  }
  context.io.setOutput('sarif-id', outcome.id);
  const what = `${prepared.uploaded} result(s) for ${target.ref} at ${target.commitSha.slice(0, 12)}${prepared.suppressed > 0 ? `, ${prepared.suppressed} suppressed left out` : ''}`;
  if (outcome.processing.status === 'failed') {
    const errors = outcome.processing.errors.length > 0 ? outcome.processing.errors.join('; ') : 'no reason given';
    return refuse(`SARIF upload ${outcome.id} failed processing in code scanning: ${errors}.`);
  }
  if (outcome.processing.status === 'pending') {
    context.io.info(printableText(`SARIF upload ${outcome.id} accepted (${what}); code scanning was still processing it when the step stopped waiting.`));
    notes.push(`Code scanning: uploaded ${escapeMarkdown(what)} (id ${outcome.id}); still processing when the step ended.`);
    return prepared.truncated > 0 ? 'some' : 'all';
  }
  context.io.info(printableText(`SARIF upload ${outcome.id} processed by code scanning (${what}).`));
  notes.push(`Code scanning: uploaded ${escapeMarkdown(what)} (id ${outcome.id}).`);
  return prepared.truncated > 0 ? 'some' : 'all';
};

/**
 * The findings to annotate, on the lines of the commit the annotations go on: on a pull request
 * whose merge commit was scanned, mapped to the head commit's lines through `git diff` (both
 * commits must be in the checkout); otherwise as scanned, and the summary says so.
 */
const headPlacedFindings = async (context: StepContext & { findings: readonly Finding[]; inCodeScanning: InCodeScanning }, notes: string[]): Promise<readonly Finding[]> => {
  const { git, findings } = context;
  const head = git.pullRequest?.headSha;
  const scanned = git.checkedOut ?? git.sha;
  if (!head || !scanned || head === scanned || findings.length === 0) return findings;
  const map = await context.toHead();
  if (!map) {
    notes.push(`Annotations carry the line numbers of the merge commit ${scanned.slice(0, 12)}, which was scanned: the pull request's head ${head.slice(0, 12)} is not in the checkout to map them (actions/checkout \`fetch-depth: 2\` fetches it), so a line can be off where the base branch changed the file since.`);
    return findings;
  }
  const placed = onHeadLines(findings, map);
  if (placed.dropped > 0) {
    notes.push(`${placed.dropped} finding(s) are on lines that the pull request's head ${head.slice(0, 12)} does not have (the base branch changed them since it branched), so they are not annotated; ${listedWhere(context.inCodeScanning)}.`);
  }
  return placed.findings;
};

/** Check run, or workflow commands when that is refused or asked for. Returns summary notes. */
const annotate = async (
  context: StepContext & { findings: readonly Finding[]; blocking: boolean; willFail: boolean; inCodeScanning: InCodeScanning; changedFiles: ReadonlyMap<string, string | undefined> | undefined },
): Promise<string[]> => {
  const { inputs, git, client, findings, warnings, io } = context;
  if (inputs.annotations === 'none') return [];
  const notes: string[] = [];
  const pr = git.pullRequest;
  const onlyChanged = inputs.annotateOnlyChanged ?? pr !== undefined;
  const changedFiles = context.changedFiles ? new Set(context.changedFiles.keys()) : undefined;
  const scoped = onlyChanged && changedFiles !== undefined;
  const placed = await headPlacedFindings(context, notes);

  if (inputs.annotations === 'check-run') {
    const headSha = annotationSha(git);
    const reason = !client ? 'no token' : !git.repo ? 'GITHUB_REPOSITORY is not set' : !headSha ? 'GITHUB_SHA is not set' : undefined;
    if (reason === undefined) {
      const plan = planCheckRun({
        findings: placed,
        name: inputs.category ? `${TOOL_NAME} (${inputs.category})` : TOOL_NAME,
        headSha: headSha!,
        blocking: context.blocking,
        title: summaryLine(findings, context.result.stats.filesScanned),
        summary: verdictLine({ findings, failOn: inputs.failOn, blocking: blockingFindings(findings, inputs.failOn).length, stats: context.result.stats }),
        text: renderSummary(
          {
            findings,
            coverage: context.result.coverage,
            notifications: context.result.notifications,
            stats: context.result.stats,
            failOn: inputs.failOn,
            blocking: blockingFindings(findings, inputs.failOn).length,
            ...(blobBase(git) ? { blobBase: blobBase(git)! } : {}),
          },
          { maxBytes: 60_000 },
        ),
        ...(changedFiles ? { changedFiles } : {}),
        onlyChanged,
        startedAt: context.startedAt,
        completedAt: context.deps.now(),
      });
      try {
        const run = await sendCheckRun(client!, git.repo!, plan);
        io.info(`Check run ${printableText(String(run.id))} has ${plan.annotated} annotation(s).`);
        notes.push(`Annotations: ${plan.annotated} in the check run${run.url ? ` [${TOOL_NAME}](${run.url})` : ` ${TOOL_NAME}`}.`);
        if (plan.outsideChanged > 0) notes.push(`${plan.outsideChanged} finding(s) in files this pull request does not change are not annotated (annotate-only-changed); ${listedWhere(context.inCodeScanning)}.`);
        if (plan.overCap > 0) notes.push(`${plan.overCap} finding(s) past the first ${plan.annotated} are not annotated; ${listedWhere(context.inCodeScanning)}.`);
        return notes;
      } catch (error) {
        const failure = apiFailure(error);
        const forbidden = failure.status === 403 || failure.status === 404;
        const why = forbidden
          ? pr?.fork
            ? `pull request #${pr.number} comes from a fork, whose token is read-only`
            : 'the token lacks `checks: write`'
          : failure.status === undefined ? 'no answer from GitHub' : `GitHub answered HTTP ${failure.status}`;
        const github = failure.network ? failure.message : `GitHub: "${failure.message}"${failure.status !== undefined ? `, HTTP ${failure.status}` : ''}`;
        // Only a refusal is a permission problem; a network fault or a 5xx is not fixed by `checks: write`.
        const advice = forbidden && !pr?.fork ? ' Give the job `checks: write` for a check run with every finding.' : '';
        warnings.warn(`Could not create the check run: ${why} (${github}). Falling back to workflow annotations, which GitHub limits to 10 per level.${advice}`);
      }
    } else {
      warnings.warn(`No check run (${reason}); falling back to workflow annotations, which GitHub limits to 10 per level.`);
    }
  }

  const plan = planWorkflowAnnotations({
    findings: placed,
    ...(changedFiles ? { changedFiles } : {}),
    onlyChanged,
    // The failure message is one error annotation, our warnings are warning annotations.
    budget: {
      error: WORKFLOW_ANNOTATIONS_PER_LEVEL - (context.willFail ? 1 : 0),
      warning: WORKFLOW_ANNOTATIONS_PER_LEVEL - warnings.count,
      notice: WORKFLOW_ANNOTATIONS_PER_LEVEL,
    },
  });
  for (const annotation of plan.annotations) {
    io.annotate(annotation.level, annotation.message, annotation.properties);
    if (annotation.level === 'warning') warnings.count++;
  }
  notes.push(`Annotations: ${plan.annotations.length} as workflow annotations${scoped ? ' on files changed by this pull request' : ''}.`);
  if (plan.notShown > 0) {
    notes.push(`${plan.notShown} finding(s) are not annotated: GitHub shows at most 10 workflow annotations of each level per step; ${listedWhere(context.inCodeScanning)}.`);
  }
  if (plan.outsideChanged > 0) notes.push(`${plan.outsideChanged} finding(s) in files this pull request does not change are not annotated (annotate-only-changed); ${listedWhere(context.inCodeScanning)}.`);
  return notes;
};

/** Suggestions per review: a reviewer reads them one by one, and the rest are one `scan --fix` away. */
const MAX_SUGGESTIONS = 50;

/**
 * `suggest-fixes`: on a pull request, every proved fix whose lines the pull request adds becomes a
 * suggestion in one review, and the previous run's suggestions are kept, edited or deleted. Without
 * `pull-requests: write` (a fork's token, or not granted) it steps aside with a warning. Returns summary notes.
 */
const suggestFixes = async (
  context: StepContext & { request: ScanRequest; findings: readonly Finding[]; changedFiles: ReadonlyMap<string, string | undefined> | undefined },
): Promise<string[]> => {
  const { inputs, git, client, warnings, io } = context;
  const pr = git.pullRequest;
  if (!inputs.suggestFixes || !pr || !client || !git.repo) return [];
  const changed = context.changedFiles;
  const candidates = changed ? context.findings.filter((finding) => changed.has(finding.location.file)) : [];
  const plan = candidates.length > 0 ? await planScanFixes({ ...context.result, findings: candidates }, context.request, context.deps.fs) : undefined;
  const proved = plan?.proved.length ?? 0;
  // Without the head's lines no suggestion can be placed, nor an earlier one checked: leave them be.
  if (!pr.headSha) return proved > 0 ? [`Suggested fixes: none of ${proved}, the event does not name the pull request's head commit.`] : [];
  const toHead = await context.toHead();
  if (!toHead) return proved > 0 ? [`Suggested fixes: none of ${proved}, the pull request's head commit is not in the checkout to place them on its lines (actions/checkout \`fetch-depth: 2\` fetches it).`] : [];
  const notes: string[] = [];
  const read = textReader(context.deps.fs, context.request.root);
  const texts = new Map<string, string | undefined>();
  for (const fix of plan?.proved ?? []) if (!texts.has(fix.file)) texts.set(fix.file, await read(fix.file));
  const addedLines = new Map([...(changed ?? [])].flatMap(([file, patch]) => (patch === undefined ? [] : [[file, addedLinesOf(patch)] as const])));
  const planned = planSuggestions({ proved: plan?.proved ?? [], textOf: (file) => texts.get(file), toHead, addedLines, category: actionCategory(inputs) });
  try {
    const synced = await syncSuggestions(client, git.repo, { number: pr.number, headSha: pr.headSha }, planned.suggestions.slice(0, MAX_SUGGESTIONS), actionCategory(inputs));
    const earlier = [synced.kept > 0 ? `${synced.kept} from an earlier run still apply${synced.edited > 0 ? ` (${synced.edited} reworded)` : ''}` : '', synced.deleted > 0 ? `${synced.deleted} from an earlier run no longer apply and were removed` : ''].filter(Boolean).join('; ');
    if (synced.posted > 0 || earlier) {
      const review = synced.posted > 0 ? `${synced.posted} in a review${synced.reviewUrl ? ` ([review](${synced.reviewUrl}))` : ''}` : 'no new ones';
      notes.push(`Suggested fixes: ${review}${earlier ? `; ${earlier}` : ''}.`);
      io.info(`Suggested fixes: ${synced.posted} posted, ${synced.kept} kept, ${synced.edited} edited, ${synced.deleted} removed.`);
    }
  } catch (error) {
    const failure = apiFailure(error);
    const forbidden = failure.status === 403 || failure.status === 404;
    const why = forbidden
      ? pr.fork
        ? `pull request #${pr.number} comes from a fork, whose token is read-only`
        : 'the token lacks `pull-requests: write`'
      : failure.status === undefined ? 'no answer from GitHub' : `GitHub answered HTTP ${failure.status}`;
    const github = failure.network ? failure.message : `GitHub: "${failure.message}"${failure.status !== undefined ? `, HTTP ${failure.status}` : ''}`;
    const advice = forbidden && !pr.fork ? ' Give the job `pull-requests: write` for suggested changes on the pull request, or set suggest-fixes: false.' : '';
    warnings.warn(`Could not post the suggested fixes: ${why} (${github}). The fixes stay in the SARIF file (result.fixes) and \`ephemeral-guard scan --fix\`.${advice}`);
    notes.push(`Suggested fixes: not posted (${why}).`);
  }
  if (planned.suggestions.length > MAX_SUGGESTIONS) notes.push(`${planned.suggestions.length - MAX_SUGGESTIONS} more proved fix(es) are not suggested: one review carries at most ${MAX_SUGGESTIONS}; \`ephemeral-guard scan --fix\` writes them all.`);
  if (planned.notOnChangedLines > 0) notes.push(`${planned.notOnChangedLines} proved fix(es) are not suggested: they change lines this pull request does not add.`);
  if (planned.lineEndings > 0) notes.push(`${planned.lineEndings} proved fix(es) are not suggested: their file has CR line endings, which a suggestion applied on GitHub would mix with LF; \`ephemeral-guard scan --fix\` keeps them.`);
  return notes;
};
