// Extracts the few REST operations the Action calls from GitHub's published OpenAPI description
// (the `@octokit/openapi` npm package, ~385 MB unpacked) into a small test fixture, so the
// end-to-end tests can check request and response bodies without the big package as a dependency.
//
//   node scripts/extract-github-openapi.mjs [version]
//
// Downloads the package with `npm pack` into a temporary folder, reads only
// generated/api.github.com.json from the tarball, keeps the listed operations and the component
// schemas they reference (transitively), turns OpenAPI 3.0 `nullable` into JSON Schema, and writes
// test/fixtures/github/openapi-subset.json with the package name and version it came from.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PACKAGE = '@octokit/openapi';
const VERSION = process.argv[2] ?? '23.0.2';
const MEMBER = 'package/generated/api.github.com.json';
const OUT = new URL('../test/fixtures/github/openapi-subset.json', import.meta.url);

/** method + path of every operation the Action calls. */
const OPERATIONS = [
  ['post', '/repos/{owner}/{repo}/code-scanning/sarifs'],
  ['get', '/repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}'],
  ['post', '/repos/{owner}/{repo}/check-runs'],
  ['patch', '/repos/{owner}/{repo}/check-runs/{check_run_id}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
  ['post', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
  ['put', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/pulls/comments/{comment_id}'],
  ['delete', '/repos/{owner}/{repo}/pulls/comments/{comment_id}'],
];

const dir = mkdtempSync(join(tmpdir(), 'eg-openapi-'));
try {
  execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--pack-destination', dir, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = join(dir, `octokit-openapi-${VERSION}.tgz`);
  execFileSync('tar', ['-xzf', tarball, '-C', dir, MEMBER]);
  const description = JSON.parse(readFileSync(join(dir, MEMBER), 'utf8'));

  const schemas = {};
  const pending = [];
  /** Copies a schema, converting `nullable` and queueing every component it references. */
  const convert = (node) => {
    if (Array.isArray(node)) return node.map(convert);
    if (node === null || typeof node !== 'object') return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'example' || key === 'examples' || key === 'nullable') continue;
      out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, convert(schema)])) : convert(value);
    }
    if (typeof node.$ref === 'string') {
      const name = node.$ref.replace('#/components/schemas/', '');
      if (!(name in schemas)) pending.push(name);
    }
    if (node.nullable === true) {
      if (typeof out.type === 'string') out.type = [out.type, 'null'];
      else return { anyOf: [out, { type: 'null' }] };
      if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    }
    return out;
  };
  const parameter = (param) => (param.$ref ? description.components.parameters[param.$ref.replace('#/components/parameters/', '')] : param);

  const operations = {};
  for (const [method, path] of OPERATIONS) {
    const op = description.paths[path]?.[method];
    if (!op) throw new Error(`${method.toUpperCase()} ${path} is not in ${PACKAGE}@${VERSION}`);
    const responses = {};
    for (const [status, response] of Object.entries(op.responses)) {
      const resolved = response.$ref ? description.components.responses[response.$ref.replace('#/components/responses/', '')] : response;
      const schema = resolved.content?.['application/json']?.schema;
      if (schema) responses[status] = convert(schema);
    }
    operations[op.operationId] = {
      method: method.toUpperCase(),
      path,
      parameters: (op.parameters ?? []).map(parameter).map((p) => ({ name: p.name, in: p.in, required: p.required === true, schema: convert(p.schema) })),
      ...(op.requestBody ? { requestBody: convert(op.requestBody.content['application/json'].schema) } : {}),
      responses,
    };
  }
  while (pending.length > 0) {
    const name = pending.pop();
    if (name in schemas) continue;
    const schema = description.components.schemas[name];
    if (!schema) throw new Error(`Missing component schema ${name}`);
    schemas[name] = null;
    schemas[name] = convert(schema);
  }
  const sorted = Object.fromEntries(Object.keys(schemas).sort().map((name) => [name, schemas[name]]));
  const subset = {
    source: { package: PACKAGE, version: VERSION, file: MEMBER.replace('package/', ''), openapi: description.openapi, infoVersion: description.info.version },
    note: 'Generated by scripts/extract-github-openapi.mjs; do not edit. OpenAPI 3.0 nullable turned into JSON Schema type unions; examples dropped.',
    operations,
    components: { schemas: sorted },
  };
  writeFileSync(OUT, `${JSON.stringify(subset, null, 1)}\n`);
  console.log(`Wrote ${Object.keys(operations).length} operations and ${Object.keys(sorted).length} component schemas from ${PACKAGE}@${VERSION} to test/fixtures/github/openapi-subset.json`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
