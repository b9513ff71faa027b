import { createRequire as __egCreateRequire } from 'node:module';
const require = __egCreateRequire(import.meta.url);
import {
  toSarif
} from "./chunk-VITYYJKX.js";
import {
  ApiException,
  ObjectCoreV1Api,
  Observable,
  PatchStrategy
} from "./chunk-43ATCSXN.js";
import {
  HARDENED_SECURITY_CONTEXT,
  TOOL_NAME,
  TOOL_VERSION,
  compareText,
  interpolate,
  maxOf,
  probeSecurityContext,
  probeVariant,
  reaches
} from "./chunk-DRTNHIAH.js";
import {
  UserError
} from "./chunk-D2DPMX3K.js";

// src/verify/probes.ts
var live = (id, ruleId, asks) => ({
  id,
  ...ruleId ? { ruleId } : {},
  asks,
  securityContext: probeSecurityContext(probeVariant(id))
});
var PROBES = [
  live("hardened-control", void 0, "a hardened ephemeral container (restricted profile)"),
  live("privileged", "EG401", "a privileged ephemeral container (securityContext.privileged: true)"),
  live("allow-privilege-escalation", "EG402", "an ephemeral container with allowPrivilegeEscalation: true"),
  live("capability-sys-admin", "EG402", "an ephemeral container that adds the SYS_ADMIN capability"),
  live("run-as-root", "EG402", "an ephemeral container running as root (runAsUser: 0, no runAsNonRoot)"),
  {
    id: "disallowed-image",
    ruleId: "EG403",
    asks: "a hardened ephemeral container whose image comes from a disallowed registry",
    securityContext: HARDENED_SECURITY_CONTEXT,
    disallowedImage: true
  }
];
var probeById = (id) => PROBES.find((probe) => probe.id === id);
var containerNamesOf = (pod) => new Set(
  [...pod.spec?.containers ?? [], ...pod.spec?.initContainers ?? [], ...pod.spec?.ephemeralContainers ?? []].flatMap(
    (container) => typeof container?.name === "string" ? [container.name] : []
  )
);
var probeContainerName = (probe, taken) => {
  const base = `eg-probe-${probe.id}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
};
var probeContainer = (probe, options) => ({
  name: options.name,
  image: probe.disallowedImage ? options.disallowedImage : options.image,
  resources: {},
  terminationMessagePolicy: "File",
  securityContext: structuredClone(probe.securityContext)
});
var strategicMergePatch = (pod, container) => {
  const existing = (pod.spec?.ephemeralContainers ?? []).filter((ephemeral) => typeof ephemeral?.name === "string");
  return {
    spec: {
      ...existing.length > 0 ? { "$setElementOrder/ephemeralContainers": [...existing.map((ephemeral) => ({ name: ephemeral.name })), { name: container.name }] } : {},
      ephemeralContainers: [container]
    }
  };
};
var podWithEphemeralContainer = (pod, container) => {
  const copy = structuredClone(pod);
  copy.spec = { containers: [], ...copy.spec, ephemeralContainers: [...copy.spec?.ephemeralContainers ?? [], container] };
  return copy;
};

// src/verify/cluster.ts
var ClusterError = class extends Error {
  constructor(failure) {
    super(describeFailure(failure));
    this.failure = failure;
  }
  failure;
  name = "ClusterError";
};
var kubeCluster = (kubeConfig, options) => {
  const api = kubeConfig.makeApiClient(ObjectCoreV1Api);
  const cluster = kubeConfig.getCurrentCluster();
  const requestOptions = (contentType) => ({
    middleware: [
      {
        pre: (context) => {
          context.setSignal(AbortSignal.timeout(options.timeoutMs));
          if (contentType) context.setHeaderParam("Content-Type", contentType);
          return new Observable(Promise.resolve(context));
        },
        post: (response) => new Observable(Promise.resolve(response))
      }
    ],
    middlewareMergeStrategy: "append"
  });
  const opts = (contentType) => requestOptions(contentType);
  const call = async (request) => {
    try {
      return await request();
    } catch (error) {
      throw new ClusterError(failureOf(error));
    }
  };
  return {
    context: kubeConfig.getCurrentContext(),
    server: cluster?.server ?? "(no server)",
    listNamespaces: () => call(async () => (await api.listNamespace({}, opts())).items.flatMap((namespace) => namespace.metadata?.name ? [namespace.metadata.name] : [])),
    listPods: (namespace) => call(async () => (await api.listNamespacedPod({ namespace, limit: 500 }, opts())).items),
    readPod: (namespace, name) => call(() => api.readNamespacedPod({ namespace, name }, opts())),
    addEphemeralContainer: async (method, pod, container, dryRun) => {
      const name = pod.metadata?.name ?? "";
      const namespace = pod.metadata?.namespace ?? "";
      const dry = dryRun ? { dryRun: "All" } : {};
      try {
        if (method === "PATCH") {
          await api.patchNamespacedPodEphemeralcontainers(
            { name, namespace, body: strategicMergePatch(pod, container), ...dry },
            opts(PatchStrategy.StrategicMergePatch)
          );
        } else {
          await api.replaceNamespacedPodEphemeralcontainers({ name, namespace, body: podWithEphemeralContainer(pod, container), ...dry }, opts());
        }
        return { status: 200, body: void 0 };
      } catch (error) {
        const failure = failureOf(error);
        if (failure.kind === "http") return { status: failure.status, body: failure.body };
        throw new ClusterError(failure);
      }
    },
    createPod: (namespace, pod) => call(() => api.createNamespacedPod({ namespace, body: pod }, opts())),
    deletePod: (namespace, name) => call(async () => {
      await api.deleteNamespacedPod({ namespace, name, gracePeriodSeconds: 0 }, opts());
    })
  };
};
var failureOf = (error) => {
  if (error instanceof ApiException) return { kind: "http", status: error.code, body: error.body };
  const record = typeof error === "object" && error !== null ? error : {};
  const message = record.message ?? String(error);
  if (record.name === "AbortError" || record.type === "aborted" || record.name === "TimeoutError") return { kind: "timeout", message };
  if (record.name === "FetchError" || typeof record.code === "string" && /^E[A-Z_]+$/.test(record.code)) {
    return { kind: "network", code: record.code ?? record.type ?? "unknown", message };
  }
  return { kind: "client", message };
};
var describeFailure = (failure) => {
  switch (failure.kind) {
    case "http":
      return `HTTP ${failure.status}`;
    case "network":
      return `${failure.code}: ${failure.message}`;
    case "timeout":
      return `timed out (${failure.message})`;
    default:
      return failure.message;
  }
};

// src/verify/plan.ts
var DEFAULT_EXCLUDED_NAMESPACES = ["kube-node-lease", "kube-public", "kube-system"];
var selectNamespaces = (options) => {
  const given = options.given ?? [];
  const excluded = new Set(given.length > 0 ? [] : options.exclude);
  const source = given.length > 0 ? given : options.listed ?? [];
  return [...new Set(source)].filter((namespace) => namespace !== "" && !excluded.has(namespace)).sort(compareText);
};
var PHASE_RANK = { Running: 0, Pending: 1 };
var chooseTargetPod = (pods) => pods.filter((pod) => pod.metadata?.name && !pod.metadata.deletionTimestamp && !pod.metadata.annotations?.["kubernetes.io/config.mirror"]).sort(
  (a, b) => (PHASE_RANK[a.status?.phase ?? ""] ?? 2) - (PHASE_RANK[b.status?.phase ?? ""] ?? 2) || compareText(a.metadata.name, b.metadata.name)
)[0];
var defaultProbeImage = (pod) => pod.spec?.containers?.find((container) => typeof container?.image === "string")?.image;
var planProbes = (pod, images) => {
  const taken = containerNamesOf(pod);
  const image = images.probeImage ?? defaultProbeImage(pod) ?? "busybox:1.36";
  return PROBES.map((probe) => {
    const name = probeContainerName(probe, taken);
    taken.add(name);
    return { probe, container: probeContainer(probe, { name, image, disallowedImage: images.disallowedImage }) };
  });
};
var probePod = (namespace, name, image) => ({
  apiVersion: "v1",
  kind: "Pod",
  metadata: { name, namespace, labels: { "app.kubernetes.io/managed-by": "ephemeral-guard", "app.kubernetes.io/component": "verify-probe" } },
  spec: {
    automountServiceAccountToken: false,
    restartPolicy: "Never",
    terminationGracePeriodSeconds: 0,
    activeDeadlineSeconds: 600,
    securityContext: { runAsNonRoot: true, runAsUser: 65535, seccompProfile: { type: "RuntimeDefault" } },
    containers: [
      {
        name: "pause",
        image,
        resources: { limits: { cpu: "10m", memory: "16Mi" } },
        securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] }, readOnlyRootFilesystem: true }
      }
    ]
  }
});

// src/verify/admission-message.ts
var parseStatus = (body) => {
  let value = body;
  if (typeof body === "string") {
    try {
      value = JSON.parse(body);
    } catch {
      return { message: body.trim().slice(0, 300) };
    }
  }
  if (typeof value !== "object" || value === null) return {};
  const record = value;
  return {
    ...typeof record.code === "number" ? { code: record.code } : {},
    ...typeof record.reason === "string" ? { reason: record.reason } : {},
    ...typeof record.message === "string" ? { message: record.message } : {}
  };
};
var WEBHOOK_DENIED = /admission webhook "([^"]+)" denied the request(?::\s*([\s\S]*))?/;
var WEBHOOK_NO_DRY_RUN = /admission webhook "([^"]+)" does not support dry run/;
var WEBHOOK_FAILED = /failed calling webhook "([^"]+)"/;
var VAP_DENIED = /ValidatingAdmissionPolicy '([^']+)'(?: with binding '([^']+)')? denied request/;
var POD_SECURITY = /violates PodSecurity "([^"]+)"/;
var NOT_AUTHORIZED = /\bcannot (?:patch|update|get|list|create|delete) resource "[^"]+"/;
var GATEKEEPER_CONSTRAINT = /^\s*\[([^\]\s]+)\]/;
var KYVERNO_POLICY = /\n\s*([a-z0-9][-a-z0-9.]*):\s*\n\s+([a-z0-9][-a-z0-9.]*):/;
var denierOf = (message) => {
  const webhook = WEBHOOK_DENIED.exec(message);
  if (webhook) {
    const detail = webhook[2] ?? "";
    const constraint = GATEKEEPER_CONSTRAINT.exec(detail)?.[1];
    const kyverno = KYVERNO_POLICY.exec(detail);
    const policy = constraint ?? (kyverno ? `${kyverno[1]}/${kyverno[2]}` : void 0);
    return { mechanism: "webhook", name: webhook[1], ...policy ? { policy } : {} };
  }
  const vap = VAP_DENIED.exec(message);
  if (vap) return { mechanism: "ValidatingAdmissionPolicy", name: vap[1], ...vap[2] ? { policy: vap[2] } : {} };
  const podSecurity = POD_SECURITY.exec(message);
  if (podSecurity) return { mechanism: "PodSecurity", name: podSecurity[1] };
  return void 0;
};
var describeDenier = (by) => {
  switch (by.mechanism) {
    case "PodSecurity":
      return `Pod Security "${by.name}"`;
    case "ValidatingAdmissionPolicy":
      return `ValidatingAdmissionPolicy "${by.name}"${by.policy ? ` (binding ${by.policy})` : ""}`;
    case "webhook":
      return `webhook "${by.name}"${by.policy ? ` (${by.policy})` : ""}`;
    default:
      return `admission (${by.name})`;
  }
};
var oneLine = (message) => {
  const line = message.replace(/\s+/g, " ").trim();
  return line.length > 240 ? `${line.slice(0, 239)}\u2026` : line;
};
var classifyResponse = (method, status, body) => {
  if (status >= 200 && status < 300) return { method, state: "allowed", status };
  const parsed = parseStatus(body);
  const message = parsed.message ?? `HTTP ${status}${parsed.reason ? ` ${parsed.reason}` : ""}`;
  const noDryRun = WEBHOOK_NO_DRY_RUN.exec(message);
  if (noDryRun) {
    return {
      method,
      state: "not-verifiable",
      status,
      cause: "dry-run-unsupported-webhook",
      message: `admission webhook "${noDryRun[1]}" declares side effects (sideEffects is neither None nor NoneOnDryRun), so the apiserver refuses every dry run it would receive: only a real write would show whether it denies this probe.`
    };
  }
  const by = denierOf(message);
  if (by) return { method, state: "denied", status, by, message: oneLine(message) };
  if (status === 403 && NOT_AUTHORIZED.test(message)) return { method, state: "rbac-forbidden", status, message: oneLine(message) };
  const failed = WEBHOOK_FAILED.exec(message);
  if (failed) {
    return {
      method,
      state: "not-verifiable",
      status,
      cause: "webhook-failed",
      message: `the apiserver could not call webhook "${failed[1]}" (${oneLine(message)}); fix the webhook and run again.`
    };
  }
  if (status === 403) return { method, state: "denied", status, by: { mechanism: "admission", name: parsed.reason ?? "Forbidden" }, message: oneLine(message) };
  if (status === 422) return { method, state: "not-verifiable", status, cause: "rejected-by-validation", message: `the API rejected the probe before admission decided: ${oneLine(message)}` };
  if (status === 404) return { method, state: "not-verifiable", status, cause: "not-found", message: `the pod or its ephemeralcontainers subresource was not found: ${oneLine(message)}` };
  if (status === 409) return { method, state: "not-verifiable", status, cause: "conflict", message: `the pod changed while it was probed; run again (${oneLine(message)})` };
  if (status === 408 || status === 504) return { method, state: "not-verifiable", status, cause: "timeout", message: `the apiserver timed out: ${oneLine(message)}` };
  if (status >= 500) return { method, state: "not-verifiable", status, cause: "server-error", message: `the apiserver failed (HTTP ${status}): ${oneLine(message)}` };
  return { method, state: "not-verifiable", status, cause: "unexpected-response", message: `unexpected answer (HTTP ${status}): ${oneLine(message)}` };
};

// src/verify/report.ts
var namespaceLocation = (context, namespace) => ({
  fullyQualifiedName: `cluster/${context}/namespace/${namespace}`,
  name: namespace,
  kind: "namespace"
});
var verifyFindings = (facts, rules, levels = {}) => {
  const findings = [];
  for (const rule of rules) {
    const configured = levels[rule.meta.id] ?? levels[rule.meta.name];
    if (configured === "off") continue;
    for (const draft of rule.judge(facts)) {
      const security = rule.meta.tags.includes("security") && rule.meta.securitySeverity !== void 0;
      findings.push({
        ruleId: rule.meta.id,
        ruleName: rule.meta.name,
        level: configured ?? draft.level ?? rule.meta.level,
        ...security ? { securitySeverity: rule.meta.securitySeverity } : {},
        message: interpolate(rule.meta.messages[draft.messageId] ?? draft.messageId, draft.data),
        messageId: draft.messageId,
        data: draft.data,
        logicalLocation: namespaceLocation(facts.context, draft.namespace),
        object: `Namespace/${draft.namespace}`,
        related: []
      });
    }
  }
  return findings.sort(
    (a, b) => compareText(a.logicalLocation.name, b.logicalLocation.name) || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message)
  );
};
var verifyExitCode = (facts, findings, failOn) => {
  if (findings.some((finding) => finding.ruleId !== "EG404" && reaches(finding.level, failOn))) return 1;
  if (findings.some((finding) => finding.ruleId === "EG404")) return 2;
  if (onlyRbac(facts)) return 2;
  return 0;
};
var onlyRbac = (facts) => {
  const cells = facts.namespaces.flatMap((namespace) => namespace.cells);
  return cells.length > 0 && cells.every((cell) => cell.verdict === "rbac-forbidden");
};
var cellText = (cell) => {
  const control = cell.probe === "hardened-control";
  switch (cell.verdict) {
    case "allowed":
      return control ? "accepted (expected: the other probes differ from it by one field)" : `ALLOWED (${methodsWith(cell, "allowed")})`;
    case "denied": {
      const denial = cell.attempts.find((attempt2) => attempt2.state === "denied");
      return `denied by ${describeDenier(denial.by)}${control ? " (even a hardened ephemeral container is refused here)" : ""}`;
    }
    case "rbac-forbidden":
      return "could not test: RBAC forbids it (good news for this identity)";
    default: {
      const reason = cell.attempts.find((attempt2) => attempt2.state === "not-verifiable");
      return `not verifiable (${reason?.cause ?? "no answer"})`;
    }
  }
};
var methodsWith = (cell, state) => cell.attempts.filter((attempt2) => attempt2.state === state).map((attempt2) => attempt2.method).join(", ");
var modeLine = (facts) => facts.dryRun ? "server-side dry run (dryRun=All): nothing was added to any pod" : "REAL writes (--no-dry-run): probes were added to the probe pods this tool created, then deleted with them";
var targetText = (namespace) => namespace.target ? `pod ${namespace.target.pod}${namespace.target.created ? " (created by ephemeral-guard)" : ""}` : "no probe sent";
var verifySummaryLine = (facts, findings) => {
  const holes = findings.filter((finding) => finding.ruleId !== "EG404");
  const holeNamespaces = new Set(holes.map((finding) => finding.logicalLocation.name));
  const unverified = new Set(findings.filter((finding) => finding.ruleId === "EG404").map((finding) => finding.logicalLocation.name));
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const total = facts.namespaces.length;
  const parts = [
    holes.length === 0 ? `No probe was admitted in ${plural(total, "namespace")}` : `${plural(holes.length, "admitted probe")} in ${holeNamespaces.size} of ${plural(total, "namespace")}`,
    ...unverified.size > 0 ? [`${plural(unverified.size, "namespace")} not fully verified`] : [],
    ...onlyRbac(facts) ? ["RBAC refused every probe: admission was not exercised (run verify as an identity that may patch pods/ephemeralcontainers)"] : []
  ];
  return `${parts.join("; ")}.`;
};
var toVerifyText = (run, findings) => {
  const { facts } = run;
  const lines = [`Context ${facts.context} (${facts.server}), ${modeLine(facts)}.`, ""];
  const width = maxOf(PROBES.map((probe) => probe.id.length));
  for (const namespace of facts.namespaces) {
    lines.push(`${namespace.namespace}  (${targetText(namespace)})`);
    if (namespace.skipped) lines.push(`  ${namespace.skipped.message}`);
    for (const cell of namespace.cells) {
      const rule = probeById(cell.probe).ruleId;
      const flag = cell.verdict === "allowed" && rule ? `  ${rule}` : "";
      lines.push(`  ${cell.probe.padEnd(width)}  ${cellText(cell)}${flag}`);
    }
    lines.push("");
  }
  for (const finding of findings) lines.push(`${finding.level.padEnd(7)} ${finding.ruleId}  ${finding.logicalLocation.fullyQualifiedName}  ${finding.message}`);
  if (findings.length > 0) lines.push("");
  for (const notice of run.notices) lines.push(`warning ${notice}`);
  if (run.notices.length > 0) lines.push("");
  lines.push(verifySummaryLine(facts, findings));
  return `${lines.join("\n")}
`;
};
var toVerifyJson = (run, findings) => `${JSON.stringify(
  {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    context: run.facts.context,
    server: run.facts.server,
    dryRun: run.facts.dryRun,
    disallowedImage: run.facts.disallowedImage,
    namespaces: run.facts.namespaces,
    findings: findings.map(({ data: _data, ...finding }) => finding),
    notices: run.notices,
    summary: verifySummaryLine(run.facts, findings)
  },
  null,
  2
)}
`;
var toVerifySarif = (run, findings, rules, context = {}) => toSarif(
  {
    findings,
    rules,
    notifications: run.notices.map((message) => ({ level: "warning", message }))
  },
  { category: context.category ?? `${TOOL_NAME}-verify` }
);
var MARK = {
  allowed: "\u274C allowed",
  denied: "\u2705 denied",
  "rbac-forbidden": "\u{1F512} RBAC",
  "not-verifiable": "\u2754 not verifiable"
};
var escapeCell = (text) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
var toVerifyMarkdown = (run, findings) => {
  const { facts } = run;
  const header = ["namespace", ...PROBES.map((probe) => `\`${probe.id}\``)];
  const rows = facts.namespaces.map((namespace) => [
    `\`${namespace.namespace}\``,
    ...PROBES.map((probe) => {
      const cell = namespace.cells.find((candidate) => candidate.probe === probe.id);
      if (!cell) return "\u2014 skipped";
      if (cell.probe === "hardened-control" && cell.verdict === "allowed") return "accepted";
      const denial = cell.attempts.find((attempt2) => attempt2.state === "denied");
      return escapeCell(cell.verdict === "denied" && denial ? `${MARK.denied} by ${describeDenier(denial.by)}` : MARK[cell.verdict]);
    })
  ]);
  const lines = [
    `### ${TOOL_NAME} verify: ${escapeCell(facts.context)}`,
    "",
    `${modeLine(facts)}.`,
    "",
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((cells) => `| ${cells.join(" | ")} |`),
    "",
    `**${verifySummaryLine(facts, findings)}**`
  ];
  if (findings.length > 0) {
    lines.push("", "<details><summary>Findings</summary>", "");
    for (const finding of findings) lines.push(`- **${finding.ruleId}** (${finding.level}) \`${finding.logicalLocation.name}\`: ${escapeCell(finding.message)}`);
    lines.push("", "</details>");
  }
  return `${lines.join("\n")}
`;
};

