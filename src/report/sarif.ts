import type { Log, ReportingDescriptor, Result, Notification as SarifNotification } from 'sarif';
import type { ScanResult } from './scan-result.ts';
import type { Finding } from '../rules/finding.ts';
import type { ClusterFinding } from '../rules/cluster-rule.ts';
import type { Rule } from '../rules/rule.ts';
import { belongsInUpload } from '../suppress/predicates.ts';
import { RULE_DOCS } from '../rules/rule-docs.generated.ts';
import { TOOL_NAME, TOOL_URI, TOOL_VERSION, ruleDocUri } from '../version.ts';

export interface SarifContext {
  /** Code-scanning category: several analyses of one commit stay apart (runAutomationDetails.id). */
  readonly category?: string;
  /**
   * For upload to code scanning: leave out suppressed results and results absent since the
   * baseline (GitHub would open alerts for both; GITHUB.md). The local report keeps them.
   */
  readonly upload?: boolean;
}

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const MAX_DESCRIPTION = 1024;

/** A scan's result, or a verify run's (EG4xx findings located at a namespace of the cluster). */
export interface SarifInput {
  readonly findings: readonly (Finding | ClusterFinding)[];
  readonly rules: readonly Pick<Rule, 'meta'>[];
  readonly notifications: ScanResult['notifications'];
  /** With a baseline: results of the baseline that this scan no longer finds. */
  readonly absent?: readonly Finding[];
}

/** SARIF 2.1.0 for GitHub code scanning (GITHUB.md). Pure and deterministic. */
export const toSarif = (result: SarifInput, context: SarifContext = {}): Log => {
  // Absent results follow the current ones (SARIF 3.27.24: in the baseline run, not in this one);
  // both lists are already sorted.
  const findings = [...result.findings, ...(result.absent ?? [])].filter((finding) => !context.upload || belongsInUpload(finding));
  const descriptors = ruleDescriptors(result.rules, findings);
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            semanticVersion: TOOL_VERSION,
            version: TOOL_VERSION,
            informationUri: TOOL_URI,
            rules: descriptors.rules,
          },
        },
        // Only when asked: a set id overrides the category input of upload-sarif.
        ...(context.category ? { automationDetails: { id: context.category.endsWith('/') ? context.category : `${context.category}/` } } : {}),
        originalUriBaseIds: { '%SRCROOT%': { description: { text: SRCROOT_DESCRIPTION } } },
        columnKind: 'utf16CodeUnits',
        results: findings.map((finding) => sarifResult(finding, descriptors.of(finding))),
        invocations: [
          {
            executionSuccessful: !result.notifications.some((notification) => notification.level === 'error'),
            toolExecutionNotifications: result.notifications.map(
              (notification): SarifNotification => ({
                level: notification.level,
                message: { text: notification.message },
                ...(notification.file
                  ? {
                      locations: [
                        {
                          physicalLocation: {
                            artifactLocation: { uri: encodeUri(notification.file), uriBaseId: '%SRCROOT%' },
                            ...(notification.region ? { region: { ...notification.region } } : {}),
                          },
                        },
                      ],
                    }
                  : {}),
              }),
            ),
          },
        ],
      },
    ],
  };
};

/** Code scanning reads relative URIs from the repository root, whatever uriBaseId says. */
const SRCROOT_DESCRIPTION = 'The top level of the git repository that holds the scanned folder (else the folder the scan ran in); every artifact URI is relative to it, as code scanning reads it.';

/** GitHub's bands for security-severity (critical ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, low). */
const severityBand = (value: number): string => (value >= 9 ? 'critical' : value >= 7 ? 'high' : value >= 4 ? 'medium' : 'low');

/** How non-security results rank in code scanning (`problem.severity`: error, warning, recommendation). */
const PROBLEM_SEVERITY: Readonly<Record<Rule['meta']['level'], string>> = { error: 'error', warning: 'warning', note: 'recommendation' };

interface Descriptors {
  readonly rules: ReportingDescriptor[];
  readonly of: (finding: Finding | ClusterFinding) => { readonly id: string; readonly index: number } | undefined;
}

/**
 * The rule descriptors, with one child descriptor per severity variant of a rule. GitHub takes
 * `security-severity` only from the rule a result names, never from the result itself: a finding
 * whose severity differs from its rule's (EG101 at 8.1 where the rule says 6.5) names the child
 * `EG101/high`, which carries 8.1. The config, suppressions and reports still say `EG101`.
 */
