import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { annotationOrder, planCheckRun, planWorkflowAnnotations, ruleFix, toCheckAnnotation } from '../../src/github/annotations.ts';
import { finding } from './helpers/findings.ts';

const plan = (findings: ReturnType<typeof finding>[], extra: Partial<Parameters<typeof planCheckRun>[0]> = {}) =>
  planCheckRun({ findings, name: 'ephemeral-guard', headSha: 'b'.repeat(40), blocking: true, title: 't', summary: 's', text: 'details', onlyChanged: false, startedAt: new Date('2026-11-26T10:00:00Z'), completedAt: new Date('2026-11-26T10:00:09Z'), ...extra });

describe('toCheckAnnotation', () => {
  it('maps level, title, message with the fix, inclusive columns on one line, and the chain', () => {
    const related = [{ location: { file: 'psp.yaml', startLine: 4, startColumn: 1, endLine: 9, endColumn: 2 }, note: 'the only control' }];
    const annotation = toCheckAnnotation(finding('error', 'pod.yaml', 8, { object: 'Pod/web', related }));
    assert.deepEqual(annotation, {
      path: 'pod.yaml',
      start_line: 8,
      end_line: 8,
      start_column: 3,
      end_column: 8,
      annotation_level: 'failure',
      title: 'EG302 privileged-ephemeral-container',
      message: `error in pod.yaml at line 8.\n\nHow to fix: ${ruleFix('EG302')}`,
      raw_details: 'Pod/web\n↳ the only control: psp.yaml:4:1',
    });
    assert.match(ruleFix('EG302')!, /^Debug with `kubectl debug --profile=restricted`/);
    const multi = toCheckAnnotation(finding('note', 'a.yaml', 2, { location: { file: 'a.yaml', startLine: 2, startColumn: 1, endLine: 5, endColumn: 4 } }));
    assert.equal(multi.annotation_level, 'notice');
    assert.equal('start_column' in multi, false);
    assert.equal(ruleFix('EG999'), undefined);
  });
});

describe('planCheckRun', () => {
  it('one completed request for up to 50 annotations', () => {
    const p = plan(Array.from({ length: 50 }, (_, i) => finding('warning', 'a.yaml', i + 1)));
    assert.equal(p.create.status, 'completed');
    assert.equal(p.create.conclusion, 'failure');
    assert.equal(p.create.completed_at, '2026-11-26T10:00:09Z');
    assert.equal(p.create.output.text, 'details');
    assert.equal(p.create.output.annotations.length, 50);
    assert.deepEqual(p.updates, []);
  });

  it('51 and 120 annotations: in progress, PATCHes of 50, the last completes', () => {
    const p51 = plan(Array.from({ length: 51 }, (_, i) => finding('warning', 'a.yaml', i + 1)), { blocking: false });
    assert.equal(p51.create.status, 'in_progress');
    assert.equal(p51.create.conclusion, undefined);
    assert.deepEqual(p51.updates.map((u) => [u.output.annotations.length, u.status, u.conclusion]), [[1, 'completed', 'success']]);
    const p120 = plan(Array.from({ length: 120 }, (_, i) => finding(i % 3 === 0 ? 'error' : 'note', 'a.yaml', i + 1)));
    assert.deepEqual([p120.create.output.annotations.length, ...p120.updates.map((u) => u.output.annotations.length)], [50, 50, 20]);
    assert.deepEqual(p120.updates.map((u) => u.status), [undefined, 'completed']);
    assert.equal(p120.create.output.annotations[39]!.annotation_level, 'failure');
    assert.equal(p120.create.output.annotations[40]!.annotation_level, 'notice');
    assert.equal(p120.updates[0]!.output.text, undefined);
  });

  it('zero findings: one completed, successful request', () => {
    const p = plan([], { blocking: false });
    assert.deepEqual([p.create.status, p.create.conclusion, p.create.output.annotations.length, p.updates.length], ['completed', 'success', 0, 0]);
  });

  it('only changed files when asked; caps at 1,000 annotations', () => {
    const findings = [finding('error', 'a.yaml', 1), finding('error', 'b.yaml', 1), finding('note', 'a.yaml', 2)];
    const p = plan(findings, { changedFiles: new Set(['a.yaml']), onlyChanged: true });
    assert.deepEqual(p.create.output.annotations.map((a) => `${a.path}:${a.start_line}`), ['a.yaml:1', 'a.yaml:2']);
    assert.equal(p.outsideChanged, 1);
    const big = plan(Array.from({ length: 1200 }, (_, i) => finding('note', 'a.yaml', i + 1)));
    assert.equal(big.annotated, 1000);
    assert.equal(big.overCap, 200);
    assert.equal(big.updates.length, 19);
  });
});

describe('planWorkflowAnnotations', () => {
  it('keeps within the per-level budget: changed files first, then most severe', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding('error', 'old.yaml', i + 1)),
      ...Array.from({ length: 3 }, (_, i) => finding('error', 'new.yaml', i + 1)),
      ...Array.from({ length: 4 }, (_, i) => finding('warning', 'new.yaml', i + 10)),
      finding('note', 'old.yaml', 50),
    ];
    const p = planWorkflowAnnotations({ findings, changedFiles: new Set(['new.yaml']), onlyChanged: false, budget: { error: 9, warning: 2, notice: 10 } });
    const shown = p.annotations.map((a) => `${a.level} ${a.properties.file}:${a.properties.startLine}`);
    assert.deepEqual(shown.slice(0, 5), ['error new.yaml:1', 'error new.yaml:2', 'error new.yaml:3', 'warning new.yaml:10', 'warning new.yaml:11']);
    assert.equal(shown.filter((s) => s.startsWith('error')).length, 9);
    assert.equal(shown.filter((s) => s.startsWith('warning')).length, 2);
    assert.deepEqual(shown.filter((s) => s.startsWith('notice')), ['notice old.yaml:50']);
    assert.equal(p.notShown, 20 - 12);
    assert.deepEqual(p.annotations[0]!.properties, { title: 'EG302 privileged-ephemeral-container', file: 'new.yaml', startLine: 1, endLine: 1, startColumn: 3, endColumn: 8 });
  });

  it('onlyChanged drops other files; a negative budget shows none', () => {
    const findings = [finding('error', 'a.yaml', 1), finding('error', 'b.yaml', 1)];
    const p = planWorkflowAnnotations({ findings, changedFiles: new Set(['b.yaml']), onlyChanged: true, budget: { error: 10, warning: 10, notice: 10 } });
    assert.deepEqual(p.annotations.map((a) => a.properties.file), ['b.yaml']);
    assert.equal(p.outsideChanged, 1);
    assert.equal(planWorkflowAnnotations({ findings, onlyChanged: false, budget: { error: -1, warning: 0, notice: 0 } }).notShown, 2);
  });

  it('annotationOrder without a pull request is by severity, stable', () => {
    const order = annotationOrder([finding('note', 'a', 1), finding('error', 'b', 1), finding('note', 'c', 1), finding('error', 'd', 1)], undefined);
    assert.deepEqual(order.map((f) => f.location.file), ['b', 'd', 'a', 'c']);
  });
});
