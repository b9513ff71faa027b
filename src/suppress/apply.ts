import type { AllowedDebugger } from '../model/settings.ts';
import type { Notification } from '../model/notification.ts';
import type { SourceIndex } from '../load/source-index.ts';
import { objectLabel, type ObjectRef } from '../model/object-ref.ts';
import { childRef, type Location, type NodeRef } from '../model/source-ref.ts';
import type { K8sObject, Workspace } from '../model/workspace.ts';
import { compareText, type Finding, type Suppression } from '../rules/finding.ts';
import { commentSuppressions, IGNORE_ANNOTATION, parseSuppressionText, type WrittenSuppression } from './inline.ts';

export interface SuppressContext {
  /** The scanned files whose text may hold `# ephemeral-guard-ignore` comments. */
  readonly files: readonly string[];
  readonly sources: SourceIndex;
  readonly workspace: Workspace;
  /** The object a finding is about (the rule's `Draft.object`). */
  readonly objectOf: (finding: Finding) => ObjectRef | undefined;
  /** Every rule id and name the tool knows → the rule's id. */
  readonly knownRules: ReadonlyMap<string, string>;
  /** Ids of the rules that ran: naming a rule that was off or not run is not stale. */
  readonly activeRules: ReadonlySet<string>;
  readonly rbacAllow: readonly AllowedDebugger[];
}

/**
 * The rules an `rbac.allow` entry accepts: "this role (or subject) may add ephemeral containers".
 * Not EG203 (aggregation hands the power to everyone bound to a built-in role), EG204 (a rule
 * that grants nothing is a mistake either way), EG205 (a dangling binding) or EG206.
 */
export const RBAC_ALLOW_RULES: ReadonlySet<string> = new Set(['EG201', 'EG202', 'EG301']);

const BINDING_KINDS: ReadonlySet<string> = new Set(['RoleBinding', 'ClusterRoleBinding']);

interface Candidate {
  readonly written: WrittenSuppression;
  /** Rule ids it names (unknown names left out: they are reported once). */
  readonly ruleIds: ReadonlySet<string>;
  readonly used: Set<string>;
}

/**
 * The suppress stage: marks findings accepted by an inline comment, an object annotation or
 * `rbac.allow`, and reports (as notes) suppressions without a reason, naming unknown rules, or
 * matching nothing. A suppression without a reason suppresses nothing. Linear in findings plus
 * the size of the files that contain the marker.
 */
