import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EffectiveRole } from '../../../src/model/rbac/roles.ts';
import { buildRoleSet } from '../../../src/model/rbac/roles.ts';
import { Workspace } from '../../../src/model/workspace.ts';
import { clusterRole, ephemeralRule, role } from './k8s-object.ts';

const toView = { 'rbac.authorization.k8s.io/aggregate-to-view': 'true' };

const only = (roles: readonly EffectiveRole[]): EffectiveRole => {
  assert.equal(roles.length, 1);
  return roles[0] as EffectiveRole;
};

/** Which roles wrote an effective rule, with its path: `via/.../author#index`. */
const provenance = (target: EffectiveRole): string[] =>
  target.rules.map((rule) => [...rule.via.slice(0, -1), `${rule.role.name}#${rule.index}`].join('/'));

const holdsEphemeral = (target: EffectiveRole): boolean =>
  target.rules.some((rule) => rule.rule.resources.includes('pods/ephemeralcontainers') || rule.rule.resources.includes('*'));

describe('built-in roles', () => {
  const set = buildRoleSet(new Workspace([]));
  it('cluster-admin holds everything', () => assert.equal(holdsEphemeral(only(set.clusterRoles('cluster-admin'))), true));
  it('view, edit and admin do not hold ephemeral containers by themselves', () => {
    for (const name of ['view', 'edit', 'admin']) assert.equal(holdsEphemeral(only(set.clusterRoles(name))), false, name);
  });
  it('view chains into edit, and edit into admin', () => {
    assert.deepEqual(only(set.clusterRoles('view')).aggregatedInto.map(({ name, path }) => ({ name, path })), [
      { name: 'edit', path: ['edit'] },
      { name: 'admin', path: ['edit', 'admin'] },
    ]);
    assert.ok(provenance(only(set.clusterRoles('admin'))).includes('edit/view/system:aggregate-to-view#0'));
  });
});

