import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  EPHEMERAL_CONTAINERS_UPDATE,
  POD_CREATE,
  admissionRuleMatches,
  admissionRulesMatch,
  explainSubresourceMiss,
  type AdmissionRequestShape,
} from '../../src/model/admission-rules.ts';

/** A rule that matches both Pod requests except in the field a case overrides. */
const podRule = (override: Record<string, unknown> = {}): Record<string, unknown> => ({
  apiGroups: [''],
  apiVersions: ['v1'],
  operations: ['CREATE', 'UPDATE'],
  resources: ['pods/*'],
  ...override,
});

/**
 * [field override, matches POD_CREATE, matches EPHEMERAL_CONTAINERS_UPDATE, explained]: the
 * last says whether explainSubresourceMiss reports the rule (default: when it misses the
 * subresource; `false` for rules that are not about Pods at all).
 */
type Row = readonly [Record<string, unknown>, boolean, boolean, boolean?];

const RESOURCE_ROWS: readonly Row[] = [
  // DOMAIN.md section 2, row by row.
  [{ resources: ['pods'] }, true, false],
  [{ resources: ['*'] }, true, false],
  [{ resources: ['pods/ephemeralcontainers'] }, false, true],
  [{ resources: ['pods/*'] }, true, true],
  [{ resources: ['*/*'] }, true, true],
  [{ resources: ['*/ephemeralcontainers'] }, false, true],
  // Around the table.
  [{ resources: ['pods', 'pods/ephemeralcontainers'] }, true, true],
  [{ resources: ['pods/status'] }, false, false, false],
  [{ resources: ['*/status', '*/exec'] }, false, false, false],
  [{ resources: ['Pods'] }, false, false, false],
  [{ resources: ['pod'] }, false, false, false],
  [{ resources: ['pods/'] }, true, false],
  [{ resources: ['*/'] }, true, false],
  [{ resources: [''] }, false, false, false],
  [{ resources: ['pods/ephemeralcontainers/extra'] }, false, false, false],
  [{ resources: ['deployments', 'pods/ephemeralcontainers'] }, false, true],
  [{ resources: [] }, false, false, false],
];

const OPERATION_ROWS: readonly Row[] = [
  [{ operations: ['UPDATE'] }, false, true],
  [{ operations: ['CREATE'] }, true, false],
  [{ operations: ['*'] }, true, true],
  [{ operations: ['CREATE', '*'] }, true, true],
  [{ operations: ['update'] }, false, false],
  [{ operations: ['CONNECT', 'DELETE'] }, false, false],
  [{ operations: [] }, false, false],
  [{ operations: undefined }, false, false],
];

const GROUP_VERSION_ROWS: readonly Row[] = [
  [{ apiGroups: ['*'] }, true, true],
  [{ apiGroups: ['apps', ''] }, true, true],
  [{ apiGroups: ['core'] }, false, false],
  [{ apiGroups: ['apps'] }, false, false],
  [{ apiGroups: [] }, false, false],
  [{ apiGroups: undefined }, false, false],
  [{ apiVersions: ['*'] }, true, true],
  [{ apiVersions: ['v1beta1', 'v1'] }, true, true],
  [{ apiVersions: ['V1'] }, false, false],
  [{ apiVersions: ['v1beta1'] }, false, false],
  [{ apiVersions: [] }, false, false],
];

const SCOPE_ROWS: readonly Row[] = [
  [{ scope: undefined }, true, true],
  [{ scope: null }, true, true],
  [{ scope: '*' }, true, true],
  [{ scope: 'Namespaced' }, true, true],
  [{ scope: 'Cluster' }, false, false],
  [{ scope: 'namespaced' }, false, false],
  [{ scope: '' }, false, false],
  [{ scope: 5 }, false, false],
];

