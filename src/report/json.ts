import type { ScanResult } from '../engine.ts';
import { TOOL_NAME, TOOL_VERSION } from '../version.ts';

/** The JSON report: findings, the coverage matrix, notices and counts. Deterministic. */
export const toJson = (result: Pick<ScanResult, 'findings' | 'coverage' | 'notifications' | 'stats'>): string =>
  `${JSON.stringify(
    {
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      findings: result.findings.map(({ data: _data, ...finding }) => finding),
      coverage: result.coverage,
      notifications: result.notifications,
      stats: result.stats,
    },
    null,
    2,
  )}\n`;
