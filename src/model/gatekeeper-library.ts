import type { K8sObject } from './workspace.ts';

/**
 * gatekeeper-library pod-security templates whose Rego (`is_update`) and CEL
 * (`variables.isUpdate`) skip every UPDATE request without looking at `subResource`, by template
 * name and `metadata.gatekeeper.sh/version`. Read from the library's git history: the exemption
 * arrived in Sept 2023 (commit bd942ad8, version 1.0.1; proc-mount 1.0.2) and every later
 * version of these templates still has it (checked up to 5c441fb6, July 2026).
 */
const SKIPS_UPDATE: ReadonlyMap<string, readonly string[]> = new Map([
  ['k8spspprivilegedcontainer', ['1.0.1', '1.1.0', '1.1.1', '1.1.2', '1.1.3']],
  ['k8spspcapabilities', ['1.0.1', '1.0.2', '1.1.0', '1.1.1', '1.1.2', '1.1.3']],
  ['k8spspallowprivilegeescalationcontainer', ['1.0.1', '1.1.0', '1.1.1']],
  ['k8spspallowedusers', ['1.0.1', '1.0.2', '1.0.3']],
  ['k8spspselinuxv2', ['1.0.1', '1.0.2', '1.0.3', '1.0.4']],
  ['k8spspreadonlyrootfilesystem', ['1.0.1', '1.1.0', '1.1.1']],
  ['k8spsphostfilesystem', ['1.0.1', '1.0.2', '1.1.0', '1.1.1', '1.1.2']],
  ['k8spspprocmount', ['1.0.2', '1.0.3', '1.1.0', '1.1.1', '1.1.2', '1.1.3']],
  ['k8spsphostprocess', ['1.0.0', '1.0.1']],
]);

export const LIBRARY_VERSION_ANNOTATION = 'metadata.gatekeeper.sh/version';

/**
 * When `template` is a gatekeeper-library template at a version known to skip UPDATE, that
 * version; otherwise undefined (unknown names, missing or other versions).
 */
export const libraryVersionSkippingUpdate = (template: Pick<K8sObject, 'name' | 'body'>): string | undefined => {
  const metadata = template.body['metadata'];
  const annotations = typeof metadata === 'object' && metadata !== null ? (metadata as Record<string, unknown>)['annotations'] : undefined;
  const version = typeof annotations === 'object' && annotations !== null ? (annotations as Record<string, unknown>)[LIBRARY_VERSION_ANNOTATION] : undefined;
  if (typeof version !== 'string') return undefined;
  return SKIPS_UPDATE.get(template.name)?.includes(version) ? version : undefined;
};
