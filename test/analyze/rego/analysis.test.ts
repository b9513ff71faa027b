import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeRegoPolicy, type RegoEntryAnalysis, type RegoPosition } from '../../../src/analyze/rego/index.ts';

/** Position of the `occurrence`-th (0-based) appearance of `text` in `source`. */
const at = (module: string, source: string, text: string, occurrence = 0): RegoPosition => {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = source.indexOf(text, start + 1);
  assert.ok(start >= 0, `${text} not in ${module}`);
  return { module, start, end: start + text.length };
};

const onlyEntry = (main: string, ...libs: string[]): RegoEntryAnalysis => {
  const result = analyzeRegoPolicy([{ id: 'main', source: main }, ...libs.map((source, i) => ({ id: `lib${i}`, source }))]);
  assert.deepEqual(result.parseErrors, []);
  assert.equal(result.entries.length, 1);
  return result.entries[0] as RegoEntryAnalysis;
};

const checksOf = (entry: RegoEntryAnalysis, role: 'check' | 'exemption' = 'check'): string[] =>
  entry.checks.filter((c) => c.role === role).map((c) => `${c.field}:${c.category}`).sort();

const IS_UPDATE_LIB = `package lib.exclude_update

is_update(review) {
    review.operation == "UPDATE"
}
`;

const EXEMPT_LIB = `package lib.exempt_container

is_exempt(container) {
    exempt_images := object.get(object.get(input, "parameters", {}), "exemptImages", [])
    img := container.image
    exempt_images[_] == img
}
`;

const PRIVILEGED_2023 = `package k8spspprivileged

import data.lib.exclude_update.is_update
import data.lib.exempt_container.is_exempt

violation[{"msg": msg, "details": {}}] {
    not is_update(input.review)
    c := input_containers[_]
    not is_exempt(c)
    c.securityContext.privileged
    msg := sprintf("Privileged container is not allowed: %v", [c.name])
}

input_containers[c] {
    c := input.review.object.spec.containers[_]
}

input_containers[c] {
    c := input.review.object.spec.initContainers[_]
}

input_containers[c] {
    c := input.review.object.spec.ephemeralContainers[_]
}
`;

