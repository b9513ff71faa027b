import { createRequire as __egCreateRequire } from 'node:module';
const require = __egCreateRequire(import.meta.url);

// src/rules/cluster-rule.ts
var defineClusterRule = (rule) => rule;
var isClusterRule = (rule) => rule.meta.tags.includes("cluster");

// src/rules/rule.ts
var defineRule = (rule) => rule;

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
var ephemeralRelevantChecks = (checks) => checks.filter((check) => (check.role ?? "check") === "check" && isSettableOnEphemeral(check.category));

// src/model/object-ref.ts
var objectLabel = (object) => object.namespace ? `${object.kind}/${object.namespace}/${object.name}` : `${object.kind}/${object.name}`;
var policyText = (fact) => `${objectLabel(fact.policy)}${fact.rule ? ` (rule ${fact.rule})` : ""}`;

// src/rules/wording.ts
var UNKNOWN_FIX = {
  "fix-syntax": () => "fix the syntax here",
  "add-module": () => "add that module to the scanned files",
  review: (ruleId) => `check it by hand, then suppress ${ruleId} here`
};
var fixText = (fix, ruleId) => typeof fix === "string" ? UNKNOWN_FIX[fix](ruleId) : fix.orReview ? `${fix.edit}, or check it by hand and suppress ${ruleId} here` : fix.edit;
var inputProblemText = (problem, ruleId) => problem.fix === void 0 ? problem.message : `${problem.message}; ${fixText(problem.fix, ruleId)}.`;
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
var activatorsOf = (fact) => (fact.activatedBy ?? []).map((object) => ({ at: object.at, note: `${objectLabel(object)} puts this policy into effect` }));
var engineKey = (fact) => fact.engine === "gatekeeper" && fact.language !== void 0 ? `gatekeeper-${fact.language}` : fact.engine;
var auditNote = (fact) => fact.enforces === "no" ? " This policy only audits or warns today, so the hole is reported here though nothing is denied yet." : "";
var targetText = (target) => target.kind === "namespace" ? `namespace ${target.namespace}` : target.kind === "other" ? "any other namespace" : "the namespace the binding is applied to";
var unguardedReason = (guard) => {
  let reason = reasons.get(guard);
  if (reason === void 0) reasons.set(guard, reason = wordUnguardedReason(guard));
  return reason;
};
var UNCOUNTED_NAMED = 3;
var REASONS_NAMED = 5;
var reasons = /* @__PURE__ */ new WeakMap();
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

// src/rules/input-problem-rule.ts
var defineInputProblemRule = (meta, messageId) => defineRule({
  meta,
  *check(facts) {
    for (const problem of facts.problems) {
      if (!meta.problems.includes(problem.kind)) continue;
      yield {
        messageId,
        data: { detail: inputProblemText(problem, meta.id) },
        at: problem.at,
        ...problem.detail !== void 0 ? { related: [{ at: problem.at, note: problem.detail }] } : {}
      };
    }
  }
});

// src/rules/eg001-invalid-manifest.ts
var eg001_invalid_manifest_default = defineInputProblemRule(
  {
    id: "EG001",
    name: "invalid-manifest",
    problems: ["invalid-manifest"],
    short: "A file in scope is not valid YAML or JSON, or a document in it is not an object.",
    level: "warning",
    tags: ["input"],
    messages: { invalid: "{{detail}}" }
  },
  "invalid"
);

// src/rules/eg002-unrendered-template.ts
var eg002_unrendered_template_default = defineInputProblemRule(
  {
    id: "EG002",
    name: "unrendered-template",
    problems: ["unrendered"],
    short: "A Helm chart or kustomization was found but not rendered, so what it deploys was not analysed.",
    level: "note",
    tags: ["input"],
    messages: { unrendered: "{{detail}}" }
  },
  "unrendered"
);

