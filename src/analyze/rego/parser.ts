import type {
  Body,
  CallTerm,
  ElseClause,
  EveryLiteral,
  InfixOperator,
  Literal,
  ObjectItem,
  RefSegment,
  RefTerm,
  RegoError,
  RegoImport,
  RegoModule,
  RegoPackage,
  RegoRule,
  RuleHead,
  Span,
  Term,
  VarTerm,
  WithModifier,
} from './ast.ts';
import { tokenize, type Token } from './lexer.ts';

export interface RegoParseResult {
  /** Absent only when the source has no parsable `package` clause. */
  readonly module?: RegoModule;
  readonly errors: readonly RegoError[];
}

/** Terms nest at most this deep: hostile input ends with an error, not a stack overflow. */
const MAX_DEPTH = 200;
/** After this many errors the rest of the source is not worth reading. */
const MAX_ERRORS = 50;

class SyntaxProblem extends Error {
  constructor(
    readonly problem: RegoError,
    /** Nesting too deep: give up on the whole module rather than resynchronise. */
    readonly fatal = false,
  ) {
    super(problem.message);
  }
}

const RELATION_OPS: ReadonlySet<string> = new Set(['==', '!=', '<', '<=', '>', '>=']);

/**
 * Parses one Rego module. Accepts Rego v0 and v1 syntax together (`if`, `contains`, `in`,
 * `every` are recognised with or without `import rego.v1` / `future.keywords`), because both
 * occur in the wild and this parser reads policies rather than validating them. Never throws.
 */
export const parseRego = (source: string): RegoParseResult => {
  const errors: RegoError[] = [];
  const tokens = tokenize(source, errors);
  // A lexer error per stray quote adds nothing after the first few.
  errors.length = Math.min(errors.length, MAX_ERRORS);
  const parser = new Parser(tokens, errors);
  const module = parser.parseModule();
  return module === undefined ? { errors } : { module, errors };
};

class Parser {
  private pos = 0;
  private depth = 0;
  /** Whether a line break ends the current construct (true in queries, false inside brackets). */
  private newlineEnds: boolean[] = [true];

  constructor(
    private readonly tokens: readonly Token[],
    private readonly errors: RegoError[],
  ) {}

  parseModule(): RegoModule | undefined {
    let pkg: RegoPackage | undefined;
    try {
      pkg = this.parsePackage();
    } catch (e) {
      this.record(e);
      if (this.errors.length >= MAX_ERRORS || (e instanceof SyntaxProblem && e.fatal)) return undefined;
      this.resync();
    }
    const imports: RegoImport[] = [];
    const rules: RegoRule[] = [];
    while (this.tok.kind !== 'eof' && this.errors.length < MAX_ERRORS) {
      const before = this.pos;
      try {
        if (this.isIdent('import')) imports.push(this.parseImport());
        else if (this.isIdent('package')) throw this.problem('unexpected second package clause', this.tok);
        else rules.push(this.parseRule());
      } catch (e) {
        this.record(e);
        if (e instanceof SyntaxProblem && e.fatal) break;
        if (this.pos === before) this.pos++;
        this.resync();
      }
    }
    if (pkg === undefined) return undefined;
    const last = this.tokens[this.tokens.length - 1];
    return { package: pkg, imports, rules, start: pkg.start, end: last?.end ?? pkg.end };
  }

  // ---- tokens ----

  private get tok(): Token {
    return this.tokens[this.pos] as Token;
  }

