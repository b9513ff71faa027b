import { CONTAINER_LISTS } from '../coverage.ts';
import type { ContainerList } from '../coverage.ts';
import { containerFieldCategory } from '../../model/container-fields.ts';
import type { CelNode } from './parse-cel.ts';
import { EMPTY, LOST, OPAQUE, holdsContainers, join, podSpecOf } from './cel-values.ts';
import { leadsToPodSpec } from '../../model/pod-specs.ts';
import type { CelValue } from './cel-values.ts';
import type { CelContextRead, CelEvidence, CelFieldRead, CelFieldRole, CelListRead, CelUnknown } from './types.ts';
import { pushAll } from '../../array.ts';

/** What one expression reads, the variables it references read where they are used. */
export interface ExpressionReads {
  readonly lists: CelListRead[];
  readonly fields: CelFieldRead[];
  readonly unknowns: CelUnknown[];
  /** `variables.X` names referenced, in source order, each once (transitively). */
  readonly variableRefs: string[];
  readonly subResourceReads: CelEvidence[];
  /** Container lists whose size or presence decides the result (`size(l) == 0`, `has(l)`). */
  readonly listChecks: CelListRead[];
  /** What else the result depends on: the requester, the namespace, the Pod's metadata, parameters. */
  readonly contextReads: CelContextRead[];
  readonly value: CelValue;
}

/** A variable's parsed expression; `unparsed` when it does not parse (reported elsewhere). */
export type VariableSource = { readonly id: string; readonly ast: CelNode } | 'unparsed';

/**
 * Resolves `variables.<name>`: its expression, to read where it is used (so a read keeps the
 * polarity of the place that uses it), or a built-in value; `undefined` when no such variable.
 */
export type VariableSourceOf = (name: string) => VariableSource | CelValue | undefined;

/**
 * Polarity towards the violation: +1 when this part being true (a list holding more elements)
 * can only lead to a denial, -1 when it can only prevent one, 0 when either.
 */
type Sign = 1 | -1 | 0;

/** One side of a conjunction of the violation: both sides must hold for the policy to deny. */
interface Frame {
  readonly id: number;
  readonly side: number;
}

interface Context {
  /** The expression the node belongs to (a validation, or a variable read where it is used). */
  readonly id: string;
  readonly sign: Sign;
  readonly frames: readonly Frame[];
  /** Reading the list a comprehension iterates (`c.ports` in `c.ports.all(...)`), not a test. */
  readonly membership?: boolean;
}

/** A field read as found, before its role is decided from its polarity. */
interface PendingField {
  readonly read: Omit<CelFieldRead, 'role'>;
  readonly sign: Sign;
  readonly frames: readonly Frame[];
  readonly membership: boolean;
}

/** Deeper than the parser's own limit would allow only on hostile input; stop instead of overflowing. */
const MAX_NESTING = 400;

/** Comprehension macros (cel-go and the Kubernetes list extensions) and what they return. */
const COMPREHENSIONS: ReadonlyMap<string, 'bool' | 'subset' | 'mapped'> = new Map([
  ['all', 'bool'],
  ['exists', 'bool'],
  ['exists_one', 'bool'],
  ['existsOne', 'bool'],
  ['filter', 'subset'],
  ['sortBy', 'subset'],
  ['map', 'mapped'],
  ['transformList', 'mapped'],
]);

/** List methods that keep the receiver's elements. */
const SUBSET_METHODS: ReadonlySet<string> = new Set(['slice', 'distinct', 'reverse', 'sort']);

/** Methods and functions whose result is a scalar, whatever they receive. */
const SCALAR_RESULTS: ReadonlySet<string> = new Set([
  'size', 'contains', 'startsWith', 'endsWith', 'matches', 'join', 'indexOf', 'lastIndexOf',
  'lowerAscii', 'upperAscii', 'replace', 'split', 'substring', 'trim', 'charAt', 'format', 'quote',
  'isSorted', 'sum', 'min', 'max', 'hasValue', 'string', 'int', 'uint', 'double', 'bool', 'bytes',
  'type', 'duration', 'timestamp', 'has', 'isSemver', 'semver', 'quantity', 'isQuantity', 'url',
  'isURL', 'ip', 'isIP', 'cidr', 'isCIDR', 'getHost', 'getPort', 'getScheme', 'getPath', 'compareTo',
  'isGreaterThan', 'isLessThan', 'add', 'sub', 'asInteger', 'asApproximateFloat', 'sign',
]);