describe('analyzeRegoPolicy: container lists and fields', () => {
  it('follows a helper partial set rule and reports each list where it is named', () => {
    const entry = onlyEntry(PRIVILEGED_2023, IS_UPDATE_LIB, EXEMPT_LIB);
    assert.deepEqual(entry.reads, {
      containers: [at('main', PRIVILEGED_2023, 'containers', 2)],
      initContainers: [{ ...at('main', PRIVILEGED_2023, 'initContainers') }],
      ephemeralContainers: [{ ...at('main', PRIVILEGED_2023, 'ephemeralContainers') }],
    });
    assert.deepEqual(entry.checks.filter((c) => c.role === 'check'), [
      { field: 'securityContext.privileged', category: 'security', role: 'check', at: at('main', PRIVILEGED_2023, 'c.securityContext.privileged') },
    ]);
    // The image is read by the exemption helper of the lib, and the name only for the message.
    assert.deepEqual(entry.checks.filter((c) => c.role === 'exemption').map((c) => [c.field, c.at]), [['image', at('lib1', EXEMPT_LIB, 'container.image')]]);
    assert.deepEqual(entry.at, at('main', PRIVILEGED_2023, 'violation[{"msg": msg, "details": {}}]'));
  });

  it('finds the 2023 UPDATE exemption through the is_update lib, at the `not` in the violation body', () => {
    const entry = onlyEntry(PRIVILEGED_2023, IS_UPDATE_LIB, EXEMPT_LIB);
    assert.deepEqual(entry.updateExemption?.at, at('main', PRIVILEGED_2023, 'not is_update(input.review)'));
    assert.equal(entry.subresourceAware, false);
    assert.deepEqual(entry.unknowns, []);
  });

  it('accepts an UPDATE exemption that lets the ephemeralcontainers subresource through', () => {
    const fixedLib = `package lib.exclude_update

is_update(review) {
    review.operation == "UPDATE"
    review.subResource != "ephemeralcontainers"
}
`;
    const entry = onlyEntry(PRIVILEGED_2023, fixedLib, EXEMPT_LIB);
    assert.equal(entry.updateExemption, undefined);
    assert.equal(entry.subresourceAware, true);
  });

  it('accepts a violation body that lets the subresource through with a local helper', () => {
    const src = `package p
violation[{"msg": "no"}] {
  not skipped_update
  input.review.object.spec.ephemeralContainers[_].securityContext.privileged
}
skipped_update {
  input.review.operation == "UPDATE"
  not input.review.subResource == "ephemeralcontainers"
}
`;
    const entry = onlyEntry(src);
    assert.equal(entry.updateExemption, undefined);
    assert.equal(entry.subresourceAware, true);
  });

  it('reads a constant passed by name as it reads the constant written inline (no UPDATE skip from a rule reference)', () => {
    // A rule used as a built-in's argument or as a key decides nothing about the condition.
    const conditions = ['not contains(c.image, NAME)', 'not startswith(c.image, NAME)', 'not input.review.object.metadata.labels[NAME]', 'not regex.match(NAME, c.image)'];
    for (const condition of conditions) {
      const body = (name: string) => `package p
excluded := "mongo-express"
violation[{"msg": "no"}] {
  some c in array.concat(input.review.object.spec.containers, input.review.object.spec.ephemeralContainers)
  ${condition.replace('NAME', name)}
  c.securityContext.privileged
}
`;
      const byName = onlyEntry(body('excluded'));
      const inline = onlyEntry(body('"mongo-express"'));
      assert.equal(byName.updateExemption, undefined, condition);
      assert.equal(inline.updateExemption, undefined, condition);
      assert.deepEqual(checksOf(byName), checksOf(inline), condition);
    }
  });

  it('finds a direct operation test, and a CREATE-only rule', () => {
    const direct = `package p
violation[{"msg": "no"}] {
  input.review.operation != "UPDATE"
  input.review.object.spec.containers[_].image == "x"
}
`;
    assert.deepEqual(onlyEntry(direct).updateExemption?.at, at('main', direct, 'input.review.operation != "UPDATE"'));
    const createOnly = `package p
violation[{"msg": "no"}] {
  op := input.review.operation
  op == "CREATE"
  input.review.object.spec.containers[_].image == "x"
}
`;
    assert.deepEqual(onlyEntry(createOnly).updateExemption?.at, at('main', createOnly, 'op == "CREATE"'));
    const createOrUpdate = `package p
violation[{"msg": "no"}] {
  input.review.operation in {"CREATE", "UPDATE"}
  input.review.object.spec.containers[_].image == "x"
}
`;
    assert.equal(onlyEntry(createOrUpdate).updateExemption, undefined);
  });

  it('does not call a helper that only sometimes skips UPDATE an exemption', () => {
    const src = `package p
violation[{"msg": "no"}] {
  not labelled_update
  input.review.object.spec.containers[_].image == "x"
}
labelled_update {
  input.review.operation == "UPDATE"
  input.review.object.metadata.labels.skip
}
`;
    assert.equal(onlyEntry(src).updateExemption, undefined);
  });

  it('follows local aliases of the object and the spec', () => {
    const src = `package p
violation[{"msg": msg}] {
  obj := input.review.object
  spec := obj.spec
  c := spec.ephemeralContainers[_]
  c.securityContext.capabilities.add[_] == "SYS_ADMIN"
  msg := "no"
}
`;
    const entry = onlyEntry(src);
    assert.deepEqual(entry.reads, { ephemeralContainers: [at('main', src, 'ephemeralContainers')] });
    assert.deepEqual(entry.checks, [
      { field: 'securityContext.capabilities.add', category: 'security', role: 'check', at: at('main', src, 'c.securityContext.capabilities.add[_]') },
    ]);
  });

  it('resolves dynamic keys from a literal set, naming the string as evidence', () => {
    const src = `package p
container_lists := {"containers", "initContainers", "ephemeralContainers"}
violation[{"msg": "no"}] {
  some list in container_lists
  c := input.review.object.spec[list][_]
  startswith(c.image, "docker.io/")
}
`;
    const entry = onlyEntry(src);
    assert.deepEqual(entry.reads, {
      containers: [at('main', src, '"containers"')],
      initContainers: [at('main', src, '"initContainers"')],
      ephemeralContainers: [at('main', src, '"ephemeralContainers"')],
    });
    assert.deepEqual(checksOf(entry), ['image:image']);
  });

  it('resolves a key bound by the caller of a partial rule (gatekeeper-library general_violation)', () => {
    const src = `package p
violation[{"msg": msg}] {
  general_violation[{"msg": msg, "field": "containers"}]
}
violation[{"msg": msg}] {
  general_violation[{"msg": msg, "field": "initContainers"}]
}
general_violation[{"msg": msg, "field": field}] {
  container := input.review.object.spec[field][_]
  cpu := container.resources.limits.cpu
  not is_number(cpu)
  msg := sprintf("%v", [container.name])
}
`;
    const result = analyzeRegoPolicy([{ id: 'main', source: src }]);
    assert.deepEqual(result.entries.map((e) => e.reads), [
      { containers: [at('main', src, '"containers"')] },
      { initContainers: [at('main', src, '"initContainers"')] },
    ]);
    assert.deepEqual(result.entries.map((e) => checksOf(e)), [['resources.limits.cpu:forbidden'], ['resources.limits.cpu:forbidden']]);
    assert.deepEqual(result.entries[0]?.checks[0]?.at, at('main', src, 'container.resources.limits.cpu'));
  });

  it('reads object.get with a key and with a path', () => {
    const src = `package p
violation[{"msg": "no"}] {
  spec := input.review.object.spec
  c := object.get(spec, "ephemeralContainers", [])[_]
  profile := object.get(c, ["securityContext", "appArmorProfile"], null)
  profile.type == "Unconfined"
}
`;
    const entry = onlyEntry(src);
    assert.deepEqual(entry.reads, { ephemeralContainers: [at('main', src, '"ephemeralContainers"')] });
    assert.deepEqual(entry.checks.map((c) => [c.field, c.at]), [
      ['securityContext.appArmorProfile.type', at('main', src, 'profile.type')],
    ]);
  });

  it('follows functions in libs called through data.lib without an import, and aliased imports', () => {
    const lib = `package lib.pods
containers(pod) = cs {
  cs := array.concat(pod.spec.containers, pod.spec.ephemeralContainers)
}
`;
    const src = `package p
import data.lib.pods as pods
violation[{"msg": "no"}] {
  c := data.lib.pods.containers(input.review.object)[_]
  c.securityContext.runAsUser == 0
}
deny[msg] {
  c := pods.containers(input.review.object)[_]
  c.image == "bad"
  msg := "no"
}
`;
    const result = analyzeRegoPolicy([{ id: 'main', source: src }, { id: 'lib', source: lib }]);
    assert.deepEqual(result.entries.map((e) => e.rule), ['violation', 'deny']);
    for (const entry of result.entries) {
      assert.deepEqual(entry.reads, { containers: [at('lib', lib, 'containers', 1)], ephemeralContainers: [at('lib', lib, 'ephemeralContainers')] });
    }
    assert.deepEqual(result.entries.map((e) => checksOf(e)), [['securityContext.runAsUser:security'], ['image:image']]);
  });

  it('reads Rego v1 syntax: contains, if, some in, every', () => {
    const src = `package p
import rego.v1

violation contains {"msg": msg} if {
  not is_update
  some c in input_containers
  every cap in c.securityContext.capabilities.drop { cap != "ALL" }
  msg := "must drop ALL"
}

input_containers contains c if some c in input.review.object.spec.containers
input_containers contains c if some c in input.review.object.spec.ephemeralContainers

is_update if input.review.operation == "UPDATE"
`;
    const entry = onlyEntry(src);
    assert.deepEqual(Object.keys(entry.reads), ['containers', 'ephemeralContainers']);
    assert.deepEqual(entry.reads.ephemeralContainers, [at('main', src, 'ephemeralContainers')]);
    assert.deepEqual(checksOf(entry), ['securityContext.capabilities.drop:security']);
    assert.deepEqual(entry.updateExemption?.at, at('main', src, 'not is_update'));
  });

  it('reads comprehensions and treats their filters as checks', () => {
    const src = `package p
violation[{"msg": "no"}] {
  bad := [c | c := input.review.object.spec.initContainers[_]; c.securityContext.privileged == true]
  count(bad) > 0
}
`;
    const entry = onlyEntry(src);
    assert.deepEqual(Object.keys(entry.reads), ['initContainers']);
    assert.deepEqual(checksOf(entry), ['securityContext.privileged:security']);
  });

  it('reports pod-level fields and not message-only reads', () => {
    const src = `package p
violation[{"msg": msg}] {
  input.review.object.spec.hostNetwork
  v := input.review.object.spec.volumes[_]
  v.hostPath
  msg := sprintf("%v", [input.review.object.spec.containers[0].name])
}
`;
    const entry = onlyEntry(src);
    // spec.volumes twice: iterated (the rule needs a volume) and its hostPath tested.
    assert.deepEqual(checksOf(entry), ['spec.hostNetwork:pod-level', 'spec.volumes:pod-level', 'spec.volumes:pod-level']);
    assert.deepEqual(entry.checks.find((c) => c.field === 'spec.hostNetwork')?.at, at('main', src, 'input.review.object.spec.hostNetwork'));
    // The message names a container list, which is still a read of it.
    assert.deepEqual(Object.keys(entry.reads), ['containers']);
  });

  it('says "unknown" for walk over the pod, a variable key and an unresolvable lib', () => {
    const walked = `package p
violation[{"msg": "no"}] {
  walk(input.review.object, [path, value])
  value.privileged == true
}
`;
    const w = onlyEntry(walked);
    assert.deepEqual(w.reads, {});
    assert.deepEqual(w.unknowns.map((u) => u.at), [at('main', walked, 'walk(input.review.object, [path, value])')]);
    const variable = `package p
violation[{"msg": "no"}] {
  c := input.review.object.spec[k][_]
  c.image == "x"
}
`;
    const v = onlyEntry(variable);
    assert.deepEqual(v.reads, {});
    assert.deepEqual(v.unknowns.map((u) => u.at), [at('main', variable, 'input.review.object.spec[k]')]);
    const missingLib = `package p
import data.lib.helpers.pod_containers
violation[{"msg": "no"}] {
  c := pod_containers(input.review.object)[_]
  c.image == "x"
}
`;
    const m = onlyEntry(missingLib);
    assert.deepEqual(m.unknowns.map((u) => [u.reason, u.at]), [
      ['cannot resolve data.lib.helpers.pod_containers: no module given defines it', at('main', missingLib, 'pod_containers(input.review.object)')],
    ]);
  });

  it('iterating every spec key with _ reads every list', () => {
    const src = `package p
violation[{"msg": "no"}] {
  input.review.object.spec[_][_].securityContext.privileged
}
`;
    const entry = onlyEntry(src);
    const bracket = at('main', src, '_', 0);
    assert.deepEqual(entry.reads, { containers: [bracket], initContainers: [bracket], ephemeralContainers: [bracket] });
    assert.deepEqual(checksOf(entry), ['securityContext.privileged:security']);
  });

  it('turns parse errors into problems and an unknown, never a throw', () => {
    const result = analyzeRegoPolicy([
      { id: 'main', source: 'package p\nviolation[{"msg": "no"}] { input.review.object.spec.containers[_].image == }\n' },
      { id: 'lib', source: 'not rego at all' },
    ]);
    assert.equal(result.entries.length, 0);
    assert.deepEqual(result.parseErrors.map((e) => e.module), ['main', 'lib']);
    assert.deepEqual(result.unknowns.map((u) => u.reason), [
      'the Rego module does not parse; rules in it may be missing from the analysis',
      'the Rego module does not parse; rules in it may be missing from the analysis',
      'no violation or deny rule found',
    ]);
  });

  it('survives recursion between helpers', () => {
    const src = `package p
violation[{"msg": "no"}] { a(input.review.object.spec.containers[_]) }
a(x) { b(x) }
b(x) { a(x) }
b(x) { x.image == "y" }
`;
    assert.deepEqual(checksOf(onlyEntry(src)), ['image:image']);
  });
});

