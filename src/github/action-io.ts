import type { ReadText } from '../config/resolve.ts';
import type { ApiLimits } from './client.ts';
import type { FileSystem } from '../discover/file-system.ts';
import type { RunCommand } from '../render/run-command.ts';
import type { WorkflowAnnotation, WorkflowLevel } from './annotations.ts';
import type { Env } from './git-context.ts';
import type { RunGit } from './head-lines.ts';

/** What the Action needs from the runner: @actions/core in production, a recorder in tests. */
export interface ActionIO {
  readonly getInput: (name: string) => string;
  readonly setOutput: (name: string, value: string | number) => void;
  readonly setFailed: (message: string) => void;
  readonly info: (message: string) => void;
  readonly warning: (message: string) => void;
  /** A workflow-command annotation (`::error file=…::`). */
  readonly annotate: (level: WorkflowLevel, message: string, properties: WorkflowAnnotation['properties']) => void;
  /** Appends Markdown to GITHUB_STEP_SUMMARY. */
  readonly appendSummary: (markdown: string) => Promise<void>;
  /** Masks a value in the log. */
  readonly setSecret: (secret: string) => void;
}

export interface ActionDeps {
  readonly fs: FileSystem;
  /** Runs helm and kustomize (input `render`); without it charts and kustomizations get EG002. */
  readonly runCommand?: RunCommand;
  /** The workspace (GITHUB_WORKSPACE): the scan root and where relative paths start. */
  readonly workspace: string;
  /** The git top level of a folder (paths are reported from it); without it, from the checkout. */
  readonly gitTopLevel?: (folder: string) => Promise<string | undefined>;
  readonly readText: ReadText;
  /** Runs git in the checkout (maps merge-commit lines to the PR head's); without it lines stay as scanned. */
  readonly runGit?: RunGit;
  /** Reads the config and the baseline, which a pull request can commit (default `readText`). */
  readonly readInput?: ReadText;
  /** Writes a file whole; a report comes in pieces (see report/json-stream.ts). */
  readonly writeFile: (path: string, content: string | Iterable<string>) => Promise<void>;
  /** The runner's environment (GITHUB_*); nothing below the entry reads process.env. */
  readonly env: Env;
  /** Undefined = @actions/github's proxy-aware fetch. */
  readonly fetch?: typeof globalThis.fetch;
  /** How long to wait for GitHub (default: client.ts's 30 s per answer, 5 minutes in all). */
  readonly apiLimits?: ApiLimits;
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
}
