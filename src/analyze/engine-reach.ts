import { objectLabel } from '../model/object-ref.ts';
import type { CoverageFact, Evidence } from './coverage.ts';
import { redecideFact } from './verdict.ts';
import type { Engine } from '../model/policy-engine.ts';
import type { CoverageHole } from '../model/coverage-holes.ts';
import type { EngineVersionFact } from './engine-versions/engine-versions.ts';
import { ephemeralRelevantChecks } from '../model/container-fields.ts';

/** Why an engine installation in scope never hands the subresource to its policies. */
interface EngineBlock extends Evidence {
  readonly hole: Extract<CoverageHole, 'misses-subresource' | 'engine-too-old'>;
}

/** Policy engines whose policies all pass through one installation (webhook and version). */
const ENGINE_POLICIES: Readonly<Partial<Record<Engine, readonly Engine[]>>> = {
  gatekeeper: ['gatekeeper'],
  kyverno: ['kyverno', 'kyverno-cel'],
};

const isWebhookConfiguration = (fact: CoverageFact): boolean => fact.policy.kind.endsWith('WebhookConfiguration');

/**
 * What the installations in scope say about each engine:
 * - an engine version too old to register the subresource (EG106: Kyverno < 1.5.3, Gatekeeper <
 *   3.9.0) blocks every policy of that engine;
 * - Gatekeeper's validating webhook configuration is deployed from these manifests as written, so
 *   when every copy in scope misses the subresource (EG103), no Constraint sees it. Kyverno
 *   rewrites its webhook configurations at run time, so a copy in Git decides nothing.
 */
const engineBlocks = (coverage: readonly CoverageFact[], versions: readonly EngineVersionFact[]): Map<Engine, EngineBlock> => {
  const blocks = new Map<Engine, EngineBlock>();
  for (const version of versions) {
    if (version.problem !== 'too-old' || blocks.has(version.engine)) continue;
    const name = version.engine === 'kyverno' ? 'Kyverno' : 'Gatekeeper';
    blocks.set(version.engine, {
      hole: 'engine-too-old',
      at: version.at,
      note: `${objectLabel(version.object)} installs ${name} ${version.version}, which never receives pods/ephemeralcontainers (fixed in ${version.fixedIn})`,
    });
  }
  const gatekeeperWebhooks = coverage.filter((fact) => fact.engine === 'gatekeeper' && fact.policy.kind === 'ValidatingWebhookConfiguration');
  const missing = gatekeeperWebhooks.find((fact) => fact.receivesSubresource === 'no');
  if (!blocks.has('gatekeeper') && missing && gatekeeperWebhooks.every((fact) => fact.receivesSubresource === 'no')) {
    blocks.set('gatekeeper', {
      hole: 'misses-subresource',
      at: missing.subresourceEvidence?.at ?? missing.policy.at,
      note: `Gatekeeper's validating webhook in scope (${objectLabel(missing.policy)}) never routes pods/ephemeralcontainers`,
    });
  }
  return blocks;
};

/**
 * Policies of an engine whose installation in scope cannot receive the subresource are not
 * covered, whatever their own logic: they never see an ephemeral container. The reason names
 * the installation's finding (EG103 or EG106), which is reported once, at the installation.
 */
export const applyEngineReach = (coverage: readonly CoverageFact[], versions: readonly EngineVersionFact[]): CoverageFact[] => {
  const blocks = engineBlocks(coverage, versions);
  if (blocks.size === 0) return [...coverage];
  const blockOf = (engine: Engine): EngineBlock | undefined => {
    for (const [installed, block] of blocks) if (ENGINE_POLICIES[installed]?.includes(engine)) return block;
    return undefined;
  };
  return coverage.map((fact) => {
    const block = blockOf(fact.engine);
    if (!block || isWebhookConfiguration(fact) || fact.receivesSubresource === 'no') return fact;
    if (ephemeralRelevantChecks(fact.checks).length === 0) return fact;
    return { ...redecideFact(fact, { inheritedHole: block }), receivesSubresource: 'no', subresourceEvidence: { at: block.at, note: block.note } };
  });
};