describe('analyzeRegoPolicy: exemption or check by the polarity of `not`, never by names', () => {
  const roles = (entry: RegoEntryAnalysis): string[] => entry.checks.map((c) => `${c.field}:${c.role}`).sort();

  it('a settable read only under `not` of a helper, beside a requirement under `not` of a comparison, is the exemption', () => {
    const src = `package p
violation[{"msg": "writable root"}] {
  c := input.review.object.spec.containers[_]
  not q1(c.name)
  q2(c)
}
q1(n) { n == input.parameters.names[_] }
q2(c) { not c.securityContext.readOnlyRootFilesystem == true }
`;
    const entry = onlyEntry(src);
    assert.deepEqual(roles(entry), ['name:exemption', 'securityContext.readOnlyRootFilesystem:check']);
    assert.deepEqual(entry.checks.find((c) => c.role === 'exemption')?.at, at('main', src, 'c.name'));
  });

  it('under `not` of a built-in the read is the requirement: both reads are checks when a helper narrows nothing else', () => {
    const src = `package p
violation[{"msg": "bad image"}] {
  c := input.review.object.spec.containers[_]
  not q1(c.name)
  not re_match(input.parameters.imageRegex, c.image)
}
q1(n) { n == input.parameters.names[_] }
`;
    assert.deepEqual(roles(onlyEntry(src)), ['image:check', 'name:exemption']);
  });

  it('a `not helper` that is the only condition is the check', () => {
    const src = `package p
violation[{"msg": "bad image"}] {
  c := input.review.object.spec.containers[_]
  not q1(c)
}
q1(c) { startswith(c.image, input.parameters.repos[_]) }
`;
    assert.deepEqual(roles(onlyEntry(src)), ['image:check']);
  });

  it('a double negation is even: a cause', () => {
    const src = `package p
violation[{"msg": "no"}] {
  c := input.review.object.spec.containers[_]
  not q1(c)
  not c.resources.limits.cpu
}
q1(c) { not startswith(c.image, "registry.example/") }
`;
    assert.deepEqual(roles(onlyEntry(src)), ['image:check', 'resources.limits.cpu:check']);
  });
});