const RESOURCE_NAME_ROWS: readonly Row[] = [
  [{ resourceNames: [] }, true, true],
  [{ resourceNames: null }, true, true],
  // A rule limited to named Pods does not match "any Pod".
  [{ resourceNames: ['web-0'] }, false, false],
  [{ resourceNames: 'web-0' }, false, false],
];

function runRows(title: string, rows: readonly Row[]): void {
  describe(title, () => {
    for (const [override, create, ephemeral, explained = !ephemeral] of rows) {
      it(`${JSON.stringify(override)} → CREATE pods ${create}, UPDATE pods/ephemeralcontainers ${ephemeral}`, () => {
        const rule = podRule(override);
        assert.equal(admissionRuleMatches(rule, POD_CREATE), create);
        assert.equal(admissionRuleMatches(rule, EPHEMERAL_CONTAINERS_UPDATE), ephemeral);
        assert.equal(admissionRulesMatch([rule], undefined, EPHEMERAL_CONTAINERS_UPDATE), ephemeral);
        assert.equal(explainSubresourceMiss([rule]).length > 0, explained);
      });
    }
  });
}

describe('admissionRuleMatches (k8s.io/apiserver predicates/rules)', () => {
  runRows('resources', RESOURCE_ROWS);
  runRows('operations', OPERATION_ROWS);
  runRows('apiGroups and apiVersions', GROUP_VERSION_ROWS);
  runRows('scope (Pods are namespaced)', SCOPE_ROWS);
  runRows('resourceNames (ValidatingAdmissionPolicy)', RESOURCE_NAME_ROWS);

  it('pods/* also routes other Pod subresources, whose objects are not Pods', () => {
    const eviction: AdmissionRequestShape = { ...POD_CREATE, subresource: 'eviction' };
    const binding: AdmissionRequestShape = { ...POD_CREATE, subresource: 'binding' };
    assert.equal(admissionRuleMatches(podRule({ resources: ['pods/*'] }), eviction), true);
    assert.equal(admissionRuleMatches(podRule({ resources: ['*/*'] }), binding), true);
    assert.equal(admissionRuleMatches(podRule({ resources: ['pods/ephemeralcontainers'] }), eviction), false);
  });

  it('resourceNames match the named object only', () => {
    const named: AdmissionRequestShape = { ...EPHEMERAL_CONTAINERS_UPDATE, name: 'web-0' };
    assert.equal(admissionRuleMatches(podRule({ resourceNames: ['web-0'] }), named), true);
    assert.equal(admissionRuleMatches(podRule({ resourceNames: ['web-1'] }), named), false);
  });

  it('scope of cluster-scoped requests and of the Namespace object itself', () => {
    const node: AdmissionRequestShape = {
      operation: 'UPDATE',
      group: '',
      version: 'v1',
      resource: 'nodes',
      subresource: '',
      namespaced: false,
    };
    // A Namespace request carries its own name as namespace, yet counts as cluster-scoped.
    const namespace: AdmissionRequestShape = { ...node, resource: 'namespaces', namespaced: true };
    const rule = (scope: string) => podRule({ scope, resources: ['*'], operations: ['*'] });
    assert.equal(admissionRuleMatches(rule('Cluster'), node), true);
    assert.equal(admissionRuleMatches(rule('Namespaced'), node), false);
    assert.equal(admissionRuleMatches(rule('Cluster'), namespace), true);
    assert.equal(admissionRuleMatches(rule('Namespaced'), namespace), false);
    assert.equal(admissionRuleMatches(rule('*'), namespace), true);
  });

  it('skips entries that are not strings and never throws on malformed rules', () => {
    assert.equal(admissionRuleMatches(podRule({ resources: [5, null, 'pods/*'] }), EPHEMERAL_CONTAINERS_UPDATE), true);
    assert.equal(admissionRuleMatches(podRule({ operations: [null, { op: 'UPDATE' }] }), EPHEMERAL_CONTAINERS_UPDATE), false);
    for (const malformed of [null, undefined, 5, 'pods', [], [podRule()], podRule({ resources: 'pods/*' })]) {
      assert.equal(admissionRuleMatches(malformed, POD_CREATE), false, JSON.stringify(malformed));
    }
    assert.equal(admissionRuleMatches(podRule({ apiGroups: '*' }), POD_CREATE), false);
    assert.equal(admissionRuleMatches(podRule({ operations: 1 }), POD_CREATE), false);
  });
});

