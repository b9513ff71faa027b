import type { PodSecurityLevel } from './pod-security.ts';
import type { Engine } from './policy-engine.ts';

/**
 * What the config file says about the world outside the scanned files. The engine hands it to
 * every stage that needs it: `ScanRequest.settings` → `Facts.settings`.
 */
export interface ScanSettings {
  /** The cluster's Kubernetes version (`kubernetesVersion`), for version-dependent facts. */
  readonly kubernetesVersion?: KubernetesVersion;
  /** Controls that live outside the repository (`assume`). */
  readonly assume: Assumptions;
  /** Subjects and roles allowed to add ephemeral containers, each with why (`rbac.allow`). */
  readonly rbacAllow: readonly AllowedDebugger[];
  /** Role names that exist outside the scanned files (`externalRoles`), for EG205. */
  readonly externalRoles: readonly string[];
}

export interface KubernetesVersion {
  readonly major: 1;
  readonly minor: number;
  readonly patch?: number;
  /** As written in the config, e.g. `1.30` or `v1.30.2`. */
  readonly text: string;
}

/** Where a setting was written, for messages that point back at the config file. */
export interface ConfigPosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * `assume`: admission controls the scan cannot see because they are configured outside the
 * repository. Nothing is assumed by default (the cluster default for Pod Security is
 * `privileged`, DOMAIN.md section 3).
 */
export interface Assumptions {
  readonly podSecurity?: PodSecurityAssumption;
  /** Admission engines installed in the cluster, with their versions (`assume.engines`). */
  readonly engines: Readonly<Partial<Record<InstalledEngine, EngineVersion>>>;
}

/**
 * `assume.podSecurity`: the Pod Security Admission `enforce` level in force outside the repo.
 * `enforce` is the cluster default (an AdmissionConfiguration `defaults.enforce`): it applies to
 * every namespace whose scanned Namespace manifest sets no `enforce` label, and to namespaces
 * that have no manifest in scope. `namespaces` names namespaces whose `enforce` level is set
 * outside the repo; it wins over both the default and the scanned labels, because it states
 * what the cluster runs. Read it with {@link assumedEnforceLevel}.
 */
export interface PodSecurityAssumption {
  readonly enforce?: PodSecurityLevel;
  readonly namespaces: Readonly<Record<string, PodSecurityLevel>>;
  readonly at: ConfigPosition;
}

/** The engines `assume.engines` may name (installed products with a version): registered engines (src/analyze/engines.ts). */
export const INSTALLED_ENGINES = ['gatekeeper', 'kyverno', 'kubewarden', 'jspolicy'] as const satisfies readonly Engine[];
export type InstalledEngine = (typeof INSTALLED_ENGINES)[number];

export interface EngineVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** As written, e.g. `v3.16.3` or `1.12`. */
  readonly text: string;
}

export type AllowedDebugger =
  | {
      readonly kind: 'role';
      /** `ClusterRole` or a namespaced `Role`. */
      readonly role: { readonly kind: 'ClusterRole' | 'Role'; readonly name: string; readonly namespace?: string };
      /** `ClusterRole/name` or `Role/namespace/name`: the Finding `object` label of the role. */
      readonly label: string;
      readonly reason: string;
      readonly at: ConfigPosition;
    }
  | {
      readonly kind: 'subject';
      /** A binding subject; ServiceAccounts always have a namespace. */
      readonly subject: { readonly kind: 'User' | 'Group' | 'ServiceAccount'; readonly name: string; readonly namespace?: string };
      /** `User/name`, `Group/name` or `ServiceAccount/namespace/name`, as written. */
      readonly label: string;
      readonly reason: string;
      readonly at: ConfigPosition;
    };

export const NO_SETTINGS: ScanSettings = { assume: { engines: {} }, rbacAllow: [], externalRoles: [] };

/**
 * The Pod Security `enforce` level assumed for a namespace, given the level its scanned
 * Namespace manifest sets (undefined when it sets none or has no manifest in scope):
 * a named assumption, else the scanned label, else the assumed cluster default, else undefined
 * (nothing assumed: the apiserver's default is `privileged`).
 */
export const assumedEnforceLevel = (
  assume: Assumptions,
  namespace: string,
  scannedLabel: PodSecurityLevel | undefined,
): PodSecurityLevel | undefined =>
  (Object.hasOwn(assume.podSecurity?.namespaces ?? {}, namespace) ? assume.podSecurity!.namespaces[namespace] : undefined) ??
  scannedLabel ??
  assume.podSecurity?.enforce;
