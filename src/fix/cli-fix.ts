import { resolve } from 'node:path';
import type { FileSystem } from '../discover/file-system.ts';
import type { ScanRequest } from '../scan.ts';
import type { ScanResult } from '../report/scan-result.ts';
import { UserError } from '../errors.ts';
import type { Finding } from '../rules/finding.ts';
import { fixedTexts, isFixable, planFixes, type FixPlan } from './fix.ts';
import { addSarifFixes } from './sarif-fixes.ts';
import { unifiedDiff } from './unified-diff.ts';

export type FixMode = 'write' | 'dry-run';

/** Reads a scanned file again the way the scan did (same file system), keeping a BOM as a character. */
export const textReader = (fs: FileSystem, root: string) => async (file: string): Promise<string | undefined> => {
  const read = await fs.read(root, file, Number.MAX_SAFE_INTEGER).catch(() => undefined);
  return read && 'bytes' in read ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(read.bytes) : undefined;
};

/** Plans and proves fixes only when something will use them (`--fix`, `--fix-dry-run`, SARIF). */
export const planScanFixes = async (result: ScanResult, request: ScanRequest, fs: FileSystem): Promise<FixPlan | undefined> =>
  result.findings.some(isFixable) ? planFixes(result.findings, textReader(fs, request.root), request) : undefined;

/**
 * `--fix` writes every proved fix; `--fix-dry-run` returns their unified diff. Either way the
 * unproved ones are listed with their reason. Returns the findings the fixes removed.
 */
export const runFixes = async (
  plan: FixPlan | undefined,
  mode: FixMode,
  request: ScanRequest,
  fs: FileSystem,
  io: { readonly stdout: (text: string) => void; readonly stderr: (text: string) => void; readonly writeFile: (path: string, text: string) => Promise<void> },
): Promise<ReadonlySet<Finding>> => {
  if (!plan) return new Set();
  const texts = await fixedTexts(plan.proved, textReader(fs, request.root));
  for (const [file, { before, after }] of [...texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (mode === 'dry-run') io.stdout(unifiedDiff(file, before, after));
    else {
      await io.writeFile(resolve(request.root, file), after).catch((error: unknown) => {
        throw new UserError(`cannot write the fix to ${file}: ${(error as { code?: string }).code ?? String(error)}.`);
      });
    }
  }
  const verb = mode === 'dry-run' ? 'would fix' : 'fixed';
  io.stderr(`${verb} ${plan.proved.length} finding${plan.proved.length === 1 ? '' : 's'} in ${texts.size} file${texts.size === 1 ? '' : 's'}.\n`);
  for (const { finding, reason } of plan.unproved) {
    io.stderr(`not fixed: ${finding.location.file}:${finding.location.startLine}:${finding.location.startColumn} ${finding.ruleId}: ${reason.replace(/\.$/, '')}.\n`);
  }
  return new Set(plan.proved.map((fix) => fix.finding));
};

/** SARIF `result.fixes` for every proved fix (needs the files' texts for line and column). */
export const addFixesToSarif = async (log: { runs: { results?: object[] }[] }, plan: FixPlan | undefined, request: ScanRequest, fs: FileSystem): Promise<void> => {
  if (!plan) return;
  const read = textReader(fs, request.root);
  const textOf = new Map<string, string>();
  for (const fix of plan.proved) {
    const text = await read(fix.file);
    if (text !== undefined) textOf.set(fix.file, text);
  }
  addSarifFixes(log as Parameters<typeof addSarifFixes>[0], plan, textOf);
};