describe('admissionRulesMatch', () => {
  it('any matching rule routes the request', () => {
    const rules = [podRule({ resources: ['pods'] }), podRule({ resources: ['pods/ephemeralcontainers'] })];
    assert.equal(admissionRulesMatch(rules, undefined, EPHEMERAL_CONTAINERS_UPDATE), true);
    assert.equal(admissionRulesMatch(rules, undefined, POD_CREATE), true);
  });

  it('an empty or malformed rule list matches nothing', () => {
    for (const rules of [[], undefined, null, 'pods', 5, { resources: ['*/*'] }]) {
      assert.equal(admissionRulesMatch(rules, undefined, POD_CREATE), false, JSON.stringify(rules));
    }
  });

  it('excludeResourceRules win over resourceRules', () => {
    const rules = [podRule({ resources: ['pods', 'pods/ephemeralcontainers'] })];
    const excludeSubresource = [podRule({ resources: ['pods/ephemeralcontainers'] })];
    assert.equal(admissionRulesMatch(rules, excludeSubresource, EPHEMERAL_CONTAINERS_UPDATE), false);
    assert.equal(admissionRulesMatch(rules, excludeSubresource, POD_CREATE), true);
  });

  it('an exclude of `pods` leaves the subresource routed', () => {
    const rules = [podRule({ resources: ['*/*'], operations: ['*'] })];
    const excludePods = [podRule({ resources: ['pods'], operations: ['*'] })];
    assert.equal(admissionRulesMatch(rules, excludePods, POD_CREATE), false);
    assert.equal(admissionRulesMatch(rules, excludePods, EPHEMERAL_CONTAINERS_UPDATE), true);
  });

  it('an exclude limited by operation excludes only that operation', () => {
    const rules = [podRule({ resources: ['pods/*'] })];
    const excludeCreate = [podRule({ resources: ['*/*'], operations: ['CREATE'] })];
    assert.equal(admissionRulesMatch(rules, excludeCreate, POD_CREATE), false);
    assert.equal(admissionRulesMatch(rules, excludeCreate, EPHEMERAL_CONTAINERS_UPDATE), true);
  });

  it('malformed excludes exclude nothing', () => {
    const rules = [podRule()];
    for (const exclude of [null, 'pods/*', 5, [null, 7, 'pods/*'], { resources: ['*/*'] }]) {
      assert.equal(admissionRulesMatch(rules, exclude, EPHEMERAL_CONTAINERS_UPDATE), true, JSON.stringify(exclude));
    }
  });
});

