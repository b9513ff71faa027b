import { createRequire as __egCreateRequire } from 'node:module';
const require = __egCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-JJQEBI5S.js";

// src/rules/cluster-rule.ts
var defineClusterRule = (rule) => rule;
var isClusterRule = (rule) => rule.meta.tags.includes("cluster");

// src/rules/rule.ts
var defineRule = (rule) => rule;

// src/rules/eg001-invalid-manifest.ts
var eg001_invalid_manifest_default = defineRule({
  meta: {
    id: "EG001",
    name: "invalid-manifest",
    short: "A file in scope is not valid YAML or JSON, or a document in it is not an object.",
    level: "warning",
    tags: ["input"],
    messages: { invalid: "{{detail}}" }
  },
  *check(facts) {
    for (const problem of facts.problems) {
      if (problem.ruleId === "EG001") yield { messageId: "invalid", data: { detail: problem.message }, at: problem.at };
    }
  }
});

// src/rules/eg002-unrendered-template.ts
var eg002_unrendered_template_default = defineRule({
  meta: {
    id: "EG002",
    name: "unrendered-template",
    short: "A Helm chart or kustomization was found but not rendered, so what it deploys was not analysed.",
    level: "note",
    tags: ["input"],
    messages: { unrendered: "{{detail}}" }
  },
  *check(facts) {
    for (const problem of facts.problems) {
      if (problem.ruleId === "EG002") yield { messageId: "unrendered", data: { detail: problem.message }, at: problem.at };
    }
  }
});

// src/rules/eg003-policy-not-analyzable.ts
var eg003_policy_not_analyzable_default = defineRule({
  meta: {
    id: "EG003",
    name: "policy-not-analyzable",
    short: "A policy's logic could not be parsed or followed, so its ephemeral-container coverage is unknown.",
    level: "note",
    tags: ["input"],
    messages: { unknown: "{{detail}}" }
  },
  *check(facts) {
    for (const problem of facts.problems) {
      if (problem.ruleId !== "EG003") continue;
      yield { messageId: "unknown", data: { detail: problem.message }, at: problem.at, ...problem.detail !== void 0 ? { related: [{ at: problem.at, note: problem.detail }] } : {} };
    }
  }
});

// src/model/container-fields.ts
var CONTAINER_LISTS = ["containers", "initContainers", "ephemeralContainers"];
var CONTAINER_LIST_SET = new Set(CONTAINER_LISTS);
var isContainerList = (key) => CONTAINER_LIST_SET.has(key);
var containerFieldCategory = (field) => {
  const head = field.split(".", 1)[0] ?? "";
  if (head === "securityContext") return "security";
  if (head === "image" || head === "imagePullPolicy") return "image";
  if (FORBIDDEN_ON_EPHEMERAL.has(head)) return "forbidden";
  return "settable";
};
var SERVICE_ACCOUNT_TOKEN_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";
var isServiceAccountTokenPath = (path) => {
  const trimmed = path.replace(/\/+$/, "");
  return trimmed === SERVICE_ACCOUNT_TOKEN_PATH || trimmed.startsWith(`${SERVICE_ACCOUNT_TOKEN_PATH}/`);
};
var comparedFieldCategory = (field, constants, otherwise = containerFieldCategory(field)) => field === "volumeMounts.mountPath" && constants.length > 0 && constants.every(isServiceAccountTokenPath) ? "pod-level" : otherwise;
var FORBIDDEN_ON_EPHEMERAL = /* @__PURE__ */ new Set([
  "ports",
  "livenessProbe",
  "readinessProbe",
  "startupProbe",
  "lifecycle",
  "resources",
  "resizePolicy",
  "restartPolicy"
]);
var POD_SPEC_FIELDS = /* @__PURE__ */ new Set([
  "activeDeadlineSeconds",
  "affinity",
  "automountServiceAccountToken",
  "containers",
  "dnsConfig",
  "dnsPolicy",
  "enableServiceLinks",
  "ephemeralContainers",
  "hostAliases",
  "hostIPC",
  "hostNetwork",
  "hostPID",
  "hostUsers",
  "hostname",
  "hostnameOverride",
  "imagePullSecrets",
  "initContainers",
  "nodeName",
  "nodeSelector",
  "os",
  "overhead",
  "preemptionPolicy",
  "priority",
  "priorityClassName",
  "readinessGates",
  "resourceClaims",
  "resources",
  "restartPolicy",
  "runtimeClassName",
  "schedulerName",
  "schedulingGates",
  "securityContext",
  "serviceAccount",
  "serviceAccountName",
  "setHostnameAsFQDN",
  "shareProcessNamespace",
  "subdomain",
  "terminationGracePeriodSeconds",
  "tolerations",
  "topologySpreadConstraints",
  "volumes"
]);
var isSettableOnEphemeral = (category) => category === "security" || category === "image" || category === "settable";
var BOOLEAN_CONTAINER_FIELDS = /* @__PURE__ */ new Set([
  "securityContext.privileged",
  "securityContext.allowPrivilegeEscalation",
  "securityContext.runAsNonRoot",
  "securityContext.readOnlyRootFilesystem",
  "securityContext.windowsOptions.hostProcess",
  "stdin",
  "stdinOnce",
  "tty"
]);

// src/analyze/coverage.ts
var ephemeralControlScope = (control) => control.scope === "conditional" ? `allows only ${control.allowsOnly ?? "some"}` : "blocks all";

// src/analyze/verdict.ts
var decideFactVerdict = (parts, hints = {}) => decideVerdict({ ...parts, ...hints });
var ephemeralRelevantChecks = (checks) => checks.filter((check2) => (check2.role ?? "check") === "check" && isSettableOnEphemeral(check2.category));
var decideVerdict = (input) => {
  const relevant = ephemeralRelevantChecks(input.checks);
  const unknowns = input.unknowns ?? [];
  if (relevant.length === 0 && input.logicHidden) {
    const hidden = input.logicHidden;
    const holes = [];
    if (input.receivesSubresource === "no") holes.push({ ruleId: "EG103", text: input.subresourceEvidence?.note ?? "never receives pods/ephemeralcontainers", at: input.subresourceEvidence?.at ?? hidden.at });
    if (input.handlesUpdate === "no") holes.push({ ruleId: "EG102", text: input.updateEvidence?.note ?? "skips every UPDATE request", ...input.updateEvidence ? { at: input.updateEvidence.at } : {} });
    if (holes.length > 0) return { verdict: "not-covered", reasons: holes };
    return { verdict: "unknown", reasons: [{ text: hidden.note, at: hidden.at }] };
  }
  if (relevant.length === 0) {
    if (unknowns.length > 0) return { verdict: "unknown", reasons: unknowns.map((u) => ({ ruleId: "EG003", text: u.note, at: u.at })) };
    return { verdict: "not-applicable", reasons: [{ text: "checks no container field an ephemeral container can set" }] };
  }
  const reasons2 = [];
  if (input.receivesSubresource === "no") {
    if (input.controllersOnly) reasons2.push({ ruleId: "EG104", text: input.controllersOnly.note, at: input.controllersOnly.at });
    else if (input.subresourceExcluded) reasons2.push({ ruleId: "EG109", text: input.subresourceExcluded.note, at: input.subresourceExcluded.at });
    else reasons2.push({ ruleId: "EG103", text: input.subresourceEvidence?.note ?? "never receives pods/ephemeralcontainers", ...input.subresourceEvidence ? { at: input.subresourceEvidence.at } : {} });
  }
  if (input.handlesUpdate === "no") {
    reasons2.push({ ruleId: "EG102", text: input.updateEvidence?.note ?? "skips every UPDATE request", ...input.updateEvidence ? { at: input.updateEvidence.at } : {} });
  }
  if (input.ephemeralGaps) {
    for (const gap of input.ephemeralGaps) reasons2.push({ ruleId: "EG101", text: gap.note, at: gap.at });
  } else if (!input.reads.ephemeralContainers && (input.reads.containers || input.reads.initContainers)) {
    const seen = input.reads.containers ?? input.reads.initContainers;
    const read2 = ["containers", "initContainers"].filter((list) => input.reads[list] !== void 0).join(" and ");
    reasons2.push({ ruleId: "EG101", text: `reads ${read2} but never ephemeralContainers`, at: seen.at });
  }
  if (reasons2.length > 0) return { verdict: "not-covered", reasons: reasons2 };
  const enforcement = input.enforces === "no" ? [input.enforcementEvidence ? { text: input.enforcementEvidence.note, at: input.enforcementEvidence.at } : { text: "audit or warn only: violations are reported, not denied" }] : [];
  const undecided = [input.receivesSubresource, input.handlesUpdate].includes("unknown") || unknowns.length > 0;
  if (undecided || !input.reads.ephemeralContainers) {
    return {
      verdict: "unknown",
      reasons: unknowns.length > 0 ? unknowns.map((u) => ({ ruleId: "EG003", text: u.note, at: u.at })) : [{ text: "could not tell whether it receives, evaluates and enforces on ephemeral containers" }]
    };
  }
  const control = input.blocksEphemeralContainers;
  const covered = control ? { text: `controls ephemeral containers (${ephemeralControlScope(control)})`, at: control.at } : { text: "reads ephemeralContainers, receives the subresource and evaluates UPDATE" };
  return { verdict: "covered", reasons: [covered, ...enforcement] };
};

// src/model/object-ref.ts
var objectLabel = (object) => object.namespace ? `${object.kind}/${object.namespace}/${object.name}` : `${object.kind}/${object.name}`;

// src/rules/closed-hole.ts
var CLOSED_HOLE_SEVERITY = 2;
var withClosure = (reason, draft) => {
  const closers = reason.closedBy ?? [];
  if (closers.length === 0) return draft;
  return {
    ...draft,
    level: "note",
    securitySeverity: CLOSED_HOLE_SEVERITY,
    related: [
      ...draft.related ?? [],
      ...closers.map((closer) => ({
        at: closer.at,
        note: `${objectLabel(closer.policy)}${closer.rule !== void 0 ? ` rule ${closer.rule}` : ""} closes this hole: it denies ${closer.denies} wherever this policy applies (${closer.basis === "evaluation" ? "proved by running its code on the probe" : "read from its code"}); without it the hole reopens`
      }))
    ]
  };
};

// src/rules/eg101-policy-skips-ephemeral-containers.ts
var MAX_FIELDS = 4;
var fieldsMissingEphemeral = (fact, onlyMissing = true) => {
  const all = ephemeralRelevantChecks(fact.checks);
  const missing = all.filter((c) => !(c.lists ?? []).includes("ephemeralContainers"));
  const relevant = onlyMissing && missing.length > 0 ? missing : all;
  const names = [...new Set([...relevant].sort((a, b) => (a.category === "security" ? 0 : 1) - (b.category === "security" ? 0 : 1)).map((c) => c.field))];
  const shown = names.slice(0, MAX_FIELDS).join(", ");
  const fields = names.length > MAX_FIELDS ? `${shown} and ${names.length - MAX_FIELDS} more` : shown || "container fields";
  const first = names.length > 1 ? `${names[0]} and ${names.length - 1} more` : fields;
  return { fields, first, security: relevant.some((c) => c.category === "security") };
};
var listsChecked = (fact) => {
  const missing = ephemeralRelevantChecks(fact.checks).filter((c) => !(c.lists ?? []).includes("ephemeralContainers"));
  const fromChecks = new Set(missing.flatMap((c) => c.lists ?? []));
  const lists = CONTAINER_LISTS.filter((list) => list !== "ephemeralContainers" && (fromChecks.size > 0 ? fromChecks.has(list) : fact.reads[list] !== void 0));
  return lists.length > 0 ? lists.join(" and ") : "containers";
};
var activatorsOf = (fact) => (fact.activatedBy ?? []).map((object) => ({ at: object.at, note: `${objectLabel(object)} puts this policy into effect` }));
var CEL_FIX = "Add `object.spec.?ephemeralContainers.orValue([])` to the containers the expressions check.";
var FIX = {
  "gatekeeper-rego": "Read spec.ephemeralContainers as well: the gatekeeper-library idiom is a third clause `input_containers[c] { c := input.review.object.spec.ephemeralContainers[_] }`.",
  "gatekeeper-cel": "Read spec.ephemeralContainers as well: add `variables.anyObject.spec.?ephemeralContainers.orValue([])` to the list checked.",
  kyverno: "Add an `=(ephemeralContainers)` branch beside `containers` in the pattern, or name ephemeralContainers in the foreach list / deny JMESPath (`request.object.spec.[ephemeralContainers, initContainers, containers][]`).",
  "kyverno-cel": CEL_FIX,
  "validating-admission-policy": CEL_FIX,
  "mutating-admission-policy": CEL_FIX
};
var DEFAULT_FIX = "Check spec.ephemeralContainers with the same rules as containers.";
var engineKey = (fact) => fact.engine === "gatekeeper" && fact.language !== void 0 ? `gatekeeper-${fact.language}` : fact.engine;
var eg101_policy_skips_ephemeral_containers_default = defineRule({
  meta: {
    id: "EG101",
    name: "policy-skips-ephemeral-containers",
    short: "A policy checks container fields on containers or initContainers but never on ephemeralContainers.",
    level: "warning",
    securitySeverity: 6.5,
    tags: ["security", "admission", "ephemeral-containers"],
    messages: {
      skips: "{{policy}} checks {{field}} but never reads ephemeralContainers. It checks {{fields}} on {{lists}}: anyone who may add an ephemeral container (kubectl debug) can run one that breaks this policy in any Pod it admits. {{fix}}"
    }
  },
  *check(facts) {
    for (const fact of facts.coverage) {
      if (fact.verdict !== "not-covered") continue;
      for (const reason of fact.reasons) {
        if (reason.ruleId !== "EG101") continue;
        const { fields, first, security } = fieldsMissingEphemeral(fact);
        yield withClosure(reason, {
          messageId: "skips",
          data: { policy: objectLabel(fact.policy), field: first, fields, lists: listsChecked(fact), fix: FIX[engineKey(fact)] ?? DEFAULT_FIX },
          at: reason.at ?? fact.policy.at,
          object: fact.policy,
          related: activatorsOf(fact),
          ...security ? { level: "error", securitySeverity: 8.1 } : {}
        });
      }
    }
  }
});

// src/model/input-problem.ts
var UNKNOWN_FIX = {
  syntax: "fix the syntax here",
  module: "add that module to the scanned files",
  review: "check it by hand, then suppress EG003 here"
};
var unknownConstruct = (at2, subject, construct, fix, detail) => ({
  ruleId: "EG003",
  at: at2,
  message: `${subject}: ${construct}; ${fix}.`,
  ...detail !== void 0 ? { detail } : {}
});

// src/model/source-ref.ts
var isTextRef = (ref) => "start" in ref;
var childRef = (ref, ...path) => ({
  file: ref.file,
  doc: ref.doc,
  path: [...ref.path, ...path]
});
var spanRef = (ref, start, end) => ({
  file: ref.file,
  doc: ref.doc,
  path: ref.path,
  span: { start, end }
});

// src/model/time-limit.ts
var SCAN_TIME_LIMIT_SECONDS = 1200;
var ScanTimeLimitReached = class extends Error {
  constructor(stage, notAnalysed) {
    super(`The scan's time limit ran out while ${stage}`);
    this.stage = stage;
    this.notAnalysed = notAnalysed;
    this.name = "ScanTimeLimitReached";
  }
  stage;
  notAnalysed;
};
var NO_TIME_LIMIT = () => {
};
var timeCheck = (clock, deadline) => (stage, notAnalysed) => {
  if (clock() >= deadline) throw new ScanTimeLimitReached(stage, notAnalysed());
};
var MAX_TIME_LIMIT_SECONDS = 86400;
var parseTimeLimit = (text, source) => {
  const trimmed = text.trim();
  const seconds = /^[0-9]{1,6}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!(seconds >= 1 && seconds <= MAX_TIME_LIMIT_SECONDS)) {
    throw new UserError(`${source} must be a whole number of seconds from 1 to ${MAX_TIME_LIMIT_SECONDS}.`);
  }
  return seconds;
};

// src/json.ts
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

// src/model/pod-specs.ts
var POD_SPEC_PATHS = {
  Pod: ["spec"],
  PodTemplate: ["template", "spec"],
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  ReplicationController: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"]
};
var POD_SPEC_LOCATIONS = [
  { path: ["spec"], inPod: true },
  { path: ["spec", "template", "spec"], inPod: false },
  { path: ["spec", "jobTemplate", "spec", "template", "spec"], inPod: false }
];
var POD_CONTROLLER_KINDS = new Set(
  Object.keys(POD_SPEC_PATHS).filter((kind) => kind !== "Pod" && kind !== "PodTemplate")
);
var podSpecOf = (object) => {
  const path = POD_SPEC_PATHS[object.kind];
  if (!path || !object.apiVersion.match(/^(v1|apps\/v1|batch\/v1|batch\/v1beta1|extensions\/v1beta1|apps\/v1beta[12])$/)) return void 0;
  let value = object.body;
  for (const key of path) value = isRecord(value) ? value[key] : void 0;
  return isRecord(value) ? { object, spec: value, at: childRef(object.ref.at, ...path) } : void 0;
};
function* containersOf(site) {
  for (const list of CONTAINER_LISTS) {
    const containers = site.spec[list];
    if (!Array.isArray(containers)) continue;
    for (const [index, container] of containers.entries()) {
      if (isRecord(container)) yield { list, index, container, at: childRef(site.at, list, index) };
    }
  }
}

// src/model/label-selector.ts
var operators = /* @__PURE__ */ new Set(["In", "NotIn", "Exists", "DoesNotExist"]);
var readLabelSelector = (value) => {
  if (value === null || value === void 0) return { ok: true, selector: { requirements: [] } };
  if (!isRecord(value)) return { ok: false, error: "the selector is not a mapping" };
  const requirements = [];
  const { matchLabels, matchExpressions } = value;
  if (matchLabels !== void 0 && matchLabels !== null) {
    if (!isRecord(matchLabels)) return { ok: false, error: "`matchLabels` is not a mapping" };
    for (const [key, labelValue] of Object.entries(matchLabels)) {
      if (typeof labelValue !== "string") return { ok: false, error: `\`matchLabels.${key}\` is not a string` };
      requirements.push({ key, operator: "In", values: [labelValue] });
    }
  }
  if (matchExpressions !== void 0 && matchExpressions !== null) {
    if (!Array.isArray(matchExpressions)) return { ok: false, error: "`matchExpressions` is not a list" };
    for (const [index, expression] of matchExpressions.entries()) {
      if (!isRecord(expression)) return { ok: false, error: `\`matchExpressions[${index}]\` is not a mapping` };
      const { key, operator, values } = expression;
      if (typeof key !== "string") return { ok: false, error: `\`matchExpressions[${index}].key\` is not a string` };
      if (typeof operator !== "string" || !operators.has(operator)) {
        return { ok: false, error: `\`matchExpressions[${index}].operator\` ${JSON.stringify(operator)} is not In, NotIn, Exists or DoesNotExist` };
      }
      const list = values === void 0 || values === null ? [] : values;
      if (!Array.isArray(list) || !list.every((item) => typeof item === "string")) {
        return { ok: false, error: `\`matchExpressions[${index}].values\` is not a list of strings` };
      }
      const needsValues = operator === "In" || operator === "NotIn";
      if (needsValues && list.length === 0) {
        return { ok: false, error: `\`matchExpressions[${index}]\` uses ${operator} without values` };
      }
      if (!needsValues && list.length > 0) {
        return { ok: false, error: `\`matchExpressions[${index}]\` uses ${operator} with values` };
      }
      requirements.push({ key, operator, values: list });
    }
  }
  return { ok: true, selector: { requirements } };
};
var requirementMatches = (requirement, labels) => {
  const value = labels.get(requirement.key);
  switch (requirement.operator) {
    case "In":
      return value !== void 0 && requirement.values.includes(value);
    case "NotIn":
      return value === void 0 || !requirement.values.includes(value);
    case "Exists":
      return value !== void 0;
    case "DoesNotExist":
      return value === void 0;
  }
};
var labelSelectorMatches = (selector, labels) => selector.requirements.every((requirement) => requirementMatches(requirement, labels));
var readLabels = (metadata) => {
  const labels = /* @__PURE__ */ new Map();
  if (!isRecord(metadata) || !isRecord(metadata.labels)) return labels;
  for (const [key, value] of Object.entries(metadata.labels)) if (typeof value === "string") labels.set(key, value);
  return labels;
};

// src/model/wildcard.ts
var segmentAt = (segment, name, at2, steps) => {
  for (let i = 0; i < segment.length; i += 1) {
    if (steps) steps.count += 1;
    const want = segment.charCodeAt(i);
    if (want !== QUESTION && want !== name.charCodeAt(at2 + i)) return false;
  }
  return true;
};
var QUESTION = "?".charCodeAt(0);
var compiled = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 1e4;
var wildcard = (pattern) => {
  const cached = compiled.get(pattern);
  if (cached) return cached;
  const made = compile(pattern);
  if (compiled.size >= CACHE_LIMIT) compiled.clear();
  compiled.set(pattern, made);
  return made;
};
var compile = (pattern) => {
  if (!pattern.includes("*") && !pattern.includes("?")) return { pattern, matches: (name) => name === pattern };
  const segments = pattern.split("*");
  const first = segments[0];
  if (segments.length === 1) {
    return { pattern, matches: (name, steps) => name.length === first.length && segmentAt(first, name, 0, steps) };
  }
  const last = segments[segments.length - 1];
  const middle = segments.slice(1, -1).filter((segment) => segment !== "");
  const fixed = first.length + last.length;
  return {
    pattern,
    matches: (name, steps) => {
      if (name.length < fixed) return false;
      if (!segmentAt(first, name, 0, steps)) return false;
      const end = name.length - last.length;
      if (!segmentAt(last, name, end, steps)) return false;
      let at2 = first.length;
      for (const segment of middle) {
        let found = -1;
        for (let start = at2; start + segment.length <= end; start += 1) {
          if (segmentAt(segment, name, start, steps)) {
            found = start;
            break;
          }
        }
        if (found < 0) return false;
        at2 = found + segment.length;
      }
      return true;
    }
  };
};
var wildcardMatches = (pattern, name) => wildcard(pattern).matches(name);

// src/model/policy-scope.ts
var YES = { result: "yes" };
var NO = { result: "no" };
var unknownApplies = (why) => ({ result: "unknown", why });
var anyOf = (results) => results.find((r) => r.result === "yes") ?? results.find((r) => r.result === "unknown") ?? NO;
var allOf = (results) => results.find((r) => r.result === "no") ?? results.find((r) => r.result === "unknown") ?? YES;
var stringList = (value) => Array.isArray(value) ? value.filter((item) => typeof item === "string") : void 0;
var namespaceFilter = (names, excluded, selector, owner) => {
  const read2 = selector === void 0 ? void 0 : readLabelSelector(selector);
  return {
    names: stringList(names)?.map(wildcard),
    excluded: stringList(excluded)?.map(wildcard),
    selector: read2 === void 0 ? void 0 : read2.ok ? read2.selector : "invalid",
    owner
  };
};
var filterNarrows = (filter) => (filter.names?.length ?? 0) > 0 || filter.selector === "invalid" || filter.selector !== void 0 && filter.selector.requirements.length > 0;
var patterns = (list) => list.map((w) => w.pattern).join(", ");
var namespaceFilterApplies = (filter, namespace) => {
  const { names, excluded, selector, owner } = filter;
  const name = namespace.name;
  if (names && names.length > 0) {
    if (name === void 0) {
      if (!names.some((w) => w.pattern === "*")) return unknownApplies(`${owner} applies only in namespaces ${patterns(names)}`);
    } else if (!names.some((w) => w.matches(name))) return NO;
  }
  if (excluded && excluded.length > 0) {
    if (name === void 0) return unknownApplies(`${owner} excludes namespaces ${patterns(excluded)}`);
    if (excluded.some((w) => w.matches(name))) return NO;
  }
  if (selector === "invalid") return unknownApplies(`${owner} has an invalid namespaceSelector`);
  if (selector && selector.requirements.length > 0) {
    if (!namespace.labels) return unknownApplies(`${owner} applies only in namespaces its namespaceSelector selects, and the labels of ${namespace.label} are not in scope`);
    if (!labelSelectorMatches(selector, namespace.labels)) return NO;
  }
  return YES;
};
var requesterFilterApplies = (filter, requester) => {
  const { subjects, usernames, groups, clusterRoles, roles } = filter;
  if (subjects && !subjects.some(
    (entry) => entry.kind === requester.kind && entry.name.matches(requester.name) && (requester.kind !== "ServiceAccount" || entry.namespace === void 0 || entry.namespace === requester.namespace)
  )) {
    return false;
  }
  if (usernames && !(requester.username !== void 0 && usernames.some((w) => w.matches(requester.username)))) return false;
  if (groups && !requester.groups.some((group) => groups.some((w) => w.matches(group)))) return false;
  if (clusterRoles && !clusterRoles.some((role) => requester.clusterRoles.has(role))) return false;
  if (roles && !roles.some((role) => requester.roles.has(role))) return false;
  return true;
};
var scopeApplies = (condition, namespace, requester) => {
  switch (condition.kind) {
    case "everywhere":
      return YES;
    case "namespaces":
      return namespaceFilterApplies(condition.filter, namespace);
    case "own-namespace":
      if (namespace.name === void 0) return unknownApplies(`${condition.owner} applies only in namespace ${condition.namespace}`);
      return namespace.name === condition.namespace ? YES : NO;
    case "requester":
      return requesterFilterApplies(condition.filter, requester) ? YES : NO;
    case "unless-labelled":
      return namespace.labels?.has(condition.label) ? NO : YES;
    case "all":
      return allOf(condition.of.map((inner) => scopeApplies(inner, namespace, requester)));
    case "any":
      return anyOf(condition.of.map((inner) => scopeApplies(inner, namespace, requester)));
    case "not": {
      const inner = scopeApplies(condition.of, namespace, requester);
      return inner.result === "yes" ? NO : inner.result === "no" ? YES : unknownApplies(condition.why);
    }
    case "unknown":
      return unknownApplies(condition.why);
  }
};

// src/analyze/gatekeeper/constraints.ts
var CONSTRAINT_GROUP = "constraints.gatekeeper.sh/";
var isConstraint = (object) => object.apiVersion.startsWith(CONSTRAINT_GROUP);
var strings = (value) => Array.isArray(value) && value.every((v) => typeof v === "string") ? value : void 0;
var constraintsOf = (workspace, kind) => workspace.byKind(kind).filter((object) => object.apiVersion.startsWith(CONSTRAINT_GROUP));
var KINDS_NOTE = "match.kinds";
var constraintMatch = (constraint) => {
  const specRef = childRef(constraint.ref.at, "spec");
  const spec = constraint.body["spec"];
  const match = isRecord(spec) ? spec["match"] : void 0;
  const matchRef = childRef(specRef, "match");
  const whole = { at: constraint.ref.at, note: "matches every kind" };
  if (match === void 0 || match === null) return { matchesPod: "yes", at: whole };
  if (!isRecord(match)) return { matchesPod: "unknown", at: { at: matchRef, note: "match is not an object" } };
  if (match["source"] === "Generated") return { matchesPod: "no", at: { at: childRef(matchRef, "source"), note: "source: Generated matches expanded resources only, never an admission request" } };
  const kinds = match["kinds"];
  const kindsRef = childRef(matchRef, "kinds");
  if (kinds === void 0 || kinds === null || Array.isArray(kinds) && kinds.length === 0) return { matchesPod: "yes", at: whole };
  if (!Array.isArray(kinds)) return { matchesPod: "unknown", at: { at: kindsRef, note: `${KINDS_NOTE} is not a list` } };
  let controllers;
  let unreadable;
  for (const [i, entry] of kinds.entries()) {
    const entryRef = childRef(kindsRef, i);
    if (!isRecord(entry)) {
      unreadable ??= { at: entryRef, note: `${KINDS_NOTE}[${i}] is not an object` };
      continue;
    }
    const names = entry["kinds"] === void 0 || entry["kinds"] === null ? [] : strings(entry["kinds"]);
    const groups = entry["apiGroups"] === void 0 || entry["apiGroups"] === null ? [] : strings(entry["apiGroups"]);
    if (names === void 0 || groups === void 0) {
      unreadable ??= { at: entryRef, note: `${KINDS_NOTE}[${i}] has a kinds or apiGroups that is not a list of strings` };
      continue;
    }
    const kindOk = names.length === 0 || names.includes("*") || names.includes("Pod");
    const groupOk = groups.length === 0 || groups.includes("*") || groups.includes("");
    if (kindOk && groupOk) return { matchesPod: "yes", at: { at: entryRef, note: "matches Pod" } };
    const controller = names.findIndex((name) => POD_CONTROLLER_KINDS.has(name));
    if (controller >= 0 && controllers === void 0) {
      controllers = { at: childRef(entryRef, "kinds", controller), note: `matches ${names.join(", ")}, never Pod` };
    }
  }
  if (unreadable) return { matchesPod: "unknown", at: unreadable };
  return { matchesPod: "no", ...controllers && { controllers }, at: controllers ?? { at: kindsRef, note: "matches no Pod" } };
};
var constraintScope = (constraints, templateName) => {
  if (constraints.length === 0) return { receivesSubresource: "yes", enforces: "unknown" };
  const matches = constraints.map(constraintMatch);
  const pod = matches.find((m) => m.matchesPod === "yes");
  const unknown = matches.find((m) => m.matchesPod === "unknown");
  const receives = pod ? { receivesSubresource: "yes", subresourceEvidence: pod.at } : unknown ? { receivesSubresource: "unknown", subresourceEvidence: unknown.at } : matches.every((m) => m.controllers) ? {
    receivesSubresource: "no",
    controllersOnly: {
      at: matches[0].controllers.at,
      note: `every Constraint of ${templateName} matches only pod controllers (${matches[0].controllers.note}), whose pod templates can never hold an ephemeral container`
    }
  } : { receivesSubresource: "no", subresourceEvidence: { at: matches[0].at.at, note: `no Constraint of ${templateName} matches Pod` } };
  return { ...receives, ...enforcementOf(constraints) };
};
var constraintDenies = (constraint) => {
  const spec = constraint.body["spec"];
  const action = isRecord(spec) ? spec["enforcementAction"] : void 0;
  if (action === void 0 || action === null || action === "deny") return true;
  const scoped = isRecord(spec) ? spec["scopedEnforcementActions"] : void 0;
  return action === "scoped" && Array.isArray(scoped) && scoped.some((s) => isRecord(s) && s["action"] === "deny");
};
var constraintsPolicyScope = (constraints, template) => {
  const denying = constraints.filter(constraintDenies);
  if (constraints.length === 0) return { where: { kind: "unknown", why: `no Constraint of ${objectLabel(template.ref)} in scope puts it into effect` }, at: template.ref.at };
  const of = denying.map((constraint) => {
    const spec = isRecord(constraint.body["spec"]) ? constraint.body["spec"] : {};
    const match = isRecord(spec["match"]) ? spec["match"] : {};
    const owner = objectLabel(constraint.ref);
    const parts = [{ kind: "namespaces", filter: namespaceFilter(match["namespaces"], match["excludedNamespaces"], match["namespaceSelector"], owner) }];
    const labels = match["labelSelector"];
    if (isRecord(labels) && (Object.keys(isRecord(labels["matchLabels"]) ? labels["matchLabels"] : {}).length > 0 || Array.isArray(labels["matchExpressions"]) && labels["matchExpressions"].length > 0)) {
      parts.push({ kind: "unknown", why: `${owner} applies only to the objects its labelSelector selects` });
    }
    if (typeof match["name"] === "string" && match["name"] !== "*") parts.push({ kind: "unknown", why: `${owner} applies only to objects named ${match["name"]}` });
    return { kind: "all", of: parts };
  });
  return { where: { kind: "any", of }, at: (denying[0] ?? constraints[0]).ref.at };
};
var enforcementOf = (constraints) => {
  let unknown;
  let first;
  for (const constraint of constraints) {
    const spec = constraint.body["spec"];
    const action = isRecord(spec) ? spec["enforcementAction"] : void 0;
    const at2 = childRef(constraint.ref.at, "spec", "enforcementAction");
    if (action === void 0 || action === null || action === "deny") return { enforces: "yes" };
    if (action === "scoped") {
      const scoped = isRecord(spec) ? spec["scopedEnforcementActions"] : void 0;
      if (Array.isArray(scoped) && scoped.some((s) => isRecord(s) && s["action"] === "deny")) return { enforces: "yes" };
      first ??= { at: at2, note: "enforcementAction: scoped, without a deny action" };
      continue;
    }
    if (action === "dryrun" || action === "warn") {
      first ??= { at: at2, note: `enforcementAction: ${action}` };
      continue;
    }
    unknown ??= { at: at2, note: `enforcementAction ${JSON.stringify(action)} is not one Gatekeeper knows` };
  }
  if (unknown) return { enforces: "unknown", enforcementEvidence: unknown };
  return { enforces: "no", ...first && { enforcementEvidence: first } };
};
var parameterStrings = (constraints, path) => {
  if (constraints.length === 0) return void 0;
  const out = /* @__PURE__ */ new Set();
  for (const constraint of constraints) {
    let value = constraint.body["spec"];
    for (const key of ["parameters", ...path]) value = isRecord(value) ? value[key] : void 0;
    const list = typeof value === "string" ? [value] : strings(value);
    if (list === void 0) return void 0;
    for (const s of list) out.add(s);
  }
  return [...out].sort();
};

// src/analyze/cel/cel-values.ts
var OPAQUE = { k: "opaque" };
var EMPTY = { k: "empty" };
var LOST = { k: "lost" };
var POD_SPEC_PATHS2 = POD_SPEC_LOCATIONS.map((location) => ({
  path: location.path,
  scope: location.inPod ? "pod" : "pod-template"
}));
var startsWithPath = (path, prefix) => path.length >= prefix.length && prefix.every((segment, i) => path[i] === segment);
var podSpecOf2 = (path) => {
  let found;
  for (const candidate of POD_SPEC_PATHS2) {
    if (startsWithPath(path, candidate.path) && (found === void 0 || candidate.path.length > found.path.length)) {
      found = candidate;
    }
  }
  return found;
};
var leadsToPodSpec = (path) => POD_SPEC_PATHS2.some((candidate) => startsWithPath(candidate.path, path));
var holdsContainers = (value) => {
  switch (value.k) {
    case "container":
      return value.path.length === 0;
    case "object":
      return leadsToPodSpec(value.path);
    case "list":
      return holdsContainers(value.elem);
    case "alt":
      return value.of.some(holdsContainers);
    case "map":
      return [...value.entries.values()].some(holdsContainers);
    default:
      return false;
  }
};
var MAX_ALTERNATIVES = 32;
var sameValue = (a, b) => {
  if (a.k !== b.k) return false;
  if (a.k === "object" && b.k === "object") return a.path.join("\0") === b.path.join("\0");
  if (a.k === "container" && b.k === "container") return a.path.join("\0") === b.path.join("\0");
  return a.k === "opaque" || a.k === "request" || a.k === "variables" || a.k === "lost";
};
var mergeInto = (into, value) => {
  if (value.k === "empty") return;
  if (value.k === "alt") {
    for (const each of value.of) mergeInto(into, each);
    return;
  }
  for (let i = 0; i < into.length; i++) {
    const existing = into[i];
    if (existing === void 0) continue;
    if (existing.k === "list" && value.k === "list") {
      into[i] = { k: "list", elem: join(existing.elem, value.elem) };
      return;
    }
    if (existing.k === "container" && value.k === "container" && sameValue(existing, value)) {
      const lists = [...existing.lists];
      for (const list of value.lists) if (!lists.includes(list)) lists.push(list);
      into[i] = { k: "container", lists, path: existing.path };
      return;
    }
    if (sameValue(existing, value)) return;
  }
  into.push(value);
};
var join = (a, b) => {
  if (a.k === "empty") return b;
  if (b.k === "empty") return a;
  if (a.k === "opaque" && b.k === "opaque") return OPAQUE;
  const merged = [];
  mergeInto(merged, a);
  mergeInto(merged, b);
  if (merged.some((value) => value.k === "lost")) return LOST;
  if (merged.length > MAX_ALTERNATIVES) return LOST;
  if (merged.length === 0) return EMPTY;
  if (merged.length === 1) return merged[0] ?? EMPTY;
  return { k: "alt", of: merged };
};

// node_modules/@marcbachmann/cel-js/lib/errors.js
var CelError = class extends Error {
  #node;
  #code;
  #range;
  #summary;
  constructor({ name, code, message, node, cause, range }) {
    super(message, cause ? { cause } : void 0);
    this.name = name;
    this.#code = code;
    this.#summary = message;
    this.#node = node;
    this.#range = range && normalizeRange(range) || normalizeRange(node);
    if (!node?.input) return;
    this.message = formatErrorWithHighlight(this.#summary, node, this.#range);
  }
  get node() {
    return this.#node;
  }
  get code() {
    return this.#code;
  }
  get range() {
    return this.#range;
  }
  get summary() {
    return this.#summary;
  }
  withAst(node) {
    if (this.#node || !node?.input) return this;
    this.#node = node;
    this.#range ??= normalizeRange(node);
    this.message = formatErrorWithHighlight(this.#summary, node, this.#range);
    return this;
  }
};
function normalizeArgs(name, defaultCode, message, node, cause) {
  if (typeof message === "string") return { name, code: defaultCode, message, node, cause };
  const opts = message;
  if (typeof opts !== "object") throw new Error("First param to error must be a string or object");
  return {
    name,
    code: opts.code || defaultCode,
    message: opts.message,
    node: opts.node,
    cause: opts.cause,
    range: opts.range
  };
}
var ParseError = class extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs("ParseError", "parse_error", message, node, cause));
  }
};
var EvaluationError = class extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs("EvaluationError", "evaluation_error", message, node, cause));
  }
};
var TypeError2 = class extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs("TypeError", "type_error", message, node, cause));
  }
};
function parseError(code, message, node) {
  if (typeof code === "object") return new ParseError(code);
  return new ParseError({ code, message, node });
}
function evaluationError(code, message, node) {
  if (typeof code === "object") return new EvaluationError(code);
  return new EvaluationError({ code, message, node });
}
function typeError(code, message, node) {
  if (typeof code === "object") return new TypeError2(code);
  return new TypeError2({ code, message, node });
}
function normalizeRange(node) {
  const start = node?.pos ?? node?.start;
  if (typeof start !== "number") return;
  const end = typeof node.end === "number" ? node.end : start;
  return { start, end };
}
function formatErrorWithHighlight(message, node, range) {
  const pos = node.pos ?? range?.start;
  if (typeof pos !== "number") return message;
  const input = node.input;
  let lineNum = 1;
  let currentPos = 0;
  let columnNum = 0;
  while (currentPos < pos) {
    if (input[currentPos] === "\n") {
      lineNum++;
      columnNum = 0;
    } else {
      columnNum++;
    }
    currentPos++;
  }
  let contextStart = pos;
  let contextEnd = pos;
  while (contextStart > 0 && input[contextStart - 1] !== "\n") contextStart--;
  while (contextEnd < input.length && input[contextEnd] !== "\n") contextEnd++;
  const line = input.slice(contextStart, contextEnd);
  const highlight = `> ${`${lineNum}`.padStart(4, " ")} | ${line}
${" ".repeat(9 + columnNum)}^`;
  return `${message}

${highlight}`;
}
function attachErrorAst(error, node) {
  if (error instanceof CelError) return error.withAst(node);
  return error;
}

// node_modules/@marcbachmann/cel-js/lib/optional.js
var Optional = class _Optional {
  #value;
  constructor(value) {
    this.#value = value;
  }
  static of(value) {
    if (value === void 0) return OPTIONAL_NONE;
    return new _Optional(value);
  }
  static none() {
    return OPTIONAL_NONE;
  }
  hasValue() {
    return this.#value !== void 0;
  }
  value() {
    if (this.#value === void 0) {
      throw evaluationError("optional_value_missing", "Optional value is not present");
    }
    return this.#value;
  }
  or(optional) {
    if (this.#value !== void 0) return this;
    if (optional instanceof _Optional) return optional;
    throw evaluationError(
      "invalid_optional_argument",
      "Optional.or must be called with an Optional argument"
    );
  }
  orValue(defaultValue) {
    return this.#value === void 0 ? defaultValue : this.#value;
  }
  get [Symbol.toStringTag]() {
    return "optional";
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return this.#value === void 0 ? `Optional { none }` : `Optional { value: ${JSON.stringify(this.#value)} }`;
  }
};
var OPTIONAL_NONE = Object.freeze(new Optional());
var OptionalNamespace = class {
};
var optionalNamespace = new OptionalNamespace();
function toggleOptionalTypes(registry, enable) {
  const optionalConstant = enable ? optionalNamespace : void 0;
  registry.deleteVariable("optional");
  registry.registerConstant("optional", "OptionalNamespace", optionalConstant);
}
function register(registry) {
  const sync = { async: false };
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler, sync);
  const optionalConstant = registry.enableOptionalTypes ? optionalNamespace : void 0;
  registry.registerType("OptionalNamespace", OptionalNamespace);
  registry.registerConstant("optional", "OptionalNamespace", optionalConstant);
  functionOverload("optional.hasValue(): bool", (v) => v.hasValue());
  functionOverload("optional<A>.value(): A", (v) => v.value());
  registry.registerFunctionOverload("OptionalNamespace.none(): optional<T>", () => Optional.none());
  functionOverload("OptionalNamespace.of(A): optional<A>", (_, value) => Optional.of(value));
  function ensureOptional(value, ast, description) {
    if (value instanceof Optional) return value;
    throw evaluationError("optional_expected", `${description} must be optional`, ast);
  }
  function evaluateOptional(ev, macro, ctx) {
    const v = ev.run(macro.receiver, ctx);
    if (v instanceof Promise) return v.then((_v) => handleOptionalResolved(_v, ev, macro, ctx));
    return handleOptionalResolved(v, ev, macro, ctx);
  }
  function handleOptionalResolved(value, ev, macro, ctx) {
    const optional = ensureOptional(value, macro.receiver, `${macro.functionDesc} receiver`);
    if (optional.hasValue()) return macro.onHasValue(optional);
    return macro.onEmpty(ev, macro, ctx);
  }
  function ensureOptionalType(checker, node, ctx, description) {
    const type = checker.check(node, ctx);
    if (type.kind === "optional") return type;
    if (type.kind === "dyn") return checker.getType("optional");
    throw checker.createError("optional_expected", `${description} must be optional, got '${type}'`, node);
  }
  function createOptionalMacro({ functionDesc, evaluate: evaluate2, typeCheck, onHasValue, onEmpty }) {
    return ({ ast, args, receiver }) => ({
      ast,
      functionDesc,
      receiver,
      arg: args[0],
      evaluate: evaluate2,
      typeCheck,
      onHasValue,
      onEmpty
    });
  }
  const invalidOrValueReceiver = "optional.orValue() receiver";
  const invalidOrReceiver = "optional.or(optional) receiver";
  const invalidOrArg = "optional.or(optional) argument";
  registry.registerFunctionOverload(
    "optional.or(ast): optional<dyn>",
    createOptionalMacro({
      functionDesc: "optional.or(optional)",
      evaluate: evaluateOptional,
      typeCheck(check2, macro, ctx) {
        const l = ensureOptionalType(check2, macro.receiver, ctx, invalidOrReceiver);
        const r = ensureOptionalType(check2, macro.arg, ctx, invalidOrArg);
        if (!(macro.receiver.maybeAsync || macro.arg.maybeAsync)) macro.ast.setMeta("async", false);
        const unified = l.unify(check2.registry, r);
        if (unified) return unified;
        throw check2.createError(
          "incompatible_argument_type",
          `${macro.functionDesc} argument must be compatible type, got '${l}' and '${r}'`,
          macro.arg
        );
      },
      onHasValue: (optional) => optional,
      onEmpty(ev, macro, ctx) {
        const ast = macro.arg;
        const v = ev.run(ast, ctx);
        if (v instanceof Promise) return v.then((_v) => ensureOptional(_v, ast, invalidOrArg));
        return ensureOptional(v, ast, invalidOrArg);
      }
    })
  );
  registry.registerFunctionOverload(
    "optional.orValue(ast): dyn",
    createOptionalMacro({
      functionDesc: "optional.orValue(value)",
      onHasValue: (optionalValue) => optionalValue.value(),
      onEmpty(ev, macro, ctx) {
        return ev.run(macro.arg, ctx);
      },
      evaluate: evaluateOptional,
      typeCheck(check2, macro, ctx) {
        const l = ensureOptionalType(check2, macro.receiver, ctx, invalidOrValueReceiver).valueType;
        const r = check2.check(macro.arg, ctx);
        if (!(macro.receiver.maybeAsync || macro.arg.maybeAsync)) macro.ast.setMeta("async", false);
        const unified = l.unify(check2.registry, r);
        if (unified) return unified;
        throw check2.createError(
          "incompatible_argument_type",
          `${macro.functionDesc} argument must be compatible type, got '${l}' and '${r}'`,
          macro.arg
        );
      }
    })
  );
}

// node_modules/@marcbachmann/cel-js/lib/globals.js
var hasOwn = Object.hasOwn;
var objKeys = Object.keys;
var objFreeze = Object.freeze;
var objEntries = Object.entries;
var isArray = Array.isArray;
var arrayFrom = Array.from;
var MIN_UINT = 0n;
var MAX_UINT = 18446744073709551615n;
var MAX_INT = 9223372036854775807n;
var MIN_INT = -9223372036854775808n;
function isAsync(fn, fallback) {
  if (fn?.[Symbol.toStringTag] === "AsyncFunction") return true;
  return typeof fallback === "boolean" ? fallback : true;
}
var RESERVED = /* @__PURE__ */ new Set([
  "as",
  "break",
  "const",
  "continue",
  "else",
  "for",
  "function",
  "if",
  "import",
  "let",
  "loop",
  "package",
  "namespace",
  "return",
  "var",
  "void",
  "while",
  "__proto__",
  "prototype"
]);

// node_modules/@marcbachmann/cel-js/lib/functions.js
var UnsignedInt = class {
  #value;
  constructor(value) {
    this.verify(typeof value === "bigint" ? value : BigInt(value));
  }
  get value() {
    return this.#value;
  }
  valueOf() {
    return this.#value;
  }
  toString() {
    return `${this.#value}`;
  }
  verify(v) {
    if (v < MIN_UINT || v > MAX_UINT) {
      throw evaluationError("numeric_overflow", "Unsigned integer overflow");
    }
    this.#value = v;
  }
  get [Symbol.toStringTag]() {
    return `value = ${this.#value}`;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return `UnsignedInteger { value: ${this.#value} }`;
  }
};
var billion = 1e9;
var billionBigInt = 1000000000n;
var UNIT_NANOSECONDS = {
  h: 3600000000000n,
  m: 60000000000n,
  s: billionBigInt,
  ms: 1000000n,
  us: 1000n,
  µs: 1000n,
  ns: 1n
};
var Duration = class _Duration {
  #seconds;
  #nanos;
  constructor(seconds, nanos = 0) {
    this.#seconds = BigInt(seconds);
    this.#nanos = nanos;
  }
  get seconds() {
    return this.#seconds;
  }
  get nanos() {
    return this.#nanos;
  }
  valueOf() {
    return Number(this.#seconds) * 1e3 + this.#nanos / 1e6;
  }
  static fromMilliseconds(ms) {
    const totalNanos = BigInt(Math.trunc(ms * 1e6));
    const seconds = totalNanos / billionBigInt;
    const nanos = Number(totalNanos % billionBigInt);
    return new _Duration(seconds, nanos);
  }
  addDuration(other) {
    const nanos = this.#nanos + other.nanos;
    return new _Duration(
      this.#seconds + other.seconds + BigInt(Math.floor(nanos / billion)),
      nanos % billion
    );
  }
  subtractDuration(other) {
    const nanos = this.#nanos - other.nanos;
    return new _Duration(
      this.#seconds - other.seconds + BigInt(Math.floor(nanos / billion)),
      (nanos + billion) % billion
    );
  }
  extendTimestamp(ts) {
    return new Date(
      ts.getTime() + Number(this.#seconds) * 1e3 + Math.floor(this.#nanos / 1e6)
    );
  }
  subtractTimestamp(ts) {
    return new Date(
      ts.getTime() - Number(this.#seconds) * 1e3 - Math.floor(this.#nanos / 1e6)
    );
  }
  toString() {
    const nanos = this.#nanos ? (this.#nanos / billion).toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 9 }).slice(1) : "";
    return `${this.#seconds}${nanos}s`;
  }
  getHours() {
    return this.#seconds / 3600n;
  }
  getMinutes() {
    return this.#seconds / 60n;
  }
  getSeconds() {
    return this.#seconds;
  }
  getMilliseconds() {
    return this.#seconds * 1000n + BigInt(Math.floor(this.#nanos / 1e6));
  }
  get [Symbol.toStringTag]() {
    return "google.protobuf.Duration";
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return `google.protobuf.Duration { seconds: ${this.#seconds}, nanos: ${this.#nanos} }`;
  }
};
function registerFunctions(registry) {
  const sync = { async: false };
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler, sync);
  const identity2 = (v) => v;
  functionOverload("dyn(dyn): dyn", identity2);
  for (const _t in TYPES) {
    const type = TYPES[_t];
    if (!(type instanceof Type)) continue;
    functionOverload(`type(${type.name}): type`, () => type);
  }
  functionOverload("bool(bool): bool", identity2);
  functionOverload("bool(string): bool", (v) => {
    switch (v) {
      case "1":
      case "t":
      case "true":
      case "TRUE":
      case "True":
        return true;
      case "0":
      case "f":
      case "false":
      case "FALSE":
      case "False":
        return false;
      default:
        throw evaluationError(
          "bool_conversion_error",
          `bool() conversion error: invalid string value "${v}"`
        );
    }
  });
  functionOverload("size(string): int", (v) => BigInt(stringSize(v)));
  functionOverload("size(bytes): int", (v) => BigInt(v.length));
  functionOverload("size(list): int", (v) => BigInt(v.length ?? v.size));
  functionOverload("size(map): int", (v) => BigInt(v instanceof Map ? v.size : objKeys(v).length));
  functionOverload("string.size(): int", (v) => BigInt(stringSize(v)));
  functionOverload("bytes.size(): int", (v) => BigInt(v.length));
  functionOverload("list.size(): int", (v) => BigInt(v.length ?? v.size));
  functionOverload("map.size(): int", (v) => BigInt(v instanceof Map ? v.size : objKeys(v).length));
  functionOverload("bytes(string): bytes", (v) => ByteOpts.fromString(v));
  functionOverload("bytes(bytes): bytes", identity2);
  functionOverload("double(double): double", identity2);
  functionOverload("double(int): double", (v) => Number(v));
  functionOverload("double(uint): double", (v) => Number(v));
  functionOverload("double(string): double", (v) => {
    if (!v || v !== v.trim())
      throw evaluationError(
        "double_conversion_error",
        "double() type error: cannot convert to double"
      );
    const s = v.toLowerCase();
    switch (s) {
      case "inf":
      case "+inf":
      case "infinity":
      case "+infinity":
        return Number.POSITIVE_INFINITY;
      case "-inf":
      case "-infinity":
        return Number.NEGATIVE_INFINITY;
      case "nan":
        return Number.NaN;
      default: {
        const parsed = Number(v);
        if (!Number.isNaN(parsed)) return parsed;
        throw evaluationError(
          "double_conversion_error",
          "double() type error: cannot convert to double"
        );
      }
    }
  });
  functionOverload("int(int): int", identity2);
  functionOverload("int(double): int", (v) => {
    if (Number.isFinite(v)) return BigInt(Math.trunc(v));
    throw evaluationError("numeric_overflow", "int() type error: integer overflow");
  });
  functionOverload("int(string): int", (v) => {
    if (v !== v.trim() || v.length > 20 || v.includes("0x")) {
      throw evaluationError("int_conversion_error", "int() type error: cannot convert to int");
    }
    try {
      const num = BigInt(v);
      if (num <= MAX_INT && num >= MIN_INT) return num;
    } catch (_e) {
    }
    throw evaluationError("int_conversion_error", "int() type error: cannot convert to int");
  });
  functionOverload("uint(uint): uint", identity2);
  functionOverload("uint(int): uint", (v) => {
    try {
      return new UnsignedInt(v);
    } catch (e) {
      throw evaluationError("uint_conversion_error", "uint() type error: cannot convert to uint");
    }
  });
  functionOverload("uint(double): uint", (v) => {
    try {
      return new UnsignedInt(Math.trunc(v));
    } catch (e) {
      throw evaluationError("numeric_overflow", "uint() type error: unsigned integer overflow");
    }
  });
  functionOverload("uint(string): uint", (v) => {
    if (v !== v.trim() || v.length > 20 || v.includes("0x")) {
      throw evaluationError("uint_conversion_error", "uint() type error: cannot convert to uint");
    }
    try {
      return new UnsignedInt(v);
    } catch (e) {
      throw evaluationError("uint_conversion_error", "uint() type error: cannot convert to uint");
    }
  });
  functionOverload("string(string): string", identity2);
  functionOverload("string(bool): string", (v) => `${v}`);
  functionOverload("string(int): string", (v) => `${v}`);
  functionOverload("string(uint): string", (v) => `${v}`);
  functionOverload("string(bytes): string", (v) => ByteOpts.toUtf8(v));
  functionOverload("string(double): string", (v) => {
    if (v === Infinity) return "+Inf";
    if (v === -Infinity) return "-Inf";
    return `${v}`;
  });
  functionOverload("string.startsWith(string): bool", (a, b) => a.startsWith(b));
  functionOverload("string.endsWith(string): bool", (a, b) => a.endsWith(b));
  functionOverload("string.contains(string): bool", (a, b) => a.includes(b));
  functionOverload("string.lowerAscii(): string", (a) => a.toLowerCase());
  functionOverload("string.upperAscii(): string", (a) => a.toUpperCase());
  functionOverload("string.trim(): string", (a) => a.trim());
  functionOverload(
    "string.indexOf(string): int",
    (string, search) => BigInt(string.indexOf(search))
  );
  functionOverload("string.indexOf(string, int): int", (string, search, fromIndex) => {
    if (search === "") return fromIndex;
    fromIndex = Number(fromIndex);
    if (fromIndex < 0 || fromIndex >= string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.indexOf(search, fromIndex): fromIndex out of range"
      );
    }
    return BigInt(string.indexOf(search, fromIndex));
  });
  functionOverload(
    "string.lastIndexOf(string): int",
    (string, search) => BigInt(string.lastIndexOf(search))
  );
  functionOverload("string.lastIndexOf(string, int): int", (string, search, fromIndex) => {
    if (search === "") return fromIndex;
    fromIndex = Number(fromIndex);
    if (fromIndex < 0 || fromIndex >= string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.lastIndexOf(search, fromIndex): fromIndex out of range"
      );
    }
    return BigInt(string.lastIndexOf(search, fromIndex));
  });
  functionOverload("string.substring(int): string", (string, start) => {
    start = Number(start);
    if (start < 0 || start > string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.substring(start, end): start index out of range"
      );
    }
    return string.substring(start);
  });
  functionOverload("string.substring(int, int): string", (string, start, end) => {
    start = Number(start);
    if (start < 0 || start > string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.substring(start, end): start index out of range"
      );
    }
    end = Number(end);
    if (end < start || end > string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.substring(start, end): end index out of range"
      );
    }
    return string.substring(start, end);
  });
  functionOverload("string.matches(string): bool", (a, b) => {
    try {
      return new RegExp(b).test(a);
    } catch (_err) {
      throw evaluationError("invalid_regular_expression", `Invalid regular expression: ${b}`);
    }
  });
  functionOverload("string.split(string): list<string>", (s, sep) => s.split(sep));
  functionOverload("string.split(string, int): list<string>", (s, sep, l) => {
    l = Number(l);
    if (l === 0) return [];
    const parts = s.split(sep);
    if (l < 0 || parts.length <= l) return parts;
    const limited = parts.slice(0, l - 1);
    limited.push(parts.slice(l - 1).join(sep));
    return limited;
  });
  functionOverload("list<string>.join(): string", (v) => {
    for (let i = 0; i < v.length; i++) {
      if (typeof v[i] !== "string") {
        throw evaluationError(
          "invalid_list_element_type",
          "string.join(): list must contain only strings"
        );
      }
    }
    return v.join("");
  });
  functionOverload("list<string>.join(string): string", (v, sep) => {
    for (let i = 0; i < v.length; i++) {
      if (typeof v[i] !== "string") {
        throw evaluationError(
          "invalid_list_element_type",
          "string.join(separator): list must contain only strings"
        );
      }
    }
    return v.join(sep);
  });
  const textEncoder = new TextEncoder("utf8");
  const textDecoder = new TextDecoder("utf8");
  const ByteOpts = typeof Buffer !== "undefined" ? {
    byteLength: (v) => Buffer.byteLength(v),
    fromString: (str) => Buffer.from(str, "utf8"),
    toHex: (b) => Buffer.prototype.hexSlice.call(b, 0, b.length),
    toBase64: (b) => Buffer.prototype.base64Slice.call(b, 0, b.length),
    toUtf8: (b) => Buffer.prototype.utf8Slice.call(b, 0, b.length),
    jsonParse: (b) => JSON.parse(b)
  } : {
    textEncoder: new TextEncoder("utf8"),
    byteLength: (v) => textEncoder.encode(v).length,
    fromString: (str) => textEncoder.encode(str),
    toHex: Uint8Array.prototype.toHex ? (b) => b.toHex() : (b) => arrayFrom(b, (i) => i.toString(16).padStart(2, "0")).join(""),
    toBase64: Uint8Array.prototype.toBase64 ? (b) => b.toBase64() : (b) => btoa(arrayFrom(b, (i) => String.fromCodePoint(i)).join("")),
    toUtf8: (b) => textDecoder.decode(b),
    jsonParse: (b) => JSON.parse(textEncoder.decode(b))
  };
  functionOverload("bytes.json(): map", ByteOpts.jsonParse);
  functionOverload("bytes.hex(): string", ByteOpts.toHex);
  functionOverload("bytes.string(): string", ByteOpts.toUtf8);
  functionOverload("bytes.base64(): string", ByteOpts.toBase64);
  functionOverload("bytes.at(int): int", (b, index) => {
    if (index < 0 || index >= b.length) {
      throw evaluationError("index_out_of_range", "Bytes index out of range");
    }
    return BigInt(b[index]);
  });
  const TS = "google.protobuf.Timestamp";
  const GPD = "google.protobuf.Duration";
  const TimestampType = registry.registerType(TS, Date).typeType;
  const DurationType = registry.registerType(GPD, Duration).typeType;
  registry.registerConstant("google", "map<string, map<string, type>>", {
    protobuf: { Duration: DurationType, Timestamp: TimestampType }
  });
  function tzDate(d, timeZone) {
    return new Date(d.toLocaleString("en-US", { timeZone }));
  }
  function getDayOfYear(d, tz) {
    const workingDate = tz ? tzDate(d, tz) : new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    const start = new Date(workingDate.getFullYear(), 0, 0);
    return BigInt(Math.floor((workingDate - start) / 864e5) - 1);
  }
  functionOverload(`timestamp(string): ${TS}`, (v) => {
    if (v.length < 20 || v.length > 30) {
      throw evaluationError("invalid_timestamp", "timestamp() requires a string in ISO 8601 format");
    }
    const d = new Date(v);
    if (d <= 253402300799999 && d >= -621355968e5) return d;
    throw evaluationError("invalid_timestamp", "timestamp() requires a string in ISO 8601 format");
  });
  functionOverload(`timestamp(int): ${TS}`, (i) => {
    i = Number(i) * 1e3;
    if (i <= 253402300799999 && i >= -621355968e5) return new Date(i);
    throw evaluationError(
      "invalid_timestamp",
      "timestamp() requires a valid integer unix timestamp"
    );
  });
  functionOverload(`${TS}.getDate(): int`, (d) => BigInt(d.getUTCDate()));
  functionOverload(`${TS}.getDate(string): int`, (d, tz) => BigInt(tzDate(d, tz).getDate()));
  functionOverload(`${TS}.getDayOfMonth(): int`, (d) => BigInt(d.getUTCDate() - 1));
  functionOverload(
    `${TS}.getDayOfMonth(string): int`,
    (d, tz) => BigInt(tzDate(d, tz).getDate() - 1)
  );
  functionOverload(`${TS}.getDayOfWeek(): int`, (d) => BigInt(d.getUTCDay()));
  functionOverload(`${TS}.getDayOfWeek(string): int`, (d, tz) => BigInt(tzDate(d, tz).getDay()));
  functionOverload(`${TS}.getDayOfYear(): int`, getDayOfYear);
  functionOverload(`${TS}.getDayOfYear(string): int`, getDayOfYear);
  functionOverload(`${TS}.getFullYear(): int`, (d) => BigInt(d.getUTCFullYear()));
  functionOverload(`${TS}.getFullYear(string): int`, (d, tz) => BigInt(tzDate(d, tz).getFullYear()));
  functionOverload(`${TS}.getHours(): int`, (d) => BigInt(d.getUTCHours()));
  functionOverload(`${TS}.getHours(string): int`, (d, tz) => BigInt(tzDate(d, tz).getHours()));
  functionOverload(`${TS}.getMilliseconds(): int`, (d) => BigInt(d.getUTCMilliseconds()));
  functionOverload(`${TS}.getMilliseconds(string): int`, (d) => BigInt(d.getUTCMilliseconds()));
  functionOverload(`${TS}.getMinutes(): int`, (d) => BigInt(d.getUTCMinutes()));
  functionOverload(`${TS}.getMinutes(string): int`, (d, tz) => BigInt(tzDate(d, tz).getMinutes()));
  functionOverload(`${TS}.getMonth(): int`, (d) => BigInt(d.getUTCMonth()));
  functionOverload(`${TS}.getMonth(string): int`, (d, tz) => BigInt(tzDate(d, tz).getMonth()));
  functionOverload(`${TS}.getSeconds(): int`, (d) => BigInt(d.getUTCSeconds()));
  functionOverload(`${TS}.getSeconds(string): int`, (d, tz) => BigInt(tzDate(d, tz).getSeconds()));
  const parseDurationPattern = /(\d*\.?\d*)(ns|us|µs|ms|s|m|h)/;
  function parseDuration(string) {
    if (!string) throw evaluationError("invalid_duration", `Invalid duration string: ''`);
    const isNegative = string[0] === "-";
    if (string[0] === "-" || string[0] === "+") string = string.slice(1);
    let nanoseconds = BigInt(0);
    while (true) {
      const match = parseDurationPattern.exec(string);
      if (!match) throw evaluationError("invalid_duration", `Invalid duration string: ${string}`);
      if (match.index !== 0)
        throw evaluationError("invalid_duration", `Invalid duration string: ${string}`);
      string = string.slice(match[0].length);
      const unitNanos = UNIT_NANOSECONDS[match[2]];
      const [intPart = "0", fracPart = ""] = match[1].split(".");
      const intVal = BigInt(intPart) * unitNanos;
      const fracNanos = fracPart ? BigInt(fracPart.slice(0, 13).padEnd(13, "0")) * unitNanos / 10000000000000n : 0n;
      nanoseconds += intVal + fracNanos;
      if (string === "") break;
    }
    const seconds = nanoseconds >= billionBigInt ? nanoseconds / billionBigInt : 0n;
    const nanos = Number(nanoseconds % billionBigInt);
    if (isNegative) return new Duration(-seconds, -nanos);
    return new Duration(seconds, nanos);
  }
  functionOverload(`duration(string): google.protobuf.Duration`, (s) => parseDuration(s));
  functionOverload(`google.protobuf.Duration.getHours(): int`, (d) => d.getHours());
  functionOverload(`google.protobuf.Duration.getMinutes(): int`, (d) => d.getMinutes());
  functionOverload(`google.protobuf.Duration.getSeconds(): int`, (d) => d.getSeconds());
  functionOverload(`google.protobuf.Duration.getMilliseconds(): int`, (d) => d.getMilliseconds());
  register(registry);
}
function stringSize(str) {
  let count = 0;
  for (const c of str) count++;
  return count;
}

// node_modules/@marcbachmann/cel-js/lib/registry.js
var Type = class {
  #name;
  constructor(name) {
    this.#name = name;
    objFreeze(this);
  }
  get name() {
    return this.#name;
  }
  get [Symbol.toStringTag]() {
    return `Type<${this.#name}>`;
  }
  toString() {
    return `Type<${this.#name}>`;
  }
};
var TYPES = {
  string: new Type("string"),
  bool: new Type("bool"),
  int: new Type("int"),
  uint: new Type("uint"),
  double: new Type("double"),
  map: new Type("map"),
  list: new Type("list"),
  bytes: new Type("bytes"),
  null_type: new Type("null"),
  type: new Type("type")
};
var optionalType = new Type("optional");
var valueTypeMatchers = {
  dyn(v, ev) {
    switch (typeof v) {
      case "string":
      case "bigint":
      case "number":
      case "boolean":
        return true;
      case "object":
        switch (v ? v.constructor : v) {
          case null:
          case void 0:
          case Object:
          case Map:
          case Array:
          case Set:
            return true;
          default:
            if (ev.objectTypesByConstructor.get(v.constructor)) return true;
        }
    }
    return !!ev.debugType(v);
  },
  string(v) {
    return typeof v === "string";
  },
  int(v) {
    return typeof v === "bigint";
  },
  double(v) {
    return typeof v === "number";
  },
  bool(v) {
    return typeof v === "boolean";
  },
  null(v) {
    return v === null;
  },
  bytes(v) {
    return v instanceof Uint8Array;
  },
  uint(v) {
    return v instanceof UnsignedInt;
  },
  type(v) {
    return v instanceof Type;
  },
  list(v) {
    switch (v?.constructor) {
      case Array:
      case Set:
        return true;
      default:
        return false;
    }
  },
  map(v) {
    switch (typeof v === "object" && v ? v.constructor : null) {
      case void 0:
      case Object:
      case Map:
        return true;
      default:
        return false;
    }
  },
  optional(v) {
    return v instanceof Optional;
  },
  message(v, ev) {
    return this === ev.debugType(v);
  }
};
valueTypeMatchers.param = valueTypeMatchers.dyn;
var TypeDeclaration = class {
  #matchesCache = /* @__PURE__ */ new WeakMap();
  constructor({ kind, type, name, keyType, valueType }) {
    this.kind = kind;
    this.type = type;
    this.name = name;
    this.keyType = keyType;
    this.valueType = valueType;
    this.unwrappedType = kind === "dyn" && valueType ? valueType.unwrappedType : this;
    this.wrappedType = kind === "dyn" ? this : _createDynType(this.unwrappedType);
    this.hasDynType = this.kind === "dyn" || this.valueType?.hasDynType || this.keyType?.hasDynType || false;
    this.hasPlaceholderType = this.kind === "param" || this.keyType?.hasPlaceholderType || this.valueType?.hasPlaceholderType || false;
    if (kind === "list") this.fieldLazy = this.#getListField;
    else if (kind === "map") this.fieldLazy = this.#getMapField;
    else if (kind === "message") this.fieldLazy = this.#getMessageField;
    else if (kind === "optional") this.fieldLazy = this.#getOptionalField;
    this.matchesValueType = valueTypeMatchers[name] || valueTypeMatchers[kind];
    objFreeze(this);
  }
  isDynOrBool() {
    return this.type === "bool" || this.kind === "dyn";
  }
  isEmpty() {
    return this.valueType && this.valueType.kind === "param";
  }
  unify(r, t2) {
    const t1 = this;
    if (t1 === t2 || t1.kind === "dyn" || t2.kind === "param") return t1;
    if (t2.kind === "dyn" || t1.kind === "param") return t2;
    if (t1.kind !== t2.kind) return null;
    if (!(t1.hasPlaceholderType || t2.hasPlaceholderType || t1.hasDynType || t2.hasDynType))
      return null;
    const valueType = t1.valueType.unify(r, t2.valueType);
    if (!valueType) return null;
    switch (t1.kind) {
      case "optional":
        return r.getOptionalType(valueType);
      case "list":
        return r.getListType(valueType);
      case "map":
        const keyType = t1.keyType.unify(r, t2.keyType);
        return keyType ? r.getMapType(keyType, valueType) : null;
    }
  }
  templated(r, bind) {
    if (!this.hasPlaceholderType) return this;
    switch (this.kind) {
      case "dyn":
        return this.valueType.templated(r, bind);
      case "param":
        return bind?.get(this.name) || this;
      case "map":
        return r.getMapType(this.keyType.templated(r, bind), this.valueType.templated(r, bind));
      case "list":
        return r.getListType(this.valueType.templated(r, bind));
      case "optional":
        return r.getOptionalType(this.valueType.templated(r, bind));
      default:
        return this;
    }
  }
  toString() {
    return this.name;
  }
  #getOptionalField(obj, key, ast, ev) {
    obj = obj instanceof Optional ? obj.orValue() : obj;
    if (obj === void 0) return OPTIONAL_NONE;
    const type = ev.debugType(obj);
    try {
      return Optional.of(type.fieldLazy(obj, key, ast, ev));
    } catch (e) {
      if (e instanceof EvaluationError) return OPTIONAL_NONE;
      throw e;
    }
  }
  #getMessageField(obj, key, ast, ev) {
    const message = obj ? ev.objectTypesByConstructor.get(obj.constructor) : void 0;
    if (!message) return;
    const type = message.fields ? message.fields[key] : dynType;
    if (!type) return void 0;
    const value = obj instanceof Map ? obj.get(key) : obj[key];
    if (value === void 0) return;
    if (type.matchesValueType(value, ev)) return value;
    throw evaluationError(
      "field_type_mismatch",
      `Field '${key}' is not of type '${type}', got '${ev.debugType(value)}'`,
      ast
    );
  }
  #getMapField(obj, key, ast, ev) {
    const value = obj instanceof Map ? obj.get(key) : obj && hasOwn(obj, key) ? obj[key] : void 0;
    if (value === void 0) return;
    if (this.valueType.matchesValueType(value, ev)) return value;
    throw evaluationError(
      "field_type_mismatch",
      `Field '${key}' is not of type '${this.valueType}', got '${ev.debugType(value)}'`,
      ast
    );
  }
  #getListElementAtIndex(list, pos) {
    switch (list?.constructor) {
      case Array:
        return list[pos];
      case Set: {
        let i = 0;
        for (const item of list) {
          if (i++ !== pos) continue;
          return item;
        }
      }
    }
  }
  #getListField(obj, key, ast, ev) {
    if (typeof key === "bigint") key = Number(key);
    else if (typeof key !== "number") return;
    const value = this.#getListElementAtIndex(obj, key);
    if (value === void 0) {
      if (!obj) return;
      throw evaluationError(
        "index_out_of_bounds",
        `No such key: index out of bounds, index ${key} ${key < 0 ? "< 0" : `>= size ${obj.length || obj.size}`}`,
        ast
      );
    }
    if (this.valueType.matchesValueType(value, ev)) return value;
    throw evaluationError(
      "list_item_type_mismatch",
      `List item with index '${key}' is not of type '${this.valueType}', got '${ev.debugType(value)}'`,
      ast
    );
  }
  fieldLazy() {
  }
  field(obj, key, ast, ev) {
    const v = this.fieldLazy(obj, key, ast, ev);
    if (v !== void 0) return v;
    throw evaluationError("no_such_key", `No such key: ${key}`, ast);
  }
  matchesBoth(other) {
    return this.matches(other) && other.matches(this);
  }
  matches(o) {
    const s = this.unwrappedType;
    o = o.unwrappedType;
    if (s === o || s.kind === "dyn" || o.kind === "dyn" || o.kind === "param") return true;
    return this.#matchesCache.get(o) ?? this.#matchesCache.set(o, this.#matches(s, o)).get(o);
  }
  #matches(s, o) {
    switch (s.kind) {
      case "dyn":
      case "param":
        return true;
      case "list":
        return o.kind === "list" && s.valueType.matches(o.valueType);
      case "map":
        return o.kind === "map" && s.keyType.matches(o.keyType) && s.valueType.matches(o.valueType);
      case "optional":
        return o.kind === "optional" && s.valueType.matches(o.valueType);
      default:
        return s.name === o.name;
    }
  }
};
var macroEvaluateErr = `have a .callAst property or .evaluate(checker, macro, ctx) method.`;
var macroTypeCheckErr = `have a .callAst property or .typeCheck(checker, macro, ctx) method.`;
function wrapMacroExpander(name, handler) {
  const p = `Macro '${name}' must`;
  return function macroExpander(opts) {
    const macro = handler(opts);
    if (!macro || typeof macro !== "object") throw new Error(`${p} return an object.`);
    if (macro.callAst) return macro;
    if (!macro.evaluate) throw new Error(`${p} ${macroEvaluateErr}`);
    if (!macro.typeCheck) throw new Error(`${p} ${macroTypeCheckErr}`);
    return macro;
  };
}
var VariableDeclaration = class {
  constructor(name, type, description, value) {
    this.name = name;
    this.type = type;
    this.description = description ?? null;
    this.constant = value !== void 0;
    this.value = value;
    objFreeze(this);
  }
};
var FunctionDeclaration = class {
  constructor({ name, receiverType, returnType, handler, description, params, async }) {
    if (typeof name !== "string") throw new Error("name must be a string");
    if (typeof handler !== "function") throw new Error("handler must be a function");
    this.name = name;
    this.async = isAsync(handler, async);
    this.receiverType = receiverType ?? null;
    this.returnType = returnType;
    this.description = description ?? null;
    this.params = params;
    this.argTypes = params.map((p) => p.type);
    this.macro = this.argTypes.includes(astType);
    const receiverString = receiverType ? `${receiverType}.` : "";
    this.signature = `${receiverString}${name}(${this.argTypes.join(", ")}): ${returnType}`;
    this.handler = this.macro ? wrapMacroExpander(this.signature, handler) : handler;
    this.partitionKey = `${receiverType ? "rcall" : "call"}:${name}:${params.length}`;
    this.hasPlaceholderType = this.returnType.hasPlaceholderType || this.receiverType?.hasPlaceholderType || this.argTypes.some((t) => t.hasPlaceholderType) || false;
    objFreeze(this);
  }
  matchesArgs(argTypes) {
    return argTypes.length === this.argTypes.length && this.argTypes.every((t, i) => t.matches(argTypes[i])) ? this : null;
  }
};
var OperatorDeclaration = class {
  constructor({ op, leftType, rightType, handler, returnType, async }) {
    this.operator = op;
    this.leftType = leftType;
    this.rightType = rightType || null;
    this.handler = handler;
    this.async = isAsync(handler, async);
    this.returnType = returnType;
    if (rightType) this.signature = `${leftType} ${op} ${rightType}: ${returnType}`;
    else this.signature = `${op}${leftType}: ${returnType}`;
    this.hasPlaceholderType = this.leftType.hasPlaceholderType || this.rightType?.hasPlaceholderType || false;
    objFreeze(this);
  }
  equals(other) {
    return this.operator === other.operator && this.leftType === other.leftType && this.rightType === other.rightType;
  }
};
function _createListType(valueType) {
  return new TypeDeclaration({
    kind: "list",
    name: `list<${valueType}>`,
    type: "list",
    valueType
  });
}
function _createPrimitiveType(name) {
  return new TypeDeclaration({ kind: "primitive", name, type: name });
}
function _createMessageType(name) {
  return new TypeDeclaration({ kind: "message", name, type: name });
}
function _createDynType(valueType) {
  const name = valueType ? `dyn<${valueType}>` : "dyn";
  return new TypeDeclaration({ kind: "dyn", name, type: name, valueType });
}
function _createOptionalType(valueType) {
  const name = `optional<${valueType}>`;
  return new TypeDeclaration({ kind: "optional", name, type: "optional", valueType });
}
function _createMapType(keyType, valueType) {
  return new TypeDeclaration({
    kind: "map",
    name: `map<${keyType}, ${valueType}>`,
    type: "map",
    keyType,
    valueType
  });
}
function _createPlaceholderType(name) {
  return new TypeDeclaration({ kind: "param", name, type: name });
}
var dynType = _createDynType();
var astType = _createPrimitiveType("ast");
var listType = _createListType(dynType);
var mapType = _createMapType(dynType, dynType);
var celTypes = {
  string: _createPrimitiveType("string"),
  bool: _createPrimitiveType("bool"),
  int: _createPrimitiveType("int"),
  uint: _createPrimitiveType("uint"),
  double: _createPrimitiveType("double"),
  bytes: _createPrimitiveType("bytes"),
  dyn: dynType,
  null: _createPrimitiveType("null"),
  type: _createPrimitiveType("type"),
  optional: _createOptionalType(dynType),
  list: listType,
  "list<dyn>": listType,
  map: mapType,
  "map<dyn, dyn>": mapType
};
for (const t of [celTypes.string, celTypes.double, celTypes.int]) {
  const list = _createListType(t);
  const map = _createMapType(celTypes.string, t);
  celTypes[list.name] = list;
  celTypes[map.name] = map;
}
Object.freeze(celTypes);
var Candidates = class {
  returnType = null;
  async = false;
  macro = false;
  #matchCache = null;
  #checkCache = null;
  /** @type {Array<FunctionDeclaration>|Array<OperatorDeclaration>} */
  declarations = [];
  constructor(registry) {
    this.registry = registry;
  }
  [Symbol.iterator]() {
    return this.declarations[Symbol.iterator]();
  }
  add(decl) {
    this.returnType = (this.returnType || decl.returnType).unify(this.registry, decl.returnType) || dynType;
    if (decl.macro) this.macro = decl;
    if (decl.async && !this.async) this.async = true;
    this.declarations.push(decl);
    this.#matchCache?.clear();
    this.#checkCache?.clear();
  }
  findFunction(argTypes, receiverType = null) {
    for (let i = 0; i < this.declarations.length; i++) {
      const match = this.#matchesFunction(this.declarations[i], argTypes, receiverType);
      if (match) return match;
    }
    return null;
  }
  findUnaryOverload(left) {
    const cached = (this.#matchCache ??= /* @__PURE__ */ new Map()).get(left);
    if (cached !== void 0) return cached;
    let value = false;
    for (const decl of this.declarations) {
      if (decl.leftType !== left) continue;
      value = decl;
      break;
    }
    this.#matchCache.set(left, value);
    return value;
  }
  findBinaryOverload(left, right) {
    if (left.kind === "dyn" && left.valueType) right = right.wrappedType;
    else if (right.kind === "dyn" && right.valueType) left = left.wrappedType;
    return (this.#matchCache ??= /* @__PURE__ */ new Map()).get(left)?.get(right) ?? this.#cacheBinary(this.#matchCache, left, right, this.#findBinaryUncached(left, right));
  }
  checkBinaryOverload(left, right) {
    return (this.#checkCache ??= /* @__PURE__ */ new Map()).get(left)?.get(right) ?? this.#cacheBinary(this.#checkCache, left, right, this.#checkBinaryUncached(left, right));
  }
  #cacheBinary(c, l, r, v) {
    return (c.get(l) || c.set(l, /* @__PURE__ */ new Map()).get(l)).set(r, v), v;
  }
  #findBinaryUncached(left, right) {
    const ops = this.#findBinaryOverloads(left, right);
    if (ops.length === 0) return false;
    if (ops.length === 1) return ops[0];
    throw new Error(`Operator overload '${ops[0].signature}' overlaps with '${ops[1].signature}'.`);
  }
  #checkBinaryUncached(left, right) {
    const ops = this.#findBinaryOverloads(left, right);
    if (ops.length === 0) return false;
    let rt = ops[0].returnType;
    for (let i = 1; i < ops.length; i++) rt = rt.unify(this.registry, ops[i].returnType) || dynType;
    return rt;
  }
  #findBinaryOverloads(leftType, rightType) {
    const nonexactMatches = [];
    for (const decl of this.declarations) {
      if (decl.leftType === leftType && decl.rightType === rightType) return [decl];
      const secondary = this.#matchBinaryOverload(decl, leftType, rightType);
      if (secondary) nonexactMatches.push(secondary);
    }
    if (nonexactMatches.length === 0) {
      const op = this.declarations[0]?.operator;
      if ((op === "==" || op === "!=") && leftType.kind === "dyn") {
        return fallbackDynEqualityMatchers[op];
      }
    }
    return nonexactMatches;
  }
  #matchBinaryOverload(decl, actualLeft, actualRight) {
    const bindings = decl.hasPlaceholderType ? /* @__PURE__ */ new Map() : null;
    const leftType = this.#matchTypeWithPlaceholders(decl.leftType, actualLeft, bindings);
    if (!leftType) return;
    const rightType = this.#matchTypeWithPlaceholders(decl.rightType, actualRight, bindings);
    if (!rightType) return;
    if ((decl.operator === "==" || decl.operator === "!=") && decl.leftType.kind === "dyn" && decl.leftType.valueType && actualLeft.kind !== "dyn" && actualRight.kind !== "dyn")
      return false;
    return decl.hasPlaceholderType ? {
      async: decl.async,
      signature: decl.signature,
      handler: decl.handler,
      leftType,
      rightType,
      returnType: decl.returnType.templated(this.registry, bindings)
    } : decl;
  }
  #matchesFunction(fn, argTypes, receiverType) {
    if (fn.hasPlaceholderType) return this.#matchWithPlaceholders(fn, argTypes, receiverType);
    if (receiverType && fn.receiverType && !receiverType.matches(fn.receiverType)) return;
    return fn.matchesArgs(argTypes);
  }
  #matchWithPlaceholders(fn, argTypes, receiverType) {
    const bindings = /* @__PURE__ */ new Map();
    if (receiverType && fn.receiverType) {
      if (!this.#matchTypeWithPlaceholders(fn.receiverType, receiverType, bindings)) {
        return null;
      }
    }
    for (let i = 0; i < argTypes.length; i++) {
      if (!this.#matchTypeWithPlaceholders(fn.argTypes[i], argTypes[i], bindings)) {
        return null;
      }
    }
    return {
      async: fn.async,
      handler: fn.handler,
      signature: fn.signature,
      returnType: fn.returnType.templated(this.registry, bindings)
    };
  }
  #matchTypeWithPlaceholders(declared, actual, bindings) {
    if (!declared.hasPlaceholderType) return actual.matches(declared) ? actual : null;
    const treatAsDyn = actual.kind === "dyn";
    if (!this.#collectPlaceholderBindings(declared, actual, bindings, treatAsDyn)) return null;
    if (treatAsDyn) return actual;
    return actual.matches(declared.templated(this.registry, bindings)) ? actual : null;
  }
  #collectPlaceholderBindings(dec, act, bind, fromDyn = false) {
    if (!dec.hasPlaceholderType) return true;
    if (!act) return false;
    const asDyn = fromDyn || act.kind === "dyn";
    act = act.unwrappedType;
    switch (dec.kind) {
      case "param": {
        const type = asDyn ? dynType : act;
        const existing = bind.get(dec.name);
        if (!existing) return bind.set(dec.name, type) && true;
        return existing.kind === "dyn" || type.kind === "dyn" ? true : existing.matchesBoth(type);
      }
      case "list": {
        if (act.name === "dyn") act = dec;
        if (act.kind !== "list") return false;
        return this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn);
      }
      case "map": {
        if (act.name === "dyn") act = dec;
        if (act.kind !== "map") return false;
        return this.#collectPlaceholderBindings(dec.keyType, act.keyType, bind, asDyn) && this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn);
      }
      case "optional": {
        if (act.name === "dyn") act = dec;
        if (act.kind !== "optional") return false;
        return this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn);
      }
    }
    return true;
  }
};
function splitByComma(str) {
  const parts = [];
  let current = "";
  let depth = 0;
  for (const char of str) {
    if (char === "<") depth++;
    else if (char === ">") depth--;
    else if (char === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
      continue;
    }
    current += char;
  }
  if (current) parts.push(current.trim());
  return parts;
}
var objTypesDecls = [
  [UnsignedInt, "uint", TYPES.uint, celTypes.uint],
  [Type, "type", TYPES.type, celTypes.type],
  [Optional, "optional", optionalType, celTypes.optional],
  [Uint8Array, "bytes", TYPES.bytes, celTypes.bytes],
  ...typeof Buffer !== "undefined" ? [[Buffer, "bytes", TYPES.bytes, celTypes.bytes]] : []
].map(([ctor, name, typeType, type]) => Object.freeze({ name, typeType, type, ctor }));
var objTypes = objTypesDecls.map((t) => [t.name, t]);
var objTypesCtor = objTypesDecls.map((t) => [t.ctor, t]);
var invalidVar = (postfix) => new Error(`Invalid variable declaration: ${postfix}`);
var invalidType = (postfix) => new Error(`Invalid type declaration: ${postfix}`);
var fallbackDynEqualityMatchers = {
  "==": [{ handler: (a, b) => a === b, returnType: celTypes.bool }],
  "!=": [{ handler: (a, b) => a !== b, returnType: celTypes.bool }]
};
var Registry = class _Registry {
  #parent = null;
  #typeDeclarations;
  #ownsVariables = true;
  #operators = null;
  #functions = null;
  #operatorsByOp = null;
  #functionsByKey = null;
  #listTypes = null;
  #mapTypes = null;
  #optionalTypes = null;
  #others = null;
  #locked = false;
  constructor(opts = {}) {
    this.enableOptionalTypes = opts.enableOptionalTypes ?? false;
    this.unlistedVariablesAreDyn = opts.unlistedVariablesAreDyn ?? false;
    const parent = opts.parent instanceof _Registry ? opts.parent : null;
    if (parent) {
      this.#parent = parent;
      let opParent = parent;
      while (opParent && !opParent.#operators) opParent = opParent.#parent;
      let fnParent = parent;
      while (fnParent && !fnParent.#functions) fnParent = fnParent.#parent;
      this.#operatorsByOp = parent.#operatorsByOp;
      this.#functionsByKey = parent.#functionsByKey;
      this.#others = { operators: opParent.#operators, functions: fnParent.#functions };
      this.objectTypes = new Map(parent.objectTypes);
      this.objectTypesByConstructor = new Map(parent.objectTypesByConstructor);
      this.variables = parent.variables;
      this.#ownsVariables = false;
      this.#typeDeclarations = parent.#typeDeclarations;
      this.#listTypes = parent.#listTypes;
      this.#mapTypes = parent.#mapTypes;
      this.#optionalTypes = parent.#optionalTypes;
      if (this.enableOptionalTypes !== parent.enableOptionalTypes || this.unlistedVariablesAreDyn !== parent.unlistedVariablesAreDyn) {
        toggleOptionalTypes(this, this.enableOptionalTypes);
      }
    } else {
      this.#operators = [];
      this.#functions = [];
      this.objectTypes = new Map(objTypes);
      this.objectTypesByConstructor = new Map(objTypesCtor);
      this.#typeDeclarations = new Map(objEntries(celTypes));
      this.#listTypes = /* @__PURE__ */ new Map();
      this.#mapTypes = /* @__PURE__ */ new Map();
      this.#optionalTypes = /* @__PURE__ */ new Map();
      this.variables = /* @__PURE__ */ new Map();
      this.variables.dyn = this.unlistedVariablesAreDyn;
      for (const n in TYPES) this.registerConstant(n, "type", TYPES[n]);
    }
  }
  #ensureOwnVariables() {
    if (this.#ownsVariables) return;
    this.variables = new Map(this.variables);
    this.variables.dyn = this.unlistedVariablesAreDyn;
    this.#ownsVariables = true;
  }
  // Used by toggleOptionalTypes in optional.js to clear a variable before re-registering it
  deleteVariable(name) {
    this.#ensureOwnVariables();
    this.variables.delete(name);
  }
  #pushOperator(decl) {
    if (!this.#operators) this.#operatorsByOp = null;
    this.operatorCandidates(decl.operator).add(decl);
    this.#operators.push(decl);
  }
  #pushFunction(decl) {
    if (!this.#functions) this.#functionsByKey = null;
    this.#functionCandidates(decl.partitionKey).add(decl);
    this.#functions.push(decl);
  }
  #ensureCandiate(c, key) {
    return c.get(key) || c.set(key, new Candidates(this)).get(key);
  }
  #getOperators() {
    if (this.#operators) return this.#operators;
    return this.#operators = [...this.#others.operators];
  }
  #getFunctions() {
    if (this.#functions) return this.#functions;
    return this.#functions = [...this.#others.functions];
  }
  operatorCandidates(op) {
    if (this.#operatorsByOp) return this.#ensureCandiate(this.#operatorsByOp, op);
    const c = this.#operatorsByOp = /* @__PURE__ */ new Map();
    for (const decl of this.#getOperators()) this.#ensureCandiate(c, decl.operator).add(decl);
    return this.#ensureCandiate(c, op);
  }
  functionCandidates(rec, name, argLen) {
    return this.#functionCandidates(`${rec ? "rcall" : "call"}:${name}:${argLen}`);
  }
  #functionCandidates(key) {
    if (this.#functionsByKey) return this.#ensureCandiate(this.#functionsByKey, key);
    const c = this.#functionsByKey = /* @__PURE__ */ new Map();
    for (const decl of this.#getFunctions()) this.#ensureCandiate(c, decl.partitionKey).add(decl);
    return this.#ensureCandiate(c, key);
  }
  registerVariable(name, type, opts) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    let description = opts?.description;
    let value;
    if (typeof name === "string" && typeof type === "object" && !(type instanceof TypeDeclaration)) {
      description = type.description;
      value = type.value;
      if (type.schema) type = this.registerType({ name: `$${name}`, schema: type.schema }).type;
      else type = type.type;
    } else if (typeof name === "object") {
      if (name.schema) type = this.registerType({ name: `$${name.name}`, schema: name.schema }).type;
      else type = name.type;
      description = name.description;
      value = name.value;
      name = name.name;
    }
    if (typeof name !== "string" || !name) throw invalidVar(`name must be a string`);
    if (RESERVED.has(name)) throw invalidVar(`'${name}' is a reserved name`);
    if (this.variables.get(name) !== void 0) throw invalidVar(`'${name}' is already registered`);
    if (typeof type === "string") type = this.getType(type);
    else if (!(type instanceof TypeDeclaration)) throw invalidVar(`type is required`);
    this.#ensureOwnVariables();
    this.variables.set(name, new VariableDeclaration(name, type, description, value));
    return this;
  }
  #registerSchemaAsType(name, schema) {
    const fields = /* @__PURE__ */ Object.create(null);
    for (const key of objKeys(schema)) {
      const def = schema[key];
      if (typeof def === "object" && def) {
        fields[key] = this.registerType({ name: `${name}.${key}`, schema: def }).type.name;
      } else if (typeof def === "string") {
        fields[key] = def;
      } else {
        throw new Error(`Invalid field definition for '${name}.${key}'`);
      }
    }
    return fields;
  }
  registerConstant(name, type, value) {
    if (typeof name === "object") this.registerVariable(name);
    else this.registerVariable({ name, type, value });
    return this;
  }
  getType(typename) {
    return this.#parseTypeString(typename, true);
  }
  getListType(type) {
    return this.#listTypes.get(type) || this.#listTypes.set(type, this.#parseTypeString(`list<${type}>`, true)).get(type);
  }
  getMapType(a, b) {
    return this.#mapTypes.get(a)?.get(b) || (this.#mapTypes.get(a) || this.#mapTypes.set(a, /* @__PURE__ */ new Map()).get(a)).set(b, this.#parseTypeString(`map<${a}, ${b}>`, true)).get(b);
  }
  getOptionalType(type) {
    return this.#optionalTypes.get(type) || this.#optionalTypes.set(type, this.#parseTypeString(`optional<${type}>`, true)).get(type);
  }
  assertType(typename, type, signature2) {
    try {
      return this.#parseTypeString(typename, true);
    } catch (e) {
      e.message = `Invalid ${type} '${e.unknownType || typename}' in '${signature2}'`;
      throw e;
    }
  }
  getFunctionType(typename) {
    if (typename === "ast") return astType;
    const t = this.#parseTypeString(typename, true);
    if (t.kind === "dyn" && t.valueType) throw new Error(`type '${t.name}' is not supported`);
    return t;
  }
  registerType(name, _d) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    if (typeof name === "object") _d = name, name = _d.fullName || _d.name || _d.ctor?.name;
    if (typeof name === "string" && name[0] === ".") name = name.slice(1);
    if (typeof name !== "string" || name.length < 2 || RESERVED.has(name)) {
      throw invalidType(`name '${name}' is not valid`);
    }
    if (this.objectTypes.has(name)) throw invalidType(`type '${name}' already registered`);
    const type = this.#parseTypeString(name, false);
    if (type.kind !== "message") throw invalidType(`type '${name}' is not valid`);
    const decl = {
      name,
      typeType: new Type(name),
      type,
      ctor: typeof _d === "function" ? _d : _d?.ctor,
      convert: typeof _d === "function" ? void 0 : _d?.convert,
      fields: typeof _d?.schema === "object" ? this.#normalizeFields(name, this.#registerSchemaAsType(name, _d.schema)) : this.#normalizeFields(name, typeof _d === "function" ? void 0 : _d?.fields)
    };
    if (typeof decl.ctor !== "function") {
      if (!decl.fields) throw invalidType(`type '${name}' requires a constructor or fields`);
      Object.assign(decl, this.#createDefaultConvert(name, decl.fields));
    }
    this.objectTypes.set(name, Object.freeze(decl));
    this.objectTypesByConstructor.set(decl.ctor, decl);
    this.registerFunctionOverload(`type(${name}): type`, () => decl.typeType, { async: false });
    return decl;
  }
  /** @returns {TypeDeclaration} */
  #parseTypeString(typeStr, requireKnownTypes = true) {
    let match = this.#typeDeclarations.get(typeStr);
    if (match) return match;
    if (typeof typeStr !== "string" || !typeStr.length) {
      throw new Error(`Invalid type: must be a string`);
    }
    match = typeStr.match(/^[A-Z]$/);
    if (match) return this.#createDeclaration(_createPlaceholderType, typeStr, typeStr);
    match = typeStr.match(/^(dyn|list|map|optional)<(.+)>$/);
    if (!match) {
      if (requireKnownTypes) {
        const err = new Error(`Unknown type: ${typeStr}`);
        err.unknownType = typeStr;
        throw err;
      }
      return this.#createDeclaration(_createMessageType, typeStr, typeStr);
    }
    const kind = match[1];
    const inner = match[2].trim();
    switch (kind) {
      case "dyn": {
        const type = this.#parseTypeString(inner, requireKnownTypes).wrappedType;
        this.#typeDeclarations.set(type.name, type);
        return type;
      }
      case "list": {
        const vType = this.#parseTypeString(inner, requireKnownTypes);
        return this.#createDeclaration(_createListType, `list<${vType}>`, vType);
      }
      case "map": {
        const parts = splitByComma(inner);
        if (parts.length !== 2) throw new Error(`Invalid map type: ${typeStr}`);
        const kType = this.#parseTypeString(parts[0], requireKnownTypes);
        const vType = this.#parseTypeString(parts[1], requireKnownTypes);
        return this.#createDeclaration(_createMapType, `map<${kType}, ${vType}>`, kType, vType);
      }
      case "optional": {
        const vType = this.#parseTypeString(inner, requireKnownTypes);
        return this.#createDeclaration(_createOptionalType, `optional<${vType}>`, vType);
      }
    }
  }
  #createDeclaration(creator, key, ...args) {
    return this.#typeDeclarations.get(key) || this.#typeDeclarations.set(key, creator(...args)).get(key);
  }
  findMacro(name, hasReceiver, argLen) {
    return this.functionCandidates(hasReceiver, name, argLen).macro;
  }
  findUnaryOverload(op, left) {
    return this.operatorCandidates(op).findUnaryOverload(left);
  }
  findBinaryOverload(op, left, right) {
    return this.operatorCandidates(op).findBinaryOverload(left, right);
  }
  #toCelFieldType(field) {
    if (typeof field === "string") return { type: field };
    if (field.id) return protobufjsFieldToCelType(field);
    return field;
  }
  #toCelFieldDeclaration(typename, fields, k, requireKnownTypes = false) {
    try {
      const field = this.#toCelFieldType(fields[k]);
      if (typeof field?.type !== "string") throw new Error(`unsupported declaration`);
      return this.#parseTypeString(field.type, requireKnownTypes);
    } catch (e) {
      e.message = `Field '${k}' in type '${typename}' has unsupported declaration: ${JSON.stringify(fields[k])}`;
      throw e;
    }
  }
  #normalizeFields(typename, fields) {
    if (!fields) return;
    const all = /* @__PURE__ */ Object.create(null);
    for (const k of objKeys(fields)) all[k] = this.#toCelFieldDeclaration(typename, fields, k);
    return all;
  }
  #createDefaultConvert(name, fields) {
    const keys = objKeys(fields);
    const conversions = /* @__PURE__ */ Object.create(null);
    for (const k of keys) {
      const type = fields[k];
      const decl = type.kind === "message" && this.objectTypes.get(type.name);
      if (decl === false) conversions[k] = false;
      else conversions[k] = decl.convert ? decl : false;
    }
    const Ctor = {
      [name]: class extends Map {
        #raw;
        constructor(v) {
          super();
          this.#raw = v;
        }
        [Symbol.iterator]() {
          if (this.size !== keys.length) for (const k of keys) this.get(k);
          return super[Symbol.iterator]();
        }
        get(field) {
          let v = super.get(field);
          if (v !== void 0 || this.has(field)) return v;
          const dec = conversions[field];
          if (dec === void 0) return;
          v = this.#raw instanceof Map ? this.#raw.get(field) : this.#raw?.[field];
          if (dec && v && typeof v === "object") {
            switch (v.constructor) {
              case void 0:
              case Object:
              case Map:
                v = dec.convert(v);
            }
          }
          return super.set(field, v), v;
        }
      }
    }[name];
    return {
      ctor: Ctor,
      convert(v) {
        if (!v) return;
        if (v.constructor === Ctor) return v;
        return new Ctor(v);
      }
    };
  }
  clone(opts) {
    this.#locked = true;
    return new _Registry({
      parent: this,
      unlistedVariablesAreDyn: opts.unlistedVariablesAreDyn,
      enableOptionalTypes: opts.enableOptionalTypes
    });
  }
  getDefinitions() {
    const variables = [];
    const functions = [];
    for (const [, varDecl] of this.variables) {
      if (!varDecl) continue;
      variables.push({
        name: varDecl.name,
        description: varDecl.description || null,
        type: varDecl.type.name
      });
    }
    for (const decl of this.#getFunctions()) {
      functions.push({
        signature: decl.signature,
        name: decl.name,
        description: decl.description,
        receiverType: decl.receiverType ? decl.receiverType.name : null,
        returnType: decl.returnType.name,
        params: decl.params.map((p) => ({
          name: p.name,
          type: p.type.name,
          description: p.description
        }))
      });
    }
    return { variables, functions };
  }
  #parseSignature(signature2) {
    if (typeof signature2 !== "string") throw new Error("Invalid signature: must be a string");
    const match = signature2.match(/^(?:([a-zA-Z0-9.<>]+)\.)?(\w+)\(([^)]*)\):(.*)$/);
    if (!match) throw new Error(`Invalid signature: ${signature2}`);
    const returnType = match[4].trim();
    if (!returnType) throw new Error(`Invalid signature: ${signature2}`);
    return {
      receiverType: match[1] || null,
      name: match[2],
      argTypes: splitByComma(match[3]),
      returnType
    };
  }
  /**
   * @param {FunctionDeclaration} a
   * @param {FunctionDeclaration} b
   */
  #functionSignatureOverlaps(a, b) {
    if (a.name !== b.name) return false;
    if (a.argTypes.length !== b.argTypes.length) return false;
    if ((a.receiverType || b.receiverType) && (!a.receiverType || !b.receiverType)) return false;
    const isDifferentReceiver = a.receiverType !== b.receiverType && a.receiverType !== dynType && b.receiverType !== dynType;
    return !isDifferentReceiver && (b.macro || a.macro || b.argTypes.every((t, i) => {
      const o = a.argTypes[i];
      return t === o || t === dynType || o === dynType;
    }));
  }
  /** @param {FunctionDeclaration} newDec */
  #checkOverlappingSignatures(newDec) {
    for (const decl of this.#functionCandidates(newDec.partitionKey)) {
      if (!this.#functionSignatureOverlaps(decl, newDec)) continue;
      throw new Error(
        `Function signature '${newDec.signature}' overlaps with existing overload '${decl.signature}'.`
      );
    }
  }
  #normalizeParam(i, aType, param) {
    if (!param) return { type: this.getFunctionType(aType), name: `arg${i}`, description: null };
    const type = param.type || aType;
    if (!type) throw new Error(`params[${i}].type is required`);
    if (aType && type !== aType) throw new Error(`params[${i}].type not equal to signature type`);
    return {
      name: param.name || `arg${i}`,
      type: this.getFunctionType(type),
      description: param.description ?? null
    };
  }
  registerFunctionOverload(s, handler, opts) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    if (typeof s === "object") opts = s;
    else if (typeof handler === "object") opts = handler;
    else if (!opts) opts = {};
    const sig = typeof s === "string" ? s : opts.signature ?? void 0;
    const parsed = sig !== void 0 ? this.#parseSignature(sig) : void 0;
    const name = parsed?.name || opts.name;
    const receiverType = parsed?.receiverType || opts.receiverType;
    const argTypes = parsed?.argTypes;
    const returnType = parsed?.returnType || opts.returnType;
    const params = opts.params;
    handler = typeof handler === "function" ? handler : opts.handler;
    let dec;
    try {
      if (!name) throw new Error(`signature or name are required`);
      if (!returnType) throw new Error(`must have a returnType`);
      if (params) {
        if (argTypes && params.length !== argTypes.length) {
          throw new Error(`mismatched length in params and args in signature`);
        }
      } else if (!argTypes) throw new Error(`signature or params are required`);
      dec = new FunctionDeclaration({
        name,
        async: opts?.async,
        receiverType: receiverType ? this.getType(receiverType) : null,
        returnType: this.getType(returnType),
        handler,
        description: opts.description,
        params: (argTypes || params).map(
          (_, i) => this.#normalizeParam(i, argTypes?.[i], params?.[i])
        )
      });
    } catch (e) {
      if (typeof sig === "string") e.message = `Invalid function declaration '${sig}': ${e.message}`;
      else if (name) e.message = `Invalid function declaration '${name}': ${e.message}`;
      else e.message = `Invalid function declaration: ${e.message}`;
      throw e;
    }
    this.#checkOverlappingSignatures(dec);
    this.#pushFunction(dec);
  }
  registerOperatorOverload(string, handler, opts) {
    const unaryParts = string.match(/^([-!])([\w.<>]+)(?::\s*([\w.<>]+))?$/);
    if (unaryParts) {
      const [, op2, operandType, returnType2] = unaryParts;
      return this.unaryOverload(op2, operandType, handler, returnType2, opts?.async);
    }
    const parts = string.match(
      /^([\w.<>]+) ([-+*%/]|==|!=|<|<=|>|>=|in) ([\w.<>]+)(?::\s*([\w.<>]+))?$/
    );
    if (!parts) throw new Error(`Operator overload invalid: ${string}`);
    const [, leftType, op, rightType, returnType] = parts;
    return this.binaryOverload(leftType, op, rightType, handler, returnType);
  }
  unaryOverload(op, typeStr, handler, returnTypeStr, async) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    const leftType = this.assertType(typeStr, "type", `${op}${typeStr}`);
    const returnType = this.assertType(
      returnTypeStr || typeStr,
      "return type",
      `${op}${typeStr}: ${returnTypeStr || typeStr}`
    );
    const d = new OperatorDeclaration({ op: `${op}_`, leftType, returnType, handler, async });
    this.#pushOperator(this.#assertOverload(d));
  }
  #hasOverload(d) {
    for (const o of this.operatorCandidates(d.operator)) if (d.equals(o)) return true;
    return false;
  }
  #assertOverload(decl) {
    if (!this.#hasOverload(decl)) return decl;
    throw new Error(`Operator overload already registered: ${decl.signature}`);
  }
  binaryOverload(leftTypeStr, op, rightTypeStr, handler, returnTypeStr, async) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    returnTypeStr ??= isRelational.has(op) ? "bool" : leftTypeStr;
    const sig = `${leftTypeStr} ${op} ${rightTypeStr}: ${returnTypeStr}`;
    let leftType = this.assertType(leftTypeStr, "left type", sig);
    let rightType = this.assertType(rightTypeStr, "right type", sig);
    const returnType = this.assertType(returnTypeStr, "return type", sig);
    if (leftType.kind === "dyn" && leftType.valueType) rightType = rightType.wrappedType;
    else if (rightType.kind === "dyn" && rightType.valueType) leftType = leftType.wrappedType;
    if (isRelational.has(op) && returnType.type !== "bool") {
      throw new Error(`Comparison operator '${op}' must return 'bool', got '${returnType.type}'`);
    }
    const dec = new OperatorDeclaration({ op, leftType, rightType, returnType, handler, async });
    if (dec.hasPlaceholderType && !(rightType.hasPlaceholderType && leftType.hasPlaceholderType)) {
      throw new Error(
        `Operator overload with placeholders must use them in both left and right types: ${sig}`
      );
    }
    this.#assertOverload(dec);
    if (op === "==") {
      const declarations = [
        new OperatorDeclaration({
          op: "!=",
          leftType,
          rightType,
          handler(a, b, ast, ev) {
            return !handler(a, b, ast, ev);
          },
          returnType,
          async
        })
      ];
      if (leftType !== rightType) {
        declarations.push(
          new OperatorDeclaration({
            op: "==",
            leftType: rightType,
            rightType: leftType,
            handler(a, b, ast, ev) {
              return handler(b, a, ast, ev);
            },
            returnType,
            async
          }),
          new OperatorDeclaration({
            op: "!=",
            leftType: rightType,
            rightType: leftType,
            handler(a, b, ast, ev) {
              return !handler(b, a, ast, ev);
            },
            returnType,
            async
          })
        );
      }
      for (const decl of declarations) this.#assertOverload(decl);
      for (const decl of declarations) this.#pushOperator(decl);
    }
    this.#pushOperator(dec);
  }
};
var isRelational = /* @__PURE__ */ new Set(["<", "<=", ">", ">=", "==", "!=", "in"]);
function createRegistry(opts) {
  return new Registry(opts);
}
var RootContext = class {
  #vars;
  #contextObj;
  #contextMap;
  #convertCache;
  constructor(registry, context) {
    this.#vars = registry.variables;
    if (context === void 0 || context === null) return;
    if (typeof context !== "object") {
      throw evaluationError("invalid_context", "Context must be an object");
    }
    if (context instanceof Map) this.#contextMap = context;
    else this.#contextObj = context;
  }
  getValue(key) {
    return this.#convertCache?.get(key) || (this.#contextObj ? this.#contextObj[key] : this.#contextMap?.get(key));
  }
  getVariable(name) {
    return this.#vars.get(name) ?? (this.#vars.dyn && !RESERVED.has(name) ? new VariableDeclaration(name, dynType) : void 0);
  }
  getCheckedValue(ev, ast) {
    const v = this.getValue(ast.args);
    if (v === void 0) throw ev.createError("unknown_variable", `Unknown variable: ${ast.args}`, ast);
    if (ast.checkedType.matchesValueType(v, ev)) return v;
    const type = ast.checkedType;
    const valueType = ev.debugType(v);
    if (type.kind === "message" && valueType.kind === "map") {
      const c = ev.objectTypes.get(type.name)?.convert?.(v);
      if (c) return (this.#convertCache ??= /* @__PURE__ */ new Map()).set(ast.args, c), c;
    }
    throw ev.createError(
      "variable_type_mismatch",
      `Variable '${ast.args}' is not of type '${type}', got '${valueType}'`,
      ast
    );
  }
  forkWithVariable(iterVar, iterType) {
    return new OverlayContext(this, iterVar, iterType);
  }
};
var OverlayContext = class _OverlayContext {
  #parent;
  accuType;
  accuValue;
  iterValue;
  constructor(parent, iterVar, iterType) {
    this.#parent = parent;
    this.iterVar = iterVar;
    this.iterType = iterType;
  }
  forkWithVariable(iterVar, iterType) {
    return new _OverlayContext(this, iterVar, iterType);
  }
  reuse(parent) {
    if (!this.async) return this.#parent = parent, this;
    const ctx = new _OverlayContext(parent, this.iterVar, this.iterType);
    ctx.accuType = this.accuType;
    return ctx;
  }
  setIterValue(v, ev) {
    if (this.iterType.matchesValueType(v, ev)) return this.iterValue = v, this;
    const type = this.iterType;
    const valueType = ev.debugType(v);
    if (type.kind === "message" && valueType.kind === "map") {
      const c = ev.objectTypes.get(type.name)?.convert?.(v);
      if (c) return this.iterValue = c, this;
    }
    throw ev.createError(
      "variable_type_mismatch",
      `Variable '${this.iterVar}' is not of type '${type}', got '${valueType}'`
    );
  }
  setAccuType(type) {
    return this.accuType = type, this;
  }
  setAccuValue(v) {
    return this.accuValue = v, this;
  }
  getValue(key) {
    return this.iterVar === key ? this.iterValue : this.#parent.getValue(key);
  }
  getCheckedValue(ev, ast) {
    if (this.iterVar === ast.args) return this.iterValue;
    return this.#parent.getCheckedValue(ev, ast);
  }
  getVariable(name) {
    if (this.iterVar === name) return new VariableDeclaration(name, this.iterType);
    return this.#parent.getVariable(name);
  }
};
function protobufjsFieldToCelType(field) {
  let fieldType;
  if (field.map) {
    const keyType = protobufjsTypeToCelType(field.keyType, field.resolvedKeyType);
    const valueType = protobufjsTypeToCelType(field.type, field.resolvedType);
    fieldType = `map<${keyType}, ${valueType}>`;
  } else {
    fieldType = protobufjsTypeToCelType(field.type, field.resolvedType);
  }
  return { type: field.repeated ? `list<${fieldType}>` : fieldType };
}
function protobufjsTypeToCelType(protoType, resolvedType) {
  switch (protoType) {
    case "string":
      return "string";
    case "bytes":
      return "bytes";
    case "bool":
      return "bool";
    // protobufjs uses JavaScript numbers for all numeric types
    case "double":
    case "float":
    case "int32":
    case "int64":
    case "sint32":
    case "sint64":
    case "sfixed32":
    case "sfixed64":
    case "uint32":
    case "uint64":
    case "fixed32":
    case "fixed64":
      return "double";
    default:
      switch (resolvedType?.constructor.name) {
        case "Type":
          return resolvedType.fullName.slice(1);
        case "Enum":
          return "int";
      }
      if (protoType?.includes(".")) return protoType;
      return "dyn";
  }
}

// node_modules/@marcbachmann/cel-js/lib/operators.js
var dynType2 = celTypes.dyn;
var Base = class {
  dynType = celTypes.dyn;
  optionalType = celTypes.optional;
  stringType = celTypes.string;
  intType = celTypes.int;
  doubleType = celTypes.double;
  boolType = celTypes.bool;
  nullType = celTypes.null;
  listType = celTypes.list;
  mapType = celTypes.map;
  constructor(opts) {
    this.opts = opts.opts;
    this.registry = opts.registry;
    this.objectTypes = this.registry.objectTypes;
    this.objectTypesByConstructor = this.registry.objectTypesByConstructor;
  }
  /**
   * Get a TypeDeclaration instance for a type name
   * @param {string} typeName - The type name (e.g., 'string', 'int', 'dyn')
   * @returns {TypeDeclaration} The type declaration instance
   */
  getType(typeName) {
    return this.registry.getType(typeName);
  }
  debugType(v) {
    switch (typeof v) {
      case "string":
        return this.stringType;
      case "bigint":
        return this.intType;
      case "number":
        return this.doubleType;
      case "boolean":
        return this.boolType;
      case "object":
        if (v === null) return this.nullType;
        switch (v.constructor) {
          case void 0:
          case Object:
          case Map:
            return this.mapType;
          case Array:
          case Set:
            return this.listType;
          default:
            return this.objectTypesByConstructor.get(v.constructor)?.type || unsupportedType(this, v.constructor?.name || typeof v);
        }
      default:
        unsupportedType(this, typeof v);
    }
  }
};
function unsupportedType(self, type) {
  throw self.createError("unsupported_type", `Unsupported type: ${type}`);
}
var maybeAsyncArray = (a) => Array.isArray(a) ? a.some((n) => n.maybeAsync) : false;
function maybeAsync(l, r, h) {
  if (r === true || r && (r?.maybeAsync || maybeAsyncArray(r))) return maybeAsyncBoth(h);
  if (l === true || l && (l?.maybeAsync || maybeAsyncArray(l))) return maybeAsyncFirst(h);
  return h;
}
function maybeAsyncBoth(handler) {
  return handler.__asyncBoth ??= function handle(a, b, c, d) {
    if (!(a instanceof Promise || b instanceof Promise)) return handler(a, b, c, d);
    if (!(b instanceof Promise)) return a.then((_a) => handler(_a, b, c, d));
    if (!(a instanceof Promise)) return b.then((_b) => handler(a, _b, c, d));
    return Promise.all([a, b]).then((p) => handler(p[0], p[1], c, d));
  };
}
function maybeAsyncFirst(handler) {
  return handler.__asyncFirst ??= function handle(a, b, c, d) {
    if (a instanceof Promise) return a.then((_a) => handler(_a, b, c, d));
    return handler(a, b, c, d);
  };
}
function checkAccessNode(chk, ast, ctx) {
  ast.right = ast.args[1];
  const leftType = chk.check(ast.left = ast.args[0], ctx);
  if (ast.op === "[]") chk.check(ast.right, ctx);
  ast.handle = maybeAsync(
    ast.left,
    ast.op === "[]" ? ast.right : false,
    leftType !== dynType2 ? fieldAccessStatic : fieldAccess
  );
  if (leftType.kind !== "optional") return chk.checkAccessOnType(ast, ctx, leftType);
  return chk.registry.getOptionalType(chk.checkAccessOnType(ast, ctx, leftType.valueType, true));
}
function checkOptionalAccessNode(chk, ast, ctx) {
  ast.right = ast.args[1];
  const leftType = chk.check(ast.left = ast.args[0], ctx);
  if (ast.op === "[?]") chk.check(ast.right, ctx);
  ast.handle = maybeAsync(ast.left, ast.op === "[?]" ? ast.right : false, oFieldAccess);
  const actualType = leftType.kind === "optional" ? leftType.valueType : leftType;
  return chk.registry.getOptionalType(chk.checkAccessOnType(ast, ctx, actualType, true));
}
var HOMOGENEOUS_PREFIX = {
  heterogeneous_list_element: "List elements must have the same type,",
  heterogeneous_map_key: "Map key uses wrong type,",
  heterogeneous_map_value: "Map value uses wrong type,"
};
function checkElementHomogenous(chk, ctx, expected, el, code) {
  const type = chk.check(el, ctx);
  if (type === expected || expected.isEmpty()) return type;
  if (type.isEmpty()) return expected;
  throw chk.createError(
    code,
    `${HOMOGENEOUS_PREFIX[code]} expected type '${chk.formatType(expected)}' but found '${chk.formatType(type)}'`,
    el
  );
}
function checkElement(chk, ctx, expected, el) {
  return expected.unify(chk.registry, chk.check(el, ctx)) || dynType2;
}
function ternaryConditionError(ev, value, node) {
  const type = ev.debugRuntimeType(value);
  return ev.createError(
    "invalid_condition_type",
    `${node.meta.label || "Ternary condition must be bool"}, got '${type}'`,
    node
  );
}
function handleTernary(c, ev, ast, ctx) {
  if (c === true) return ev.run(ast.left, ctx);
  if (c === false) return ev.run(ast.right, ctx);
  throw ternaryConditionError(ev, c, ast.condition);
}
function logicalOperandError(ev, value, node) {
  const type = ev.debugRuntimeType(value);
  return ev.createError(
    "invalid_logical_operand",
    `Logical operator requires bool operands, got '${type}'`,
    node
  );
}
function logicalValueOrErr(ev, v, node) {
  if (v instanceof Error) return v;
  return logicalOperandError(ev, v, node);
}
function _logicalOp(exp, ev, ast, left, right) {
  if (right === exp) return exp;
  if (right === !exp) {
    if (left === right) return right;
    throw logicalValueOrErr(ev, left, ast.left);
  }
  if (right instanceof Promise) return right.then((r) => _logicalOpAsync(exp, ev, ast, left, r));
  throw logicalOperandError(ev, right, ast.left);
}
function _logicalOpAsync(exp, ev, ast, left, right) {
  if (right === exp) return exp;
  if (typeof right !== "boolean") throw logicalOperandError(ev, right, ast.right);
  if (typeof left !== "boolean") throw logicalValueOrErr(ev, left, ast.left);
  return !exp;
}
function checkLogicalOp(chk, ast, ctx) {
  const leftType = chk.check(ast.left = ast.args[0], ctx);
  const rightType = chk.check(ast.right = ast.args[1], ctx);
  if (!leftType.isDynOrBool()) {
    throw chk.createError(
      "invalid_logical_operand",
      `Logical operator requires bool operands, got '${chk.formatType(leftType)}'`,
      ast
    );
  }
  if (!rightType.isDynOrBool()) {
    throw chk.createError(
      "invalid_logical_operand",
      `Logical operator requires bool operands, got '${chk.formatType(rightType)}'`,
      ast
    );
  }
  return chk.boolType;
}
function checkUnary(chk, ast, ctx) {
  const op = ast.op;
  const right = chk.check(ast.args, ctx);
  ast.candidates = chk.registry.operatorCandidates(op);
  if (right.kind === "dyn") {
    ast.handle = maybeAsync(ast.args, false, handleUnary);
    return ast.candidates.returnType;
  }
  const overload = ast.candidates.findUnaryOverload(right);
  if (!overload) {
    throw chk.createError(
      "no_such_overload",
      `no such overload: ${op[0]}${chk.formatType(right)}`,
      ast
    );
  }
  ast.handle = maybeAsync(ast.args, false, overload.handler);
  return overload.returnType;
}
function handleUnary(left, ast, ev) {
  const leftType = ev.debugRuntimeType(left, ast.args.checkedType);
  const overload = ast.candidates.findUnaryOverload(leftType);
  if (overload) return overload.handler(left);
  throw ev.createError("no_such_overload", `no such overload: ${ast.op[0]}${leftType}`, ast);
}
function evaluateUnary(ev, ast, ctx) {
  return ast.handle(ev.run(ast.args, ctx), ast, ev);
}
function checkBinary(chk, ast, ctx) {
  const op = ast.op;
  const left = chk.check(ast.left = ast.args[0], ctx);
  const right = chk.check(ast.right = ast.args[1], ctx);
  ast.candidates = chk.registry.operatorCandidates(op);
  const overload = left.hasDynType || right.hasDynType ? void 0 : ast.candidates.findBinaryOverload(left, right);
  ast.handle = maybeAsync(ast.left, ast.right, overload?.handler || handleBinary);
  if (overload) return overload.returnType;
  const type = ast.candidates.checkBinaryOverload(left, right);
  if (!left.hasDynType) ast.leftStaticType = left;
  if (!right.hasDynType) ast.rightStaticType = right;
  if (type) return type;
  throw chk.createError(
    "no_such_overload",
    `no such overload: ${chk.formatType(left)} ${op} ${chk.formatType(right)}`,
    ast
  );
}
function evaluateBinary(ev, ast, ctx) {
  return ast.handle(ev.run(ast.left, ctx), ev.run(ast.right, ctx), ast, ev);
}
function evaluateBinaryFirst(ev, ast, ctx) {
  return ast.handle(ev.run(ast.left, ctx), ast.right, ast, ev);
}
function handleBinary(left, right, ast, ev) {
  const leftType = ast.leftStaticType || ev.debugTypeDeep(left).wrappedType;
  const rightType = ast.rightStaticType || ev.debugTypeDeep(right).wrappedType;
  const overload = ast.candidates.findBinaryOverload(leftType, rightType);
  if (overload) return overload.handler(left, right, ast, ev);
  throw ev.createError(
    "no_such_overload",
    `no such overload: ${leftType} ${ast.op} ${rightType}`,
    ast
  );
}
function callFunctionHandler(handler, ev, args, ast) {
  try {
    const result = handler.apply(ev, args);
    if (result instanceof Promise) {
      return result.catch((error) => {
        throw attachErrorAst(error, ast);
      });
    }
    return result;
  } catch (error) {
    throw attachErrorAst(error, ast);
  }
}
function callFn(args, ast, ev) {
  const argAst = ast.args[1];
  const types = ast.argTypes;
  let i = argAst.length;
  while (i--) types[i] = ev.debugRuntimeType(args[i], argAst[i].checkedType);
  const decl = ast.candidates.findFunction(types);
  if (decl) return callFunctionHandler(decl.handler, ev, args, ast);
  throw ev.createError(
    "no_matching_overload",
    `found no matching overload for '${ast.args[0]}(${types.map((t) => t.unwrappedType).join(", ")})'`,
    ast
  );
}
function callRecFn(args, ev, ast) {
  const [, receiverAst, argAst] = ast.args;
  const types = ast.argTypes;
  for (let i = 0; i < types.length; i++)
    types[i] = ev.debugRuntimeType(args[i + 1], argAst[i].checkedType);
  const receiverType = ev.debugRuntimeType(args[0], receiverAst.checkedType);
  const decl = ast.candidates.findFunction(types, receiverType);
  if (decl) return callFunctionHandler(decl.handler, ev, args, ast);
  throw ev.createError(
    "no_matching_overload",
    `found no matching overload for '${receiverType.type}.${ast.args[0]}(${types.map((t) => t.unwrappedType).join(", ")})'`,
    ast
  );
}
function resolveAstArray(ev, astArray, ctx, i = astArray.length) {
  if (i === 0) return [];
  let async;
  const results = new Array(i);
  while (i--) if ((results[i] = ev.run(astArray[i], ctx)) instanceof Promise) async ??= true;
  return async ? Promise.all(results) : results;
}
function safeFromEntries(entries) {
  const obj = {};
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i];
    if (k === "__proto__" || k === "constructor" || k === "prototype") continue;
    obj[k] = v;
  }
  return obj;
}
function comprehensionElementType(chk, iterable, ctx) {
  const iterType = chk.check(iterable, ctx);
  if (iterType.kind === "dyn") return iterType;
  if (iterType.kind === "list") return iterType.valueType;
  if (iterType.kind === "map") return iterType.keyType;
  throw chk.createError(
    "invalid_comprehension_range",
    `Expression of type '${chk.formatType(
      iterType
    )}' cannot be range of a comprehension (must be list, map, or dynamic).`,
    iterable
  );
}
function toIterable(ev, args, coll) {
  if (coll instanceof Set) return [...coll];
  if (coll instanceof Map) return [...coll.keys()];
  if (coll && typeof coll === "object") return objKeys(coll);
  throw ev.createError(
    "invalid_comprehension_range",
    `Expression of type '${ev.debugType(
      coll
    )}' cannot be range of a comprehension (must be list, map, or dynamic).`,
    args.iterable
  );
}
function runQualifier(items, args, ev, ctx) {
  if (!isArray(items)) items = toIterable(ev, args, items);
  const accu = ev.run(args.init, ctx = args.iterCtx.reuse(ctx));
  ctx.accuValue = accu;
  if (ctx === args.iterCtx) return iterateQuantifier(ev, ctx, args, items, accu, 0);
  return continueQuantifier(ev, ctx, args, items, accu, 0);
}
function runComprehension(items, args, ev, ctx) {
  if (!isArray(items)) items = toIterable(ev, args, items);
  const accu = ev.run(args.init, ctx = args.iterCtx.reuse(ctx));
  ctx.accuValue = accu;
  if (ctx === args.iterCtx) return iterateLoop(ev, ctx, args, items, accu, 0);
  return continueLoop(ev, ctx, args, items, accu, 0);
}
function iterateLoop(ev, ctx, args, items, accu, i) {
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  while (i < len) {
    if (condition && !condition(accu)) break;
    accu = ev.run(step, ctx.setIterValue(items[i++], ev));
    if (accu instanceof Promise) return continueLoop(ev, ctx, args, items, accu, i);
  }
  return args.result(accu);
}
async function continueLoop(ev, ctx, args, items, accu, i) {
  if (ctx === args.iterCtx) ctx.async = true;
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  accu = await accu;
  while (i < len) {
    if (condition && !condition(accu)) return args.result(accu);
    accu = ev.run(step, ctx.setIterValue(items[i++], ev));
    if (accu instanceof Promise) accu = await accu;
  }
  return args.result(accu);
}
function iterateQuantifier(ev, ctx, args, items, accu, i, error, stp) {
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  while (i < len) {
    if (!condition(accu)) return args.result(accu);
    stp = ev.tryEval(step, ctx.setIterValue(items[i++], ev));
    if (stp instanceof Promise) return continueQuantifier(ev, ctx, args, items, accu, i, error, stp);
    if (stp instanceof Error && (error ??= stp)) continue;
    accu = stp;
  }
  if (error && condition(accu)) throw error;
  return args.result(accu);
}
async function continueQuantifier(ev, ctx, args, items, accu, i, error, stp) {
  if (ctx === args.iterCtx) ctx.async = true;
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  stp = await stp;
  if (stp instanceof Error) error ??= stp;
  else accu = stp;
  while (i < len) {
    if (!condition(accu)) return args.result(accu);
    stp = ev.tryEval(step, ctx.setIterValue(items[i++], ev));
    if (stp instanceof Promise) stp = await stp;
    if (stp instanceof Error && (error ??= stp)) continue;
    accu = stp;
  }
  if (error && condition(accu)) throw error;
  return args.result(accu);
}
function oFieldAccess(left, right, ast, ev) {
  return ev.optionalType.field(left, right, ast, ev);
}
function fieldAccessStatic(left, right, ast, ev) {
  return ast.left.checkedType.field(left, right, ast, ev);
}
var empty = /* @__PURE__ */ Object.create(null);
function fieldAccess(left, right, ast, ev) {
  switch (left?.constructor) {
    case void 0:
    case Object: {
      const v = hasOwn(left || empty, right) ? left[right] : void 0;
      if (v !== void 0) return ev.debugType(v), v;
      break;
    }
    case Map: {
      const v = left.get(right);
      if (v !== void 0) return ev.debugType(v), v;
      break;
    }
    case Array:
    case Set:
      return ev.listType.field(left, right, ast, ev);
    default:
      const t = ev.objectTypesByConstructor.get(left.constructor);
      if (t) return t.type.field(left, right, ast, ev);
      else if (typeof left === "object") unsupportedType(ev, left.constructor.name);
  }
  throw ev.createError("no_such_key", `No such key: ${right}`, ast);
}
var emptyList = () => [];
var emptyMap = () => ({});
var OPERATORS = {
  value: {
    check(chk, ast) {
      return chk.debugType(ast.args);
    },
    evaluate(_ev, ast) {
      return ast.args;
    }
  },
  id: {
    check(chk, ast, ctx) {
      const variable = ctx.getVariable(ast.args);
      if (!variable) throw chk.createError("unknown_variable", `Unknown variable: ${ast.args}`, ast);
      if (variable.constant) {
        const alternate = ast.clone(OPERATORS.value, variable.value);
        ast.setMeta("alternate", alternate);
        return chk.check(alternate, ctx);
      }
      return variable.type;
    },
    evaluate(ev, ast, ctx) {
      return ctx.getCheckedValue(ev, ast);
    }
  },
  ".": {
    alias: "fieldAccess",
    check: checkAccessNode,
    evaluate: evaluateBinaryFirst
  },
  ".?": {
    alias: "optionalFieldAccess",
    check: checkOptionalAccessNode,
    evaluate: evaluateBinaryFirst
  },
  "[]": {
    alias: "bracketAccess",
    check: checkAccessNode,
    evaluate: evaluateBinary
  },
  "[?]": {
    alias: "optionalBracketAccess",
    check: checkOptionalAccessNode,
    evaluate: evaluateBinary
  },
  call: {
    check(chk, ast, ctx) {
      const [functionName, args] = ast.args;
      const candidates = ast.candidates = chk.registry.functionCandidates(
        false,
        functionName,
        args.length
      );
      const argTypes = ast.argTypes = args.map((a) => chk.check(a, ctx));
      const decl = candidates.findFunction(argTypes);
      if (!decl) {
        throw chk.createError(
          "no_matching_overload",
          `found no matching overload for '${functionName}(${chk.formatTypeList(argTypes)})'`,
          ast
        );
      }
      const handle = argTypes.some((t) => t.hasDynType) ? callFn : decl.handler.__handle ??= (l, _ast, e) => callFunctionHandler(decl.handler, e, l, _ast);
      ast.handle = maybeAsync(args, false, handle);
      return decl.returnType;
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(resolveAstArray(ev, ast.args[1], ctx), ast, ev);
    }
  },
  rcall: {
    check(chk, ast, ctx) {
      const [methodName, receiver, args] = ast.args;
      const receiverType = chk.check(receiver, ctx);
      const candidates = ast.candidates = chk.registry.functionCandidates(
        true,
        methodName,
        args.length
      );
      const argTypes = ast.argTypes = args.map((a) => chk.check(a, ctx));
      ast.receiverWithArgs = [receiver, ...args];
      ast.handle = maybeAsync(ast.receiverWithArgs, false, callRecFn);
      if (receiverType.kind === "dyn" && candidates.returnType) return candidates.returnType;
      const decl = candidates.findFunction(argTypes, receiverType);
      if (!decl) {
        throw chk.createError(
          "no_matching_overload",
          `found no matching overload for '${receiverType.type}.${methodName}(${chk.formatTypeList(
            argTypes
          )})'`,
          ast
        );
      }
      if (!receiverType.hasPlaceholderType && !argTypes.some((t) => t.hasDynType)) {
        const fn = decl.handler;
        const handle = fn.__handle ??= (a, ev, _ast) => callFunctionHandler(fn, ev, a, _ast);
        ast.handle = maybeAsync(ast.receiverWithArgs, false, handle);
      }
      return decl.returnType;
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(resolveAstArray(ev, ast.receiverWithArgs, ctx), ev, ast);
    }
  },
  list: {
    check(chk, ast, ctx) {
      const arr = ast.args;
      const arrLen = arr.length;
      if (arrLen === 0) return ast.setMeta("evaluate", emptyList) && chk.getType("list<T>");
      let valueType = chk.check(arr[0], ctx);
      const check2 = chk.opts.homogeneousAggregateLiterals ? checkElementHomogenous : checkElement;
      for (let i = 1; i < arrLen; i++)
        valueType = check2(chk, ctx, valueType, arr[i], "heterogeneous_list_element");
      return chk.registry.getListType(valueType);
    },
    evaluate(ev, ast, ctx) {
      return resolveAstArray(ev, ast.args, ctx);
    }
  },
  map: {
    check(chk, ast, ctx) {
      const arr = ast.args;
      const arrLen = arr.length;
      if (arrLen === 0) return ast.setMeta("evaluate", emptyMap) && chk.getType("map<K, V>");
      const check2 = chk.opts.homogeneousAggregateLiterals ? checkElementHomogenous : checkElement;
      let keyType = chk.check(arr[0][0], ctx);
      let valueType = chk.check(arr[0][1], ctx);
      for (let i = 1; i < arrLen; i++) {
        const e = arr[i];
        keyType = check2(chk, ctx, keyType, e[0], "heterogeneous_map_key");
        valueType = check2(chk, ctx, valueType, e[1], "heterogeneous_map_value");
      }
      return chk.registry.getMapType(keyType, valueType);
    },
    evaluate(ev, ast, ctx) {
      const astEntries = ast.args;
      const len = astEntries.length;
      const results = new Array(len);
      let async;
      for (let i = 0; i < len; i++) {
        const e = astEntries[i];
        const k = ev.run(e[0], ctx);
        const v = ev.run(e[1], ctx);
        if (k instanceof Promise || v instanceof Promise) {
          results[i] = Promise.all([k, v]);
          async ??= true;
        } else {
          results[i] = [k, v];
        }
      }
      if (async) return Promise.all(results).then(safeFromEntries);
      return safeFromEntries(results);
    }
  },
  comprehension: {
    check(chk, ast, ctx) {
      const args = ast.args;
      args.iterCtx = ctx.forkWithVariable(args.iterVarName, comprehensionElementType(chk, args.iterable, ctx)).setAccuType(chk.check(args.init, ctx));
      const stepType = chk.check(args.step, args.iterCtx);
      const handler = args.errorsAreFatal ? runComprehension : runQualifier;
      ast.handle = maybeAsync(args.iterable, false, handler);
      if (args.kind === "quantifier") return chk.boolType;
      return stepType;
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(ev.run(ast.args.iterable, ctx), ast.args, ev, ctx);
    }
  },
  accuValue: {
    check(_chk, _ast, ctx) {
      return ctx.accuType;
    },
    evaluate(_ev, _ast, ctx) {
      return ctx.accuValue;
    }
  },
  accuInc: {
    check(_chk, _ast, ctx) {
      return ctx.accuType;
    },
    evaluate(_ev, _ast, ctx) {
      return ctx.accuValue += 1;
    }
  },
  accuPush: {
    check(chk, ast, ctx) {
      const listType2 = ctx.accuType;
      const itemType = chk.check(ast.args, ctx);
      if (!ast.args.maybeAsync) ast.setMeta("evaluate", OPERATORS.accuPush.evaluateSync);
      if (listType2.kind === "list" && listType2.valueType.kind !== "param") return listType2;
      return chk.registry.getListType(itemType);
    },
    evaluateSync(ev, ast, ctx) {
      return ctx.accuValue.push(ev.run(ast.args, ctx)), ctx.accuValue;
    },
    evaluate(ev, ast, ctx) {
      const arr = ctx.accuValue;
      const el = ev.run(ast.args, ctx);
      if (el instanceof Promise) return el.then((_e) => arr.push(_e) && arr);
      arr.push(el);
      return arr;
    }
  },
  "?:": {
    alias: "ternary",
    check(chk, ast, ctx) {
      const condast = ast.condition = ast.args[0];
      const leftast = ast.left = ast.args[1];
      const rightast = ast.right = ast.args[2];
      const condType = chk.check(condast, ctx);
      if (!condType.isDynOrBool()) {
        throw chk.createError(
          "invalid_condition_type",
          `${condast.meta.label || "Ternary condition must be bool"}, got '${chk.formatType(condType)}'`,
          condast
        );
      }
      const leftType = chk.check(leftast, ctx);
      const rightType = chk.check(rightast, ctx);
      const unified = leftType.unify(chk.registry, rightType);
      ast.handle = maybeAsync(condast, false, handleTernary);
      if (unified) return unified;
      throw chk.createError(
        "incompatible_ternary_branches",
        `Ternary branches must have the same type, got '${chk.formatType(
          leftType
        )}' and '${chk.formatType(rightType)}'`,
        ast
      );
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(ev.run(ast.condition, ctx), ev, ast, ctx);
    }
  },
  "||": {
    check: checkLogicalOp,
    evaluate(ev, ast, ctx) {
      const l = ev.tryEval(ast.left, ctx);
      if (l === true) return true;
      if (l === false) {
        const right = ev.run(ast.right, ctx);
        if (typeof right === "boolean") return right;
        return _logicalOp(true, ev, ast, l, right);
      }
      if (l instanceof Promise)
        return l.then(
          (_l) => _l === true ? _l : _logicalOp(true, ev, ast, _l, ev.run(ast.right, ctx))
        );
      return _logicalOp(true, ev, ast, l, ev.run(ast.right, ctx));
    }
  },
  "&&": {
    check: checkLogicalOp,
    evaluate(ev, ast, ctx) {
      const l = ev.tryEval(ast.left, ctx);
      if (l === false) return false;
      if (l === true) {
        const right = ev.run(ast.right, ctx);
        if (typeof right === "boolean") return right;
        return _logicalOp(false, ev, ast, l, right);
      }
      if (l instanceof Promise)
        return l.then(
          (_l) => _l === false ? _l : _logicalOp(false, ev, ast, _l, ev.run(ast.right, ctx))
        );
      return _logicalOp(false, ev, ast, l, ev.run(ast.right, ctx));
    }
  },
  "!_": { alias: "unaryNot", check: checkUnary, evaluate: evaluateUnary },
  "-_": { alias: "unaryMinus", check: checkUnary, evaluate: evaluateUnary }
};
var binaryOperators = ["!=", "==", "in", "+", "-", "*", "/", "%", "<", "<=", ">", ">="];
for (const op of binaryOperators) OPERATORS[op] = { check: checkBinary, evaluate: evaluateBinary };
for (const op of objKeys(OPERATORS)) {
  const obj = OPERATORS[op];
  obj.name = op;
  if (obj.alias) OPERATORS[obj.alias] = obj;
}

// node_modules/@marcbachmann/cel-js/lib/macros.js
var identity = (x) => x;
function assertIdentifier(node, message) {
  if (node.op === "id") return node.args;
  throw parseError("invalid_macro_argument", message, node);
}
function createMapExpander(hasFilter) {
  const functionDesc = hasFilter ? "map(var, filter, transform)" : "map(var, transform)";
  const invalidMsg = `${functionDesc} invalid predicate iteration variable`;
  const label = `${functionDesc} filter predicate must return bool`;
  return ({ args, receiver, ast: callAst }) => {
    const [iterVar, predicate, transform] = hasFilter ? args : [args[0], null, args[1]];
    let step = transform.clone(OPERATORS.accuPush, transform);
    if (predicate) {
      const accuValue = predicate.clone(OPERATORS.accuValue);
      step = predicate.clone(OPERATORS.ternary, [predicate.setMeta("label", label), step, accuValue]);
    }
    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        errorsAreFatal: true,
        iterable: receiver,
        iterVarName: assertIdentifier(iterVar, invalidMsg),
        init: callAst.clone(OPERATORS.list, []),
        step,
        result: identity
      })
    };
  };
}
function createFilterExpander() {
  const functionDesc = "filter(var, predicate)";
  const invalidMsg = `${functionDesc} invalid predicate iteration variable`;
  const label = `${functionDesc} predicate must return bool`;
  return ({ args, receiver, ast: callAst }) => {
    const iterVarName = assertIdentifier(args[0], invalidMsg);
    const accuValue = callAst.clone(OPERATORS.accuValue);
    const predicate = args[1].setMeta("label", label);
    const appendItem = callAst.clone(OPERATORS.accuPush, callAst.clone(OPERATORS.id, iterVarName));
    const step = predicate.clone(OPERATORS.ternary, [predicate, appendItem, accuValue]);
    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        errorsAreFatal: true,
        iterable: receiver,
        iterVarName,
        init: callAst.clone(OPERATORS.list, []),
        step,
        result: identity
      })
    };
  };
}
function createQuantifierExpander(opts) {
  const invalidMsg = `${opts.name}(var, predicate) invalid predicate iteration variable`;
  const label = `${opts.name}(var, predicate) predicate must return bool`;
  return ({ args, receiver, ast: callAst }) => {
    const predicate = args[1].setMeta("label", label);
    const transform = opts.transform({ args, ast: callAst, predicate, opts });
    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        kind: "quantifier",
        errorsAreFatal: opts.errorsAreFatal || false,
        iterable: receiver,
        iterVarName: assertIdentifier(args[0], invalidMsg),
        init: transform.init,
        condition: transform.condition,
        step: transform.step,
        result: transform.result || identity
      })
    };
  };
}
function createHasExpander() {
  const invalidHasArgument = "has() invalid argument";
  function evaluate2(ev, macro, ctx) {
    const nodes = macro.macroHasProps;
    let i = nodes.length;
    let obj = ev.run(nodes[--i], ctx);
    let inOptionalContext;
    while (i--) {
      const node = nodes[i];
      if (node.op === ".?") inOptionalContext ??= true;
      obj = ev.debugType(obj).fieldLazy(obj, node.args[1], node, ev);
      if (obj !== void 0) continue;
      if (!(!inOptionalContext && i && node.op === ".")) break;
      throw evaluationError("no_such_key", `No such key: ${node.args[1]}`, node);
    }
    return obj !== void 0;
  }
  function typeCheck(checker, macro, ctx) {
    let node = macro.args[0];
    if (node.op !== ".") throw checker.createError("invalid_macro_argument", invalidHasArgument, node);
    if (!macro.macroHasProps) {
      const props = [];
      while (node.op === "." || node.op === ".?") node = props.push(node) && node.args[0];
      if (node.op !== "id") throw checker.createError("invalid_macro_argument", invalidHasArgument, node);
      checker.check(node, ctx);
      props.push(node);
      macro.macroHasProps = props;
    }
    return checker.getType("bool");
  }
  return function({ args }) {
    return { args, evaluate: evaluate2, typeCheck, async: false };
  };
}
function registerMacros(registry) {
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler);
  functionOverload("has(ast): bool", createHasExpander());
  functionOverload(
    "list.all(ast, ast): bool",
    createQuantifierExpander({
      name: "all",
      transform({ ast: callAst, predicate, opts }) {
        return {
          init: callAst.clone(OPERATORS.value, true),
          condition: identity,
          step: predicate.clone(OPERATORS.ternary, [
            predicate,
            predicate.clone(OPERATORS.value, true),
            predicate.clone(OPERATORS.value, false)
          ])
        };
      }
    })
  );
  functionOverload(
    "list.exists(ast, ast): bool",
    createQuantifierExpander({
      name: "exists",
      condition(accu) {
        return !accu;
      },
      transform({ ast: callAst, predicate, opts }) {
        return {
          init: callAst.clone(OPERATORS.value, false),
          condition: opts.condition,
          step: predicate.clone(OPERATORS.ternary, [
            predicate,
            predicate.clone(OPERATORS.value, true),
            predicate.clone(OPERATORS.value, false)
          ])
        };
      }
    })
  );
  functionOverload(
    "list.exists_one(ast, ast): bool",
    createQuantifierExpander({
      name: "exists_one",
      errorsAreFatal: true,
      result(accu) {
        return accu === 1;
      },
      transform({ ast: callAst, predicate, opts }) {
        const accuValue = callAst.clone(OPERATORS.accuValue);
        return {
          init: callAst.clone(OPERATORS.value, 0),
          step: predicate.clone(OPERATORS.ternary, [predicate, callAst.clone(OPERATORS.accuInc), accuValue]),
          result: opts.result
        };
      }
    })
  );
  functionOverload("list.map(ast, ast): list<dyn>", createMapExpander(false));
  functionOverload("list.map(ast, ast, ast): list<dyn>", createMapExpander(true));
  functionOverload("list.filter(ast, ast): list<dyn>", createFilterExpander());
  class CelNamespace {
  }
  const celNamespace = new CelNamespace();
  registry.registerType("CelNamespace", CelNamespace);
  registry.registerConstant("cel", "CelNamespace", celNamespace);
  function bindTypeCheck(checker, m, ctx) {
    m.bindCtx = ctx.forkWithVariable(m.var, checker.check(m.val, ctx));
    const type = checker.check(m.exp, m.bindCtx);
    if (m.val.maybeAsync || m.exp.maybeAsync) return type;
    m.ast.setMeta("async", false);
    m.evaluate = bindEvaluateSync;
    return type;
  }
  function bindOptionalEvaluate(ev, exp, bindCtx, ctx, boundValue) {
    const res = ev.run(exp, ctx = bindCtx.reuse(ctx).setIterValue(boundValue, ev));
    if (res instanceof Promise && ctx === bindCtx) ctx.async = true;
    return res;
  }
  function bindEvaluate(ev, { val, exp, bindCtx }, ctx) {
    const v = ev.run(val, ctx);
    if (v instanceof Promise) return v.then((_v) => bindOptionalEvaluate(ev, exp, bindCtx, ctx, _v));
    return bindOptionalEvaluate(ev, exp, bindCtx, ctx, v);
  }
  function bindEvaluateSync(ev, { val, exp, bindCtx }, ctx) {
    return ev.run(exp, bindCtx.reuse(ctx).setIterValue(ev.run(val, ctx), ev));
  }
  functionOverload("CelNamespace.bind(ast, dyn, ast): dyn", ({ ast, args }) => {
    return {
      ast,
      var: assertIdentifier(args[0], "invalid variable argument"),
      val: args[1],
      exp: args[2],
      bindCtx: void 0,
      typeCheck: bindTypeCheck,
      evaluate: bindEvaluate
    };
  });
}

// node_modules/@marcbachmann/cel-js/lib/overloads.js
function registerOverloads(registry) {
  const unaryOverload = (op, t, h, ret) => registry.unaryOverload(op, t, h, ret, false);
  const binaryOverload = (l, op, r, h, ret) => registry.binaryOverload(l, op, r, h, ret, false);
  function verifyInteger(v, ast) {
    if (v <= MAX_INT && v >= MIN_INT) return v;
    throw evaluationError("numeric_overflow", `integer overflow: ${v}`, ast);
  }
  function throwDivisionByZero(ast) {
    throw evaluationError("division_by_zero", "division by zero", ast);
  }
  function throwModuloByZero(ast) {
    throw evaluationError("modulo_by_zero", "modulo by zero", ast);
  }
  unaryOverload("!", "bool", (a) => !a);
  unaryOverload("-", "int", (a) => -a);
  binaryOverload("dyn<int>", `==`, `double`, (a, b) => a == b);
  binaryOverload("dyn<int>", `==`, `uint`, (a, b) => a == b.valueOf());
  binaryOverload("int", "*", "int", (a, b, ast) => verifyInteger(a * b, ast));
  binaryOverload("int", "+", "int", (a, b, ast) => verifyInteger(a + b, ast));
  binaryOverload("int", "-", "int", (a, b, ast) => verifyInteger(a - b, ast));
  binaryOverload("int", "/", "int", (a, b, ast) => {
    if (b === MIN_UINT) return throwDivisionByZero(ast);
    return a / b;
  });
  binaryOverload("int", "%", "int", (a, b, ast) => {
    if (b === MIN_UINT) return throwModuloByZero(ast);
    return a % b;
  });
  unaryOverload("-", "double", (a) => -a);
  binaryOverload("double", "*", "double", (a, b) => a * b);
  binaryOverload("double", "+", "double", (a, b) => a + b);
  binaryOverload("double", "-", "double", (a, b) => a - b);
  binaryOverload("double", "/", "double", (a, b) => a / b);
  binaryOverload("string", "+", "string", (a, b) => a + b);
  binaryOverload("list<V>", "+", "list<V>", (a, b) => [...a, ...b]);
  binaryOverload("bytes", "+", "bytes", (a, b) => {
    if (!a.length) return b;
    if (!b.length) return a;
    const result = new Uint8Array(a.length + b.length);
    result.set(a, 0);
    result.set(b, a.length);
    return result;
  });
  const GPD = "google.protobuf.Duration";
  binaryOverload(GPD, "+", GPD, (a, b) => a.addDuration(b));
  binaryOverload(GPD, "-", GPD, (a, b) => a.subtractDuration(b));
  binaryOverload(GPD, "==", GPD, (a, b) => a.seconds === b.seconds && a.nanos === b.nanos);
  const GPT = "google.protobuf.Timestamp";
  binaryOverload(GPT, "==", GPT, (a, b) => a.getTime() === b.getTime());
  binaryOverload(GPT, "-", GPT, (a, b) => Duration.fromMilliseconds(a.getTime() - b.getTime()), GPD);
  binaryOverload(GPT, "-", GPD, (a, b) => b.subtractTimestamp(a));
  binaryOverload(GPT, "+", GPD, (a, b) => b.extendTimestamp(a));
  binaryOverload(GPD, "+", GPT, (a, b) => a.extendTimestamp(b));
  function listIncludes(value, list, ast, ev) {
    if (list instanceof Set && list.has(value)) return true;
    for (const v of list) if (isEqual(value, v, ast, ev)) return true;
    return false;
  }
  function mapIncludes(a, b) {
    if (b instanceof Map) return b.get(a) !== void 0;
    return hasOwn(b, a) ? b[a] !== void 0 : false;
  }
  function listMembership(value, list, ast, ev) {
    return listIncludes(value, list, ast, ev);
  }
  binaryOverload("V", "in", "list<V>", listMembership);
  binaryOverload("K", "in", "map<K, V>", mapIncludes);
  for (const t of ["type", "null", "bool", "string", "int", "double"]) {
    binaryOverload(t, "==", t, (a, b) => a === b);
  }
  binaryOverload("bytes", `==`, "bytes", (a, b) => {
    if (a === b) return true;
    let i = a.length;
    if (i !== b.length) return false;
    while (i--) if (a[i] !== b[i]) return false;
    return true;
  });
  binaryOverload("list<V>", `==`, "list<V>", (a, b, ast, ev) => {
    if (a === b) return true;
    if (isArray(a) && isArray(b)) {
      const length = a.length;
      if (length !== b.length) return false;
      for (let i = 0; i < length; i++) {
        if (!isEqual(a[i], b[i], ast, ev)) return false;
      }
      return true;
    }
    if (a instanceof Set && b instanceof Set) {
      if (a.size !== b.size) return false;
      for (const value of a) if (!b.has(value)) return false;
      return true;
    }
    const arr = a instanceof Set ? b : a;
    const set = a instanceof Set ? a : b;
    if (!isArray(arr)) return false;
    if (arr.length !== set?.size) return false;
    for (let i = 0; i < arr.length; i++) if (!set.has(arr[i])) return false;
    return true;
  });
  binaryOverload("map<K, V>", `==`, "map<K, V>", (a, b, ast, ev) => {
    if (a === b) return true;
    if (a instanceof Map && b instanceof Map) {
      if (a.size !== b.size) return false;
      for (const [key, value] of a)
        if (!(b.has(key) && isEqual(value, b.get(key), ast, ev))) return false;
      return true;
    }
    if (a instanceof Map || b instanceof Map) {
      const obj = a instanceof Map ? b : a;
      const map = a instanceof Map ? a : b;
      const keysObj = objKeys(obj);
      if (map.size !== keysObj.length) return false;
      for (const [key, value] of map) {
        if (!(key in obj && isEqual(value, obj[key], ast, ev))) return false;
      }
      return true;
    }
    const keysA = objKeys(a);
    const keysB = objKeys(b);
    if (keysA.length !== keysB.length) return false;
    for (let i = 0; i < keysA.length; i++) {
      const key = keysA[i];
      if (!(key in b && isEqual(a[key], b[key], ast, ev))) return false;
    }
    return true;
  });
  binaryOverload("uint", "==", "uint", (a, b) => a.valueOf() === b.valueOf());
  binaryOverload("dyn<uint>", `==`, `double`, (a, b) => a.valueOf() == b);
  binaryOverload("uint", "+", "uint", (a, b) => new UnsignedInt(a.valueOf() + b.valueOf()));
  binaryOverload("uint", "-", "uint", (a, b) => new UnsignedInt(a.valueOf() - b.valueOf()));
  binaryOverload("uint", "*", "uint", (a, b) => new UnsignedInt(a.valueOf() * b.valueOf()));
  binaryOverload("uint", "/", "uint", (a, b, ast) => {
    if (b.valueOf() === MIN_UINT) return throwDivisionByZero(ast);
    return new UnsignedInt(a.valueOf() / b.valueOf());
  });
  binaryOverload("uint", "%", "uint", (a, b, ast) => {
    if (b.valueOf() === MIN_UINT) return throwModuloByZero(ast);
    return new UnsignedInt(a.valueOf() % b.valueOf());
  });
  for (const [left, right] of [
    ["bool", "bool"],
    ["int", "int"],
    ["uint", "uint"],
    ["double", "double"],
    ["string", "string"],
    ["google.protobuf.Timestamp", "google.protobuf.Timestamp"],
    ["google.protobuf.Duration", "google.protobuf.Duration"],
    ["int", "uint"],
    ["int", "double"],
    ["double", "int"],
    ["double", "uint"],
    ["uint", "int"],
    ["uint", "double"]
  ]) {
    binaryOverload(left, "<", right, (a, b) => a < b);
    binaryOverload(left, "<=", right, (a, b) => a <= b);
    binaryOverload(left, ">", right, (a, b) => a > b);
    binaryOverload(left, ">=", right, (a, b) => a >= b);
  }
}
function isEqual(a, b, ast, ev) {
  if (a === b) return true;
  switch (typeof a) {
    case "undefined":
    case "string":
    case "boolean":
      return false;
    case "bigint":
      if (typeof b === "number") return a == b;
      return false;
    case "number":
      if (typeof b === "bigint") return a == b;
      return false;
    case "object":
      if (typeof b !== "object") return false;
      const leftType = ev.debugType(a);
      const rightType = ev.debugType(b);
      if (leftType !== rightType) return false;
      const overload = ev.registry.findBinaryOverload("==", leftType, rightType);
      if (!overload) return false;
      return overload.handler(a, b, ast, ev);
  }
  throw evaluationError("invalid_comparison_type", `Cannot compare values of type ${typeof a}`, ast);
}

// node_modules/@marcbachmann/cel-js/lib/type-checker.js
var toDynTypeBinding = (/* @__PURE__ */ new Map()).set("A", "dyn").set("T", "dyn").set("K", "dyn").set("V", "dyn");
var TypeChecker = class extends Base {
  constructor(opts, isEvaluating) {
    super(opts);
    this.createError = isEvaluating ? evaluationError : typeError;
  }
  /**
   * Check an expression and return its inferred type
   * @param {Array|any} ast - The AST node to check
   * @returns {Object} The inferred type declaration
   * @throws {TypeError} If type checking fails
   */
  check(ast, ctx) {
    try {
      return ast.checkedType ??= ast.check(this, ast, ctx);
    } catch (error) {
      throw attachErrorAst(error, ast);
    }
  }
  checkAccessOnType(ast, ctx, leftType, allowMissingField = false) {
    if (leftType === this.dynType) return leftType;
    const indexTypeName = (ast.op === "[]" || ast.op === "[?]" ? this.check(ast.args[1], ctx) : this.stringType).type;
    if (leftType.kind === "list") {
      if (indexTypeName === "int" || indexTypeName === "dyn") return leftType.valueType;
      throw this.createError("invalid_index_type", `List index must be int, got '${indexTypeName}'`, ast);
    }
    if (leftType.kind === "map") return leftType.valueType;
    const customType = this.objectTypes.get(leftType.name);
    if (customType) {
      if (!(indexTypeName === "string" || indexTypeName === "dyn")) {
        throw this.createError(
          "invalid_index_type",
          `Cannot index type '${leftType.name}' with type '${indexTypeName}'`,
          ast
        );
      }
      if (customType.fields) {
        let keyName;
        if (ast.op === "." || ast.op === ".?") keyName = ast.args[1];
        else if (ast.args[1].op === "value") keyName = ast.args[1].args;
        if (typeof keyName === "string") {
          const fieldType = customType.fields[keyName];
          if (fieldType) return fieldType;
          if (allowMissingField) return this.dynType;
          throw this.createError("no_such_key", `No such key: ${keyName}`, ast);
        }
      }
      return this.dynType;
    }
    throw this.createError("cannot_index_type", `Cannot index type '${this.formatType(leftType)}'`, ast);
  }
  formatType(type) {
    if (!type.hasPlaceholderType) return type.name;
    return type.templated(this.registry, toDynTypeBinding).name;
  }
  formatTypeList(types) {
    return types.map((t) => this.formatType(t)).join(", ");
  }
};

// node_modules/@marcbachmann/cel-js/lib/parser.js
var TOKEN = {
  EOF: 0,
  NUMBER: 1,
  STRING: 2,
  BOOLEAN: 3,
  NULL: 4,
  IDENTIFIER: 5,
  PLUS: 6,
  MINUS: 7,
  MULTIPLY: 8,
  DIVIDE: 9,
  MODULO: 10,
  EQ: 11,
  NE: 12,
  LT: 13,
  LE: 14,
  GT: 15,
  GE: 16,
  AND: 17,
  OR: 18,
  NOT: 19,
  IN: 20,
  LPAREN: 21,
  RPAREN: 22,
  LBRACKET: 23,
  RBRACKET: 24,
  LBRACE: 25,
  RBRACE: 26,
  DOT: 27,
  COMMA: 28,
  COLON: 29,
  QUESTION: 30,
  BYTES: 31
};
var OP_FOR_TOKEN = {
  [TOKEN.EQ]: OPERATORS["=="],
  [TOKEN.PLUS]: OPERATORS["+"],
  [TOKEN.MINUS]: OPERATORS["-"],
  [TOKEN.MULTIPLY]: OPERATORS["*"],
  [TOKEN.DIVIDE]: OPERATORS["/"],
  [TOKEN.MODULO]: OPERATORS["%"],
  [TOKEN.LE]: OPERATORS["<="],
  [TOKEN.LT]: OPERATORS["<"],
  [TOKEN.GE]: OPERATORS[">="],
  [TOKEN.GT]: OPERATORS[">"],
  [TOKEN.NE]: OPERATORS["!="],
  [TOKEN.IN]: OPERATORS["in"]
};
var TOKEN_BY_NUMBER = {};
for (const key in TOKEN) TOKEN_BY_NUMBER[TOKEN[key]] = key;
var HEX_CODES = new Uint8Array(128);
for (const ch of "0123456789abcdefABCDEF") HEX_CODES[ch.charCodeAt(0)] = 1;
var ESCAPE_ERRORS = {
  bytes_unicode_escape: (e) => `\\${e} not allowed in bytes literals`,
  invalid_unicode_escape: (e) => `Invalid Unicode escape: \\${e}`,
  invalid_unicode_surrogate: (e) => `Invalid Unicode surrogate: \\${e}`,
  invalid_hex_escape: (e) => `Invalid hex escape: \\${e}`,
  invalid_octal_escape: () => "Octal escape must be 3 digits",
  octal_escape_out_of_range: (e) => `Octal escape out of range: \\${e}`,
  invalid_escape_sequence: (e) => `Invalid escape sequence: \\${e}`
};
var STRING_ESCAPES = {
  "\\": "\\",
  "?": "?",
  '"': '"',
  "'": "'",
  "`": "`",
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v"
};
var ASTNode = class _ASTNode {
  #meta;
  #input;
  constructor(input, pos, start, end, op, args) {
    this.#meta = { check: op.check, evaluate: op.evaluate };
    this.#input = input;
    this.op = op.name;
    this.args = args;
    this.pos = pos;
    this.start = start;
    this.end = end;
  }
  clone(op, args) {
    return new _ASTNode(this.#input, this.pos, this.start, this.end, op, args);
  }
  get meta() {
    return this.#meta;
  }
  get input() {
    return this.#input;
  }
  #computeIsAsync() {
    const ast = this.#meta.alternate ?? this;
    switch (ast.op) {
      case "value":
      case "id":
      case "accuValue":
      case "accuInc":
        return false;
      case "accuPush":
        return ast.args.maybeAsync;
      case "!_":
      case "-_":
        if (ast.candidates?.async !== false) return true;
        return ast.args.maybeAsync;
      case "!=":
      case "==":
      case "in":
      case "+":
      case "-":
      case "*":
      case "/":
      case "%":
      case "<":
      case "<=":
      case ">":
      case ">=":
        if (ast.candidates?.async !== false) return true;
        return ast.args.some((a) => a.maybeAsync);
      case "call":
      case "rcall":
        if (ast.candidates?.async !== false) return true;
        return (ast.receiverWithArgs || ast.args[1]).some((a) => a.maybeAsync);
      case "comprehension":
        return ast.args.iterable.maybeAsync || ast.args.step.maybeAsync;
      case ".":
      case ".?":
        return ast.args[0].maybeAsync;
      case "?:":
      case "list":
      case "[]":
      case "[?]":
        return ast.args.some((a) => a.maybeAsync);
      case "||":
      case "&&":
        return ast.args.some((a) => a.maybeAsync);
      case "map":
        return ast.args.some((a) => a[0].maybeAsync || a[1].maybeAsync);
      default:
        return true;
    }
  }
  /**
   * Check whether we can optimize away async calling
   * If no ast members includes a function, we can optimize the call
   * for which we want to return true here.
   * @returns {boolean}
   */
  get maybeAsync() {
    return this.#meta.async ??= this.#computeIsAsync();
  }
  check(chk, ast, ctx) {
    const meta = this.#meta;
    if (meta.alternate) return chk.check(meta.alternate, ctx);
    else if (meta.macro) return meta.macro.typeCheck(chk, meta.macro, ctx);
    return meta.check(chk, ast, ctx);
  }
  evaluate(ev, ast, ctx) {
    const meta = this.#meta;
    if (meta.alternate) this.evaluate = this.#evaluateAlternate;
    else if (meta.macro) this.evaluate = this.#evaluateMacro;
    else this.evaluate = meta.evaluate;
    return this.evaluate(ev, ast, ctx);
  }
  #evaluateAlternate(ev, ast, ctx) {
    return (ast = this.#meta.alternate).evaluate(ev, ast, ctx);
  }
  #evaluateMacro(ev, ast, ctx) {
    return (ast = this.#meta.macro).evaluate(ev, ast, ctx);
  }
  setMeta(key, value) {
    return this.#meta[key] = value, this;
  }
  get range() {
    return { start: this.start, end: this.end };
  }
  toOldStructure() {
    const args = Array.isArray(this.args) ? this.args : [this.args];
    return [this.op, ...args.map((a) => a instanceof _ASTNode ? a.toOldStructure() : a)];
  }
};
var Lexer = class {
  input;
  pos;
  length;
  tokenPos;
  tokenType;
  tokenValue;
  reset(input) {
    this.pos = 0;
    this.input = input;
    this.length = input.length;
    return input;
  }
  token(pos, type, value) {
    this.tokenPos = pos;
    this.tokenType = type;
    this.tokenValue = value;
    return this;
  }
  // Read next token
  nextToken() {
    while (true) {
      const { pos, input, length } = this;
      if (pos >= length) return this.token(pos, TOKEN.EOF);
      const ch = input[pos];
      switch (ch) {
        // Whitespaces
        case " ":
        case "	":
        case "\n":
        case "\r":
          this.pos++;
          continue;
        // Operators
        case "=":
          if (input[pos + 1] !== "=") break;
          return this.token((this.pos += 2) - 2, TOKEN.EQ);
        case "&":
          if (input[pos + 1] !== "&") break;
          return this.token((this.pos += 2) - 2, TOKEN.AND);
        case "|":
          if (input[pos + 1] !== "|") break;
          return this.token((this.pos += 2) - 2, TOKEN.OR);
        case "+":
          return this.token(this.pos++, TOKEN.PLUS);
        case "-":
          return this.token(this.pos++, TOKEN.MINUS);
        case "*":
          return this.token(this.pos++, TOKEN.MULTIPLY);
        case "/":
          if (input[pos + 1] === "/") {
            while (this.pos < length && this.input[this.pos] !== "\n") this.pos++;
            continue;
          }
          return this.token(this.pos++, TOKEN.DIVIDE);
        case "%":
          return this.token(this.pos++, TOKEN.MODULO);
        case "<":
          if (input[pos + 1] === "=") return this.token((this.pos += 2) - 2, TOKEN.LE);
          return this.token(this.pos++, TOKEN.LT);
        case ">":
          if (input[pos + 1] === "=") return this.token((this.pos += 2) - 2, TOKEN.GE);
          return this.token(this.pos++, TOKEN.GT);
        case "!":
          if (input[pos + 1] === "=") return this.token((this.pos += 2) - 2, TOKEN.NE);
          return this.token(this.pos++, TOKEN.NOT);
        case "(":
          return this.token(this.pos++, TOKEN.LPAREN);
        case ")":
          return this.token(this.pos++, TOKEN.RPAREN);
        case "[":
          return this.token(this.pos++, TOKEN.LBRACKET);
        case "]":
          return this.token(this.pos++, TOKEN.RBRACKET);
        case "{":
          return this.token(this.pos++, TOKEN.LBRACE);
        case "}":
          return this.token(this.pos++, TOKEN.RBRACE);
        case ".":
          return this.token(this.pos++, TOKEN.DOT);
        case ",":
          return this.token(this.pos++, TOKEN.COMMA);
        case ":":
          return this.token(this.pos++, TOKEN.COLON);
        case "?":
          return this.token(this.pos++, TOKEN.QUESTION);
        case `"`:
        case `'`:
          return this.readString(ch);
        // Check for string prefixes (b, B, r, R followed by quote)
        case "b":
        case "B":
        case "r":
        case "R": {
          const next = input[pos + 1];
          if (next === '"' || next === "'") return ++this.pos && this.readString(next, ch);
          return this.readIdentifier();
        }
        default: {
          const code = ch.charCodeAt(0);
          if (code <= 57 && code >= 48) return this.readNumber();
          if (this._isIdentifierCharCode(code)) return this.readIdentifier();
        }
      }
      throw parseError("unexpected_character", `Unexpected character: ${ch}`, {
        pos,
        start: pos,
        end: pos + 1,
        input
      });
    }
  }
  // Characters: 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_
  _isIdentifierCharCode(c) {
    if (c < 48 || c > 122) return false;
    return c >= 97 || c >= 65 && c <= 90 || c <= 57 || c === 95;
  }
  _parseAsDouble(start, end) {
    const value = Number(this.input.substring(start, end));
    if (Number.isFinite(value)) return this.token(start, TOKEN.NUMBER, value);
    throw parseError("invalid_number", `Invalid number: ${value}`, {
      pos: start,
      start,
      end,
      input: this.input
    });
  }
  _parseAsBigInt(start, end, isHex, unsigned) {
    const string = this.input.substring(start, end);
    if (unsigned === "u" || unsigned === "U") {
      this.pos++;
      try {
        return this.token(start, TOKEN.NUMBER, new UnsignedInt(string));
      } catch (_err) {
      }
    } else {
      try {
        return this.token(start, TOKEN.NUMBER, BigInt(string));
      } catch (_err) {
      }
    }
    throw parseError(
      isHex ? "invalid_hex_integer" : "invalid_integer",
      isHex ? `Invalid hex integer: ${string}` : `Invalid integer: ${string}`,
      { pos: start, start, end: this.pos, input: this.input }
    );
  }
  _readDigits(input, length, pos, code) {
    while (pos < length && (code = input.charCodeAt(pos)) && !(code > 57 || code < 48)) pos++;
    return pos;
  }
  _readExponent(input, length, pos) {
    let ch = pos < length && input[pos];
    if (ch === "e" || ch === "E") {
      ch = ++pos < length && input[pos];
      if (ch === "-" || ch === "+") pos++;
      const start = pos;
      pos = this._readDigits(input, length, pos);
      if (start === pos)
        throw parseError("invalid_exponent", "Invalid exponent", {
          pos,
          start: pos,
          end: Math.min(pos + 1, input.length),
          input
        });
    }
    return pos;
  }
  readNumber() {
    const { input, length, pos: start } = this;
    let pos = start;
    if (input[pos] === "0" && (input[pos + 1] === "x" || input[pos + 1] === "X")) {
      pos += 2;
      while (pos < length && HEX_CODES[input[pos].charCodeAt(0)]) pos++;
      return this._parseAsBigInt(start, this.pos = pos, true, input[pos]);
    }
    pos = this._readDigits(input, length, pos);
    if (pos + 1 < length) {
      let isDouble = false;
      let afterpos = input[pos] === "." ? this._readDigits(input, length, pos + 1) : pos + 1;
      if (afterpos !== pos + 1) (isDouble = true) && (pos = afterpos);
      afterpos = this._readExponent(input, length, pos);
      if (afterpos !== pos) (isDouble = true) && (pos = afterpos);
      if (isDouble) return this._parseAsDouble(start, this.pos = pos);
    }
    return this._parseAsBigInt(start, this.pos = pos, false, input[pos]);
  }
  readString(del, prefix) {
    const { input: i, pos: s } = this;
    if (i[s + 1] === del && i[s + 2] === del) return this.readTripleQuotedString(del, prefix);
    return this.readSingleQuotedString(del, prefix);
  }
  _closeQuotedString(rawStart, rawValue, prefix, pos) {
    switch (prefix) {
      case "b":
      case "B": {
        const processed = this.processEscapes(rawStart, rawValue, true);
        const bytes = new Uint8Array(processed.length);
        for (let i = 0; i < processed.length; i++) bytes[i] = processed.charCodeAt(i) & 255;
        return this.token(pos - 1, TOKEN.BYTES, bytes);
      }
      case "r":
      case "R": {
        return this.token(pos - 1, TOKEN.STRING, rawValue);
      }
      default: {
        const value = this.processEscapes(rawStart, rawValue, false);
        return this.token(pos, TOKEN.STRING, value);
      }
    }
  }
  readSingleQuotedString(delimiter, prefix) {
    const { input, length, pos: start } = this;
    let ch;
    let pos = this.pos + 1;
    while (pos < length && (ch = input[pos])) {
      switch (ch) {
        case delimiter:
          const rawStart = start + 1;
          const rawValue = input.slice(rawStart, pos);
          this.pos = ++pos;
          return this._closeQuotedString(rawStart, rawValue, prefix, start);
        case "\n":
        case "\r":
          throw parseError("newline_in_string", "Newlines not allowed in single-quoted strings", {
            pos,
            start: pos,
            end: pos + 1,
            input
          });
        case "\\":
          pos++;
      }
      pos++;
    }
    throw parseError("unterminated_string", "Unterminated string", {
      pos: start,
      start,
      end: input.length,
      input
    });
  }
  readTripleQuotedString(delimiter, prefix) {
    const { input, length, pos: start } = this;
    let ch;
    let pos = this.pos + 3;
    while (pos < length && (ch = input[pos])) {
      switch (ch) {
        case delimiter:
          if (input[pos + 1] === delimiter && input[pos + 2] === delimiter) {
            const rawStart = start + 3;
            const rawValue = input.slice(rawStart, pos);
            this.pos = pos + 3;
            return this._closeQuotedString(rawStart, rawValue, prefix, start);
          }
          break;
        case "\\":
          pos++;
      }
      pos++;
    }
    throw parseError("unterminated_triple_quoted_string", "Unterminated triple-quoted string", {
      pos: start,
      start,
      end: input.length,
      input
    });
  }
  #escapeErr(code, offset, len, i, chars, extra) {
    const start = offset + i;
    return parseError(code, ESCAPE_ERRORS[code](extra), {
      input: this.input,
      pos: start,
      start,
      end: Math.min(start + chars, offset + len)
    });
  }
  processEscapes(offset, str, isBytes) {
    if (!str.includes("\\")) return str;
    const len = str.length;
    let result = "";
    let i = 0;
    while (i < len) {
      if (str[i] !== "\\" || i + 1 >= len) {
        result += str[i++];
        continue;
      }
      const next = str[i + 1];
      if (STRING_ESCAPES[next]) {
        result += STRING_ESCAPES[next];
        i += 2;
      } else if (next === "u" || next === "U") {
        if (isBytes) throw this.#escapeErr("bytes_unicode_escape", offset, len, i, 2, next);
        const hexLen = next === "u" ? 4 : 8;
        const hex = str.substring(i + 2, i + 2 + hexLen);
        const c = Number.parseInt(hex, 16);
        if (hex.length !== hexLen || !/^[0-9a-fA-F]+$/.test(hex) || c > 1114111)
          throw this.#escapeErr("invalid_unicode_escape", offset, len, i, 2 + hexLen, next + hex);
        if (c >= 55296 && c <= 57343)
          throw this.#escapeErr("invalid_unicode_surrogate", offset, len, i, 2 + hexLen, next + hex);
        result += String.fromCodePoint(c);
        i += 2 + hexLen;
      } else if (next === "x" || next === "X") {
        const h = str.substring(i + 2, i + 4);
        if (!/^[0-9a-fA-F]{2}$/.test(h))
          throw this.#escapeErr("invalid_hex_escape", offset, len, i, 4, next + h);
        result += String.fromCharCode(Number.parseInt(h, 16));
        i += 4;
      } else if (next >= "0" && next <= "7") {
        const o = str.substring(i + 1, i + 4);
        if (!/^[0-7]{3}$/.test(o)) throw this.#escapeErr("invalid_octal_escape", offset, len, i, 4);
        const value = Number.parseInt(o, 8);
        if (value > 255) throw this.#escapeErr("octal_escape_out_of_range", offset, len, i, 4, o);
        result += String.fromCharCode(value);
        i += 4;
      } else {
        throw this.#escapeErr("invalid_escape_sequence", offset, len, i, 2, next);
      }
    }
    return result;
  }
  readIdentifier() {
    const { pos, input, length } = this;
    let p = pos;
    while (p < length && this._isIdentifierCharCode(input[p].charCodeAt(0))) p++;
    const value = input.substring(pos, this.pos = p);
    switch (value) {
      case "true":
        return this.token(pos, TOKEN.BOOLEAN, true);
      case "false":
        return this.token(pos, TOKEN.BOOLEAN, false);
      case "null":
        return this.token(pos, TOKEN.NULL, null);
      case "in":
        return this.token(pos, TOKEN.IN);
      default:
        return this.token(pos, TOKEN.IDENTIFIER, value);
    }
  }
};
var globalLexer = new Lexer();
var Parser = class {
  lexer = globalLexer;
  input = null;
  maxDepthRemaining = null;
  astNodesRemaining = null;
  type = null;
  pos = null;
  constructor(limits, registry) {
    this.limits = limits;
    this.registry = registry;
  }
  #limitExceeded(limitKey, pos = this.pos) {
    throw parseError("limit_exceeded", `Exceeded ${limitKey} (${this.limits[limitKey]})`, {
      pos,
      start: pos,
      end: pos,
      input: this.input
    });
  }
  #node(start, end, op, args, pos = start) {
    const node = new ASTNode(this.input, pos, start, end, op, args);
    if (!this.astNodesRemaining--) this.#limitExceeded("maxAstNodes", pos);
    return node;
  }
  #infixNode(op, left, right) {
    return this.#node(left.start, right.end, op, [left, right]);
  }
  #ternaryNode(expression, consequent, alternate) {
    return this.#node(expression.start, alternate.end, OPERATORS.ternary, [
      expression,
      consequent,
      alternate
    ]);
  }
  #unaryNode(pos, op, arg) {
    return this.#node(pos, arg.end, op, arg);
  }
  #accessNode(op, left, right, end, pos = left.start) {
    return this.#node(left.start, end, op, [left, right], pos);
  }
  #advanceToken(returnValue = this.pos) {
    const l = this.lexer.nextToken();
    this.pos = l.tokenPos;
    this.type = l.tokenType;
    return returnValue;
  }
  // The value of the current token is accessed less regularly,
  // so we use a getter to reduce assignment overhead
  get value() {
    return this.lexer.tokenValue;
  }
  consume(expectedType) {
    if (this.type === expectedType) return this.#advanceToken();
    throw parseError(
      "expected_token",
      `Expected ${TOKEN_BY_NUMBER[expectedType]}, got ${TOKEN_BY_NUMBER[this.type]}`,
      { pos: this.pos, start: this.pos, end: this.lexer.pos, input: this.input }
    );
  }
  match(type) {
    return this.type === type;
  }
  // Parse entry point
  parse(input) {
    if (typeof input !== "string") {
      throw parseError("expression_must_be_string", "Expression must be a string");
    }
    this.input = this.lexer.reset(input);
    this.#advanceToken();
    this.maxDepthRemaining = this.limits.maxDepth;
    this.astNodesRemaining = this.limits.maxAstNodes;
    const result = this.parseExpression();
    if (this.match(TOKEN.EOF)) return result;
    throw parseError(
      "unexpected_character",
      `Unexpected character: '${this.input[this.lexer.pos - 1]}'`,
      {
        pos: this.pos,
        start: this.pos,
        end: this.lexer.pos,
        input: this.input
      }
    );
  }
  #expandMacro(start, end, op, args) {
    const methodName = args[0];
    const receiver = op === OPERATORS.rcall ? args[1] : null;
    const fnArgs = op === OPERATORS.rcall ? args[2] : args[1];
    const decl = this.registry.findMacro(methodName, !!receiver, fnArgs.length);
    const ast = this.#node(start, end, op, args);
    if (!decl) return ast;
    const macro = decl.handler({ ast, args: fnArgs, receiver, methodName, parser: this });
    if (macro.callAst) return ast.setMeta("alternate", macro.callAst);
    return ast.setMeta("macro", macro).setMeta("async", isAsync(macro.evaluate, macro.async));
  }
  // Expression ::= LogicalOr ('?' Expression ':' Expression)?
  parseExpression() {
    if (!this.maxDepthRemaining--) this.#limitExceeded("maxDepth");
    const expr = this.parseLogicalOr();
    if (!this.match(TOKEN.QUESTION)) return ++this.maxDepthRemaining && expr;
    this.#advanceToken();
    const consequent = this.parseExpression();
    this.consume(TOKEN.COLON);
    const alternate = this.parseExpression();
    this.maxDepthRemaining++;
    return this.#ternaryNode(expr, consequent, alternate);
  }
  // LogicalOr ::= LogicalAnd ('||' LogicalAnd)*
  parseLogicalOr() {
    let expr = this.parseLogicalAnd();
    while (this.match(TOKEN.OR)) {
      this.#advanceToken();
      expr = this.#infixNode(OPERATORS["||"], expr, this.parseLogicalAnd());
    }
    return expr;
  }
  // LogicalAnd ::= Equality ('&&' Equality)*
  parseLogicalAnd() {
    let expr = this.parseEquality();
    while (this.match(TOKEN.AND)) {
      this.#advanceToken();
      expr = this.#infixNode(OPERATORS["&&"], expr, this.parseEquality());
    }
    return expr;
  }
  // Equality ::= Relational (('==' | '!=') Relational)*
  parseEquality() {
    let expr = this.parseRelational();
    while (this.match(TOKEN.EQ) || this.match(TOKEN.NE)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseRelational());
    }
    return expr;
  }
  // Relational ::= Additive (('<' | '<=' | '>' | '>=' | 'in') Additive)*
  parseRelational() {
    let expr = this.parseAdditive();
    while (this.match(TOKEN.LT) || this.match(TOKEN.LE) || this.match(TOKEN.GT) || this.match(TOKEN.GE) || this.match(TOKEN.IN)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseAdditive());
    }
    return expr;
  }
  // Additive ::= Multiplicative (('+' | '-') Multiplicative)*
  parseAdditive() {
    let expr = this.parseMultiplicative();
    while (this.match(TOKEN.PLUS) || this.match(TOKEN.MINUS)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseMultiplicative());
    }
    return expr;
  }
  // Multiplicative ::= Unary (('*' | '/' | '%') Unary)*
  parseMultiplicative() {
    let expr = this.parseUnary();
    while (this.match(TOKEN.MULTIPLY) || this.match(TOKEN.DIVIDE) || this.match(TOKEN.MODULO)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseUnary());
    }
    return expr;
  }
  // Unary ::= ('!' | '-')* Postfix
  parseUnary() {
    if (this.type === TOKEN.NOT) {
      return this.#unaryNode(this.#advanceToken(), OPERATORS.unaryNot, this.parseUnary());
    }
    if (this.type === TOKEN.MINUS) {
      return this.#unaryNode(this.#advanceToken(), OPERATORS.unaryMinus, this.parseUnary());
    }
    return this.parsePostfix();
  }
  // Postfix ::= Primary (('.' IDENTIFIER ('(' ArgumentList ')')? | '[' Expression ']'))*
  parsePostfix() {
    let expr = this.parsePrimary();
    const depth = this.maxDepthRemaining;
    while (true) {
      if (this.match(TOKEN.DOT)) {
        const dot = this.#advanceToken();
        if (!this.maxDepthRemaining--) this.#limitExceeded("maxDepth", dot);
        const op = this.match(TOKEN.QUESTION) && this.registry.enableOptionalTypes && this.#advanceToken() ? OPERATORS.optionalFieldAccess : OPERATORS.fieldAccess;
        const propertyValue = this.value;
        const start = this.pos;
        const end = this.lexer.pos;
        this.consume(TOKEN.IDENTIFIER);
        if (op === OPERATORS.fieldAccess && this.match(TOKEN.LPAREN) && this.#advanceToken()) {
          const args = this.parseArgumentList();
          const closeEnd = this.lexer.pos;
          this.consume(TOKEN.RPAREN);
          expr = this.#expandMacro(expr.start, closeEnd, OPERATORS.rcall, [propertyValue, expr, args]);
        } else {
          expr = this.#accessNode(op, expr, propertyValue, end, start);
        }
        continue;
      }
      if (this.match(TOKEN.LBRACKET)) {
        const bracket = this.#advanceToken();
        if (!this.maxDepthRemaining--) this.#limitExceeded("maxDepth", bracket);
        const op = this.match(TOKEN.QUESTION) && this.registry.enableOptionalTypes && this.#advanceToken() ? OPERATORS.optionalBracketAccess : OPERATORS.bracketAccess;
        const index = this.parseExpression();
        const closeEnd = this.lexer.pos;
        this.consume(TOKEN.RBRACKET);
        expr = this.#accessNode(op, expr, index, closeEnd);
        continue;
      }
      break;
    }
    this.maxDepthRemaining = depth;
    return expr;
  }
  // Primary ::= NUMBER | STRING | BOOLEAN | NULL | IDENTIFIER | '(' Expression ')' | Array | Object
  parsePrimary() {
    switch (this.type) {
      case TOKEN.NUMBER:
      case TOKEN.STRING:
      case TOKEN.BYTES:
      case TOKEN.BOOLEAN:
      case TOKEN.NULL:
        return this.#consumeLiteral();
      case TOKEN.IDENTIFIER:
        return this.#parseIdentifierPrimary();
      case TOKEN.LPAREN:
        return this.#parseParenthesizedExpression();
      case TOKEN.LBRACKET:
        return this.parseList();
      case TOKEN.LBRACE:
        return this.parseMap();
    }
    throw parseError("unexpected_token", `Unexpected token: ${TOKEN_BY_NUMBER[this.type]}`, {
      pos: this.pos,
      start: this.pos,
      end: this.lexer.pos,
      input: this.input
    });
  }
  #consumeLiteral() {
    return this.#advanceToken(this.#node(this.pos, this.lexer.pos, OPERATORS.value, this.value));
  }
  #parseIdentifierPrimary() {
    const value = this.value;
    const end = this.lexer.pos;
    const start = this.consume(TOKEN.IDENTIFIER);
    if (RESERVED.has(value)) {
      throw parseError("reserved_identifier", `Reserved identifier: ${value}`, {
        pos: start,
        start,
        end,
        input: this.input
      });
    }
    if (!this.match(TOKEN.LPAREN)) return this.#node(start, end, OPERATORS.id, value);
    this.#advanceToken();
    const args = this.parseArgumentList();
    const closeEnd = this.lexer.pos;
    this.consume(TOKEN.RPAREN);
    return this.#expandMacro(start, closeEnd, OPERATORS.call, [value, args]);
  }
  #parseParenthesizedExpression() {
    this.consume(TOKEN.LPAREN);
    const expr = this.parseExpression();
    this.consume(TOKEN.RPAREN);
    return expr;
  }
  parseList() {
    const start = this.consume(TOKEN.LBRACKET);
    const elements = [];
    let remainingElements = this.limits.maxListElements;
    if (!this.match(TOKEN.RBRACKET)) {
      elements.push(this.parseExpression());
      if (!remainingElements--) this.#limitExceeded("maxListElements", elements.at(-1).pos);
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken();
        if (this.match(TOKEN.RBRACKET)) break;
        elements.push(this.parseExpression());
        if (!remainingElements--) this.#limitExceeded("maxListElements", elements.at(-1).pos);
      }
    }
    const closeEnd = this.lexer.pos;
    this.consume(TOKEN.RBRACKET);
    return this.#node(start, closeEnd, OPERATORS.list, elements);
  }
  parseMap() {
    const start = this.consume(TOKEN.LBRACE);
    const props = [];
    let remainingEntries = this.limits.maxMapEntries;
    if (!this.match(TOKEN.RBRACE)) {
      props.push(this.parseProperty());
      if (!remainingEntries--) this.#limitExceeded("maxMapEntries", props.at(-1)[0].pos);
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken();
        if (this.match(TOKEN.RBRACE)) break;
        props.push(this.parseProperty());
        if (!remainingEntries--) this.#limitExceeded("maxMapEntries", props.at(-1)[0].pos);
      }
    }
    const closeEnd = this.lexer.pos;
    this.consume(TOKEN.RBRACE);
    return this.#node(start, closeEnd, OPERATORS.map, props);
  }
  parseProperty() {
    return [this.parseExpression(), (this.consume(TOKEN.COLON), this.parseExpression())];
  }
  parseArgumentList() {
    const args = [];
    let remainingArgs = this.limits.maxCallArguments;
    if (!this.match(TOKEN.RPAREN)) {
      args.push(this.parseExpression());
      if (!remainingArgs--) this.#limitExceeded("maxCallArguments", args.at(-1).pos);
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken();
        if (this.match(TOKEN.RPAREN)) break;
        args.push(this.parseExpression());
        if (!remainingArgs--) this.#limitExceeded("maxCallArguments", args.at(-1).pos);
      }
    }
    return args;
  }
};

// node_modules/@marcbachmann/cel-js/lib/options.js
var DEFAULT_LIMITS = objFreeze({
  maxAstNodes: 1e5,
  maxDepth: 250,
  maxListElements: 1e3,
  maxMapEntries: 1e3,
  maxCallArguments: 32
});
var LIMIT_KEYS = new Set(objKeys(DEFAULT_LIMITS));
function createLimits(overrides, base = DEFAULT_LIMITS) {
  const keys = overrides ? objKeys(overrides) : void 0;
  if (!keys?.length) return base;
  const merged = { ...base };
  for (const key of keys) {
    if (!LIMIT_KEYS.has(key)) throw new TypeError(`Unknown limits option: ${key}`);
    const value = overrides[key];
    if (typeof value !== "number") continue;
    merged[key] = value;
  }
  return objFreeze(merged);
}
var DEFAULT_OPTIONS = objFreeze({
  unlistedVariablesAreDyn: false,
  homogeneousAggregateLiterals: true,
  enableOptionalTypes: false,
  limits: DEFAULT_LIMITS
});
function bool(a, b, key) {
  const value = a?.[key] ?? b?.[key];
  if (typeof value !== "boolean") throw new TypeError(`Invalid option: ${key}`);
  return value;
}
function createOptions(opts, base = DEFAULT_OPTIONS) {
  if (!opts) return base;
  return objFreeze({
    unlistedVariablesAreDyn: bool(opts, base, "unlistedVariablesAreDyn"),
    homogeneousAggregateLiterals: bool(opts, base, "homogeneousAggregateLiterals"),
    enableOptionalTypes: bool(opts, base, "enableOptionalTypes"),
    limits: createLimits(opts.limits, base.limits)
  });
}

// node_modules/@marcbachmann/cel-js/lib/evaluator.js
var globalRegistry = createRegistry({ enableOptionalTypes: false });
registerFunctions(globalRegistry);
registerOverloads(globalRegistry);
registerMacros(globalRegistry);
var Environment = class _Environment {
  #registry;
  #evaluator;
  #typeChecker;
  #evalTypeChecker;
  #parser;
  constructor(opts, inherited) {
    this.opts = createOptions(opts, inherited?.opts);
    this.#registry = (inherited instanceof _Environment ? inherited.#registry : globalRegistry).clone(this.opts);
    const childOpts = { registry: this.#registry, opts: this.opts };
    this.#typeChecker = new TypeChecker(childOpts);
    this.#evalTypeChecker = new TypeChecker(childOpts, true);
    this.#evaluator = new Evaluator(childOpts);
    this.#parser = new Parser(this.opts.limits, this.#registry);
    Object.freeze(this);
  }
  clone(opts) {
    return new _Environment(opts, this);
  }
  registerFunction(signature2, handler, opts) {
    this.#registry.registerFunctionOverload(signature2, handler, opts);
    return this;
  }
  registerOperator(string, handler, opts) {
    this.#registry.registerOperatorOverload(string, handler, opts);
    return this;
  }
  registerType(typename, constructor) {
    this.#registry.registerType(typename, constructor);
    return this;
  }
  registerVariable(name, type, opts) {
    this.#registry.registerVariable(name, type, opts);
    return this;
  }
  registerConstant(name, type, value) {
    this.#registry.registerConstant(name, type, value);
    return this;
  }
  hasVariable(name) {
    return this.#registry.variables.has(name);
  }
  getDefinitions() {
    return this.#registry.getDefinitions();
  }
  check(expression) {
    try {
      return this.#checkAST(this.#parser.parse(expression));
    } catch (error) {
      return { valid: false, error };
    }
  }
  #checkAST(ast) {
    try {
      const typeDecl = this.#typeChecker.check(ast, new RootContext(this.#registry));
      return { valid: true, type: this.#formatTypeForCheck(typeDecl) };
    } catch (error) {
      return { valid: false, error };
    }
  }
  #formatTypeForCheck(typeDecl) {
    if (typeDecl.name === `list<dyn>`) return "list";
    if (typeDecl.name === `map<dyn, dyn>`) return "map";
    return typeDecl.name;
  }
  parse(expression) {
    const ast = this.#parser.parse(expression);
    const evaluateParsed = this.#evaluateAST.bind(this, ast);
    evaluateParsed.check = this.#checkAST.bind(this, ast);
    evaluateParsed.ast = ast;
    return evaluateParsed;
  }
  evaluate(expression, context) {
    return this.#evaluateAST(this.#parser.parse(expression), context);
  }
  #evaluateAST(ast, ctx) {
    if (ast.checkedType) {
      return ast.evaluate(this.#evaluator, ast, new RootContext(this.#registry, ctx));
    } else {
      this.#evalTypeChecker.check(ast, ctx = new RootContext(this.#registry, ctx));
      return ast.evaluate(this.#evaluator, ast, ctx);
    }
  }
};
var Evaluator = class extends Base {
  constructor(opts) {
    super(opts);
    this.createError = evaluationError;
  }
  #firstMapElement(coll) {
    if (coll instanceof Map) return coll.entries().next().value;
    for (const key in coll) return [key, coll[key]];
  }
  debugRuntimeType(value, checkedType) {
    return checkedType?.hasDynType === false ? checkedType : this.debugTypeDeep(value);
  }
  debugTypeDeep(value) {
    const runtimeType = this.debugType(value);
    switch (runtimeType.kind) {
      case "list": {
        const first = value instanceof Array ? value[0] : value.values().next().value;
        if (first === void 0) return runtimeType;
        return this.registry.getListType(this.debugTypeDeep(first));
      }
      case "map": {
        const first = this.#firstMapElement(value);
        if (!first) return runtimeType;
        return this.registry.getMapType(
          runtimeType.keyType.hasDynType ? this.debugTypeDeep(first[0]) : runtimeType.keyType,
          runtimeType.valueType.hasDynType ? this.debugTypeDeep(first[1]) : runtimeType.valueType
        );
      }
      default:
        return runtimeType;
    }
  }
  tryEval(ast, ctx) {
    try {
      const res = this.run(ast, ctx);
      if (res instanceof Promise) return res.catch((err) => err);
      return res;
    } catch (err) {
      return err;
    }
  }
  run(ast, ctx) {
    return ast.evaluate(this, ast, ctx);
  }
};
var globalEnvironment = new Environment({
  unlistedVariablesAreDyn: true
});

// src/analyze/cel/parse-cel.ts
var kubernetesCel = new Environment({
  enableOptionalTypes: true,
  unlistedVariablesAreDyn: true,
  homogeneousAggregateLiterals: false
});
var parsedByText = /* @__PURE__ */ new Map();
var PARSED_BY_TEXT_LIMIT = 4096;
var parseCel = (expression) => {
  let result = parsedByText.get(expression);
  if (result === void 0) {
    result = parseUncached(expression);
    if (parsedByText.size >= PARSED_BY_TEXT_LIMIT) parsedByText.delete(parsedByText.keys().next().value);
    parsedByText.set(expression, result);
  }
  return result;
};
var parseUncached = (expression) => {
  try {
    return { ok: true, ast: kubernetesCel.parse(expression).ast };
  } catch (error) {
    const shape = typeof error === "object" && error !== null ? error : {};
    const firstLine = typeof shape.message === "string" ? shape.message.split("\n", 1)[0] ?? "" : String(error);
    const start = typeof shape.range?.start === "number" ? shape.range.start : 0;
    const end = typeof shape.range?.end === "number" ? shape.range.end : expression.length;
    return { ok: false, reason: `CEL parse error: ${firstLine}`, start, end: Math.max(start, end) };
  }
};
var celChildren = (node) => {
  const children = [];
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === "object" && value !== null && "op" in value) children.push(value);
  };
  visit(node.args);
  return children;
};

// src/array.ts
var pushAll = (target, items) => {
  for (const item of items) target.push(item);
};
var maxOf = (values) => {
  let max = -Infinity;
  for (const value of values) if (value > max) max = value;
  return max;
};

// src/analyze/cel/read-expression.ts
var MAX_NESTING = 400;
var COMPREHENSIONS = /* @__PURE__ */ new Map([
  ["all", "bool"],
  ["exists", "bool"],
  ["exists_one", "bool"],
  ["existsOne", "bool"],
  ["filter", "subset"],
  ["sortBy", "subset"],
  ["map", "mapped"],
  ["transformList", "mapped"]
]);
var SUBSET_METHODS = /* @__PURE__ */ new Set(["slice", "distinct", "reverse", "sort"]);
var SCALAR_RESULTS = /* @__PURE__ */ new Set([
  "size",
  "contains",
  "startsWith",
  "endsWith",
  "matches",
  "join",
  "indexOf",
  "lastIndexOf",
  "lowerAscii",
  "upperAscii",
  "replace",
  "split",
  "substring",
  "trim",
  "charAt",
  "format",
  "quote",
  "isSorted",
  "sum",
  "min",
  "max",
  "hasValue",
  "string",
  "int",
  "uint",
  "double",
  "bool",
  "bytes",
  "type",
  "duration",
  "timestamp",
  "has",
  "isSemver",
  "semver",
  "quantity",
  "isQuantity",
  "url",
  "isURL",
  "ip",
  "isIP",
  "cidr",
  "isCIDR",
  "getHost",
  "getPort",
  "getScheme",
  "getPath",
  "compareTo",
  "isGreaterThan",
  "isLessThan",
  "add",
  "sub",
  "asInteger",
  "asApproximateFloat",
  "sign"
]);
var MAX_VISITS = 2e5;
var MAX_VARIABLE_CHAIN = 64;
var lookup = (scope, name) => {
  for (let s = scope; s !== void 0; s = s.parent) if (s.name === name) return s.value;
  return void 0;
};
var isContainerList2 = (name) => CONTAINER_LISTS.includes(name);
var stringLiteral = (node) => node.op === "value" && typeof node.args === "string" ? node.args : void 0;
var isRequestField = (node, field) => (node.op === "." || node.op === ".?") && node.args[1] === field && node.args[0].op === "id" && node.args[0].args === "request";
var isStringList = (node) => node.op === "list" && node.args.every((element) => stringLiteral(element) !== void 0);
var booleanLiteral = (node) => node.op === "value" && typeof node.args === "boolean" ? node.args : void 0;
var integerLiteral = (node) => node.op === "value" && typeof node.args === "bigint" ? node.args : void 0;
var flip = (sign) => sign === 0 ? 0 : sign === 1 ? -1 : 1;
var sizeOperand = (node) => {
  if (node.op === "call" && node.args[0] === "size" && node.args[1].length === 1) return node.args[1][0];
  if (node.op === "rcall" && node.args[0] === "size" && node.args[2].length === 0) return node.args[1];
  return void 0;
};
var sizeComparisonSign = (op, sizeOnLeft, bound, sign) => {
  const mirrored = { "<": ">", "<=": ">=", ">": "<", ">=": "<=" };
  const normal = sizeOnLeft ? op : mirrored[op] ?? op;
  if (normal === ">" || normal === ">=") return sign;
  if (normal === "<" || normal === "<=") return flip(sign);
  if (bound === 0n) return normal === "==" ? flip(sign) : normal === "!=" ? sign : 0;
  return 0;
};
var decideRoles = (pending) => {
  const causes = pending.filter((each) => each.sign === 1 && !each.membership && each.read.lists.length > 0 && each.read.field !== "name");
  const impossible = pending.filter((each) => each.sign === 1 && each.read.category === "forbidden" && each.read.lists.length > 0);
  const beside = (each, others) => others.some((other) => other !== each && other.frames.some((frame) => each.frames.some((own) => own.id === frame.id && own.side !== frame.side)));
  return pending.map((each) => {
    const podLevel = each.read.lists.length === 0;
    const exempting = each.sign === -1 && beside(each, causes) || each.read.category !== "forbidden" && beside(each, impossible);
    const role = exempting ? "exemption" : !podLevel && each.read.field === "name" ? "identity" : "check";
    return { ...each.read, role };
  });
};
var REQUEST_CONTEXT = {
  userInfo: "the requesting user or group",
  namespace: "the namespace",
  name: "the Pod's name"
};
var readExpression = (ast, id, variableSourceOf, budget = { left: MAX_VISITS }) => {
  const reads = {
    lists: [],
    fields: [],
    unknowns: [],
    variableRefs: [],
    subResourceReads: [],
    listChecks: [],
    contextReads: [],
    value: OPAQUE
  };
  const pending = [];
  let tooDeep = false;
  let tooLarge = false;
  let nextFrame = 0;
  const resolving = [];
  const evidence = (node, ctx) => ({ id: ctx.id, start: node.start, end: node.end });
  const unknown = (node, ctx, reason) => {
    reads.unknowns.push({ reason, at: evidence(node, ctx) });
    return LOST;
  };
  const withSign = (ctx, sign) => sign === ctx.sign ? ctx : { ...ctx, sign };
  const conjunction = (ctx) => {
    const frameId = nextFrame++;
    return (side) => ({ ...ctx, frames: [...ctx.frames, { id: frameId, side }] });
  };
  const noteContext = (what, node, ctx) => {
    if (!reads.contextReads.some((each) => each.what === what)) reads.contextReads.push({ what, at: evidence(node, ctx) });
  };
  const recordField = (field, lists, node, ctx) => {
    const path = field.filter((segment) => segment !== "[]");
    if (path.length === 0) return;
    const joined = path.join(".");
    const podLevel = lists.length === 0;
    pending.push({
      read: { field: joined, category: podLevel ? "pod-level" : containerFieldCategory(joined), lists, at: evidence(node, ctx) },
      sign: ctx.sign,
      frames: ctx.frames,
      membership: ctx.membership === true
    });
  };
  const recordListCheck = (value, node, ctx) => {
    if (ctx.sign === 0) return;
    for (const list of containerListsOf(value)) {
      if (!reads.listChecks.some((each) => each.list === list)) reads.listChecks.push({ list, scope: "pod", at: evidence(node, ctx) });
    }
  };
  const joinAt = (a, b, node, ctx) => {
    const joined = join(a, b);
    if (joined.k === "lost" && a.k !== "lost" && b.k !== "lost") {
      return unknown(node, ctx, "too many alternative values to follow");
    }
    return joined;
  };
  const elementOf = (value, node, ctx) => {
    switch (value.k) {
      case "list":
        return value.elem;
      case "alt":
        return value.of.reduce((acc, each) => joinAt(acc, elementOf(each, node, ctx), node, ctx), EMPTY);
      case "lost":
        return LOST;
      case "object":
        if (leadsToPodSpec(value.path)) {
          return unknown(node, ctx, `iterates over object${value.path.map((segment) => `.${segment}`).join("")}, whose elements cannot be bound to a container list`);
        }
        return { k: "object", path: [...value.path, "[]"] };
      case "container":
        return value.path.length === 0 ? OPAQUE : value;
      default:
        return OPAQUE;
    }
  };
  const variable = (key, node, ctx) => {
    if (!reads.variableRefs.includes(key)) reads.variableRefs.push(key);
    const source = variableSourceOf(key);
    if (source === void 0) return unknown(node, ctx, `variables.${key} is not defined`);
    if (source === "unparsed") return LOST;
    if (!("ast" in source)) {
      if (key === "params") noteContext("the policy's parameters", node, ctx);
      return source;
    }
    if (resolving.includes(key)) return unknown(node, ctx, `variables.${key} refers to itself`);
    if (resolving.length >= MAX_VARIABLE_CHAIN) return unknown(node, ctx, "variables refer to each other too deeply to follow");
    resolving.push(key);
    const value = visit(source.ast, void 0, { ...ctx, id: source.id }, 0);
    resolving.pop();
    return value;
  };
  const select = (receiver, key, node, ctx) => {
    switch (receiver.k) {
      case "variables":
        return variable(key, node, ctx);
      case "request":
        if (key === "object") return { k: "object", path: [] };
        if (key === "operation") return unknown(node, ctx, "request.operation is used in a form the analysis does not follow");
        if (key === "subResource") {
          reads.subResourceReads.push(evidence(node, ctx));
          return unknown(node, ctx, "request.subResource is used in a form the analysis does not follow");
        }
        if (REQUEST_CONTEXT[key] !== void 0) noteContext(REQUEST_CONTEXT[key], node, ctx);
        return OPAQUE;
      case "object": {
        const path = [...receiver.path, key];
        if (receiver.path.length === 0 && key === "metadata") noteContext("the Pod's metadata (labels, annotations, owners)", node, ctx);
        const podSpec = podSpecOf2(receiver.path);
        if (podSpec !== void 0 && podSpec.path.length === receiver.path.length && isContainerList2(key)) {
          reads.lists.push({ list: key, scope: podSpec.scope, at: evidence(node, ctx) });
          return { k: "list", elem: { k: "container", lists: [key], path: [] } };
        }
        if (!leadsToPodSpec(path) && podSpecOf2(path) !== void 0) recordField(path, [], node, ctx);
        return { k: "object", path };
      }
      case "container": {
        const path = [...receiver.path, key];
        recordField(path, receiver.lists, node, ctx);
        return { k: "container", lists: receiver.lists, path };
      }
      case "map":
        return receiver.entries.get(key) ?? OPAQUE;
      case "alt":
        return receiver.of.reduce((acc, each) => joinAt(acc, select(each, key, node, ctx), node, ctx), EMPTY);
      case "lost":
        return LOST;
      default:
        return OPAQUE;
    }
  };
  const index = (receiver, node, ctx) => {
    switch (receiver.k) {
      case "list":
        return receiver.elem;
      case "alt":
        return receiver.of.reduce((acc, each) => joinAt(acc, index(each, node, ctx), node, ctx), EMPTY);
      case "lost":
        return LOST;
      case "variables":
        return unknown(node, ctx, "variables are selected with a computed name");
      case "object":
        if (leadsToPodSpec(receiver.path)) {
          return unknown(node, ctx, `a computed key selects from object${receiver.path.map((segment) => `.${segment}`).join("")}`);
        }
        if (podSpecOf2(receiver.path) !== void 0) recordField(receiver.path, [], node, ctx);
        return { k: "object", path: [...receiver.path, "[]"] };
      case "container":
        if (receiver.path.length === 0) return unknown(node, ctx, "a computed key selects a container field");
        recordField(receiver.path, receiver.lists, node, ctx);
        return receiver;
      case "map":
        return [...receiver.entries.values()].reduce((acc, each) => joinAt(acc, each, node, ctx), EMPTY);
      default:
        return OPAQUE;
    }
  };
  const requestTest = (node, ctx) => {
    if (node.op === "==" || node.op === "!=") {
      const [left, right] = node.args;
      const field = ["operation", "subResource"].find(
        (name) => isRequestField(left, name) && stringLiteral(right) !== void 0 || isRequestField(right, name) && stringLiteral(left) !== void 0
      );
      if (field === void 0) return false;
      if (field === "subResource") reads.subResourceReads.push(evidence(isRequestField(left, field) ? left : right, ctx));
      return true;
    }
    if (node.op === "in") {
      const [left, right] = node.args;
      const field = ["operation", "subResource"].find((name) => isRequestField(left, name));
      if (field === void 0 || !isStringList(right)) return false;
      if (field === "subResource") reads.subResourceReads.push(evidence(left, ctx));
      return true;
    }
    if (node.op === "call" && node.args[0] === "has" && node.args[1].length === 1) {
      const [argument] = node.args[1];
      if (argument === void 0) return false;
      const field = ["operation", "subResource"].find((name) => isRequestField(argument, name));
      if (field === void 0) return false;
      if (field === "subResource") reads.subResourceReads.push(evidence(argument, ctx));
      return true;
    }
    return false;
  };
  const visitAll = (nodes, scope, ctx, depth) => nodes.map((each) => visit(each, scope, ctx, depth + 1));
  const callResult = (name, inputs, node, ctx) => {
    if (name === "size" || name === "has" || name === "hasValue") for (const input of inputs) recordListCheck(input, node, ctx);
    if (SCALAR_RESULTS.has(name)) return OPAQUE;
    if (inputs.some(holdsContainers)) return unknown(node, ctx, `${name}() on container data is not followed`);
    return inputs.some((input) => input.k === "lost") ? LOST : OPAQUE;
  };
  const visitMethod = (node, scope, ctx, depth) => {
    const [name, receiverNode, argumentNodes] = node.args;
    if (receiverNode.op === "id" && lookup(scope, receiverNode.args) === void 0) {
      if (receiverNode.args === "cel" && name === "bind" && argumentNodes.length === 3) {
        const [bound, init, body] = argumentNodes;
        if (bound?.op === "id" && init !== void 0 && body !== void 0) {
          const value = visit(init, scope, withSign(ctx, 0), depth + 1);
          return visit(body, { name: bound.args, value, parent: scope }, ctx, depth + 1);
        }
      }
      if (receiverNode.args === "optional") {
        const values2 = visitAll(argumentNodes, scope, ctx, depth);
        if (name === "none") return EMPTY;
        if (name === "of" || name === "ofNonZeroValue") return values2[0] ?? OPAQUE;
      }
    }
    const shape = COMPREHENSIONS.get(name);
    const [first] = argumentNodes;
    if (shape !== void 0 && first?.op === "id" && argumentNodes.length >= 2) {
      let receiverCtx;
      let bodyCtx;
      if (name === "all" && ctx.sign === -1 || (name === "exists" || name === "filter" || name === "map" || name === "transformList" || name === "sortBy") && ctx.sign === 1) {
        const sides = conjunction(ctx);
        receiverCtx = withSign(sides(0), 1);
        bodyCtx = sides(1);
      } else if (name === "all") {
        receiverCtx = withSign(ctx, flip(ctx.sign));
        bodyCtx = ctx;
      } else if (name === "exists" || shape === "subset" || shape === "mapped") {
        receiverCtx = ctx;
        bodyCtx = ctx;
      } else {
        receiverCtx = withSign(ctx, 0);
        bodyCtx = withSign(ctx, 0);
      }
      const receiver2 = visit(receiverNode, scope, { ...receiverCtx, membership: true }, depth + 1);
      const element = elementOf(receiver2, receiverNode, ctx);
      bodyCtx = bodyCtx.membership ? { ...bodyCtx, membership: false } : bodyCtx;
      const second = argumentNodes[1];
      const twoVariables = argumentNodes.length === 3 && name !== "map" && second?.op === "id";
      let inner = { name: first.args, value: twoVariables ? OPAQUE : element, parent: scope };
      if (twoVariables && second?.op === "id") inner = { name: second.args, value: element, parent: inner };
      const bodies = argumentNodes.slice(twoVariables ? 2 : 1);
      const values2 = visitAll(bodies, inner, bodyCtx, depth);
      if (shape === "bool") return OPAQUE;
      if (shape === "subset") return receiver2;
      return { k: "list", elem: values2[values2.length - 1] ?? OPAQUE };
    }
    const receiver = visit(receiverNode, scope, name === "size" ? withSign(ctx, 0) : ctx, depth + 1);
    const values = visitAll(argumentNodes, scope, ctx, depth);
    switch (name) {
      case "orValue":
        return joinAt(receiver, values[0] ?? OPAQUE, node, ctx);
      case "value":
        return receiver;
      case "first":
      case "last":
        return elementOf(receiver, receiverNode, ctx);
      case "flatten": {
        const element = elementOf(receiver, receiverNode, ctx);
        return element.k === "list" || element.k === "alt" || element.k === "lost" ? element : receiver;
      }
      default:
        if (SUBSET_METHODS.has(name)) return receiver;
        return callResult(name, [receiver, ...values], node, ctx);
    }
  };
  const visitComparison = (node, scope, ctx, depth) => {
    const [left, right] = node.args;
    const negated = node.op === "!=";
    for (const [value, other] of [[left, right], [right, left]]) {
      const literal = booleanLiteral(other);
      if (literal !== void 0 && (node.op === "==" || negated)) {
        visit(value, scope, withSign(ctx, literal !== negated ? ctx.sign : flip(ctx.sign)), depth + 1);
        return OPAQUE;
      }
    }
    const leftList = sizeOperand(left);
    const sized = leftList ?? sizeOperand(right);
    if (sized !== void 0) {
      const bound = integerLiteral(leftList !== void 0 ? right : left);
      const sign2 = sizeComparisonSign(node.op, leftList !== void 0, bound, ctx.sign);
      const sizeNode = leftList !== void 0 ? left : right;
      const list = visit(sized, scope, withSign(ctx, sign2), depth + 1);
      recordListCheck(list, sizeNode, ctx);
      visit(leftList !== void 0 ? right : left, scope, withSign(ctx, 0), depth + 1);
      return OPAQUE;
    }
    const sign = negated ? flip(ctx.sign) : node.op === "==" ? ctx.sign : ctx.sign;
    const [a, b] = visitAll(node.args, scope, withSign(ctx, sign), depth);
    if ((node.op === "==" || negated) && a !== void 0 && b !== void 0) {
      if (b.k === "empty") recordListCheck(a, node, ctx);
      if (a.k === "empty") recordListCheck(b, node, ctx);
    }
    return OPAQUE;
  };
  const visit = (node, scope, ctx, depth) => {
    if (--budget.left < 0) {
      if (tooLarge) return LOST;
      tooLarge = true;
      return unknown(node, ctx, "expression, with its variables, is too large to analyse");
    }
    if (depth > MAX_NESTING) {
      if (tooDeep) return LOST;
      tooDeep = true;
      return unknown(node, ctx, "expression nests too deeply to analyse");
    }
    switch (node.op) {
      case "value":
        return OPAQUE;
      case "id": {
        const bound = lookup(scope, node.args);
        if (bound !== void 0) return bound;
        if (node.args === "object") return { k: "object", path: [] };
        if (node.args === "request") return { k: "request" };
        if (node.args === "variables") return { k: "variables" };
        if (node.args === "namespaceObject") noteContext("the namespace", node, ctx);
        if (node.args === "params") noteContext("the policy's parameters", node, ctx);
        return OPAQUE;
      }
      case ".":
      case ".?":
        return select(visit(node.args[0], scope, ctx, depth + 1), node.args[1], node, ctx);
      case "[]":
      case "[?]": {
        const receiver = visit(node.args[0], scope, ctx, depth + 1);
        visit(node.args[1], scope, withSign(ctx, 0), depth + 1);
        const key = stringLiteral(node.args[1]);
        return key !== void 0 ? select(receiver, key, node, ctx) : index(receiver, node, ctx);
      }
      case "call": {
        if (requestTest(node, ctx)) return OPAQUE;
        const [name, argumentNodes] = node.args;
        const values = visitAll(argumentNodes, scope, name === "size" ? withSign(ctx, 0) : ctx, depth);
        if (name === "dyn") return values[0] ?? OPAQUE;
        return callResult(name, values, node, ctx);
      }
      case "rcall":
        return visitMethod(node, scope, ctx, depth);
      case "list": {
        if (node.args.length === 0) return EMPTY;
        return visitAll(node.args, scope, ctx, depth).reduce(
          (acc, each) => ({ k: "list", elem: joinAt(acc.k === "list" ? acc.elem : EMPTY, each, node, ctx) }),
          { k: "list", elem: EMPTY }
        );
      }
      case "map": {
        const entries = /* @__PURE__ */ new Map();
        for (const [keyNode, valueNode] of node.args) {
          visit(keyNode, scope, withSign(ctx, 0), depth + 1);
          const value = visit(valueNode, scope, ctx, depth + 1);
          const key = stringLiteral(keyNode);
          if (key !== void 0) entries.set(key, value);
        }
        return { k: "map", entries };
      }
      case "?:": {
        visit(node.args[0], scope, withSign(ctx, 0), depth + 1);
        return joinAt(visit(node.args[1], scope, ctx, depth + 1), visit(node.args[2], scope, ctx, depth + 1), node, ctx);
      }
      case "!_":
        visit(node.args, scope, withSign(ctx, flip(ctx.sign)), depth + 1);
        return OPAQUE;
      case "-_":
        visit(node.args, scope, ctx, depth + 1);
        return OPAQUE;
      case "&&":
      case "||": {
        if (requestTest(node, ctx)) return OPAQUE;
        const both = node.op === "&&" && ctx.sign === 1 || node.op === "||" && ctx.sign === -1;
        const sides = both ? conjunction(ctx) : () => ctx;
        node.args.forEach((operand, side) => visit(operand, scope, sides(side), depth + 1));
        return OPAQUE;
      }
      case "+": {
        const [left, right] = visitAll(node.args, scope, ctx, depth);
        if (left === void 0 || right === void 0) return OPAQUE;
        if (left.k === "opaque" && right.k === "opaque") return OPAQUE;
        return joinAt(left, right, node, ctx);
      }
      case "in": {
        if (requestTest(node, ctx)) return OPAQUE;
        visitAll(node.args, scope, ctx, depth);
        return OPAQUE;
      }
      case "==":
      case "!=":
      case "<":
      case "<=":
      case ">":
      case ">=":
        if (requestTest(node, ctx)) return OPAQUE;
        return visitComparison(node, scope, ctx, depth);
      default:
        if (requestTest(node, ctx)) return OPAQUE;
        visitAll(node.args, scope, ctx, depth);
        return OPAQUE;
    }
  };
  reads.value = visit(ast, void 0, { id, sign: -1, frames: [] }, 0);
  pushAll(reads.fields, decideRoles(pending));
  return reads;
};
var containerListsOf = (value) => {
  if (value.k === "list" && value.elem.k === "container" && value.elem.path.length === 0) return [...value.elem.lists];
  if (value.k === "alt") return [...new Set(value.of.flatMap(containerListsOf))];
  return [];
};

// src/analyze/cel/update-scenario.ts
var PLAIN_UPDATE = { subResource: "" };
var EPHEMERAL_CONTAINERS_UPDATE = { subResource: "ephemeralcontainers" };
var UNKNOWN = { is: "unknown" };
var MAX_NESTING2 = 400;
var stringLiteral2 = (node) => node.op === "value" && typeof node.args === "string" ? node.args : void 0;
var integerLiteral2 = (node) => node.op === "value" && typeof node.args === "bigint" ? node.args : void 0;
var sizeOperand2 = (node) => {
  if (node.op === "call" && node.args[0] === "size" && node.args[1].length === 1) return node.args[1][0];
  if (node.op === "rcall" && node.args[0] === "size" && node.args[2].length === 0) return node.args[1];
  return void 0;
};
var compareSizes = (op, size, other) => {
  switch (op) {
    case "==":
      return size === other;
    case "!=":
      return size !== other;
    case "<":
      return size < other;
    case "<=":
      return size <= other;
    case ">":
      return size > other;
    case ">=":
      return size >= other;
    default:
      return void 0;
  }
};
var MIRRORED = { "<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!=" };
var outcomeUnder = (scenario, ast, id, variableOutcomeOf) => {
  const known = (is, node) => ({ is, at: { id, start: node.start, end: node.end } });
  const fromBoolean = (value, node) => known(value ? "true" : "false", node);
  const requestValue = (field) => field === "operation" ? "UPDATE" : field === "subResource" ? scenario.subResource : void 0;
  const requestFieldOf = (node) => ["operation", "subResource"].find((field) => isRequestField(node, field));
  const comparison = (node, depth) => {
    const [left, right] = node.args;
    if (node.op === "==" || node.op === "!=") {
      const field = requestFieldOf(left) ?? requestFieldOf(right);
      const literal = requestFieldOf(left) !== void 0 ? stringLiteral2(right) : stringLiteral2(left);
      const actual = field === void 0 ? void 0 : requestValue(field);
      if (actual !== void 0 && literal !== void 0) return fromBoolean(actual === literal === (node.op === "=="), node);
      const oldObjectAgainstNull = left.op === "id" && left.args === "oldObject" && right.op === "value" && right.args === null || right.op === "id" && right.args === "oldObject" && left.op === "value" && left.args === null;
      if (oldObjectAgainstNull) return fromBoolean(node.op === "!=", node);
    }
    const leftList = sizeOperand2(left);
    const rightList = sizeOperand2(right);
    const sized = leftList ?? rightList;
    const bound = leftList !== void 0 ? integerLiteral2(right) : integerLiteral2(left);
    if (sized === void 0 || bound === void 0) return UNKNOWN;
    const list = evaluate2(sized, depth + 1);
    if (list.is !== "empty") return UNKNOWN;
    const op = leftList !== void 0 ? node.op : MIRRORED[node.op] ?? node.op;
    const result = compareSizes(op, 0n, bound);
    return result === void 0 ? UNKNOWN : { is: result ? "true" : "false", at: list.at };
  };
  const macro = (node, depth) => {
    const [name, receiverNode, argumentNodes] = node.args;
    const receiver = evaluate2(receiverNode, depth + 1);
    const body = argumentNodes[argumentNodes.length - 1];
    const predicate = name === "map" && argumentNodes.length === 3 ? argumentNodes[1] : body;
    const bodyOutcome = (target) => target === void 0 ? UNKNOWN : evaluate2(target, depth + 1);
    switch (name) {
      case "all": {
        if (receiver.is === "empty") return { is: "true", at: receiver.at };
        const p = bodyOutcome(body);
        return p.is === "true" ? p : UNKNOWN;
      }
      case "exists":
      case "exists_one":
      case "existsOne": {
        if (receiver.is === "empty") return { is: "false", at: receiver.at };
        const p = bodyOutcome(body);
        return p.is === "false" ? p : UNKNOWN;
      }
      case "filter":
      case "map": {
        if (receiver.is === "empty") return receiver;
        if (name === "map" && argumentNodes.length !== 3) return UNKNOWN;
        const p = bodyOutcome(predicate);
        return p.is === "false" ? { is: "empty", at: p.at } : UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  };
  const evaluate2 = (node, depth) => {
    if (depth > MAX_NESTING2) return UNKNOWN;
    switch (node.op) {
      case "value":
        return typeof node.args === "boolean" ? fromBoolean(node.args, node) : UNKNOWN;
      case "list":
        return node.args.length === 0 ? known("empty", node) : UNKNOWN;
      case ".":
      case ".?": {
        const [receiver, name] = node.args;
        if (receiver.op !== "id" || receiver.args !== "variables") return UNKNOWN;
        const outcome = variableOutcomeOf(name);
        return outcome.is === "unknown" ? outcome : known(outcome.is, node);
      }
      case "||": {
        const a = evaluate2(node.args[0], depth + 1);
        if (a.is === "true") return a;
        const b = evaluate2(node.args[1], depth + 1);
        if (b.is === "true") return b;
        return a.is === "false" && b.is === "false" ? known("false", node) : UNKNOWN;
      }
      case "&&": {
        const a = evaluate2(node.args[0], depth + 1);
        if (a.is === "false") return a;
        const b = evaluate2(node.args[1], depth + 1);
        if (b.is === "false") return b;
        return a.is === "true" && b.is === "true" ? known("true", node) : UNKNOWN;
      }
      case "!_": {
        const a = evaluate2(node.args, depth + 1);
        if (a.is === "true") return { is: "false", at: a.at };
        if (a.is === "false") return { is: "true", at: a.at };
        return UNKNOWN;
      }
      case "?:": {
        const condition = evaluate2(node.args[0], depth + 1);
        if (condition.is === "true" || condition.is === "false") {
          const branch = evaluate2(node.args[condition.is === "true" ? 1 : 2], depth + 1);
          return branch.is === "unknown" ? branch : { is: branch.is, at: condition.at };
        }
        const a = evaluate2(node.args[1], depth + 1);
        const b = evaluate2(node.args[2], depth + 1);
        return a.is !== "unknown" && a.is === b.is ? a : UNKNOWN;
      }
      case "==":
      case "!=":
      case "<":
      case "<=":
      case ">":
      case ">=":
        return comparison(node, depth);
      case "in": {
        const [left, right] = node.args;
        const field = requestFieldOf(left);
        const actual = field === void 0 ? void 0 : requestValue(field);
        if (actual === void 0 || right.op !== "list") return UNKNOWN;
        const options = right.args.map(stringLiteral2);
        if (options.some((option) => option === void 0)) return UNKNOWN;
        return fromBoolean(options.includes(actual), node);
      }
      case "call": {
        const [name, argumentNodes] = node.args;
        const [argument] = argumentNodes;
        if (name !== "has" || argument === void 0) return UNKNOWN;
        if (isRequestField(argument, "operation")) return known("true", node);
        if (isRequestField(argument, "subResource") && scenario.subResource !== "") return known("true", node);
        return UNKNOWN;
      }
      case "rcall":
        return macro(node, depth);
      case "+": {
        const a = evaluate2(node.args[0], depth + 1);
        const b = evaluate2(node.args[1], depth + 1);
        return a.is === "empty" && b.is === "empty" ? a : UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  };
  return evaluate2(ast, 0);
};
var operationUpdateTests = (ast, id, variableOf) => {
  const tests = [];
  const seen = /* @__PURE__ */ new Set();
  const walk = (node, where, depth) => {
    if (depth > MAX_NESTING2) return;
    if (node.op === "==") {
      const [left, right] = node.args;
      const field = isRequestField(left, "operation") ? left : isRequestField(right, "operation") ? right : void 0;
      const literal = field === left ? right : left;
      if (field && stringLiteral2(literal) === "UPDATE" && (field.op === "." || field.op === ".?")) {
        const request = field.args[0];
        tests.push({ at: { id: where, start: node.start, end: node.end }, request: { id: where, start: request.start, end: request.end }, literal: { id: where, start: literal.start, end: literal.end } });
        return;
      }
    }
    if ((node.op === "." || node.op === ".?") && node.args[0].op === "id" && node.args[0].args === "variables" && !seen.has(node.args[1])) {
      seen.add(node.args[1]);
      const variable = variableOf(node.args[1]);
      if (variable) walk(variable.ast, variable.id, depth + 1);
      return;
    }
    for (const child of celChildren(node)) walk(child, where, depth + 1);
  };
  walk(ast, id, 0);
  return tests;
};
var celUpdateTestAnchors = (tests, locate) => {
  const seen = /* @__PURE__ */ new Set();
  return tests.filter((test) => {
    const key = `${test.at.id}\0${test.at.start}\0${test.at.end}`;
    return !seen.has(key) && seen.add(key) !== void 0;
  }).map((test) => ({ kind: "and-not-ephemeral", ruleId: "EG102", language: "cel", test: locate(test.at), request: locate(test.request), literal: locate(test.literal) }));
};

// src/analyze/cel/cel-policy.ts
var MAX_VARIABLE_CHAIN2 = 64;
var BUILT_IN_VARIABLES = /* @__PURE__ */ new Map([
  ["anyObject", { k: "object", path: [] }],
  ["params", OPAQUE]
]);
var CelProgram = class {
  parsed = /* @__PURE__ */ new Map();
  variables = /* @__PURE__ */ new Map();
  outcomes = /* @__PURE__ */ new Map();
  budget = { left: MAX_VISITS };
  chainDepth = 0;
  constructor(variables) {
    for (const variable of variables) if (!this.variables.has(variable.name)) this.variables.set(variable.name, variable);
  }
  parse(input) {
    let result = this.parsed.get(input.id);
    if (result === void 0) {
      result = parseCel(input.expression);
      this.parsed.set(input.id, result);
    }
    return result;
  }
  parseUnknown(input) {
    const result = this.parse(input);
    return result.ok ? void 0 : { reason: result.reason, at: { id: input.id, start: result.start, end: result.end } };
  }
  read(input) {
    const parsed = this.parse(input);
    if (!parsed.ok) {
      return {
        lists: [],
        fields: [],
        unknowns: [{ reason: parsed.reason, at: { id: input.id, start: parsed.start, end: parsed.end } }],
        variableRefs: [],
        subResourceReads: [],
        listChecks: [],
        contextReads: [],
        value: LOST
      };
    }
    return readExpression(parsed.ast, input.id, (name) => this.variableSource(name), this.budget);
  }
  variableSource(name) {
    const variable = this.variables.get(name);
    if (variable === void 0) return BUILT_IN_VARIABLES.get(name);
    const parsed = this.parse(variable);
    return parsed.ok ? { id: variable.id, ast: parsed.ast } : "unparsed";
  }
  outcome(scenario, input) {
    const parsed = this.parse(input);
    if (!parsed.ok) return { is: "unknown" };
    return outcomeUnder(scenario, parsed.ast, input.id, (name) => this.variableOutcome(scenario, name));
  }
  /** The `request.operation == "UPDATE"` tests of an expression and the variables it reads. */
  updateTests(input) {
    const parsed = this.parse(input);
    if (!parsed.ok) return [];
    return operationUpdateTests(parsed.ast, input.id, (name) => {
      const variable = this.variables.get(name);
      const result = variable && this.parse(variable);
      return variable && result?.ok ? { id: variable.id, ast: result.ast } : void 0;
    });
  }
  variableOutcome(scenario, name) {
    let memo = this.outcomes.get(scenario);
    if (memo === void 0) {
      memo = /* @__PURE__ */ new Map();
      this.outcomes.set(scenario, memo);
    }
    const state = memo.get(name);
    if (state === "pending") return { is: "unknown" };
    if (state !== void 0) return state;
    const variable = this.variables.get(name);
    if (variable === void 0 || this.chainDepth >= MAX_VARIABLE_CHAIN2) return { is: "unknown" };
    memo.set(name, "pending");
    this.chainDepth++;
    const outcome = this.outcome(scenario, variable);
    this.chainDepth--;
    memo.set(name, outcome);
    return outcome;
  }
};
var dedupeLists = (reads) => {
  const seen = /* @__PURE__ */ new Set();
  return reads.filter((read2) => {
    const key = `${read2.list}\0${read2.scope}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
var dedupeFields = (reads) => {
  const byKey = /* @__PURE__ */ new Map();
  for (const read2 of reads) {
    const key = `${read2.role}\0${read2.category === "pod-level" ? "pod" : "container"}\0${read2.field}`;
    const existing = byKey.get(key);
    if (existing === void 0) {
      byKey.set(key, read2);
      continue;
    }
    const lists = [...existing.lists];
    for (const list of read2.lists) if (!lists.includes(list)) lists.push(list);
    if (lists.length !== existing.lists.length) byKey.set(key, { ...existing, lists });
  }
  const kept = [...byKey.values()];
  const kindOf = (read2) => `${read2.role}\0${read2.category === "pod-level" ? "pod" : "container"}`;
  const parents = /* @__PURE__ */ new Set();
  for (const read2 of kept) {
    for (let dot = read2.field.indexOf("."); dot !== -1; dot = read2.field.indexOf(".", dot + 1)) {
      parents.add(`${kindOf(read2)}\0${read2.field.slice(0, dot)}`);
    }
  }
  return kept.filter((read2) => !parents.has(`${kindOf(read2)}\0${read2.field}`));
};
var dedupeUnknowns = (unknowns) => {
  const seen = /* @__PURE__ */ new Set();
  return unknowns.filter((unknown) => {
    const key = `${unknown.at.id}\0${unknown.at.start}\0${unknown.at.end}\0${unknown.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
var validationExemption = (program, validation) => {
  const ephemeral = program.outcome(EPHEMERAL_CONTAINERS_UPDATE, validation);
  if (ephemeral.is === "true") return { at: ephemeral.at, subresourceHandled: false };
  const plain = program.outcome(PLAIN_UPDATE, validation);
  if (plain.is === "true") return { at: plain.at, subresourceHandled: true };
  return void 0;
};
var conditionExemption = (program, condition) => {
  const ephemeral = program.outcome(EPHEMERAL_CONTAINERS_UPDATE, condition);
  if (ephemeral.is === "false") return { at: ephemeral.at, subresourceHandled: false };
  const plain = program.outcome(PLAIN_UPDATE, condition);
  if (plain.is === "false") return { at: plain.at, subresourceHandled: true };
  return void 0;
};
var analyzeConditions = (program, conditions) => {
  const unknowns = [];
  let readsSubResource;
  let skipping;
  let handled;
  for (const condition of conditions) {
    const reads = program.read(condition);
    pushAll(unknowns, reads.unknowns);
    readsSubResource ??= reads.subResourceReads[0];
    const exemption = conditionExemption(program, condition);
    if (exemption === void 0) continue;
    if (!exemption.subresourceHandled) skipping ??= exemption;
    else handled ??= exemption;
  }
  const updateExemption = skipping ?? handled;
  return {
    ...updateExemption === void 0 ? {} : { updateExemption },
    ...readsSubResource === void 0 ? {} : { readsSubResource },
    unknowns: dedupeUnknowns(unknowns)
  };
};
var analyzeValidation = (program, validation) => {
  const own = program.read(validation);
  const updateExemption = validationExemption(program, validation);
  return {
    id: validation.id,
    lists: dedupeLists(own.lists),
    fields: dedupeFields(own.fields),
    listChecks: dedupeLists(own.listChecks),
    contextReads: own.contextReads,
    ...updateExemption === void 0 ? {} : { updateExemption },
    ...updateExemption?.subresourceHandled === false ? { updateTests: program.updateTests(validation) } : {},
    unknowns: dedupeUnknowns(own.unknowns),
    subResourceReads: own.subResourceReads
  };
};
var analyzeCelPolicy = (input) => {
  const program = new CelProgram(input.variables);
  const analysed = input.validations.map((validation) => analyzeValidation(program, validation));
  const matchConditions = analyzeConditions(program, input.matchConditions);
  const parseUnknowns = input.variables.flatMap((variable) => program.parseUnknown(variable) ?? []);
  const readsSubResource = analysed.flatMap((validation) => validation.subResourceReads)[0] ?? matchConditions.readsSubResource;
  const validations = analysed.map(({ subResourceReads: _, ...validation }) => validation);
  return {
    validations,
    lists: dedupeLists(validations.flatMap((validation) => validation.lists)),
    fields: dedupeFields(validations.flatMap((validation) => validation.fields)),
    listChecks: dedupeLists(validations.flatMap((validation) => validation.listChecks)),
    contextReads: validations.flatMap((validation) => validation.contextReads).filter((read2, i, all) => all.findIndex((other) => other.what === read2.what) === i),
    matchConditions,
    ...readsSubResource === void 0 ? {} : { readsSubResource },
    unknowns: dedupeUnknowns([
      ...parseUnknowns,
      ...validations.flatMap((validation) => validation.unknowns),
      ...matchConditions.unknowns
    ])
  };
};
var analyzeCelConditions = (conditions) => analyzeConditions(new CelProgram([]), conditions);

// src/analyze/cel/list-extension.ts
var MAX_NESTING3 = 400;
var isPodSpec = (node) => node.op === "." && node.args[1] === "spec" && node.args[0].op === "id" && node.args[0].args === "object";
var celListExtensions = (expressions) => {
  const extensions = [];
  let blocked = false;
  const walk = (node, ancestors, id) => {
    if (ancestors.length > MAX_NESTING3) {
      blocked = true;
      return;
    }
    if ((node.op === "." || node.op === ".?") && isPodSpec(node.args[0])) {
      const list = node.args[1];
      if (list === "ephemeralContainers") blocked = true;
      if (list === "containers") {
        const parent = ancestors[ancestors.length - 1];
        if (parent?.op === "call" && parent.args[0] === "has") return;
        if (node.op === ".?") {
          blocked = true;
          return;
        }
        let top = node;
        for (let i = ancestors.length - 1; i >= 0 && ancestors[i].op === "+"; i--) top = ancestors[i];
        const spec = node.args[0];
        extensions.push({ mode: top === node ? "wrap" : "append", at: { id, start: top.start, end: top.end }, spec: { id, start: spec.start, end: spec.end } });
        return;
      }
    }
    for (const child of celChildren(node)) walk(child, [...ancestors, node], id);
  };
  for (const expression of expressions) {
    const parsed = parseCel(expression.expression);
    if (!parsed.ok) return void 0;
    walk(parsed.ast, [], expression.id);
  }
  if (blocked || extensions.length === 0) return void 0;
  const seen = /* @__PURE__ */ new Set();
  return extensions.filter((e) => !seen.has(`${e.at.id}:${e.at.start}:${e.at.end}`) && seen.add(`${e.at.id}:${e.at.start}:${e.at.end}`));
};

// src/analyze/admission-policy/cel-facts.ts
var ephemeralControl = (analysis, sources, options) => {
  const podLists = analysis.lists.filter((read2) => read2.scope === "pod");
  if (podLists.some((read2) => read2.list !== "ephemeralContainers")) return void 0;
  const ephemeral = podLists.find((read2) => read2.list === "ephemeralContainers");
  const checked = analysis.fields.filter((field) => field.role === "check" && field.lists.includes("ephemeralContainers"));
  const sized = analysis.listChecks.find((read2) => read2.list === "ephemeralContainers");
  if (checked.length > 0) {
    if (checked.some((field) => field.category === "security") || !checked.some((field) => isSettableOnEphemeral(field.category))) return void 0;
  } else if (sized === void 0 && !options.subresourceOnly) {
    return void 0;
  }
  const first = options.firstValidation;
  const at2 = sized?.at ?? checked[0]?.at ?? ephemeral?.at ?? { id: first.id, start: 0, end: first.expression.length };
  const decidedBy = [
    ...checked.length > 0 ? [`the ephemeral container's ${[...new Set(checked.map((field) => field.field))].join(", ")}`] : [],
    ...analysis.contextReads.map((read2) => read2.what),
    ...options.matchConditions > 0 ? ["its matchConditions"] : []
  ];
  const note = "controls ephemeral containers";
  return decidedBy.length === 0 ? { at: sources.at(at2), note, scope: "all" } : { at: sources.at(at2), note, scope: "conditional", allowsOnly: `what its checks of ${decidedBy.join(", ")} accept` };
};
var CelSources = class {
  refs = /* @__PURE__ */ new Map();
  /** `list[i][field]` for each entry with a string `field` (and `name`, for variables). */
  collect(list, listRef, field = "expression") {
    if (!Array.isArray(list)) return [];
    return list.flatMap((entry, i) => this.one(entry, childRef(listRef, i), field) ?? []);
  }
  /** `entry[field]` when it is a string, registered under `entryRef`. */
  one(entry, entryRef, field = "expression") {
    if (typeof entry !== "object" || entry === null) return void 0;
    const record = entry;
    const expression = record[field];
    if (typeof expression !== "string") return void 0;
    const ref = childRef(entryRef, field);
    const id = JSON.stringify([ref.file, ref.doc, ...ref.path]);
    this.refs.set(id, ref);
    const name = record["name"];
    return { id, expression, ...typeof name === "string" ? { name } : {} };
  }
  variables(list, listRef) {
    return this.collect(list, listRef).flatMap((input) => input.name === void 0 ? [] : [{ ...input, name: input.name }]);
  }
  at(evidence) {
    const ref = this.refs.get(evidence.id);
    return ref ? spanRef(ref, evidence.start, evidence.end) : { file: "", doc: 0, path: [] };
  }
};
var exemptionNote = (exemption, where) => exemption.subresourceHandled ? `${where} lets UPDATE through, except the ephemeral-container write` : `${where} skips every UPDATE, the ephemeral-container write included`;
var celCoverageParts = (sources, input, options = {}) => {
  const analysis = analyzeCelPolicy(input);
  const firstValidation = input.validations[0];
  const control = firstValidation ? ephemeralControl(analysis, sources, { subresourceOnly: options.subresourceOnly === true, matchConditions: input.matchConditions.length, firstValidation }) : void 0;
  const reads = analysis.lists.map((read2) => ({
    list: read2.list,
    at: sources.at(read2.at),
    note: read2.scope === "pod" ? `reads spec.${read2.list}` : `reads spec.template.spec.${read2.list} (a pod template)`
  }));
  const checks = analysis.fields.map((field) => ({
    field: field.field,
    category: field.category,
    role: field.role,
    lists: field.lists,
    at: sources.at(field.at)
  }));
  const skippingValidation = analysis.validations.find((v) => v.updateExemption && !v.updateExemption.subresourceHandled);
  const validationSkip = skippingValidation?.updateExemption;
  const conditionSkip = analysis.matchConditions.updateExemption?.subresourceHandled === false ? analysis.matchConditions.updateExemption : void 0;
  const skip = conditionSkip ? { at: sources.at(conditionSkip.at), note: exemptionNote(conditionSkip, "a match condition") } : validationSkip ? { at: sources.at(validationSkip.at), note: exemptionNote(validationSkip, "the validation") } : void 0;
  return {
    reads,
    checks,
    ...skip ? { updateDropped: skip } : {},
    unknowns: analysis.unknowns.map((u) => ({ at: sources.at(u.at), note: `CEL: ${u.reason}` })),
    ...analysis.readsSubResource ? { readsSubResource: { at: sources.at(analysis.readsSubResource), note: "tests request.subResource" } } : {},
    ...control ? { control } : {},
    fixes: [
      ...!conditionSkip && validationSkip ? celUpdateTestAnchors(
        analysis.validations.filter((v) => v.updateExemption && !v.updateExemption.subresourceHandled).flatMap((v) => v.updateTests ?? []),
        (at2) => sources.at(at2)
      ) : [],
      ...reads.some((read2) => read2.list === "ephemeralContainers") ? [] : listAnchors([...input.variables, ...input.validations], sources)
    ]
  };
};
var listAnchors = (expressions, sources) => (celListExtensions(expressions) ?? []).map((e) => ({ kind: "extend-list", ruleId: "EG101", mode: e.mode, at: sources.at(e.at), spec: sources.at(e.spec) }));
var celPolicyFacts = (parts) => {
  const reads = {};
  for (const read2 of parts.reads) reads[read2.list] ??= { at: read2.at, note: read2.note };
  const control = parts.control;
  if (control) reads.ephemeralContainers ??= control;
  const checks = control ? [...parts.checks, { field: "ephemeralContainers", category: "security", role: "check", lists: ["ephemeralContainers"], at: control.at }] : [...parts.checks];
  return { reads, checks, ...parts.updateDropped ? { updateDropped: parts.updateDropped } : {}, ...control ? { control } : {} };
};
var celConditionsDropUpdate = (sources, conditions) => {
  const analysis = analyzeCelConditions(conditions);
  const exemption = analysis.updateExemption;
  return {
    ...exemption && !exemption.subresourceHandled ? { updateDropped: { at: sources.at(exemption.at), note: exemptionNote(exemption, "celPreconditions") } } : {},
    unknowns: analysis.unknowns.map((u) => ({ at: sources.at(u.at), note: `CEL: ${u.reason}` }))
  };
};

// src/model/admission-rules.ts
var EPHEMERAL_CONTAINERS_UPDATE2 = Object.freeze({
  operation: "UPDATE",
  group: "",
  version: "v1",
  resource: "pods",
  subresource: "ephemeralcontainers",
  namespaced: true
});
var POD_CREATE = Object.freeze({
  operation: "CREATE",
  group: "",
  version: "v1",
  resource: "pods",
  subresource: "",
  namespaced: true
});
function exactOrWildcard(items, requested) {
  if (!Array.isArray(items)) return false;
  return items.some((item) => item === "*" || item === requested);
}
function scopeMatches(scope, request) {
  if (scope === void 0 || scope === null || scope === "*") return true;
  const isNamespaceObject = request.group === "" && request.version === "v1" && request.resource === "namespaces";
  if (scope === "Namespaced") return !isNamespaceObject && request.namespaced;
  if (scope === "Cluster") return isNamespaceObject || !request.namespaced;
  return false;
}
function resourceEntryMatches(entry, request) {
  if (typeof entry !== "string") return false;
  const slash = entry.indexOf("/");
  const resource = slash === -1 ? entry : entry.slice(0, slash);
  const subresource = slash === -1 ? "" : entry.slice(slash + 1);
  return (resource === "*" || resource === request.resource) && (subresource === "*" || subresource === request.subresource);
}
function resourcesMatch(resources, request) {
  return Array.isArray(resources) && resources.some((entry) => resourceEntryMatches(entry, request));
}
function resourceNamesMatch(resourceNames, request) {
  if (resourceNames === void 0 || resourceNames === null) return true;
  if (!Array.isArray(resourceNames)) return false;
  if (resourceNames.length === 0) return true;
  return request.name !== void 0 && resourceNames.includes(request.name);
}
function fieldOf(rule, field) {
  return typeof rule === "object" && rule !== null && !Array.isArray(rule) ? rule[field] : void 0;
}
function admissionRuleMatches(rule, request) {
  if (typeof rule !== "object" || rule === null || Array.isArray(rule)) return false;
  return scopeMatches(fieldOf(rule, "scope"), request) && exactOrWildcard(fieldOf(rule, "operations"), request.operation) && exactOrWildcard(fieldOf(rule, "apiGroups"), request.group) && exactOrWildcard(fieldOf(rule, "apiVersions"), request.version) && resourcesMatch(fieldOf(rule, "resources"), request) && resourceNamesMatch(fieldOf(rule, "resourceNames"), request);
}
function admissionRulesMatch(rules, excludeRules, request) {
  if (!Array.isArray(rules) || !rules.some((rule) => admissionRuleMatches(rule, request))) return false;
  return !(Array.isArray(excludeRules) && excludeRules.some((rule) => admissionRuleMatches(rule, request)));
}
function explainSubresourceMiss(rules, excludeRules) {
  const request = EPHEMERAL_CONTAINERS_UPDATE2;
  if (!Array.isArray(rules)) return [];
  if (rules.some((rule) => admissionRuleMatches(rule, request))) {
    return exclusionsOf(excludeRules, request);
  }
  const misses = [];
  rules.forEach((rule, ruleIndex) => {
    if (!isAboutPods(rule)) return;
    for (const miss of fieldMisses(rule, request)) misses.push({ list: "rules", ruleIndex, ...miss });
  });
  return misses;
}
function isAboutPods(rule) {
  const resources = fieldOf(rule, "resources");
  if (!Array.isArray(resources)) return false;
  const inCoreGroup = exactOrWildcard(fieldOf(rule, "apiGroups"), "");
  return resources.some((entry) => {
    if (typeof entry !== "string") return false;
    const slash = entry.indexOf("/");
    const resource = slash === -1 ? entry : entry.slice(0, slash);
    const subresource = slash === -1 ? "" : entry.slice(slash + 1);
    const podOrSubresource = subresource === "" || subresource === "*" || subresource === "ephemeralcontainers";
    return podOrSubresource && (resource === "pods" || resource === "*" && inCoreGroup);
  });
}
function fieldMisses(rule, request) {
  const misses = [];
  const scope = fieldOf(rule, "scope");
  if (!scopeMatches(scope, request)) {
    misses.push({ field: "scope", reason: `scope ${JSON.stringify(scope)} excludes namespaced Pods` });
  }
  const operations = fieldOf(rule, "operations");
  if (!exactOrWildcard(operations, request.operation)) {
    misses.push({
      field: "operations",
      reason: Array.isArray(operations) ? "operations lists neither UPDATE nor *" : "operations is not a list"
    });
  }
  const apiGroups = fieldOf(rule, "apiGroups");
  if (!exactOrWildcard(apiGroups, request.group)) {
    const coreIndex = Array.isArray(apiGroups) ? apiGroups.indexOf("core") : -1;
    misses.push({
      field: "apiGroups",
      ...coreIndex === -1 ? {} : { entryIndex: coreIndex },
      reason: !Array.isArray(apiGroups) ? "apiGroups is not a list" : coreIndex === -1 ? 'apiGroups lists neither "" (the core group) nor *' : 'apiGroups names "core", which matches nothing: the core group is ""'
    });
  }
  const apiVersions = fieldOf(rule, "apiVersions");
  if (!exactOrWildcard(apiVersions, request.version)) {
    misses.push({
      field: "apiVersions",
      reason: Array.isArray(apiVersions) ? "apiVersions lists neither v1 nor *" : "apiVersions is not a list"
    });
  }
  const resources = fieldOf(rule, "resources");
  if (!resourcesMatch(resources, request)) {
    misses.push(resourcesMiss(resources));
  }
  const resourceNames = fieldOf(rule, "resourceNames");
  if (!resourceNamesMatch(resourceNames, request)) {
    misses.push({ field: "resourceNames", reason: "resourceNames limits the rule to the Pods it names" });
  }
  return misses;
}
function resourcesMiss(resources) {
  if (!Array.isArray(resources)) return { field: "resources", reason: "resources is not a list" };
  const podEntry = { ...EPHEMERAL_CONTAINERS_UPDATE2, subresource: "" };
  const mainIndex = resources.findIndex((entry) => resourceEntryMatches(entry, podEntry));
  if (mainIndex === -1) {
    return { field: "resources", reason: "resources does not list pods/ephemeralcontainers" };
  }
  return {
    field: "resources",
    entryIndex: mainIndex,
    reason: `"${String(resources[mainIndex])}" matches only the main resource, not the pods/ephemeralcontainers subresource`
  };
}
function exclusionsOf(excludeRules, request) {
  if (!Array.isArray(excludeRules)) return [];
  const misses = [];
  excludeRules.forEach((rule, ruleIndex) => {
    if (!admissionRuleMatches(rule, request)) return;
    const resources = fieldOf(rule, "resources");
    const entryIndex = Array.isArray(resources) ? resources.findIndex((entry) => resourceEntryMatches(entry, request)) : -1;
    misses.push({
      list: "excludeRules",
      ruleIndex,
      field: "resources",
      ...entryIndex === -1 ? {} : { entryIndex },
      reason: "an exclude rule removes pods/ephemeralcontainers"
    });
  });
  return misses;
}

// src/analyze/admission-policy/rule-reach.ts
var POD_UPDATE = Object.freeze({ ...POD_CREATE, operation: "UPDATE" });
var CONTROLLERS = [
  ["apps", "deployments"],
  ["apps", "statefulsets"],
  ["apps", "daemonsets"],
  ["apps", "replicasets"],
  ["batch", "jobs"],
  ["batch", "cronjobs"],
  ["", "replicationcontrollers"]
].map(([group, resource]) => ({ ...POD_CREATE, operation: "CREATE", group, resource }));
var missRef = (miss, refs) => {
  if (refs.flat) {
    const field2 = childRef(refs.flat, miss.field);
    return miss.entryIndex === void 0 ? field2 : childRef(field2, miss.entryIndex);
  }
  const list = miss.list === "rules" ? refs.rules : refs.exclude ?? refs.rules;
  const field = childRef(list, miss.ruleIndex, miss.field);
  return miss.entryIndex === void 0 ? field : childRef(field, miss.entryIndex);
};
var missFix = (miss) => {
  if (miss.list === "excludeRules") return "remove pods/ephemeralcontainers from the exclusion";
  switch (miss.field) {
    case "resources":
      return 'add "pods/ephemeralcontainers" to resources';
    case "operations":
      return "add UPDATE to operations";
    case "apiGroups":
      return 'use "" (the core group) in apiGroups';
    case "apiVersions":
      return "add v1 to apiVersions";
    case "scope":
      return "set scope to Namespaced or *";
    case "resourceNames":
      return "drop resourceNames";
  }
};
var ruleReach = (rules, excludeRules, refs) => {
  if (admissionRulesMatch(rules, excludeRules, EPHEMERAL_CONTAINERS_UPDATE2)) {
    const index = Array.isArray(rules) ? rules.findIndex((rule) => admissionRulesMatch([rule], void 0, EPHEMERAL_CONTAINERS_UPDATE2)) : -1;
    const at2 = refs.flat ? childRef(refs.flat, "resources") : childRef(refs.rules, Math.max(index, 0), "resources");
    const subresourceOnly = !admissionRulesMatch(rules, excludeRules, POD_CREATE) && !admissionRulesMatch(rules, excludeRules, POD_UPDATE);
    return { target: "pod", receivesSubresource: "yes", evidence: { at: at2, note: "receives UPDATE pods/ephemeralcontainers" }, ...subresourceOnly ? { subresourceOnly } : {} };
  }
  const misses = explainSubresourceMiss(rules, excludeRules);
  const miss = misses.find((m) => m.field === "resources") ?? misses[0];
  if (miss) {
    return {
      target: "pod-only",
      receivesSubresource: "no",
      miss,
      evidence: { at: missRef(miss, refs), note: `${miss.reason}; ${missFix(miss)}` }
    };
  }
  if (admissionRulesMatch(rules, excludeRules, POD_CREATE)) {
    return { target: "pod-only", receivesSubresource: "no", evidence: { at: refs.rules, note: "matches Pods but not pods/ephemeralcontainers" } };
  }
  if (Array.isArray(rules)) {
    for (const [index, rule] of rules.entries()) {
      if (CONTROLLERS.some((request) => admissionRulesMatch([rule], excludeRules, request))) {
        const at2 = refs.flat ? childRef(refs.flat, "resources") : childRef(refs.rules, index, "resources");
        return {
          target: "controllers-only",
          receivesSubresource: "no",
          controllers: { at: at2, note: "matches pod controllers only; their templates cannot hold ephemeral containers" }
        };
      }
    }
  }
  return { target: "none", receivesSubresource: "no" };
};

// src/analyze/admission-policy/admission-policy.ts
var KUBE_VERSIONS = /^admissionregistration\.k8s\.io\/(v1|v1beta1|v1alpha1)$/;
var KYVERNO_VERSIONS = /^policies\.kyverno\.io\/(v1|v1beta1|v1alpha1)$/;
var admissionPolicyKind = (object) => {
  if ((object.kind === "ValidatingAdmissionPolicy" || object.kind === "MutatingAdmissionPolicy") && KUBE_VERSIONS.test(object.apiVersion)) return object.kind;
  if ((object.kind === "ValidatingPolicy" || object.kind === "ImageValidatingPolicy") && KYVERNO_VERSIONS.test(object.apiVersion)) return object.kind;
  return void 0;
};
var BINDING_OF = {
  ValidatingAdmissionPolicy: "ValidatingAdmissionPolicyBinding",
  MutatingAdmissionPolicy: "MutatingAdmissionPolicyBinding"
};
var bindingsByPolicy = (bindings) => {
  const index = /* @__PURE__ */ new Map();
  for (const binding of bindings) {
    const spec = binding.body["spec"];
    const policyName = isRecord(spec) ? spec["policyName"] : void 0;
    if (typeof policyName !== "string" || !KUBE_VERSIONS.test(binding.apiVersion)) continue;
    const key = `${binding.kind}\0${policyName}`;
    const list = index.get(key);
    if (list) list.push(binding);
    else index.set(key, [binding]);
  }
  return index;
};
var IMAGE_LISTS = /\bimages\s*\.\s*(containers|initContainers|ephemeralContainers)\b/g;
var imageReads = (spec, specRef, parts) => {
  const validations = Array.isArray(spec["validations"]) ? spec["validations"] : [];
  validations.forEach((validation, i) => {
    const expression = isRecord(validation) ? validation["expression"] : void 0;
    if (typeof expression !== "string") return;
    const ref = childRef(specRef, "validations", i, "expression");
    for (const m of expression.matchAll(IMAGE_LISTS)) {
      const list = m[1];
      const at2 = spanRef(ref, m.index, m.index + m[0].length);
      parts.reads.push({ list, at: at2, note: `verifies the images of spec.${list}` });
      parts.checks.push({ field: "image", category: "image", role: "check", lists: [list], at: at2 });
    }
  });
};
var actionsEnforcement = (actions, at2, what) => {
  if (!Array.isArray(actions) || actions.length === 0) return { enforces: "unknown" };
  if (actions.includes("Deny")) return { enforces: "yes" };
  return { enforces: "no", evidence: { at: at2, note: `${what} validationActions ${actions.join(", ")} without Deny: violations are reported, not denied` } };
};
var EVERYTHING = [{ apiGroups: ["*"], apiVersions: ["*"], resources: ["*/*"], operations: ["*"] }];
var bindingView = (binding, kind) => {
  const specRef = childRef(binding.ref.at, "spec");
  const spec = isRecord(binding.body["spec"]) ? binding.body["spec"] : {};
  const match = isRecord(spec["matchResources"]) ? spec["matchResources"] : {};
  const matchRef = childRef(specRef, "matchResources");
  const rules = Array.isArray(match["resourceRules"]) && match["resourceRules"].length > 0 ? match["resourceRules"] : EVERYTHING;
  const reach = ruleReach(rules, match["excludeResourceRules"], { rules: childRef(matchRef, "resourceRules"), exclude: childRef(matchRef, "excludeResourceRules") });
  const enforcement = kind === "MutatingAdmissionPolicy" ? { enforces: "no", evidence: { at: binding.ref.at, note: "a MutatingAdmissionPolicy changes requests, it never denies them" } } : actionsEnforcement(spec["validationActions"], childRef(specRef, "validationActions"), `binding ${binding.name}:`);
  const selector = match["namespaceSelector"];
  const narrows = isRecord(selector) && (Object.keys(selector["matchLabels"] ?? {}).length > 0 || Array.isArray(selector["matchExpressions"]) && selector["matchExpressions"].length > 0);
  return { object: binding, reach, enforcement, ...narrows ? { namespaceSelector: childRef(matchRef, "namespaceSelector") } : {} };
};
var selectsSome = (selector) => isRecord(selector) && (Object.keys(isRecord(selector["matchLabels"]) ? selector["matchLabels"] : {}).length > 0 || Array.isArray(selector["matchExpressions"]) && selector["matchExpressions"].length > 0);
var matchScope = (match, owner) => ({
  kind: "all",
  of: [
    { kind: "namespaces", filter: namespaceFilter(void 0, void 0, match["namespaceSelector"], owner) },
    ...selectsSome(match["objectSelector"]) ? [{ kind: "unknown", why: `${owner} applies only to the objects its objectSelector selects` }] : []
  ]
});
var admissionPolicyScope = (policy, constraints, views) => {
  const owner = objectLabel(policy.ref);
  const parts = [];
  if (policy.namespace) parts.push({ kind: "own-namespace", namespace: policy.namespace, owner });
  parts.push(matchScope(constraints, owner));
  if (views !== void 0) {
    const denying = views.filter((view) => view.enforcement.enforces === "yes" && view.reach.receivesSubresource !== "no");
    parts.push(
      views.length === 0 ? { kind: "unknown", why: `no binding of ${owner} in scope puts it into effect` } : {
        kind: "any",
        of: denying.map((view) => {
          const spec = isRecord(view.object.body["spec"]) ? view.object.body["spec"] : {};
          const match = isRecord(spec["matchResources"]) ? spec["matchResources"] : {};
          const bindingOwner = objectLabel(view.object.ref);
          const reach = view.reach.receivesSubresource === "yes" ? [] : [{ kind: "unknown", why: `${bindingOwner} may not receive pods/ephemeralcontainers` }];
          return { kind: "all", of: [matchScope(match, bindingOwner), ...reach] };
        })
      }
    );
  }
  return { where: { kind: "all", of: parts }, at: childRef(policy.ref.at, "spec", "matchConstraints") };
};
var ENGINE_OF = {
  ValidatingAdmissionPolicy: "validating-admission-policy",
  MutatingAdmissionPolicy: "mutating-admission-policy",
  ValidatingPolicy: "kyverno-cel",
  ImageValidatingPolicy: "kyverno-cel"
};
var analyzeAdmissionPolicy = (policy, bindings) => {
  const kind = admissionPolicyKind(policy);
  if (!kind) return { problems: [] };
  const specRef = childRef(policy.ref.at, "spec");
  const spec = policy.body["spec"];
  if (spec === void 0) return { problems: [] };
  if (!isRecord(spec)) {
    return { problems: [unknownConstruct(policy.ref.at, `${kind} ${policy.name}`, "spec is not an object", "write its spec as an object")] };
  }
  const constraints = isRecord(spec["matchConstraints"]) ? spec["matchConstraints"] : {};
  const constraintsRef = childRef(specRef, "matchConstraints");
  const reach = ruleReach(constraints["resourceRules"], constraints["excludeResourceRules"], {
    rules: childRef(constraintsRef, "resourceRules"),
    exclude: childRef(constraintsRef, "excludeResourceRules")
  });
  const sources = new CelSources();
  const validationField = kind === "MutatingAdmissionPolicy" ? "mutations" : "validations";
  const validations = kind === "MutatingAdmissionPolicy" ? mutationExpressions(sources, spec["mutations"], childRef(specRef, "mutations")) : sources.collect(spec["validations"], childRef(specRef, "validations"));
  const cel = celCoverageParts(sources, {
    variables: sources.variables(spec["variables"], childRef(specRef, "variables")),
    validations,
    matchConditions: sources.collect(spec["matchConditions"], childRef(specRef, "matchConditions"))
  }, { subresourceOnly: reach.subresourceOnly === true && kind !== "MutatingAdmissionPolicy" });
  if (kind === "ImageValidatingPolicy") imageReads(spec, specRef, cel);
  const facts = celPolicyFacts(cel);
  const reasons2 = [];
  const related = [];
  let receivesSubresource = reach.receivesSubresource;
  let subresourceEvidence = reach.evidence;
  let enforcement;
  let bound;
  const bindingKind = BINDING_OF[kind];
  if (bindingKind) {
    const views = (bindings.get(`${bindingKind}\0${policy.name}`) ?? []).map((b) => bindingView(b, kind));
    bound = views;
    pushAll(related, views.map((v) => v.object.ref));
    if (views.length === 0) {
      reasons2.push({ text: `no ${bindingKind} in scope: the policy does nothing until a binding names it` });
      enforcement = { enforces: "unknown" };
    } else {
      const denying = views.filter((v) => v.enforcement.enforces === "yes");
      const quiet = views.find((v) => v.enforcement.enforces === "no");
      enforcement = denying.length > 0 ? { enforces: "yes" } : quiet ? quiet.enforcement : { enforces: "unknown" };
      if (receivesSubresource === "yes" && views.every((v) => v.reach.receivesSubresource === "no")) {
        receivesSubresource = "no";
        const first = views[0];
        subresourceEvidence = first.reach.evidence ?? { at: childRef(first.object.ref.at, "spec", "matchResources"), note: `binding ${first.object.name} excludes pods/ephemeralcontainers` };
      }
      for (const view of views) {
        if (view.namespaceSelector) reasons2.push({ text: `binding ${view.object.name} applies only in the namespaces its namespaceSelector selects`, at: view.namespaceSelector });
      }
    }
  } else {
    const admission = isRecord(spec["evaluation"]) && isRecord(spec["evaluation"]["admission"]) ? spec["evaluation"]["admission"] : void 0;
    enforcement = admission && admission["enabled"] === false ? { enforces: "no", evidence: { at: childRef(specRef, "evaluation", "admission", "enabled"), note: "admission evaluation disabled: only background scans report" } } : actionsEnforcement(spec["validationActions"], childRef(specRef, "validationActions"), "policy");
  }
  const unknowns = [...cel.unknowns];
  if (validations.length === 0) unknowns.push({ at: childRef(specRef, validationField), note: `${kind} has no ${validationField} to analyse` });
  const parts = {
    engine: ENGINE_OF[kind],
    policy: policy.ref,
    scope: admissionPolicyScope(policy, constraints, bound),
    reads: facts.reads,
    checks: facts.checks,
    receivesSubresource,
    ...subresourceEvidence ? { subresourceEvidence } : {},
    handlesUpdate: facts.updateDropped ? "no" : "yes",
    ...facts.updateDropped ? { updateEvidence: facts.updateDropped } : {},
    ...cel.fixes.length > 0 ? { fixes: cel.fixes } : {},
    enforces: enforcement.enforces,
    ...related.length > 0 ? { activatedBy: related } : {},
    ...reach.controllers ? { controllersOnly: reach.controllers } : {},
    ...facts.control ? { blocksEphemeralContainers: facts.control } : {}
  };
  const decided = reach.target === "none" ? { verdict: "not-applicable", reasons: [{ text: "matches no Pods" }] } : decideFactVerdict(parts, { ...enforcement.evidence ? { enforcementEvidence: enforcement.evidence } : {}, unknowns });
  if (enforcement.enforces === "no" && enforcement.evidence && decided.verdict === "not-covered") {
    reasons2.push({ text: enforcement.evidence.note, at: enforcement.evidence.at });
  }
  const problems = cel.unknowns.map((u) => unknownConstruct(u.at, `${kind} ${policy.name}`, u.note, UNKNOWN_FIX.review));
  return { fact: { ...parts, verdict: decided.verdict, reasons: [...decided.reasons, ...reasons2] }, problems };
};
var mutationExpressions = (sources, mutations, ref) => {
  if (!Array.isArray(mutations)) return [];
  return mutations.flatMap((mutation, i) => {
    if (!isRecord(mutation)) return [];
    for (const key of ["applyConfiguration", "jsonPatch"]) {
      const input = sources.one(mutation[key], childRef(ref, i, key));
      if (input) return [input];
    }
    return [];
  });
};

// src/analyze/admission-policy/index.ts
var KINDS = ["ValidatingAdmissionPolicy", "MutatingAdmissionPolicy", "ValidatingPolicy", "ImageValidatingPolicy"];
var analyzeAdmissionPolicies = (workspace, checkTime = NO_TIME_LIMIT) => {
  const bindings = bindingsByPolicy([
    ...workspace.byKind("ValidatingAdmissionPolicyBinding"),
    ...workspace.byKind("MutatingAdmissionPolicyBinding")
  ]);
  const coverage = [];
  const problems = [];
  for (const kind of KINDS) {
    for (const policy of workspace.byKind(kind)) {
      if (!admissionPolicyKind(policy)) continue;
      checkTime("analysing admission policies", () => `the admission policies from ${objectLabel(policy)} on, and every later stage`);
      const result = analyzeAdmissionPolicy(policy, bindings);
      if (result.fact) coverage.push(result.fact);
      pushAll(problems, result.problems);
    }
  }
  return { coverage, problems };
};

// src/analyze/rego/lexer.ts
var PUNCTUATION = [":=", "==", "!=", "<=", ">=", "<", ">", "=", "+", "-", "*", "/", "%", "&", "|", "(", ")", "[", "]", "{", "}", ",", ";", ":", "."];
var PUNCTUATION_BY_FIRST = (() => {
  const table = /* @__PURE__ */ new Map();
  for (const punct of PUNCTUATION) {
    const list = table.get(punct.charCodeAt(0));
    if (list) list.push(punct);
    else table.set(punct.charCodeAt(0), [punct]);
  }
  return table;
})();
var punctuationAt = (source, i, c) => {
  for (const punct of PUNCTUATION_BY_FIRST.get(c) ?? []) if (punct.length === 1 || source.startsWith(punct, i)) return punct;
  return void 0;
};
var isIdentStart = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
var isDigit = (c) => c >= 48 && c <= 57;
var isIdentPart = (c) => isIdentStart(c) || isDigit(c);
var ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
var tokenize = (source, errors) => {
  const tokens = [];
  const length = source.length;
  let i = 0;
  let newlineBefore = true;
  let lineStart = 0;
  const push = (kind, text, start, end) => {
    tokens.push({ kind, text, start, end, newlineBefore, atLineStart: start === lineStart });
    newlineBefore = false;
  };
  while (i < length) {
    const c = source.charCodeAt(i);
    if (c === 10) {
      newlineBefore = true;
      i++;
      lineStart = i;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (c === 35) {
      while (i < length && source.charCodeAt(i) !== 10) i++;
      continue;
    }
    const start = i;
    if (isIdentStart(c)) {
      while (i < length && isIdentPart(source.charCodeAt(i))) i++;
      push("ident", source.slice(start, i), start, i);
      continue;
    }
    if (isDigit(c)) {
      i = scanNumber(source, i);
      push("number", source.slice(start, i), start, i);
      continue;
    }
    if (c === 34) {
      i = scanString(source, i, errors, (value, end) => push("string", value, start, end));
      continue;
    }
    if (c === 96) {
      const close = source.indexOf("`", i + 1);
      if (close < 0) {
        errors.push({ message: "unterminated raw string", start, end: length });
        i = length;
        continue;
      }
      push("string", source.slice(i + 1, close), start, close + 1);
      for (let j = i + 1; j < close; j++) if (source.charCodeAt(j) === 10) lineStart = j + 1;
      i = close + 1;
      continue;
    }
    const punct = punctuationAt(source, i, c);
    if (punct !== void 0) {
      i += punct.length;
      push("punct", punct, start, i);
      continue;
    }
    errors.push({ message: `unexpected character ${JSON.stringify(source[i])}`, start, end: start + 1 });
    i++;
  }
  tokens.push({ kind: "eof", text: "", start: length, end: length, newlineBefore: true, atLineStart: true });
  return tokens;
};
var scanNumber = (source, from) => {
  let i = from;
  const digits = () => {
    while (i < source.length && isDigit(source.charCodeAt(i))) i++;
  };
  digits();
  if (source[i] === "." && isDigit(source.charCodeAt(i + 1))) {
    i++;
    digits();
  }
  if (source[i] === "e" || source[i] === "E") {
    const sign = source[i + 1] === "+" || source[i + 1] === "-" ? 1 : 0;
    if (isDigit(source.charCodeAt(i + 1 + sign))) {
      i += 1 + sign;
      digits();
    }
  }
  return i;
};
var scanString = (source, from, errors, emit) => {
  let i = from + 1;
  let value = "";
  let chunk = i;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === 34) {
      emit(value + source.slice(chunk, i), i + 1);
      return i + 1;
    }
    if (c === 10) break;
    if (c === 92) {
      value += source.slice(chunk, i);
      const next = source[i + 1] ?? "";
      if (next === "u" && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
        value += String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
        i += 6;
      } else if (ESCAPES[next] !== void 0) {
        value += ESCAPES[next];
        i += 2;
      } else {
        errors.push({ message: `invalid escape \\${next}`, start: i, end: i + 2 });
        i += 2;
      }
      chunk = i;
      continue;
    }
    i++;
  }
  errors.push({ message: "unterminated string", start: from, end: i });
  emit(value + source.slice(chunk, i), i);
  return i;
};

// src/analyze/rego/parser.ts
var MAX_DEPTH = 200;
var MAX_ERRORS = 50;
var SyntaxProblem = class extends Error {
  constructor(problem, fatal = false) {
    super(problem.message);
    this.problem = problem;
    this.fatal = fatal;
  }
  problem;
  fatal;
};
var RELATION_OPS = /* @__PURE__ */ new Set(["==", "!=", "<", "<=", ">", ">="]);
var parseRego = (source) => {
  const errors = [];
  const tokens = tokenize(source, errors);
  errors.length = Math.min(errors.length, MAX_ERRORS);
  const parser = new Parser2(tokens, errors);
  const module = parser.parseModule();
  return module === void 0 ? { errors } : { module, errors };
};
var Parser2 = class {
  constructor(tokens, errors) {
    this.tokens = tokens;
    this.errors = errors;
  }
  tokens;
  errors;
  pos = 0;
  depth = 0;
  /** Whether a line break ends the current construct (true in queries, false inside brackets). */
  newlineEnds = [true];
  parseModule() {
    let pkg;
    try {
      pkg = this.parsePackage();
    } catch (e) {
      this.record(e);
      if (this.errors.length >= MAX_ERRORS || e instanceof SyntaxProblem && e.fatal) return void 0;
      this.resync();
    }
    const imports = [];
    const rules = [];
    while (this.tok.kind !== "eof" && this.errors.length < MAX_ERRORS) {
      const before = this.pos;
      try {
        if (this.isIdent("import")) imports.push(this.parseImport());
        else if (this.isIdent("package")) throw this.problem("unexpected second package clause", this.tok);
        else rules.push(this.parseRule());
      } catch (e) {
        this.record(e);
        if (e instanceof SyntaxProblem && e.fatal) break;
        if (this.pos === before) this.pos++;
        this.resync();
      }
    }
    if (pkg === void 0) return void 0;
    const last = this.tokens[this.tokens.length - 1];
    return { package: pkg, imports, rules, start: pkg.start, end: last?.end ?? pkg.end };
  }
  // ---- tokens ----
  get tok() {
    return this.tokens[this.pos];
  }
  peek(offset) {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)];
  }
  get prevEnd() {
    return this.pos > 0 ? this.tokens[this.pos - 1].end : 0;
  }
  next() {
    const t = this.tok;
    if (t.kind !== "eof") this.pos++;
    return t;
  }
  isPunct(text) {
    return this.tok.kind === "punct" && this.tok.text === text;
  }
  isIdent(text) {
    return this.tok.kind === "ident" && this.tok.text === text;
  }
  expectPunct(text) {
    if (!this.isPunct(text)) throw this.problem(`expected ${text}`, this.tok);
    return this.next();
  }
  problem(message, at2) {
    const found = this.tok.kind === "eof" ? "end of input" : JSON.stringify(this.tok.text);
    return new SyntaxProblem({ message: `${message}, found ${found}`, start: at2.start, end: at2.end });
  }
  record(e) {
    if (e instanceof SyntaxProblem) this.errors.push(e.problem);
    else this.errors.push({ message: `internal parser error: ${String(e)}`, start: this.tok.start, end: this.tok.end });
  }
  /** Skips to the next identifier at the start of a line: where the next rule most likely begins. */
  resync() {
    while (this.tok.kind !== "eof" && !(this.tok.atLineStart && this.tok.kind === "ident" && this.tok.text !== "else")) this.pos++;
    this.newlineEnds = [true];
    this.depth = 0;
  }
  /** A line break before the current token ends the construct being parsed. */
  get stopsAtNewline() {
    return this.tok.newlineBefore && this.newlineEnds[this.newlineEnds.length - 1] === true;
  }
  nested(newlineEnds, parse2) {
    this.newlineEnds.push(newlineEnds);
    this.depth++;
    if (this.depth > MAX_DEPTH) throw new SyntaxProblem({ message: "nesting too deep", start: this.tok.start, end: this.tok.end }, true);
    try {
      return parse2();
    } finally {
      this.newlineEnds.pop();
      this.depth--;
    }
  }
  // ---- module level ----
  parsePackage() {
    const start = this.tok.start;
    if (!this.isIdent("package")) throw this.problem("expected package clause", this.tok);
    this.next();
    const ref = this.parsePostfix();
    const path = refToPath(ref);
    if (path === void 0) throw this.problem("invalid package path", ref);
    return { path: path[0] === "data" ? path.slice(1) : path, start, end: ref.end };
  }
  parseImport() {
    const start = this.next().start;
    const ref = this.parsePostfix();
    const path = refToPath(ref);
    if (path === void 0) throw this.problem("invalid import path", ref);
    if (this.isIdent("as") && !this.tok.newlineBefore) {
      this.next();
      if (this.tok.kind !== "ident") throw this.problem("expected import alias", this.tok);
      const alias = this.next();
      return { path, alias: alias.text, start, end: alias.end };
    }
    return { path, start, end: ref.end };
  }
  parseRule() {
    const start = this.tok.start;
    const isDefault = this.isIdent("default");
    if (isDefault) this.next();
    const head = this.parseRuleHead();
    const bodies = [];
    const elses = [];
    const first = this.parseOptionalBody();
    if (first !== void 0) {
      bodies.push(first);
      while (this.isPunct("{")) bodies.push(this.parseBracedBody());
      while (this.isIdent("else")) elses.push(this.parseElse());
    }
    return { type: "rule", isDefault, head, bodies, elses, start, end: this.prevEnd };
  }
  parseRuleHead() {
    const start = this.tok.start;
    if (this.tok.kind !== "ident") throw this.problem("expected rule name", this.tok);
    const target = this.parsePostfix();
    let name;
    let nameSpan = { start: target.start, end: target.end };
    let args;
    let key;
    if (target.type === "call") {
      name = refToPath(target.callee)?.join(".");
      nameSpan = { start: target.callee.start, end: target.callee.end };
      args = target.args;
    } else if (target.type === "var") {
      name = target.name;
    } else if (target.type === "ref") {
      const last = target.path[target.path.length - 1];
      if (last?.kind === "index" && last.term.type !== "string") {
        key = last.term;
        const base = target.path.length === 1 ? target.head : { ...target, path: target.path.slice(0, -1), end: target.path[target.path.length - 2]?.end ?? target.head.end };
        name = refToPath(base)?.join(".");
        nameSpan = { start: base.start, end: base.end };
      } else {
        name = refToPath(target)?.join(".");
      }
    }
    if (name === void 0) throw this.problem("invalid rule head", target);
    let value;
    let assign;
    if (this.isIdent("contains") && !this.stopsAtNewline) {
      this.next();
      key = this.parseExpr(false);
      return { name, nameSpan, kind: "partial-set", key, start, end: this.prevEnd };
    }
    if ((this.isPunct(":=") || this.isPunct("=")) && !this.stopsAtNewline) {
      assign = this.next().text;
      value = this.parseExpr(true);
    }
    const kind = args !== void 0 ? "function" : key === void 0 ? "complete" : value === void 0 ? "partial-set" : "partial-object";
    return { name, nameSpan, kind, ...args && { args }, ...key && { key }, ...value && { value }, ...assign && { assign }, start, end: this.prevEnd };
  }
  /** `if { ... }`, `if literal`, `{ ... }`, or nothing (a rule without body). */
  parseOptionalBody() {
    if (this.isIdent("if")) {
      this.next();
      if (this.isPunct("{")) return this.parseBracedBody();
      const start = this.tok.start;
      const literal = this.nested(true, () => this.parseLiteral());
      return { literals: [literal], start, end: literal.end };
    }
    if (this.isPunct("{")) return this.parseBracedBody();
    return void 0;
  }
  parseElse() {
    const start = this.next().start;
    let value;
    if (this.isPunct("=") || this.isPunct(":=")) {
      this.next();
      value = this.parseExpr(true);
    }
    const body = this.parseOptionalBody();
    return { ...value && { value }, ...body && { body }, start, end: this.prevEnd };
  }
  parseBracedBody() {
    const open = this.expectPunct("{");
    const literals = this.parseQuery("}");
    const close = this.expectPunct("}");
    return { literals, start: open.start, end: close.end };
  }
  /** Literals separated by `;` or line breaks, up to (not including) `closer`. */
  parseQuery(closer) {
    return this.nested(true, () => {
      const literals = [];
      while (!this.isPunct(closer)) {
        if (this.tok.kind === "eof") throw this.problem(`expected ${closer}`, this.tok);
        literals.push(this.parseLiteral());
        if (this.isPunct(";")) this.next();
        else if (!this.isPunct(closer) && !this.tok.newlineBefore) throw this.problem("expected ; or line break between expressions", this.tok);
      }
      return literals;
    });
  }
  parseLiteral() {
    const start = this.tok.start;
    if (this.isIdent("some") && this.peek(1).kind === "ident") return this.parseSome();
    if (this.isIdent("every") && this.peek(1).kind === "ident" && !this.peek(1).newlineBefore) return this.parseEvery();
    const negated = this.isIdent("not") && !this.peek(1).newlineBefore;
    if (negated) this.next();
    const expr = this.parseExpr(true, true);
    const withs = [];
    while (this.isIdent("with") && !this.stopsAtNewline) {
      const withStart = this.next().start;
      const target = this.parsePostfix();
      if (!this.isIdent("as")) throw this.problem("expected as", this.tok);
      this.next();
      const value = this.parseExpr(false);
      withs.push({ target, value, start: withStart, end: value.end });
    }
    return { type: "expr", negated, expr, with: withs, start, end: this.prevEnd };
  }
  parseSome() {
    const start = this.next().start;
    const terms = [this.parseRelation()];
    while (this.isPunct(",")) {
      this.next();
      terms.push(this.parseRelation());
    }
    if (this.isIdent("in")) {
      this.next();
      const collection = this.parseRelation();
      if (terms.length > 2) throw this.problem("some ... in takes one or two variables", terms[2]);
      const [first, second] = terms;
      return second === void 0 ? { type: "some-in", value: first, collection, start, end: collection.end } : { type: "some-in", key: first, value: second, collection, start, end: collection.end };
    }
    const vars = [];
    for (const t of terms) {
      if (t.type !== "var") throw this.problem("some declares variables", t);
      vars.push(t);
    }
    return { type: "some", vars, start, end: this.prevEnd };
  }
  parseEvery() {
    const start = this.next().start;
    const first = this.parsePostfix();
    let key;
    let value = first;
    if (this.isPunct(",")) {
      this.next();
      key = first;
      value = this.parsePostfix();
    }
    if (!this.isIdent("in")) throw this.problem("expected in", this.tok);
    this.next();
    const domain = this.parseRelation();
    const body = this.parseBracedBody();
    return { type: "every", ...key && { key }, value, domain, body, start, end: body.end };
  }
  // ---- expressions, loosest binding first ----
  /**
   * assignment (`:=`, `=`) > membership (`in`, and `k, v in xs` at literal level) > relation >
   * `|` > `&` > `+ -` > `* / %` > unary minus > postfix (refs, calls) > primary.
   */
  parseExpr(allowIn, literalLevel = false) {
    const left = allowIn ? this.parseMembership(literalLevel) : this.parseRelation();
    if ((this.isPunct(":=") || this.isPunct("=")) && !this.stopsAtNewline) {
      const op = this.next().text;
      const right = allowIn ? this.parseMembership(false) : this.parseRelation();
      return { type: "binary", op, left, right, start: left.start, end: right.end };
    }
    return left;
  }
  parseMembership(literalLevel) {
    let left = this.parseRelation();
    if (literalLevel && this.isPunct(",") && !this.stopsAtNewline) {
      this.next();
      const value = this.parseRelation();
      if (!this.isIdent("in")) throw this.problem("expected in", this.tok);
      this.next();
      const collection = this.parseRelation();
      left = { type: "membership", key: left, value, collection, start: left.start, end: collection.end };
    }
    while (this.isIdent("in") && !this.stopsAtNewline) {
      this.next();
      const collection = this.parseRelation();
      left = { type: "membership", value: left, collection, start: left.start, end: collection.end };
    }
    return left;
  }
  parseRelation() {
    let left = this.parseOr(true);
    while (this.tok.kind === "punct" && RELATION_OPS.has(this.tok.text) && !this.stopsAtNewline) {
      const op = this.next().text;
      const right = this.parseOr(true);
      left = { type: "binary", op, left, right, start: left.start, end: right.end };
    }
    return left;
  }
  /** `allowOr` is false for the first term of a collection, where `|` starts a comprehension. */
  parseOr(allowOr) {
    let left = this.parseAnd();
    while (allowOr && this.isPunct("|") && !this.stopsAtNewline) {
      this.next();
      const right = this.parseAnd();
      left = { type: "binary", op: "|", left, right, start: left.start, end: right.end };
    }
    return left;
  }
  parseAnd() {
    let left = this.parseArith();
    while (this.isPunct("&") && !this.stopsAtNewline) {
      this.next();
      const right = this.parseArith();
      left = { type: "binary", op: "&", left, right, start: left.start, end: right.end };
    }
    return left;
  }
  parseArith() {
    let left = this.parseFactor();
    while ((this.isPunct("+") || this.isPunct("-")) && !this.stopsAtNewline) {
      const op = this.next().text;
      const right = this.parseFactor();
      left = { type: "binary", op, left, right, start: left.start, end: right.end };
    }
    return left;
  }
  parseFactor() {
    let left = this.parseUnary();
    while ((this.isPunct("*") || this.isPunct("/") || this.isPunct("%")) && !this.stopsAtNewline) {
      const op = this.next().text;
      const right = this.parseUnary();
      left = { type: "binary", op, left, right, start: left.start, end: right.end };
    }
    return left;
  }
  parseUnary() {
    if (this.isPunct("-")) {
      const start = this.next().start;
      const operand = this.nested(false, () => this.parseUnary());
      return { type: "unary-minus", operand, start, end: operand.end };
    }
    return this.parsePostfix();
  }
  /** A primary term followed by `.name`, `[term]` and `(args)` on the same line. */
  parsePostfix() {
    let term = this.parsePrimary();
    const path = [];
    const closeRef = () => {
      if (path.length === 0) return;
      term = { type: "ref", head: term, path: [...path], start: term.start, end: path[path.length - 1]?.end ?? term.end };
      path.length = 0;
    };
    for (; ; ) {
      if (this.tok.newlineBefore) break;
      if (this.isPunct(".") && this.peek(1).kind === "ident" && !this.peek(1).newlineBefore) {
        const dot = this.next();
        const name = this.next();
        path.push({ kind: "dot", name: name.text, start: dot.start, end: name.end });
      } else if (this.isPunct("[")) {
        const open = this.next();
        const inner = this.nested(false, () => this.parseExpr(true));
        const close = this.expectPunct("]");
        path.push({ kind: "index", term: inner, start: open.start, end: close.end });
      } else if (this.isPunct("(")) {
        closeRef();
        if (term.type !== "var" && !(term.type === "ref" && term.path.every((s) => s.kind === "dot"))) break;
        const callee = term;
        this.next();
        const args = this.nested(false, () => this.parseList(")"));
        const close = this.expectPunct(")");
        const call = { type: "call", callee, args, start: callee.start, end: close.end };
        term = call;
      } else break;
    }
    closeRef();
    return term;
  }
  parseList(closer) {
    const items = [];
    while (!this.isPunct(closer)) {
      items.push(this.parseExpr(true));
      if (!this.isPunct(",")) break;
      this.next();
    }
    return items;
  }
  parsePrimary() {
    const t = this.tok;
    if (t.kind === "number") {
      this.next();
      return { type: "number", text: t.text, start: t.start, end: t.end };
    }
    if (t.kind === "string") {
      this.next();
      return { type: "string", value: t.text, start: t.start, end: t.end };
    }
    if (t.kind === "ident") {
      this.next();
      if (t.text === "true" || t.text === "false") return { type: "boolean", value: t.text === "true", start: t.start, end: t.end };
      if (t.text === "null") return { type: "null", start: t.start, end: t.end };
      return { type: "var", name: t.text, start: t.start, end: t.end };
    }
    if (t.kind === "punct") {
      if (t.text === "(") {
        this.next();
        const inner = this.nested(false, () => this.parseExpr(true));
        const close = this.expectPunct(")");
        return { type: "paren", inner, start: t.start, end: close.end };
      }
      if (t.text === "[") return this.nested(false, () => this.parseArray());
      if (t.text === "{") return this.nested(false, () => this.parseBrace());
    }
    throw this.problem("expected a term", t);
  }
  parseArray() {
    const start = this.next().start;
    if (this.isPunct("]")) return { type: "array", items: [], start, end: this.next().end };
    const first = this.parseCollectionItem();
    if (this.isPunct("|")) {
      this.next();
      const body = this.parseComprehensionBody("]");
      return { type: "array-comprehension", head: first, body, start, end: this.prevEnd };
    }
    const items = this.parseRestOfList(first, "]");
    return { type: "array", items, start, end: this.expectPunct("]").end };
  }
  parseBrace() {
    const start = this.next().start;
    if (this.isPunct("}")) return { type: "object", items: [], start, end: this.next().end };
    const first = this.parseCollectionItem();
    if (this.isPunct(":")) {
      this.next();
      const value = this.parseCollectionItem();
      if (this.isPunct("|")) {
        this.next();
        const body = this.parseComprehensionBody("}");
        return { type: "object-comprehension", key: first, value, body, start, end: this.prevEnd };
      }
      const items2 = [{ key: first, value, start: first.start, end: value.end }];
      while (this.isPunct(",")) {
        this.next();
        if (this.isPunct("}")) break;
        const key = this.parseExpr(true);
        this.expectPunct(":");
        const itemValue = this.parseExpr(true);
        items2.push({ key, value: itemValue, start: key.start, end: itemValue.end });
      }
      return { type: "object", items: items2, start, end: this.expectPunct("}").end };
    }
    if (this.isPunct("|")) {
      this.next();
      const body = this.parseComprehensionBody("}");
      return { type: "set-comprehension", head: first, body, start, end: this.prevEnd };
    }
    const items = this.parseRestOfList(first, "}");
    return { type: "set", items, start, end: this.expectPunct("}").end };
  }
  /** The first item of a collection: `|` there starts a comprehension body, not a set union. */
  parseCollectionItem() {
    const left = this.parseOrFirst();
    if (this.isIdent("in")) {
      this.next();
      const collection = this.parseRelation();
      return { type: "membership", value: left, collection, start: left.start, end: collection.end };
    }
    return left;
  }
  parseOrFirst() {
    let left = this.parseOr(false);
    while (this.tok.kind === "punct" && RELATION_OPS.has(this.tok.text)) {
      const op = this.next().text;
      const right = this.parseOr(false);
      left = { type: "binary", op, left, right, start: left.start, end: right.end };
    }
    return left;
  }
  parseRestOfList(first, closer) {
    const items = [first];
    while (this.isPunct(",")) {
      this.next();
      if (this.isPunct(closer)) break;
      items.push(this.parseExpr(true));
    }
    return items;
  }
  parseComprehensionBody(closer) {
    const start = this.tok.start;
    const literals = this.parseQuery(closer);
    const end = this.prevEnd;
    this.expectPunct(closer);
    return { literals, start, end };
  }
};
var refToPath = (term) => {
  if (term.type === "var") return [term.name];
  if (term.type !== "ref" || term.head.type !== "var") return void 0;
  const path = [term.head.name];
  for (const segment of term.path) {
    if (segment.kind === "dot") path.push(segment.name);
    else if (segment.term.type === "string") path.push(segment.term.value);
    else return void 0;
  }
  return path;
};

// src/analyze/rego/analysis.ts
var ENTRY_RULES = /* @__PURE__ */ new Set(["violation", "deny"]);
var MAX_CALL_DEPTH = 40;
var MAX_ALTERNATIVES2 = 64;
var DATA_NOT_CODE = /* @__PURE__ */ new Set(["inventory"]);
var ANY = "\0any";
var FREE = "\0free";
var EMPTY2 = { paths: [], strings: [], reads: [] };
var merge = (...values) => mergeAll(values);
var mergeAll = (values) => {
  const present = values.filter((v) => v !== void 0 && v !== EMPTY2);
  if (present.length === 0) return EMPTY2;
  if (present.length === 1) return present[0];
  const paths = present.flatMap((v) => v.paths).slice(0, MAX_ALTERNATIVES2);
  const strings2 = present.flatMap((v) => v.strings).slice(0, MAX_ALTERNATIVES2);
  const reads = present.flatMap((v) => v.reads).slice(0, MAX_ALTERNATIVES2);
  const elementValues = present.map((v) => v.elements).filter((e) => e !== void 0);
  const keyValues = present.map((v) => v.keys).filter((e) => e !== void 0);
  const fields = /* @__PURE__ */ new Map();
  for (const v of present) for (const [k, f] of v.fields ?? []) fields.set(k, merge(fields.get(k), f));
  return {
    paths,
    strings: strings2,
    reads,
    ...elementValues.length > 0 && { elements: mergeAll(elementValues) },
    // Keys are known only when every alternative is a literal collection.
    ...keyValues.length === present.length && { keys: mergeAll(keyValues) },
    ...fields.size > 0 && { fields }
  };
};
var withReads = (value, reads) => reads.length === 0 ? value : { ...value, reads: [...value.reads, ...reads].slice(0, MAX_ALTERNATIVES2) };
var and = (a, b) => a === "false" || b === "false" ? "false" : a === "true" && b === "true" ? "true" : "maybe";
var or = (a, b) => a === "true" || b === "true" ? "true" : a === "false" && b === "false" ? "false" : "maybe";
var negate = (a) => a === "true" ? "false" : a === "false" ? "true" : "maybe";
var samePath = (path, ...expected) => path.length === expected.length && path.every((s, i) => s === expected[i]);
var POD_SPEC = ["review", "object", "spec"];
var isPodSpecPrefix = (path) => path.length <= POD_SPEC.length && path.every((s, i) => s === POD_SPEC[i] || s === ANY || s === FREE);
var clauseOf = (mod, rule) => ({
  at: { module: mod.id, start: rule.start, end: rule.end },
  copyable: !rule.isDefault && rule.bodies.length === 1 && rule.elses.length === 0 && (rule.head.kind === "partial-set" || rule.head.kind === "partial-object")
});
var analyzeRegoPolicy = (modules) => {
  const parseErrors = [];
  const unknowns = [];
  const infos = [];
  for (const source of modules) {
    const parsed = parseRego(source.source);
    for (const e of parsed.errors) parseErrors.push({ module: source.id, start: e.start, end: e.end, message: e.message });
    if (parsed.errors.length > 0) {
      const first = parsed.errors[0];
      unknowns.push({ reason: "the Rego module does not parse; rules in it may be missing from the analysis", at: { module: source.id, start: first?.start ?? 0, end: first?.end ?? 0 } });
    }
    if (parsed.module !== void 0) infos.push(indexModule(source.id, parsed.module));
  }
  const main = infos[0];
  const entries = [];
  if (main !== void 0 && main.id === modules[0]?.id) {
    for (const rule of main.module.rules) {
      if (ENTRY_RULES.has(rule.head.name) && !rule.isDefault) entries.push(new EntryAnalyzer(infos).analyze(main, rule));
    }
  }
  if (entries.length === 0 && modules[0] !== void 0) {
    unknowns.push({ reason: "no violation or deny rule found", at: { module: modules[0].id, start: 0, end: 0 } });
  }
  return { entries, parseErrors, unknowns };
};
var ALWAYS_DEFINED = [[], ["review"], ["review", "operation"], ["review", "subResource"], ["review", "object"], ["review", "object", "spec"], ["review", "oldObject"], ["review", "kind"]];
var definedness = (value) => {
  if (value.free !== void 0) return "maybe";
  if (value.paths.length === 0) return "true";
  return value.paths.every((p) => ALWAYS_DEFINED.some((d) => samePath(p, ...d))) ? "true" : "maybe";
};
var indexModule = (id, module) => {
  const rules = /* @__PURE__ */ new Map();
  for (const rule of module.rules) {
    const list = rules.get(rule.head.name);
    if (list === void 0) rules.set(rule.head.name, [rule]);
    else list.push(rule);
  }
  const imports = /* @__PURE__ */ new Map();
  for (const imp of module.imports) {
    const root = imp.path[0];
    if (root !== "data" && root !== "input") continue;
    const alias = imp.alias ?? imp.path[imp.path.length - 1];
    if (alias !== void 0) imports.set(alias, imp.path);
  }
  const refHeadRoots = new Set([...rules.keys()].filter((name) => name.includes(".")).map((name) => name.split(".", 1)[0]));
  return { id, module, rules, refHeadRoots, imports };
};
var EntryAnalyzer = class {
  lists = /* @__PURE__ */ new Map();
  listClauses = /* @__PURE__ */ new Map();
  /** `operation == "UPDATE"` literals seen, in evaluation order. */
  updateTests = [];
  /** The expression of the body literal being evaluated (not negated), to tell a whole-literal comparison. */
  literalExpr;
  /** Every committed container or pod field read, with the parities of `not` it was read under. */
  fieldReads = /* @__PURE__ */ new Map();
  unknowns = /* @__PURE__ */ new Map();
  subresourceAware = false;
  /** A comparison, outside any `not`, that holds only for the ephemeralcontainers subresource. */
  subresourceRequired;
  /** Request fields outside the pod spec read as conditions (the scope of an ephemeral control). */
  scopeReads = /* @__PURE__ */ new Set();
  dynamicKeys = /* @__PURE__ */ new Map();
  memo = /* @__PURE__ */ new Map();
  inProgress = /* @__PURE__ */ new Set();
  depth = 0;
  packages = /* @__PURE__ */ new Map();
  constructor(modules) {
    for (const m of modules) this.packages.set(m.module.package.path.join("."), m);
  }
  analyze(mod, rule) {
    let exemption;
    for (const body of rule.bodies) {
      const frame = { mod, env: /* @__PURE__ */ new Map(), truth: "true", decided: false, polarity: "even", clause: clauseOf(mod, rule) };
      this.bindHead(rule, frame, void 0, void 0);
      const { falseAt, tests } = this.evalBody(body, frame);
      this.evalHeadOutputs(rule, frame);
      if (falseAt !== void 0 && exemption === void 0) {
        exemption = {
          at: { module: mod.id, start: falseAt.start, end: falseAt.end },
          updateTests: tests,
          note: this.subresourceAware ? "the rule cannot fire for UPDATE of the ephemeralcontainers subresource" : "the rule skips UPDATE requests, and adding an ephemeral container is an UPDATE"
        };
      }
    }
    const reads = {};
    const readClauses = {};
    for (const list of CONTAINER_LISTS) {
      const at2 = this.lists.get(list);
      if (at2 !== void 0) {
        reads[list] = at2;
        readClauses[list] = at2.map((p) => this.listClauses.get(positionKey(p)));
      }
    }
    const fieldReads = [...this.fieldReads.values()];
    const causes = fieldReads.filter(isCause);
    const roleOf = (field, parities) => parities.has("even") || !causes.some((c) => unrelatedFields(c.field, field)) ? "check" : "exemption";
    const checks = fieldReads.map((r) => ({ field: r.field, category: r.category, role: isCause(r) ? "check" : roleOf(r.field, r.parities), at: r.at }));
    const ephemeralControl2 = this.ephemeralControl(checks);
    return {
      rule: rule.head.name,
      at: { module: mod.id, start: rule.head.start, end: rule.head.end },
      reads,
      readClauses,
      checks,
      ...ephemeralControl2 && { ephemeralControl: ephemeralControl2 },
      ...exemption && { updateExemption: exemption },
      subresourceAware: this.subresourceAware,
      dynamicKeys: [...this.dynamicKeys.values()].map(({ key, parities }) => ({ ...key, role: roleOf(key.prefix.join("."), parities) })),
      unknowns: [...this.unknowns.values()]
    };
  }
  // ---- evidence ----
  ephemeralControl(checks) {
    if (this.lists.has("containers") || this.lists.has("initContainers") || this.dynamicKeys.size > 0 || this.unknowns.size > 0) return void 0;
    const at2 = this.lists.get("ephemeralContainers")?.[0] ?? this.subresourceRequired;
    if (at2 === void 0) return void 0;
    const containerChecks = checks.filter((c) => c.category !== "pod-level");
    if (containerChecks.some((c) => c.category === "security" || c.category === "forbidden")) return void 0;
    const allowsOnly = [...new Set(containerChecks.filter((c) => c.role === "check").map((c) => c.field))].sort();
    return { at: at2, allowsOnly, where: [...this.scopeReads].sort() };
  }
  unknown(reason, at2) {
    const key = `${reason}@${at2.module}:${at2.start}`;
    if (!this.unknowns.has(key)) this.unknowns.set(key, { reason, at: at2 });
  }
  noteList(list, at2, clause) {
    if (!this.listClauses.has(positionKey(at2))) this.listClauses.set(positionKey(at2), clause);
    const known = this.lists.get(list);
    if (known === void 0) this.lists.set(list, [at2]);
    else if (!known.some((p) => p.module === at2.module && p.start === at2.start && p.end === at2.end)) known.push(at2);
  }
  /**
   * Binding or iterating a pod-level field is a condition on it (`some v in spec.volumes`: the
   * rule needs a volume): committed, so that it can be the cause a container read beside it
   * only narrows. Container fields are committed when their values are used, as before.
   */
  commitPodLevel(value, frame) {
    const podLevel = value.reads.filter((read2) => classifyRead(read2)?.category === "pod-level");
    if (podLevel.length > 0) this.commit({ ...EMPTY2, reads: podLevel }, frame, false);
  }
  /** The value is used as a condition: its pending reads become field reads, under the frame's parity of `not`. */
  commit(value, frame, nested = true, against = []) {
    for (const read2 of nested ? nestedReads(value) : value.reads) {
      const field = classifyRead(against.length === 0 ? read2 : { ...read2, against: [...read2.against ?? [], ...against] });
      if (field === void 0) {
        const scope = scopeOf(read2.path);
        if (scope !== void 0 && this.scopeReads.size < MAX_ALTERNATIVES2) this.scopeReads.add(scope);
        continue;
      }
      const key = `${field.field}@${read2.at.module}:${read2.at.start}:${read2.at.end}`;
      const known = this.fieldReads.get(key);
      if (known === void 0) {
        this.fieldReads.set(key, { ...field, parities: /* @__PURE__ */ new Set([frame.polarity]) });
        continue;
      }
      known.parities.add(frame.polarity);
      if (known.category === "pod-level" && field.category !== "pod-level") known.category = field.category;
    }
  }
  // ---- bodies and literals ----
  /**
   * Evaluates a body; returns the first literal that is false for an ephemeral-container UPDATE,
   * and the `operation == "UPDATE"` tests met while evaluating it.
   */
  evalBody(body, frame) {
    let falseAt;
    let tests = [];
    for (const literal of body.literals) {
      frame.truth = "true";
      frame.decided = false;
      const before = this.updateTests.length;
      const truth = this.evalTopLiteral(literal, frame);
      if (truth === "false" && falseAt === void 0) {
        falseAt = literal;
        tests = this.updateTests.slice(before);
      }
    }
    return { ...falseAt && { falseAt }, tests };
  }
  bodyTruth(body, frame) {
    let truth = "true";
    for (const literal of body.literals) {
      frame.truth = "true";
      frame.decided = false;
      truth = and(truth, this.evalTopLiteral(literal, frame));
    }
    return truth;
  }
  /** A literal of a body: remembers its expression while it is evaluated (see `compare`). */
  evalTopLiteral(literal, frame) {
    const outer = this.literalExpr;
    this.literalExpr = literal.type === "expr" && !literal.negated && literal.with.length === 0 ? literal.expr : void 0;
    try {
      return this.evalLiteral(literal, frame);
    } finally {
      this.literalExpr = outer;
    }
  }
  evalLiteral(literal, frame) {
    switch (literal.type) {
      case "some":
        for (const v of literal.vars) frame.env.delete(v.name);
        return "true";
      case "some-in": {
        const collection = this.evalTerm(literal.collection, frame);
        this.commitPodLevel(collection, frame);
        this.bindPattern(literal.value, this.iterate(collection, literal.collection, frame), frame);
        if (literal.key !== void 0) this.bindPattern(literal.key, keysOf(collection), frame);
        return and(frame.truth, collection.paths.length === 0 && (collection.items?.length ?? 0) > 0 ? "true" : "maybe");
      }
      case "every": {
        const domain = this.evalTerm(literal.domain, frame);
        const inner = { ...frame, env: new Map(frame.env), truth: "true", decided: false };
        this.bindPattern(literal.value, this.iterate(domain, literal.domain, frame), inner);
        if (literal.key !== void 0) this.bindPattern(literal.key, keysOf(domain), inner);
        this.bodyTruth(literal.body, inner);
        return "maybe";
      }
      case "expr": {
        for (const w of literal.with) {
          this.evalTerm(w.value, frame);
          const root = w.target.type === "var" ? w.target.name : w.target.type === "ref" && w.target.head.type === "var" ? w.target.head.name : void 0;
          if (root === "input" || root === "data") this.unknown(`\`with\` replaces ${root} for this literal; the analysis does not follow replaced documents`, this.pos(frame, w.target));
        }
        if (literal.negated) {
          const polarity = frame.polarity !== "even" ? "even" : this.isHelperReference(literal.expr, frame) ? "odd-helper" : "odd";
          const inner = { ...frame, truth: "true", decided: false, polarity };
          const truth = this.evalCondition(literal.expr, inner);
          return negate(truth);
        }
        return this.evalCondition(literal.expr, frame);
      }
    }
  }
  /** `not helper(x)`, `not helper`, `not data.lib.x.helper(x)`, `not helper_set[x]`: a reference to a helper rule. */
  isHelperReference(expr, frame) {
    const target = expr.type === "call" ? expr.callee : expr;
    const head = target.type === "var" ? target : target.type === "ref" && target.head.type === "var" ? target.head : void 0;
    if (head === void 0 || frame.env.has(head.name)) return false;
    return frame.mod.rules.has(head.name) || frame.mod.imports.get(head.name)?.[0] === "data" || head.name === "data";
  }
  /**
   * A literal's expression: an assignment binds (true when what it binds is certainly defined),
   * a comparison compares, anything else is a condition on its value.
   */
  evalCondition(expr, frame) {
    if (expr.type === "binary" && (expr.op === ":=" || expr.op === "=")) {
      const leftFree = expr.op === ":=" || this.isUnboundPattern(expr.left, frame);
      if (leftFree) {
        const value2 = this.evalTerm(expr.right, frame);
        this.commitPodLevel(value2, frame);
        this.bindPattern(expr.left, value2, frame);
        return and(frame.truth, definedness(value2));
      }
      if (this.isUnboundPattern(expr.right, frame)) {
        const value2 = this.evalTerm(expr.left, frame);
        this.commitPodLevel(value2, frame);
        this.bindPattern(expr.right, value2, frame);
        return and(frame.truth, definedness(value2));
      }
      const truth = this.compare(expr.left, expr.right, "==", frame);
      return and(frame.truth, truth);
    }
    if (expr.type === "binary" && RELATIONS.has(expr.op)) {
      const truth = this.compare(expr.left, expr.right, expr.op, frame);
      return and(frame.truth, truth);
    }
    if (expr.type === "membership") {
      const truth = this.membership(expr.value, expr.collection, frame);
      if (expr.key !== void 0) this.commit(this.evalTerm(expr.key, frame), frame);
      return and(frame.truth, truth);
    }
    const value = this.evalTerm(expr, frame);
    if (value.bool !== void 0) {
      this.commit(value, frame, false);
      return and(frame.truth, value.bool);
    }
    this.commit(value, frame, false);
    const fieldTruth = this.requestFieldTruth(value);
    if (fieldTruth !== void 0) return and(frame.truth, fieldTruth);
    return frame.decided && this.isHelperReference(expr, frame) ? frame.truth : and(frame.truth, "maybe");
  }
  isUnboundPattern(term, frame) {
    if (term.type === "var") {
      const bound = frame.env.get(term.name);
      return term.name === "_" || (bound === void 0 ? !this.isGlobal(term.name, frame) : bound.free !== void 0);
    }
    if (term.type === "array") return term.items.some((t) => this.isUnboundPattern(t, frame));
    if (term.type === "object") return term.items.some((i) => this.isUnboundPattern(i.value, frame));
    return false;
  }
  isGlobal(name, frame) {
    return name === "input" || name === "data" || frame.mod.rules.has(name) || frame.mod.imports.has(name);
  }
  /** A bare `input.review.operation` / `subResource` as a condition: both are set on that request. */
  requestFieldTruth(value) {
    for (const path of value.paths) {
      if (samePath(path, "review", "subResource")) {
        this.subresourceAware = true;
        return "true";
      }
      if (samePath(path, "review", "operation")) return "true";
    }
    return void 0;
  }
  bindPattern(pattern, value, frame) {
    switch (pattern.type) {
      case "var":
        if (pattern.name === "_") return;
        if (value.free !== void 0) frame.env.delete(pattern.name);
        else frame.env.set(pattern.name, value);
        return;
      case "array":
        for (const item of pattern.items) this.bindPattern(item, value.elements ?? EMPTY2, frame);
        return;
      case "object":
        for (const item of pattern.items) {
          const key = item.key.type === "string" ? item.key.value : void 0;
          this.bindPattern(item.value, (key !== void 0 ? value.fields?.get(key) : void 0) ?? EMPTY2, frame);
        }
        return;
      default:
        this.commit(this.evalTerm(pattern, frame), frame);
    }
  }
  // ---- terms ----
  evalTerm(term, frame) {
    switch (term.type) {
      case "string":
        return { paths: [], strings: [{ value: term.value, at: this.pos(frame, term) }], reads: [] };
      case "number":
      case "null":
        return EMPTY2;
      case "boolean":
        return { ...EMPTY2, bool: term.value ? "true" : "false" };
      case "var":
        return this.evalVar(term.name, term, frame);
      case "ref":
        return this.evalRef(term, frame);
      case "call":
        return this.evalCall(term.callee, term.args, term, frame);
      case "paren":
        return this.evalTerm(term.inner, frame);
      case "unary-minus":
        return this.evalTerm(term.operand, frame);
      case "array":
      case "set": {
        const items = term.items.map((t) => this.evalTerm(t, frame));
        const elements = mergeAll(items);
        return { paths: [], strings: [], reads: [], elements, items, keys: term.type === "set" ? elements : EMPTY2 };
      }
      case "object": {
        const fields = /* @__PURE__ */ new Map();
        const values = [];
        const keys = [];
        for (const item of term.items) {
          const value = this.evalTerm(item.value, frame);
          values.push(value);
          const key = this.evalTerm(item.key, frame);
          keys.push(key);
          if (item.key.type === "string") fields.set(item.key.value, value);
        }
        return { paths: [], strings: [], reads: [], elements: mergeAll(values), fields, keys: mergeAll(keys) };
      }
      case "array-comprehension":
      case "set-comprehension":
      case "object-comprehension": {
        const inner = { ...frame, env: new Map(frame.env), truth: "true", decided: false };
        this.bodyTruth(term.body, inner);
        const element = term.type === "object-comprehension" ? this.evalTerm(term.value, inner) : this.evalTerm(term.head, inner);
        const keys = term.type === "set-comprehension" ? element : term.type === "object-comprehension" ? this.evalTerm(term.key, inner) : EMPTY2;
        return { paths: [], strings: [], reads: [], elements: element, keys };
      }
      case "binary": {
        if (RELATIONS.has(term.op)) return { ...EMPTY2, bool: this.compare(term.left, term.right, term.op, frame) };
        const left = this.evalTerm(term.left, frame);
        const right = this.evalTerm(term.right, frame);
        if (term.op === "|") return merge(left, right);
        return { paths: [], strings: [], reads: [...nestedReads(left), ...nestedReads(right)].slice(0, MAX_ALTERNATIVES2) };
      }
      case "membership": {
        const bool2 = this.membership(term.value, term.collection, frame);
        if (term.key !== void 0) this.commit(this.evalTerm(term.key, frame), frame);
        return { ...EMPTY2, bool: bool2 };
      }
    }
  }
  pos(frame, span) {
    return { module: frame.mod.id, start: span.start, end: span.end };
  }
  evalVar(name, at2, frame) {
    const local = frame.env.get(name);
    if (local !== void 0) return local;
    if (name === "input") return { paths: [[]], strings: [], reads: [] };
    const imported = frame.mod.imports.get(name);
    if (imported !== void 0) return this.evalGlobalPath(imported, [], at2, frame, void 0);
    if (frame.mod.rules.has(name)) return this.applyRuleRef(frame.mod, name, [], at2, frame);
    if (frame.mod.refHeadRoots.has(name)) {
      this.unknown(`${name} is defined by rules with ref heads (${name}.…), which the analysis does not follow`, this.pos(frame, at2));
      return EMPTY2;
    }
    return { ...EMPTY2, free: name };
  }
  evalRef(ref, frame) {
    const head = ref.head;
    if (head.type === "var" && !frame.env.has(head.name)) {
      const imported = frame.mod.imports.get(head.name);
      if (head.name === "data") return this.evalGlobalPath(["data"], ref.path, ref, frame, void 0);
      if (imported !== void 0) return this.evalGlobalPath(imported, ref.path, ref, frame, void 0);
      if (frame.mod.rules.has(head.name)) return this.applyRuleRef(frame.mod, head.name, ref.path, ref, frame);
    }
    return this.applySegments(this.evalTerm(head, frame), ref.path, ref, frame);
  }
  /** `data.a.b.rule...` or an import's path followed by `segments`. */
  evalGlobalPath(prefix, segments, ref, frame, args) {
    if (prefix[0] === "input") {
      const base = { paths: [prefix.slice(1)], strings: [], reads: [] };
      return this.applySegments(base, segments, ref, frame);
    }
    const names = [...prefix.slice(1)];
    let consumed = 0;
    for (const s of segments) {
      const name = s.kind === "dot" ? s.name : s.term.type === "string" ? s.term.value : void 0;
      if (name === void 0) break;
      names.push(name);
      consumed++;
    }
    if (names[0] !== void 0 && DATA_NOT_CODE.has(names[0])) return EMPTY2;
    for (let split = names.length - 1; split >= 0; split--) {
      const mod = this.packages.get(names.slice(0, split).join("."));
      const ruleName = names[split];
      if (mod === void 0 || ruleName === void 0 || !mod.rules.has(ruleName)) continue;
      const rest = segments.slice(consumed - (names.length - 1 - split));
      if (args !== void 0) return this.callRule(mod, ruleName, args, ref, frame);
      return this.applyRuleRef(mod, ruleName, rest, ref, frame);
    }
    this.unknown(`cannot resolve data.${names.join(".")}: no module given defines it`, this.pos(frame, ref));
    for (const a of args ?? []) this.evalTerm(a, frame);
    return EMPTY2;
  }
  /** A rule referred to by name, with the rest of the ref applied. */
  applyRuleRef(mod, name, segments, ref, frame) {
    const kind = mod.rules.get(name)?.[0]?.head.kind;
    const first = segments[0];
    if ((kind === "partial-set" || kind === "partial-object") && first?.kind === "index") {
      const keyPattern = first.term;
      const keyValue = this.evalTerm(keyPattern, frame);
      const result2 = this.ruleValue(mod, name, frame, ref, keyValue);
      if (this.isUnboundPattern(keyPattern, frame)) this.bindPattern(keyPattern, result2.key, frame);
      return this.applySegments(result2.out, segments.slice(1), ref, frame);
    }
    const result = this.ruleValue(mod, name, frame, ref);
    return this.applySegments(kind === "partial-set" ? { ...EMPTY2, elements: result.out } : result.out, segments, ref, frame);
  }
  applySegments(base, segments, ref, frame) {
    let value = base;
    for (const segment of segments) {
      const segmentAt2 = segment.kind === "dot" ? { module: frame.mod.id, start: segment.start + 1, end: segment.end } : this.pos(frame, segment.term);
      const reachedAt = { module: frame.mod.id, start: ref.start, end: segment.end };
      if (segment.kind === "dot") {
        value = this.extend(value, [{ key: segment.name, at: segmentAt2 }], reachedAt, frame);
        continue;
      }
      const index = segment.term;
      const key = this.evalTerm(index, frame);
      if (key.strings.length > 0) {
        value = this.extend(value, key.strings.map((s) => ({ key: s.value, at: s.at })), reachedAt, frame);
        continue;
      }
      const unbound = index.type === "var" && (index.name === "_" || key.free !== void 0);
      if (!unbound && key.paths.length > 0) this.noteDynamicKey(value, key, this.pos(frame, index), frame);
      const wildcard2 = index.type === "var" && index.name === "_" ? ANY : FREE;
      const element = this.extend(value, [{ key: wildcard2, at: segmentAt2 }], reachedAt, frame);
      if (unbound && index.type === "var" && index.name !== "_") this.bindPattern(index, keysOf(value), frame);
      value = withReads(element, key.reads);
    }
    return value;
  }
  /** `value[key]` for each key alternative: paths grow, literal collections yield elements/fields. */
  extend(value, keys, reachedAt, frame) {
    const paths = [];
    const reads = [];
    const parts = [];
    for (const path of value.paths) {
      for (const { key, at: at2 } of keys) {
        const next = [...path, key];
        this.noteListRead(path, key, at2, reachedAt, frame.clause);
        if (paths.length < MAX_ALTERNATIVES2) {
          paths.push(next);
          reads.push({ path: next, at: reachedAt });
        }
      }
    }
    for (const { key } of keys) {
      const field = key === ANY || key === FREE ? void 0 : value.fields?.get(key);
      if (field !== void 0) parts.push(field);
      else if (value.elements !== void 0) parts.push(value.elements);
    }
    return mergeAll([{ paths, strings: [], reads: value.paths.length === 0 ? [...value.reads, ...reads].slice(0, MAX_ALTERNATIVES2) : reads }, ...parts]);
  }
  /** A computed key into a container (`ctr[probe]`): which field it names is not in the source. */
  noteDynamicKey(container, key, at2, frame) {
    for (const path of container.paths) {
      if (path.length < 5 || !POD_SPEC.every((s, i) => path[i] === s)) continue;
      const list = path[3];
      if (!CONTAINER_LISTS.includes(list) && list !== ANY) continue;
      if (path[4] !== ANY && path[4] !== FREE) continue;
      const prefix = path.slice(5);
      if (prefix.some((s) => s === ANY || s === FREE)) continue;
      const fromParameters = key.paths.every((p) => p[0] === "parameters");
      const parameter = fromParameters ? upToWildcard(key.paths[0]?.slice(1) ?? []) : void 0;
      const dynamic = { at: at2, prefix, ...parameter !== void 0 && parameter.length > 0 && { parameter } };
      const id = `${at2.module}:${at2.start}:${prefix.join(".")}`;
      const known = this.dynamicKeys.get(id);
      if (known === void 0) this.dynamicKeys.set(id, { key: dynamic, parities: /* @__PURE__ */ new Set([frame.polarity]) });
      else known.parities.add(frame.polarity);
      return;
    }
  }
  noteListRead(parent, key, keyAt, reachedAt, clause) {
    if (!samePath(parent, ...POD_SPEC)) return;
    if (CONTAINER_LISTS.includes(key)) this.noteList(key, keyAt, clause);
    else if (key === ANY) for (const list of CONTAINER_LISTS) this.noteList(list, keyAt, void 0);
    else if (key === FREE) this.unknown("a variable key selects which pod spec fields are read; it may or may not include the container lists", reachedAt);
  }
  /** What `x[_]` / `some v in x` yields. */
  iterate(collection, at2, frame) {
    const anyAt = this.pos(frame, at2);
    const fromPaths = this.extend({ ...collection, elements: void 0, fields: void 0 }, [{ key: ANY, at: anyAt }], anyAt, frame);
    return merge(fromPaths, collection.elements);
  }
  // ---- calls ----
  evalCall(callee, args, call, frame) {
    const name = callee.type === "var" ? callee.name : void 0;
    const path = callee.type === "ref" && callee.head.type === "var" ? [callee.head.name, ...callee.path.map((s) => s.kind === "dot" ? s.name : "")] : void 0;
    const dotted = name ?? path?.join(".") ?? "";
    if (name !== void 0 && !frame.env.has(name)) {
      if (frame.mod.rules.has(name)) return this.callRule(frame.mod, name, args, call, frame);
      const imported = frame.mod.imports.get(name);
      if (imported !== void 0) return this.evalGlobalPath(imported, [], call, frame, args);
    }
    if (path !== void 0 && callee.type === "ref") {
      const imported = frame.mod.imports.get(path[0] ?? "");
      if (path[0] === "data") return this.evalGlobalPath(["data"], callee.path, call, frame, args);
      if (imported !== void 0 && !frame.env.has(path[0] ?? "")) return this.evalGlobalPath(imported, callee.path, call, frame, args);
    }
    const values = args.map((a) => this.evalTerm(a, frame));
    if (dotted === "object.get") return this.objectGet(values, args, call, frame);
    if (dotted === "walk") {
      if ((values[0]?.paths ?? []).some(isPodSpecPrefix)) {
        this.unknown("walk over the Pod (or its spec) may visit the container lists; which ones cannot be told", this.pos(frame, call));
      }
      return EMPTY2;
    }
    if (COLLECTION_BUILTINS.has(dotted)) {
      return { ...EMPTY2, elements: mergeAll(values.map((v, i) => this.iterate(v, args[i], frame))) };
    }
    if ((dotted === "any" || dotted === "all") && values.length === 1) {
      const items = values[0]?.items;
      const bool2 = items === void 0 ? void 0 : items.reduce((t, item) => (dotted === "any" ? or : and)(t, item.bool ?? "maybe"), dotted === "any" ? "false" : "true");
      return { ...EMPTY2, reads: values.flatMap((v) => nestedReads(v)).slice(0, MAX_ALTERNATIVES2), ...bool2 !== void 0 && { bool: bool2 } };
    }
    if (!SCALAR_BUILTINS.has(dotted) && values.some(reachesContainerLists)) {
      this.unknown(`the built-in ${dotted || "call"} receives the pod spec or a container list, and what it returns is not modelled`, this.pos(frame, call));
    }
    const against = values.flatMap((v) => v.strings.map((s) => s.value));
    const reads = values.flatMap((v) => nestedReads(v)).slice(0, MAX_ALTERNATIVES2);
    return { ...EMPTY2, reads: against.length === 0 ? reads : reads.map((r) => ({ ...r, against: [...r.against ?? [], ...against] })) };
  }
  /** `object.get(x, "k", d)` is `x.k` (or `d`); `object.get(x, ["a", "b"], d)` is `x.a.b`. */
  objectGet(values, args, call, frame) {
    const [objectValue, keyValue, defaultValue] = values;
    const keyTerm = args[1];
    if (objectValue === void 0 || keyValue === void 0 || keyTerm === void 0) return EMPTY2;
    const at2 = this.pos(frame, call);
    let value = { ...objectValue, reads: [] };
    if (keyTerm.type === "array") {
      for (const item of keyTerm.items) {
        const k = this.evalTerm(item, frame);
        value = this.extend(value, k.strings.length > 0 ? k.strings.map((s) => ({ key: s.value, at: s.at })) : [{ key: FREE, at: at2 }], at2, frame);
      }
    } else {
      value = this.extend(value, keyValue.strings.length > 0 ? keyValue.strings.map((s) => ({ key: s.value, at: s.at })) : [{ key: FREE, at: at2 }], at2, frame);
    }
    return merge(value, defaultValue);
  }
  callRule(mod, name, args, at2, frame) {
    const values = args.map((a) => this.evalTerm(a, frame));
    return this.ruleValue(mod, name, frame, at2, void 0, values).out;
  }
  // ---- rules ----
  /** Evaluates every definition of a rule under the caller's arguments or key; memoised per entry. */
  ruleValue(mod, name, caller, at2, key, args) {
    const memoKey = `${mod.id}\0${name}\0${signature(key)}\0${(args ?? []).map(signature).join("")}\0${caller.polarity}`;
    const cached = this.memo.get(memoKey);
    if (cached !== void 0) {
      caller.decided = true;
      caller.truth = and(caller.truth, cached.truth);
      return cached;
    }
    if (this.inProgress.has(memoKey)) return { out: EMPTY2, key: EMPTY2, truth: "maybe" };
    if (this.depth >= MAX_CALL_DEPTH) {
      this.unknown(`helper rules nest deeper than ${MAX_CALL_DEPTH} calls`, this.pos(caller, at2));
      return { out: EMPTY2, key: EMPTY2, truth: "maybe" };
    }
    this.inProgress.add(memoKey);
    this.depth++;
    const outs = [];
    const keys = [];
    let truth = "false";
    for (const rule of mod.rules.get(name) ?? []) {
      if (rule.isDefault) {
        truth = or(truth, "maybe");
        continue;
      }
      const clauses = rule.bodies.length === 0 ? [{}] : rule.bodies.map((body) => ({ body }));
      for (const e of rule.elses) clauses.push({ ...e.body && { body: e.body }, ...e.value && { value: e.value } });
      for (const clause of clauses) {
        const frame = { mod, env: /* @__PURE__ */ new Map(), truth: "true", decided: false, polarity: caller.polarity, clause: clauseOf(mod, rule) };
        this.bindHead(rule, frame, key, args);
        const bodyTruth = clause.body === void 0 ? "true" : this.bodyTruth(clause.body, frame);
        truth = or(truth, bodyTruth);
        const valueTerm = clause.value ?? rule.head.value;
        outs.push(rule.head.kind === "partial-set" ? this.evalOptional(rule.head.key, frame) : this.evalOptional(valueTerm, frame));
        keys.push(this.evalOptional(rule.head.key, frame));
      }
    }
    this.depth--;
    this.inProgress.delete(memoKey);
    const result = { out: mergeAll(outs), key: mergeAll(keys), truth };
    this.memo.set(memoKey, result);
    caller.decided = true;
    caller.truth = and(caller.truth, truth);
    return result;
  }
  evalOptional(term, frame) {
    return term === void 0 ? EMPTY2 : this.evalTerm(term, frame);
  }
  /** Binds function parameters to the call's arguments, and a partial rule's key to the caller's key. */
  bindHead(rule, frame, key, args) {
    const params = rule.head.args ?? [];
    params.forEach((param, i) => {
      const arg = args?.[i];
      if (param.type === "var" || param.type === "object" || param.type === "array") this.bindPattern(param, arg ?? EMPTY2, frame);
    });
    if (key !== void 0 && key.free === void 0 && rule.head.key !== void 0) this.bindPattern(rule.head.key, key, frame);
  }
  /** The entry rule's own output (`msg`): evaluated so that helper calls in it are followed. */
  evalHeadOutputs(rule, frame) {
    this.evalOptional(rule.head.key, frame);
    this.evalOptional(rule.head.value, frame);
  }
  // ---- the request under test: UPDATE of pods/ephemeralcontainers ----
  /** The truth of `left op right` for the request under test; commits both sides as conditions. */
  compare(leftTerm, rightTerm, op, frame) {
    const left = this.evalTerm(leftTerm, frame);
    const right = this.evalTerm(rightTerm, frame);
    this.commit(left, frame, true, right.strings.map((s) => s.value));
    this.commit(right, frame, true, left.strings.map((s) => s.value));
    if (left.bool !== void 0 && right.bool !== void 0 && (op === "==" || op === "!=")) {
      const equal = left.bool === "maybe" || right.bool === "maybe" ? "maybe" : left.bool === right.bool ? "true" : "false";
      return op === "==" ? equal : negate(equal);
    }
    const truth = this.requestComparison(left, right, op) ?? this.requestComparison(right, left, op) ?? "maybe";
    const whole = this.literalExpr;
    if (truth === "true" && op === "==" && whole !== void 0 && whole.start === leftTerm.start && whole.end === rightTerm.end) {
      const field = [leftTerm, rightTerm].find((term, i) => term.type === "ref" && term.path.length > 0 && isOperationField([left, right][i]));
      const last = field?.type === "ref" ? field.path[field.path.length - 1] : void 0;
      if (field && last) this.updateTests.push({ at: { module: frame.mod.id, start: whole.start, end: whole.end }, review: { module: frame.mod.id, start: field.start, end: last.start } });
    }
    if (truth === "true" && op === "==" && frame.polarity === "even" && [left, right].some(isSubresourceField)) {
      this.subresourceRequired ??= { module: frame.mod.id, start: leftTerm.start, end: rightTerm.end };
    }
    return truth;
  }
  /** `operation == "UPDATE"`, `subResource != "ephemeralcontainers"`... on the request under test. */
  requestComparison(field, constant, op) {
    const actual = this.requestFieldValue(field);
    if (actual === void 0 || constant.strings.length === 0 || op !== "==" && op !== "!=") return void 0;
    const equal = constant.strings.every((s) => s.value === actual) ? "true" : constant.strings.some((s) => s.value === actual) ? "maybe" : "false";
    return op === "==" ? equal : negate(equal);
  }
  membership(valueTerm, collectionTerm, frame) {
    const value = this.evalTerm(valueTerm, frame);
    const collection = this.evalTerm(collectionTerm, frame);
    this.commit(value, frame);
    this.commit(collection, frame);
    this.commit(this.iterate(collection, collectionTerm, frame), frame);
    const actual = this.requestFieldValue(value);
    const options = collection.elements?.strings ?? [];
    if (actual === void 0 || options.length === 0) return "maybe";
    return options.some((s) => s.value === actual) ? "maybe" : "false";
  }
  requestFieldValue(value) {
    if (value.paths.length !== 1) return void 0;
    const [path] = value.paths;
    if (path === void 0) return void 0;
    if (samePath(path, "review", "operation")) return "UPDATE";
    if (samePath(path, "review", "subResource")) {
      this.subresourceAware = true;
      return "ephemeralcontainers";
    }
    return void 0;
  }
};
var RELATIONS = /* @__PURE__ */ new Set(["==", "!=", "<", "<=", ">", ">="]);
var isOperationField = (value) => value.paths.length === 1 && samePath(value.paths[0] ?? [], "review", "operation");
var positionKey = (at2) => `${at2.module}:${at2.start}:${at2.end}`;
var isSubresourceField = (value) => value.paths.length === 1 && samePath(value.paths[0] ?? [], "review", "subResource");
var scopeOf = (path) => {
  if (path[0] !== "review" || path.length < 2) return void 0;
  if (["operation", "subResource", "kind", "resource", "dryRun"].includes(path[1])) return void 0;
  if ((path[1] === "object" || path[1] === "oldObject") && path[2] !== "metadata") return void 0;
  const fields = upToWildcard(path);
  return fields.length > 1 ? fields.join(".") : void 0;
};
var COLLECTION_BUILTINS = /* @__PURE__ */ new Set(["array.concat", "union", "intersection", "array.slice", "array.reverse", "sort"]);
var SCALAR_BUILTINS = /* @__PURE__ */ new Set([
  "count",
  "sum",
  "max",
  "min",
  "product",
  "sprintf",
  "concat",
  "format_int",
  "startswith",
  "endswith",
  "contains",
  "indexof",
  "lower",
  "upper",
  "trim",
  "trim_space",
  "trim_prefix",
  "trim_suffix",
  "trim_left",
  "trim_right",
  "split",
  "replace",
  "substring",
  "strings.any_prefix_match",
  "strings.any_suffix_match",
  "strings.replace_n",
  "regex.match",
  "re_match",
  "regex.find_n",
  "regex.split",
  "glob.match",
  "is_string",
  "is_number",
  "is_boolean",
  "is_array",
  "is_set",
  "is_object",
  "is_null",
  "type_name",
  "to_number",
  "json.marshal",
  "yaml.marshal",
  "object.keys",
  "print",
  "trace",
  "units.parse",
  "units.parse_bytes",
  "time.now_ns",
  "time.parse_rfc3339_ns",
  "base64.encode",
  "base64.decode",
  "any",
  "all"
]);
var reachesContainerLists = (value) => (
  // eslint-disable-next-line no-restricted-syntax -- POD_SPEC is three fixed segments
  value.paths.some((p) => isPodSpecPrefix(p) || p.length === POD_SPEC.length + 1 && samePath(p.slice(0, 3), ...POD_SPEC) && (isContainerList(p[3]) || p[3] === ANY))
);
var nestedReads = (value, depth = 0) => {
  if (depth > 8 || value.elements === void 0 && value.fields === void 0) return value.reads;
  const reads = [...value.reads];
  if (value.elements !== void 0) pushAll(reads, nestedReads(value.elements, depth + 1));
  for (const field of value.fields?.values() ?? []) pushAll(reads, nestedReads(field, depth + 1));
  return reads;
};
var keysOf = (collection) => withReads(collection.keys ?? EMPTY2, collection.reads);
var signature = (value) => {
  if (value === void 0) return "";
  const parts = [
    value.paths.map((p) => p.join(".")).join(","),
    value.strings.map((s) => `${s.value}@${s.at.module}:${s.at.start}`).join(","),
    value.elements === void 0 ? "" : `[${signature(value.elements)}]`,
    value.fields === void 0 ? "" : `{${[...value.fields].map(([k, v]) => `${k}:${signature(v)}`).join(",")}}`
  ];
  return parts.join("|");
};
var isCause = (read2) => {
  if (read2.category === "pod-level" && !POD_SPEC_FIELDS.has(read2.field.split(".")[1] ?? "")) return false;
  return read2.parities.has("even") || read2.category === "forbidden" || read2.parities.has("odd") && read2.category !== "pod-level";
};
var unrelatedFields = (a, b) => !(a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`));
var classifyRead = (read2) => {
  const path = read2.path;
  if (path.length < 4 || !POD_SPEC.every((s, i) => path[i] === s)) return void 0;
  const specField = path[3];
  if (CONTAINER_LISTS.includes(specField) || specField === ANY) {
    const rest = upToWildcard(path.slice(5));
    if (rest.length === 0) return void 0;
    const field2 = rest.join(".");
    const below = path.slice(5).filter((s) => s !== ANY && s !== FREE).join(".");
    return { field: field2, category: comparedFieldCategory(below, read2.against ?? [], containerFieldCategory(field2)), at: read2.at };
  }
  if (specField === FREE) return void 0;
  const field = ["spec", ...upToWildcard(path.slice(3))].join(".");
  return { field, category: "pod-level", at: read2.at };
};
var upToWildcard = (segments) => {
  const out = [];
  for (const s of segments) {
    if (s === ANY || s === FREE) break;
    out.push(s);
  }
  return out;
};

// src/analyze/gatekeeper/coverage-terms.ts
var listNote = (list) => `reads spec.${list}`;
var regoFix = (reason) => reason.startsWith("cannot resolve ") ? UNKNOWN_FIX.module : UNKNOWN_FIX.review;
var regoLogic = (analysis, locate, parameters, label, options = { reportParseErrors: true }) => {
  const problems = [];
  const unknowns = [];
  const parseSpans = /* @__PURE__ */ new Set();
  for (const error of analysis.parseErrors) {
    parseSpans.add(`${error.module}:${error.start}`);
    if (options.reportParseErrors) {
      problems.push(unknownConstruct(locate(error), label, `Rego syntax error: ${error.message}`, UNKNOWN_FIX.syntax));
    }
  }
  const unknown = (reason, at2, problem) => {
    const ref = locate(at2);
    unknowns.push({ at: ref, note: reason });
    if (!parseSpans.has(`${at2.module}:${at2.start}`)) {
      problems.push(problem ? unknownConstruct(ref, label, problem.construct, problem.fix, reason) : unknownConstruct(ref, label, reason, regoFix(reason)));
    }
  };
  const brokenModules = new Set(analysis.parseErrors.map((e) => e.module));
  for (const u of analysis.unknowns) {
    if (brokenModules.size > 0) unknowns.push({ at: locate(u.at), note: u.reason });
    else unknown(u.reason, u.at);
  }
  const control = ephemeralControlOf(analysis.entries);
  const blocks = control && {
    at: locate(control.at),
    note: controlNote(control),
    ...control.allowsOnly.length === 0 && control.where.length === 0 ? { scope: "all" } : { scope: "conditional", allowsOnly: controlAllows(control) }
  };
  const perEntry = analysis.entries.map((entry) => {
    const result = entryChecks(entry, locate, parameters, unknown);
    if (entry.ephemeralControl === control && blocks) result.checks.push({ field: "ephemeralContainers", category: "security", role: "check", lists: ["ephemeralContainers"], at: blocks.at });
    return result;
  });
  const relevant = perEntry.filter((e) => ephemeralRelevantChecks(e.checks).length > 0);
  const readers = relevant.length > 0 ? relevant : perEntry;
  const reads = {};
  for (const { entry } of readers) {
    for (const list of CONTAINER_LISTS) {
      const first = entry.reads[list]?.[0];
      if (first !== void 0 && reads[list] === void 0) reads[list] = { at: locate(first), note: listNote(list) };
    }
  }
  if (blocks) reads.ephemeralContainers ??= blocks;
  const skipping = relevant.find((e) => e.entry.updateExemption !== void 0)?.entry.updateExemption;
  const fixes = [];
  if (reads.ephemeralContainers === void 0) pushAll(fixes, copyClauseAnchors(readers.map((r) => r.entry), locate));
  if (skipping) pushAll(fixes, updateTestAnchors(relevant.map((r) => r.entry), locate));
  return {
    reads,
    checks: perEntry.flatMap((e) => e.checks),
    ...skipping && { updateExemption: { at: locate(skipping.at), note: skipping.note } },
    unknowns,
    ...blocks && { blocksEphemeralContainers: blocks },
    problems,
    fixes
  };
};
var positionKey2 = (at2) => `${at2.module}:${at2.start}:${at2.end}`;
var copyClauseAnchors = (entries, locate) => {
  const list = entries.some((e) => e.reads.containers !== void 0) ? "containers" : "initContainers";
  const clauses = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const positions = entry.reads[list] ?? [];
    const owners = entry.readClauses[list] ?? [];
    for (const [i, at2] of positions.entries()) {
      const owner = owners[i];
      if (owner === void 0) continue;
      if (!owner.copyable) return [];
      const known = clauses.get(positionKey2(owner.at)) ?? { clause: owner.at, lists: [] };
      if (!known.lists.some((p) => positionKey2(p) === positionKey2(at2))) known.lists.push(at2);
      clauses.set(positionKey2(owner.at), known);
    }
  }
  return [...clauses.values()].map(({ clause, lists }) => ({ kind: "copy-clause", ruleId: "EG101", clause: locate(clause), lists: lists.map(locate) }));
};
var updateTestAnchors = (entries, locate) => {
  const tests = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    for (const test of entry.updateExemption?.updateTests ?? []) {
      if (!tests.has(positionKey2(test.at))) tests.set(positionKey2(test.at), { kind: "and-not-ephemeral", ruleId: "EG102", language: "rego", test: locate(test.at), request: locate(test.review) });
    }
  }
  return entries.every((e) => e.updateExemption === void 0 || e.updateExemption.updateTests.length > 0) ? [...tests.values()] : [];
};
var ephemeralControlOf = (entries) => {
  const blocksAll = entries.find((e) => e.ephemeralControl !== void 0 && e.ephemeralControl.allowsOnly.length === 0);
  if (blocksAll) return blocksAll.ephemeralControl;
  const readers = entries.filter((e) => CONTAINER_LISTS.some((list) => e.reads[list] !== void 0));
  if (readers.length === 0 || !readers.every((e) => e.ephemeralControl !== void 0)) return void 0;
  return readers[0]?.ephemeralControl;
};
var controlAllows = (control) => [
  ...control.allowsOnly.length > 0 ? [`those whose ${control.allowsOnly.join(", ")} pass its checks`] : [],
  ...control.where.length > 0 ? [`requests where its conditions on ${control.where.join(", ")} do not hold`] : []
].join(", and ");
var controlNote = (control) => {
  const what = control.allowsOnly.length === 0 ? "denies every ephemeral container" : `allows only ephemeral containers whose ${control.allowsOnly.join(", ")} pass its checks`;
  return control.where.length === 0 ? what : `${what}, where its conditions on ${control.where.join(", ")} hold`;
};
var entryChecks = (entry, locate, parameters, unknown) => {
  const lists = CONTAINER_LISTS.filter((list) => entry.reads[list] !== void 0);
  const checks = entry.checks.map((check2) => ({
    field: check2.field,
    category: check2.category,
    role: check2.role,
    ...check2.category === "pod-level" ? {} : { lists },
    at: locate(check2.at)
  }));
  for (const dynamic of entry.dynamicKeys) {
    const values = dynamic.parameter === void 0 ? void 0 : parameters(dynamic.parameter);
    if (values === void 0) {
      const from = dynamic.parameter === void 0 ? "a computed key" : `the constraint parameter ${dynamic.parameter.join(".")}`;
      const reason = `${from} selects which container field is read${dynamic.parameter === void 0 ? "" : ", and no Constraint in scope gives its values"}`;
      if (dynamic.parameter === void 0) unknown(reason, dynamic.at);
      else unknown(reason, dynamic.at, { construct: `parameter ${dynamic.parameter.join(".")} picks the container field`, fix: `add a Constraint that sets spec.parameters.${dynamic.parameter.join(".")}` });
      continue;
    }
    for (const value of values) {
      const field = [...dynamic.prefix, value].join(".");
      checks.push({ field, category: containerFieldCategory(field), role: dynamic.role, lists, at: locate(dynamic.at) });
    }
  }
  for (const u of entry.unknowns) unknown(u.reason, u.at);
  return { entry, checks };
};
var celLogic = (parts, label) => {
  const facts = celPolicyFacts(parts);
  return {
    reads: facts.reads,
    checks: facts.checks,
    ...facts.updateDropped && { updateExemption: facts.updateDropped },
    unknowns: parts.unknowns,
    ...facts.control && { blocksEphemeralContainers: facts.control },
    problems: parts.unknowns.map((u) => unknownConstruct(u.at, label, u.note, UNKNOWN_FIX.review)),
    fixes: parts.fixes
  };
};

// src/analyze/gatekeeper/template.ts
var TEMPLATE_API_VERSIONS = /* @__PURE__ */ new Set([
  "templates.gatekeeper.sh/v1",
  "templates.gatekeeper.sh/v1beta1",
  "templates.gatekeeper.sh/v1alpha1"
]);
var isConstraintTemplate = (object) => object.kind === "ConstraintTemplate" && TEMPLATE_API_VERSIONS.has(object.apiVersion);
var at = (value, ...path) => {
  let current = value;
  for (const key of path) {
    if (typeof key === "number") current = Array.isArray(current) ? current[key] : void 0;
    else current = isRecord(current) ? current[key] : void 0;
  }
  return current;
};
var ADMISSION_TARGET = "admission.k8s.gatekeeper.sh";
var templateCode = (template) => {
  const rego = [];
  const cel = [];
  const targets = at(template.body, "spec", "targets");
  if (!Array.isArray(targets)) return { rego, cel };
  const targetsRef = childRef(template.ref.at, "spec", "targets");
  targets.forEach((target, t) => {
    if (!isRecord(target)) return;
    if (target["target"] !== void 0 && target["target"] !== ADMISSION_TARGET) return;
    const targetRef = childRef(targetsRef, t);
    if (typeof target["rego"] === "string") rego.push(regoCode(target["rego"], target["libs"], childRef(targetRef, "rego"), childRef(targetRef, "libs"), true));
    const code = target["code"];
    if (!Array.isArray(code)) return;
    code.forEach((entry, c) => {
      if (!isRecord(entry) || !isRecord(entry["source"])) return;
      const sourceRef = childRef(targetRef, "code", c, "source");
      const source = entry["source"];
      if (entry["engine"] === "Rego" && typeof source["rego"] === "string") {
        rego.push(regoCode(source["rego"], source["libs"], childRef(sourceRef, "rego"), childRef(sourceRef, "libs"), false));
      } else if (entry["engine"] === "K8sNativeValidation") {
        cel.push(celCode(source, sourceRef));
      }
    });
  });
  return { rego, cel };
};
var regoCode = (main, libs, mainRef, libsRef, legacy) => {
  const modules = [{ id: "rego", source: main }];
  const refs = /* @__PURE__ */ new Map([["rego", mainRef]]);
  if (Array.isArray(libs)) {
    libs.forEach((lib, i) => {
      if (typeof lib !== "string") return;
      modules.push({ id: `libs[${i}]`, source: lib });
      refs.set(`libs[${i}]`, childRef(libsRef, i));
    });
  }
  return { modules, refs, legacy };
};
var celCode = (source, sourceRef) => {
  const sources = new CelSources();
  return {
    sources,
    variables: sources.variables(source["variables"], childRef(sourceRef, "variables")),
    validations: sources.collect(source["validations"], childRef(sourceRef, "validations")),
    matchConditions: sources.collect(source["matchCondition"], childRef(sourceRef, "matchCondition"))
  };
};
var located = (refs, fallback) => (pos) => {
  const ref = refs.get(pos.module ?? pos.id ?? "");
  return ref === void 0 ? fallback : spanRef(ref, pos.start, pos.end);
};
var analyzeConstraintTemplate = (template, constraints) => {
  const label = objectLabel(template.ref);
  const code = templateCode(template);
  const parameters = (path) => parameterStrings(constraints, path);
  const rego = code.rego.map((program) => ({
    program,
    logic: regoLogic(
      analyzeRegoPolicy(program.modules),
      located(program.refs, template.ref.at),
      parameters,
      label
    )
  }));
  const cel = code.cel.map((program) => ({
    program,
    logic: celLogic(celCoverageParts(program.sources, program), label)
  }));
  const problems = [...rego.flatMap((r) => r.logic.problems), ...cel.flatMap((c) => c.logic.problems)];
  const regoDeciding = rego.find((r) => r.program.legacy) ?? rego[0];
  const deciding = cel[0]?.logic ?? regoDeciding?.logic;
  const kind = at(template.body, "spec", "crd", "spec", "names", "kind");
  const scope = constraintScope(constraints, typeof kind === "string" ? kind : template.name);
  const activatedBy = constraints.map((c) => c.ref);
  const applies = constraintsPolicyScope(constraints, template);
  if (deciding === void 0) {
    const where = childRef(template.ref.at, "spec", "targets");
    const note = "has no Rego or K8sNativeValidation code for the admission target";
    problems.push(unknownConstruct(where, label, "no Rego or K8sNativeValidation code for the admission target", "add its code, or check it by hand and suppress EG003 here"));
    return { fact: factOf(template, { reads: {}, checks: [], unknowns: [{ at: where, note }], problems: [], fixes: [] }, scope, activatedBy, [], applies), problems };
  }
  const extra = [];
  if (constraints.length === 0) extra.push({ text: "no constraint in scope: the template alone decides nothing; taken to match Pod" });
  if (cel[0] !== void 0 && regoDeciding !== void 0) {
    const celVerdict = factOf(template, cel[0].logic, scope, activatedBy, [], applies, "cel").verdict;
    const regoVerdict = factOf(template, regoDeciding.logic, scope, activatedBy, [], applies, "rego").verdict;
    if (celVerdict !== regoVerdict) {
      extra.push({ text: `the K8sNativeValidation (CEL) code decides; the Rego code, which runs when Gatekeeper's CEL driver is off, would be ${regoVerdict}` });
    }
  }
  return { fact: factOf(template, deciding, scope, activatedBy, extra, applies, cel[0] !== void 0 ? "cel" : "rego"), problems };
};
var factOf = (template, logic, scope, activatedBy, extra, applies, language) => {
  const parts = {
    engine: "gatekeeper",
    policy: template.ref,
    ...language && { language },
    scope: applies,
    reads: logic.reads,
    checks: logic.checks,
    receivesSubresource: scope.receivesSubresource,
    ...scope.subresourceEvidence && { subresourceEvidence: scope.subresourceEvidence },
    handlesUpdate: logic.updateExemption ? "no" : "yes",
    ...logic.updateExemption && { updateEvidence: logic.updateExemption },
    ...logic.fixes.length > 0 && { fixes: logic.fixes },
    enforces: scope.enforces,
    ...activatedBy.length > 0 && { activatedBy },
    ...scope.controllersOnly && { controllersOnly: scope.controllersOnly },
    ...logic.blocksEphemeralContainers && { blocksEphemeralContainers: logic.blocksEphemeralContainers }
  };
  const decided = decideFactVerdict(parts, { unknowns: logic.unknowns });
  const enforcement = scope.enforces === "no" && decided.verdict !== "not-applicable" && !decided.reasons.some((r) => r.text.startsWith("audit or warn")) ? [{ text: `${scope.enforcementEvidence?.note ?? "dryrun or warn"} on every Constraint: violations are reported, not denied`, ...scope.enforcementEvidence && { at: scope.enforcementEvidence.at } }] : [];
  return { ...parts, verdict: decided.verdict, reasons: [...decided.reasons, ...enforcement, ...extra] };
};

// src/analyze/gatekeeper/rego-modules.ts
var ENTRY_RULES2 = /* @__PURE__ */ new Set(["violation", "deny"]);
var analyzeRegoSources = (sources, checkTime = NO_TIME_LIMIT) => {
  const facts = [];
  const problems = [];
  const parsed = [];
  const byPackage = /* @__PURE__ */ new Map();
  for (const source of sources) {
    checkTime("parsing Rego files", () => `the Rego files from ${source.file} on, and every later stage`);
    const result = parseRego(source.text);
    for (const error of result.errors) {
      problems.push(unknownConstruct({ file: source.file, start: error.start, end: error.end }, source.file, `Rego syntax error: ${error.message}`, UNKNOWN_FIX.syntax, "Policies in this file are not analysed past it."));
    }
    const scan = result.module === void 0 ? { dataRefs: [], readsReview: false } : scanModule(result.module);
    const packageName = result.module?.package.path.join(".") ?? "";
    const entry = { file: source.file, text: source.text, ...result.module && { module: result.module }, packageName, ...scan };
    parsed.push(entry);
    const list = byPackage.get(packageName);
    if (list === void 0) byPackage.set(packageName, [entry]);
    else list.push(entry);
  }
  for (const main of parsed) {
    if (main.module === void 0) continue;
    checkTime("analysing Rego files", () => `the Rego files from ${main.file} on, and every later stage`);
    if (!main.module.rules.some((rule) => ENTRY_RULES2.has(rule.head.name) && !rule.isDefault)) continue;
    const { libs, unresolved } = librariesOf(main, byPackage);
    const gatekeeperEntry = main.module.rules.some((rule) => rule.head.name === "violation");
    if (!main.readsReview && !libs.some((lib) => lib.readsReview) && !(gatekeeperEntry && unresolved)) continue;
    const analysis = analyzeRegoPolicy([main, ...libs].map((s) => ({ id: s.file, source: s.text })));
    const locate = (pos) => ({ file: pos.module, start: pos.start, end: pos.end });
    const logic = regoLogic(analysis, locate, () => void 0, `Rego module ${main.packageName}`, { reportParseErrors: false });
    pushAll(problems, logic.problems);
    const policy = { kind: "RegoModule", apiVersion: "", name: main.packageName, at: { file: main.file, doc: 0, path: [] } };
    const parts = {
      engine: "gatekeeper",
      language: "rego",
      policy,
      reads: logic.reads,
      checks: logic.checks,
      receivesSubresource: "yes",
      handlesUpdate: logic.updateExemption ? "no" : "yes",
      ...logic.updateExemption && { updateEvidence: logic.updateExemption },
      ...logic.fixes.length > 0 && { fixes: logic.fixes },
      enforces: "unknown"
    };
    const decided = decideFactVerdict(parts, { unknowns: logic.unknowns });
    facts.push({
      ...parts,
      verdict: decided.verdict,
      reasons: [...decided.reasons, { text: "standalone Rego module: no constraint in scope, taken to match Pod" }]
    });
  }
  return { facts, problems };
};
var dirOf = (file) => file.slice(0, file.lastIndexOf("/") + 1);
var nearest = (candidates, file) => {
  let best;
  let bestScore = -1;
  for (const candidate of candidates) {
    if (candidate.file.endsWith("_test.rego")) continue;
    const a = dirOf(candidate.file);
    const b = dirOf(file);
    let shared = 0;
    while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
    const score = a === b ? Number.MAX_SAFE_INTEGER : shared;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
};
var librariesOf = (main, byPackage) => {
  const out = [];
  let unresolved = false;
  const seen = /* @__PURE__ */ new Set([main]);
  const queue = [main];
  for (let current = queue.shift(); current !== void 0; current = queue.shift()) {
    for (const ref of current.dataRefs) {
      let found = false;
      for (let n = ref.length; n >= 1; n--) {
        const target = nearest(byPackage.get(ref.slice(0, n).join(".")) ?? [], main.file);
        if (target !== void 0) {
          found = true;
          if (seen.has(target)) continue;
          seen.add(target);
          out.push(target);
          queue.push(target);
        }
      }
      if (!found && ref[0] !== "inventory") unresolved = true;
    }
  }
  return { libs: out, unresolved };
};
var scanModule = (module) => {
  const dataRefs = [];
  let readsReview = false;
  for (const imp of module.imports) {
    if (imp.path[0] === "data") dataRefs.push(imp.path.slice(1));
    if (imp.path[0] === "input" && imp.path[1] === "review") readsReview = true;
  }
  const inputAliases = new Set(module.imports.filter((i) => i.path.length === 1 && i.path[0] === "input").map((i) => i.alias ?? "input"));
  inputAliases.add("input");
  const stack = [module.rules];
  let visited = 0;
  while (stack.length > 0 && visited < 1e6) {
    const node = stack.pop();
    visited++;
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    if (typeof node !== "object" || node === null) continue;
    const record = node;
    if (record["type"] === "ref") {
      const head = record["head"];
      const path = record["path"];
      const names = [];
      for (const segment of path) {
        const name = segment.kind === "dot" ? segment.name : segment.term?.type === "string" ? segment.term.value : void 0;
        if (name === void 0) break;
        names.push(name);
      }
      if (head?.type === "var" && head.name === "data" && names.length > 0) dataRefs.push(names);
      if (head?.type === "var" && inputAliases.has(head.name ?? "") && names[0] === "review") readsReview = true;
    }
    for (const value of Object.values(record)) if (typeof value === "object" && value !== null) stack.push(value);
  }
  return { dataRefs, readsReview };
};

// src/analyze/gatekeeper/library-versions.ts
var SKIPS_UPDATE = /* @__PURE__ */ new Map([
  ["k8spspprivilegedcontainer", ["1.0.1", "1.1.0", "1.1.1", "1.1.2", "1.1.3"]],
  ["k8spspcapabilities", ["1.0.1", "1.0.2", "1.1.0", "1.1.1", "1.1.2", "1.1.3"]],
  ["k8spspallowprivilegeescalationcontainer", ["1.0.1", "1.1.0", "1.1.1"]],
  ["k8spspallowedusers", ["1.0.1", "1.0.2", "1.0.3"]],
  ["k8spspselinuxv2", ["1.0.1", "1.0.2", "1.0.3", "1.0.4"]],
  ["k8spspreadonlyrootfilesystem", ["1.0.1", "1.1.0", "1.1.1"]],
  ["k8spsphostfilesystem", ["1.0.1", "1.0.2", "1.1.0", "1.1.1", "1.1.2"]],
  ["k8spspprocmount", ["1.0.2", "1.0.3", "1.1.0", "1.1.1", "1.1.2", "1.1.3"]],
  ["k8spsphostprocess", ["1.0.0", "1.0.1"]]
]);
var LIBRARY_VERSION_ANNOTATION = "metadata.gatekeeper.sh/version";
var libraryVersionSkippingUpdate = (template) => {
  const metadata = template.body["metadata"];
  const annotations = typeof metadata === "object" && metadata !== null ? metadata["annotations"] : void 0;
  const version = typeof annotations === "object" && annotations !== null ? annotations[LIBRARY_VERSION_ANNOTATION] : void 0;
  if (typeof version !== "string") return void 0;
  return SKIPS_UPDATE.get(template.name)?.includes(version) ? version : void 0;
};

// src/analyze/gatekeeper/index.ts
var constraintsWithoutTemplate = (workspace, defined) => {
  const byKind = /* @__PURE__ */ new Map();
  for (const object of workspace.objects) {
    if (!isConstraint(object) || defined.has(object.kind) || constraintMatch(object).matchesPod === "no") continue;
    const list = byKind.get(object.kind);
    if (list) list.push(object);
    else byKind.set(object.kind, [object]);
  }
  return [...byKind].map(
    ([kind, constraints]) => unknownConstruct(
      childRef(constraints[0].ref.at, "kind"),
      `Constraint kind ${kind}`,
      "no scanned ConstraintTemplate defines it",
      "add its template, or check it by hand",
      `${constraints.map((c) => c.name).slice(0, 3).join(", ")}${constraints.length > 3 ? ` and ${constraints.length - 3} more` : ""} may match Pods; what they check (ephemeral containers included) is in the template's code, not in these files`
    )
  );
};
var analyzeGatekeeper = (workspace, checkTime = NO_TIME_LIMIT) => {
  const facts = [];
  const problems = [];
  const defined = /* @__PURE__ */ new Set();
  for (const template of workspace.byKind("ConstraintTemplate")) {
    if (!isConstraintTemplate(template)) continue;
    checkTime("analysing Gatekeeper constraint templates", () => `the ConstraintTemplates from ${objectLabel(template)} on, and every later stage`);
    const spec = template.body["spec"];
    const names = isRecord(spec) && isRecord(spec["crd"]) && isRecord(spec["crd"]["spec"]) ? spec["crd"]["spec"]["names"] : void 0;
    const kind = isRecord(names) && typeof names["kind"] === "string" ? names["kind"] : void 0;
    if (kind !== void 0) defined.add(kind);
    const result = analyzeConstraintTemplate(template, kind === void 0 ? [] : constraintsOf(workspace, kind));
    facts.push(result.fact);
    pushAll(problems, result.problems);
  }
  pushAll(problems, constraintsWithoutTemplate(workspace, defined));
  const modules = analyzeRegoSources(workspace.textSources, checkTime);
  pushAll(facts, modules.facts);
  pushAll(problems, modules.problems);
  return { facts, problems };
};

// src/rules/eg102-policy-exempts-update.ts
var CEL_FIX2 = 'Exempt only plain updates: skip a request when `request.operation == "UPDATE" && request.subResource != "ephemeralcontainers"`.';
var FIX2 = {
  "gatekeeper-rego": 'Exempt only plain updates: in `is_update`, test `review.operation == "UPDATE"` plus `object.get(review, "subResource", "") != "ephemeralcontainers"`.',
  "gatekeeper-cel": CEL_FIX2,
  kyverno: "Keep UPDATE in the operations and preconditions, so that UPDATE of pods/ephemeralcontainers is checked too.",
  "kyverno-cel": CEL_FIX2,
  "validating-admission-policy": CEL_FIX2,
  "mutating-admission-policy": CEL_FIX2
};
var DEFAULT_FIX2 = "Exempt only plain updates: skip a request when its operation is UPDATE and its subResource is not ephemeralcontainers.";
var eg102_policy_exempts_update_default = defineRule({
  meta: {
    id: "EG102",
    name: "policy-exempts-update",
    short: "A policy skips every UPDATE request, and adding an ephemeral container is an UPDATE.",
    level: "error",
    securitySeverity: 8.1,
    tags: ["security", "admission", "ephemeral-containers"],
    messages: {
      skipsUpdate: "{{policy}} skips every UPDATE request here, so it never checks an ephemeral container. Adding one (kubectl debug) is an UPDATE of pods/ephemeralcontainers: its {{fields}} checks never run on one at admission, so anyone who may add one can break them. {{fix}}",
      librarySkipsUpdate: "{{policy}} skips every UPDATE request here, so it never checks an ephemeral container. Adding one (kubectl debug) is an UPDATE of pods/ephemeralcontainers: its {{fields}} checks never run on one at admission, so anyone who may add one can break them. gatekeeper-library version {{version}} of this template is known to do this (the exemption arrived in Sept 2023 and every later release keeps it), so updating the library does not help; only audit reports the Pod later. {{fix}}"
    }
  },
  *check(facts) {
    for (const fact of facts.coverage) {
      if (fact.verdict !== "not-covered") continue;
      for (const reason of fact.reasons) {
        if (reason.ruleId !== "EG102") continue;
        const template = fact.engine === "gatekeeper" ? facts.workspace.find(fact.policy.kind, fact.policy.namespace, fact.policy.name) : void 0;
        const version = template ? libraryVersionSkippingUpdate(template) : void 0;
        const data = { policy: objectLabel(fact.policy), fields: fieldsMissingEphemeral(fact, false).fields, fix: FIX2[engineKey(fact)] ?? DEFAULT_FIX2 };
        yield withClosure(reason, {
          messageId: version ? "librarySkipsUpdate" : "skipsUpdate",
          data: version ? { ...data, version } : data,
          at: reason.at ?? fact.updateEvidence?.at ?? fact.policy.at,
          object: fact.policy,
          related: activatorsOf(fact)
        });
      }
    }
  }
});

// src/rules/eg103-match-misses-ephemeral-subresource.ts
var auditNote = (fact) => fact.enforces === "no" ? " This policy only audits or warns today, so the hole is reported here though nothing is denied yet." : "";
var isWebhookConfiguration = (fact) => fact.policy.kind.endsWith("WebhookConfiguration");
var ENGINE_WEBHOOK = {
  gatekeeper: "Gatekeeper's validating webhook lists pods/ephemeralcontainers since v3.9.0 and the Helm chart's mutating webhook since v3.17.0 (the static deploy/gatekeeper.yaml mutating webhook still lists only `*`): this copy misses it, so no Constraint or mutator sees an ephemeral container.",
  kyverno: "Kyverno 1.5.3 and later add pods/ephemeralcontainers to this webhook for every policy that matches Pods; Kyverno manages its webhook configurations itself, so a copy in Git is stale or from an older release, and no Kyverno policy sees an ephemeral container through it.",
  kubewarden: "Kubewarden builds this webhook from its policies' spec.rules: add pods/ephemeralcontainers there.",
  jspolicy: "jsPolicy builds this webhook from its policies' spec.resources: add pods/ephemeralcontainers there."
};
var AUTOGEN_NOTE = " Kyverno generates the controller (Deployment, Job...) variants of a CEL policy only when `pods` is its only resource, so listing the subresource turns autogen off: add the controllers to resourceRules yourself if you rely on it.";
var eg103_match_misses_ephemeral_subresource_default = defineRule({
  meta: {
    id: "EG103",
    name: "match-misses-ephemeral-subresource",
    short: "Admission match rules include Pods but can never receive the pods/ephemeralcontainers subresource.",
    level: "error",
    securitySeverity: 7.5,
    tags: ["security", "admission", "ephemeral-containers"],
    messages: {
      policy: "{{policy}} never receives UPDATE pods/ephemeralcontainers. Its match rules miss it ({{reason}}), so it never checks an ephemeral container: it checks {{fields}}, and anyone who may add an ephemeral container (kubectl debug) runs one this policy never evaluates.{{hint}}{{audit}}",
      engineWebhook: "{{policy}} never sends UPDATE pods/ephemeralcontainers to its webhook. Webhook {{webhook}} receives Pods, but its rules miss the subresource ({{reason}}). {{engine}}",
      webhook: "{{policy}} {{webhook}} never receives UPDATE pods/ephemeralcontainers. It receives Pods, but its rules miss the subresource ({{reason}}): whatever it checks on Pods, an ephemeral container added with kubectl debug is never sent to it.{{audit}}"
    }
  },
  *check(facts) {
    for (const fact of facts.coverage) {
      if (fact.verdict !== "not-covered") continue;
      for (const reason of fact.reasons) {
        if (reason.ruleId !== "EG103" || reason.inherited) continue;
        const at2 = reason.at ?? fact.subresourceEvidence?.at ?? fact.policy.at;
        const common = { at: at2, object: fact.policy, related: activatorsOf(fact) };
        const visible = ephemeralRelevantChecks(fact.checks).length > 0;
        const engineNote = ENGINE_WEBHOOK[fact.engine];
        if (isWebhookConfiguration(fact) && engineNote && (fact.engine === "gatekeeper" || fact.engine === "kyverno")) {
          yield withClosure(reason, { ...common, messageId: "engineWebhook", data: { policy: objectLabel(fact.policy), webhook: fact.rule ?? "", reason: reason.text, engine: engineNote } });
        } else if (visible) {
          yield withClosure(reason, {
            ...common,
            messageId: "policy",
            data: {
              policy: objectLabel(fact.policy),
              fields: fieldsMissingEphemeral(fact, false).fields,
              reason: reason.text,
              hint: fact.engine === "kyverno-cel" ? AUTOGEN_NOTE : "",
              audit: auditNote(fact)
            }
          });
        } else {
          yield withClosure(reason, {
            ...common,
            messageId: "webhook",
            data: { policy: objectLabel(fact.policy), webhook: fact.rule ? `webhook ${fact.rule}` : "(its logic is not visible here)", reason: reason.text, audit: auditNote(fact) },
            level: "warning",
            securitySeverity: 5.5
          });
        }
      }
    }
  }
});

// src/rules/eg104-policy-matches-controllers-only.ts
var ownerOf = (at2, candidates) => isTextRef(at2) ? void 0 : candidates.find((object) => object.at.file === at2.file && object.at.doc === at2.doc && at2.path.length >= object.at.path.length && object.at.path.every((p, i) => at2.path[i] === p));
var RESOURCE_RULES_FIX = "Match Pod as well: add `pods` and `pods/ephemeralcontainers` to the resources of a resourceRules entry.";
var FIX3 = {
  gatekeeper: 'Match Pod as well: `{apiGroups: [""], kinds: ["Pod"]}` in match.kinds.',
  kyverno: "Match Pod as well: `Pod` in match kinds.",
  "kyverno-cel": RESOURCE_RULES_FIX,
  "validating-admission-policy": RESOURCE_RULES_FIX,
  "mutating-admission-policy": RESOURCE_RULES_FIX
};
var DEFAULT_FIX3 = "Match Pod as well.";
var eg104_policy_matches_controllers_only_default = defineRule({
  meta: {
    id: "EG104",
    name: "policy-matches-controllers-only",
    short: "A container-security policy matches only pod controllers, never Pod, so it never sees ephemeral containers.",
    level: "warning",
    securitySeverity: 5.5,
    tags: ["security", "admission", "ephemeral-containers"],
    messages: {
      controllersOnly: "{{object}} matches only pod controllers here, never Pod, so ephemeral containers escape its checks. The {{fields}} checks of {{policy}} never see one: ephemeral containers are added to running Pods (kind Pod, pods/ephemeralcontainers), and pod templates cannot hold them. {{fix}}"
    }
  },
  *check(facts) {
    for (const fact of facts.coverage) {
      if (fact.verdict !== "not-covered") continue;
      for (const reason of fact.reasons) {
        if (reason.ruleId !== "EG104") continue;
        const at2 = reason.at ?? fact.controllersOnly?.at ?? fact.policy.at;
        const owner = ownerOf(at2, [...fact.activatedBy ?? [], fact.policy]) ?? fact.policy;
        const related = [];
        if (owner !== fact.policy) related.push({ at: fact.policy.at, note: `${objectLabel(fact.policy)}: the policy whose checks this activates` });
        for (const other of fact.activatedBy ?? []) {
          if (other !== owner) related.push({ at: other.at, note: `${objectLabel(other)} also activates ${objectLabel(fact.policy)}` });
        }
        yield withClosure(reason, {
          messageId: "controllersOnly",
          data: { object: objectLabel(owner), policy: objectLabel(fact.policy), fields: fieldsMissingEphemeral(fact, false).fields, fix: FIX3[fact.engine] ?? DEFAULT_FIX3 },
          at: at2,
          object: owner,
          related
        });
      }
    }
  }
});

// src/rules/eg105-policy-blocks-debug-containers.ts
var eg105_policy_blocks_debug_containers_default = defineRule({
  meta: {
    id: "EG105",
    name: "policy-blocks-debug-containers",
    short: "A policy requires, on ephemeral containers, a field the API forbids there, so it denies every debug container.",
    level: "warning",
    tags: ["reliability", "admission", "ephemeral-containers"],
    messages: {
      blocks: "{{policy}}{{rule}} {{note}}. The API rejects ports, probes, lifecycle, resources, resizePolicy and restartPolicy on them: {{effect}} Require it on containers and initContainers only, and leave ephemeralContainers out of this check."
    }
  },
  *check(facts) {
    for (const fact of facts.coverage) {
      for (const evidence of fact.requiresForbiddenOnEphemeral ?? []) {
        yield {
          messageId: "blocks",
          data: {
            policy: objectLabel(fact.policy),
            rule: fact.rule ? ` rule ${fact.rule}` : "",
            note: evidence.note,
            effect: fact.enforces === "no" ? "in its current audit mode it reports every debug container as a violation, and switched to enforce it would deny every kubectl debug." : "every kubectl debug in the Pods it matches is denied, and teams end up disabling the policy."
          },
          at: evidence.at,
          object: fact.policy
        };
      }
    }
  }
});

// src/rules/eg106-engine-version-misses-ephemeral.ts
var SOURCE = {
  image: "image",
  "chart-dependency": "Chart.yaml dependency chart",
  "helm-release": "HelmRelease chart",
  "argo-application": "Argo CD Application chart"
};
var ENGINE = { kyverno: "Kyverno", gatekeeper: "Gatekeeper" };
var eg106_engine_version_misses_ephemeral_default = defineRule({
  meta: {
    id: "EG106",
    name: "engine-version-misses-ephemeral",
    short: "A vendored policy engine is too old to see the pods/ephemeralcontainers subresource.",
    level: "error",
    securitySeverity: 7.5,
    tags: ["security", "admission", "ephemeral-containers"],
    messages: {
      tooOld: "{{object}} deploys {{engine}} {{version}}, which never registers pods/ephemeralcontainers in its webhook. The version comes from its {{source}}: none of its policies sees an ephemeral container, whatever they check. Upgrade to {{engine}} {{fixed}} or later.",
      generatedVap: '{{object}} deploys Gatekeeper {{version}} with ValidatingAdmissionPolicy generation on, and the VAPs it generates miss ephemeral containers. The version comes from its {{source}}; the VAPs it generates from templates match `resources: ["*"]`, which never includes pods/ephemeralcontainers, so the API server evaluates those policies without ephemeral containers. Upgrade to Gatekeeper {{fixed}} (the generated VAPs copy the webhook\'s rules), run 3.21 with --sync-vap-enforcement-scope=true, or turn generation off (--default-create-vap-for-templates=false).'
    }
  },
  *check(facts) {
    for (const fact of facts.engineVersions ?? []) {
      const data = { object: objectLabel(fact.object), engine: ENGINE[fact.engine], version: fact.version, source: SOURCE[fact.source], fixed: fact.fixedIn };
      yield {
        messageId: fact.problem === "too-old" ? "tooOld" : "generatedVap",
        data,
        at: fact.at,
        object: fact.object,
        ...fact.flagAt ? { related: [{ at: fact.flagAt, note: "VAP generation is switched on here" }] } : {}
      };
    }
  }
});

// src/rules/eg107-podsecuritypolicy-ignores-ephemeral.ts
var otherControls = (engine, verdict) => engine !== "pod-security-policy" && verdict !== "not-applicable" && !(engine === "pod-security" && verdict === "not-covered");
var eg107_podsecuritypolicy_ignores_ephemeral_default = defineRule({
  meta: {
    id: "EG107",
    name: "podsecuritypolicy-ignores-ephemeral",
    short: "A PodSecurityPolicy is present: PSP never evaluates ephemeral containers and was removed in Kubernetes 1.25.",
    level: "warning",
    securitySeverity: 6,
    tags: ["security", "pod-security-policy", "ephemeral-containers"],
    messages: {
      alongside: "PodSecurityPolicy {{name}} never sees ephemeral containers: PSP ignores the pods/ephemeralcontainers subresource (and was removed in Kubernetes 1.25). Make sure the other controls in this repository cover ephemeral containers, then remove it.",
      only: "PodSecurityPolicy {{name}} is the only pod-security control here, and it never sees ephemeral containers. Anyone who can patch pods/ephemeralcontainers can add a privileged container. Enforce Pod Security Admission (baseline or restricted) on every namespace, or a policy engine that reads ephemeralContainers."
    }
  },
  *check(facts) {
    const policies = facts.coverage.filter((fact) => fact.engine === "pod-security-policy");
    const alone = !facts.coverage.some((fact) => otherControls(fact.engine, fact.verdict));
    for (const fact of policies) {
      yield alone ? { messageId: "only", data: { name: fact.policy.name }, at: fact.policy.at, object: fact.policy, level: "error", securitySeverity: 8.1 } : { messageId: "alongside", data: { name: fact.policy.name }, at: fact.policy.at, object: fact.policy };
    }
  }
});

// src/model/settings.ts
var INSTALLED_ENGINES = ["gatekeeper", "kyverno", "kubewarden", "jspolicy"];
var NO_SETTINGS = { assume: { engines: {} }, rbacAllow: [], externalRoles: [] };
var assumedEnforceLevel = (assume, namespace, scannedLabel) => (Object.hasOwn(assume.podSecurity?.namespaces ?? {}, namespace) ? assume.podSecurity.namespaces[namespace] : void 0) ?? scannedLabel ?? assume.podSecurity?.enforce;

// src/model/pod-security.ts
var LEVELS = /* @__PURE__ */ new Set(["privileged", "baseline", "restricted"]);
var isPodSecurityLevel = (value) => LEVELS.has(value);
var LABEL_PREFIX = "pod-security.kubernetes.io/";
var podSecurityOfNamespace = (namespace) => {
  const metadata = namespace.body.metadata;
  const labels = typeof metadata?.labels === "object" && metadata.labels !== null ? metadata.labels : {};
  const labelsAt = childRef(namespace.ref.at, "metadata", "labels");
  const value = labels[`${LABEL_PREFIX}enforce`];
  if (value === void 0) return { namespace };
  const at2 = childRef(labelsAt, `${LABEL_PREFIX}enforce`);
  if (typeof value !== "string" || !LEVELS.has(value)) return { namespace, invalid: { mode: "enforce", value: String(value), at: at2 } };
  const version = labels[`${LABEL_PREFIX}enforce-version`];
  return {
    namespace,
    enforce: { level: value, ...typeof version === "string" ? { version } : {}, at: at2 }
  };
};
var deniesPrivilegedContainers = (level) => level !== "privileged";
var CONFIG_VERSIONS = /^pod-security\.admission\.config\.k8s\.io\/(v1|v1beta1|v1alpha1)$/;
var ADMISSION_VERSIONS = /^apiserver\.config\.k8s\.io\/(v1|v1alpha1)$|^apiserver\.k8s\.io\/v1alpha1$/;
var namesAt = (list, ref) => Array.isArray(list) ? list.flatMap((name, i) => typeof name === "string" ? [{ name, at: childRef(ref, i) }] : []) : [];
var configFrom = (object, body, at2) => {
  if (!isRecord(body) || body["kind"] !== "PodSecurityConfiguration" || typeof body["apiVersion"] !== "string" || !CONFIG_VERSIONS.test(body["apiVersion"])) return void 0;
  const defaults = isRecord(body["defaults"]) ? body["defaults"] : {};
  const level = defaults["enforce"];
  const version = defaults["enforce-version"];
  const exemptions = isRecord(body["exemptions"]) ? body["exemptions"] : {};
  const exemptionsAt = childRef(at2, "exemptions");
  return {
    object,
    at: at2,
    ...typeof level === "string" && LEVELS.has(level) ? { enforce: { level, ...typeof version === "string" ? { version } : {}, at: childRef(at2, "defaults", "enforce") } } : {},
    exemptions: {
      usernames: namesAt(exemptions["usernames"], childRef(exemptionsAt, "usernames")),
      namespaces: namesAt(exemptions["namespaces"], childRef(exemptionsAt, "namespaces")),
      runtimeClasses: namesAt(exemptions["runtimeClasses"], childRef(exemptionsAt, "runtimeClasses"))
    }
  };
};
var podSecurityConfigsOf = (object) => {
  if (object.kind === "PodSecurityConfiguration") {
    const config = configFrom(object, object.body, object.ref.at);
    return config ? [config] : [];
  }
  if (object.kind !== "AdmissionConfiguration" || !ADMISSION_VERSIONS.test(object.apiVersion)) return [];
  const plugins = object.body["plugins"];
  if (!Array.isArray(plugins)) return [];
  return plugins.flatMap((plugin, i) => {
    if (!isRecord(plugin) || plugin["name"] !== "PodSecurity") return [];
    const config = configFrom(object, plugin["configuration"], childRef(object.ref.at, "plugins", i, "configuration"));
    return config ? [config] : [];
  });
};
var podSecurityConfigs = (workspace) => [
  ...workspace.byKind("AdmissionConfiguration").flatMap(podSecurityConfigsOf),
  ...workspace.byKind("PodSecurityConfiguration").flatMap(podSecurityConfigsOf)
];
var podSecurityEnforceLevel = (workspace, namespace, configs = podSecurityConfigs(workspace)) => enforceLevelOf(namespace, workspace.find("Namespace", void 0, namespace), configs);
var enforceLevelOf = (namespace, object, configs) => {
  const found = object ? { namespace: object } : {};
  for (const config of configs) {
    const exempt = config.exemptions.namespaces.find((entry) => entry.name === namespace);
    if (exempt) return { level: "privileged", source: "exempt", at: exempt.at, exemptedAt: exempt.at, ...found };
  }
  const label = object ? podSecurityOfNamespace(object).enforce : void 0;
  if (label) return { level: label.level, source: "label", at: label.at, ...found };
  const configured = configs.find((config) => config.enforce)?.enforce;
  if (configured) return { level: configured.level, source: "config-default", at: configured.at, ...found };
  return { level: "privileged", source: "built-in", ...found };
};

// src/analyze/grant-controls.ts
var compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var deniesPrivilegedEphemeral = (fact) => {
  if (fact.engine === "pod-security" || fact.engine === "pod-security-policy" || fact.verdict !== "covered") return { result: "no" };
  const standard = fact.podSecurityStandard;
  const checksPrivileged = (
    // Only a control that blocks every ephemeral container denies a privileged one; "allows only
    // approved images" or "only in some namespaces" lets a privileged one through the gap.
    fact.blocksEphemeralContainers !== void 0 && (fact.blocksEphemeralContainers.scope ?? "all") === "all" || // Baseline and restricted both hold the Privileged Containers control, unless it is excluded.
    standard !== void 0 && deniesPrivilegedContainers(standard.level) && !standard.excludedControls.includes(PRIVILEGED_CONTROL) || fact.checks.some(
      (check2) => check2.field === "securityContext.privileged" && (check2.role ?? "check") === "check" && (check2.lists === void 0 || check2.lists.length === 0 || check2.lists.includes("ephemeralContainers"))
    )
  );
  if (!checksPrivileged || fact.enforces === "no") return { result: "no" };
  if (fact.enforces === "unknown") return { result: "unknown", why: "whether it denies at admission is not known" };
  return { result: "yes" };
};
var PRIVILEGED_CONTROL = "Privileged Containers";
var candidatesOf = (coverage, installations) => coverage.flatMap((fact) => {
  const denies = deniesPrivilegedEphemeral(fact);
  if (denies.result === "no") return [];
  const control = { text: policyText(fact), at: fact.policy.at, fact };
  if (denies.result === "unknown") return [{ fact, control, where: void 0, why: denies.why }];
  if (!fact.scope) return [{ fact, control, where: void 0, why: "where it applies is not known" }];
  const exclusions = installations.filter((installation) => installation.engines.includes(fact.engine)).map((installation) => installation.where);
  return [{ fact, control, where: exclusions.length === 0 ? fact.scope.where : { kind: "all", of: [...exclusions, fact.scope.where] }, why: void 0 }];
});
var requesterFiltersOf = (condition, into) => {
  switch (condition.kind) {
    case "requester":
      into.add(condition.filter);
      return;
    case "all":
    case "any":
      for (const inner of condition.of) requesterFiltersOf(inner, into);
      return;
    case "not":
      requesterFiltersOf(condition.of, into);
      return;
    default:
      return;
  }
};
var controlsOnGrants = ({ workspace, coverage, installations, access, settings }) => {
  const configs = podSecurityConfigs(workspace);
  const names = /* @__PURE__ */ new Set();
  for (const namespace of workspace.byKind("Namespace")) if (namespace.name) names.add(namespace.name);
  for (const name of Object.keys(settings.assume.podSecurity?.namespaces ?? {})) names.add(name);
  const namespaces = [...names].sort(compare);
  const candidates = candidatesOf(coverage, installations);
  const filters = /* @__PURE__ */ new Set();
  for (const candidate of candidates) if (candidate.where) requesterFiltersOf(candidate.where, filters);
  const requesterFilters = [...filters];
  const requesterOf = requesterIndex(access.bindings);
  const namespaceTargets = namespaces.map((namespace) => ({ kind: "namespace", namespace, object: workspace.find("Namespace", void 0, namespace) }));
  const targetByName = /* @__PURE__ */ new Map();
  for (const target of namespaceTargets) if (target.kind === "namespace") targetByName.set(target.namespace, target);
  const other = { kind: "other" };
  const applied = { kind: "applied" };
  const clusterTargets = [...namespaceTargets, other];
  const factsOf = /* @__PURE__ */ new Map();
  const namespaceFactsOf = (target) => {
    let found = factsOf.get(target);
    if (!found) factsOf.set(target, found = namespaceOf(target));
    return found;
  };
  const podSecurityOf = /* @__PURE__ */ new Map();
  const basePodSecurity = (target) => {
    let found = podSecurityOf.get(target);
    if (!found) podSecurityOf.set(target, found = podSecurityFor(target, workspace, configs, settings));
    return found;
  };
  const judged = /* @__PURE__ */ new Map();
  const clusterLists = /* @__PURE__ */ new Map();
  const judge = (target, requester, exemptUser, classKey) => {
    let byTarget = judged.get(classKey);
    if (!byTarget) judged.set(classKey, byTarget = /* @__PURE__ */ new Map());
    let guard = byTarget.get(target);
    if (!guard) byTarget.set(target, guard = judgeTarget(target, basePodSecurity(target), exemptUser, namespaceFactsOf(target), requester, candidates));
    return guard;
  };
  const guarded = access.grants.map((grant) => {
    const requester = requesterOf(grant.subject);
    const username = requester.username;
    const exemptUser = username === void 0 ? void 0 : configs.flatMap((config) => config.exemptions.usernames).find((entry) => entry.name === username)?.at;
    const classKey = `${requesterFilters.map((filter) => requesterFilterMatches(filter, requester) ? "1" : "0").join("")}:${exemptUser ? "x" : ""}`;
    if (grant.scope.kind === "cluster") {
      let targets = clusterLists.get(classKey);
      if (!targets) clusterLists.set(classKey, targets = clusterTargets.map((target2) => judge(target2, requester, exemptUser, classKey)));
      return { access: grant, targets };
    }
    const target = grant.scope.namespace === void 0 ? applied : targetByName.get(grant.scope.namespace) ?? { kind: "namespace", namespace: grant.scope.namespace, object: void 0 };
    if (target.kind === "namespace" && !targetByName.has(target.namespace)) targetByName.set(target.namespace, target);
    return { access: grant, targets: [judge(target, requester, exemptUser, classKey)] };
  });
  return { guarded, namespaces, podSecurityConfigs: configs };
};
var requesterFilterMatches = (filter, requester) => scopeApplies({ kind: "requester", filter }, UNNAMED, requester).result === "yes";
var UNNAMED = { name: void 0, labels: void 0, label: "" };
var subjectKey = (subject) => `${subject.kind}\0${subject.kind === "ServiceAccount" ? subject.namespace ?? "" : ""}\0${subject.name}`;
var requesterIndex = (bindings) => {
  const held = /* @__PURE__ */ new Map();
  for (const binding of bindings) {
    for (const subject of binding.subjects) {
      const key = subjectKey(subject);
      let entry = held.get(key);
      if (!entry) held.set(key, entry = { clusterRoles: /* @__PURE__ */ new Set(), roles: /* @__PURE__ */ new Set() });
      if (binding.roleRef.kind === "ClusterRole") entry.clusterRoles.add(binding.roleRef.name);
      else if (binding.object.namespace) entry.roles.add(`${binding.object.namespace}:${binding.roleRef.name}`);
    }
  }
  const none = { clusterRoles: /* @__PURE__ */ new Set(), roles: /* @__PURE__ */ new Set() };
  return (subject) => ({
    kind: subject.kind,
    name: subject.name,
    namespace: subject.namespace,
    username: usernameOf(subject),
    groups: subject.kind === "Group" ? [subject.name] : subject.kind === "ServiceAccount" ? ["system:serviceaccounts", `system:serviceaccounts:${subject.namespace ?? ""}`, "system:authenticated"] : [],
    ...held.get(subjectKey(subject)) ?? none
  });
};
var judgeTarget = (target, base, exemptUser, where, requester, candidates) => {
  const podSecurity = exemptUser ? { ...base, exemptUser } : base;
  const controls = [];
  if (deniesPrivilegedContainers(podSecurity.level) && podSecurity.source !== "exempt" && !podSecurity.exemptUser) {
    controls.push({ text: `Pod Security enforce: ${podSecurity.level} (${sourceWords[podSecurity.source]})`, at: podSecurity.at, fact: void 0 });
  }
  const uncertain = [];
  for (const candidate of candidates) {
    if (!candidate.where) {
      uncertain.push({ fact: candidate.fact, why: candidate.why ?? "where it applies is not known" });
      continue;
    }
    const applies = scopeApplies(candidate.where, where, requester);
    if (applies.result === "yes") controls.push(candidate.control);
    else if (applies.result === "unknown") uncertain.push({ fact: candidate.fact, why: applies.why });
  }
  return { target, podSecurity, controls, uncertain, guarded: controls.length > 0 };
};
var sourceWords = {
  label: "namespace label",
  "config-default": "AdmissionConfiguration default",
  exempt: "exempted by the AdmissionConfiguration",
  "built-in": "cluster default",
  "assumed-namespace": "assumed in the config",
  "assumed-default": "assumed cluster default in the config"
};
var policyText = (fact) => `${objectLabel(fact.policy)}${fact.rule ? ` (rule ${fact.rule})` : ""}`;
var usernameOf = (subject) => subject.kind === "User" ? subject.name : subject.kind === "ServiceAccount" && subject.namespace !== void 0 ? `system:serviceaccount:${subject.namespace}:${subject.name}` : void 0;
var podSecurityFor = (target, workspace, configs, settings) => {
  const exemptUser = void 0;
  const assume = settings.assume;
  const name = target.kind === "namespace" ? target.namespace : void 0;
  if (name !== void 0 && Object.hasOwn(assume.podSecurity?.namespaces ?? {}, name)) {
    const level = assumedEnforceLevel(assume, name, void 0) ?? "privileged";
    return { level, source: "assumed-namespace", at: void 0, assumption: `the config assumes Pod Security enforce ${level} in namespace ${name}`, exemptUser };
  }
  const applied = podSecurityEnforceLevel(workspace, name ?? "", configs);
  if (applied.source !== "built-in") return { level: applied.level, source: applied.source, at: applied.at, assumption: void 0, exemptUser };
  const assumedDefault = assume.podSecurity?.enforce;
  if (assumedDefault) {
    return { level: assumedDefault, source: "assumed-default", at: void 0, assumption: `the config assumes Pod Security enforce ${assumedDefault} as the cluster default`, exemptUser };
  }
  const why = target.kind === "namespace" ? target.object ? `Namespace ${target.namespace} sets no enforce label: assumed the cluster default, privileged` : `no Namespace manifest for ${target.namespace} in scope: assumed the cluster default, privileged` : "no Pod Security default in scope: assumed the cluster default, privileged";
  return { level: "privileged", source: "built-in", at: void 0, assumption: why, exemptUser };
};
var namespaceOf = (target) => {
  if (target.kind !== "namespace") return { name: void 0, labels: void 0, label: target.kind === "other" ? "namespaces without a manifest in scope" : "an unnamed namespace" };
  if (!target.object) return { name: target.namespace, labels: void 0, label: `namespace ${target.namespace}` };
  const labels = readLabels(target.object.body.metadata);
  labels.set("kubernetes.io/metadata.name", target.namespace);
  return { name: target.namespace, labels, label: `namespace ${target.namespace}` };
};
var targetText = (target) => target.kind === "namespace" ? `namespace ${target.namespace}` : target.kind === "other" ? "any other namespace" : "the namespace the binding is applied to";
var podSecurityAllowsPrivileged = (guard) => !deniesPrivilegedContainers(guard.podSecurity.level) || guard.podSecurity.source === "exempt";
var reasons = /* @__PURE__ */ new WeakMap();
var unguardedReason = (guard) => {
  let reason = reasons.get(guard);
  if (reason === void 0) reasons.set(guard, reason = wordUnguardedReason(guard));
  return reason;
};
var wordUnguardedReason = (guard) => {
  const { podSecurity } = guard;
  const where = targetText(guard.target);
  const parts = [];
  if (podSecurity.exemptUser) parts.push(`a PodSecurityConfiguration exempts this subject's username from Pod Security`);
  else if (podSecurity.source === "exempt") parts.push(`a PodSecurityConfiguration exempts ${where} from Pod Security`);
  else if (podSecurity.assumption) parts.push(podSecurity.assumption);
  else if (podSecurity.source === "label") parts.push(`${where} enforces Pod Security privileged`);
  else if (podSecurity.source === "config-default") parts.push(`the AdmissionConfiguration default for ${where} is privileged`);
  const byReason = /* @__PURE__ */ new Map();
  for (const { fact, why } of guard.uncertain) {
    const names = byReason.get(why) ?? /* @__PURE__ */ new Set();
    names.add(policyText(fact));
    byReason.set(why, names);
  }
  const groups = [...byReason];
  for (const [why, names] of groups.slice(0, REASONS_NAMED)) {
    const listed = [...names];
    const shown = listed.length <= UNCOUNTED_NAMED ? listed.join(", ") : `${listed.slice(0, UNCOUNTED_NAMED).join(", ")} and ${listed.length - UNCOUNTED_NAMED} more`;
    parts.push(`${shown} ${listed.length === 1 ? "was" : "were"} not counted (${why})`);
  }
  const rest = groups.slice(REASONS_NAMED);
  if (rest.length > 0) {
    const policies = new Set(rest.flatMap(([, names]) => [...names])).size;
    parts.push(`${policies} more ${policies === 1 ? "policy was" : "policies were"} not counted, for ${rest.length} other reasons`);
  }
  return parts.join("; ");
};
var UNCOUNTED_NAMED = 3;
var REASONS_NAMED = 5;

// src/rules/eg108-namespace-without-pod-security.ts
var subjectsText = (grants) => {
  const labels = [...new Set(grants.map((grant) => grant.subject.label))];
  return labels.length <= 3 ? labels.join(", ") : `${labels.slice(0, 3).join(", ")} and ${labels.length - 3} more`;
};
var SUBJECTS_RELATED = 20;
var eg108_namespace_without_pod_security_default = defineRule({
  meta: {
    id: "EG108",
    name: "namespace-without-pod-security",
    short: "A namespace where subjects can add ephemeral containers leaves Pod Security enforce unset or privileged.",
    level: "warning",
    securitySeverity: 6,
    tags: ["security", "pod-security", "ephemeral-containers"],
    messages: {
      unlabelled: "Namespace {{namespace}} sets no pod-security.kubernetes.io/enforce label, and nothing else in scope denies a privileged ephemeral container there. The cluster default (privileged unless configured) applies, and {{subjects}} can add ephemeral containers there. Label it pod-security.kubernetes.io/enforce: baseline (or restricted).",
      privileged: "Namespace {{namespace}} enforces Pod Security privileged, which denies nothing, and nothing else in scope denies a privileged ephemeral container there. There, {{subjects}} can add ephemeral containers. Enforce baseline (or restricted) instead.",
      exempt: "The Pod Security configuration in {{config}} exempts namespace {{namespace}}, and nothing else in scope denies a privileged ephemeral container there. There, {{subjects}} can add ephemeral containers. Remove the exemption, or guard the namespace with a policy that reads ephemeralContainers.",
      defaultPrivileged: "The Pod Security configuration in {{config}} {{state}}, so namespaces without an enforce label admit privileged pods. There, {{subjects}} can add ephemeral containers with nothing else in scope to deny a privileged one. Set defaults.enforce: baseline (or restricted)."
    }
  },
  *check(facts) {
    const guards = facts.guards;
    const places = /* @__PURE__ */ new Map();
    const add = (key, place, grant) => {
      const found = places.get(key);
      if (found) found.grants.push(grant);
      else places.set(key, { ...place, grants: [grant] });
    };
    for (const { access, targets } of guards.guarded) {
      for (const guard of targets) {
        if (guard.guarded || guard.podSecurity.exemptUser || !podSecurityAllowsPrivileged(guard)) continue;
        const place = placeOf(guard, guards.podSecurityConfigs);
        if (place) add(`${place.at.file}\0${place.at.doc}\0${place.at.path.join("\0")}`, place, access);
      }
    }
    for (const place of places.values()) {
      const related = place.grants.slice(0, SUBJECTS_RELATED).map((grant) => ({ at: grant.subject.at, note: `${grant.subject.label} can add ephemeral containers` }));
      yield { messageId: place.messageId, data: { ...place.data, subjects: subjectsText(place.grants) }, at: place.at, object: place.object, related };
    }
  }
});
var configText = (config) => {
  const metadata = config.object.body.metadata;
  const named = typeof metadata === "object" && metadata !== null && typeof metadata.name === "string";
  return named ? objectLabel(config.object.ref) : config.object.kind;
};
var placeOf = (guard, configs) => {
  const { podSecurity, target } = guard;
  const namespaceObject = target.kind === "namespace" ? target.object : void 0;
  if (podSecurity.source === "exempt" && podSecurity.at && target.kind === "namespace") {
    const config2 = configs.find((candidate) => candidate.exemptions.namespaces.some((entry) => entry.at === podSecurity.at));
    if (!config2) return void 0;
    return { at: podSecurity.at, object: config2.object.ref, messageId: "exempt", data: { namespace: target.namespace, config: configText(config2) } };
  }
  if (namespaceObject && target.kind === "namespace") {
    const data = { namespace: target.namespace };
    if (podSecurity.source === "label" && podSecurity.at) return { at: podSecurity.at, object: namespaceObject.ref, messageId: "privileged", data };
    if (podSecurity.source !== "built-in" && podSecurity.source !== "config-default") return void 0;
    const metadata = namespaceObject.body.metadata;
    const hasLabels = typeof metadata === "object" && metadata !== null && "labels" in metadata;
    const at3 = { ...childRef(namespaceObject.ref.at, "metadata", ...hasLabels ? ["labels"] : []), key: true };
    return { at: at3, object: namespaceObject.ref, messageId: "unlabelled", data };
  }
  if (podSecurity.source !== "config-default" && podSecurity.source !== "built-in") return void 0;
  const config = configs.find((candidate) => candidate.enforce) ?? configs[0];
  if (!config) return void 0;
  const at2 = config.enforce?.at ?? (config.at.path.length > 0 ? { ...config.at, key: true } : config.at);
  const state = config.enforce ? `sets defaults.enforce: ${config.enforce.level}` : "sets no defaults.enforce (Kubernetes then defaults to privileged)";
  return { at: at2, object: config.object.ref, messageId: "defaultPrivileged", data: { config: configText(config), state } };
};

// src/rules/eg109-exception-exempts-ephemeral.ts
var kyvernoPolicies = (coverage) => {
  const index = /* @__PURE__ */ new Map();
  for (const fact of coverage) {
    if (fact.engine !== "kyverno") continue;
    const key = fact.policy.kind === "Policy" && fact.policy.namespace ? `${fact.policy.namespace}/${fact.policy.name}` : fact.policy.name;
    const list = index.get(key);
    if (list) list.push(fact);
    else index.set(key, [fact]);
  }
  return index;
};
var reachedRules = (exemption, index) => {
  const reached = [];
  for (const target of exemption.policies) {
    const rules = index.get(target.name);
    if (!rules) return void 0;
    pushAll(reached, rules.filter((r) => r.verdict !== "not-applicable" && (!target.rules || target.rules.includes(r.rule ?? ""))));
  }
  return reached;
};
var eg109_exception_exempts_ephemeral_default = defineRule({
  meta: {
    id: "EG109",
    name: "exception-exempts-ephemeral",
    short: "An exception or exclusion takes the ephemeral-container subresource out of a security policy.",
    level: "warning",
    securitySeverity: 5,
    tags: ["security", "admission", "ephemeral-containers"],
    messages: {
      exclude: "{{policy}}: {{note}}. Ephemeral containers escape the {{fields}} checks of{{rule}} there: anyone who may add one (kubectl debug) runs it unchecked by this rule. Remove the exclusion or narrow it to the containers that really need it.{{audit}}",
      exception: "{{exception}}: {{note}}. Ephemeral containers in the Pods it matches skip {{policies}}: anyone who may add one there runs it unchecked. Exempt Pods by name or label and leave Pod/ephemeralcontainers out of the exception's match.",
      podSecurity: "{{exception}}: {{note}}. Pod Security is the one control that always sees ephemeral containers; keep its exemptions to system namespaces and controllers."
    }
  },
  *check(facts) {
    const seen = /* @__PURE__ */ new Set();
    for (const fact of facts.coverage) {
      if (fact.verdict === "not-applicable") continue;
      for (const evidence of fact.exemptsEphemeral ?? []) {
        const key = JSON.stringify(evidence.at);
        if (seen.has(key)) continue;
        seen.add(key);
        yield {
          messageId: "exclude",
          data: { policy: objectLabel(fact.policy), rule: fact.rule ? ` rule ${fact.rule}` : " this policy", note: evidence.note, fields: fieldsMissingEphemeral(fact, false).fields, audit: auditNote(fact) },
          at: evidence.at,
          object: fact.policy
        };
      }
    }
    const index = kyvernoPolicies(facts.coverage);
    for (const exemption of facts.exemptions) {
      if (exemption.coversSubresource === "no") continue;
      if (exemption.engine === "pod-security") {
        yield { messageId: "podSecurity", data: { exception: objectLabel(exemption.exemption), note: exemption.note }, at: exemption.at, object: exemption.exemption };
        continue;
      }
      const reached = exemption.engine === "kyverno" ? reachedRules(exemption, index) : void 0;
      if (reached && reached.length === 0) continue;
      const names = exemption.policies.map((p) => p.rules ? `${p.name} (${p.rules.join(", ")})` : p.name).join(", ") || "every policy";
      yield {
        messageId: "exception",
        data: { exception: objectLabel(exemption.exemption), note: exemption.note, policies: names },
        at: exemption.at,
        object: exemption.exemption,
        related: (reached ?? []).map((r) => ({ at: r.policy.at, note: `${objectLabel(r.policy)}${r.rule ? ` rule ${r.rule}` : ""} is exempted` }))
      };
    }
  }
});

// src/model/rbac/wording.ts
var scopeText = (scope) => scope.kind === "cluster" ? "in every namespace" : scope.namespace === void 0 ? "in the namespace this binding is applied to (its manifest names none)" : `in namespace ${scope.namespace}`;
var roleText = (role) => `${objectLabel(role)}${role.builtin ? " (built-in)" : ""}`;
var bindingText = (binding) => objectLabel(binding.object);
var CHAIN_NAMED = 3;
var aggregationText = (via) => {
  if (via.length === 0) return "";
  const source = via[via.length - 1];
  const through = via.slice(0, -1);
  const path = through.length <= CHAIN_NAMED ? through.join(" → ") : `${through.length} roles, ${through[0]} → … → ${through[through.length - 1]}`;
  return ` (aggregated from ClusterRole/${source}${through.length > 0 ? ` through ${path}` : ""})`;
};
var ephemeralGrantText = (grant) => {
  const verbs = [...new Set(grant.verbs.map((verb) => verb.entry))].join(", ");
  const resource = grant.resourceEntry === "*" ? "resource * (every resource and subresource)" : grant.resourceEntry === "*/ephemeralcontainers" ? "*/ephemeralcontainers (that subresource of every resource)" : grant.resourceEntry;
  return `verb ${verbs} on ${resource}`;
};
var podsText = (resourceNames) => resourceNames === void 0 ? "every pod" : `only pods ${resourceNames.join(", ")}`;

// src/rules/eg201-role-grants-ephemeral-containers.ts
var eg201_role_grants_ephemeral_containers_default = defineRule({
  meta: {
    id: "EG201",
    name: "role-grants-ephemeral-containers",
    short: "A Role or ClusterRole allows adding ephemeral containers (patch or update on pods/ephemeralcontainers).",
    level: "warning",
    securitySeverity: 5,
    tags: ["security", "rbac", "ephemeral-containers"],
    messages: {
      own: "{{role}} allows adding ephemeral containers to {{pods}}. It grants them through {{how}}: whoever is bound to it can start a debug container, privileged if no admission control stops it. Drop the rule, or limit it with resourceNames and guard the subresource with an admission policy.",
      aggregated: "{{role}} allows adding ephemeral containers to {{pods}}. It grants them through {{how}}{{via}}: whoever is bound to it can start a debug container, privileged if no admission control stops it. Remove the rule from the source role or narrow this aggregation selector."
    }
  },
  *check(facts) {
    const written = new Set(facts.access.roles.filter((role) => role.object && role.kind === "ClusterRole").map((role) => role.name));
    for (const { role, rule, grant, resourceAt } of facts.access.roleGrants) {
      if (!role.object || !resourceAt) continue;
      if (rule.via.length > 1 && written.has(rule.via[0])) continue;
      const limited = grant.resourceNames !== void 0;
      const data = { role: roleText(role), pods: podsText(grant.resourceNames), how: ephemeralGrantText(grant) };
      const level = limited ? { level: "note", securitySeverity: 3 } : {};
      if (rule.via.length === 0) {
        yield { messageId: "own", data, at: resourceAt, object: role.object, ...level };
        continue;
      }
      const related = [{ at: resourceAt, note: `the rule, in ${roleText(rule.role)}` }];
      yield {
        messageId: "aggregated",
        data: { ...data, via: aggregationText(rule.via) },
        at: role.aggregation?.at ?? role.object.at,
        object: role.object,
        related,
        ...level
      };
    }
  }
});

// src/rules/grant-refs.ts
var RULES_RELATED = 10;
var grantRuleRefs = (access) => access.rules.flatMap(({ resourceAt, rule }) => resourceAt ? [{ at: resourceAt, note: `the rule, in ${roleText(rule.role)}` }] : []).slice(0, RULES_RELATED);

// src/rules/eg202-subject-can-add-ephemeral-containers.ts
var bands = {
  critical: { level: "error", securitySeverity: 9.3 },
  high: { level: "warning", securitySeverity: 7.5 },
  medium: { level: "warning", securitySeverity: 5 },
  low: { level: "note", securitySeverity: 3 }
};
var eg202_subject_can_add_ephemeral_containers_default = defineRule({
  meta: {
    id: "EG202",
    name: "subject-can-add-ephemeral-containers",
    short: "A binding lets a user, group or service account add ephemeral containers to pods.",
    level: "warning",
    securitySeverity: 5,
    tags: ["security", "rbac", "ephemeral-containers"],
    messages: {
      subject: "{{subject}} can add ephemeral containers to {{pods}} {{scope}}. It holds this through {{binding}} → {{role}}{{via}}: it can start a debug container in those pods, privileged if no admission control stops it. Bind a role without pods/ephemeralcontainers, or scope it to a namespace guarded by Pod Security or a policy that reads ephemeralContainers."
    }
  },
  *check(facts) {
    for (const access of facts.access.grants) {
      const [first] = access.rules;
      const related = [
        { at: access.binding.roleRefAt, note: `roleRef of ${bindingText(access.binding)}` },
        ...grantRuleRefs(access)
      ];
      yield {
        messageId: "subject",
        data: {
          subject: access.subject.label,
          pods: podsText(access.resourceNames),
          scope: scopeText(access.scope),
          binding: bindingText(access.binding),
          role: roleText(access.role),
          via: first ? aggregationText(first.rule.via) : ""
        },
        at: access.subject.at,
        object: access.binding.object,
        related,
        ...bands[access.breadth]
      };
    }
  }
});

// src/model/rbac/builtin-roles.ts
var aggregateTo = (role) => ({
  [`rbac.authorization.k8s.io/aggregate-to-${role}`]: "true"
});
var podWrite = ["create", "delete", "deletecollection", "patch", "update"];
var readWrite = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];
var read = ["get", "list", "watch"];
var BUILTIN_CLUSTER_ROLES = [
  {
    name: "cluster-admin",
    labels: {},
    rules: [
      { verbs: ["*"], apiGroups: ["*"], resources: ["*"] },
      { verbs: ["*"], apiGroups: [], resources: [], nonResourceURLs: ["*"] }
    ]
  },
  { name: "admin", labels: {}, aggregateLabels: [aggregateTo("admin")], rules: [] },
  { name: "edit", labels: aggregateTo("admin"), aggregateLabels: [aggregateTo("edit")], rules: [] },
  { name: "view", labels: aggregateTo("edit"), aggregateLabels: [aggregateTo("view")], rules: [] },
  {
    name: "system:aggregate-to-admin",
    labels: aggregateTo("admin"),
    rules: [{ verbs: readWrite, apiGroups: ["rbac.authorization.k8s.io"], resources: ["rolebindings", "roles"] }]
  },
  {
    name: "system:aggregate-to-edit",
    labels: aggregateTo("edit"),
    rules: [
      { verbs: ["impersonate"], apiGroups: [""], resources: ["serviceaccounts"] },
      { verbs: podWrite, apiGroups: [""], resources: ["pods", "pods/attach", "pods/exec", "pods/portforward", "pods/proxy"] },
      { verbs: ["create"], apiGroups: [""], resources: ["serviceaccounts/token"] }
    ]
  },
  {
    name: "system:aggregate-to-view",
    labels: aggregateTo("view"),
    rules: [{ verbs: read, apiGroups: [""], resources: ["pods", "pods/log", "pods/status"] }]
  },
  {
    // Patches any object to edit ownerReferences: `*` covers pods/ephemeralcontainers.
    name: "system:controller:generic-garbage-collector",
    labels: {},
    rules: [{ verbs: ["delete", "get", "list", "patch", "update", "watch"], apiGroups: ["*"], resources: ["*"] }]
  },
  {
    name: "system:controller:clusterrole-aggregation-controller",
    labels: {},
    rules: [{ verbs: ["escalate", "get", "list", "patch", "update", "watch"], apiGroups: ["rbac.authorization.k8s.io"], resources: ["clusterroles"] }]
  },
  {
    name: "system:kube-controller-manager",
    labels: {},
    rules: [{ verbs: ["create"], apiGroups: [""], resources: ["serviceaccounts/token"] }]
  },
  {
    name: "system:node",
    labels: {},
    rules: [
      { verbs: ["create", "delete"], apiGroups: [""], resources: ["pods"] },
      { verbs: ["create"], apiGroups: [""], resources: ["serviceaccounts/token"] }
    ]
  },
  ...[
    "system:auth-delegator",
    "system:basic-user",
    "system:certificates.k8s.io:certificatesigningrequests:nodeclient",
    "system:certificates.k8s.io:certificatesigningrequests:selfnodeclient",
    "system:certificates.k8s.io:kube-apiserver-client-approver",
    "system:certificates.k8s.io:kube-apiserver-client-kubelet-approver",
    "system:certificates.k8s.io:kubelet-serving-approver",
    "system:certificates.k8s.io:legacy-unknown-approver",
    "system:discovery",
    "system:heapster",
    "system:kube-aggregator",
    "system:kube-dns",
    "system:kube-scheduler",
    "system:kubelet-api-admin",
    "system:monitoring",
    "system:node-bootstrapper",
    "system:node-problem-detector",
    "system:node-proxier",
    "system:persistent-volume-provisioner",
    "system:public-info-viewer",
    "system:service-account-issuer-discovery",
    "system:volume-scheduler",
    ...[
      "attachdetach-controller",
      "certificate-controller",
      "cronjob-controller",
      "daemon-set-controller",
      "deployment-controller",
      "device-taint-eviction-controller",
      "disruption-controller",
      "endpoint-controller",
      "endpointslice-controller",
      "endpointslicemirroring-controller",
      "ephemeral-volume-controller",
      "expand-controller",
      "horizontal-pod-autoscaler",
      "job-controller",
      "legacy-service-account-token-cleaner",
      "namespace-controller",
      "node-controller",
      "persistent-volume-binder",
      "pod-garbage-collector",
      "pv-protection-controller",
      "pvc-protection-controller",
      "replicaset-controller",
      "replication-controller",
      "resource-claim-controller",
      "resourcequota-controller",
      "root-ca-cert-publisher",
      "route-controller",
      "selinux-warning-controller",
      "service-account-controller",
      "service-cidrs-controller",
      "service-controller",
      "statefulset-controller",
      "ttl-after-finished-controller",
      "ttl-controller",
      "validatingadmissionpolicy-status-controller",
      "volumeattributesclass-protection-controller"
    ].map((controller) => `system:controller:${controller}`)
  ].map((name) => ({ name, labels: {}, rules: [] }))
];
var BUILTIN_ROLES = [
  { namespace: "kube-public", name: "system:controller:bootstrap-signer" },
  { namespace: "kube-system", name: "extension-apiserver-authentication-reader" },
  { namespace: "kube-system", name: "system::leader-locking-kube-controller-manager" },
  { namespace: "kube-system", name: "system::leader-locking-kube-scheduler" },
  { namespace: "kube-system", name: "system:controller:bootstrap-signer" },
  { namespace: "kube-system", name: "system:controller:cloud-provider" },
  { namespace: "kube-system", name: "system:controller:token-cleaner" }
];
var AGGREGATION_TARGETS = ["view", "edit", "admin"];

// src/rules/eg203-role-aggregates-ephemeral-into-builtin.ts
var eg203_role_aggregates_ephemeral_into_builtin_default = defineRule({
  meta: {
    id: "EG203",
    name: "role-aggregates-ephemeral-into-builtin",
    short: "A ClusterRole that allows adding ephemeral containers aggregates into the built-in view, edit or admin role.",
    level: "warning",
    securitySeverity: 5.5,
    tags: ["security", "rbac", "ephemeral-containers"],
    messages: {
      aggregates: "{{role}} allows adding ephemeral containers and aggregates into the built-in {{targets}}. Through {{path}}, everyone bound to {{first}} gains it, although Kubernetes leaves pods/ephemeralcontainers out of those roles on purpose (kubernetes/kubernetes#121217). Remove the aggregate-to label, or move the rule to a role bound only to those who debug."
    }
  },
  *check(facts) {
    const grantsByRole = /* @__PURE__ */ new Map();
    for (const grant of facts.access.roleGrants) {
      if (grant.rule.via.length > 0 || !grant.role.object) continue;
      const list = grantsByRole.get(grant.role);
      if (list) list.push(grant);
      else grantsByRole.set(grant.role, [grant]);
    }
    for (const [role, grants] of grantsByRole) {
      const object = role.object;
      if (!object) continue;
      const reached = AGGREGATION_TARGETS.flatMap((name) => role.aggregatedInto.filter((into) => into.name === name));
      const [first] = reached;
      if (!first) continue;
      const label = `rbac.authorization.k8s.io/aggregate-to-${first.path[0] ?? first.name}`;
      const at2 = role.labels.has(label) ? { ...childRef(object.at, "metadata", "labels", label), key: true } : childRef(object.at, "metadata", "labels");
      const intoView = first.name === "view";
      yield {
        messageId: "aggregates",
        data: {
          role: roleText(role),
          targets: reached.map((into) => into.name).join(", "),
          first: first.name,
          path: `${role.name} → ${first.path.join(" → ")}`
        },
        at: at2,
        object,
        related: grants.flatMap(({ resourceAt }) => resourceAt ? [{ at: resourceAt, note: "the rule that allows it" }] : []),
        ...intoView ? { level: "error", securitySeverity: 7.5 } : {}
      };
    }
  }
});

// src/rules/eg204-rbac-rule-grants-nothing.ts
var eg204_rbac_rule_grants_nothing_default = defineRule({
  meta: {
    id: "EG204",
    name: "rbac-rule-grants-nothing",
    short: "An RBAC rule looks like it grants or restricts ephemeral containers but matches nothing.",
    level: "note",
    tags: ["rbac", "ephemeral-containers", "correctness"],
    messages: {
      "pods-subresource-wildcard": "{{role}}: resource `{{entry}}` matches nothing (RBAC has no suffix wildcard). It neither grants nor names pods/ephemeralcontainers (or any pod subresource). List the subresources you mean, e.g. pods/log.",
      "double-wildcard": "{{role}}: resource `{{entry}}` matches nothing: RBAC reads it as the subresource literally named `*`. Use `*` for everything, or list the subresources you mean.",
      "bare-subresource": "{{role}}: resource `{{entry}}` names a top-level resource that does not exist; the subresource is pods/ephemeralcontainers.",
      "core-api-group": '{{role}}: apiGroup `{{entry}}` matches no group: the core group is written "". This rule grants nothing on pods/ephemeralcontainers.',
      "wrong-verb": "{{role}}: verbs such as `{{entry}}` never carry an ephemeral container. kubectl debug sends patch, client-go sends update. This rule grants nothing on pods/ephemeralcontainers.",
      overwritten: "{{role}} aggregates other ClusterRoles, so the aggregation controller overwrites these rules: they never take effect. Move them to a role its selectors pick, or remove them."
    }
  },
  *check(facts) {
    for (const { role, lookalike, at: at2 } of facts.access.lookalikes) {
      if (!role.object) continue;
      const data = { role: roleText(role), entry: lookalike.entry };
      yield { messageId: lookalike.kind, data, at: at2, object: role.object };
    }
    for (const role of facts.access.roles) {
      if (!role.object || role.overwrittenRules.length === 0) continue;
      const data = { role: roleText(role) };
      yield {
        messageId: "overwritten",
        data,
        at: { ...childRef(role.object.at, "rules"), key: true },
        object: role.object,
        related: role.aggregation?.at ? [{ at: role.aggregation.at, note: "the aggregationRule that overwrites them" }] : []
      };
    }
  }
});

// src/rules/eg205-binding-references-missing-role.ts
var eg205_binding_references_missing_role_default = defineRule({
  meta: {
    id: "EG205",
    name: "binding-references-missing-role",
    short: "A binding references a role that is neither in the repository nor built in: it grants whatever that name comes to hold.",
    level: "note",
    tags: ["security", "rbac"],
    securitySeverity: 3,
    messages: {
      missing: "{{binding}} binds {{roleKind}} {{roleName}}, which is neither in the scanned files nor built in. It binds {{subjects}} {{scope}} to it: it grants nothing today and whatever a role of that name holds tomorrow. Define the role, remove the binding, or declare the role as external in the configuration."
    }
  },
  *check(facts) {
    for (const { binding, reason } of facts.access.unresolvedBindings) {
      if (reason !== "missing") continue;
      const broad = binding.subjects.some(
        (subject) => subject.breadth === "critical" || subject.breadth === "high" && binding.scope.kind === "namespace"
      );
      yield {
        messageId: "missing",
        data: {
          binding: bindingText(binding),
          subjects: binding.subjects.length > 0 ? binding.subjects.map((subject) => subject.label).join(", ") : "no subject",
          scope: scopeText(binding.scope),
          roleKind: binding.roleRef.kind,
          roleName: binding.roleRef.name
        },
        at: childRef(binding.roleRefAt, "name"),
        object: binding.object,
        related: binding.subjects.map((subject) => ({ at: subject.at, note: subject.label })),
        ...broad ? { level: "warning", securitySeverity: 5 } : {}
      };
    }
  }
});

// src/rules/eg206-escalation-reaches-ephemeral-containers.ts
var rbacWrite = (held, resources) => held.some(({ primitive }) => primitive.primitive === "write-rbac" && resources.includes(primitive.resource));
var holdersOf = (grants) => {
  const users = /* @__PURE__ */ new Set();
  const groups = /* @__PURE__ */ new Set();
  const serviceAccounts = [];
  for (const { subject } of grants) {
    if (subject.kind === "User") users.add(subject.name);
    else if (subject.kind === "Group") groups.add(subject.name);
    else serviceAccounts.push({ namespace: subject.namespace, name: subject.name });
  }
  return { users, groups, serviceAccounts };
};
var serviceAccountsReach = (holders, namespace, names) => {
  const inReach = (saNamespace) => namespace === void 0 || saNamespace === void 0 || saNamespace === namespace;
  if (holders.groups.has("system:authenticated") || holders.groups.has("system:serviceaccounts")) return true;
  for (const group of holders.groups) {
    if (group.startsWith("system:serviceaccounts:") && inReach(group.slice("system:serviceaccounts:".length))) return true;
  }
  return holders.serviceAccounts.some((account) => inReach(account.namespace) && (names === void 0 || names.includes(account.name)));
};
var reaching = (access, holders) => {
  const namespace = access.scope.kind === "namespace" ? access.scope.namespace : void 0;
  return access.primitives.filter(({ primitive }) => {
    const names = primitive.resourceNames;
    switch (primitive.primitive) {
      case "impersonate":
        if (primitive.resource === "serviceaccounts") return serviceAccountsReach(holders, namespace, names);
        if (names === void 0) return true;
        return primitive.resource === "users" ? names.some((name) => holders.users.has(name)) : names.some((name) => name === "system:masters" || holders.groups.has(name));
      case "create-token":
        return serviceAccountsReach(holders, namespace, names);
      case "escalate":
        return rbacWrite(access.primitives, [primitive.resource]);
      case "bind":
        return rbacWrite(access.primitives, primitive.resource === "clusterroles" ? ["clusterrolebindings", "rolebindings"] : ["rolebindings"]);
      case "write-rbac":
        return false;
    }
  });
};
var primitiveText = ({ primitive }) => {
  const names = primitive.resourceNames ? ` (${primitive.resourceNames.join(", ")})` : "";
  switch (primitive.primitive) {
    case "impersonate":
      return `impersonate ${primitive.resource}${names}`;
    case "create-token":
      return `create tokens for serviceaccounts${names}`;
    case "escalate":
      return `escalate ${primitive.resource}${names} (write roles with permissions it lacks)`;
    case "bind":
      return `bind ${primitive.resource}${names} (bind roles with permissions it lacks)`;
    case "write-rbac":
      return `${primitive.verbs.join("/")} ${primitive.resource}`;
  }
};
var subjectKey2 = (access) => `${access.subject.kind}\0${access.subject.namespace ?? ""}\0${access.subject.name}`;
var eg206_escalation_reaches_ephemeral_containers_default = defineRule({
  meta: {
    id: "EG206",
    name: "escalation-reaches-ephemeral-containers",
    short: "A subject holds an RBAC escalation primitive (impersonate, token creation, escalate or bind with role writes) that reaches ephemeral-container power.",
    level: "warning",
    securitySeverity: 6.5,
    tags: ["security", "rbac", "ephemeral-containers"],
    messages: {
      escalation: "{{subject}} can {{primitives}} {{scope}}, which reaches identities or roles that can add ephemeral containers. It holds this through {{binding}} → {{role}}. Drop these verbs from the role, or limit them with resourceNames to identities without that power."
    }
  },
  *check(facts) {
    const alreadyCluster = /* @__PURE__ */ new Set();
    const alreadyNamespace = /* @__PURE__ */ new Set();
    for (const access of facts.access.grants) {
      if (access.resourceNames !== void 0) continue;
      if (access.scope.kind === "cluster") alreadyCluster.add(subjectKey2(access));
      else if (access.scope.namespace !== void 0) alreadyNamespace.add(`${subjectKey2(access)}\0${access.scope.namespace}`);
    }
    const holders = holdersOf(facts.access.grants);
    for (const access of facts.access.escalations) {
      const key = subjectKey2(access);
      if (alreadyCluster.has(key)) continue;
      if (access.scope.kind === "namespace" && access.scope.namespace !== void 0 && alreadyNamespace.has(`${key}\0${access.scope.namespace}`)) continue;
      const held = reaching(access, holders);
      if (held.length === 0) continue;
      const clusterWide = access.scope.kind === "cluster";
      yield {
        messageId: "escalation",
        data: {
          subject: access.subject.label,
          primitives: held.map(primitiveText).join("; "),
          scope: scopeText(access.scope),
          binding: bindingText(access.binding),
          role: roleText(access.role)
        },
        at: access.subject.at,
        object: access.binding.object,
        related: held.flatMap(({ resourceAt, rule }) => resourceAt ? [{ at: resourceAt, note: `the rule, in ${roleText(rule.role)}` }] : []),
        ...clusterWide ? { level: "error", securitySeverity: 8.5 } : {}
      };
    }
  }
});

// src/rules/eg301-unguarded-ephemeral-access.ts
var listText = (items) => items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
var PLACES_NAMED = 6;
var REASONS_NAMED2 = 5;
var NAMESPACES_RELATED = 10;
var placesText = (open) => {
  const names = open.map((guard) => targetText(guard.target));
  if (names.length <= PLACES_NAMED) return listText(names);
  const namespaces = open.filter((guard) => guard.target.kind === "namespace").map((guard) => targetText(guard.target));
  const rest = open.filter((guard) => guard.target.kind !== "namespace").map((guard) => targetText(guard.target));
  const shown = namespaces.slice(0, PLACES_NAMED - 1);
  return listText([...shown, `${namespaces.length - shown.length} more namespaces in scope`, ...rest]);
};
var eg301_unguarded_ephemeral_access_default = defineRule({
  meta: {
    id: "EG301",
    name: "unguarded-ephemeral-access",
    short: "A subject can add ephemeral containers where nothing in scope would deny a privileged one.",
    level: "error",
    securitySeverity: 9.1,
    tags: ["security", "rbac", "ephemeral-containers"],
    messages: {
      unguarded: "{{subject}} can add ephemeral containers in {{place}}, and nothing in scope would deny a privileged one there. It reaches {{pods}} in {{where}} ({{how}}), through {{chain}}, unguarded: {{assumed}}. It can start a privileged container in a running pod there and take over the node. Enforce Pod Security baseline or restricted there, add a policy that denies privileged ephemeralContainers, declare the control in assume.podSecurity if it lives outside the repository, or list the subject under rbac.allow with a reason."
    }
  },
  *check(facts) {
    for (const { access, targets } of facts.guards.guarded) {
      const open = targets.filter((target) => !target.guarded);
      if (open.length === 0) continue;
      const [first] = access.rules;
      const chain = `${bindingText(access.binding)} → ${roleText(access.role)}${first ? aggregationText(first.rule.via) : ""}${access.roleMatchAssumed ? " (role matched by assuming the namespace it is applied to)" : ""}`;
      const allReasons = [...new Set(open.map(unguardedReason).filter((reason) => reason !== ""))];
      const reasons2 = allReasons.length <= REASONS_NAMED2 ? allReasons : [...allReasons.slice(0, REASONS_NAMED2), `and ${allReasons.length - REASONS_NAMED2} more reasons of the same kind`];
      const related = [
        { at: access.binding.roleRefAt, note: `roleRef of ${bindingText(access.binding)}` },
        ...grantRuleRefs(access),
        ...open.flatMap((guard) => guard.target.kind === "namespace" && guard.target.object ? [{ at: guard.target.object.ref.at, note: `Namespace ${guard.target.namespace}` }] : []).slice(0, NAMESPACES_RELATED)
      ];
      yield {
        messageId: "unguarded",
        data: {
          subject: access.subject.label,
          pods: podsText(access.resourceNames),
          place: open.length > 1 ? `${targetText(open[0].target)} and ${open.length - 1} more` : placesText(open),
          where: placesText(open),
          how: first ? ephemeralGrantText(first.grant) : "",
          chain,
          assumed: reasons2.join("; ") || "no control in scope"
        },
        at: access.subject.at,
        object: access.binding.object,
        related
      };
    }
  }
});

// src/rules/eg302-privileged-ephemeral-container.ts
var objectAt = (value) => isRecord(value) ? value : void 0;
var eg302_privileged_ephemeral_container_default = defineRule({
  meta: {
    id: "EG302",
    name: "privileged-ephemeral-container",
    short: "A Pod manifest contains an ephemeral container that is privileged, may escalate, adds capabilities or runs as root.",
    level: "error",
    securitySeverity: 8.1,
    tags: ["security", "ephemeral-containers", "pod"],
    messages: {
      privileged: 'Ephemeral container "{{container}}" of {{pod}} is privileged: it has full access to the node. Remove privileged: true (kubectl debug --profile=general or restricted does not set it).',
      escalation: 'Ephemeral container "{{container}}" of {{pod}} allows privilege escalation: a setuid binary in its image becomes root. Set allowPrivilegeEscalation: false.',
      capabilities: 'Ephemeral container "{{container}}" of {{pod}} adds capabilities {{capabilities}}. Drop the add list (restricted allows only NET_BIND_SERVICE).',
      root: 'Ephemeral container "{{container}}" of {{pod}} runs as root (runAsUser: 0). Set runAsNonRoot: true and a non-zero runAsUser.'
    }
  },
  *check(facts) {
    for (const pod of facts.workspace.byKind("Pod")) {
      const site = podSpecOf(pod);
      if (!site) continue;
      const podContext = objectAt(site.spec.securityContext);
      for (const container of containersOf(site)) {
        if (container.list !== "ephemeralContainers") continue;
        const security = objectAt(container.container.securityContext);
        const securityAt = childRef(container.at, "securityContext");
        const data = { container: String(container.container.name ?? container.index), pod: `Pod/${pod.namespace ? `${pod.namespace}/` : ""}${pod.name}` };
        const draft = (messageId, at2, extra = {}) => ({
          messageId,
          data: { ...data, ...extra },
          at: at2,
          object: pod.ref
        });
        if (security?.privileged === true) yield draft("privileged", childRef(securityAt, "privileged"));
        if (security?.allowPrivilegeEscalation === true) yield draft("escalation", childRef(securityAt, "allowPrivilegeEscalation"));
        const added = objectAt(security?.capabilities)?.add;
        if (Array.isArray(added) && added.length > 0) {
          yield draft("capabilities", childRef(securityAt, "capabilities", "add"), { capabilities: added.map(String).join(", ") });
        }
        if (security?.runAsUser === 0) yield draft("root", childRef(securityAt, "runAsUser"));
        else if (security?.runAsUser === void 0 && podContext?.runAsUser === 0) {
          yield draft("root", childRef(site.at, "securityContext", "runAsUser"));
        }
      }
    }
  }
});

// src/model/verify-judge.ts
function* admittedCells(facts, probes) {
  for (const namespace of facts.namespaces) {
    for (const cell of namespace.cells) {
      if (cell.verdict === "allowed" && probes.includes(cell.probe)) yield { namespace, cell };
    }
  }
}
var admittedData = (facts, namespace, cell) => {
  const methods = cell.attempts.filter((attempt) => attempt.state === "allowed").map((attempt) => attempt.method);
  const pod = namespace.target?.pod ?? "?";
  return {
    namespace: namespace.namespace,
    context: facts.context,
    probe: cell.probe,
    pod,
    how: `${facts.dryRun ? "a dry-run " : "a real "}${methods.join(" and ")} of pods/${pod}/ephemeralcontainers`
  };
};

// src/rules/eg401-cluster-admits-privileged-ephemeral.ts
var eg401_cluster_admits_privileged_ephemeral_default = defineClusterRule({
  meta: {
    id: "EG401",
    name: "cluster-admits-privileged-ephemeral",
    short: "The live cluster admitted a privileged ephemeral container in a namespace.",
    level: "error",
    securitySeverity: 9.3,
    tags: ["security", "cluster", "ephemeral-containers"],
    messages: {
      admitted: "Namespace {{namespace}} admitted a privileged ephemeral container. It admitted {{how}}: anyone who may patch or update pods/ephemeralcontainers there gets root on the node. Enforce Pod Security baseline or restricted on {{namespace}}, or make a policy deny privileged ephemeralContainers on UPDATE of the subresource."
    }
  },
  *judge(facts) {
    for (const { namespace, cell } of admittedCells(facts, ["privileged"])) {
      yield { messageId: "admitted", data: admittedData(facts, namespace, cell), namespace: namespace.namespace };
    }
  }
});

// src/rules/eg402-cluster-admits-escalating-ephemeral.ts
var eg402_cluster_admits_escalating_ephemeral_default = defineClusterRule({
  meta: {
    id: "EG402",
    name: "cluster-admits-escalating-ephemeral",
    short: "The live cluster admitted an ephemeral container that may escalate privileges, adds SYS_ADMIN or runs as root.",
    level: "error",
    securitySeverity: 8.1,
    tags: ["security", "cluster", "ephemeral-containers"],
    messages: {
      "allow-privilege-escalation": "Namespace {{namespace}} admitted an ephemeral container with allowPrivilegeEscalation: true. It admitted {{how}}: a debug session there can gain more privileges than its process started with (setuid binaries). Enforce Pod Security restricted on {{namespace}}, or make a policy require allowPrivilegeEscalation: false on ephemeralContainers.",
      "capability-sys-admin": "Namespace {{namespace}} admitted an ephemeral container that adds the SYS_ADMIN capability. It admitted {{how}}: a debug session there can mount filesystems and escape to the node. Enforce Pod Security baseline or restricted on {{namespace}}, or make a policy deny added capabilities on ephemeralContainers.",
      "run-as-root": "Namespace {{namespace}} admitted an ephemeral container with runAsUser: 0. It admitted {{how}}: a debug session there runs as root inside the pod, next to its secrets and volumes. Enforce Pod Security restricted on {{namespace}}, or make a policy require runAsNonRoot on ephemeralContainers."
    }
  },
  *judge(facts) {
    for (const { namespace, cell } of admittedCells(facts, ["allow-privilege-escalation", "capability-sys-admin", "run-as-root"])) {
      const messageId = cell.probe;
      yield { messageId, data: admittedData(facts, namespace, cell), namespace: namespace.namespace };
    }
  }
});

// src/rules/eg403-cluster-admits-unapproved-image.ts
var eg403_cluster_admits_unapproved_image_default = defineClusterRule({
  meta: {
    id: "EG403",
    name: "cluster-admits-unapproved-image",
    short: "The live cluster admitted an ephemeral container whose image comes from a registry declared disallowed.",
    level: "warning",
    securitySeverity: 6.5,
    tags: ["security", "cluster", "ephemeral-containers", "supply-chain"],
    messages: {
      admitted: "Namespace {{namespace}} admitted an ephemeral container with image {{image}}. It admitted {{how}}: a debug session there can run any tool from any registry, whatever the image policy says about containers. Make the image policy (allowed registries) read ephemeralContainers and receive UPDATE of pods/ephemeralcontainers."
    }
  },
  *judge(facts) {
    for (const { namespace, cell } of admittedCells(facts, ["disallowed-image"])) {
      yield { messageId: "admitted", data: { ...admittedData(facts, namespace, cell), image: facts.disallowedImage }, namespace: namespace.namespace };
    }
  }
});

// src/rules/eg404-probe-not-verifiable.ts
var eg404_probe_not_verifiable_default = defineClusterRule({
  meta: {
    id: "EG404",
    name: "probe-not-verifiable",
    short: "A probe could not be judged on the live cluster, so whether it would be denied is unknown.",
    level: "note",
    tags: ["cluster", "ephemeral-containers"],
    messages: {
      skipped: "No probe was sent in namespace {{namespace}}: {{reason}}",
      unjudged: "In namespace {{namespace}}, {{probes}} could not be judged: {{reason}}"
    }
  },
  *judge(facts) {
    for (const namespace of facts.namespaces) {
      if (namespace.skipped) {
        yield { messageId: "skipped", data: { namespace: namespace.namespace, cause: namespace.skipped.cause, reason: namespace.skipped.message }, namespace: namespace.namespace };
        continue;
      }
      const byReason = /* @__PURE__ */ new Map();
      for (const cell of namespace.cells) {
        if (cell.verdict !== "not-verifiable") continue;
        for (const attempt of cell.attempts) {
          if (attempt.state !== "not-verifiable") continue;
          const entry = byReason.get(attempt.message) ?? { cause: attempt.cause, probes: [] };
          if (!entry.probes.includes(cell.probe)) entry.probes.push(cell.probe);
          byReason.set(attempt.message, entry);
        }
      }
      for (const [reason, { cause, probes }] of [...byReason].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
        yield {
          messageId: "unjudged",
          data: { namespace: namespace.namespace, cause, probes: `probe${probes.length === 1 ? "" : "s"} ${probes.join(", ")}`, reason },
          namespace: namespace.namespace
        };
      }
    }
  }
});

// src/rules/index.ts
var RULES = [eg001_invalid_manifest_default, eg002_unrendered_template_default, eg003_policy_not_analyzable_default, eg101_policy_skips_ephemeral_containers_default, eg102_policy_exempts_update_default, eg103_match_misses_ephemeral_subresource_default, eg104_policy_matches_controllers_only_default, eg105_policy_blocks_debug_containers_default, eg106_engine_version_misses_ephemeral_default, eg107_podsecuritypolicy_ignores_ephemeral_default, eg108_namespace_without_pod_security_default, eg109_exception_exempts_ephemeral_default, eg201_role_grants_ephemeral_containers_default, eg202_subject_can_add_ephemeral_containers_default, eg203_role_aggregates_ephemeral_into_builtin_default, eg204_rbac_rule_grants_nothing_default, eg205_binding_references_missing_role_default, eg206_escalation_reaches_ephemeral_containers_default, eg301_unguarded_ephemeral_access_default, eg302_privileged_ephemeral_container_default, eg401_cluster_admits_privileged_ephemeral_default, eg402_cluster_admits_escalating_ephemeral_default, eg403_cluster_admits_unapproved_image_default, eg404_probe_not_verifiable_default];
var SCAN_RULES = RULES.filter((rule) => !isClusterRule(rule));
var VERIFY_RULES = RULES.filter(isClusterRule);

// package.json
var package_default = {
  name: "ephemeral-guard",
  version: "0.1.0",
  type: "module",
  description: "Proves where an ephemeral container (kubectl debug) slips past your Kubernetes admission policies, and who can add one.",
  license: "MIT",
  homepage: "https://github.com/ephemeral-guard/ephemeral-guard",
  repository: {
    type: "git",
    url: "https://github.com/ephemeral-guard/ephemeral-guard.git"
  },
  bin: {
    "ephemeral-guard": "dist/cli.js"
  },
  files: [
    "dist/cli.js",
    "dist/chunks/",
    "schema/ephemeral-guard.schema.json"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "npm run typecheck && npm run bundle",
    bundle: "node scripts/generate.mjs && node scripts/bundle.mjs",
    typecheck: "tsc -p tsconfig.json",
    lint: "eslint . && node scripts/import-cycles.mjs",
    test: "node scripts/run-tests.mjs",
    start: "node dist/cli.js scan examples --fail-on none",
    bench: "node bench/run.mjs",
    generate: "node scripts/generate.mjs"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@eslint/js": "^10.0.1",
    "@jmespath-community/jmespath": "^1.3.0",
    "@kubernetes/client-node": "^1.4.0",
    "@marcbachmann/cel-js": "^8.0.0",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "@types/sarif": "^2.1.7",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-glob": "^3.3.3",
    "js-yaml": "^5.5.0",
    "kubernetes-types": "^1.30.0",
    picomatch: "^4.0.7",
    re2js: "^2.10.0",
    tsx: "^4.23.15",
    typescript: "~6.0",
    "typescript-eslint": "^8.74.0"
  },
  overrides: {
    "content-type": "^2.1.0"
  },
  keywords: [
    "kubernetes",
    "ephemeral-containers",
    "kubectl-debug",
    "admission",
    "gatekeeper",
    "kyverno",
    "rbac",
    "sarif",
    "github-action"
  ]
};

// src/version.ts
var TOOL_NAME = "ephemeral-guard";
var TOOL_VERSION = package_default.version;
var TOOL_URI = package_default.homepage;
var ruleDocUri = (id) => `${TOOL_URI}/blob/v${TOOL_VERSION}/docs/rules/${id}.md`;

// src/rules/finding.ts
var LEVEL_RANK = { error: 3, warning: 2, note: 1 };
var reaches = (level, threshold) => threshold !== "none" && LEVEL_RANK[level] >= LEVEL_RANK[threshold];
var compareFindings = (a, b) => compareText(a.location.file, b.location.file) || a.location.startLine - b.location.startLine || a.location.startColumn - b.location.startColumn || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;

// src/model/probes.ts
var HARDENED_SECURITY_CONTEXT = {
  allowPrivilegeEscalation: false,
  runAsNonRoot: true,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ["ALL"] },
  seccompProfile: { type: "RuntimeDefault" }
};
var APPROVED_PROBE_IMAGE = "registry.k8s.io/e2e-test-images/busybox:1.36.1-1@sha256:a9155b13325b2abef48e71de77bb8ac015412a566829f621d06bfae5c699b1b9";
var UNAPPROVED_PROBE_IMAGE = "docker.io/attacker/toolbox:latest";
var PROBE_VARIANTS = [
  { id: "hardened-control", asks: "a hardened container (Pod Security restricted, read-only root filesystem)" },
  { id: "privileged", field: "securityContext.privileged", asks: "a privileged container (securityContext.privileged: true)", removes: ["allowPrivilegeEscalation"], sets: { privileged: true } },
  { id: "allow-privilege-escalation", field: "securityContext.allowPrivilegeEscalation", asks: "a container with allowPrivilegeEscalation: true", sets: { allowPrivilegeEscalation: true } },
  {
    id: "capability-sys-admin",
    field: "securityContext.capabilities",
    asks: "a container that adds the SYS_ADMIN capability",
    removes: ["allowPrivilegeEscalation"],
    sets: { capabilities: { add: ["SYS_ADMIN"], drop: ["ALL"] } }
  },
  { id: "capabilities-not-dropped", field: "securityContext.capabilities", asks: "a container that does not drop ALL capabilities", removes: ["capabilities"] },
  { id: "run-as-root", field: "securityContext.runAsUser", asks: "a container running as root (runAsUser: 0, no runAsNonRoot)", removes: ["runAsNonRoot"], sets: { runAsUser: 0 } },
  { id: "run-as-non-root-false", field: "securityContext.runAsNonRoot", asks: "a container with runAsNonRoot: false", sets: { runAsNonRoot: false } },
  { id: "writable-root-filesystem", field: "securityContext.readOnlyRootFilesystem", asks: "a container without readOnlyRootFilesystem", removes: ["readOnlyRootFilesystem"] },
  {
    id: "host-path-mount",
    field: "volumeMounts",
    asks: `a container that mounts the pod's hostPath volume "host-root" (/) read-write`,
    container: { volumeMounts: [{ name: "host-root", mountPath: "/host" }] },
    pod: { volumes: [{ name: "host-root", hostPath: { path: "/" } }] }
  },
  { id: "proc-mount-unmasked", field: "securityContext.procMount", asks: "a container with procMount: Unmasked", sets: { procMount: "Unmasked" }, pod: { hostUsers: false } },
  { id: "seccomp-unconfined", field: "securityContext.seccompProfile", asks: "a container with seccompProfile type Unconfined", sets: { seccompProfile: { type: "Unconfined" } } },
  { id: "selinux-spc-t", field: "securityContext.seLinuxOptions", asks: "a container with SELinux type spc_t", sets: { seLinuxOptions: { type: "spc_t" } } },
  { id: "unapproved-image", field: "image", asks: `a container whose image is ${UNAPPROVED_PROBE_IMAGE} (unapproved registry, :latest, no digest)`, container: { image: UNAPPROVED_PROBE_IMAGE } },
  {
    id: "env-from-secret",
    field: "env",
    asks: "a container with an environment variable from a Secret",
    container: { env: [{ name: "DB_PASSWORD", valueFrom: { secretKeyRef: { name: "db-credentials", key: "password" } } }] }
  }
];
var probeVariant = (id) => PROBE_VARIANTS.find((variant) => variant.id === id);
var probeSecurityContext = (variant) => {
  const context = structuredClone({ ...HARDENED_SECURITY_CONTEXT });
  for (const key of variant.removes ?? []) delete context[key];
  return { ...context, ...structuredClone(variant.sets ?? {}) };
};
var PROBE_NAMESPACE = "team-a";
var PROBE_POD_NAME = "web";
var PROBE_CONTAINER_NAME = "debugger";
var PROBE_USER_INFO = { username: "dev@example.com", uid: "6b1a2c3d-0000-4000-8000-000000000001", groups: ["developers", "system:authenticated"] };
var probeContainerOf = (variant, form) => ({
  name: PROBE_CONTAINER_NAME,
  image: APPROVED_PROBE_IMAGE,
  resources: form === "container" ? { requests: { cpu: "10m", memory: "16Mi" }, limits: { cpu: "100m", memory: "64Mi" } } : {},
  terminationMessagePolicy: "File",
  ...structuredClone(variant.container ?? {}),
  securityContext: probeSecurityContext(variant)
});
var POD_SECURITY_CONTEXT = { runAsNonRoot: true, runAsUser: 65532, seccompProfile: { type: "RuntimeDefault" } };
var APP_CONTAINER = {
  name: "app",
  image: APPROVED_PROBE_IMAGE,
  resources: { requests: { cpu: "10m", memory: "16Mi" }, limits: { cpu: "100m", memory: "64Mi" } },
  terminationMessagePolicy: "File",
  securityContext: HARDENED_SECURITY_CONTEXT
};
var probePod = (variant, containers, extra) => ({
  apiVersion: "v1",
  kind: "Pod",
  metadata: { name: PROBE_POD_NAME, namespace: PROBE_NAMESPACE, labels: { app: PROBE_POD_NAME } },
  spec: structuredClone({
    automountServiceAccountToken: false,
    securityContext: POD_SECURITY_CONTEXT,
    ...variant.pod ?? {},
    containers,
    ...extra
  })
});
var POD_KIND = { group: "", version: "v1", kind: "Pod" };
var POD_RESOURCE = { group: "", version: "v1", resource: "pods" };
var probePodControlRequest = (variant) => {
  if (variant.pod === void 0) return void 0;
  const [create] = probeRequests({ id: "hardened-control", asks: variant.asks, pod: variant.pod });
  return { ...create, variant };
};
var probeRequests = (variant) => {
  const created = probePod(variant, [probeContainerOf(variant, "container")], {});
  const before = probePod(variant, [APP_CONTAINER], {});
  const after = probePod(variant, [APP_CONTAINER], { ephemeralContainers: [probeContainerOf(variant, "ephemeral")] });
  const common = {
    kind: POD_KIND,
    resource: POD_RESOURCE,
    requestKind: POD_KIND,
    requestResource: POD_RESOURCE,
    name: PROBE_POD_NAME,
    namespace: PROBE_NAMESPACE,
    userInfo: PROBE_USER_INFO,
    dryRun: false
  };
  return [
    {
      form: "container",
      variant,
      request: { uid: `probe-${variant.id}-container`, ...common, operation: "CREATE", object: created, oldObject: null, options: { apiVersion: "meta.k8s.io/v1", kind: "CreateOptions" } }
    },
    {
      form: "ephemeral",
      variant,
      request: {
        uid: `probe-${variant.id}-ephemeral`,
        ...common,
        subResource: "ephemeralcontainers",
        requestSubResource: "ephemeralcontainers",
        operation: "UPDATE",
        object: after,
        oldObject: before,
        options: { apiVersion: "meta.k8s.io/v1", kind: "UpdateOptions" }
      }
    }
  ];
};

// src/rules/interpolate.ts
var interpolate = (template, data) => {
  const { texts, placeholders } = compiledTemplate(template);
  let out = texts[0];
  for (let i = 0; i < placeholders.length; i++) {
    const { name, whole } = placeholders[i];
    out += (name in data ? String(data[name]) : whole) + texts[i + 1];
  }
  return out;
};
var compiledTemplate = (template) => {
  let compiled2 = compiledTemplates.get(template);
  if (!compiled2) {
    const texts = [];
    const placeholders = [];
    let last = 0;
    for (const match of template.matchAll(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)) {
      texts.push(template.slice(last, match.index));
      placeholders.push({ name: match[1], whole: match[0] });
      last = match.index + match[0].length;
    }
    texts.push(template.slice(last));
    compiled2 = { texts, placeholders };
    if (compiledTemplates.size >= 1024) compiledTemplates.clear();
    compiledTemplates.set(template, compiled2);
  }
  return compiled2;
};
var compiledTemplates = /* @__PURE__ */ new Map();

export {
  CONTAINER_LISTS,
  isContainerList,
  containerFieldCategory,
  isSettableOnEphemeral,
  BOOLEAN_CONTAINER_FIELDS,
  ephemeralControlScope,
  decideFactVerdict,
  ephemeralRelevantChecks,
  objectLabel,
  UNKNOWN_FIX,
  unknownConstruct,
  childRef,
  spanRef,
  SCAN_TIME_LIMIT_SECONDS,
  ScanTimeLimitReached,
  NO_TIME_LIMIT,
  timeCheck,
  parseTimeLimit,
  isRecord,
  POD_SPEC_LOCATIONS,
  POD_CONTROLLER_KINDS,
  podSpecOf,
  containersOf,
  readLabelSelector,
  labelSelectorMatches,
  readLabels,
  wildcard,
  wildcardMatches,
  namespaceFilter,
  filterNarrows,
  constraintsOf,
  Environment,
  pushAll,
  maxOf,
  CelSources,
  celCoverageParts,
  celConditionsDropUpdate,
  ruleReach,
  admissionPolicyKind,
  analyzeAdmissionPolicies,
  parseRego,
  isConstraintTemplate,
  analyzeGatekeeper,
  INSTALLED_ENGINES,
  NO_SETTINGS,
  isPodSecurityLevel,
  deniesPrivilegedContainers,
  podSecurityConfigs,
  enforceLevelOf,
  controlsOnGrants,
  targetText,
  unguardedReason,
  roleText,
  bindingText,
  aggregationText,
  BUILTIN_CLUSTER_ROLES,
  BUILTIN_ROLES,
  RULES,
  SCAN_RULES,
  VERIFY_RULES,
  reaches,
  compareFindings,
  compareText,
  HARDENED_SECURITY_CONTEXT,
  PROBE_VARIANTS,
  probeVariant,
  probeSecurityContext,
  probeContainerOf,
  probePodControlRequest,
  probeRequests,
  interpolate,
  TOOL_NAME,
  TOOL_VERSION,
  TOOL_URI,
  ruleDocUri
};