export const applySuppressions = (findings: readonly Finding[], context: SuppressContext): { findings: Finding[]; notifications: Notification[] } => {
  const notifications: Notification[] = [];
  const notify = (message: string, location?: Location): void => {
    notifications.push({
      level: 'note',
      message,
      ...(location ? { file: location.file, region: { startLine: location.startLine, startColumn: location.startColumn, endLine: location.endLine, endColumn: location.endColumn } } : {}),
    });
  };
  const describe = (written: WrittenSuppression): string =>
    written.form === 'comment' ? 'This ephemeral-guard-ignore comment' : `The ${IGNORE_ANNOTATION} annotation`;

  /** Validates a written suppression: unknown rules and a missing reason are reported. */
  const candidateOf = (written: WrittenSuppression): Candidate | undefined => {
    if (written.rules.length === 0) {
      notify(`${describe(written)} names no rule, so it suppresses nothing. Write the rule ids or names, then the reason: ephemeral-guard-ignore EG201 <why this is acceptable>.`, written.location);
      return undefined;
    }
    const ruleIds = new Set<string>();
    for (const rule of written.rules) {
      const id = context.knownRules.get(rule);
      if (id) ruleIds.add(id);
      else notify(`${describe(written)} names "${rule}", which is not a rule id or name; it suppresses nothing for it. Check the spelling (ids look like EG201).`, written.location);
    }
    if (written.reason === '') {
      notify(`${describe(written)} for ${written.rules.join(', ')} gives no reason, so the finding stays reported. Add why it is acceptable after the rule ids, e.g. "${written.rules.join(',')}: break-glass role approved in SEC-123".`, written.location);
      return undefined;
    }
    return ruleIds.size > 0 ? { written, ruleIds, used: new Set() } : undefined;
  };

  // Comments, by file and the line they apply to.
  const byLine = new Map<string, Candidate[]>();
  const allCandidates: Candidate[] = [];
  for (const file of [...context.files].sort(compareText)) {
    for (const written of commentSuppressions(file, context.sources.textOf(file) ?? '')) {
      const candidate = candidateOf(written);
      if (!candidate) continue;
      allCandidates.push(candidate);
      const key = `${file}\u0000${written.appliesToLine}`;
      const list = byLine.get(key);
      if (list) list.push(candidate);
      else byLine.set(key, [candidate]);
    }
  }

  // Annotations, by the object they sit on; RBAC bindings, for rbac.allow.
  const byObject = new Map<string, Candidate[]>();
  const bindings = new Map<string, K8sObject>();
  for (const object of context.workspace.objects) {
    if (BINDING_KINDS.has(object.kind)) bindings.set(refKey(object.ref.at), object);
    const annotations = (object.body.metadata as { annotations?: unknown } | undefined)?.annotations;
    if (typeof annotations !== 'object' || annotations === null || !Object.hasOwn(annotations, IGNORE_ANNOTATION)) continue;
    const value = (annotations as Record<string, unknown>)[IGNORE_ANNOTATION];
    const at = childRef(object.ref.at, 'metadata', 'annotations', IGNORE_ANNOTATION);
    const location = context.sources.locate(at);
    if (typeof value !== 'string') {
      notify(`The ${IGNORE_ANNOTATION} annotation of ${objectLabel(object)} must be a string such as "EG201,EG202: reason"; it suppresses nothing.`, location);
      continue;
    }
    const candidate = candidateOf({ form: 'annotation', ...parseSuppressionText(value), location });
    if (!candidate) continue;
    allCandidates.push(candidate);
    byObject.set(refKey(object.ref.at), [candidate]);
  }

  const allowUsed = new Set<AllowedDebugger>();
  const allowedRoles = new Map(context.rbacAllow.flatMap((entry) => (entry.kind === 'role' ? [[entry.label, entry] as const] : [])));
  const allowedSubjects = context.rbacAllow.filter((entry) => entry.kind === 'subject');

  /** The rbac.allow entry that accepts this finding, if any. */
  const allowOf = (finding: Finding, object: ObjectRef | undefined): AllowedDebugger | undefined => {
    if (!object || !RBAC_ALLOW_RULES.has(finding.ruleId) || context.rbacAllow.length === 0) return undefined;
    if (object.kind === 'ClusterRole' || object.kind === 'Role') return allowedRoles.get(objectLabel(object));
    const binding = BINDING_KINDS.has(object.kind) ? bindings.get(refKey(object.at)) : undefined;
    if (!binding) return undefined;
    const roleRef = binding.body.roleRef as { kind?: unknown; name?: unknown } | undefined;
    if (typeof roleRef?.name === 'string') {
      const label = roleRef.kind === 'ClusterRole' ? `ClusterRole/${roleRef.name}` : binding.namespace ? `Role/${binding.namespace}/${roleRef.name}` : undefined;
      const entry = label ? allowedRoles.get(label) : undefined;
      if (entry) return entry;
    }
    // A finding that sits on one of the binding's subjects is about that subject.
    const subjects = Array.isArray(binding.body.subjects) ? (binding.body.subjects as unknown[]) : [];
    for (const entry of allowedSubjects) {
      if (entry.kind !== 'subject') continue;
      for (const [index, subject] of subjects.entries()) {
        if (!isSubject(subject, entry.subject, binding.namespace)) continue;
        const region = context.sources.locate(childRef(binding.ref.at, 'subjects', index));
        const line = finding.location.startLine;
        if (region.file === finding.location.file && line >= region.startLine && line <= region.endLine) return entry;
      }
    }
    return undefined;
  };

  const result = findings.map((finding): Finding => {
    const object = context.objectOf(finding);
    const inline = [...(byLine.get(`${finding.location.file}\u0000${finding.location.startLine}`) ?? []), ...(object ? (byObject.get(refKey(object.at)) ?? []) : [])];
    let suppression: Suppression | undefined;
    for (const candidate of inline) {
      if (!candidate.ruleIds.has(finding.ruleId)) continue;
      candidate.used.add(finding.ruleId);
      suppression ??= { kind: 'inSource', justification: candidate.written.reason, location: candidate.written.location };
    }
    const allow = allowOf(finding, object);
    if (allow) {
      allowUsed.add(allow);
      suppression ??= { kind: 'external', justification: `rbac.allow ${allow.label}: ${allow.reason}` };
    }
    return suppression ? { ...finding, suppression } : finding;
  });

  for (const candidate of allCandidates) {
    const stale = [...candidate.ruleIds].filter((id) => context.activeRules.has(id) && !candidate.used.has(id)).sort(compareText);
    if (stale.length === 0) continue;
    notify(
      `${describe(candidate.written)} suppresses ${stale.join(', ')}, but no such finding is ${candidate.written.form === 'comment' ? 'on the line it covers' : 'about this object'} (stale suppression). Remove ${stale.length === 1 ? 'it' : 'them'}, or move the comment onto the finding's line or the line above.`,
      candidate.written.location,
    );
  }
  if ([...RBAC_ALLOW_RULES].some((id) => context.activeRules.has(id))) {
    for (const entry of context.rbacAllow) {
      if (allowUsed.has(entry)) continue;
      notify(`rbac.allow entry ${entry.label} (${entry.at.file}:${entry.at.line}:${entry.at.column}) matched no finding (stale): no scanned ${entry.kind === 'role' ? 'role of that name grants' : 'binding gives that subject'} ephemeral containers. Remove it or fix the name.`);
    }
  }
  notifications.sort(compareNotifications);
  return { findings: result, notifications };
};

const refKey = (at: NodeRef): string => `${at.file}\u0000${at.doc}\u0000${at.path.join('\u0000')}`;

const isSubject = (value: unknown, wanted: Extract<AllowedDebugger, { kind: 'subject' }>['subject'], bindingNamespace: string | undefined): boolean => {
  if (typeof value !== 'object' || value === null) return false;
  const subject = value as { kind?: unknown; name?: unknown; namespace?: unknown };
  if (subject.kind !== wanted.kind || subject.name !== wanted.name) return false;
  if (wanted.kind !== 'ServiceAccount') return true;
  // A ServiceAccount subject without namespace is in the RoleBinding's namespace.
  const namespace = typeof subject.namespace === 'string' && subject.namespace !== '' ? subject.namespace : bindingNamespace;
  return namespace === wanted.namespace;
};

const compareNotifications = (a: Notification, b: Notification): number =>
  compareText(a.file ?? '', b.file ?? '') ||
  (a.region?.startLine ?? 0) - (b.region?.startLine ?? 0) ||
  (a.region?.startColumn ?? 0) - (b.region?.startColumn ?? 0) ||
  compareText(a.message, b.message);