describe('analyzeRegoPolicy: function heads with constant arguments', () => {
  /** `not accept(rule, user)`, with `accept` true by its head alone for one constant (Rego v0 or v1). */
  const policy = (syntax: 'v0' | 'v1', name: string, constant: string, rule: string): string =>
    syntax === 'v0'
      ? `package k8susers

violation[{"msg": msg}] {
  c := input.review.object.spec.ephemeralContainers[_]
  rule := ${rule}
  not ${name}(rule, c.securityContext.runAsUser)
  msg := "denied"
}

${name}(${constant}, _)

${name}("MustRunAsNonRoot", user) := user != 0
`
      : `package k8susers

violation contains {"msg": msg} if {
  some c in input.review.object.spec.ephemeralContainers
  rule := ${rule}
  not ${name}(rule, c.securityContext.runAsUser)
  msg := "denied"
}

${name}(${constant}, _) := true

${name}("MustRunAs", user) if {
  user > 0
}
`;
  const negation = (src: string, name: string): RegoPosition => at('main', src, `not ${name}(rule, c.securityContext.runAsUser)`);
  const names = ['accept_users', 'q', 'allowed_by_strategy_2'];

  for (const syntax of ['v0', 'v1'] as const) {
    it(`${syntax}: a head with a constant matches only an argument that can equal it, whatever the function is called`, () => {
      for (const name of names) {
        // The argument is the constant: the function is true, its negation false: the rule never fires.
        const matching = policy(syntax, name, '"RunAsAny"', '"RunAsAny"');
        assert.deepEqual(onlyEntry(matching).updateExemption?.at, negation(matching, name), name);
        // A constant the argument can never equal: no definition applies, the negation holds.
        const never = policy(syntax, name, '"Other"', '"RunAsAny"');
        assert.equal(onlyEntry(never).updateExemption, undefined, name);
        // An argument from the constraint's parameters may or may not be the constant.
        const open = policy(syntax, name, '"RunAsAny"', 'input.parameters.rule');
        assert.equal(onlyEntry(open).updateExemption, undefined, name);
        assert.deepEqual(checksOf(onlyEntry(open)), ['securityContext.runAsUser:security'], name);
      }
    });
  }

  it('a body-less function is defined only where its value is, and a constant argument of another value never matches', () => {
    const src = (constant: string) => `package p

violation[{"msg": "no"}] {
  c := input.review.object.spec.ephemeralContainers[_]
  not field_value(c)
  not by_key(${constant})
}

field_value(obj) := obj.securityContext.runAsUser

by_key("x") := 1
`;
    // `field_value(c)` is undefined without the field, so `not field_value(c)` may hold.
    assert.equal(onlyEntry(src('"y"')).updateExemption, undefined);
    const matching = src('"x"');
    assert.deepEqual(onlyEntry(matching).updateExemption?.at, at('main', matching, 'not by_key("x")'));
    // A number or boolean argument never equals a string parameter.
    assert.equal(onlyEntry(src('true')).updateExemption, undefined);
  });
});

