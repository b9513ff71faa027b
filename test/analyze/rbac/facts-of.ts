import type { Facts } from '../../../src/analyze/facts.ts';
import { NO_SETTINGS } from '../../../src/model/settings.ts';
import type { AccessGraphOptions } from '../../../src/analyze/rbac/build-access-graph.ts';
import { buildAccessGraph } from '../../../src/analyze/rbac/build-access-graph.ts';
import { controlsOnGrants } from '../../../src/analyze/grant-controls.ts';
import type { Draft } from '../../../src/rules/rule.ts';
import type { SourceRef, YamlPath } from '../../../src/model/source-ref.ts';
import type { K8sObject } from '../../../src/model/workspace.ts';
import { Workspace } from '../../../src/model/workspace.ts';

/** Facts with only the RBAC part filled, as the rules EG2xx read them. */
export const factsOf = (objects: readonly K8sObject[], options?: AccessGraphOptions): Facts => {
  const workspace = new Workspace(objects);
  const access = buildAccessGraph(workspace, options);
  const guards = controlsOnGrants({ workspace, coverage: [], installations: [], access, settings: NO_SETTINGS });
  return { workspace, coverage: [], exemptions: [], access, installations: [], guards, problems: [], settings: NO_SETTINGS };
};

/** The parts of a draft a test pins: message, data, position, level and severity. */
export const summary = (draft: Draft<string>) => ({
  messageId: draft.messageId,
  data: draft.data,
  at: draft.at,
  level: draft.level,
  securitySeverity: draft.securitySeverity,
});

/** The YAML path of a node ref (rules here never yield text refs). */
export const pathOf = (ref: SourceRef): YamlPath | undefined => ('path' in ref ? ref.path : undefined);