describe('explainSubresourceMiss', () => {
  it('points at `pods` in resources', () => {
    const misses = explainSubresourceMiss([podRule({ resources: ['pods'] })]);
    assert.deepEqual(
      misses.map(({ list, ruleIndex, field, entryIndex }) => ({ list, ruleIndex, field, entryIndex })),
      [{ list: 'rules', ruleIndex: 0, field: 'resources', entryIndex: 0 }],
    );
    assert.match(misses[0]?.reason ?? '', /"pods" matches only the main resource/);
  });

  it('points at `*` among other resources', () => {
    const misses = explainSubresourceMiss([podRule({ apiGroups: ['', 'apps'], resources: ['deployments', '*'] })]);
    assert.deepEqual(misses.map((miss) => [miss.field, miss.entryIndex]), [['resources', 1]]);
  });

  it('points at a main-resource entry written with a trailing slash', () => {
    const misses = explainSubresourceMiss([podRule({ resources: ['deployments', 'pods/'] })]);
    assert.deepEqual(misses.map((miss) => [miss.field, miss.entryIndex]), [['resources', 1]]);
  });

  it('ignores rules only for other Pod subresources (exec, status)', () => {
    const execRule = podRule({ operations: ['CONNECT'], resources: ['pods/exec'] });
    assert.deepEqual(explainSubresourceMiss([execRule, podRule({ resources: ['pods/status', '*/scale'] })]), []);
  });

  it('names operations without UPDATE', () => {
    const misses = explainSubresourceMiss([
      podRule({ operations: ['CREATE'], resources: ['pods', 'pods/ephemeralcontainers'] }),
    ]);
    assert.deepEqual(misses.map((miss) => [miss.ruleIndex, miss.field]), [[0, 'operations']]);
  });

  it('names "core" in apiGroups, and every failing field of the rule', () => {
    const misses = explainSubresourceMiss([podRule({ apiGroups: ['core'], resources: ['pods'] })]);
    assert.deepEqual(misses.map((miss) => [miss.field, miss.entryIndex]), [
      ['apiGroups', 0],
      ['resources', 0],
    ]);
    assert.match(misses[0]?.reason ?? '', /"core"/);
  });

  it('names apiVersions, scope and resourceNames', () => {
    assert.deepEqual(
      explainSubresourceMiss([podRule({ apiVersions: ['v1beta1'] })]).map((miss) => miss.field),
      ['apiVersions'],
    );
    assert.deepEqual(explainSubresourceMiss([podRule({ scope: 'Cluster' })]).map((miss) => miss.field), ['scope']);
    assert.deepEqual(
      explainSubresourceMiss([podRule({ resourceNames: ['web-0'] })]).map((miss) => miss.field),
      ['resourceNames'],
    );
  });

  it('covers */ephemeralcontainers rules in the core group', () => {
    const misses = explainSubresourceMiss([podRule({ operations: ['CREATE'], resources: ['*/ephemeralcontainers'] })]);
    assert.deepEqual(misses.map((miss) => miss.field), ['operations']);
  });

  it('reports only the rules about Pods, with their index', () => {
    const rules = [
      { apiGroups: ['apps'], apiVersions: ['v1'], operations: ['*'], resources: ['*'] },
      podRule({ resources: ['deployments'] }),
      podRule({ resources: ['pods'] }),
    ];
    assert.deepEqual(explainSubresourceMiss(rules).map((miss) => [miss.ruleIndex, miss.field]), [[2, 'resources']]);
  });

  it('is empty when some rule routes the subresource', () => {
    assert.deepEqual(explainSubresourceMiss([podRule({ resources: ['pods'] }), podRule({ resources: ['pods/*'] })]), []);
  });

  it('points at the exclude rule that removes the subresource', () => {
    const misses = explainSubresourceMiss(
      [podRule({ resources: ['*/*'] })],
      [podRule({ resources: ['deployments'] }), podRule({ resources: ['services', 'pods/ephemeralcontainers'] })],
    );
    assert.deepEqual(
      misses.map(({ list, ruleIndex, field, entryIndex }) => ({ list, ruleIndex, field, entryIndex })),
      [{ list: 'excludeRules', ruleIndex: 1, field: 'resources', entryIndex: 1 }],
    );
  });

  it('never throws on malformed input', () => {
    for (const rules of [undefined, null, 'pods', 5, {}, [null, 5, 'pods', [], { resources: 'pods' }]]) {
      assert.deepEqual(explainSubresourceMiss(rules, 'x'), [], JSON.stringify(rules));
    }
    const misses = explainSubresourceMiss([podRule({ operations: 'UPDATE', apiGroups: 7, resources: ['pods'] })]);
    assert.deepEqual(misses.map((miss) => miss.reason), [
      'operations is not a list',
      'apiGroups is not a list',
      '"pods" matches only the main resource, not the pods/ephemeralcontainers subresource',
    ]);
  });
});
