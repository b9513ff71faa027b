import type { ScanResult } from './scan-result.ts';
import { EMPTY_ACCESS_TABLE } from './access.ts';
import { TOOL_NAME, TOOL_VERSION } from '../version.ts';
import { jsonChunks } from './json-stream.ts';

type JsonInput = Pick<ScanResult, 'findings' | 'coverage' | 'notifications' | 'stats'> & Partial<Pick<ScanResult, 'absent' | 'access'>>;

/** The JSON report: findings, the coverage matrix, the access table, notices and counts. Deterministic. */
export const toJson = (result: JsonInput): string => [...toJsonChunks(result)].join('');

/** `toJson` in pieces, for writing a report of any size (see jsonChunks). */
export const toJsonChunks = (result: JsonInput): Generator<string> =>
  reportChunks({
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    findings: result.findings.map(({ data: _data, ...finding }) => finding),
    // Only with a baseline: what it had that this scan no longer finds.
    ...(result.absent && result.absent.length > 0 ? { absent: result.absent.map(({ data: _data, messageId: _id, ...finding }) => finding) } : {}),
    coverage: result.coverage,
    // Rows name the controls that guard them by index into `controls`.
    access: result.access ?? EMPTY_ACCESS_TABLE,
    notifications: result.notifications,
    stats: result.stats,
  });

/** A JSON document as every report file is written: two-space indentation, a final newline, in pieces. */
export function* reportChunks(value: unknown): Generator<string> {
  yield* jsonChunks(value);
  yield '\n';
}
