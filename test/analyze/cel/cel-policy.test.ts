import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeCelConditions, analyzeCelPolicy, parseCel } from '../../../src/analyze/cel/index.ts';
import type { CelEvidence, CelPolicyAnalysis, CelPolicyInput } from '../../../src/analyze/cel/index.ts';

/** Evidence for the `occurrence`-th (0-based) appearance of `text` in `expression`. */
const at = (id: string, expression: string, text: string, occurrence = 0): CelEvidence => {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = expression.indexOf(text, start + 1);
    assert.notEqual(start, -1, `"${text}" #${occurrence} not in ${expression}`);
  }
  return { id, start, end: start + text.length };
};

const policy = (parts: Partial<CelPolicyInput>): CelPolicyInput => ({
  variables: parts.variables ?? [],
  validations: parts.validations ?? [],
  matchConditions: parts.matchConditions ?? [],
});

const listsOf = (analysis: CelPolicyAnalysis): string[] => analysis.lists.map((read) => `${read.scope}:${read.list}`);

describe('container lists read by a validation', () => {
  it('reads object.spec.containers directly and checks a securityContext field of each element', () => {
    const expression = 'object.spec.containers.all(c, !has(c.securityContext) || c.securityContext.privileged != true)';
    const analysis = analyzeCelPolicy(policy({ validations: [{ id: 'v0', expression }] }));
    assert.deepEqual(analysis.lists, [{ list: 'containers', scope: 'pod', at: at('v0', expression, 'object.spec.containers') }]);
    assert.deepEqual(analysis.fields, [
      {
        field: 'securityContext.privileged',
        category: 'security',
        role: 'check',
        lists: ['containers'],
        at: at('v0', expression, 'c.securityContext.privileged'),
      },
    ]);
    assert.deepEqual(analysis.unknowns, []);
  });

  it('follows a Kyverno-style variable concatenating the optional lists with .? and orValue', () => {
    const all = 'object.spec.containers + object.spec.?initContainers.orValue([]) + object.spec.?ephemeralContainers.orValue([])';
    const check = 'variables.allContainers.all(container, container.?securityContext.?privileged.orValue(false) == false)';
    const analysis = analyzeCelPolicy(
      policy({ variables: [{ id: 'var0', name: 'allContainers', expression: all }], validations: [{ id: 'v0', expression: check }] }),
    );
    assert.deepEqual(analysis.lists, [
      { list: 'containers', scope: 'pod', at: at('var0', all, 'object.spec.containers') },
      { list: 'initContainers', scope: 'pod', at: at('var0', all, 'object.spec.?initContainers') },
      { list: 'ephemeralContainers', scope: 'pod', at: at('var0', all, 'object.spec.?ephemeralContainers') },
    ]);
    assert.deepEqual(analysis.fields.map((read) => [read.field, read.lists, read.at]), [
      [
        'securityContext.privileged',
        ['containers', 'initContainers', 'ephemeralContainers'],
        at('v0', check, 'container.?securityContext.?privileged'),
      ],
    ]);
  });

  it('follows Gatekeeper-library style variables built on variables.anyObject with has() ternaries', () => {
    const variables = [
      { id: 'var0', name: 'containers', expression: 'has(variables.anyObject.spec.containers) ? variables.anyObject.spec.containers : []' },
      { id: 'var1', name: 'initContainers', expression: 'has(variables.anyObject.spec.initContainers) ? variables.anyObject.spec.initContainers : []' },
      { id: 'var2', name: 'ephemeralContainers', expression: 'has(variables.anyObject.spec.ephemeralContainers) ? variables.anyObject.spec.ephemeralContainers : []' },
      {
        id: 'var3',
        name: 'offenders',
        expression:
          '(variables.containers + variables.initContainers + variables.ephemeralContainers).filter(k, !(k.image in variables.exemptImages) && k.securityContext.?allowPrivilegeEscalation.orValue(true)).map(k, "container " + k.name)',
      },
      { id: 'var4', name: 'exemptImages', expression: 'variables.params.exemptImages' },
    ];
    const analysis = analyzeCelPolicy(policy({ variables, validations: [{ id: 'v0', expression: 'size(variables.offenders) == 0' }] }));
    const [, , ephemeral] = variables;
    assert.ok(ephemeral);
    assert.deepEqual(
      analysis.lists.map((read) => [read.list, read.at]),
      [
        ['containers', at('var0', variables[0]?.expression ?? '', 'variables.anyObject.spec.containers')],
        ['initContainers', at('var1', variables[1]?.expression ?? '', 'variables.anyObject.spec.initContainers')],
        ['ephemeralContainers', at('var2', ephemeral.expression, 'variables.anyObject.spec.ephemeralContainers')],
      ],
    );
    const offenders = variables[3]?.expression ?? '';
    assert.deepEqual(
      analysis.fields.map((read) => [read.field, read.category, read.role, read.at]),
      [
        ['image', 'image', 'exemption', at('var3', offenders, 'k.image')],
        ['securityContext.allowPrivilegeEscalation', 'security', 'check', at('var3', offenders, 'k.securityContext.?allowPrivilegeEscalation')],
        ['name', 'settable', 'identity', at('var3', offenders, 'k.name')],
      ],
    );
    assert.deepEqual(analysis.unknowns, []);
  });

  it('binds nested comprehensions over a list of lists and over a concatenation', () => {
    const expression =
      '[object.spec.containers, object.spec.initContainers].all(list, list.all(c, c.ports.all(p, p.hostPort == 0))) && ' +
      '(object.spec.containers + object.spec.ephemeralContainers).exists_one(e, e.image.startsWith("debug/"))';
    const analysis = analyzeCelPolicy(policy({ validations: [{ id: 'v0', expression }] }));
    assert.deepEqual(listsOf(analysis), ['pod:containers', 'pod:initContainers', 'pod:ephemeralContainers']);
    assert.deepEqual(
      analysis.fields.map((read) => [read.field, read.category, read.lists, read.at]),
      [
        ['ports.hostPort', 'forbidden', ['containers', 'initContainers'], at('v0', expression, 'p.hostPort')],
        ['image', 'image', ['containers', 'ephemeralContainers'], at('v0', expression, 'e.image')],
      ],
    );
  });

  it('binds map(), cel.bind, map literals and two-variable comprehensions to the elements', () => {
    const pairs = 'object.spec.ephemeralContainers.map(c, {"name": c.name, "ctr": c})';
    const expression =
      'variables.pairs.all(p, p.ctr.securityContext.runAsNonRoot == true) && ' +
      'cel.bind(ics, object.spec.initContainers, ics.all(i, x, x.stdin != true))';
    const analysis = analyzeCelPolicy(
      policy({ variables: [{ id: 'var0', name: 'pairs', expression: pairs }], validations: [{ id: 'v0', expression }] }),
    );
    // Source order, each variable read where it is used (variables.pairs comes first).
    assert.deepEqual(listsOf(analysis), ['pod:ephemeralContainers', 'pod:initContainers']);
    assert.deepEqual(
      analysis.fields.map((read) => [read.field, read.role, read.lists, read.at]),
      [
        ['name', 'identity', ['ephemeralContainers'], at('var0', pairs, 'c.name')],
        ['securityContext.runAsNonRoot', 'check', ['ephemeralContainers'], at('v0', expression, 'p.ctr.securityContext.runAsNonRoot')],
        ['stdin', 'check', ['initContainers'], at('v0', expression, 'x.stdin')],
      ],
    );
    assert.deepEqual(analysis.unknowns, []);
  });

  it('reports pod-level fields and pod templates of controllers separately from the Pod', () => {
    const expression =
      'object.spec.hostNetwork != true && object.spec.template.spec.containers.all(c, c.image != "") && request.object.spec.?securityContext.?runAsNonRoot.orValue(false)';
    const analysis = analyzeCelPolicy(policy({ validations: [{ id: 'v0', expression }] }));
    assert.deepEqual(analysis.lists, [
      { list: 'containers', scope: 'pod-template', at: at('v0', expression, 'object.spec.template.spec.containers') },
    ]);
    assert.deepEqual(
      analysis.fields.map((read) => [read.field, read.category, read.at]),
      [
        ['spec.hostNetwork', 'pod-level', at('v0', expression, 'object.spec.hostNetwork')],
        ['image', 'image', at('v0', expression, 'c.image')],
        ['spec.securityContext.runAsNonRoot', 'pod-level', at('v0', expression, 'request.object.spec.?securityContext.?runAsNonRoot')],
      ],
    );
  });

  it('does not count the old object or variables no validation uses', () => {
    const analysis = analyzeCelPolicy(
      policy({
        variables: [{ id: 'var0', name: 'unused', expression: 'object.spec.ephemeralContainers' }],
        validations: [{ id: 'v0', expression: 'oldObject.spec.containers.all(c, c.image == "a")' }],
      }),
    );
    assert.deepEqual(analysis.lists, []);
    assert.deepEqual(analysis.fields, []);
  });
});