describe('analyzeRegoPolicy: `some` of a variable the caller\'s key binds', () => {
  const policy = (selector: string) => `package p

violation[{"msg": msg}] {
  field_violation[{"field": ${selector}, "msg": msg}]
}

field_violation[{"msg": msg, "field": field}] {
  some field
  c := input.review.object.spec[field][_]
  c.securityContext.privileged
  msg := sprintf("%v", [c.name])
}
`;

  it('reads the lists the caller names, not "any pod spec field"', () => {
    const one = policy('"containers"');
    const entry = onlyEntry(one);
    assert.deepEqual(entry.unknowns, []);
    assert.deepEqual(entry.reads, { containers: [at('main', one, '"containers"')] });
    const set = policy('{"containers", "initContainers"}[_]');
    const both = onlyEntry(set);
    assert.deepEqual(both.unknowns, []);
    assert.deepEqual(both.reads, { containers: [at('main', set, '"containers"')], initContainers: [at('main', set, '"initContainers"')] });
    assert.deepEqual(checksOf(both), ['securityContext.privileged:security']);
  });

  it('a key the caller leaves free still selects any pod spec field: unknown', () => {
    const src = policy('selected');
    const entry = onlyEntry(src);
    assert.deepEqual(entry.reads, {});
    assert.deepEqual(
      entry.unknowns.map((u) => [u.reason, u.at]),
      [['a variable key selects which pod spec fields are read; it may or may not include the container lists', at('main', src, 'input.review.object.spec[field]')]],
    );
  });
});

