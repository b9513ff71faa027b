/** `ephemeral-guard rules` (the catalogue) and `ephemeral-guard explain EG101` (a rule's page). */
import { RULES } from '../rules/index.ts';
import { RULE_DOCS } from '../rules/rule-docs.generated.ts';
import { UserError } from '../errors.ts';
import { didYouMean } from '../suggest.ts';
import { TOOL_NAME } from '../version.ts';
import { maxOf } from '../array.ts';

/** One line per rule: id, default level, name, what it finds. */
export const rulesList = (): string => {
  const rows = [...RULES].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1)).map((rule) => [rule.meta.id, rule.meta.level, rule.meta.name, rule.meta.short]);
  const widths = [0, 1, 2].map((column) => maxOf(rows.map((row) => row[column]!.length)));
  return `${rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ')).join('\n')}\n\n${TOOL_NAME} explain <id or name> shows a rule's page.\n`;
};

/** A rule's documentation page (docs/rules/EGxxx.md), by id (any case) or name. */
export const explainRule = (name: string | undefined): string => {
  if (name === undefined) throw new UserError(`explain needs a rule id or name, e.g. ${TOOL_NAME} explain EG101 (${TOOL_NAME} rules lists them).`);
  const rule = RULES.find((candidate) => candidate.meta.id === name.toUpperCase() || candidate.meta.name === name);
  const page = rule ? RULE_DOCS[rule.meta.id] : undefined;
  if (!rule || page === undefined) {
    const names = RULES.flatMap((candidate) => [candidate.meta.id, candidate.meta.name]);
    throw new UserError(`unknown rule "${name}".${didYouMean(name, names)} (${TOOL_NAME} rules lists them.)`);
  }
  return page.endsWith('\n') ? page : `${page}\n`;
};
