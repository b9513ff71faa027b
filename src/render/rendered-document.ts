import type { RendererName } from './options.ts';

/** Which objects a kustomize patch applies to (its `target`), as written. */
export interface PatchTarget {
  readonly kind?: string;
  readonly name?: string;
  readonly namespace?: string;
  readonly group?: string;
  readonly version?: string;
  /** It also selects by labels or annotations, which this scan does not evaluate. */
  readonly bySelector?: boolean;
}

/** A patch file and the objects it applies to. */
export interface PatchRef {
  readonly file: string;
  /** Listed under patchesJson6902 (true); under patches it depends on the file's content (undefined). */
  readonly json6902: boolean | undefined;
  /** Without one, a strategic-merge patch applies to the object its own kind and name say. */
  readonly target?: PatchTarget;
}

/** What a kustomization reads, resolved to files of the scan (relative to its root). */
export interface KustomizationFiles {
  /** Resource files, the bases' included (where the deployed objects are declared). */
  readonly resources: readonly string[];
  /** Patch files (strategic merge and JSON 6902), the bases' included, with their targets. */
  readonly patches: readonly PatchRef[];
}

/**
 * Helm: the lines of a chart file that a rendered document is a verbatim copy of (`.Files.Get`),
 * one whole document of that file, possibly indented (`indent`, `nindent`).
 */
export interface CopiedText {
  readonly file: string;
  /** 0-based line of the rendered document's text where the copy starts. */
  readonly renderedLine: number;
  /** 0-based line of the file's text that it copies. */
  readonly fileLine: number;
  readonly lines: number;
  /** Columns the copy's first line is moved right by (negative: left; Helm trims each document). */
  readonly firstShift: number;
  /** Columns every other line is moved right by. */
  readonly shift: number;
}

/**
 * One document of a renderer's output. Its objects are loaded from `text` under the file name
 * `id`, a name no real file can have; SourceIndex maps refs into it back to the file that
 * wrote it (see `locateRendered`).
 */
export interface RenderedDocument {
  readonly id: string;
  readonly renderer: RendererName;
  /** What was rendered: a chart's Chart.yaml or a kustomization file. */
  readonly origin: string;
  readonly text: string;
  /** Helm: the template file this document came from (`# Source:`), when it is in the scan. */
  readonly template?: string;
  /** Helm: the `# Source:` path as Helm printed it. */
  readonly sourceComment?: string;
  /** Helm: which `---` piece of its template wrote this document (0-based), chosen by kind, name and values. */
  readonly templateDocument?: number;
  /** Helm: several pieces of the template could have written it; positions are approximate. */
  readonly templateAmbiguous?: boolean;
  /** Helm: the chart file it copies verbatim; then positions are in that file, exactly. */
  readonly copied?: CopiedText;
  /** Kustomize: the files the kustomization reads. */
  readonly kustomization?: KustomizationFiles;
}

/**
 * A NUL cannot occur in a file name on any system, so these ids never collide with a real file;
 * SourceIndex maps every ref that uses one back to a real file before a report sees it.
 */
const PREFIX = '\u0000rendered:';

export const renderedDocumentId = (renderer: RendererName, origin: string, index: number): string => `${PREFIX}${renderer}:${origin}#${index}`;

export const isRenderedDocumentId = (file: string): boolean => file.startsWith(PREFIX);

/** A renderer's output cut into documents at `---` lines, with Helm's `# Source:` comment of each. */
export const splitDocuments = (output: string): { text: string; source?: string }[] => {
  const documents: { text: string; source?: string }[] = [];
  const marker = /^---[ \t]*(?:#.*)?\r?$/gm;
  let start = 0;
  /** A piece with only `# Source:` (a template that prints its own `---`) names the next one's source. */
  let pendingSource: string | undefined;
  const push = (end: number): void => {
    const text = output.slice(start, end);
    const source = /^# Source: (.+?)\r?$/m.exec(text)?.[1]?.trim() || pendingSource;
    if (!holdsContent(text)) {
      if (source) pendingSource = source;
      return;
    }
    pendingSource = undefined;
    documents.push({ text, ...(source ? { source } : {}) });
  };
  for (let match = marker.exec(output); match; match = marker.exec(output)) {
    push(match.index);
    start = match.index;
  }
  push(output.length);
  return documents;
};

/** False for a piece with only its marker, blank lines and comments (Helm skips those too). */
const holdsContent = (text: string): boolean =>
  text.split('\n').some((line) => {
    const trimmed = line.trim();
    return trimmed !== '' && !trimmed.startsWith('#') && !/^---(\s|#|$)/.test(line) && trimmed !== '...';
  });