describe('UPDATE exemptions', () => {
  const isUpdate = { id: 'var0', name: 'isUpdate', expression: 'has(request.operation) && request.operation == "UPDATE"' };

  it('finds the variables.isUpdate short-circuit that also skips the ephemeralcontainers subresource', () => {
    const expression = 'variables.isUpdate || object.spec.containers.all(c, c.securityContext.privileged != true)';
    const analysis = analyzeCelPolicy(policy({ variables: [isUpdate], validations: [{ id: 'v0', expression }] }));
    assert.deepEqual(analysis.validations[0]?.updateExemption, {
      at: at('v0', expression, 'variables.isUpdate'),
      subresourceHandled: false,
    });
    assert.equal(analysis.readsSubResource, undefined);
  });

  it('accepts an exemption that keeps evaluating the subresource', () => {
    const expression =
      '(variables.isUpdate && request.subResource != "ephemeralcontainers") || object.spec.?ephemeralContainers.orValue([]).all(c, c.securityContext.privileged != true)';
    const analysis = analyzeCelPolicy(policy({ variables: [isUpdate], validations: [{ id: 'v0', expression }] }));
    assert.deepEqual(analysis.validations[0]?.updateExemption, {
      at: at('v0', expression, 'variables.isUpdate && request.subResource != "ephemeralcontainers"'),
      subresourceHandled: true,
    });
    assert.deepEqual(analysis.readsSubResource, at('v0', expression, 'request.subResource'));
  });

  it('finds an inline operation test and a CREATE-only ternary', () => {
    const inline = '(has(request.operation) && request.operation == "UPDATE") || size(object.spec.containers.filter(c, c.securityContext.privileged)) == 0';
    const ternary = 'request.operation == "CREATE" ? object.spec.containers.all(c, c.image != "") : true';
    const analysis = analyzeCelPolicy(policy({ validations: [{ id: 'v0', expression: inline }, { id: 'v1', expression: ternary }] }));
    assert.deepEqual(analysis.validations.map((validation) => validation.updateExemption), [
      { at: at('v0', inline, 'has(request.operation) && request.operation == "UPDATE"'), subresourceHandled: false },
      { at: at('v1', ternary, 'request.operation == "CREATE"'), subresourceHandled: false },
    ]);
  });

  it('finds an UPDATE test hidden in a filter predicate that empties the offending list', () => {
    const offenders = 'object.spec.ephemeralContainers.filter(c, request.operation != "UPDATE" && c.securityContext.privileged == true)';
    const expression = 'size(variables.offenders) == 0';
    const analysis = analyzeCelPolicy(
      policy({ variables: [{ id: 'var0', name: 'offenders', expression: offenders }], validations: [{ id: 'v0', expression }] }),
    );
    assert.deepEqual(analysis.validations[0]?.updateExemption, {
      at: at('v0', expression, 'variables.offenders'),
      subresourceHandled: false,
    });
  });

  it('does not call a validation false on UPDATE an exemption: it denies instead', () => {
    const expression = 'request.operation != "UPDATE" && object.spec.containers.all(c, c.image != "")';
    const analysis = analyzeCelPolicy(policy({ validations: [{ id: 'v0', expression }] }));
    assert.equal(analysis.validations[0]?.updateExemption, undefined);
    const plain = analyzeCelPolicy(policy({ validations: [{ id: 'v0', expression: 'object.spec.containers.all(c, c.image != "")' }] }));
    assert.equal(plain.validations[0]?.updateExemption, undefined);
  });

  it('finds matchConditions that drop UPDATE, and one that keeps the subresource', () => {
    const notUpdate = 'request.operation != "UPDATE"';
    const createOnly = 'request.operation == "CREATE"';
    const keepsSubresource = 'request.operation != "UPDATE" || request.subResource == "ephemeralcontainers"';
    const operations = 'request.operation in ["CREATE", "UPDATE"]';
    const run = (expression: string) =>
      analyzeCelPolicy(policy({ matchConditions: [{ id: 'm0', name: 'm', expression }] })).matchConditions.updateExemption;
    assert.deepEqual(run(notUpdate), { at: at('m0', notUpdate, notUpdate), subresourceHandled: false });
    assert.deepEqual(run(createOnly), { at: at('m0', createOnly, createOnly), subresourceHandled: false });
    assert.deepEqual(run(keepsSubresource), { at: at('m0', keepsSubresource, keepsSubresource), subresourceHandled: true });
    assert.equal(run(operations), undefined);
  });

  it('analyses Kyverno celPreconditions with the same matchConditions semantics', () => {
    const expression = "request.operation == 'CREATE'";
    const analysis = analyzeCelConditions([{ id: 'p0', name: 'create-only', expression }]);
    assert.deepEqual(analysis, {
      updateExemption: { at: at('p0', expression, expression), subresourceHandled: false },
      unknowns: [],
    });
    assert.deepEqual(analyzeCelConditions([{ id: 'p0', expression: "object.metadata.name != 'x'" }]), { unknowns: [] });
  });
});

