import { resolve } from 'node:path';
import { resolveScanRequest, type ReadText } from '../config/resolve.ts';
import type { FileSystem } from '../discover/file-system.ts';
import { scan } from '../engine.ts';
import { UserError } from '../errors.ts';
import { toSarif } from '../report/sarif.ts';
import { summaryLine, toText } from '../report/text.ts';
import { reaches } from '../rules/finding.ts';
import { parseInputs } from './inputs.ts';

/** What the Action needs from the runner: @actions/core in production, a recorder in tests. */
export interface ActionIO {
  readonly getInput: (name: string) => string;
  readonly setOutput: (name: string, value: string | number) => void;
  readonly setFailed: (message: string) => void;
  readonly info: (message: string) => void;
  readonly warning: (message: string) => void;
}

export interface ActionDeps {
  readonly fs: FileSystem;
  /** The workspace (GITHUB_WORKSPACE): the scan root and where relative paths start. */
  readonly workspace: string;
  readonly readText: ReadText;
  readonly writeFile: (path: string, text: string) => Promise<void>;
}

/** Scan, write SARIF, print the report, set outputs, fail per `fail-on`. Never throws. */
export const runAction = async (io: ActionIO, deps: ActionDeps): Promise<void> => {
  try {
    const inputs = parseInputs(io.getInput);
    const { request } = await resolveScanRequest(
      {
        root: deps.workspace,
        ...(inputs.paths.length > 0 ? { include: inputs.paths } : {}),
        exclude: inputs.exclude,
        ...(inputs.config ? { configPath: inputs.config } : {}),
      },
      deps.readText,
      deps.workspace,
    );
    const result = await scan(request, { fs: deps.fs });
    const sarifPath = resolve(deps.workspace, inputs.sarifFile);
    const sarif = toSarif(result, inputs.category ? { category: inputs.category } : {});
    await deps.writeFile(sarifPath, `${JSON.stringify(sarif, null, 2)}\n`).catch((error: unknown) => {
      throw new UserError(`Cannot write the SARIF file ${inputs.sarifFile} (${(error as { code?: string }).code ?? String(error)}); check the sarif-file input.`);
    });
    io.info(toText(result, { color: false }).trimEnd());
    const count = (level: string): number => result.findings.filter((finding) => finding.level === level).length;
    io.setOutput('sarif-file', sarifPath);
    io.setOutput('findings', result.findings.length);
    io.setOutput('errors', count('error'));
    io.setOutput('warnings', count('warning'));
    io.setOutput('notes', count('note'));
    for (const notification of result.notifications) if (notification.level !== 'note') io.warning(notification.message);
    const blocking = result.findings.filter((finding) => reaches(finding.level, inputs.failOn));
    if (blocking.length > 0) {
      io.setFailed(`${summaryLine(result.findings, result.stats.filesScanned)} ${blocking.length} at or above fail-on (${inputs.failOn}).`);
    } else if (result.notifications.some((notification) => notification.level === 'error')) {
      io.setFailed('The scan hit an internal error (see the notices above); its results are incomplete.');
    }
  } catch (error) {
    if (error instanceof UserError) io.setFailed(error.message);
    else io.setFailed(`Internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
};
