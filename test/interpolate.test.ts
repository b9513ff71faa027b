import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { interpolate } from '../src/rules/interpolate.ts';

describe('interpolate (finding messages)', () => {
  it('replaces each placeholder, spaces inside the braces allowed, the same name twice', () => {
    assert.equal(interpolate('{{kind}} {{ name }} may add {{kind}}s', { kind: 'Role', name: 'dbg' }), 'Role dbg may add Roles');
    assert.equal(interpolate('{{count}} rules', { count: 3 }), '3 rules');
  });

  it('leaves an unknown placeholder visible, and text without placeholders as it is', () => {
    assert.equal(interpolate('grants {{verb}} to {{who}}', { verb: 'patch' }), 'grants patch to {{who}}');
    assert.equal(interpolate('no placeholders', {}), 'no placeholders');
    assert.equal(interpolate('', {}), '');
    assert.equal(interpolate('{{ bad-name }} {{}}', { 'bad-name': 'x' }), '{{ bad-name }} {{}}');
  });

  it('inserts values literally (no $ patterns) and gives the same answer the second time', () => {
    const template = 'value {{v}} at {{at}}';
    assert.equal(interpolate(template, { v: '$& $1 $$', at: '{{v}}' }), 'value $& $1 $$ at {{v}}');
    assert.equal(interpolate(template, { v: 'a', at: 'b' }), 'value a at b');
  });
});