describe('what the analysis cannot tell', () => {
  it('turns unparseable expressions into unknowns with the parser position', () => {
    const optionalEntry = '[?object.spec.?ephemeralContainers]';
    const structLiteral = 'Object{spec: Object.spec{}}';
    const analysis = analyzeCelPolicy(
      policy({
        variables: [{ id: 'var0', name: 'broken', expression: structLiteral }],
        validations: [{ id: 'v0', expression: optionalEntry }],
      }),
    );
    assert.deepEqual(
      analysis.unknowns.map((unknown) => [unknown.at.id, unknown.reason.replace(/:.*/s, ''), unknown.at.start]),
      [
        ['var0', 'object construction (`Object{...}`) is valid CEL that this analysis does not read yet', 0],
        ['v0', 'CEL parse error', 1],
      ],
    );
    assert.deepEqual(analysis.lists, []);
  });

  it('reports dynamic keys, unknown functions over containers, undefined variables and odd operation tests', () => {
    const dynamicKey = 'object.spec[variables.listName].all(c, c.image != "")';
    const unknownFunction = 'sortedByName(object.spec.ephemeralContainers).all(c, c.image != "")';
    const undefinedVariable = 'variables.missing.all(c, c.image != "")';
    const oddOperation = 'request.operation.lowerAscii() == "update" || true';
    const dynamicField = 'object.spec.containers.all(c, c[variables.field] != true)';
    const analysis = analyzeCelPolicy(
      policy({
        variables: [{ id: 'var0', name: 'listName', expression: '"containers"' }, { id: 'var1', name: 'field', expression: '"stdin"' }],
        validations: [
          { id: 'v0', expression: dynamicKey },
          { id: 'v1', expression: unknownFunction },
          { id: 'v2', expression: undefinedVariable },
          { id: 'v3', expression: oddOperation },
          { id: 'v4', expression: dynamicField },
        ],
      }),
    );
    assert.deepEqual(
      analysis.validations.map((validation) => validation.unknowns.map((unknown) => unknown.at)),
      [
        [at('v0', dynamicKey, 'object.spec[variables.listName]')],
        [at('v1', unknownFunction, 'sortedByName(object.spec.ephemeralContainers)')],
        [at('v2', undefinedVariable, 'variables.missing')],
        [at('v3', oddOperation, 'request.operation')],
        [at('v4', dynamicField, 'c[variables.field]')],
      ],
    );
    assert.deepEqual(analysis.validations[1]?.lists.map((read) => read.list), ['ephemeralContainers']);
  });

  it('survives variables that refer to each other and hostile nesting', () => {
    const analysis = analyzeCelPolicy(
      policy({
        variables: [
          { id: 'var0', name: 'a', expression: 'variables.b + object.spec.containers' },
          { id: 'var1', name: 'b', expression: 'variables.a' },
        ],
        validations: [{ id: 'v0', expression: 'variables.a.all(c, c.image != "")' }],
      }),
    );
    assert.deepEqual(analysis.unknowns.map((unknown) => unknown.reason), ['variables.a refers to itself']);
    const deep = `${'['.repeat(200)}object.spec.containers${']'.repeat(200)}`;
    const chain = Array.from({ length: 5000 }, () => 'object.spec.containers').join(' + ');
    const tooDeep = analyzeCelPolicy(policy({ validations: [{ id: 'v0', expression: chain }] }));
    assert.deepEqual(tooDeep.unknowns.map((unknown) => unknown.reason), ['expression nests too deeply to analyse']);
    for (const expression of [deep, '', ')']) {
      const result = analyzeCelPolicy(policy({ validations: [{ id: 'v0', expression }] }));
      assert.ok(result.unknowns.length > 0 || result.lists.length === 1, expression.slice(0, 20));
    }
  });
});