// src/rules/eg003-policy-not-analyzable.ts
var eg003_policy_not_analyzable_default = defineInputProblemRule(
  {
    id: "EG003",
    name: "policy-not-analyzable",
    holes: ["not-analyzable"],
    problems: ["not-analyzable"],
    short: "A policy's logic could not be parsed or followed, so its ephemeral-container coverage is unknown.",
    level: "note",
    tags: ["input"],
    messages: { unknown: "{{detail}}" }
  },
  "unknown"
);

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
var listsChecked = (fact) => {
  const missing = ephemeralRelevantChecks(fact.checks).filter((c) => !(c.lists ?? []).includes("ephemeralContainers"));
  const fromChecks = new Set(missing.flatMap((c) => c.lists ?? []));
  const lists = CONTAINER_LISTS.filter((list) => list !== "ephemeralContainers" && (fromChecks.size > 0 ? fromChecks.has(list) : fact.reads[list] !== void 0));
  return lists.length > 0 ? lists.join(" and ") : "containers";
};
var CEL_FIX = "Add `object.spec.?ephemeralContainers.orValue([])` to the containers the expressions check.";
var FIX = {
  "gatekeeper-rego": 'Read spec.ephemeralContainers where the code collects the containers (this position): a third clause `input_containers[c] { c := input.review.object.spec.ephemeralContainers[_] }` (the gatekeeper-library idiom), or "ephemeralContainers" in the set of list names.',
  "gatekeeper-cel": "Read spec.ephemeralContainers as well: add `variables.anyObject.spec.?ephemeralContainers.orValue([])` to the list checked.",
  kyverno: "Add an `=(ephemeralContainers)` branch beside `containers` in the pattern, or name ephemeralContainers in the foreach list / deny JMESPath (`request.object.spec.[ephemeralContainers, initContainers, containers][]`).",
  "kyverno-cel": CEL_FIX,
  "validating-admission-policy": CEL_FIX,
  "mutating-admission-policy": CEL_FIX
};
var DEFAULT_FIX = "Check spec.ephemeralContainers with the same rules as containers.";
var eg101_policy_skips_ephemeral_containers_default = defineRule({
  meta: {
    id: "EG101",
    name: "policy-skips-ephemeral-containers",
    holes: ["skips-ephemeral-list"],
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
        if (reason.hole !== "skips-ephemeral-list") continue;
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

// src/model/gatekeeper-library.ts
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
    holes: ["skips-update"],
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
        if (reason.hole !== "skips-update") continue;
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
    holes: ["misses-subresource"],
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
        if (reason.hole !== "misses-subresource" || reason.inherited) continue;
        const at = reason.at ?? fact.subresourceEvidence?.at ?? fact.policy.at;
        const common = { at, object: fact.policy, related: activatorsOf(fact) };
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

// src/rules/eg104-policy-matches-controllers-only.ts
var ownerOf = (at, candidates) => isTextRef(at) ? void 0 : candidates.find((object) => object.at.file === at.file && object.at.doc === at.doc && at.path.length >= object.at.path.length && object.at.path.every((p, i) => at.path[i] === p));
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
    holes: ["controllers-only"],
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
        if (reason.hole !== "controllers-only") continue;
        const at = reason.at ?? fact.controllersOnly?.at ?? fact.policy.at;
        const owner = ownerOf(at, [...fact.activatedBy ?? [], fact.policy]) ?? fact.policy;
        const related = [];
        if (owner !== fact.policy) related.push({ at: fact.policy.at, note: `${objectLabel(fact.policy)}: the policy whose checks this activates` });
        for (const other of fact.activatedBy ?? []) {
          if (other !== owner) related.push({ at: other.at, note: `${objectLabel(other)} also activates ${objectLabel(fact.policy)}` });
        }
        yield withClosure(reason, {
          messageId: "controllersOnly",
          data: { object: objectLabel(owner), policy: objectLabel(fact.policy), fields: fieldsMissingEphemeral(fact, false).fields, fix: FIX3[fact.engine] ?? DEFAULT_FIX3 },
          at,
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
    holes: ["requires-forbidden"],
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
    holes: ["engine-too-old"],
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
    holes: ["ignores-subresources"],
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

// src/json.ts
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var stringsOnly = (value) => Array.isArray(value) && value.every((item) => typeof item === "string") ? value : void 0;
var deepEqual = (a, b) => {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
};

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
  const at = childRef(labelsAt, `${LABEL_PREFIX}enforce`);
  if (typeof value !== "string" || !LEVELS.has(value)) return { namespace, invalid: { mode: "enforce", value: String(value), at } };
  const version = labels[`${LABEL_PREFIX}enforce-version`];
  return {
    namespace,
    enforce: { level: value, ...typeof version === "string" ? { version } : {}, at }
  };
};
var deniesPrivilegedContainers = (level) => level !== "privileged";
var CONFIG_VERSIONS = /^pod-security\.admission\.config\.k8s\.io\/(v1|v1beta1|v1alpha1)$/;
var ADMISSION_VERSIONS = /^apiserver\.config\.k8s\.io\/(v1|v1alpha1)$|^apiserver\.k8s\.io\/v1alpha1$/;
var namesAt = (list, ref) => Array.isArray(list) ? list.flatMap((name, i) => typeof name === "string" ? [{ name, at: childRef(ref, i) }] : []) : [];
var configFrom = (object, body, at) => {
  if (!isRecord(body) || body["kind"] !== "PodSecurityConfiguration" || typeof body["apiVersion"] !== "string" || !CONFIG_VERSIONS.test(body["apiVersion"])) return void 0;
  const defaults = isRecord(body["defaults"]) ? body["defaults"] : {};
  const level = defaults["enforce"];
  const version = defaults["enforce-version"];
  const exemptions = isRecord(body["exemptions"]) ? body["exemptions"] : {};
  const exemptionsAt = childRef(at, "exemptions");
  return {
    object,
    at,
    ...typeof level === "string" && LEVELS.has(level) ? { enforce: { level, ...typeof version === "string" ? { version } : {}, at: childRef(at, "defaults", "enforce") } } : {},
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
var podSecurityAllowsPrivileged = (guard) => !deniesPrivilegedContainers(guard.podSecurity.level) || guard.podSecurity.source === "exempt";

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
    holes: ["enforces-nothing"],
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
    const at2 = { ...childRef(namespaceObject.ref.at, "metadata", ...hasLabels ? ["labels"] : []), key: true };
    return { at: at2, object: namespaceObject.ref, messageId: "unlabelled", data };
  }
  if (podSecurity.source !== "config-default" && podSecurity.source !== "built-in") return void 0;
  const config = configs.find((candidate) => candidate.enforce) ?? configs[0];
  if (!config) return void 0;
  const at = config.enforce?.at ?? (config.at.path.length > 0 ? { ...config.at, key: true } : config.at);
  const state = config.enforce ? `sets defaults.enforce: ${config.enforce.level}` : "sets no defaults.enforce (Kubernetes then defaults to privileged)";
  return { at, object: config.object.ref, messageId: "defaultPrivileged", data: { config: configText(config), state } };
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
var skipsEphemeral = (exemption, rule) => exemption.podSecurityControls === void 0 || rule.podSecurityStandard === void 0 || exemption.podSecurityControls.length > 0;
var reachedRules = (exemption, index) => {
  const reached = [];
  for (const target of exemption.policies) {
    const rules = index.get(target.name);
    if (!rules) return void 0;
    pushAll(reached, rules.filter((r) => r.verdict !== "not-applicable" && (!target.rules || target.rules.includes(r.rule ?? "")) && skipsEphemeral(exemption, r)));
  }
  return reached;
};
var eg109_exception_exempts_ephemeral_default = defineRule({
  meta: {
    id: "EG109",
    name: "exception-exempts-ephemeral",
    holes: ["excluded"],
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
      if (!reached && exemption.podSecurityControls?.length === 0) continue;
      const names = exemption.policies.map((p) => p.rules ? `${p.name} (${p.rules.join(", ")})` : p.name).join(", ") || "every policy";
      yield {
        messageId: "exception",
        data: { exception: objectLabel(exemption.exemption), note: exemption.note, policies: names },
        at: exemption.at,
        object: exemption.exemption,
        related: [
          ...(reached ?? []).map((r) => ({ at: r.policy.at, note: `${objectLabel(r.policy)}${r.rule ? ` rule ${r.rule}` : ""} is exempted` })),
          ...(exemption.podSecurityControls ?? []).map((control) => ({ at: control.at, note: control.note }))
        ]
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
  const path = through.length <= CHAIN_NAMED ? through.join(" \u2192 ") : `${through.length} roles, ${through[0]} \u2192 \u2026 \u2192 ${through[through.length - 1]}`;
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
      subject: "{{subject}} can add ephemeral containers to {{pods}} {{scope}}. It holds this through {{binding}} \u2192 {{role}}{{via}}: it can start a debug container in those pods, privileged if no admission control stops it. Bind a role without pods/ephemeralcontainers, or scope it to a namespace guarded by Pod Security or a policy that reads ephemeralContainers."
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
      const at = role.labels.has(label) ? { ...childRef(object.at, "metadata", "labels", label), key: true } : childRef(object.at, "metadata", "labels");
      const intoView = first.name === "view";
      yield {
        messageId: "aggregates",
        data: {
          role: roleText(role),
          targets: reached.map((into) => into.name).join(", "),
          first: first.name,
          path: `${role.name} \u2192 ${first.path.join(" \u2192 ")}`
        },
        at,
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
      "wrong-verb": "{{role}}: verb `{{entry}}` never carries an ephemeral container, so this rule grants no way to add one. Adding one takes patch (kubectl debug) or update (client-go); if that is not the intent, remove the verb.",
      overwritten: "{{role}} aggregates other ClusterRoles, so the aggregation controller overwrites these rules: they never take effect. Move them to a role its selectors pick, or remove them."
    }
  },
  *check(facts) {
    for (const { role, lookalike, at } of facts.access.lookalikes) {
      if (!role.object) continue;
      const data = { role: roleText(role), entry: lookalike.entry };
      yield { messageId: lookalike.kind, data, at, object: role.object };
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
var subjectKey = (access) => `${access.subject.kind}\0${access.subject.namespace ?? ""}\0${access.subject.name}`;
var eg206_escalation_reaches_ephemeral_containers_default = defineRule({
  meta: {
    id: "EG206",
    name: "escalation-reaches-ephemeral-containers",
    short: "A subject holds an RBAC escalation primitive (impersonate, token creation, escalate or bind with role writes) that reaches ephemeral-container power.",
    level: "warning",
    securitySeverity: 6.5,
    tags: ["security", "rbac", "ephemeral-containers"],
    messages: {
      escalation: "{{subject}} can {{primitives}} {{scope}}, which reaches identities or roles that can add ephemeral containers. It holds this through {{binding}} \u2192 {{role}}. Drop these verbs from the role, or limit them with resourceNames to identities without that power."
    }
  },
  *check(facts) {
    const alreadyCluster = /* @__PURE__ */ new Set();
    const alreadyNamespace = /* @__PURE__ */ new Set();
    for (const access of facts.access.grants) {
      if (access.resourceNames !== void 0) continue;
      if (access.scope.kind === "cluster") alreadyCluster.add(subjectKey(access));
      else if (access.scope.namespace !== void 0) alreadyNamespace.add(`${subjectKey(access)}\0${access.scope.namespace}`);
    }
    const holders = holdersOf(facts.access.grants);
    for (const access of facts.access.escalations) {
      const key = subjectKey(access);
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
      const chain = `${bindingText(access.binding)} \u2192 ${roleText(access.role)}${first ? aggregationText(first.rule.via) : ""}${access.roleMatchAssumed ? " (role matched by assuming the namespace it is applied to)" : ""}`;
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
var leadsToPodSpec = (path) => POD_SPEC_LOCATIONS.some((location) => location.path.length >= path.length && path.every((segment, i) => location.path[i] === segment));
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
        const draft = (messageId, at, extra = {}) => ({
          messageId,
          data: { ...data, ...extra },
          at,
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
var RULE_OF_HOLE = new Map(RULES.flatMap((rule) => (rule.meta.holes ?? []).map((hole) => [hole, rule.meta.id])));
var ruleOfHole = (hole) => RULE_OF_HOLE.get(hole);
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
var outranks = (level, than) => LEVEL_RANK[level] > LEVEL_RANK[than];
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
  let compiled = compiledTemplates.get(template);
  if (!compiled) {
    const texts = [];
    const placeholders = [];
    let last = 0;
    for (const match of template.matchAll(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)) {
      texts.push(template.slice(last, match.index));
      placeholders.push({ name: match[1], whole: match[0] });
      last = match.index + match[0].length;
    }
    texts.push(template.slice(last));
    compiled = { texts, placeholders };
    if (compiledTemplates.size >= 1024) compiledTemplates.clear();
    compiledTemplates.set(template, compiled);
  }
  return compiled;
};
var compiledTemplates = /* @__PURE__ */ new Map();

export {
  CONTAINER_LISTS,
  isContainerList,
  containerFieldCategory,
  comparedFieldCategory,
  POD_SPEC_FIELDS,
  isSettableOnEphemeral,
  BOOLEAN_CONTAINER_FIELDS,
  ephemeralRelevantChecks,
  objectLabel,
  policyText,
  targetText,
  unguardedReason,
  isTextRef,
  childRef,
  spanRef,
  isRecord,
  stringsOnly,
  deepEqual,
  isPodSecurityLevel,
  deniesPrivilegedContainers,
  podSecurityConfigs,
  podSecurityEnforceLevel,
  enforceLevelOf,
  pushAll,
  maxOf,
  roleText,
  bindingText,
  aggregationText,
  BUILTIN_CLUSTER_ROLES,
  BUILTIN_ROLES,
  POD_SPEC_LOCATIONS,
  leadsToPodSpec,
  POD_CONTROLLER_KINDS,
  podSpecOf,
  containersOf,
  RULES,
  RULE_OF_HOLE,
  ruleOfHole,
  SCAN_RULES,
  VERIFY_RULES,
  outranks,
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
