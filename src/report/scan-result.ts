import type { CoverageFact, Tri, Verdict } from '../analyze/coverage.ts';
import type { ProbeEvidence, ProvedHole } from '../analyze/evaluate/index.ts';
import type { SourceIndex } from '../load/source-index.ts';
import type { Notification } from '../model/notification.ts';
import type { Location } from '../model/source-ref.ts';
import type { Finding } from '../rules/finding.ts';
import type { Rule } from '../rules/rule.ts';
import type { AccessTable } from './access.ts';

/** What a scan hands the reports: findings, the coverage matrix, the access table, notifications. */
/** One row of the coverage matrix. */
export interface CoverageRow {
  readonly engine: CoverageFact['engine'];
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  readonly rule?: string;
  readonly location: Location;
  readonly reads: { readonly containers: boolean; readonly initContainers: boolean; readonly ephemeralContainers: boolean };
  readonly receivesSubresource: Tri;
  readonly handlesUpdate: Tri;
  readonly enforces: Tri;
  readonly verdict: Verdict;
  readonly reasons: readonly string[];
  readonly ruleIds: readonly string[];
  /** The policy controls ephemeral containers themselves: "blocks all" or "allows only …", and where. */
  readonly ephemeralControl?: { readonly scope: string; readonly location: Location };
  /** The policy is in a test fixture (config `fixtures:`). */
  readonly fixture?: true;
  /** Whether a probe run on the policy's code proves the verdict, or it rests on reading the code. */
  readonly basis: 'proved by evaluation' | 'read from the code';
  /** What the probes showed (absent when no evaluator ran the policy's code). */
  readonly evaluation?: { readonly proof: ProbeEvidence['proof']; readonly summary: string; readonly hole?: ProvedHole };
}

export interface ScanStats {
  readonly filesScanned: number;
  readonly objects: number;
  /** Standalone Rego sources read (policies without a Kubernetes object). */
  readonly regoFiles: number;
  readonly otherDocuments: number;
  readonly filesSkipped: number;
  readonly gitAware: boolean;
}

export interface ScanResult {
  readonly findings: readonly Finding[];
  /** With a baseline: its results that this scan no longer finds (`baselineState: absent`). */
  readonly absent: readonly Finding[];
  readonly coverage: readonly CoverageRow[];
  /** Who can add ephemeral containers, where, and whether a control guards it (one row per grant; controls listed once). */
  readonly access: AccessTable;
  readonly notifications: readonly Notification[];
  readonly stats: ScanStats;
  /** The rules that ran, sorted by id (what SARIF lists under tool.driver.rules). */
  readonly rules: readonly Rule[];
  /** File texts by path, for reports that need them (fingerprints already computed). */
  readonly sources: SourceIndex;
}