describe('CEL parsing shared across policies', () => {
  it('parses one expression text once and hands every policy the same result', () => {
    const expression = 'object.spec.containers.all(c, c.image.startsWith("registry.example.com/shared-parse/"))';
    const first = parseCel(expression);
    assert.equal(first.ok, true);
    assert.equal(parseCel(expression), first);
    assert.notEqual(parseCel(`${expression} && true`), first);
    const broken = parseCel('object.spec.containers.all(c, ');
    assert.equal(broken.ok, false);
    assert.equal(parseCel('object.spec.containers.all(c, '), broken);
  });

  it('object construction (mutations) is named as what the analysis does not read, at the type name, not as a syntax error', () => {
    for (const [expression, type] of [
      ['Object{spec: Object.spec{}}', 'Object'],
      ['object.spec.containers.map(c, Object.spec.containers{name: c.name})', 'Object.spec.containers'],
      ['[JSONPatch{op: "add", path: "/x", value: 1}]', 'JSONPatch'],
    ] as const) {
      const result = parseCel(expression);
      assert.equal(result.ok, false);
      if (result.ok) continue;
      assert.match(result.reason, /^object construction \(`.+\{\.\.\.\}`\) is valid CEL that this analysis does not read yet$/, expression);
      assert.equal(expression.slice(result.start, result.end), `${type}{`, expression);
    }
    const broken = parseCel('object.spec.containers.all(c, {');
    assert.equal(broken.ok, false);
    if (!broken.ok) assert.match(broken.reason, /^CEL parse error/);
  });

  it('a shared parse keeps each policy its own evidence', () => {
    const expression = 'object.spec.containers.all(c, !has(c.securityContext) || c.securityContext.privileged != true)';
    const one = analyzeCelPolicy(policy({ validations: [{ id: 'one', expression }] }));
    const two = analyzeCelPolicy(policy({ validations: [{ id: 'two', expression }] }));
    assert.deepEqual(one.lists, [{ list: 'containers', scope: 'pod', at: at('one', expression, 'object.spec.containers') }]);
    assert.deepEqual(two.lists, [{ list: 'containers', scope: 'pod', at: at('two', expression, 'object.spec.containers') }]);
    assert.deepEqual(one.fields.map((read) => read.at), [at('one', expression, 'c.securityContext.privileged')]);
    assert.deepEqual(two.fields.map((read) => read.at), [at('two', expression, 'c.securityContext.privileged')]);
  });
});

