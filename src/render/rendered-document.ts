import type { RendererName } from './options.ts';

/** What a kustomization reads, resolved to files of the scan (relative to its root). */
export interface KustomizationFiles {
  /** Resource files, the bases' included (where the deployed objects are declared). */
  readonly resources: readonly string[];
  /** Patch files (strategic merge and JSON 6902), the bases' included. */
  readonly patches: readonly string[];
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
  /** Helm: which document of its template this is (0-based), for templates holding several. */
  readonly templateDocument?: number;
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
  const push = (end: number): void => {
    const text = output.slice(start, end);
    if (!holdsContent(text)) return;
    const source = /^# Source: (.+?)\r?$/m.exec(text)?.[1]?.trim();
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