/** Nodes visited per policy, variables inlined where used: beyond this is hostile input. */
export const MAX_VISITS = 200_000;

/** Variables following variables this deep is hostile input, not a policy. */
const MAX_VARIABLE_CHAIN = 64;

interface Scope {
  readonly name: string;
  readonly value: CelValue;
  readonly parent: Scope | undefined;
}

const lookup = (scope: Scope | undefined, name: string): CelValue | undefined => {
  for (let s = scope; s !== undefined; s = s.parent) if (s.name === name) return s.value;
  return undefined;
};

const isContainerList = (name: string): name is ContainerList => (CONTAINER_LISTS as readonly string[]).includes(name);

const stringLiteral = (node: CelNode): string | undefined =>
  node.op === 'value' && typeof node.args === 'string' ? node.args : undefined;

/** `request.<field>` (operation, subResource). */
export const isRequestField = (node: CelNode, field: string): boolean =>
  (node.op === '.' || node.op === '.?') &&
  node.args[1] === field &&
  node.args[0].op === 'id' &&
  node.args[0].args === 'request';

const isStringList = (node: CelNode): boolean =>
  node.op === 'list' && node.args.every((element) => stringLiteral(element) !== undefined);

const booleanLiteral = (node: CelNode): boolean | undefined =>
  node.op === 'value' && typeof node.args === 'boolean' ? node.args : undefined;

const integerLiteral = (node: CelNode): bigint | undefined =>
  node.op === 'value' && typeof node.args === 'bigint' ? node.args : undefined;

const flip = (sign: Sign): Sign => (sign === 0 ? 0 : sign === 1 ? -1 : 1);

/** `size(x)` or `x.size()`: the list whose size is taken. */
const sizeOperand = (node: CelNode): CelNode | undefined => {
  if (node.op === 'call' && node.args[0] === 'size' && node.args[1].length === 1) return node.args[1][0];
  if (node.op === 'rcall' && node.args[0] === 'size' && node.args[2].length === 0) return node.args[1];
  return undefined;
};

/**
 * The polarity of a list's membership in `size(list) <op> n` of polarity `sign`: more
 * elements make `size(l) > n` truer and `size(l) == 0` falser.
 */
const sizeComparisonSign = (op: string, sizeOnLeft: boolean, bound: bigint | undefined, sign: Sign): Sign => {
  const mirrored: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
  const normal = sizeOnLeft ? op : (mirrored[op] ?? op);
  if (normal === '>' || normal === '>=') return sign;
  if (normal === '<' || normal === '<=') return flip(sign);
  if (bound === 0n) return normal === '==' ? flip(sign) : normal === '!=' ? sign : 0;
  return 0;
};

/**
 * A read that cannot decide the violation for an ephemeral container is not a check:
 * - beside (in a conjunction of the violation) a read of a field the API forbids on ephemeral
 *   containers that the violation needs present (`has(c.ports)`, an element of `c.ports`): that
 *   side never holds for one, so nothing beside it matters to them;
 * - at -1 beside a read at +1: the policy denies on the other read, and this one only takes
 *   containers out (`!(c.image in exempt) && c.securityContext.privileged`). Alone, or beside
 *   other -1 reads only, it is what the policy denies on (`!(c.image in allowed)`).
 */
const decideRoles = (pending: readonly PendingField[]): CelFieldRead[] => {
  const causes = pending.filter((each) => each.sign === 1 && !each.membership && each.read.lists.length > 0 && each.read.field !== 'name');
  const impossible = pending.filter((each) => each.sign === 1 && each.read.category === 'forbidden' && each.read.lists.length > 0);
  const beside = (each: PendingField, others: readonly PendingField[]): boolean =>
    others.some((other) => other !== each && other.frames.some((frame) => each.frames.some((own) => own.id === frame.id && own.side !== frame.side)));
  return pending.map((each) => {
    const podLevel = each.read.lists.length === 0;
    const exempting = (each.sign === -1 && beside(each, causes)) || (each.read.category !== 'forbidden' && beside(each, impossible));
    const role: CelFieldRole = exempting ? 'exemption' : !podLevel && each.read.field === 'name' ? 'identity' : 'check';
    return { ...each.read, role };
  });
};

