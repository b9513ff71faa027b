import type { Log, ReportingDescriptor, Result, Notification as SarifNotification } from 'sarif';
import type { ScanResult } from '../engine.ts';
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
  const ruleIndex = new Map<string, number>(result.rules.map((rule, index) => [rule.meta.id, index]));
  // Absent results follow the current ones (SARIF 3.27.24: in the baseline run, not in this one);
  // both lists are already sorted.
  const findings = [...result.findings, ...(result.absent ?? [])].filter((finding) => !context.upload || belongsInUpload(finding));
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
            rules: result.rules.map(ruleDescriptor),
          },
        },
        automationDetails: { id: `${context.category ?? TOOL_NAME}/` },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the scanned repository.' } } },
        columnKind: 'utf16CodeUnits',
        results: findings.map((finding) => sarifResult(finding, ruleIndex.get(finding.ruleId))),
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
      ...(security ? { 'security-severity': rule.meta.securitySeverity!.toFixed(1) } : {}),
    },
  };
};

const sarifResult = (finding: Finding | ClusterFinding, ruleIndex: number | undefined): Result => {
  const related = finding.related.map((related, i) => ({
    id: i + 1,
    physicalLocation: physical(related.location),
    message: { text: related.note },
  }));
  const links = related.length > 0 ? ` Related: ${related.map((location) => `[${escapeLinkText(location.message.text)}](${location.id})`).join(', ')}.` : '';
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
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