  private peek(offset: number): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)] as Token;
  }

  private get prevEnd(): number {
    return this.pos > 0 ? (this.tokens[this.pos - 1] as Token).end : 0;
  }

  private next(): Token {
    const t = this.tok;
    if (t.kind !== 'eof') this.pos++;
    return t;
  }

  private isPunct(text: string): boolean {
    return this.tok.kind === 'punct' && this.tok.text === text;
  }

  private isIdent(text: string): boolean {
    return this.tok.kind === 'ident' && this.tok.text === text;
  }

  private expectPunct(text: string): Token {
    if (!this.isPunct(text)) throw this.problem(`expected ${text}`, this.tok);
    return this.next();
  }

  private problem(message: string, at: Span): SyntaxProblem {
    const found = this.tok.kind === 'eof' ? 'end of input' : JSON.stringify(this.tok.text);
    return new SyntaxProblem({ message: `${message}, found ${found}`, start: at.start, end: at.end });
  }

  private record(e: unknown): void {
    if (e instanceof SyntaxProblem) this.errors.push(e.problem);
    else this.errors.push({ message: `internal parser error: ${String(e)}`, start: this.tok.start, end: this.tok.end });
  }

  /** Skips to the next identifier at the start of a line: where the next rule most likely begins. */
  private resync(): void {
    while (this.tok.kind !== 'eof' && !(this.tok.atLineStart && this.tok.kind === 'ident' && this.tok.text !== 'else')) this.pos++;
    this.newlineEnds = [true];
    this.depth = 0;
  }

  /** A line break before the current token ends the construct being parsed. */
  private get stopsAtNewline(): boolean {
    return this.tok.newlineBefore && this.newlineEnds[this.newlineEnds.length - 1] === true;
  }

  private nested<T>(newlineEnds: boolean, parse: () => T): T {
    this.newlineEnds.push(newlineEnds);
    this.depth++;
    if (this.depth > MAX_DEPTH) throw new SyntaxProblem({ message: 'nesting too deep', start: this.tok.start, end: this.tok.end }, true);
    try {
      return parse();
    } finally {
      this.newlineEnds.pop();
      this.depth--;
    }
  }

  // ---- module level ----

  private parsePackage(): RegoPackage {
    const start = this.tok.start;
    if (!this.isIdent('package')) throw this.problem('expected package clause', this.tok);
    this.next();
    const ref = this.parsePostfix();
    const path = refToPath(ref);
    if (path === undefined) throw this.problem('invalid package path', ref);
    return { path: path[0] === 'data' ? path.slice(1) : path, start, end: ref.end };
  }

  private parseImport(): RegoImport {
    const start = this.next().start;
    const ref = this.parsePostfix();
    const path = refToPath(ref);
    if (path === undefined) throw this.problem('invalid import path', ref);
    if (this.isIdent('as') && !this.tok.newlineBefore) {
      this.next();
      if (this.tok.kind !== 'ident') throw this.problem('expected import alias', this.tok);
      const alias = this.next();
      return { path, alias: alias.text, start, end: alias.end };
    }
    return { path, start, end: ref.end };
  }

  private parseRule(): RegoRule {
    const start = this.tok.start;
    const isDefault = this.isIdent('default');
    if (isDefault) this.next();
    const head = this.parseRuleHead();
    const bodies: Body[] = [];
    const elses: ElseClause[] = [];
    const first = this.parseOptionalBody();
    if (first !== undefined) {
      bodies.push(first);
      // Rego v0 allows several bodies for one head: `p { a } { b }`.
      while (this.isPunct('{')) bodies.push(this.parseBracedBody());
      while (this.isIdent('else')) elses.push(this.parseElse());
    }
    return { type: 'rule', isDefault, head, bodies, elses, start, end: this.prevEnd };
  }

  private parseRuleHead(): RuleHead {
    const start = this.tok.start;
    if (this.tok.kind !== 'ident') throw this.problem('expected rule name', this.tok);
    const target = this.parsePostfix();
    let name: string | undefined;
    let nameSpan: Span = { start: target.start, end: target.end };
    let args: readonly Term[] | undefined;
    let key: Term | undefined;
    if (target.type === 'call') {
      name = refToPath(target.callee)?.join('.');
      nameSpan = { start: target.callee.start, end: target.callee.end };
      args = target.args;
    } else if (target.type === 'var') {
      name = target.name;
    } else if (target.type === 'ref') {
      const last = target.path[target.path.length - 1];
      if (last?.kind === 'index' && last.term.type !== 'string') {
        // `p[x]` (v0 partial set) or `p[k] = v` / `a.b[k] := v` (partial object)
        key = last.term;
        const base: Term = target.path.length === 1 ? target.head : { ...target, path: target.path.slice(0, -1), end: target.path[target.path.length - 2]?.end ?? target.head.end };
        name = refToPath(base)?.join('.');
        nameSpan = { start: base.start, end: base.end };
      } else {
        name = refToPath(target)?.join('.');
      }
    }
    if (name === undefined) throw this.problem('invalid rule head', target);
    let value: Term | undefined;
    let assign: ':=' | '=' | undefined;
    if (this.isIdent('contains') && !this.stopsAtNewline) {
      this.next();
      key = this.parseExpr(false);
      return { name, nameSpan, kind: 'partial-set', key, start, end: this.prevEnd };
    }
    if ((this.isPunct(':=') || this.isPunct('=')) && !this.stopsAtNewline) {
      assign = this.next().text as ':=' | '=';
      value = this.parseExpr(true);
    }
    const kind = args !== undefined ? 'function' : key === undefined ? 'complete' : value === undefined ? 'partial-set' : 'partial-object';
    return { name, nameSpan, kind, ...(args && { args }), ...(key && { key }), ...(value && { value }), ...(assign && { assign }), start, end: this.prevEnd };
  }

  /** `if { ... }`, `if literal`, `{ ... }`, or nothing (a rule without body). */
  private parseOptionalBody(): Body | undefined {
    if (this.isIdent('if')) {
      this.next();
      if (this.isPunct('{')) return this.parseBracedBody();
      const start = this.tok.start;
      const literal = this.nested(true, () => this.parseLiteral());
      return { literals: [literal], start, end: literal.end };
    }
    if (this.isPunct('{')) return this.parseBracedBody();
    return undefined;
  }

  private parseElse(): ElseClause {
    const start = this.next().start;
    let value: Term | undefined;
    if (this.isPunct('=') || this.isPunct(':=')) {
      this.next();
      value = this.parseExpr(true);
    }
    const body = this.parseOptionalBody();
    return { ...(value && { value }), ...(body && { body }), start, end: this.prevEnd };
  }

  private parseBracedBody(): Body {
    const open = this.expectPunct('{');
    const literals = this.parseQuery('}');
    const close = this.expectPunct('}');
    return { literals, start: open.start, end: close.end };
  }

  /** Literals separated by `;` or line breaks, up to (not including) `closer`. */
  private parseQuery(closer: string): Literal[] {
    return this.nested(true, () => {
      const literals: Literal[] = [];
      while (!this.isPunct(closer)) {
        if (this.tok.kind === 'eof') throw this.problem(`expected ${closer}`, this.tok);
        literals.push(this.parseLiteral());
        if (this.isPunct(';')) this.next();
        else if (!this.isPunct(closer) && !this.tok.newlineBefore) throw this.problem('expected ; or line break between expressions', this.tok);
      }
      return literals;
    });
  }

  private parseLiteral(): Literal {
    const start = this.tok.start;
    if (this.isIdent('some') && this.peek(1).kind === 'ident') return this.parseSome();
    if (this.isIdent('every') && this.peek(1).kind === 'ident' && !this.peek(1).newlineBefore) return this.parseEvery();
    const negated = this.isIdent('not') && !this.peek(1).newlineBefore;
    if (negated) this.next();
    const expr = this.parseExpr(true, true);
    const withs: WithModifier[] = [];
    // `with` is a keyword no literal starts with: a modifier on the next line continues this literal
    // (OPA reads `x := f with input as a` then `    with data.q as b` as one).
    while (this.isIdent('with')) {
      const withStart = this.next().start;
      const target = this.parsePostfix();
      if (!this.isIdent('as')) throw this.problem('expected as', this.tok);
      this.next();
      const value = this.parseExpr(false);
      withs.push({ target, value, start: withStart, end: value.end });
    }
    return { type: 'expr', negated, expr, with: withs, start, end: this.prevEnd };
  }

  private parseSome(): Literal {
    const start = this.next().start;
    const terms: Term[] = [this.parseRelation()];
    while (this.isPunct(',')) {
      this.next();
      terms.push(this.parseRelation());
    }
    if (this.isIdent('in')) {
      this.next();
      const collection = this.parseRelation();
      if (terms.length > 2) throw this.problem('some ... in takes one or two variables', terms[2] as Term);
      const [first, second] = terms as [Term, Term?];
      return second === undefined
        ? { type: 'some-in', value: first, collection, start, end: collection.end }
        : { type: 'some-in', key: first, value: second, collection, start, end: collection.end };
    }
    const vars: VarTerm[] = [];
    for (const t of terms) {
      if (t.type !== 'var') throw this.problem('some declares variables', t);
      vars.push(t);
    }
    return { type: 'some', vars, start, end: this.prevEnd };
  }

  private parseEvery(): EveryLiteral {
    const start = this.next().start;
    const first = this.parsePostfix();
    let key: Term | undefined;
    let value = first;
    if (this.isPunct(',')) {
      this.next();
      key = first;
      value = this.parsePostfix();
    }
    if (!this.isIdent('in')) throw this.problem('expected in', this.tok);
    this.next();
    const domain = this.parseRelation();
    const body = this.parseBracedBody();
    return { type: 'every', ...(key && { key }), value, domain, body, start, end: body.end };
  }

  // ---- expressions, loosest binding first ----

  /**
   * assignment (`:=`, `=`) > membership (`in`, and `k, v in xs` at literal level) > relation >
   * `|` > `&` > `+ -` > `* / %` > unary minus > postfix (refs, calls) > primary.
   */
  private parseExpr(allowIn: boolean, literalLevel = false): Term {
    const left = allowIn ? this.parseMembership(literalLevel) : this.parseRelation();
    if ((this.isPunct(':=') || this.isPunct('=')) && !this.stopsAtNewline) {
      const op = this.next().text as InfixOperator;
      const right = allowIn ? this.parseMembership(false) : this.parseRelation();
      return { type: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private parseMembership(literalLevel: boolean): Term {
    let left = this.parseRelation();
    if (literalLevel && this.isPunct(',') && !this.stopsAtNewline) {
      this.next();
      const value = this.parseRelation();
      if (!this.isIdent('in')) throw this.problem('expected in', this.tok);
      this.next();
      const collection = this.parseRelation();
      left = { type: 'membership', key: left, value, collection, start: left.start, end: collection.end };
    }
    while (this.isIdent('in') && !this.stopsAtNewline) {
      this.next();
      const collection = this.parseRelation();
      left = { type: 'membership', value: left, collection, start: left.start, end: collection.end };
    }
    return left;
  }

  private parseRelation(): Term {
    let left = this.parseOr(true);
    while (this.tok.kind === 'punct' && RELATION_OPS.has(this.tok.text) && !this.stopsAtNewline) {
      const op = this.next().text as InfixOperator;
      const right = this.parseOr(true);
      left = { type: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  /** `allowOr` is false for the first term of a collection, where `|` starts a comprehension. */
  private parseOr(allowOr: boolean): Term {
    let left = this.parseAnd();
    while (allowOr && this.isPunct('|') && !this.stopsAtNewline) {
      this.next();
      const right = this.parseAnd();
      left = { type: 'binary', op: '|', left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private parseAnd(): Term {
    let left = this.parseArith();
    while (this.isPunct('&') && !this.stopsAtNewline) {
      this.next();
      const right = this.parseArith();
      left = { type: 'binary', op: '&', left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private parseArith(): Term {
    let left = this.parseFactor();
    while ((this.isPunct('+') || this.isPunct('-')) && !this.stopsAtNewline) {
      const op = this.next().text as InfixOperator;
      const right = this.parseFactor();
      left = { type: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private parseFactor(): Term {
    let left = this.parseUnary();
    while ((this.isPunct('*') || this.isPunct('/') || this.isPunct('%')) && !this.stopsAtNewline) {
      const op = this.next().text as InfixOperator;
      const right = this.parseUnary();
      left = { type: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private parseUnary(): Term {
    if (this.isPunct('-')) {
      const start = this.next().start;
      const operand = this.nested(false, () => this.parseUnary());
      return { type: 'unary-minus', operand, start, end: operand.end };
    }
    return this.parsePostfix();
  }

  /** A primary term followed by `.name`, `[term]` and `(args)` on the same line. */
  private parsePostfix(): Term {
    let term = this.parsePrimary();
    const path: RefSegment[] = [];
    const closeRef = (): void => {
      if (path.length === 0) return;
      term = { type: 'ref', head: term, path: [...path], start: term.start, end: path[path.length - 1]?.end ?? term.end };
      path.length = 0;
    };
    for (;;) {
      if (this.tok.newlineBefore) break;
      if (this.isPunct('.') && this.peek(1).kind === 'ident' && !this.peek(1).newlineBefore) {
        const dot = this.next();
        const name = this.next();
        path.push({ kind: 'dot', name: name.text, start: dot.start, end: name.end });
      } else if (this.isPunct('[')) {
        const open = this.next();
        const inner = this.nested(false, () => this.parseExpr(true));
        const close = this.expectPunct(']');
        path.push({ kind: 'index', term: inner, start: open.start, end: close.end });
      } else if (this.isPunct('(')) {
        closeRef();
        if (term.type !== 'var' && !(term.type === 'ref' && term.path.every((s) => s.kind === 'dot'))) break;
        const callee: VarTerm | RefTerm = term;
        this.next();
        const args = this.nested(false, () => this.parseList(')'));
        const close = this.expectPunct(')');
        const call: CallTerm = { type: 'call', callee, args, start: callee.start, end: close.end };
        term = call;
      } else break;
    }
    closeRef();
    return term;
  }

  private parseList(closer: string): Term[] {
    const items: Term[] = [];
    while (!this.isPunct(closer)) {
      items.push(this.parseExpr(true));
      if (!this.isPunct(',')) break;
      this.next();
    }
    return items;
  }

  private parsePrimary(): Term {
    const t = this.tok;
    if (t.kind === 'number') {
      this.next();
      return { type: 'number', text: t.text, start: t.start, end: t.end };
    }
    if (t.kind === 'string') {
      this.next();
      return { type: 'string', value: t.text, start: t.start, end: t.end };
    }
    if (t.kind === 'ident') {
      this.next();
      if (t.text === 'true' || t.text === 'false') return { type: 'boolean', value: t.text === 'true', start: t.start, end: t.end };
      if (t.text === 'null') return { type: 'null', start: t.start, end: t.end };
      return { type: 'var', name: t.text, start: t.start, end: t.end };
    }
    if (t.kind === 'punct') {
      if (t.text === '(') {
        this.next();
        const inner = this.nested(false, () => this.parseExpr(true));
        const close = this.expectPunct(')');
        return { type: 'paren', inner, start: t.start, end: close.end };
      }
      if (t.text === '[') return this.nested(false, () => this.parseArray());
      if (t.text === '{') return this.nested(false, () => this.parseBrace());
    }
    throw this.problem('expected a term', t);
  }

  private parseArray(): Term {
    const start = this.next().start;
    if (this.isPunct(']')) return { type: 'array', items: [], start, end: this.next().end };
    const first = this.parseCollectionItem();
    if (this.isPunct('|')) {
      this.next();
      const body = this.parseComprehensionBody(']');
      return { type: 'array-comprehension', head: first, body, start, end: this.prevEnd };
    }
    const items = this.parseRestOfList(first, ']');
    return { type: 'array', items, start, end: this.expectPunct(']').end };
  }

  private parseBrace(): Term {
    const start = this.next().start;
    if (this.isPunct('}')) return { type: 'object', items: [], start, end: this.next().end };
    const first = this.parseCollectionItem();
    if (this.isPunct(':')) {
      this.next();
      const value = this.parseCollectionItem();
      if (this.isPunct('|')) {
        this.next();
        const body = this.parseComprehensionBody('}');
        return { type: 'object-comprehension', key: first, value, body, start, end: this.prevEnd };
      }
      const items: ObjectItem[] = [{ key: first, value, start: first.start, end: value.end }];
      while (this.isPunct(',')) {
        this.next();
        if (this.isPunct('}')) break;
        const key = this.parseExpr(true);
        this.expectPunct(':');
        const itemValue = this.parseExpr(true);
        items.push({ key, value: itemValue, start: key.start, end: itemValue.end });
      }
      return { type: 'object', items, start, end: this.expectPunct('}').end };
    }
    if (this.isPunct('|')) {
      this.next();
      const body = this.parseComprehensionBody('}');
      return { type: 'set-comprehension', head: first, body, start, end: this.prevEnd };
    }
    const items = this.parseRestOfList(first, '}');
    return { type: 'set', items, start, end: this.expectPunct('}').end };
  }

  /** The first item of a collection: `|` there starts a comprehension body, not a set union. */
  private parseCollectionItem(): Term {
    const left = this.parseOrFirst();
    if (this.isIdent('in')) {
      this.next();
      const collection = this.parseRelation();
      return { type: 'membership', value: left, collection, start: left.start, end: collection.end };
    }
    return left;
  }

  private parseOrFirst(): Term {
    let left = this.parseOr(false);
    while (this.tok.kind === 'punct' && RELATION_OPS.has(this.tok.text)) {
      const op = this.next().text as InfixOperator;
      const right = this.parseOr(false);
      left = { type: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private parseRestOfList(first: Term, closer: string): Term[] {
    const items = [first];
    while (this.isPunct(',')) {
      this.next();
      if (this.isPunct(closer)) break;
      items.push(this.parseExpr(true));
    }
    return items;
  }

  private parseComprehensionBody(closer: string): Body {
    const start = this.tok.start;
    const literals = this.parseQuery(closer);
    const end = this.prevEnd;
    this.expectPunct(closer);
    return { literals, start, end };
  }
}

/** `data.lib.x` / `a["b"].c` → names; undefined when a segment is not a literal name. */
export const refToPath = (term: Term): string[] | undefined => {
  if (term.type === 'var') return [term.name];
  if (term.type !== 'ref' || term.head.type !== 'var') return undefined;
  const path = [term.head.name];
  for (const segment of term.path) {
    if (segment.kind === 'dot') path.push(segment.name);
    else if (segment.term.type === 'string') path.push(segment.term.value);
    else return undefined;
  }
  return path;
};
