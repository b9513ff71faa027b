import { createRequire as __egCreateRequire } from 'node:module';
const require = __egCreateRequire(import.meta.url);
import {
  DEFAULT_EXCLUDED_NAMESPACES,
  VerifyAbort,
  kubeCluster,
  runVerify,
  toVerifyJson,
  toVerifyMarkdown,
  toVerifySarif,
  toVerifyText,
  verifyExitCode,
  verifyFindings
} from "./chunk-K72VHXRX.js";
import "./chunk-VITYYJKX.js";
import {
  DEFAULT_DISALLOWED_IMAGE,
  DEFAULT_PROBE_POD_IMAGE
} from "./chunk-43ATCSXN.js";
import {
  TOOL_NAME,
  VERIFY_RULES
} from "./chunk-DRTNHIAH.js";
import {
  UserError
} from "./chunk-D2DPMX3K.js";

// src/cli/verify-command.ts
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
var VERIFY_USAGE = `Usage: ${TOOL_NAME} verify [options]

Proves on a live cluster whether an ephemeral container (kubectl debug) with a dangerous security
context would be admitted, namespace by namespace. Each probe is a hardened ephemeral container
with one thing changed: privileged: true, allowPrivilegeEscalation: true, capability SYS_ADMIN
added, runAsUser: 0, or an image from a disallowed registry (plus the hardened container alone,
as a control). Each is sent to one pod per namespace as PATCH (a strategic merge patch, as
kubectl debug sends) and as PUT (as client-go UpdateEphemeralContainers sends) of
pods/<name>/ephemeralcontainers.

Safe by default: every write carries dryRun=All. The apiserver then runs authorization and the
whole admission chain (Pod Security, ValidatingAdmissionPolicy, mutating and validating
webhooks) and answers as it would for a real write, but persists nothing (k8s.io/apiserver
endpoints/handlers/patch.go and update.go pass dryRun to admission and to the registry store;
the ephemeralcontainers subresource, pkg/registry/core/pod/storage EphemeralContainersREST,
updates through the same store). What dry run cannot show:
  - A webhook whose sideEffects is neither None nor NoneOnDryRun is never called on a dry run:
    the apiserver rejects the request instead ("does not support dry run"; k8s.io/apiserver
    pkg/admission/plugin/webhook/{validating,mutating}/dispatcher.go). Such probes are reported
    as not verifiable by dry run (EG404), never as allowed or denied.
  - A webhook called with dryRun: true may choose not to evaluate; that cannot be seen here.
Nothing is ever really added unless --no-dry-run is given, and then only to a probe pod this
tool created (--create-probe-pod) and deletes afterwards.

Options:
  --kubeconfig <file>           kubeconfig (default: KUBECONFIG, ~/.kube/config, or in-cluster)
  --context <name>              kubeconfig context (default: the current one)
  --namespace <ns>              namespace to probe (repeatable or comma-separated; default:
                                every namespace this identity can list, minus --exclude-namespace)
  --exclude-namespace <ns>      leave out (repeatable; default: ${DEFAULT_EXCLUDED_NAMESPACES.join(", ")})
  --create-probe-pod            probe a throwaway pod created (and deleted) in each namespace,
                                instead of an existing pod
  --no-dry-run                  really add the probes (only with --create-probe-pod)
  --probe-image <image>         image of the probes (default: the target pod's first image,
                                already admitted there, so that only the securityContext differs)
  --disallowed-image <image>    image of the registry probe (default: ${DEFAULT_DISALLOWED_IMAGE})
  --probe-pod-image <image>     image of the probe pod (default: ${DEFAULT_PROBE_POD_IMAGE})
  --timeout <seconds>           per request (default: 10)
  --format <text|json|sarif|markdown>  report format (default: text)
  --output <file>               write the report to a file instead of standard output
  --fail-on <level>             exit 1 on admitted probes at or above: error, warning, note, none
                                (default: error)
  --category <name>             SARIF category (default: ${TOOL_NAME}-verify)
  -h, --help                    show this help

Exit codes: 0 every probe denied; 1 a probe was admitted (a verified hole) at or above
--fail-on; 2 something could not be verified (unreachable cluster, rejected credentials, a
namespace without pods, a webhook without dry-run support, a timeout) or a usage error.
`;
var FORMATS = ["text", "json", "sarif", "markdown"];
var FAIL_ON = ["error", "warning", "note", "none"];
var runVerifyCommand = async (argv, io, deps) => {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        kubeconfig: { type: "string" },
        context: { type: "string" },
        namespace: { type: "string", multiple: true },
        "exclude-namespace": { type: "string", multiple: true },
        "create-probe-pod": { type: "boolean", default: false },
        "no-dry-run": { type: "boolean", default: false },
        "probe-image": { type: "string" },
        "disallowed-image": { type: "string", default: DEFAULT_DISALLOWED_IMAGE },
        "probe-pod-image": { type: "string", default: DEFAULT_PROBE_POD_IMAGE },
        timeout: { type: "string", default: "10" },
        format: { type: "string", default: "text" },
        output: { type: "string" },
        "fail-on": { type: "string", default: "error" },
        category: { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UserError(`${error instanceof Error ? error.message : String(error)}

${VERIFY_USAGE}`);
  }
  const { values } = parsed;
  if (values.help) {
    io.stdout(VERIFY_USAGE);
    return 0;
  }
  const format = oneOf(values.format, FORMATS, "--format");
  const failOn = oneOf(values["fail-on"], FAIL_ON, "--fail-on");
  const timeout = Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 600) throw new UserError(`--timeout must be a number of seconds between 0 and 600 (got "${values.timeout}").`);
  if (values["no-dry-run"] && !values["create-probe-pod"]) {
    throw new UserError("--no-dry-run needs --create-probe-pod: ephemeral-guard writes for real only to a pod it created.");
  }
  const list = (items) => items?.flatMap((item) => item.split(",")).map((item) => item.trim()).filter((item) => item !== "");
  const kubeConfig = deps.loadKubeConfig({ ...values.kubeconfig ? { path: resolve(io.cwd, values.kubeconfig) } : {} });
  if (values.context) {
    if (!kubeConfig.getContextObject(values.context)) {
      throw new UserError(`context "${values.context}" is not in the kubeconfig (it has: ${kubeConfig.getContexts().map((context) => context.name).join(", ") || "none"}).`);
    }
    kubeConfig.setCurrentContext(values.context);
  }
  if (!kubeConfig.getCurrentCluster()) throw new UserError(`the kubeconfig has no cluster for context "${kubeConfig.getCurrentContext()}"; pass --kubeconfig or --context.`);
  const namespaces = list(values.namespace);
  const probeImage = values["probe-image"];
  let run;
  try {
    run = await runVerify(kubeCluster(kubeConfig, { timeoutMs: timeout * 1e3 }), {
      ...namespaces?.length ? { namespaces } : {},
      exclude: list(values["exclude-namespace"]) ?? DEFAULT_EXCLUDED_NAMESPACES,
      createProbePod: values["create-probe-pod"] === true,
      dryRun: values["no-dry-run"] !== true,
      ...probeImage ? { probeImage } : {},
      disallowedImage: values["disallowed-image"],
      probePodImage: values["probe-pod-image"],
      concurrency: 4,
      nameSuffix: deps.nameSuffix ?? (() => randomBytes(3).toString("hex"))
    });
  } catch (error) {
    if (error instanceof VerifyAbort) {
      io.stderr(`${TOOL_NAME} verify: could not verify: ${error.message}
`);
      return 2;
    }
    throw error;
  }
  const findings = verifyFindings(run.facts, VERIFY_RULES);
  const report = format === "json" ? toVerifyJson(run, findings) : format === "sarif" ? `${JSON.stringify(toVerifySarif(run, findings, VERIFY_RULES, values.category ? { category: values.category } : {}), null, 2)}
` : format === "markdown" ? toVerifyMarkdown(run, findings) : toVerifyText(run, findings);
  if (values.output) {
    await io.writeFile(resolve(io.cwd, values.output), report).catch((error) => {
      throw new UserError(`cannot write ${values.output}: ${error.code ?? String(error)}.`);
    });
  } else io.stdout(report);
  return verifyExitCode(run.facts, findings, failOn);
};
var oneOf = (value, allowed, flag) => {
  if (value !== void 0 && allowed.includes(value)) return value;
  throw new UserError(`${flag} must be one of ${allowed.join(", ")} (got "${value}").`);
};
export {
  VERIFY_USAGE,
  runVerifyCommand
};