describe('aggregation', () => {
  it('is transitive: a role labelled aggregate-to-view reaches edit and admin, with provenance', () => {
    const debugger_ = clusterRole('debugger', { rules: [ephemeralRule] }, toView);
    const set = buildRoleSet(new Workspace([debugger_]));
    assert.ok(provenance(only(set.clusterRoles('view'))).includes('debugger#0'));
    assert.ok(provenance(only(set.clusterRoles('edit'))).includes('view/debugger#0'));
    assert.ok(provenance(only(set.clusterRoles('admin'))).includes('edit/view/debugger#0'));
    const viaAdmin = only(set.clusterRoles('admin')).rules.find((rule) => rule.role.name === 'debugger');
    assert.deepEqual(viaAdmin?.via, ['edit', 'view', 'debugger']);
    assert.deepEqual(viaAdmin?.at?.path, ['rules', 0]);
    assert.deepEqual(only(set.clusterRoles('debugger')).aggregatedInto.map((into) => into.name), ['view', 'edit', 'admin']);
  });

  it('overwrites the written rules of an aggregating role', () => {
    const aggregator = clusterRole('ops', {
      aggregationRule: { clusterRoleSelectors: [{ matchLabels: { team: 'ops' } }] },
      rules: [ephemeralRule],
    });
    const member = clusterRole('ops-read', { rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }] }, { team: 'ops' });
    const ops = only(buildRoleSet(new Workspace([aggregator, member])).clusterRoles('ops'));
    assert.deepEqual(provenance(ops), ['ops-read#0']);
    assert.deepEqual(ops.overwrittenRules.map((rule) => rule.at?.path), [['rules', 0]]);
    assert.deepEqual(ops.aggregation?.selected, ['ops-read']);
  });

  it('excludes the aggregating role from its own selection', () => {
    const self = clusterRole(
      'self',
      { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { team: 'a' } }] }, rules: [ephemeralRule] },
      { team: 'a' },
    );
    const selfRole = only(buildRoleSet(new Workspace([self])).clusterRoles('self'));
    assert.deepEqual(selfRole.rules, []);
    assert.deepEqual(selfRole.aggregation?.selected, []);
    assert.equal(selfRole.inAggregationCycle, false);
  });

  it('unions several selectors, with matchExpressions', () => {
    const aggregator = clusterRole('union', {
      aggregationRule: {
        clusterRoleSelectors: [
          { matchExpressions: [{ key: 'tier', operator: 'In', values: ['gold', 'silver'] }] },
          { matchLabels: { extra: 'yes' }, matchExpressions: [{ key: 'deprecated', operator: 'DoesNotExist' }] },
        ],
      },
    });
    const gold = clusterRole('gold', { rules: [ephemeralRule] }, { tier: 'gold' });
    const bronze = clusterRole('bronze', { rules: [ephemeralRule] }, { tier: 'bronze' });
    const extra = clusterRole('extra', { rules: [ephemeralRule] }, { extra: 'yes' });
    const old = clusterRole('old', { rules: [ephemeralRule] }, { extra: 'yes', deprecated: 'true' });
    const set = buildRoleSet(new Workspace([aggregator, gold, bronze, extra, old]));
    assert.deepEqual(only(set.clusterRoles('union')).aggregation?.selected, ['extra', 'gold']);
    assert.deepEqual(provenance(only(set.clusterRoles('union'))).sort(), ['extra#0', 'gold#0']);
  });

  it('an empty selector picks every ClusterRole, cluster-admin included', () => {
    const everything = clusterRole('everything', { aggregationRule: { clusterRoleSelectors: [{}] } });
    const set = buildRoleSet(new Workspace([everything]));
    assert.ok(provenance(only(set.clusterRoles('everything'))).includes('cluster-admin#0'));
  });

  it('terminates on cycles and keeps what any sync order could leave', () => {
    const a = clusterRole('a', { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { into: 'a' } }] }, rules: [ephemeralRule] }, { into: 'b' });
    const b = clusterRole('b', { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { into: 'b' } }] } }, { into: 'a' });
    const c = clusterRole('c', { rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }] }, { into: 'b' });
    const set = buildRoleSet(new Workspace([a, b, c]));
    const roleA = only(set.clusterRoles('a'));
    const roleB = only(set.clusterRoles('b'));
    assert.equal(roleA.inAggregationCycle, true);
    assert.equal(roleB.inAggregationCycle, true);
    assert.deepEqual(provenance(roleA).sort(), ['a#0', 'b/c#0']);
    assert.deepEqual(provenance(roleB).sort(), ['a#0', 'c#0']);
    assert.deepEqual(roleA.overwrittenRules, []);
  });

  it('a repository ClusterRole named like a built-in replaces it', () => {
    const edit = clusterRole('edit', { rules: [ephemeralRule] });
    const set = buildRoleSet(new Workspace([edit]));
    const repoEdit = only(set.clusterRoles('edit'));
    assert.equal(repoEdit.builtin, false);
    assert.equal(repoEdit.aggregation, undefined);
    // The repository's edit carries no aggregate-to-admin label, so admin no longer receives it.
    assert.equal(provenance(only(set.clusterRoles('admin'))).includes('edit#0'), false);
    const labelled = buildRoleSet(new Workspace([clusterRole('edit', { rules: [ephemeralRule] }, { 'rbac.authorization.k8s.io/aggregate-to-admin': 'true' })]));
    assert.ok(provenance(only(labelled.clusterRoles('admin'))).includes('edit#0'));
  });

  it('an invalid selector selects nothing and is reported', () => {
    const bad = clusterRole('bad', { aggregationRule: { clusterRoleSelectors: [{ matchExpressions: [{ key: 'a', operator: 'Has' }] }] } });
    const set = buildRoleSet(new Workspace([bad]));
    assert.deepEqual(only(set.clusterRoles('bad')).rules, []);
    assert.deepEqual(set.problems.map((problem) => problem.at.path), [['aggregationRule', 'clusterRoleSelectors', 0]]);
  });

  it('never throws on malformed roles', () => {
    const weird = [
      clusterRole('r1', { rules: 'all' }),
      clusterRole('r2', { rules: [null, 5, { verbs: 'patch' }] }),
      clusterRole('r3', { aggregationRule: 'yes' }),
      clusterRole('r4', { aggregationRule: { clusterRoleSelectors: { matchLabels: {} } } }),
      role('ns', 'r5', { nope: true }),
    ];
    const set = buildRoleSet(new Workspace(weird));
    assert.ok(set.problems.length >= 4);
    assert.equal(set.rolesNamed('r5').length, 1);
  });

  it('Roles keep their namespace, or say it is assumed', () => {
    const set = buildRoleSet(new Workspace([role('team-a', 'dbg', [ephemeralRule]), role(undefined, 'dbg', [ephemeralRule])]));
    assert.equal(set.namespacedRoles('team-a', 'dbg').length, 1);
    assert.equal(only(set.namespacedRoles(undefined, 'dbg')).assumedNamespace, true);
    assert.equal(set.namespacedRoles('team-b', 'dbg').length, 0);
  });
});
