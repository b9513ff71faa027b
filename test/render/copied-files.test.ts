// Rendered documents that copy a chart file (`.Files.Get`, `.Files.Glob`, through indent and
// nindent) are located in that file, at its own line and column, under real Helm 3 and Helm 4;
// twins and altered copies keep the template's approximate position. Then seeded properties of
// the copy index: exact positions only for a unique verbatim copy.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem } from '../../src/discover/file-system.ts';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';
import { scan } from '../../src/scan.ts';
import { createRunCommand } from '../../src/render/run-command.ts';
import { CopyIndex, copiedRange, type CopySource } from '../../src/render/copied-files.ts';
import { parseYaml } from '../../src/load/yaml-source.ts';
import { deepEqual } from '../../src/json.ts';
import { realHelms, skipUnlessReal, type RealHelm } from './real-binaries.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/render/copied');

const scanChart = async (helm: RealHelm, include: readonly string[]) => {
  const root = await mkdtemp(join(tmpdir(), 'eg-copied-'));
  await cp(FIXTURE, join(root, 'copied'), { recursive: true });
  const result = await scan({ root, include }, { fs: nodeFileSystem, runCommand: createRunCommand({ path: helm.path }) });
  return result.findings
    .filter((f) => f.ruleId === 'EG201')
    .map((f) => `${f.location.file}:${f.location.startLine}:${f.location.startColumn}-${f.location.endColumn} ${f.object ?? ''}${/\(approximate line/.test(f.message) ? ' approximate' : ''}`);
};

for (const helm of realHelms) {
  const name = helm?.name ?? 'a real helm';
  describe(`documents copied from chart files under ${name}`, { skip: skipUnlessReal(helm, name) }, () => {
    it('are located in the file they copy, at its own line and column (whole documents, indented or not, of files not scanned alone)', async () => {
      assert.deepEqual(await scanChart(helm!, ['copied/Chart.yaml', 'copied/templates/**']), [
        'copied/bundle/one-role.yaml:11:17-43 Role/bundle-third',
        'copied/bundle/two-roles.yaml:11:17-43 Role/bundle-first',
        'copied/bundle/two-roles.yaml:24:17-43 Role/bundle-second',
        'copied/roles/debugger.yaml:10:17-43 Role/debugger',
        'copied/roles/indented.yaml:11:17-43 Role/indented',
        'copied/roles/nindented.yaml:12:17-43 Role/nindented',
        // `replace` altered the copy: the template's line, approximate.
        'copied/templates/altered.yaml:1:1-2 Role/altered approximate',
        // twins/bundled.yaml is also the second document of twins/bundle.yaml.
        'copied/templates/bundled.yaml:1:1-2 Role/bundled approximate',
        // A value that holds the text of roles/valued.yaml: that file was not copied.
        'copied/templates/from-values.yaml:1:1-2 Role/valued approximate',
        // Written literally in the template (and equal to roles/literal.yaml): the template's own line.
        'copied/templates/literal.yaml:10:17-43 Role/literal',
        // twins/one.yaml and twins/two.yaml hold the same text: which one was copied is not known.
        'copied/templates/twin.yaml:1:1-2 Role/twin approximate',
      ]);
    });

    it('fold with the finding in the copied file itself when that file is scanned too', async () => {
      assert.deepEqual(await scanChart(helm!, ['**/*.yaml']), [
        'copied/bundle/one-role.yaml:11:17-43 Role/bundle-third',
        'copied/bundle/two-roles.yaml:11:17-43 Role/bundle-first',
        'copied/bundle/two-roles.yaml:24:17-43 Role/bundle-second',
        'copied/roles/debugger.yaml:10:17-43 Role/debugger',
        'copied/roles/indented.yaml:11:17-43 Role/indented',
        'copied/roles/literal.yaml:10:17-43 Role/literal',
        'copied/roles/nindented.yaml:12:17-43 Role/nindented',
        'copied/roles/valued.yaml:7:17-43 Role/valued',
        'copied/templates/altered.yaml:1:1-2 Role/altered approximate',
        'copied/templates/bundled.yaml:1:1-2 Role/bundled approximate',
        'copied/templates/from-values.yaml:1:1-2 Role/valued approximate',
        'copied/templates/twin.yaml:1:1-2 Role/twin approximate',
        'copied/twins/bundle.yaml:7:17-43 Role/other',
        'copied/twins/bundle.yaml:16:17-43 Role/bundled',
        'copied/twins/one.yaml:10:17-43 Role/twin',
      ]);
    });
  });
}

