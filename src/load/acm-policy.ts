/**
 * Open Cluster Management (Red Hat ACM) policies deploy the objects they wrap: a
 * `Policy`'s `policy-templates` create Gatekeeper ConstraintTemplates and constraints directly,
 * and its `ConfigurationPolicy` templates create their `object-templates` on the managed cluster
 * when they enforce. Those objects (often the ConstraintTemplates and ClusterPolicies a platform
 * team writes) are analysed like any other, at their place inside the wrapper.
 *
 * Facts (open-cluster-management-io/governance-policy-propagator, config-policy-controller):
 * - `Policy.spec.disabled: true` deploys nothing.
 * - `Policy.spec.remediationAction`, when set, overrides every template's own.
 * - A ConfigurationPolicy creates or patches an object of `complianceType` musthave or
 *   mustonlyhave only when it enforces; `inform` only reports, and mustnothave deletes.
 * - A Gatekeeper constraint placed directly in `policy-templates` has its `enforcementAction`
 *   set from the Policy's remediationAction: inform → warn, enforce → deny; unset, as written.
 * - `object-templates-raw` is a template string rendered on the cluster: not analysable here.
 */
import type { InputProblem } from '../model/input-problem.ts';
import { childRef, type NodeRef } from '../model/source-ref.ts';
import { isRecord } from '../json.ts';
import { pushAll } from '../array.ts';

const ACM_GROUP = 'policy.open-cluster-management.io';
const GATEKEEPER_GROUPS: ReadonlySet<string> = new Set(['templates.gatekeeper.sh', 'constraints.gatekeeper.sh']);

/** An object an ACM policy deploys: its value as deployed, and where it is written. */
export interface WrappedObject {
  readonly value: Record<string, unknown>;
  readonly at: NodeRef;
}

const groupOf = (apiVersion: unknown): string | undefined =>
  typeof apiVersion === 'string' && apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : undefined;

const isAcmKind = (value: Record<string, unknown>, kind: string): boolean => groupOf(value.apiVersion) === ACM_GROUP && value.kind === kind;

/** `enforce` or `inform` (the CRDs accept both cases), else undefined. */
const remediationOf = (spec: Record<string, unknown>): 'enforce' | 'inform' | undefined => {
  const action = typeof spec.remediationAction === 'string' ? spec.remediationAction.toLowerCase() : undefined;
  return action === 'enforce' || action === 'inform' ? action : undefined;
};

/** The objects a Policy or a ConfigurationPolicy deploys; empty for every other object. */
export const acmWrappedObjects = (value: Record<string, unknown>, at: NodeRef, problems: InputProblem[]): WrappedObject[] => {
  const spec = isRecord(value.spec) ? value.spec : undefined;
  if (!spec || !(isAcmKind(value, 'ConfigurationPolicy') || isAcmKind(value, 'Policy'))) return [];
  const raw: RawTemplate[] = [];
  const found = isAcmKind(value, 'ConfigurationPolicy') ? configurationObjects(value, spec, at, remediationOf(spec), raw) : policyObjects(spec, at, raw);
  if (raw.length > 0) problems.push(rawTemplatesProblem(value, raw));
  return withoutStatusChecks(found);
};

/** A ConfigurationPolicy that enforces object-templates-raw: its name, and where the key is. */
interface RawTemplate {
  readonly name: string;
  readonly at: NodeRef;
}

/** One note per wrapper, at its first raw template: the objects they deploy are not analysed. */
const rawTemplatesProblem = (wrapper: Record<string, unknown>, raw: readonly RawTemplate[]): InputProblem => {
  const names = raw.map((template) => template.name).join(', ');
  const whose = isAcmKind(wrapper, 'Policy') ? `Policy ${nameOf(wrapper)} deploys, through ConfigurationPolicy ${names},` : `ConfigurationPolicy ${names} deploys`;
  return {
    kind: 'unrendered',
    at: { ...raw[0]!.at, key: true },
    message: `${whose} the objects of object-templates-raw, a template the cluster renders: they were not analysed. Write them as object-templates, or scan their rendered form.`,
  };
};

const nameOf = (value: Record<string, unknown>): string =>
  isRecord(value.metadata) && typeof value.metadata.name === 'string' ? value.metadata.name : '(unnamed)';

const policyObjects = (spec: Record<string, unknown>, at: NodeRef, raw: RawTemplate[]): WrappedObject[] => {
  if (spec.disabled === true || !Array.isArray(spec['policy-templates'])) return [];
  const override = remediationOf(spec);
  const found: WrappedObject[] = [];
  spec['policy-templates'].forEach((template, index) => {
    const definition = isRecord(template) ? template.objectDefinition : undefined;
    if (!isRecord(definition)) return;
    const definitionAt = childRef(at, 'spec', 'policy-templates', index, 'objectDefinition');
    const definitionSpec = isRecord(definition.spec) ? definition.spec : undefined;
    if (isAcmKind(definition, 'ConfigurationPolicy') && definitionSpec) {
      pushAll(found, configurationObjects(definition, definitionSpec, definitionAt, override ?? remediationOf(definitionSpec), raw));
    } else if (GATEKEEPER_GROUPS.has(groupOf(definition.apiVersion) ?? '')) {
      found.push({ value: withEnforcement(definition, override), at: definitionAt });
    }
  });
  return found;
};

const identityOf = (value: Record<string, unknown>): string => {
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  return JSON.stringify([groupOf(value.apiVersion) ?? '', value.kind, metadata.name, metadata.namespace ?? '']);
};

/**
 * musthave merges into the object: a later template of an object the same Policy already
 * deploys, with no `spec` (the usual `status: {totalViolations: 0}` audit check), changes nothing
 * an analysis reads, and is not a second object.
 */
const withoutStatusChecks = (found: readonly WrappedObject[]): WrappedObject[] => {
  const seen = new Set<string>();
  return found.filter(({ value }) => {
    const identity = identityOf(value);
    const repeat = seen.has(identity);
    seen.add(identity);
    return !repeat || value.spec !== undefined;
  });
};

const configurationObjects = (
  policy: Record<string, unknown>,
  spec: Record<string, unknown>,
  at: NodeRef,
  action: 'enforce' | 'inform' | undefined,
  raw: RawTemplate[],
): WrappedObject[] => {
  if (action !== 'enforce') return [];
  if (typeof spec['object-templates-raw'] === 'string') raw.push({ name: nameOf(policy), at: childRef(at, 'spec', 'object-templates-raw') });
  if (!Array.isArray(spec['object-templates'])) return [];
  const found: WrappedObject[] = [];
  spec['object-templates'].forEach((template, index) => {
    if (!isRecord(template) || !isRecord(template.objectDefinition)) return;
    const compliance = typeof template.complianceType === 'string' ? template.complianceType.toLowerCase() : '';
    if (compliance !== 'musthave' && compliance !== 'mustonlyhave') return;
    found.push({ value: template.objectDefinition, at: childRef(at, 'spec', 'object-templates', index, 'objectDefinition') });
  });
  return found;
};

/** A constraint as ACM deploys it: `enforcementAction` from the Policy's remediationAction when set. */
const withEnforcement = (definition: Record<string, unknown>, override: 'enforce' | 'inform' | undefined): Record<string, unknown> => {
  if (override === undefined || groupOf(definition.apiVersion) !== 'constraints.gatekeeper.sh') return definition;
  const spec = isRecord(definition.spec) ? definition.spec : {};
  return { ...definition, spec: { ...spec, enforcementAction: override === 'enforce' ? 'deny' : 'warn' } };
};
