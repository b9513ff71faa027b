import type { Log } from 'sarif';
import { interpolate } from '../rules/interpolate.ts';
import { toSarif, type SarifContext } from '../report/sarif.ts';
import type { ClusterFinding, ClusterRule } from '../rules/cluster-rule.ts';
import { compareText, reaches } from '../rules/finding.ts';
import type { Level } from '../rules/rule.ts';
import { TOOL_NAME, TOOL_VERSION } from '../version.ts';
import { describeDenier } from './admission-message.ts';
import type { Attempt, NamespaceResult, ProbeCell, VerifyFacts } from '../model/verify-outcome.ts';
import { PROBES, probeById } from './probes.ts';
import type { VerifyRun } from './run-verify.ts';
import { maxOf } from '../array.ts';

/** The logical location of a namespace of the probed cluster (SARIF `logicalLocations`). */
export const namespaceLocation = (context: string, namespace: string): ClusterFinding['logicalLocation'] => ({
  fullyQualifiedName: `cluster/${context}/namespace/${namespace}`,
  name: namespace,
  kind: 'namespace',
});

/** Runs the EG4xx rules over the facts; sorted by namespace, rule, message. */
export const verifyFindings = (
  facts: VerifyFacts,
  rules: readonly ClusterRule[],
  levels: Readonly<Record<string, Level | 'off'>> = {},
): ClusterFinding[] => {
  const findings: ClusterFinding[] = [];
  for (const rule of rules) {
    const configured = levels[rule.meta.id] ?? levels[rule.meta.name];
    if (configured === 'off') continue;
    for (const draft of rule.judge(facts)) {
      const security = rule.meta.tags.includes('security') && rule.meta.securitySeverity !== undefined;
      findings.push({
        ruleId: rule.meta.id,
        ruleName: rule.meta.name,
        level: configured ?? draft.level ?? rule.meta.level,
        ...(security ? { securitySeverity: rule.meta.securitySeverity! } : {}),
        message: interpolate(rule.meta.messages[draft.messageId] ?? draft.messageId, draft.data),
        messageId: draft.messageId,
        data: draft.data,
        logicalLocation: namespaceLocation(facts.context, draft.namespace),
        object: `Namespace/${draft.namespace}`,
        related: [],
      });
    }
  }
  return findings.sort(
    (a, b) =>
      compareText(a.logicalLocation.name, b.logicalLocation.name) || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message),
  );
};

/**
 * 1 when a probe was admitted at or above `failOn` (a verified hole); otherwise 2 when something
 * could not be verified (EG404), or when RBAC refused every probe, so that admission was never
 * exercised; otherwise 0.
 */
export const verifyExitCode = (facts: VerifyFacts, findings: readonly ClusterFinding[], failOn: Level | 'none'): 0 | 1 | 2 => {
  if (findings.some((finding) => finding.ruleId !== 'EG404' && reaches(finding.level, failOn))) return 1;
  if (findings.some((finding) => finding.ruleId === 'EG404')) return 2;
  if (onlyRbac(facts)) return 2;
  return 0;
};

const onlyRbac = (facts: VerifyFacts): boolean => {
  const cells = facts.namespaces.flatMap((namespace) => namespace.cells);
  return cells.length > 0 && cells.every((cell) => cell.verdict === 'rbac-forbidden');
};

/** What a matrix cell says, in words. */
export const cellText = (cell: ProbeCell): string => {
  const control = cell.probe === 'hardened-control';
  switch (cell.verdict) {
    case 'allowed':
      return control ? 'accepted (expected: the other probes differ from it by one field)' : `ALLOWED (${methodsWith(cell, 'allowed')})`;
    case 'denied': {
      const denial = cell.attempts.find((attempt): attempt is Extract<Attempt, { state: 'denied' }> => attempt.state === 'denied')!;
      return `denied by ${describeDenier(denial.by)}${control ? ' (even a hardened ephemeral container is refused here)' : ''}`;
    }
    case 'rbac-forbidden':
      return 'could not test: RBAC forbids it (good news for this identity)';
    default: {
      const reason = cell.attempts.find((attempt): attempt is Extract<Attempt, { state: 'not-verifiable' }> => attempt.state === 'not-verifiable');
      return `not verifiable (${reason?.cause ?? 'no answer'})`;
    }
  }
};

const methodsWith = (cell: ProbeCell, state: Attempt['state']): string =>
  cell.attempts
    .filter((attempt) => attempt.state === state)
    .map((attempt) => attempt.method)
    .join(', ');

const modeLine = (facts: VerifyFacts): string =>
  facts.dryRun
    ? 'server-side dry run (dryRun=All): nothing was added to any pod'
    : 'REAL writes (--no-dry-run): probes were added to the probe pods this tool created, then deleted with them';

const targetText = (namespace: NamespaceResult): string =>
  namespace.target ? `pod ${namespace.target.pod}${namespace.target.created ? ' (created by ephemeral-guard)' : ''}` : 'no probe sent';

