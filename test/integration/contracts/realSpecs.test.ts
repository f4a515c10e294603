import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import * as path from 'node:path';
import { contractDiffCommand } from '../../../src/cli/commands/contractDiffCommand';
import { diffSpecs } from '../../../src/engine/contracts/specDiff';
import { loadSpec } from '../../../src/engine/contracts/specLoader';
import { validateSpec } from '../../../src/engine/contracts/specValidator';

const generated = path.dirname(require.resolve('@octokit/openapi/generated/api.github.com.json'));

describe('real specs', function () {
  this.timeout(120_000);

  it('validates the GitHub REST description with no errors', async () => {
    const result = await validateSpec(path.join(generated, 'api.github.com.json'));

    assert.deepEqual(
      result.problems.filter((p) => p.severity === 'error'),
      [],
    );
  });

  it('validates the GitHub webhooks description (OpenAPI 3.1)', async () => {
    const result = await validateSpec(
      require.resolve('@octokit/openapi-webhooks/generated/api.github.com.json'),
    );

    assert.equal(result.valid, true);
  });

  it('diffs two published GitHub descriptions without error', async () => {
    const [base, head] = await Promise.all([
      loadSpec(path.join(generated, 'ghes-3.18.json')),
      loadSpec(path.join(generated, 'ghes-3.19.json')),
    ]);

    const result = diffSpecs(base, head);

    assert.ok(result.changes.length > 0);
  });

  it('diffs two published versions of the GitHub REST description (22.0.0 → current)', async () => {
    const old = require.resolve('@octokit/openapi-old/generated/api.github.com.json');
    const [base, head] = await Promise.all([
      loadSpec(old),
      loadSpec(path.join(generated, 'api.github.com.json')),
    ]);

    const result = diffSpecs(base, head);

    assert.ok(result.changes.length > 0);
    assert.equal(result.breaking + result.nonBreaking, result.changes.length);
    for (const change of result.changes) {
      assert.ok(change.location.line >= 1, `${change.rule} has no line`);
    }
  });

  it('exits 2 with a clear error for a bad git ref', async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let errors = '';
    stderr.on('data', (chunk) => (errors += String(chunk)));

    const code = await contractDiffCommand.run({
      positionals: ['no-such-ref-xyz:openapi.yaml', 'test/fixtures/contracts/diff/base.json'],
      values: {},
      stdin: new PassThrough(),
      stdout,
      stderr,
      engine: () => Promise.reject(new Error('not needed')),
      interrupted: new Promise(() => undefined),
    });

    assert.equal(code, 2);
    assert.match(errors, /no-such-ref-xyz/);
  });
});
