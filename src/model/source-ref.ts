/**
 * Where a piece of evidence lives. Rules and analyzers pass these around; only `load/` turns
 * them into line and column (lazily, when a finding needs it).
 */
export type YamlPath = readonly (string | number)[];

/** A node (value, or key with `key: true`) in one YAML/JSON document of a file. */
export interface NodeRef {
  readonly file: string;
  /** Document index within the file, 0-based. */
  readonly doc: number;
  /** Path from the document root to the node. */
  readonly path: YamlPath;
  /** Point at the mapping key instead of its value. */
  readonly key?: boolean;
  /**
   * A range inside the scalar at `path`, as offsets into its decoded text (a Rego, CEL or
   * JMESPath expression embedded in YAML). Mapped back through block-scalar indentation.
   */
  readonly span?: TextSpan;
}

/** A range of a file read as plain text (a `.rego` file, or YAML that did not parse). */
export interface TextRef {
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

export type SourceRef = NodeRef | TextRef;

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** 1-based line and column; `endColumn` is one past the last character (SARIF's convention). */
export interface Region {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface Location extends Region {
  readonly file: string;
}

export const isTextRef = (ref: SourceRef): ref is TextRef => 'start' in ref;

/** A ref to a child of `ref` (same file and document). */
export const childRef = (ref: NodeRef, ...path: readonly (string | number)[]): NodeRef => ({
  file: ref.file,
  doc: ref.doc,
  path: [...ref.path, ...path],
});

/** A ref to a range inside the scalar at `ref`. Offsets are into the scalar's decoded text. */
export const spanRef = (ref: NodeRef, start: number, end: number): NodeRef => ({
  file: ref.file,
  doc: ref.doc,
  path: ref.path,
  span: { start, end },
});