// src/model/verify-outcome.ts
var cellVerdict = (attempts) => {
  const states = new Set(attempts.map((attempt2) => attempt2.state));
  if (states.has("allowed")) return "allowed";
  if (states.has("denied")) return "denied";
  if (states.has("not-verifiable") || states.size === 0) return "not-verifiable";
  return "rbac-forbidden";
};

// src/verify/run-verify.ts
var VerifyAbort = class extends Error {
  name = "VerifyAbort";
};
var METHODS = ["PATCH", "PUT"];
var runVerify = async (cluster, options) => {
  if (!options.dryRun && !options.createProbePod) {
    throw new UserError("--no-dry-run needs --create-probe-pod: ephemeral-guard writes for real only to a pod it created.");
  }
  const namespaces = options.namespaces?.length ? selectNamespaces({ given: options.namespaces, exclude: options.exclude }) : selectNamespaces({ listed: await listNamespaces(cluster), exclude: options.exclude });
  if (namespaces.length === 0) throw new VerifyAbort(`no namespace to probe in context "${cluster.context}" (all were excluded); name some with --namespace.`);
  const notices = [];
  const results = await mapPool(namespaces, options.concurrency, (namespace) => probeNamespace(cluster, namespace, options, notices));
  return {
    facts: { context: cluster.context, server: cluster.server, dryRun: options.dryRun, disallowedImage: options.disallowedImage, namespaces: results },
    notices: notices.sort()
  };
};
var listNamespaces = async (cluster) => {
  try {
    return await cluster.listNamespaces();
  } catch (error) {
    const failure = clusterFailure(error);
    abortOnFatal(cluster, failure);
    if (failure.kind === "http" && failure.status === 403) {
      throw new VerifyAbort(`this identity may not list namespaces in context "${cluster.context}"; name the namespaces to probe with --namespace.`);
    }
    throw new VerifyAbort(`could not list the namespaces of context "${cluster.context}": ${failureText(failure)}.`);
  }
};
var probeNamespace = async (cluster, namespace, options, notices) => {
  const target = options.createProbePod ? await createTarget(cluster, namespace, options) : await findTarget(cluster, namespace);
  if ("skipped" in target) return { namespace, skipped: target.skipped, cells: [] };
  const { pod, created } = target;
  const podName = pod.metadata.name;
  try {
    const cells = [];
    for (const { probe, container } of planProbes(pod, options)) {
      const attempts = [];
      for (const method of METHODS) {
        const dryRun = options.dryRun || !created;
        const current = dryRun ? pod : await cluster.readPod(namespace, podName).catch(() => pod);
        const named = dryRun || method === "PATCH" ? container : { ...container, name: `${String(container.name)}-put` };
        attempts.push(await attempt(cluster, method, current, named, dryRun));
      }
      cells.push({ probe: probe.id, verdict: cellVerdict(attempts), attempts });
    }
    return { namespace, target: { pod: podName, created }, cells };
  } finally {
    if (created) {
      await cluster.deletePod(namespace, podName).catch((error) => {
        notices.push(`Could not delete the probe pod ${namespace}/${podName} (${failureText(clusterFailure(error))}); delete it with: kubectl delete pod -n ${namespace} ${podName}`);
      });
    }
  }
};
var attempt = async (cluster, method, pod, container, dryRun) => {
  try {
    const answer = await cluster.addEphemeralContainer(method, pod, container, dryRun);
    if (answer.status === 401) abortOnFatal(cluster, { kind: "http", status: 401, body: answer.body });
    return classifyResponse(method, answer.status, answer.body);
  } catch (error) {
    if (error instanceof VerifyAbort) throw error;
    const failure = clusterFailure(error);
    abortOnFatal(cluster, failure);
    return { method, state: "not-verifiable", cause: failure.kind === "timeout" ? "timeout" : "server-error", message: failureText(failure) };
  }
};
var findTarget = async (cluster, namespace) => {
  let pods;
  try {
    pods = await cluster.listPods(namespace);
  } catch (error) {
    const failure = clusterFailure(error);
    abortOnFatal(cluster, failure);
    if (failure.kind === "http" && failure.status === 403) {
      return { skipped: { cause: "cannot-list-pods", message: `this identity may not list pods in namespace ${namespace}, so no probe could be aimed; grant it "list pods" there, or use --create-probe-pod.` } };
    }
    if (failure.kind === "http" && failure.status === 404) {
      return { skipped: { cause: "not-found", message: `namespace ${namespace} does not exist.` } };
    }
    return { skipped: { cause: failure.kind === "timeout" ? "timeout" : "server-error", message: `could not list the pods of namespace ${namespace}: ${failureText(failure)}.` } };
  }
  const pod = chooseTargetPod(pods);
  if (!pod) {
    return {
      skipped: {
        cause: "no-target-pod",
        message: `namespace ${namespace} has no pod to send the probes to (an ephemeral container can only be added to an existing pod); run with --create-probe-pod to probe it with a throwaway pod.`
      }
    };
  }
  return { pod, created: false };
};
var createTarget = async (cluster, namespace, options) => {
  const name = `ephemeral-guard-probe-${options.nameSuffix()}`;
  try {
    return { pod: await cluster.createPod(namespace, probePod(namespace, name, options.probePodImage)), created: true };
  } catch (error) {
    const failure = clusterFailure(error);
    abortOnFatal(cluster, failure);
    const detail = failure.kind === "http" ? oneLine(parseStatus(failure.body).message ?? `HTTP ${failure.status}`) : failureText(failure);
    return { skipped: { cause: "probe-pod-refused", message: `could not create the probe pod in namespace ${namespace}: ${detail}` } };
  }
};
var clusterFailure = (error) => error instanceof ClusterError ? error.failure : { kind: "client", message: error instanceof Error ? error.message : String(error) };
var abortOnFatal = (cluster, failure) => {
  if (failure.kind === "network") {
    throw new VerifyAbort(
      `cannot reach the cluster of context "${cluster.context}" at ${cluster.server} (${failure.code}); check that it is running and that the kubeconfig's server address is right.`
    );
  }
  if (failure.kind === "http" && failure.status === 401) {
    throw new VerifyAbort(
      `the cluster of context "${cluster.context}" rejected the credentials (HTTP 401 Unauthorized): they are missing, expired or revoked; log in again or refresh the kubeconfig.`
    );
  }
  if (failure.kind === "client") {
    throw new VerifyAbort(`could not authenticate to the cluster of context "${cluster.context}": ${failure.message}`);
  }
};
var failureText = (failure) => {
  switch (failure.kind) {
    case "http":
      return oneLine(parseStatus(failure.body).message ?? `HTTP ${failure.status}`);
    case "timeout":
      return "no answer before the timeout (--timeout)";
    case "network":
      return `${failure.code}: ${failure.message}`;
    default:
      return failure.message;
  }
};
var mapPool = async (items, limit, run) => {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
};

export {
  kubeCluster,
  DEFAULT_EXCLUDED_NAMESPACES,
  verifyFindings,
  verifyExitCode,
  toVerifyText,
  toVerifyJson,
  toVerifySarif,
  toVerifyMarkdown,
  VerifyAbort,
  runVerify
};
