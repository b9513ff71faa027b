import { objectLabel } from '../../model/object-ref.ts';
import { namespaceFilter, type NamespaceFilter, type ScopeCondition } from '../../model/policy-scope.ts';
import type { SourceRef } from '../../model/source-ref.ts';
import type { Workspace } from '../../model/workspace.ts';
import { isRecord } from '../../json.ts';
import type { InstallationFact } from '../../model/policy-scope.ts';
import { pushAll } from '../../array.ts';

/** The name of Gatekeeper's validating webhook that evaluates constraints (the one its controller manages). */
const GATEKEEPER_POLICY_WEBHOOK = 'validation.gatekeeper.sh';

/** The label that keeps Gatekeeper's webhook from being called in a namespace (its default namespaceSelector). */
const GATEKEEPER_IGNORE_LABEL = 'admission.gatekeeper.sh/ignore';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/**
 * Namespaces exempt from every Gatekeeper constraint at admission (gatekeeper
 * website/docs/exempt-namespaces.md): the Config named `config` (config.gatekeeper.sh)
 * `spec.match[].excludedNamespaces` for processes `*` or `webhook`; namespaces labelled
 * `admission.gatekeeper.sh/ignore`; and what the namespaceSelector of Gatekeeper's validating
 * webhooks in scope leaves out (the apiserver calls Gatekeeper only where one of them selects).
 */
export const gatekeeperInstallation = (workspace: Workspace): InstallationFact => {
  const excluded: string[] = [];
  let owner = '';
  let at: SourceRef | undefined;
  for (const config of workspace.byKind('Config')) {
    if (!config.apiVersion.startsWith('config.gatekeeper.sh/') || config.name !== 'config') continue;
    const spec = isRecord(config.body['spec']) ? config.body['spec'] : {};
    for (const entry of Array.isArray(spec['match']) ? spec['match'] : []) {
      if (!isRecord(entry)) continue;
      const processes = strings(entry['processes']);
      if (!processes.includes('*') && !processes.includes('webhook')) continue;
      pushAll(excluded, strings(entry['excludedNamespaces']));
      owner = objectLabel(config.ref);
      at ??= config.ref.at;
    }
  }
  const webhookFilters: NamespaceFilter[] = [];
  for (const configuration of workspace.byKind('ValidatingWebhookConfiguration')) {
    const webhooks = Array.isArray(configuration.body['webhooks']) ? configuration.body['webhooks'] : [];
    for (const webhook of webhooks) {
      if (!isRecord(webhook) || typeof webhook['name'] !== 'string') continue;
      // The webhook that evaluates constraints (check-ignore-label.gatekeeper.sh only checks Namespace labels).
      if (webhook['name'] !== GATEKEEPER_POLICY_WEBHOOK) continue;
      webhookFilters.push(namespaceFilter(undefined, undefined, webhook['namespaceSelector'], `${objectLabel(configuration.ref)} webhook ${webhook['name']}`));
      at ??= configuration.ref.at;
    }
  }
  // Gatekeeper lets only namespaces it already exempts carry the label (--exempt-namespace), so
  // it is counted where a manifest shows it, not assumed on namespaces without one.
  const parts: ScopeCondition[] = [{ kind: 'unless-labelled', label: GATEKEEPER_IGNORE_LABEL }];
  if (excluded.length > 0) parts.push({ kind: 'namespaces', filter: namespaceFilter(undefined, excluded, undefined, owner) });
  if (webhookFilters.length > 0) parts.push({ kind: 'any', of: webhookFilters.map((filter) => ({ kind: 'namespaces', filter })) });
  return { engines: ['gatekeeper'], where: { kind: 'all', of: parts }, at };
};
