import { randomBytes } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import type { ActionInputs } from './inputs.ts';
import type { ActionDeps, ActionIO } from './action-io.ts';
import { UserError } from '../errors.ts';
import { VERIFY_RULES } from '../rules/index.ts';
import { kubeCluster } from '../verify/cluster.ts';
import { DEFAULT_EXCLUDED_NAMESPACES } from '../verify/plan.ts';
import { toVerifyMarkdown, toVerifySarif, toVerifyText, verifyExitCode, verifyFindings } from '../verify/report.ts';
import { VerifyAbort, runVerify } from '../verify/run-verify.ts';
import { DEFAULT_DISALLOWED_IMAGE, DEFAULT_PROBE_POD_IMAGE, loadKubeConfig, type LoadKubeConfig } from '../verify/kube-config.ts';

/**
 * The Action in `mode: verify`: always a dry run against existing pods, the matrix in the job
 * summary, the EG4xx SARIF in `sarif-file`, and the step failed on a verified hole (per
 * `fail-on`) or when something could not be verified. Throws only UserError.
 */
export const runVerifyAction = async (io: ActionIO, deps: Pick<ActionDeps, 'workspace' | 'writeFile'>, inputs: ActionInputs, load: LoadKubeConfig = loadKubeConfig): Promise<void> => {
  const path = inputs.verifyKubeconfig ? (isAbsolute(inputs.verifyKubeconfig) ? inputs.verifyKubeconfig : resolve(deps.workspace, inputs.verifyKubeconfig)) : undefined;
  const kubeConfig = load(path ? { path } : {});
  if (!kubeConfig.getCurrentCluster()) throw new UserError('The kubeconfig has no current cluster; set verify-kubeconfig to a kubeconfig with a current context.');
  let run;
  try {
    run = await runVerify(kubeCluster(kubeConfig, { timeoutMs: 10_000 }), {
      ...(inputs.verifyNamespaces.length > 0 ? { namespaces: inputs.verifyNamespaces } : {}),
      exclude: DEFAULT_EXCLUDED_NAMESPACES,
      createProbePod: false,
      dryRun: true,
      disallowedImage: DEFAULT_DISALLOWED_IMAGE,
      probePodImage: DEFAULT_PROBE_POD_IMAGE,
      concurrency: 4,
      nameSuffix: () => randomBytes(3).toString('hex'),
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
  await deps.writeFile(sarifPath, `${JSON.stringify(toVerifySarif(run, findings, VERIFY_RULES, inputs.category ? { category: inputs.category } : {}), null, 2)}\n`);
  io.info(toVerifyText(run, findings).trimEnd());
  await io.appendSummary(toVerifyMarkdown(run, findings)).catch(() => io.warning('Could not write the job summary.'));
  io.setOutput('sarif-file', sarifPath);
  io.setOutput('findings', findings.length);
  for (const level of ['error', 'warning', 'note'] as const) io.setOutput(`${level}s`, findings.filter((finding) => finding.level === level).length);
  const code = verifyExitCode(run.facts, findings, inputs.failOn);
  if (code === 1) io.setFailed(`The cluster admitted dangerous ephemeral containers (${findings.filter((f) => f.ruleId !== 'EG404').length} finding(s)); see the job summary.`);
  else if (code === 2) io.setFailed('Some probes could not be verified (EG404, or RBAC refused every probe); see the job summary.');
};
