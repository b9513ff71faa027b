import { LIBRARIES, UnknownValue, boundsOf, evaluateCel, toCelValue, type CelOutcome, type DataBounds } from './cel-evaluate.ts';
import { ADMITTED, denied, notEvaluated, type Decision } from './decision.ts';

export interface CelNamedExpression {
  readonly name: string;
  readonly expression: string;
}

export interface CelValidation {
  readonly expression: string;
  readonly message?: string;
  readonly messageExpression?: string;
}

/**
 * A CEL validating policy as the apiserver runs it (ValidatingAdmissionPolicy; Kyverno's
 * ValidatingPolicy and Gatekeeper's K8sNativeValidation build the same structure).
 */
export interface CelValidatingPolicy {
  readonly matchConditions: readonly CelNamedExpression[];
  readonly variables: readonly CelNamedExpression[];
  readonly validations: readonly CelValidation[];
  /**
   * Fail: an evaluation error denies; Ignore: it is skipped; unknown: the engine's handling is
   * not modelled, so an error is "not evaluated" (Gatekeeper).
   */
  readonly failurePolicy: 'Fail' | 'Ignore' | 'unknown';
}

/** What the request gives the expressions: the AdmissionRequest, and the parameters if any. */
export interface CelRequestInput {
  readonly request: Readonly<Record<string, unknown>>;
  readonly params: unknown;
}

/** A variable's value: computed once, on first use (Kubernetes evaluates variables lazily). */
const lazyVariables = (
  variables: readonly CelNamedExpression[],
  activation: Record<string, unknown>,
  bounds: { current: DataBounds },
): Record<string, unknown> => {
  const values: Record<string, unknown> = {};
  for (const variable of variables) {
    let outcome: CelOutcome | undefined;
    Object.defineProperty(values, variable.name, {
      enumerable: true,
      configurable: false,
      get() {
        if (outcome === undefined) {
          // A variable referring to itself (directly or not) is an error the apiserver rejects.
          outcome = { kind: 'error', message: `variable ${variable.name} refers to itself` };
          outcome = evaluateCel(variable.expression, activation, bounds.current);
          if (outcome.kind === 'value') {
            const grown = boundsOf([outcome.value]);
            bounds.current = {
              longestList: Math.max(bounds.current.longestList, grown.longestList),
              longestString: Math.max(bounds.current.longestString, grown.longestString),
            };
          }
        }
        if (outcome.kind === 'value') return outcome.value;
        if (outcome.kind === 'unknown') throw new UnknownValue(`variables.${variable.name} ${outcome.reason}`);
        throw new Error(`variables.${variable.name}: ${outcome.message}`);
      },
    });
  }
  return values;
};

interface CelRequest {
  readonly object: unknown;
  readonly oldObject: unknown;
  readonly request: unknown;
  readonly bounds: DataBounds;
}

/**
 * Requests and parameter objects in CEL form, converted once: the probe requests are the same
 * for every policy, and a parameter set for every request. CEL values are never mutated.
 */
const celRequests = new WeakMap<object, CelRequest>();
const celParams = new WeakMap<object, { readonly params: unknown; readonly bounds: DataBounds }>();

const celRequestOf = (request: Readonly<Record<string, unknown>>): CelRequest => {
  let converted = celRequests.get(request);
  if (converted === undefined) {
    const object = toCelValue(request['object'] ?? null);
    const oldObject = toCelValue(request['oldObject'] ?? null);
    const { object: _o, oldObject: _old, ...rest } = request;
    const celRequest = toCelValue(rest);
    converted = { object, oldObject, request: celRequest, bounds: boundsOf([object, oldObject, celRequest]) };
    celRequests.set(request, converted);
  }
  return converted;
};

const celParamsOf = (params: unknown): { readonly params: unknown; readonly bounds: DataBounds } => {
  if (typeof params !== 'object' || params === null) {
    const value = toCelValue(params ?? null);
    return { params: value, bounds: boundsOf([value]) };
  }
  let converted = celParams.get(params);
  if (converted === undefined) {
    const value = toCelValue(params);
    converted = { params: value, bounds: boundsOf([value]) };
    celParams.set(params, converted);
  }
  return converted;
};

