// Renders the job summary as GitHub shows it, at GitHub's page width, and screenshots it with
// headless Chromium, to check that the tables read at 1,000 px (issue 14).
//   node --import tsx scripts/summary-screenshot.mjs [folder | summary.md] [out.png]
// Default: scans examples/. Writes out.png (default /tmp/ephemeral-guard-summary.png) and the
// HTML beside it. Needs chromium (Debian: apt-get install chromium). The PNG is not committed.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const [input = 'examples', out = '/tmp/ephemeral-guard-summary.png'] = process.argv.slice(2);

const summaryOf = async (target) => {
  if (target.endsWith('.md')) return readFile(target, 'utf8');
  const { scan } = await import('../src/scan.ts');
  const { renderSummary } = await import('../src/report/summary.ts');
  const { resolveScanRequest } = await import('../src/config/resolve.ts');
  const { nodeFileSystem } = await import('../src/discover/file-system.ts');
  const root = resolve(target);
  const { request } = await resolveScanRequest({ root }, (path) => readFile(path, 'utf8').catch(() => undefined), root);
  const result = await scan(request, { fs: nodeFileSystem });
  const findings = result.findings.filter((finding) => !finding.suppression);
  return renderSummary({
    findings,
    coverage: result.coverage,
    access: result.access,
    notifications: result.notifications,
    stats: result.stats,
    failOn: 'error',
    blocking: findings.filter((finding) => finding.level === 'error').length,
    blobBase: 'https://github.com/acme/policies/blob/0123456789abcdef0123456789abcdef01234567',
  });
};

// The Markdown the summary uses, and no more: headings, paragraphs, pipe tables, <details>,
// links, bold, italic, code spans, backslash escapes and the entities escapeMarkdown writes.
const inline = (text) => {
  const codes = [];
  let html = text.replace(/`([^`]+)`/g, (_, code) => `\uE000${codes.push(code.replace(/\\\|/g, '|')) - 1}\uE000`);
  html = html
    .replace(/\\([\\`*_[\]|#~])/g, (_, char) => `&#${char.charCodeAt(0)};`)
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(])_([^_]+)_(?=$|[\s).,:;])/g, '$1<em>$2</em>');
  return html.replace(/\uE000(\d+)\uE000/g, (_, i) => `<code>${codes[Number(i)].replace(/&(?![a-z]+;|#\d+;)/g, '&amp;').replace(/</g, '&lt;')}</code>`);
};
const cells = (line) => line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((cell) => cell.trim());
const toHtml = (markdown) => {
  const lines = markdown.split('\n');
  const html = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('|') && lines[i + 1]?.startsWith('| ---')) {
      const header = cells(line);
      const align = cells(lines[i + 1]).map((cell) => (cell.endsWith(':') ? ' style="text-align:right"' : ''));
      html.push('<table><thead><tr>', ...header.map((cell, c) => `<th${align[c]}>${inline(cell)}</th>`), '</tr></thead><tbody>');
      for (i += 2; i < lines.length && lines[i].startsWith('|'); i++) html.push('<tr>', ...cells(lines[i]).map((cell, c) => `<td${align[c]}>${inline(cell)}</td>`), '</tr>');
      html.push('</tbody></table>');
      i--;
    } else if (/^#{1,6} /.test(line)) {
      const level = line.indexOf(' ');
      html.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`);
    } else if (/^<\/?details>|^<details><summary>/.test(line)) html.push(line);
    else if (line.startsWith('- ')) html.push(`<ul><li>${inline(line.slice(2))}</li></ul>`);
    else if (line.trim() !== '') html.push(`<p>${inline(line)}</p>`);
  }
  return html.join('\n');
};

// GitHub's markdown-body, approximately: system font 14px, bordered tables, grey header row.
const CSS = `body{margin:0;background:#fff}.markdown-body{box-sizing:border-box;width:1000px;padding:24px 32px;font:14px/1.5 -apple-system,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;color:#1f2328}
h2{font-size:1.5em;border-bottom:1px solid #d1d9e0;padding-bottom:.3em;margin:24px 0 16px}h3{font-size:1.25em;margin:24px 0 16px}
table{border-collapse:collapse;display:block;width:max-content;max-width:100%;overflow:auto;margin:0 0 16px}th,td{border:1px solid #d1d9e0;padding:6px 13px}th{font-weight:600;background:#f6f8fa}tr:nth-child(2n){background:#f6f8fa}
code{font:85% ui-monospace,SFMono-Regular,Menlo,monospace;background:#eff1f3;padding:.2em .4em;border-radius:6px}a{color:#0969da;text-decoration:none}details{margin:0 0 16px}summary{cursor:pointer}`;

const markdown = await summaryOf(input);
const htmlPath = out.replace(/\.png$/, '') + '.html';
await writeFile(htmlPath, `<!doctype html><meta charset="utf-8"><style>${CSS}</style><div class="markdown-body">${toHtml(markdown)}</div>`);
const browser = ['chromium', 'chromium-browser', 'google-chrome'].find((name) => spawnSync(name, ['--version']).status === 0);
if (!browser) {
  console.error(`No chromium found; the HTML is in ${htmlPath}. Install it (Debian: apt-get install chromium) to get the screenshot.`);
  process.exit(2);
}
const shot = spawnSync(browser, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--screenshot=${resolve(out)}`, '--window-size=1000,2400', `file://${resolve(htmlPath)}`], { encoding: 'utf8' });
if (shot.status !== 0) {
  console.error(shot.stderr);
  process.exit(2);
}
console.log(`${out} (${Buffer.byteLength(markdown)} bytes of Markdown, HTML in ${htmlPath})`);
