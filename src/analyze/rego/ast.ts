/**
 * The Rego syntax tree. Every node carries `start`/`end`: offsets into the exact source string
 * that was parsed (end exclusive), so evidence maps back through `spanRef` without re-reading.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface RegoError extends Span {
  readonly message: string;
}

export interface StringTerm extends Span {
  readonly type: 'string';
  /** The decoded value (escapes resolved; raw strings verbatim). */
  readonly value: string;
}

export interface NumberTerm extends Span {
  readonly type: 'number';
  readonly text: string;
}

export interface BooleanTerm extends Span {
  readonly type: 'boolean';
  readonly value: boolean;
}

export interface NullTerm extends Span {
  readonly type: 'null';
}

export interface VarTerm extends Span {
  readonly type: 'var';
  readonly name: string;
}

/** `.name` (also written `["name"]` when the key is a literal string: see IndexSegment). */
export interface DotSegment extends Span {
  readonly kind: 'dot';
  readonly name: string;
}

/** `[term]`: the span covers the brackets. */
export interface IndexSegment extends Span {
  readonly kind: 'index';
  readonly term: Term;
}

export type RefSegment = DotSegment | IndexSegment;

export interface RefTerm extends Span {
  readonly type: 'ref';
  /** A var (`input`, `data`, a local), a call (`object.get(...)[_]`) or a parenthesised term. */
  readonly head: Term;
  readonly path: readonly RefSegment[];
}

export interface CallTerm extends Span {
  readonly type: 'call';
  /** A var (`count`) or a ref made of dots only (`object.get`, `data.lib.x.f`). */
  readonly callee: VarTerm | RefTerm;
  readonly args: readonly Term[];
}

export interface ArrayTerm extends Span {
  readonly type: 'array';
  readonly items: readonly Term[];
}

export interface SetTerm extends Span {
  readonly type: 'set';
  readonly items: readonly Term[];
}

export interface ObjectItem extends Span {
  readonly key: Term;
  readonly value: Term;
}

export interface ObjectTerm extends Span {
  readonly type: 'object';
  readonly items: readonly ObjectItem[];
}

export interface ArrayComprehension extends Span {
  readonly type: 'array-comprehension';
  readonly head: Term;
  readonly body: Body;
}

export interface SetComprehension extends Span {
  readonly type: 'set-comprehension';
  readonly head: Term;
  readonly body: Body;
}

export interface ObjectComprehension extends Span {
  readonly type: 'object-comprehension';
  readonly key: Term;
  readonly value: Term;
  readonly body: Body;
}

export type InfixOperator =
  | ':='
  | '='
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '|'
  | '&'
  | '+'
  | '-'
  | '*'
  | '/'
  | '%';

export interface BinaryTerm extends Span {
  readonly type: 'binary';
  readonly op: InfixOperator;
  readonly left: Term;
  readonly right: Term;
}

/** `x in xs` or `k, v in xs`. */
export interface MembershipTerm extends Span {
  readonly type: 'membership';
  readonly key?: Term;
  readonly value: Term;
  readonly collection: Term;
}

export interface UnaryMinusTerm extends Span {
  readonly type: 'unary-minus';
  readonly operand: Term;
}

/** `( term )`: kept so that spans of the parenthesised text stay exact. */
export interface ParenTerm extends Span {
  readonly type: 'paren';
  readonly inner: Term;
}

export type Term =
  | StringTerm
  | NumberTerm
  | BooleanTerm
  | NullTerm
  | VarTerm
  | RefTerm
  | CallTerm
  | ArrayTerm
  | SetTerm
  | ObjectTerm
  | ArrayComprehension
  | SetComprehension
  | ObjectComprehension
  | BinaryTerm
  | MembershipTerm
  | UnaryMinusTerm
  | ParenTerm;

export interface WithModifier extends Span {
  readonly target: Term;
  readonly value: Term;
}

export interface ExprLiteral extends Span {
  readonly type: 'expr';
  readonly negated: boolean;
  readonly expr: Term;
  readonly with: readonly WithModifier[];
}

/** `some x, y` (declaration only). */
export interface SomeDeclLiteral extends Span {
  readonly type: 'some';
  readonly vars: readonly VarTerm[];
}

/** `some x in xs`, `some k, v in xs`. */
export interface SomeInLiteral extends Span {
  readonly type: 'some-in';
  readonly key?: Term;
  readonly value: Term;
  readonly collection: Term;
}

export interface EveryLiteral extends Span {
  readonly type: 'every';
  readonly key?: Term;
  readonly value: Term;
  readonly domain: Term;
  readonly body: Body;
}

export type Literal = ExprLiteral | SomeDeclLiteral | SomeInLiteral | EveryLiteral;

export interface Body extends Span {
  readonly literals: readonly Literal[];
}

export type RuleKind = 'complete' | 'partial-set' | 'partial-object' | 'function';

export interface RuleHead extends Span {
  /** Dotted name (`violation`, `a.b.c` for a Rego v1 ref head). */
  readonly name: string;
  /** Where the name is written. */
  readonly nameSpan: Span;
  readonly kind: RuleKind;
  readonly args?: readonly Term[];
  /** Partial rules: the element (set) or key (object). */
  readonly key?: Term;
  readonly value?: Term;
  readonly assign?: ':=' | '=';
}

export interface ElseClause extends Span {
  readonly value?: Term;
  readonly body?: Body;
}

export interface RegoRule extends Span {
  readonly type: 'rule';
  readonly isDefault: boolean;
  readonly head: RuleHead;
  /** Empty for a rule without body (`p := 1`, `default p := false`); several for `p { a } { b }`. */
  readonly bodies: readonly Body[];
  readonly elses: readonly ElseClause[];
}

export interface RegoImport extends Span {
  /** `['data', 'lib', 'x']`, `['future', 'keywords', 'in']`, `['rego', 'v1']`. */
  readonly path: readonly string[];
  readonly alias?: string;
}

export interface RegoPackage extends Span {
  /** Without the implicit `data` (`package lib.x` → `['lib', 'x']`). */
  readonly path: readonly string[];
}

export interface RegoModule extends Span {
  readonly package: RegoPackage;
  readonly imports: readonly RegoImport[];
  readonly rules: readonly RegoRule[];
}
