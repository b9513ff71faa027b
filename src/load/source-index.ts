import type { Location, SourceRef } from '../model/source-ref.ts';
import { LineIndex } from './line-index.ts';
import type { YamlSource } from './yaml-source.ts';

interface IndexedFile {
  readonly text: string;
  readonly lines: LineIndex;
  readonly yaml?: YamlSource;
}

/**
 * The one place where a SourceRef becomes file, line and column. Every file read by a scan is
 * registered here with its text (and YAML source map when it is YAML).
 */
export class SourceIndex {
  private readonly files = new Map<string, IndexedFile>();

  add(file: string, text: string, yaml?: YamlSource): void {
    this.files.set(file, { text, lines: yaml ? yaml.lines : new LineIndex(text), ...(yaml ? { yaml } : {}) });
  }

  textOf(file: string): string | undefined {
    return this.files.get(file)?.text;
  }

  locate(ref: SourceRef): Location {
    const indexed = this.files.get(ref.file);
    if (!indexed) return { file: ref.file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    if ('start' in ref) return { file: ref.file, ...indexed.lines.region(ref.start, ref.end) };
    const region = indexed.yaml?.regionOf(ref) ?? indexed.lines.region(0, 0);
    return { file: ref.file, ...region };
  }
}
