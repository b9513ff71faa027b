import type { Finding } from '../../../src/rules/finding.ts';
import type { Level } from '../../../src/rules/rule.ts';

const RULES: Readonly<Record<Level, { ruleId: string; ruleName: string }>> = {
  error: { ruleId: 'EG302', ruleName: 'privileged-ephemeral-container' },
  warning: { ruleId: 'EG001', ruleName: 'invalid-manifest' },
  note: { ruleId: 'EG002', ruleName: 'unrendered-template' },
};

/** A completed finding for report and GitHub-layer tests. */
export const finding = (level: Level, file: string, line: number, overrides: Partial<Finding> = {}): Finding => ({
  ...RULES[level],
  level,
  message: `${level} in ${file} at line ${line}.`,
  messageId: 'test',
  data: {},
  location: { file, startLine: line, startColumn: 3, endLine: line, endColumn: 9 },
  related: [],
  lineHash: `${line.toString(16).padStart(16, '0')}:1`,
  ...overrides,
});