/** One line per namespace count, for the end of the text report and the job summary. */
export const verifySummaryLine = (facts: VerifyFacts, findings: readonly ClusterFinding[]): string => {
  const holes = findings.filter((finding) => finding.ruleId !== 'EG404');
  const holeNamespaces = new Set(holes.map((finding) => finding.logicalLocation.name));
  const unverified = new Set(findings.filter((finding) => finding.ruleId === 'EG404').map((finding) => finding.logicalLocation.name));
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const total = facts.namespaces.length;
  const parts = [
    holes.length === 0 ? `No probe was admitted in ${plural(total, 'namespace')}` : `${plural(holes.length, 'admitted probe')} in ${holeNamespaces.size} of ${plural(total, 'namespace')}`,
    ...(unverified.size > 0 ? [`${plural(unverified.size, 'namespace')} not fully verified`] : []),
    ...(onlyRbac(facts) ? ['RBAC refused every probe: admission was not exercised (run verify as an identity that may patch pods/ephemeralcontainers)'] : []),
  ];
  return `${parts.join('; ')}.`;
};

/** The terminal report: the matrix per namespace, the findings, notices and a total. */
export const toVerifyText = (run: VerifyRun, findings: readonly ClusterFinding[]): string => {
  const { facts } = run;
  const lines = [`Context ${facts.context} (${facts.server}), ${modeLine(facts)}.`, ''];
  const width = maxOf(PROBES.map((probe) => probe.id.length));
  for (const namespace of facts.namespaces) {
    lines.push(`${namespace.namespace}  (${targetText(namespace)})`);
    if (namespace.skipped) lines.push(`  ${namespace.skipped.message}`);
    for (const cell of namespace.cells) {
      const rule = probeById(cell.probe).ruleId;
      const flag = cell.verdict === 'allowed' && rule ? `  ${rule}` : '';
      lines.push(`  ${cell.probe.padEnd(width)}  ${cellText(cell)}${flag}`);
    }
    lines.push('');
  }
  for (const finding of findings) lines.push(`${finding.level.padEnd(7)} ${finding.ruleId}  ${finding.logicalLocation.fullyQualifiedName}  ${finding.message}`);
  if (findings.length > 0) lines.push('');
  for (const notice of run.notices) lines.push(`warning ${notice}`);
  if (run.notices.length > 0) lines.push('');
  lines.push(verifySummaryLine(facts, findings));
  return `${lines.join('\n')}\n`;
};

/** The JSON report: the facts (every attempt with its status and message), the findings, notices. */
export const toVerifyJson = (run: VerifyRun, findings: readonly ClusterFinding[]): string =>
  `${JSON.stringify(
    {
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      context: run.facts.context,
      server: run.facts.server,
      dryRun: run.facts.dryRun,
      disallowedImage: run.facts.disallowedImage,
      namespaces: run.facts.namespaces,
      findings: findings.map(({ data: _data, ...finding }) => finding),
      notices: run.notices,
      summary: verifySummaryLine(run.facts, findings),
    },
    null,
    2,
  )}\n`;

/** SARIF with only the EG4xx rules, each result at `cluster/<context>/namespace/<ns>`. */
export const toVerifySarif = (run: VerifyRun, findings: readonly ClusterFinding[], rules: readonly ClusterRule[], context: SarifContext = {}): Log =>
  toSarif(
    {
      findings,
      rules,
      notifications: run.notices.map((message) => ({ level: 'warning' as const, message })),
    },
    { category: context.category ?? `${TOOL_NAME}-verify` },
  );

const MARK: Readonly<Record<ProbeCell['verdict'], string>> = {
  allowed: '❌ allowed',
  denied: '✅ denied',
  'rbac-forbidden': '🔒 RBAC',
  'not-verifiable': '❔ not verifiable',
};

const escapeCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The matrix as a Markdown table (the GitHub job summary): one row per namespace, one column per probe. */
export const toVerifyMarkdown = (run: VerifyRun, findings: readonly ClusterFinding[]): string => {
  const { facts } = run;
  const header = ['namespace', ...PROBES.map((probe) => `\`${probe.id}\``)];
  const rows = facts.namespaces.map((namespace) => [
    `\`${namespace.namespace}\``,
    ...PROBES.map((probe) => {
      const cell = namespace.cells.find((candidate) => candidate.probe === probe.id);
      if (!cell) return '— skipped';
      if (cell.probe === 'hardened-control' && cell.verdict === 'allowed') return 'accepted';
      const denial = cell.attempts.find((attempt): attempt is Extract<Attempt, { state: 'denied' }> => attempt.state === 'denied');
      return escapeCell(cell.verdict === 'denied' && denial ? `${MARK.denied} by ${describeDenier(denial.by)}` : MARK[cell.verdict]);
    }),
  ]);
  const lines = [
    `### ${TOOL_NAME} verify: ${escapeCell(facts.context)}`,
    '',
    `${modeLine(facts)}.`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
    '',
    `**${verifySummaryLine(facts, findings)}**`,
  ];
  if (findings.length > 0) {
    lines.push('', '<details><summary>Findings</summary>', '');
    for (const finding of findings) lines.push(`- **${finding.ruleId}** (${finding.level}) \`${finding.logicalLocation.name}\`: ${escapeCell(finding.message)}`);
    lines.push('', '</details>');
  }
  return `${lines.join('\n')}\n`;
};