const activationOf = (
  policy: Pick<CelValidatingPolicy, 'variables'>,
  input: CelRequestInput,
  extraVariables: readonly CelNamedExpression[],
): { activation: Record<string, unknown>; bounds: { current: DataBounds } } => {
  const { object, oldObject, request: celRequest, bounds: requestBounds } = celRequestOf(input.request);
  const { params, bounds: paramsBounds } = celParamsOf(input.params);
  // The bounds of all four values: the larger of each part's.
  const bounds = {
    current: { longestList: Math.max(requestBounds.longestList, paramsBounds.longestList), longestString: Math.max(requestBounds.longestString, paramsBounds.longestString) },
  };
  const activation: Record<string, unknown> = { object, oldObject, request: celRequest, params, ...LIBRARIES };
  activation['variables'] = lazyVariables([...extraVariables, ...policy.variables], activation, bounds);
  return { activation, bounds };
};

/**
 * Decides one request the way the apiserver does (k8s.io/apiserver pkg/admission/plugin/policy
 * validating/validator.go and matchconditions/matcher.go): any false match condition skips the
 * policy; an erroring one, with none false, follows the failure policy; then every validation
 * runs, a false one denies with its message (or messageExpression, or "failed expression: ..."),
 * an erroring one follows the failure policy. A denial decides even when another expression is
 * unknown; otherwise an unknown one leaves the request not evaluated.
 */
export const decideCelPolicy = (policy: CelValidatingPolicy, input: CelRequestInput, extraVariables: readonly CelNamedExpression[] = []): Decision => {
  const { activation, bounds } = activationOf(policy, input, extraVariables);
  const unknowns: string[] = [];
  let conditionError: string | undefined;
  for (const condition of policy.matchConditions) {
    const outcome = evaluateCel(condition.expression, activation, bounds.current);
    if (outcome.kind === 'value') {
      if (outcome.value === false) return ADMITTED;
      if (outcome.value !== true) conditionError ??= `matchCondition ${condition.name} is not a bool`;
    } else if (outcome.kind === 'error') conditionError ??= `matchCondition ${condition.name}: ${outcome.message}`;
    else unknowns.push(`matchCondition ${condition.name} ${outcome.reason}`);
  }
  if (unknowns.length > 0) return notEvaluated(unknowns[0]!);
  if (conditionError !== undefined) {
    const failed = failureOf(policy, conditionError);
    if (failed) return failed;
    return ADMITTED;
  }
  let failure: Decision | undefined;
  for (const validation of policy.validations) {
    const outcome = evaluateCel(validation.expression, activation, bounds.current);
    if (outcome.kind === 'value') {
      if (outcome.value === true) continue;
      if (outcome.value === false) return denied(messageOf(validation, activation, bounds.current));
      failure ??= failureOf(policy, `expression '${validation.expression}' did not return a bool`);
    } else if (outcome.kind === 'error') {
      failure ??= failureOf(policy, `expression '${validation.expression}' resulted in error: ${outcome.message}`);
    } else unknowns.push(outcome.reason);
  }
  if (unknowns.length > 0) return notEvaluated(unknowns[0]!);
  return failure ?? ADMITTED;
};

/** Fail denies, Ignore skips (undefined), an unmodelled engine is not evaluated. */
const failureOf = (policy: CelValidatingPolicy, message: string): Decision | undefined => {
  if (policy.failurePolicy === 'Fail') return denied(message);
  if (policy.failurePolicy === 'unknown') return notEvaluated(`an evaluation error, whose handling by this engine is not modelled (${message})`);
  return undefined;
};

const messageOf = (validation: CelValidation, activation: Record<string, unknown>, bounds: DataBounds): string => {
  if (validation.messageExpression !== undefined) {
    const outcome = evaluateCel(validation.messageExpression, activation, bounds);
    if (outcome.kind === 'value' && typeof outcome.value === 'string' && outcome.value.trim() !== '') return outcome.value;
  }
  if (validation.message !== undefined && validation.message !== '') return validation.message;
  return `failed expression: ${validation.expression}`;
};
