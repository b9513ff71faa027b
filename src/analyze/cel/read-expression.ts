import { CONTAINER_LISTS } from '../coverage.ts';
import type { ContainerList } from '../coverage.ts';
import { containerFieldCategory } from '../../model/container-fields.ts';
import type { CelNode } from './parse-cel.ts';
import { EMPTY, LOST, OPAQUE, holdsContainers, join, leadsToPodSpec, podSpecOf } from './cel-values.ts';
import type { CelValue } from './cel-values.ts';
import type { CelEvidence, CelFieldRead, CelFieldRole, CelListRead, CelUnknown } from './types.ts';

/** What one expression reads, before following the variables it references. */
export interface ExpressionReads {
  readonly lists: CelListRead[];
  readonly fields: CelFieldRead[];
  readonly unknowns: CelUnknown[];
  /** `variables.X` names referenced, in source order, each once. */
  readonly variableRefs: string[];
  readonly subResourceReads: CelEvidence[];
  readonly value: CelValue;
}

/** Resolves `variables.<name>` to its value; `undefined` when no such variable exists. */
export type VariableValueOf = (name: string, at: CelEvidence) => CelValue | undefined;

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

/** Methods whose texts name an exemption when their argument does (`image.startsWith(exemption)`). */
const STRING_MATCHERS: ReadonlySet<string> = new Set(['startsWith', 'endsWith', 'matches', 'contains']);

/** Gatekeeper's exemption parameters and variables are all named `exempt…`. */
export const EXEMPTION_NAME = /exempt/i;
const MAX_EXEMPTION_SCAN = 256;

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

/** Does this subtree name an exemption list (`variables.exemptImages`, an `exemption` variable)? */
const mentionsExemption = (root: CelNode): boolean => {
  const stack: CelNode[] = [root];
  for (let visited = 0; stack.length > 0 && visited < MAX_EXEMPTION_SCAN; visited++) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node.op === 'id' && EXEMPTION_NAME.test(node.args)) return true;
    if ((node.op === '.' || node.op === '.?') && EXEMPTION_NAME.test(node.args[1])) return true;
    for (const child of childrenOf(node)) stack.push(child);
  }
  return false;
};

const childrenOf = (node: CelNode): readonly CelNode[] => {
  switch (node.op) {
    case 'value':
    case 'id':
      return [];
    case '.':
    case '.?':
      return [node.args[0]];
    case 'call':
      return node.args[1];
    case 'rcall':
      return [node.args[1], ...node.args[2]];
    case 'list':
      return node.args;
    case 'map':
      return node.args.flat();
    case '!_':
    case '-_':
      return [node.args];
    default:
      return node.args;
  }
};

/**
 * Reads one parsed expression: which container lists it selects from the admitted object,
 * which fields of their elements it reads, and what its value is (so a variable holding a
 * container list can be followed from the expressions that use it).
 */