describe('a chart that cannot prove a copy unique', () => {
  const role = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r\nrules:\n  - apiGroups: [""]\n    resources: ["pods/ephemeralcontainers"]\n    verbs: ["patch"]\n';
  const chart = { 'c/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 0.1.0\n', 'c/templates/copy.yaml': '{{ .Files.Get "pols/r.yaml" }}\n', 'c/pols/r.yaml': role };
  // What helm template prints for it.
  const helm = async () => ({ kind: 'exited' as const, code: 0, stdout: `---\n# Source: c/templates/copy.yaml\n${role}`, stderr: '' });
  const eg201 = async (files: Record<string, string>, maxFileSize?: number) => {
    const result = await scan({ root: '/repo', include: ['c/Chart.yaml', 'c/templates/**'], ...(maxFileSize ? { maxFileSize } : {}) }, { fs: memoryFileSystem(files), runCommand: helm });
    return result.findings.filter((f) => f.ruleId === 'EG201').map((f) => `${f.location.file}:${f.location.startLine}:${f.location.startColumn}${/approximate/.test(f.message) ? ' approximate' : ''}`);
  };

  it('is exact when every file of the chart was read', async () => {
    assert.deepEqual(await eg201(chart), ['c/pols/r.yaml:7:17']);
  });

  it('keeps the template position when a file of the chart is too large to read (it could hold a twin)', async () => {
    assert.deepEqual(await eg201({ ...chart, 'c/pols/big.yaml': `${role}#${'x'.repeat(400)}\n` }, 300), ['c/templates/copy.yaml:1:1 approximate']);
  });

  it('keeps the template position for a chart of more than 5,000 files', async () => {
    const many = Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`c/data/f${i}.txt`, `${i}\n`]));
    assert.deepEqual(await eg201({ ...chart, ...many }), ['c/templates/copy.yaml:1:1 approximate']);
  });
});

