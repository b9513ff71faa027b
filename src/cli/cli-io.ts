import type { ReadText } from '../config/resolve.ts';
import type { FileSystem } from '../discover/file-system.ts';
import type { RunCommand } from '../render/run-command.ts';
import type { LoadKubeConfig } from '../verify/kube-config.ts';

/** What a CLI command needs from the process: the real terminal and files in production, a recorder in tests. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTTY: boolean;
  readonly cwd: string;
  readonly readText: ReadText;
  /** Writes a file whole; a report comes in pieces (see report/json-stream.ts). */
  readonly writeFile: (path: string, content: string | Iterable<string>) => Promise<void>;
  /** `scan -`: the whole of standard input. */
  readonly readStdin?: () => Promise<string>;
  /** Standard error is a terminal: a progress line appears there when a scan takes a while. */
  readonly stderrIsTTY?: boolean;
  /** Milliseconds, for the progress line's delay (default Date.now). */
  readonly now?: () => number;
}

export interface CliDeps {
  readonly fs: FileSystem;
  /** Runs helm and kustomize (`--render`); without it charts and kustomizations get EG002. */
  readonly runCommand?: RunCommand;
  /** The git top level of a folder (paths are reported from it); without it, from the current folder. */
  readonly gitTopLevel?: (folder: string) => Promise<string | undefined>;
  /** `verify`: how to load a kubeconfig (tests point it at a loopback apiserver). */
  readonly loadKubeConfig?: LoadKubeConfig;
  /** Milliseconds now, for the scan's time limit (tests drive it); default `Date.now`. */
  readonly clock?: () => number;
}
