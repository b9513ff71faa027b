import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UserError } from '../../src/errors.ts';
import { parseInputs } from '../../src/github/inputs.ts';

const inputs = (values: Record<string, string>) => parseInputs((name) => values[name] ?? '');

describe('parseInputs', () => {
  it('defaults: upload auto, check-run annotations, annotate-only-changed left to the event', () => {
    const parsed = inputs({});
    assert.equal(parsed.uploadSarif, 'auto');
    assert.equal(parsed.annotations, 'check-run');
    assert.equal(parsed.annotateOnlyChanged, undefined);
    assert.equal(parsed.failOn, 'error');
    assert.equal(parsed.suggestFixes, true);
    assert.equal(inputs({ 'suggest-fixes': 'false' }).suggestFixes, false);
    assert.throws(() => inputs({ 'suggest-fixes': 'no' }), /Input suggest-fixes must be true or false \(got "no"\)\./);
  });

  it('reads the new inputs, case-insensitively for choices and YAML booleans', () => {
    const parsed = inputs({ 'upload-sarif': 'TRUE', annotations: 'workflow', 'annotate-only-changed': 'False' });
    assert.equal(parsed.uploadSarif, 'true');
    assert.equal(parsed.annotations, 'workflow');
    assert.equal(parsed.annotateOnlyChanged, false);
    assert.equal(inputs({ 'annotate-only-changed': 'true' }).annotateOnlyChanged, true);
  });

  it('names the input and the allowed values when a value is wrong', () => {
    assert.throws(() => inputs({ 'upload-sarif': 'yes' }), (error: unknown) => error instanceof UserError && error.message === 'Input upload-sarif must be one of auto, true, false (got "yes").');
    assert.throws(() => inputs({ annotations: 'checks' }), /^UserError: Input annotations must be one of check-run, workflow, none \(got "checks"\)\.$/);
    assert.throws(() => inputs({ 'annotate-only-changed': 'sometimes' }), /Input annotate-only-changed must be true or false \(got "sometimes"\)\./);
  });
});