/** A small seeded generator (mulberry32), so a failure can be replayed from its seed. */
const random = (seed: number): (() => number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** One random YAML document's lines: nested mappings, lists, a block scalar, comments and blank lines. */
const documentLines = (next: () => number): string[] => {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const lines: string[] = [];
  if (next() < 0.3) lines.push(pick(['# a policy', '  # an indented comment first', '#']));
  const mapping = (indent: string, depth: number): void => {
    const keys = 1 + Math.floor(next() * 3);
    for (let k = 0; k < keys; k++) {
      const key = pick(['kind', 'name', 'rules', 'spec', 'verbs', 'x']) + k;
      const shape = depth >= 2 ? 0 : Math.floor(next() * 4);
      if (shape === 0) lines.push(`${indent}${key}: ${pick(['a', 'b', '"c d"', '1', 'patch'])}`);
      else if (shape === 1) {
        lines.push(`${indent}${key}:`);
        mapping(`${indent}  `, depth + 1);
      } else if (shape === 2) {
        lines.push(`${indent}${key}:`);
        for (let i = 0, n = 1 + Math.floor(next() * 2); i < n; i++) lines.push(`${indent}  - ${pick(['a', 'b', 'pods/ephemeralcontainers'])}`);
      } else {
        lines.push(`${indent}${key}: |`, `${indent}  first ${pick(['a', 'b'])}`, ...(next() < 0.5 ? [''] : []), `${indent}  last`);
      }
      if (next() < 0.15) lines.push(next() < 0.5 ? '' : `${indent}# note`);
    }
  };
  mapping('', 0);
  return lines;
};

/** What Helm prints for `{{ .Files.Get f | indent pad }}`: every line padded, the document trimmed. */
const helmCopy = (lines: readonly string[], pad: number): string => lines.map((line) => ' '.repeat(pad) + line).join('\n').trim();

const HEADER = '---\n# Source: chart/templates/copy.yaml\n';

/** A copy with one change Helm would not make: a character, a line's indentation, or a line more. */
const altered = (lines: readonly string[], next: () => number): string[] => {
  const out = [...lines];
  const at = Math.floor(next() * out.length);
  const kind = Math.floor(next() * 3);
  if (kind === 0) out[at] = out[at]!.replace(/[a-z](?=[^a-z]*$)/, (c) => (c === 'z' ? 'y' : 'z'));
  else if (kind === 1) out[at] = ` ${out[at]!}`;
  else out.splice(at, 0, 'extra: 1');
  return out;
};

describe('the copy index (seeded properties)', () => {
  const parse = (text: string): readonly unknown[] => parseYaml(text).documents;

  it('gives a position only for a unique verbatim copy of a whole document, at the same text in the file', () => {
    const next = random(515);
    let exact = 0;
    let none = 0;
    for (let round = 0; round < 300; round++) {
      // Files of 1 to 3 documents, some twins of another (the same text), some with CRLF.
      const files: { file: string; documents: string[][]; text: string }[] = [];
      for (let f = 0, count = 1 + Math.floor(next() * 5); f < count; f++) {
        const twin = files.length > 0 && next() < 0.2 ? files[Math.floor(next() * files.length)]! : undefined;
        // Or a document of another file among documents of its own (a twin inside a bundle).
        const shared = !twin && files.length > 0 && next() < 0.2 ? files[Math.floor(next() * files.length)]!.documents[0]! : undefined;
        const documents = twin ? twin.documents : [...(shared ? [shared] : []), ...Array.from({ length: 1 + Math.floor(next() * 3) }, () => documentLines(next))];
        if (shared && next() < 0.5) documents.reverse();
        const eol = !twin && next() < 0.2 ? '\r\n' : '\n';
        const leading = next() < 0.3 ? ['---'] : [];
        const text = twin ? twin.text : [...leading, ...documents.flatMap((lines, i) => (i === 0 ? lines : ['---', ...lines]))].join(eol) + eol;
        files.push({ file: `pols/f${f}.yaml`, documents, text });
      }
      // A template whose own text is the document (rendered, not copied): a twin of a file, or alone.
      const template = next() < 0.3 ? (next() < 0.5 ? files[0]! : { file: 'templates/literal.yaml', documents: [documentLines(next)], text: '' }) : undefined;
      if (template && template.text === '') template.text = `${template.documents[0]!.join('\n')}\n`;
      const sources: CopySource[] = [
        ...files.map(({ file, text }) => ({ file, text })),
        ...(template ? [{ file: 'templates/literal.yaml', text: template.text, template: true }] : []),
      ];
      const index = new CopyIndex(sources);
      const source = template && next() < 0.3 ? template : files[Math.floor(next() * files.length)]!;
      const document = source.documents[Math.floor(next() * source.documents.length)]!;
      const pad = next() < 0.5 ? 0 : 2 * Math.floor(next() * 4);
      const alter = next() < 0.3;
      const copy = helmCopy(alter ? altered(document, next) : document, pad);
      const rendered = `${HEADER}${copy}\n`;
      // What the copy can be: a document that Helm prints, at some indentation, as this very text.
      const holders = sources.flatMap((candidate) =>
        (candidate.template ? [template!] : files.filter((file) => file.file === candidate.file))
          .flatMap((file) => file.documents.filter((lines) => [0, 1, 2, 3, 4, 5, 6, 7, 8].some((p) => helmCopy(lines.map((l) => (file.text.includes('\r\n') ? `${l}\r` : l)), p).replace(/\r$/, '') === copy || helmCopy(lines, p) === copy)))
          .map(() => candidate),
      );
      const found = index.copyOf(rendered, parse);
      const replay = `round ${round}: ${JSON.stringify(rendered)}`;
      if (holders.length !== 1 || holders[0]!.template) {
        assert.equal(found, undefined, `${replay}: ${holders.length} holders, not one file's`);
        none++;
        continue;
      }
      if (found === undefined) {
        // Helm's printing changed the value (the first line's indentation trimmed, a block
        // scalar's last line): then nothing is claimed.
        assert.ok(!deepEqual(parse(copy), parse(document.join('\n'))), `${replay}: a unique verbatim copy of ${holders[0]!.file} was not found`);
        none++;
        continue;
      }
      exact++;
      assert.equal(found.file, holders[0]!.file, replay);
      // Every character of the copy maps to the same character of the file.
      const fileText = sources.find((s) => s.file === found.file)!.text;
      const renderedLines = rendered.split('\n');
      for (let line = found.renderedLine; line < found.renderedLine + found.lines; line++) {
        const content = renderedLines[line]!.replace(/\r$/, '');
        for (let column = 1; column <= content.length; column++) {
          if (content[column - 1] === ' ') continue;
          const range = copiedRange(found, { startLine: line + 1, startColumn: column, endLine: line + 1, endColumn: column + 1 }, rendered, fileText);
          assert.ok(range, `${replay}: line ${line + 1} column ${column} is in the copy`);
          assert.equal(fileText[range.start], content[column - 1], `${replay}: line ${line + 1} column ${column}`);
          assert.equal(range.end, range.start + 1);
        }
      }
    }
    assert.ok(exact > 50 && none > 50, `both kinds were tried (${exact} exact, ${none} not)`);
  });

  it('reads each file once and looks a document up in its own length (100,000 twins of one line)', () => {
    const sources: CopySource[] = Array.from({ length: 100_000 }, (_, i) => ({ file: `f${i}.yaml`, text: 'kind: Role\n' }));
    const started = Date.now();
    const index = new CopyIndex(sources);
    for (let i = 0; i < 1000; i++) assert.equal(index.copyOf(`${HEADER}kind: Role\n`, parse), undefined);
    assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
  });
});