describe('exemption or check, by polarity (never by a name)', () => {
  const rolesOf = (analysis: CelPolicyAnalysis): string[] => analysis.fields.map((read) => `${read.field}:${read.role}`);
  const analyse = (expression: string, variables: { name: string; expression: string }[] = []): CelPolicyAnalysis =>
    analyzeCelPolicy(policy({
      variables: variables.map((variable, i) => ({ id: `var${i}`, ...variable })),
      validations: [{ id: 'v0', expression }],
    }));

  it('an image test beside a privileged check that it can only switch off is an exemption, whatever the names', () => {
    for (const name of ['exemptImages', 'skip', 'allowed', 'istio', 'q1']) {
      const analysis = analyse(`object.spec.ephemeralContainers.all(c, c.image in variables.${name} || c.securityContext.privileged != true)`, [
        { name, expression: 'params.list' },
      ]);
      assert.deepEqual(rolesOf(analysis), ['image:exemption', 'securityContext.privileged:check'], name);
    }
  });

  it('the same read as the only test is what the policy denies on: allowed registries', () => {
    assert.deepEqual(rolesOf(analyse('object.spec.ephemeralContainers.all(c, params.repos.exists(r, c.image.startsWith(r)))')), ['image:check']);
    // Two alternatives that each only allow (exact or prefix) are still the check.
    assert.deepEqual(rolesOf(analyse('object.spec.containers.all(c, c.image in params.exact || params.prefixes.exists(p, c.image.startsWith(p)))')), ['image:check']);
  });

  it('a filter that removes containers before the check exempts them; a variable keeps the polarity of its use', () => {
    const kept = analyse('object.spec.containers.filter(c, !(c.image in params.skipped)).all(c, c.securityContext.?privileged.orValue(false) == false)');
    assert.deepEqual(rolesOf(kept), ['image:exemption', 'securityContext.privileged:check']);
    // Gatekeeper-library shape: the exempted images are computed from the containers themselves.
    const exempted = analyse('size(variables.zz) == 0', [
      { name: 'yy', expression: 'object.spec.containers.filter(k, k.image in params.images).map(k, k.image)' },
      { name: 'zz', expression: 'object.spec.containers.filter(k, !(k.image in variables.yy) && k.securityContext.privileged)' },
    ]);
    assert.deepEqual(rolesOf(exempted), ['image:exemption', 'securityContext.privileged:check']);
  });

  it('a ports check exempted by image has no check an ephemeral container can fail', () => {
    const analysis = analyse('object.spec.containers.all(c, c.image.startsWith("mirror/") || !has(c.ports))');
    assert.deepEqual(rolesOf(analysis), ['image:exemption', 'ports:check']);
  });
});

