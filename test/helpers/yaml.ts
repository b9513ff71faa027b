/**
 * Dedenting template tag for YAML fixtures: strips the common indentation and the first empty
 * line, so that line 1 of the fixture is the first line the reader sees in the test.
 */
export const yaml = (strings: TemplateStringsArray, ...values: unknown[]): string => {
  const raw = strings.reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)![0].length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(cut)).join('\n');
};