describe('analyzeRegoPolicy: a variable key into the pod spec matters only through conditions an ephemeral container can meet', () => {
  const policy = (condition: string) => `package p

violation[{"msg": msg}] {
  some field
  c := input.review.object.spec[field][_]
  ${condition}
  not exempt(c.name)
  msg := sprintf("%v", [c.name])
}

exempt(name) {
  name == input.parameters.exemptContainers[_]
}
`;
  const FREE_KEY = 'a variable key selects which pod spec fields are read; it may or may not include the container lists';

  it('only values of fields forbidden on ephemeral containers, beside an exemption by name: no unknown', () => {
    for (const condition of ['c.resources.limits.memory != c.resources.requests.memory', 'to_number(c.resources.limits.cpu) > 2', 'c.ports[_].containerPort == 22']) {
      const entry = onlyEntry(policy(condition));
      assert.deepEqual(entry.unknowns, [], condition);
      assert.deepEqual(entry.reads, {}, condition);
    }
  });

  it('a settable field, a whole element, or a forbidden field whose absence fires: unknown at the key', () => {
    for (const condition of ['c.securityContext.privileged', 'c.image == "busybox"', 'not c.resources', 'object.get(c, ["resources", "limits"], "") == ""', 'count(c) > 1']) {
      const src = policy(condition);
      assert.deepEqual(
        onlyEntry(src).unknowns.map((u) => [u.reason, u.at]),
        [[FREE_KEY, at('main', src, 'input.review.object.spec[field]')]],
        condition,
      );
    }
  });

  it('the same in Rego v1 syntax, and whatever the helper and variables are called', () => {
    const v1 = (condition: string, helper: string, key: string) => `package p

violation contains {"msg": msg} if {
  some ${key}
  some c in input.review.object.spec[${key}]
  ${condition}
  not ${helper}(c.name)
  msg := sprintf("%v", [c.name])
}

${helper}(name) if {
  name == input.parameters.exemptContainers[_]
}
`;
    for (const [helper, key] of [['exempt', 'field'], ['x1', 'k']] as const) {
      assert.deepEqual(onlyEntry(v1('c.resources.limits.memory != c.resources.requests.memory', helper, key)).unknowns, []);
      const src = v1('c.securityContext.privileged', helper, key);
      assert.deepEqual(onlyEntry(src).unknowns.map((u) => u.at), [at('main', src, `input.review.object.spec[${key}]`)]);
    }
  });
});
