import type { CoverageFact } from '../coverage.ts';
import type { InputProblem } from '../../model/input-problem.ts';
import { notAnalyzableProblems } from '../verdict.ts';
import type { Workspace } from '../../model/workspace.ts';
import { NO_TIME_LIMIT, type TimeCheck } from '../../model/time-limit.ts';
import { objectLabel } from '../../model/object-ref.ts';
import { analyzeJsPolicy, analyzeKubewardenPolicy, analyzeWebhookConfiguration } from './webhooks.ts';
import { pushAll } from '../../array.ts';

export { analyzeJsPolicy, analyzeKubewardenPolicy, analyzeWebhookConfiguration } from './webhooks.ts';

/** Webhook configurations, Kubewarden policies and jsPolicy policies: what their rules route. */
export const analyzeWebhooks = (workspace: Workspace, checkTime: TimeCheck = NO_TIME_LIMIT): { coverage: CoverageFact[]; problems: InputProblem[] } => {
  const coverage: CoverageFact[] = [];
  const problems: InputProblem[] = [];
  for (const kind of ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration']) {
    for (const configuration of workspace.byKind(kind)) {
      checkTime('analysing webhook configurations', () => `the webhook configurations from ${objectLabel(configuration)} on, and every later stage`);
      const result = analyzeWebhookConfiguration(configuration);
      pushAll(coverage, result.facts);
      pushAll(problems, result.problems);
    }
  }
  for (const kind of ['ClusterAdmissionPolicy', 'AdmissionPolicy', 'ClusterAdmissionPolicyGroup', 'AdmissionPolicyGroup']) {
    for (const policy of workspace.byKind(kind)) {
      checkTime('analysing Kubewarden policies', () => `the Kubewarden policies from ${objectLabel(policy)} on, and every later stage`);
      const fact = analyzeKubewardenPolicy(policy);
      if (fact) coverage.push(fact);
    }
  }
  for (const policy of workspace.byKind('JsPolicy')) {
    checkTime('analysing jsPolicy policies', () => `the jsPolicy policies from ${objectLabel(policy)} on, and every later stage`);
    const fact = analyzeJsPolicy(policy);
    if (!fact) continue;
    coverage.push(fact);
    pushAll(problems, notAnalyzableProblems(fact, objectLabel(policy.ref)));
  }
  return { coverage, problems };
};
