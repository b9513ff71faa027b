import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

const root = new URL('../..', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });

/** The layering messages ESLint gives a module at `filePath` with this text. */
const layerErrors = async (filePath: string, text: string): Promise<string[]> => {
  const [result] = await eslint.lintText(text, { filePath: join(root, filePath) });
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
};

const cycles = (folder: string): { status: number | null; output: string } => {
  const run = spawnSync(process.execPath, [join(root, 'scripts/import-cycles.mjs'), folder], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
};

describe('import layers (eslint.config.js LAYERS)', () => {
  it('an upward import fails lint, a type-only one too, at any depth', async () => {
    assert.deepEqual(await layerErrors('src/model/upward.ts', "import { analyzeWorkspace } from '../analyze/analyze.ts';\nexport const x = analyzeWorkspace;\n"), [
      "'../analyze/analyze.ts' import is restricted from being used by a pattern. model must not import from analyze (a later layer; see LAYERS in eslint.config.js).",
    ]);
    assert.equal((await layerErrors('src/model/rbac/upward.ts', "import type { Facts } from '../../analyze/facts.ts';\nexport type X = Facts;\n")).length, 1);
    // Into a folder of the later layer, from a folder of the earlier one.
    assert.equal((await layerErrors('src/model/rbac/upward.ts', "import type { RegoPolicyFacts } from '../../analyze/rego/analysis.ts';\nexport type X = RegoPolicyFacts;\n")).length, 1);
    assert.equal((await layerErrors('src/load/upward.ts', "import { analyzeKyverno } from '../analyze/kyverno/index.ts';\nexport const x = analyzeKyverno;\n")).length, 1);
    assert.equal((await layerErrors('src/analyze/kyverno/upward.ts', "import type { Rule } from '../../rules/rule.ts';\nexport type X = Rule;\n")).length, 1);
    assert.equal((await layerErrors('src/report/upward.ts', "import type { ScanRequest } from '../scan.ts';\nexport type X = ScanRequest;\n")).length, 1);
    assert.equal((await layerErrors('src/scan.ts', "import type { Config } from './config/config.ts';\nexport type X = Config;\n")).length, 1);
    assert.equal((await layerErrors('src/cli/upward.ts', "import type { ActionIO } from '../github/action-io.ts';\nexport type X = ActionIO;\n")).length, 1);
    assert.equal((await layerErrors('src/errors.ts', "import type { Finding } from './rules/finding.ts';\nexport type X = Finding;\n")).length, 1);
  });

  it('a downward import passes', async () => {
    assert.deepEqual(await layerErrors('src/rules/downward.ts', "import type { Facts } from '../analyze/facts.ts';\nimport type { Workspace } from '../model/workspace.ts';\nexport type X = Facts | Workspace;\n"), []);
    assert.deepEqual(await layerErrors('src/github/downward.ts', "import type { CliIO } from '../cli/cli-io.ts';\nexport type X = CliIO;\n"), []);
  });

  it('a rule imports only types from analyze/, and no other rule', async () => {
    assert.equal((await layerErrors('src/rules/eg999-x.ts', "import { decideVerdict } from '../analyze/verdict.ts';\nexport const x = decideVerdict;\n")).length, 1);
    assert.equal((await layerErrors('src/rules/eg999-x.ts', "import { engineKey } from './eg101-policy-skips-ephemeral-containers.ts';\nexport const x = engineKey;\n")).length, 1);
    assert.deepEqual(await layerErrors('src/rules/eg999-x.ts', "import type { CoverageFact } from '../analyze/coverage.ts';\nimport { engineKey } from './wording.ts';\nexport const x = (f: CoverageFact) => engineKey(f);\n"), []);
    // Still a layer: an upward import from a rule fails too.
    assert.equal((await layerErrors('src/rules/eg999-x.ts', "import type { ScanResult } from '../report/scan-result.ts';\nexport type X = ScanResult;\n")).length, 1);
  });

  it('src/ has no import cycle, and the cycle counter finds one', () => {
    const clean = cycles(join(root, 'src'));
    assert.equal(clean.status, 0, clean.output);
    assert.match(clean.output, / 0 cycles/);
    const folder = mkdtempSync(join(tmpdir(), 'eg-cycles-'));
    try {
      mkdirSync(join(folder, 'a'));
      writeFileSync(join(folder, 'a/one.ts'), "import type { Two } from '../two.ts';\nexport type One = Two;\n");
      writeFileSync(join(folder, 'two.ts'), "export type { One as Two } from './a/one.ts';\n");
      writeFileSync(join(folder, 'three.ts'), "import './two.ts';\n");
      const found = cycles(folder);
      assert.equal(found.status, 1);
      assert.match(found.output, /1 cycle\(s\)/);
      assert.match(found.output, /a\/one\.ts ↔ two\.ts/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
