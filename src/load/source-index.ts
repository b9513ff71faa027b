import type { Location, SourceRef } from '../model/source-ref.ts';
import { LineIndex } from './line-index.ts';
import type { YamlSource } from './yaml-source.ts';

/**
 * Maps a ref into a rendered document (its `file` is the document's id, see
 * render/rendered-document.ts) to a ref into a real file, with a note when the line is a guess.
 */
export type RenderedLocator = (ref: SourceRef) => { readonly ref: SourceRef; readonly approximate?: string };

/** A location, and why it is only approximate when it is (a rendered document's best guess). */
export interface ExplainedLocation {
  readonly location: Location;
  readonly approximate?: string;
}

interface IndexedFile {
  readonly text: string;
  readonly lines: LineIndex;
  readonly yaml?: YamlSource;
  /** The file began with a byte order mark (dropped from `text`, kept for fingerprints). */
  readonly bom?: boolean;
}

/**
 * The one place where a SourceRef becomes file, line and column. Every file read by a scan is
 * registered here with its text (and YAML source map when it is YAML).
 */
export class SourceIndex {
  private readonly files = new Map<string, IndexedFile>();
  private readonly rendered = new Map<string, RenderedLocator>();

  add(file: string, text: string, yaml?: YamlSource, options: { bom?: boolean } = {}): void {
    this.files.set(file, { text, lines: yaml ? yaml.lines : new LineIndex(text), ...(yaml ? { yaml } : {}), ...(options.bom ? { bom: true } : {}) });
  }

  textOf(file: string): string | undefined {
    return this.files.get(file)?.text;
  }

  /**
   * The text GitHub's upload-sarif hashes for `primaryLocationLineHash`: the file as decoded,
   * byte order mark included (positions are counted without it, as editors show them).
   */
  fingerprintTextOf(file: string): string | undefined {
    const indexed = this.files.get(file);
    return indexed ? (indexed.bom ? `\uFEFF${indexed.text}` : indexed.text) : undefined;
  }

  /** Registers a rendered document: refs whose `file` is `id` are located through `locator`. */
  addRendered(id: string, locator: RenderedLocator): void {
    this.rendered.set(id, locator);
  }

  locate(ref: SourceRef): Location {
    return this.explain(ref).location;
  }

  /** `locate`, plus the reason when the line is approximate (said in the finding). */
  explain(ref: SourceRef): ExplainedLocation {
    const locator = this.rendered.get(ref.file);
    if (!locator) return { location: this.locateInFile(ref) };
    const mapped = locator(ref);
    // A locator answers with a real file; never follow one rendered document into another.
    const location = this.rendered.has(mapped.ref.file) ? { file: '', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } : this.locateInFile(mapped.ref);
    return { location, ...(mapped.approximate ? { approximate: mapped.approximate } : {}) };
  }

  private locateInFile(ref: SourceRef): Location {
    const indexed = this.files.get(ref.file);
    if (!indexed) return { file: ref.file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    if ('start' in ref) return { file: ref.file, ...indexed.lines.region(ref.start, ref.end) };
    const region = indexed.yaml?.regionOf(ref) ?? indexed.lines.region(0, 0);
    return { file: ref.file, ...region };
  }
}
