import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unknownConstruct, type InputProblem, type UnknownFix } from '../../src/model/input-problem.ts';
import { inputProblemText } from '../../src/rules/wording.ts';

const at = { file: 'p.yaml', start: 0, end: 0 };

describe('inputProblemText', () => {
  it('says the fix after the message, naming the rule that reports it where the fix is to suppress it', () => {
    const said = (fix: UnknownFix): string => inputProblemText(unknownConstruct(at, 'ConstraintTemplate/x', 'a construct', fix), 'EG003');
    assert.equal(said('fix-syntax'), 'ConstraintTemplate/x: a construct; fix the syntax here.');
    assert.equal(said('add-module'), 'ConstraintTemplate/x: a construct; add that module to the scanned files.');
    assert.equal(said('review'), 'ConstraintTemplate/x: a construct; check it by hand, then suppress EG003 here.');
    assert.equal(said({ edit: 'add its match' }), 'ConstraintTemplate/x: a construct; add its match.');
    assert.equal(said({ edit: 'add its code', orReview: true }), 'ConstraintTemplate/x: a construct; add its code, or check it by hand and suppress EG003 here.');
    assert.equal(inputProblemText(unknownConstruct(at, 'p', 'c', 'review'), 'EG999'), 'p: c; check it by hand, then suppress EG999 here.');
  });

  it('gives a problem without a fix as its message alone', () => {
    const problem: InputProblem = { kind: 'invalid-manifest', at, message: 'Not valid YAML: bad indentation.' };
    assert.equal(inputProblemText(problem, 'EG001'), 'Not valid YAML: bad indentation.');
  });
});