export const readExpression = (
  ast: CelNode,
  id: string,
  variableValueOf: VariableValueOf,
  role: CelFieldRole = 'check',
): ExpressionReads => {
  const reads: ExpressionReads & { value: CelValue } = {
    lists: [],
    fields: [],
    unknowns: [],
    variableRefs: [],
    subResourceReads: [],
    value: OPAQUE,
  };
  let tooDeep = false;
  const evidence = (node: CelNode): CelEvidence => ({ id, start: node.start, end: node.end });
  const unknown = (node: CelNode, reason: string): CelValue => {
    reads.unknowns.push({ reason, at: evidence(node) });
    return LOST;
  };

  const recordField = (
    field: readonly string[],
    lists: readonly ContainerList[],
    role: CelFieldRole,
    node: CelNode,
  ): void => {
    const path = field.filter((segment) => segment !== '[]');
    if (path.length === 0) return;
    const joined = path.join('.');
    const podLevel = lists.length === 0;
    reads.fields.push({
      field: joined,
      category: podLevel ? 'pod-level' : containerFieldCategory(joined),
      role: !podLevel && role === 'check' && joined === 'name' ? 'identity' : role,
      lists,
      at: evidence(node),
    });
  };

  const joinAt = (a: CelValue, b: CelValue, node: CelNode): CelValue => {
    const joined = join(a, b);
    if (joined.k === 'lost' && a.k !== 'lost' && b.k !== 'lost') {
      return unknown(node, 'too many alternative values to follow');
    }
    return joined;
  };

  const elementOf = (value: CelValue, node: CelNode): CelValue => {
    switch (value.k) {
      case 'list':
        return value.elem;
      case 'alt':
        return value.of.reduce<CelValue>((acc, each) => joinAt(acc, elementOf(each, node), node), EMPTY);
      case 'lost':
        return LOST;
      case 'object':
        if (leadsToPodSpec(value.path)) {
          return unknown(node, `iterates over object${value.path.map((s) => `.${s}`).join('')}, whose elements cannot be bound to a container list`);
        }
        return { k: 'object', path: [...value.path, '[]'] };
      case 'container':
        return value.path.length === 0 ? OPAQUE : value;
      default:
        return OPAQUE;
    }
  };

  const select = (receiver: CelValue, key: string, node: CelNode, role: CelFieldRole): CelValue => {
    switch (receiver.k) {
      case 'variables': {
        if (!reads.variableRefs.includes(key)) reads.variableRefs.push(key);
        const value = variableValueOf(key, evidence(node));
        return value ?? unknown(node, `variables.${key} is not defined`);
      }
      case 'request':
        if (key === 'object') return { k: 'object', path: [] };
        if (key === 'operation') return unknown(node, 'request.operation is used in a form the analysis does not follow');
        if (key === 'subResource') {
          reads.subResourceReads.push(evidence(node));
          return unknown(node, 'request.subResource is used in a form the analysis does not follow');
        }
        return OPAQUE;
      case 'object': {
        const path = [...receiver.path, key];
        const podSpec = podSpecOf(receiver.path);
        if (podSpec !== undefined && podSpec.path.length === receiver.path.length && isContainerList(key)) {
          reads.lists.push({ list: key, scope: podSpec.scope, at: evidence(node) });
          return { k: 'list', elem: { k: 'container', lists: [key], path: [] } };
        }
        if (!leadsToPodSpec(path) && podSpecOf(path) !== undefined) recordField(path, [], role, node);
        return { k: 'object', path };
      }
      case 'container': {
        const path = [...receiver.path, key];
        recordField(path, receiver.lists, role, node);
        return { k: 'container', lists: receiver.lists, path };
      }
      case 'map':
        return receiver.entries.get(key) ?? OPAQUE;
      case 'alt':
        return receiver.of.reduce<CelValue>((acc, each) => joinAt(acc, select(each, key, node, role), node), EMPTY);
      case 'lost':
        return LOST;
      default:
        return OPAQUE;
    }
  };

  /** `x[k]` with a key that is not a string literal. */
  const index = (receiver: CelValue, node: CelNode, role: CelFieldRole): CelValue => {
    switch (receiver.k) {
      case 'list':
        return receiver.elem;
      case 'alt':
        return receiver.of.reduce<CelValue>((acc, each) => joinAt(acc, index(each, node, role), node), EMPTY);
      case 'lost':
        return LOST;
      case 'variables':
        return unknown(node, 'variables are selected with a computed name');
      case 'object':
        if (leadsToPodSpec(receiver.path)) {
          return unknown(node, `a computed key selects from object${receiver.path.map((s) => `.${s}`).join('')}`);
        }
        if (podSpecOf(receiver.path) !== undefined) recordField(receiver.path, [], role, node);
        return { k: 'object', path: [...receiver.path, '[]'] };
      case 'container':
        if (receiver.path.length === 0) return unknown(node, 'a computed key selects a container field');
        recordField(receiver.path, receiver.lists, role, node);
        return receiver;
      case 'map':
        return [...receiver.entries.values()].reduce<CelValue>((acc, each) => joinAt(acc, each, node), EMPTY);
      default:
        return OPAQUE;
    }
  };

  /** The operation/subResource tests that the UPDATE analysis understands; anything else is unknown. */
  const requestTest = (node: CelNode): boolean => {
    if (node.op === '==' || node.op === '!=') {
      const [left, right] = node.args;
      const field = ['operation', 'subResource'].find(
        (name) =>
          (isRequestField(left, name) && stringLiteral(right) !== undefined) ||
          (isRequestField(right, name) && stringLiteral(left) !== undefined),
      );
      if (field === undefined) return false;
      if (field === 'subResource') reads.subResourceReads.push(evidence(isRequestField(left, field) ? left : right));
      return true;
    }
    if (node.op === 'in') {
      const [left, right] = node.args;
      const field = ['operation', 'subResource'].find((name) => isRequestField(left, name));
      if (field === undefined || !isStringList(right)) return false;
      if (field === 'subResource') reads.subResourceReads.push(evidence(left));
      return true;
    }
    if (node.op === 'call' && node.args[0] === 'has' && node.args[1].length === 1) {
      const [argument] = node.args[1];
      if (argument === undefined) return false;
      const field = ['operation', 'subResource'].find((name) => isRequestField(argument, name));
      if (field === undefined) return false;
      if (field === 'subResource') reads.subResourceReads.push(evidence(argument));
      return true;
    }
    return false;
  };

  const visitAll = (nodes: readonly CelNode[], scope: Scope | undefined, role: CelFieldRole, depth: number): CelValue[] =>
    nodes.map((each) => visit(each, scope, role, depth + 1));

  const callResult = (name: string, inputs: readonly CelValue[], node: CelNode): CelValue => {
    if (SCALAR_RESULTS.has(name)) return OPAQUE;
    if (inputs.some(holdsContainers)) return unknown(node, `${name}() on container data is not followed`);
    return inputs.some((input) => input.k === 'lost') ? LOST : OPAQUE;
  };

  const visitMethod = (node: CelNode & { op: 'rcall' }, scope: Scope | undefined, role: CelFieldRole, depth: number): CelValue => {
    const [name, receiverNode, argumentNodes] = node.args;
    if (receiverNode.op === 'id' && lookup(scope, receiverNode.args) === undefined) {
      if (receiverNode.args === 'cel' && name === 'bind' && argumentNodes.length === 3) {
        const [variable, init, body] = argumentNodes;
        if (variable?.op === 'id' && init !== undefined && body !== undefined) {
          const bound = visit(init, scope, role, depth + 1);
          return visit(body, { name: variable.args, value: bound, parent: scope }, role, depth + 1);
        }
      }
      if (receiverNode.args === 'optional') {
        const values = visitAll(argumentNodes, scope, role, depth);
        if (name === 'none') return EMPTY;
        if (name === 'of' || name === 'ofNonZeroValue') return values[0] ?? OPAQUE;
      }
    }
    const shape = COMPREHENSIONS.get(name);
    const [first] = argumentNodes;
    if (shape !== undefined && first?.op === 'id' && argumentNodes.length >= 2) {
      const receiver = visit(receiverNode, scope, role, depth + 1);
      const element = elementOf(receiver, receiverNode);
      // Two-variable forms (`all(i, v, p)`) bind the index or key first, then the element.
      const second = argumentNodes[1];
      const twoVariables = argumentNodes.length === 3 && name !== 'map' && second?.op === 'id';
      let inner: Scope = { name: first.args, value: twoVariables ? OPAQUE : element, parent: scope };
      if (twoVariables && second?.op === 'id') inner = { name: second.args, value: element, parent: inner };
      const bodies = argumentNodes.slice(twoVariables ? 2 : 1);
      const values = visitAll(bodies, inner, role, depth);
      if (shape === 'bool') return OPAQUE;
      if (shape === 'subset') return receiver;
      return { k: 'list', elem: values[values.length - 1] ?? OPAQUE };
    }
    const matcherRole = STRING_MATCHERS.has(name) && argumentNodes.some(mentionsExemption) ? 'exemption' : role;
    const receiver = visit(receiverNode, scope, matcherRole, depth + 1);
    const values = visitAll(argumentNodes, scope, role, depth);
    switch (name) {
      case 'orValue':
        return joinAt(receiver, values[0] ?? OPAQUE, node);
      case 'value':
        return receiver;
      case 'first':
      case 'last':
        return elementOf(receiver, receiverNode);
      case 'flatten': {
        const element = elementOf(receiver, receiverNode);
        return element.k === 'list' || element.k === 'alt' || element.k === 'lost' ? element : receiver;
      }
      default:
        if (SUBSET_METHODS.has(name)) return receiver;
        return callResult(name, [receiver, ...values], node);
    }
  };

  const visit = (node: CelNode, scope: Scope | undefined, role: CelFieldRole, depth: number): CelValue => {
    if (depth > MAX_NESTING) {
      if (tooDeep) return LOST;
      tooDeep = true;
      return unknown(node, 'expression nests too deeply to analyse');
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
        return OPAQUE;
      }
      case '.':
      case '.?':
        return select(visit(node.args[0], scope, role, depth + 1), node.args[1], node, role);
      case '[]':
      case '[?]': {
        const receiver = visit(node.args[0], scope, role, depth + 1);
        visit(node.args[1], scope, 'check', depth + 1);
        const key = stringLiteral(node.args[1]);
        return key !== undefined ? select(receiver, key, node, role) : index(receiver, node, role);
      }
      case 'call': {
        if (requestTest(node)) return OPAQUE;
        const [name, argumentNodes] = node.args;
        const values = visitAll(argumentNodes, scope, role, depth);
        if (name === 'dyn') return values[0] ?? OPAQUE;
        return callResult(name, values, node);
      }
      case 'rcall':
        return visitMethod(node, scope, role, depth);
      case 'list': {
        if (node.args.length === 0) return EMPTY;
        return visitAll(node.args, scope, role, depth).reduce<CelValue>(
          (acc, each) => ({ k: 'list', elem: joinAt(acc.k === 'list' ? acc.elem : EMPTY, each, node) }),
          { k: 'list', elem: EMPTY },
        );
      }
      case 'map': {
        const entries = new Map<string, CelValue>();
        for (const [keyNode, valueNode] of node.args) {
          visit(keyNode, scope, role, depth + 1);
          const value = visit(valueNode, scope, role, depth + 1);
          const key = stringLiteral(keyNode);
          if (key !== undefined) entries.set(key, value);
        }
        return { k: 'map', entries };
      }
      case '?:': {
        visit(node.args[0], scope, 'check', depth + 1);
        return joinAt(visit(node.args[1], scope, role, depth + 1), visit(node.args[2], scope, role, depth + 1), node);
      }
      case '!_':
      case '-_':
        visit(node.args, scope, role, depth + 1);
        return OPAQUE;
      case '+': {
        const [left, right] = visitAll(node.args, scope, role, depth);
        if (left === undefined || right === undefined) return OPAQUE;
        if (left.k === 'opaque' && right.k === 'opaque') return OPAQUE;
        return joinAt(left, right, node);
      }
      case 'in': {
        if (requestTest(node)) return OPAQUE;
        const [left, right] = node.args;
        visit(left, scope, mentionsExemption(right) ? 'exemption' : role, depth + 1);
        visit(right, scope, role, depth + 1);
        return OPAQUE;
      }
      default:
        if (requestTest(node)) return OPAQUE;
        visitAll(node.args, scope, role, depth);
        return OPAQUE;
    }
  };

  reads.value = visit(ast, undefined, role, 0);
  return reads;
};