describe('reads beside a field ephemeral containers cannot have', () => {
  const rolesOf = (expression: string): string[] =>
    analyzeCelPolicy(policy({ validations: [{ id: 'v0', expression }] })).fields.map((read) => `${read.field}:${read.role}`);

  it('a host-port allow-list exempted by image: the image test never decides for an ephemeral container', () => {
    assert.deepEqual(rolesOf('object.spec.containers.all(c, c.image.startsWith("mirror/") || c.ports.all(p, p.hostPort == 0))'), [
      'image:exemption',
      'ports.hostPort:check',
    ]);
  });

  it('a privileged check that applies only to containers with ports is no check on ephemeral ones', () => {
    assert.deepEqual(rolesOf('object.spec.containers.all(c, !(has(c.ports) && c.securityContext.privileged == true))'), ['ports:check', 'securityContext.privileged:exemption']);
  });

  it('requiring a forbidden field (its absence is the violation) leaves the other reads checks', () => {
    assert.deepEqual(rolesOf('object.spec.containers.all(c, c.image in params.exempt || has(c.resources.limits))'), ['image:check', 'resources.limits:check']);
  });
});

describe('hostile CEL', () => {
  it('variables that each use the next twice (2^40 reads inlined) stop at the budget, unknown, in well under a second', () => {
    const variables = Array.from({ length: 40 }, (_, i) => ({
      id: `var${i}`,
      name: `v${i}`,
      expression: i === 39 ? 'object.spec.containers' : `variables.v${i + 1} + variables.v${i + 1}`,
    }));
    const started = Date.now();
    const analysis = analyzeCelPolicy(policy({ variables, validations: [{ id: 'v0', expression: 'variables.v0.all(c, c.securityContext.privileged != true)' }] }));
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    assert.ok(analysis.unknowns.some((u) => /too large to analyse/.test(u.reason)));
  });
});
