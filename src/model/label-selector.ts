import { isRecord } from '../json.ts';
/**
 * Label selectors as Kubernetes evaluates them (ClusterRole aggregation, namespace selectors of
 * policies and bindings): apimachinery
 * pkg/apis/meta/v1/helpers.go LabelSelectorAsSelector and pkg/labels/selector.go Requirement.Matches.
 * An empty selector (`{}`) selects everything; requirements are ANDed.
 */

export type LabelSelectorOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

export interface LabelRequirement {
  readonly key: string;
  readonly operator: LabelSelectorOperator;
  readonly values: readonly string[];
}

/** A parsed selector: every requirement must hold. No requirements selects every object. */
export interface LabelSelector {
  readonly requirements: readonly LabelRequirement[];
}

export type LabelSelectorResult =
  | { readonly ok: true; readonly selector: LabelSelector }
  | { readonly ok: false; readonly error: string };

const operators: ReadonlySet<string> = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

/**
 * Reads a `LabelSelector` from parsed YAML. Errors are the ones that make the apiserver reject the
 * selector (unknown operator, `In`/`NotIn` without values, `Exists`/`DoesNotExist` with values,
 * non-string keys or values). `null` decodes to the empty selector, as in Go.
 */
export const readLabelSelector = (value: unknown): LabelSelectorResult => {
  if (value === null || value === undefined) return { ok: true, selector: { requirements: [] } };
  if (!isRecord(value)) return { ok: false, error: 'the selector is not a mapping' };
  const requirements: LabelRequirement[] = [];
  const { matchLabels, matchExpressions } = value;
  if (matchLabels !== undefined && matchLabels !== null) {
    if (!isRecord(matchLabels)) return { ok: false, error: '`matchLabels` is not a mapping' };
    for (const [key, labelValue] of Object.entries(matchLabels)) {
      if (typeof labelValue !== 'string') return { ok: false, error: `\`matchLabels.${key}\` is not a string` };
      requirements.push({ key, operator: 'In', values: [labelValue] });
    }
  }
  if (matchExpressions !== undefined && matchExpressions !== null) {
    if (!Array.isArray(matchExpressions)) return { ok: false, error: '`matchExpressions` is not a list' };
    for (const [index, expression] of matchExpressions.entries()) {
      if (!isRecord(expression)) return { ok: false, error: `\`matchExpressions[${index}]\` is not a mapping` };
      const { key, operator, values } = expression;
      if (typeof key !== 'string') return { ok: false, error: `\`matchExpressions[${index}].key\` is not a string` };
      if (typeof operator !== 'string' || !operators.has(operator)) {
        return { ok: false, error: `\`matchExpressions[${index}].operator\` ${JSON.stringify(operator)} is not In, NotIn, Exists or DoesNotExist` };
      }
      const list = values === undefined || values === null ? [] : values;
      if (!Array.isArray(list) || !list.every((item: unknown) => typeof item === 'string')) {
        return { ok: false, error: `\`matchExpressions[${index}].values\` is not a list of strings` };
      }
      const needsValues = operator === 'In' || operator === 'NotIn';
      if (needsValues && list.length === 0) {
        return { ok: false, error: `\`matchExpressions[${index}]\` uses ${operator} without values` };
      }
      if (!needsValues && list.length > 0) {
        return { ok: false, error: `\`matchExpressions[${index}]\` uses ${operator} with values` };
      }
      requirements.push({ key, operator: operator as LabelSelectorOperator, values: list as string[] });
    }
  }
  return { ok: true, selector: { requirements } };
};

/** Whether `labels` satisfy `requirement`. `NotIn` holds when the label is absent. */
const requirementMatches = (requirement: LabelRequirement, labels: ReadonlyMap<string, string>): boolean => {
  const value = labels.get(requirement.key);
  switch (requirement.operator) {
    case 'In':
      return value !== undefined && requirement.values.includes(value);
    case 'NotIn':
      return value === undefined || !requirement.values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
  }
};

export const labelSelectorMatches = (selector: LabelSelector, labels: ReadonlyMap<string, string>): boolean =>
  selector.requirements.every((requirement) => requirementMatches(requirement, labels));

/** `metadata.labels` as a map; entries whose value is not a string are left out. */
export const readLabels = (metadata: unknown): Map<string, string> => {
  const labels = new Map<string, string>();
  if (!isRecord(metadata) || !isRecord(metadata.labels)) return labels;
  for (const [key, value] of Object.entries(metadata.labels)) if (typeof value === 'string') labels.set(key, value);
  return labels;
};
