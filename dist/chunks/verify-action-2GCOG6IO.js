import { createRequire as __egCreateRequire } from 'node:module';
const require = __egCreateRequire(import.meta.url);
import {
  DEFAULT_EXCLUDED_NAMESPACES,
  VerifyAbort,
  kubeCluster,
  runVerify,
  toVerifyMarkdown,
  toVerifySarif,
  toVerifyText,
  verifyExitCode,
  verifyFindings
} from "./chunk-K72VHXRX.js";
import "./chunk-VITYYJKX.js";
import {
  DEFAULT_DISALLOWED_IMAGE,
  DEFAULT_PROBE_POD_IMAGE,
  loadKubeConfig
} from "./chunk-43ATCSXN.js";
import {
  VERIFY_RULES
} from "./chunk-DRTNHIAH.js";
import {
  UserError
} from "./chunk-D2DPMX3K.js";

// src/github/verify-action.ts
import { randomBytes } from "node:crypto";
import { isAbsolute, resolve } from "node:path";
var runVerifyAction = async (io, deps, inputs, load = loadKubeConfig) => {
  const path = inputs.verifyKubeconfig ? isAbsolute(inputs.verifyKubeconfig) ? inputs.verifyKubeconfig : resolve(deps.workspace, inputs.verifyKubeconfig) : void 0;
  const kubeConfig = load(path ? { path } : {});
  if (!kubeConfig.getCurrentCluster()) throw new UserError("The kubeconfig has no current cluster; set verify-kubeconfig to a kubeconfig with a current context.");
  let run;
  try {
    run = await runVerify(kubeCluster(kubeConfig, { timeoutMs: 1e4 }), {
      ...inputs.verifyNamespaces.length > 0 ? { namespaces: inputs.verifyNamespaces } : {},
      exclude: DEFAULT_EXCLUDED_NAMESPACES,
      createProbePod: false,
      dryRun: true,
      disallowedImage: DEFAULT_DISALLOWED_IMAGE,
      probePodImage: DEFAULT_PROBE_POD_IMAGE,
      concurrency: 4,
      nameSuffix: () => randomBytes(3).toString("hex")
    });
  } catch (error) {
    if (error instanceof VerifyAbort) {
      io.setFailed(`Could not verify: ${error.message}`);
      return;
    }
    throw error;
  }
  const findings = verifyFindings(run.facts, VERIFY_RULES);
  const sarifPath = resolve(deps.workspace, inputs.sarifFile);
  await deps.writeFile(sarifPath, `${JSON.stringify(toVerifySarif(run, findings, VERIFY_RULES, inputs.category ? { category: inputs.category } : {}), null, 2)}
`);
  io.info(toVerifyText(run, findings).trimEnd());
  await io.appendSummary(toVerifyMarkdown(run, findings)).catch(() => io.warning("Could not write the job summary."));
  io.setOutput("sarif-file", sarifPath);
  io.setOutput("findings", findings.length);
  for (const level of ["error", "warning", "note"]) io.setOutput(`${level}s`, findings.filter((finding) => finding.level === level).length);
  const code = verifyExitCode(run.facts, findings, inputs.failOn);
  if (code === 1) io.setFailed(`The cluster admitted dangerous ephemeral containers (${findings.filter((f) => f.ruleId !== "EG404").length} finding(s)); see the job summary.`);
  else if (code === 2) io.setFailed("Some probes could not be verified (EG404, or RBAC refused every probe); see the job summary.");
};
export {
  runVerifyAction
};
