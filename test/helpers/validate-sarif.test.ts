import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateSarif } from './validate-sarif.ts';

const minimalLog = () => ({ version: '2.1.0', runs: [{ tool: { driver: { name: 'ephemeral-guard' } }, results: [] }] });

/** The shape GitHub code scanning wants (GITHUB.md), one rule and one result. */
const githubShapedLog = () => ({
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
  version: '2.1.0',
  runs: [
    {
      tool: {
        driver: {
          name: 'ephemeral-guard',
          semanticVersion: '0.1.0',
          rules: [
            {
              id: 'EG101',
              name: 'webhook-misses-ephemeral-containers',
              shortDescription: { text: 'A webhook rule never receives pods/ephemeralcontainers.' },
              fullDescription: { text: 'resources lists pods only.' },
              help: { text: 'Add pods/ephemeralcontainers.', markdown: '**Add** `pods/ephemeralcontainers`.' },
              defaultConfiguration: { level: 'error' },
              properties: { tags: ['security'], precision: 'very-high', 'security-severity': '8.0' },
            },
          ],
        },
      },
      automationDetails: { id: 'ephemeral-guard/' },
      results: [
        {
          ruleId: 'EG101',
          ruleIndex: 0,
          level: 'error',
          message: { text: 'Webhook policy.example.com never sees debug containers.' },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: 'deploy/webhook.yaml' },
                region: { startLine: 12, startColumn: 7, endLine: 12, endColumn: 20 },
              },
            },
          ],
          partialFingerprints: { primaryLocationLineHash: '28ba5d815d3b3bf4:1' },
        },
      ],
    },
  ],
});

describe('validateSarif (official SARIF 2.1.0 schema)', () => {
  it('accepts a minimal log', () => {
    assert.deepEqual(validateSarif(minimalLog()), []);
  });

  it('accepts a GitHub-shaped log with rules, a located result and a fingerprint', () => {
    assert.deepEqual(validateSarif(githubShapedLog()), []);
  });

  it('rejects a run without a tool', () => {
    assert.deepEqual(validateSarif({ version: '2.1.0', runs: [{ results: [] }] }), [
      "/runs/0: must have required property 'tool'",
    ]);
  });

  it('rejects another SARIF version and unknown top-level properties', () => {
    const log = { ...minimalLog(), version: '2.0.0', extra: true };
    assert.deepEqual(validateSarif(log), [
      '/: must NOT have additional properties (extra)',
      '/version: must be equal to one of the allowed values',
    ]);
  });

  it('rejects a 0 start line, an unknown level and a $schema that is not a URI', () => {
    const log = githubShapedLog();
    const run = log.runs[0];
    const result = run?.results[0];
    const region = result?.locations[0]?.physicalLocation.region;
    assert.ok(region && result);
    region.startLine = 0;
    result.level = 'fatal';
    log.$schema = 'not a uri';
    assert.deepEqual(validateSarif(log), [
      '/$schema: must match format "uri"',
      '/runs/0/results/0/level: must be equal to one of the allowed values',
      '/runs/0/results/0/locations/0/physicalLocation/region/startLine: must be >= 1',
    ]);
  });

  it('rejects values that are not a log at all without throwing', () => {
    for (const value of [null, 'sarif', 42, []]) assert.notDeepEqual(validateSarif(value), [], String(value));
  });
});