const ruleDescriptors = (rules: readonly Pick<Rule, 'meta'>[], findings: readonly (Finding | ClusterFinding)[]): Descriptors => {
  const list = rules.map(ruleDescriptor);
  const baseIndex = new Map<string, number>(rules.map((rule, index) => [rule.meta.id, index]));
  const byId = new Map<string, Pick<Rule, 'meta'>>(rules.map((rule) => [rule.meta.id, rule]));
  const variantOf = (finding: Finding | ClusterFinding): number | undefined => {
    const rule = byId.get(finding.ruleId);
    if (!rule || finding.securitySeverity === undefined || !hasSecuritySeverity(rule)) return undefined;
    return finding.securitySeverity.toFixed(1) === rule.meta.securitySeverity!.toFixed(1) ? undefined : Number(finding.securitySeverity.toFixed(1));
  };
  // Severities of each rule's variants, and their levels (the most severe level seen).
  const variants = new Map<string, Map<number, Rule['meta']['level']>>();
  for (const finding of findings) {
    const value = variantOf(finding);
    if (value === undefined) continue;
    let values = variants.get(finding.ruleId);
    if (!values) variants.set(finding.ruleId, (values = new Map()));
    const known = values.get(value);
    values.set(value, known === undefined || LEVEL_RANK[finding.level] > LEVEL_RANK[known] ? finding.level : known);
  }
  const variantIndex = new Map<string, number>();
  for (const ruleId of [...variants.keys()].sort()) {
    const values = variants.get(ruleId)!;
    const bands = new Map<string, number>();
    for (const value of values.keys()) bands.set(severityBand(value), (bands.get(severityBand(value)) ?? 0) + 1);
    const base = list[baseIndex.get(ruleId)!]!;
    for (const value of [...values.keys()].sort((a, b) => b - a)) {
      const band = severityBand(value);
      const suffix = bands.get(band)! > 1 || band === severityBand(byId.get(ruleId)!.meta.securitySeverity!) ? `${band}-${value.toFixed(1)}` : band;
      const id = `${ruleId}/${suffix}`;
      variantIndex.set(`${ruleId}\u0000${value}`, list.length);
      list.push({
        ...base,
        id,
        name: `${base.name}/${suffix}`,
        defaultConfiguration: { level: values.get(value)! },
        properties: { ...base.properties, 'security-severity': value.toFixed(1) },
      });
    }
  }
  return {
    rules: list,
    of: (finding) => {
      const value = variantOf(finding);
      const index = value === undefined ? baseIndex.get(finding.ruleId) : variantIndex.get(`${finding.ruleId}\u0000${value}`);
      return index === undefined ? undefined : { id: list[index]!.id, index };
    },
  };
};

const LEVEL_RANK: Readonly<Record<Rule['meta']['level'], number>> = { error: 3, warning: 2, note: 1 };

const hasSecuritySeverity = (rule: Pick<Rule, 'meta'>): boolean => rule.meta.tags.includes('security') && rule.meta.securitySeverity !== undefined;

const ruleDescriptor = (rule: Pick<Rule, 'meta'>): ReportingDescriptor => {
  const doc = RULE_DOCS[rule.meta.id] ?? `# ${rule.meta.id} ${rule.meta.name}\n\n${rule.meta.short}\n`;
  const markdown = `${doc.trimEnd()}\n\n[Full documentation](${ruleDocUri(rule.meta.id)})\n`;
  const security = rule.meta.tags.includes('security') && rule.meta.securitySeverity !== undefined;
  return {
    id: rule.meta.id,
    name: rule.meta.name,
    shortDescription: { text: rule.meta.short },
    fullDescription: { text: truncate(firstParagraphAfterTitle(doc) || rule.meta.short, MAX_DESCRIPTION) },
    help: { text: doc, markdown },
    helpUri: ruleDocUri(rule.meta.id),
    defaultConfiguration: { level: rule.meta.level },
    properties: {
      tags: [...rule.meta.tags].slice(0, 20),
      precision: 'high',
      ...(security ? { 'security-severity': rule.meta.securitySeverity!.toFixed(1) } : { 'problem.severity': PROBLEM_SEVERITY[rule.meta.level] }),
    },
  };
};

const sarifResult = (finding: Finding | ClusterFinding, descriptor: { readonly id: string; readonly index: number } | undefined): Result => {
  const related = finding.related.map((related, i) => ({
    id: i + 1,
    physicalLocation: physical(related.location),
    message: { text: related.note },
  }));
  const links = related.length > 0 ? ` Related: ${related.map((location) => `[${escapeLinkText(location.message.text)}](${location.id})`).join(', ')}.` : '';
  return {
    ruleId: descriptor?.id ?? finding.ruleId,
    ...(descriptor !== undefined ? { ruleIndex: descriptor.index } : {}),
    level: finding.level,
    message: { text: finding.message + links },
    // A cluster finding points at nothing in the repository: a logical location only.
    locations: ['logicalLocation' in finding ? { logicalLocations: [finding.logicalLocation] } : { physicalLocation: physical(finding.location) }],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    ...(finding.lineHash ? { partialFingerprints: { primaryLocationLineHash: finding.lineHash } } : {}),
    ...(finding.suppression
      ? {
          suppressions: [
            {
              kind: finding.suppression.kind,
              status: 'accepted' as const,
              justification: finding.suppression.justification,
              ...(finding.suppression.location ? { location: { physicalLocation: physical(finding.suppression.location) } } : {}),
            },
          ],
        }
      : {}),
    ...(finding.baselineState ? { baselineState: finding.baselineState } : {}),
    ...(finding.object || finding.securitySeverity !== undefined || ('proof' in finding && finding.proof)
      ? {
          properties: {
            ...(finding.object ? { object: finding.object } : {}),
            ...('proof' in finding && finding.proof ? { proof: finding.proof } : {}),
            ...(finding.securitySeverity !== undefined ? { 'security-severity': finding.securitySeverity.toFixed(1) } : {}),
          },
        }
      : {}),
  };
};

const physical = (location: Finding['location']) => ({
  artifactLocation: { uri: encodeUri(location.file), uriBaseId: '%SRCROOT%' },
  region: {
    startLine: location.startLine,
    startColumn: location.startColumn,
    endLine: location.endLine,
    endColumn: location.endColumn,
  },
});

/** Relative path → URI reference: forward slashes, each segment percent-encoded. */
const encodeUri = (file: string): string => file.split('/').map(encodeURIComponent).join('/');

const escapeLinkText = (text: string): string => text.replace(/[[\]]/g, '\\$&');

const firstParagraphAfterTitle = (markdown: string): string =>
  markdown.replace(/^# .*\n+/, '').split(/\n\s*\n/, 1)[0]?.replace(/\s*\n\s*/g, ' ').trim() ?? '';

const truncate = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