/** Request fields a decision can depend on besides the object, named as a message says them. */
const REQUEST_CONTEXT: Readonly<Record<string, string>> = {
  userInfo: 'the requesting user or group',
  namespace: 'the namespace',
  name: "the Pod's name",
};

/**
 * Reads one parsed expression: which container lists it selects from the admitted object,
 * which fields of their elements it reads and whether each can cause the violation (a check)
 * or only prevent it (an exemption, decided by polarity, never by a name), and what its value
 * is. `variables.*` are read where they are used, so their reads keep the polarity of the use.
 */
/** Node visits left to a whole policy: its variables, inlined where used, can multiply them. */
export interface VisitBudget {
  left: number;
}

export const readExpression = (ast: CelNode, id: string, variableSourceOf: VariableSourceOf, budget: VisitBudget = { left: MAX_VISITS }): ExpressionReads => {
  const reads: ExpressionReads & { value: CelValue } = {
    lists: [],
    fields: [],
    unknowns: [],
    variableRefs: [],
    subResourceReads: [],
    listChecks: [],
    contextReads: [],
    value: OPAQUE,
  };
  const pending: PendingField[] = [];
  let tooDeep = false;
  let tooLarge = false;
  let nextFrame = 0;
  const resolving: string[] = [];
  const evidence = (node: CelNode, ctx: Context): CelEvidence => ({ id: ctx.id, start: node.start, end: node.end });
  const unknown = (node: CelNode, ctx: Context, reason: string): CelValue => {
    reads.unknowns.push({ reason, at: evidence(node, ctx) });
    return LOST;
  };
  const withSign = (ctx: Context, sign: Sign): Context => (sign === ctx.sign ? ctx : { ...ctx, sign });
  /** A conjunction of the violation: its operands get one side each. */
  const conjunction = (ctx: Context): ((side: number) => Context) => {
    const frameId = nextFrame++;
    return (side) => ({ ...ctx, frames: [...ctx.frames, { id: frameId, side }] });
  };
  const noteContext = (what: string, node: CelNode, ctx: Context): void => {
    if (!reads.contextReads.some((each) => each.what === what)) reads.contextReads.push({ what, at: evidence(node, ctx) });
  };

  const recordField = (field: readonly string[], lists: readonly ContainerList[], node: CelNode, ctx: Context): void => {
    const path = field.filter((segment) => segment !== '[]');
    if (path.length === 0) return;
    const joined = path.join('.');
    const podLevel = lists.length === 0;
    pending.push({
      read: { field: joined, category: podLevel ? 'pod-level' : containerFieldCategory(joined), lists, at: evidence(node, ctx) },
      sign: ctx.sign,
      frames: ctx.frames,
      membership: ctx.membership === true,
    });
  };

  /** `size(l)`, `has(l)`, `l == []`: the list's presence decides, whatever its elements hold. */
  const recordListCheck = (value: CelValue, node: CelNode, ctx: Context): void => {
    if (ctx.sign === 0) return;
    for (const list of containerListsOf(value)) {
      if (!reads.listChecks.some((each) => each.list === list)) reads.listChecks.push({ list, scope: 'pod', at: evidence(node, ctx) });
    }
  };

  const joinAt = (a: CelValue, b: CelValue, node: CelNode, ctx: Context): CelValue => {
    const joined = join(a, b);
    if (joined.k === 'lost' && a.k !== 'lost' && b.k !== 'lost') {
      return unknown(node, ctx, 'too many alternative values to follow');
    }
    return joined;
  };

  const elementOf = (value: CelValue, node: CelNode, ctx: Context): CelValue => {
    switch (value.k) {
      case 'list':
        return value.elem;
      case 'alt':
        return value.of.reduce<CelValue>((acc, each) => joinAt(acc, elementOf(each, node, ctx), node, ctx), EMPTY);
      case 'lost':
        return LOST;
      case 'object':
        if (leadsToPodSpec(value.path)) {
          return unknown(node, ctx, `iterates over object${value.path.map((segment) => `.${segment}`).join('')}, whose elements cannot be bound to a container list`);
        }
        return { k: 'object', path: [...value.path, '[]'] };
      case 'container':
        return value.path.length === 0 ? OPAQUE : value;
      default:
        return OPAQUE;
    }
  };

  const variable = (key: string, node: CelNode, ctx: Context): CelValue => {
    if (!reads.variableRefs.includes(key)) reads.variableRefs.push(key);
    const source = variableSourceOf(key);
    if (source === undefined) return unknown(node, ctx, `variables.${key} is not defined`);
    if (source === 'unparsed') return LOST;
    if (!('ast' in source)) {
      if (key === 'params') noteContext('the policy\'s parameters', node, ctx);
      return source;
    }
    if (resolving.includes(key)) return unknown(node, ctx, `variables.${key} refers to itself`);
    if (resolving.length >= MAX_VARIABLE_CHAIN) return unknown(node, ctx, 'variables refer to each other too deeply to follow');
    resolving.push(key);
    const value = visit(source.ast, undefined, { ...ctx, id: source.id }, 0);
    resolving.pop();
    return value;
  };

  const select = (receiver: CelValue, key: string, node: CelNode, ctx: Context): CelValue => {
    switch (receiver.k) {
      case 'variables':
        return variable(key, node, ctx);
      case 'request':
        if (key === 'object') return { k: 'object', path: [] };
        if (key === 'operation') return unknown(node, ctx, 'request.operation is used in a form the analysis does not follow');
        if (key === 'subResource') {
          reads.subResourceReads.push(evidence(node, ctx));
          return unknown(node, ctx, 'request.subResource is used in a form the analysis does not follow');
        }
        if (REQUEST_CONTEXT[key] !== undefined) noteContext(REQUEST_CONTEXT[key], node, ctx);
        return OPAQUE;
      case 'object': {
        const path = [...receiver.path, key];
        if (receiver.path.length === 0 && key === 'metadata') noteContext("the Pod's metadata (labels, annotations, owners)", node, ctx);
        const podSpec = podSpecOf(receiver.path);
        if (podSpec !== undefined && podSpec.path.length === receiver.path.length && isContainerList(key)) {
          reads.lists.push({ list: key, scope: podSpec.scope, at: evidence(node, ctx) });
          return { k: 'list', elem: { k: 'container', lists: [key], path: [] } };
        }
        if (!leadsToPodSpec(path) && podSpecOf(path) !== undefined) recordField(path, [], node, ctx);
        return { k: 'object', path };
      }
      case 'container': {
        const path = [...receiver.path, key];
        recordField(path, receiver.lists, node, ctx);
        return { k: 'container', lists: receiver.lists, path };
      }
      case 'map':
        return receiver.entries.get(key) ?? OPAQUE;
      case 'alt':
        return receiver.of.reduce<CelValue>((acc, each) => joinAt(acc, select(each, key, node, ctx), node, ctx), EMPTY);
      case 'lost':
        return LOST;
      default:
        return OPAQUE;
    }
  };

  /** `x[k]` with a key that is not a string literal. */
  const index = (receiver: CelValue, node: CelNode, ctx: Context): CelValue => {
    switch (receiver.k) {
      case 'list':
        return receiver.elem;
      case 'alt':
        return receiver.of.reduce<CelValue>((acc, each) => joinAt(acc, index(each, node, ctx), node, ctx), EMPTY);
      case 'lost':
        return LOST;
      case 'variables':
        return unknown(node, ctx, 'variables are selected with a computed name');
      case 'object':
        if (leadsToPodSpec(receiver.path)) {
          return unknown(node, ctx, `a computed key selects from object${receiver.path.map((segment) => `.${segment}`).join('')}`);
        }
        if (podSpecOf(receiver.path) !== undefined) recordField(receiver.path, [], node, ctx);
        return { k: 'object', path: [...receiver.path, '[]'] };
      case 'container':
        if (receiver.path.length === 0) return unknown(node, ctx, 'a computed key selects a container field');
        recordField(receiver.path, receiver.lists, node, ctx);
        return receiver;
      case 'map':
        return [...receiver.entries.values()].reduce<CelValue>((acc, each) => joinAt(acc, each, node, ctx), EMPTY);
      default:
        return OPAQUE;
    }
  };

  /** The operation/subResource tests that the UPDATE analysis understands; anything else is unknown. */
  const requestTest = (node: CelNode, ctx: Context): boolean => {
    if (node.op === '==' || node.op === '!=') {
      const [left, right] = node.args;
      const field = ['operation', 'subResource'].find(
        (name) =>
          (isRequestField(left, name) && stringLiteral(right) !== undefined) ||
          (isRequestField(right, name) && stringLiteral(left) !== undefined),
      );
      if (field === undefined) return false;
      if (field === 'subResource') reads.subResourceReads.push(evidence(isRequestField(left, field) ? left : right, ctx));
      return true;
    }
    if (node.op === 'in') {
      const [left, right] = node.args;
      const field = ['operation', 'subResource'].find((name) => isRequestField(left, name));
      if (field === undefined || !isStringList(right)) return false;
      if (field === 'subResource') reads.subResourceReads.push(evidence(left, ctx));
      return true;
    }
    if (node.op === 'call' && node.args[0] === 'has' && node.args[1].length === 1) {
      const [argument] = node.args[1];
      if (argument === undefined) return false;
      const field = ['operation', 'subResource'].find((name) => isRequestField(argument, name));
      if (field === undefined) return false;
      if (field === 'subResource') reads.subResourceReads.push(evidence(argument, ctx));
      return true;
    }
    return false;
  };

  const visitAll = (nodes: readonly CelNode[], scope: Scope | undefined, ctx: Context, depth: number): CelValue[] =>
    nodes.map((each) => visit(each, scope, ctx, depth + 1));

  const callResult = (name: string, inputs: readonly CelValue[], node: CelNode, ctx: Context): CelValue => {
    if (name === 'size' || name === 'has' || name === 'hasValue') for (const input of inputs) recordListCheck(input, node, ctx);
    if (SCALAR_RESULTS.has(name)) return OPAQUE;
    if (inputs.some(holdsContainers)) return unknown(node, ctx, `${name}() on container data is not followed`);
    return inputs.some((input) => input.k === 'lost') ? LOST : OPAQUE;
  };

  const visitMethod = (node: CelNode & { op: 'rcall' }, scope: Scope | undefined, ctx: Context, depth: number): CelValue => {
    const [name, receiverNode, argumentNodes] = node.args;
    if (receiverNode.op === 'id' && lookup(scope, receiverNode.args) === undefined) {
      if (receiverNode.args === 'cel' && name === 'bind' && argumentNodes.length === 3) {
        const [bound, init, body] = argumentNodes;
        if (bound?.op === 'id' && init !== undefined && body !== undefined) {
          // The bound value is used wherever the body names it: its polarity is unknown here.
          const value = visit(init, scope, withSign(ctx, 0), depth + 1);
          return visit(body, { name: bound.args, value, parent: scope }, ctx, depth + 1);
        }
      }
      if (receiverNode.args === 'optional') {
        const values = visitAll(argumentNodes, scope, ctx, depth);
        if (name === 'none') return EMPTY;
        if (name === 'of' || name === 'ofNonZeroValue') return values[0] ?? OPAQUE;
      }
    }
    const shape = COMPREHENSIONS.get(name);
    const [first] = argumentNodes;
    if (shape !== undefined && first?.op === 'id' && argumentNodes.length >= 2) {
      // `l.all(c, p)` denies when some element fails p: the element and ¬p are a conjunction
      // of the violation when the result's polarity is -1; `exists` at +1 likewise.
      let receiverCtx: Context;
      let bodyCtx: Context;
      if ((name === 'all' && ctx.sign === -1) || ((name === 'exists' || name === 'filter' || name === 'map' || name === 'transformList' || name === 'sortBy') && ctx.sign === 1)) {
        const sides = conjunction(ctx);
        receiverCtx = withSign(sides(0), 1);
        bodyCtx = sides(1);
      } else if (name === 'all') {
        receiverCtx = withSign(ctx, flip(ctx.sign));
        bodyCtx = ctx;
      } else if (name === 'exists' || shape === 'subset' || shape === 'mapped') {
        receiverCtx = ctx;
        bodyCtx = ctx;
      } else {
        receiverCtx = withSign(ctx, 0);
        bodyCtx = withSign(ctx, 0);
      }
      const receiver = visit(receiverNode, scope, { ...receiverCtx, membership: true }, depth + 1);
      const element = elementOf(receiver, receiverNode, ctx);
      bodyCtx = bodyCtx.membership ? { ...bodyCtx, membership: false } : bodyCtx;
      // Two-variable forms (`all(i, v, p)`) bind the index or key first, then the element.
      const second = argumentNodes[1];
      const twoVariables = argumentNodes.length === 3 && name !== 'map' && second?.op === 'id';
      let inner: Scope = { name: first.args, value: twoVariables ? OPAQUE : element, parent: scope };
      if (twoVariables && second?.op === 'id') inner = { name: second.args, value: element, parent: inner };
      const bodies = argumentNodes.slice(twoVariables ? 2 : 1);
      const values = visitAll(bodies, inner, bodyCtx, depth);
      if (shape === 'bool') return OPAQUE;
      if (shape === 'subset') return receiver;
      return { k: 'list', elem: values[values.length - 1] ?? OPAQUE };
    }
    const receiver = visit(receiverNode, scope, name === 'size' ? withSign(ctx, 0) : ctx, depth + 1);
    const values = visitAll(argumentNodes, scope, ctx, depth);
    switch (name) {
      case 'orValue':
        return joinAt(receiver, values[0] ?? OPAQUE, node, ctx);
      case 'value':
        return receiver;
      case 'first':
      case 'last':
        return elementOf(receiver, receiverNode, ctx);
      case 'flatten': {
        const element = elementOf(receiver, receiverNode, ctx);
        return element.k === 'list' || element.k === 'alt' || element.k === 'lost' ? element : receiver;
      }
      default:
        if (SUBSET_METHODS.has(name)) return receiver;
        return callResult(name, [receiver, ...values], node, ctx);
    }
  };

  /** `a == b`, `a != b`, `<`...: polarity through boolean literals and list sizes. */
  const visitComparison = (node: CelNode & { op: '==' | '!=' | '<' | '<=' | '>' | '>=' }, scope: Scope | undefined, ctx: Context, depth: number): CelValue => {
    const [left, right] = node.args;
    const negated = node.op === '!=';
    for (const [value, other] of [[left, right], [right, left]] as const) {
      const literal = booleanLiteral(other);
      if (literal !== undefined && (node.op === '==' || negated)) {
        visit(value, scope, withSign(ctx, literal !== negated ? ctx.sign : flip(ctx.sign)), depth + 1);
        return OPAQUE;
      }
    }
    const leftList = sizeOperand(left);
    const sized = leftList ?? sizeOperand(right);
    if (sized !== undefined) {
      const bound = integerLiteral(leftList !== undefined ? right : left);
      const sign = sizeComparisonSign(node.op, leftList !== undefined, bound, ctx.sign);
      const sizeNode = leftList !== undefined ? left : right;
      const list = visit(sized, scope, withSign(ctx, sign), depth + 1);
      recordListCheck(list, sizeNode, ctx);
      visit(leftList !== undefined ? right : left, scope, withSign(ctx, 0), depth + 1);
      return OPAQUE;
    }
    const sign = negated ? flip(ctx.sign) : node.op === '==' ? ctx.sign : ctx.sign;
    const [a, b] = visitAll(node.args, scope, withSign(ctx, sign), depth);
    if ((node.op === '==' || negated) && a !== undefined && b !== undefined) {
      if (b.k === 'empty') recordListCheck(a, node, ctx);
      if (a.k === 'empty') recordListCheck(b, node, ctx);
    }
    return OPAQUE;
  };

  const visit = (node: CelNode, scope: Scope | undefined, ctx: Context, depth: number): CelValue => {
    if (--budget.left < 0) {
      if (tooLarge) return LOST;
      tooLarge = true;
      return unknown(node, ctx, 'expression, with its variables, is too large to analyse');
    }
    if (depth > MAX_NESTING) {
      if (tooDeep) return LOST;
      tooDeep = true;
      return unknown(node, ctx, 'expression nests too deeply to analyse');
    }
    switch (node.op) {
      case 'value':
        return OPAQUE;
      case 'id': {
        const bound = lookup(scope, node.args);
        if (bound !== undefined) return bound;
        if (node.args === 'object') return { k: 'object', path: [] };
        if (node.args === 'request') return { k: 'request' };
        if (node.args === 'variables') return { k: 'variables' };
        if (node.args === 'namespaceObject') noteContext('the namespace', node, ctx);
        if (node.args === 'params') noteContext('the policy\'s parameters', node, ctx);
        return OPAQUE;
      }
      case '.':
      case '.?':
        return select(visit(node.args[0], scope, ctx, depth + 1), node.args[1], node, ctx);
      case '[]':
      case '[?]': {
        const receiver = visit(node.args[0], scope, ctx, depth + 1);
        visit(node.args[1], scope, withSign(ctx, 0), depth + 1);
        const key = stringLiteral(node.args[1]);
        return key !== undefined ? select(receiver, key, node, ctx) : index(receiver, node, ctx);
      }
      case 'call': {
        if (requestTest(node, ctx)) return OPAQUE;
        const [name, argumentNodes] = node.args;
        const values = visitAll(argumentNodes, scope, name === 'size' ? withSign(ctx, 0) : ctx, depth);
        if (name === 'dyn') return values[0] ?? OPAQUE;
        return callResult(name, values, node, ctx);
      }
      case 'rcall':
        return visitMethod(node, scope, ctx, depth);
      case 'list': {
        if (node.args.length === 0) return EMPTY;
        return visitAll(node.args, scope, ctx, depth).reduce<CelValue>(
          (acc, each) => ({ k: 'list', elem: joinAt(acc.k === 'list' ? acc.elem : EMPTY, each, node, ctx) }),
          { k: 'list', elem: EMPTY },
        );
      }
      case 'map': {
        const entries = new Map<string, CelValue>();
        for (const [keyNode, valueNode] of node.args) {
          visit(keyNode, scope, withSign(ctx, 0), depth + 1);
          const value = visit(valueNode, scope, ctx, depth + 1);
          const key = stringLiteral(keyNode);
          if (key !== undefined) entries.set(key, value);
        }
        return { k: 'map', entries };
      }
      case '?:': {
        visit(node.args[0], scope, withSign(ctx, 0), depth + 1);
        return joinAt(visit(node.args[1], scope, ctx, depth + 1), visit(node.args[2], scope, ctx, depth + 1), node, ctx);
      }
      case '!_':
        visit(node.args, scope, withSign(ctx, flip(ctx.sign)), depth + 1);
        return OPAQUE;
      case '-_':
        visit(node.args, scope, ctx, depth + 1);
        return OPAQUE;
      case '&&':
      case '||': {
        if (requestTest(node, ctx)) return OPAQUE;
        // `a && b` true denies only with both; `a || b` true allows unless both are false.
        const both = (node.op === '&&' && ctx.sign === 1) || (node.op === '||' && ctx.sign === -1);
        const sides = both ? conjunction(ctx) : (): Context => ctx;
        node.args.forEach((operand, side) => visit(operand, scope, sides(side), depth + 1));
        return OPAQUE;
      }
      case '+': {
        const [left, right] = visitAll(node.args, scope, ctx, depth);
        if (left === undefined || right === undefined) return OPAQUE;
        if (left.k === 'opaque' && right.k === 'opaque') return OPAQUE;
        return joinAt(left, right, node, ctx);
      }
      case 'in': {
        if (requestTest(node, ctx)) return OPAQUE;
        // `x in l`: l holding more elements makes it truer, so both keep the test's polarity.
        visitAll(node.args, scope, ctx, depth);
        return OPAQUE;
      }
      case '==':
      case '!=':
      case '<':
      case '<=':
      case '>':
      case '>=':
        if (requestTest(node, ctx)) return OPAQUE;
        return visitComparison(node, scope, ctx, depth);
      default:
        if (requestTest(node, ctx)) return OPAQUE;
        visitAll(node.args, scope, ctx, depth);
        return OPAQUE;
    }
  };

  // The expression is a validation: true allows, so its own polarity towards the violation is -1.
  reads.value = visit(ast, undefined, { id, sign: -1, frames: [] }, 0);
  pushAll(reads.fields, decideRoles(pending));
  return reads;
};

/** The container lists whose elements a value holds, when it is a list of whole containers. */
const containerListsOf = (value: CelValue): ContainerList[] => {
  if (value.k === 'list' && value.elem.k === 'container' && value.elem.path.length === 0) return [...value.elem.lists];
  if (value.k === 'alt') return [...new Set(value.of.flatMap(containerListsOf))];
  return [];
};
