import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { diffRules, type DiffRuleId } from '../../../src/engine/contracts/diffRules';
import { diffSpecs } from '../../../src/engine/contracts/specDiff';
import { loadSpec } from '../../../src/engine/contracts/specLoader';

const folder = path.join(__dirname, '../../fixtures/contracts/diff');

async function diff(base: string, head: string) {
  return diffSpecs(
    await loadSpec(path.join(folder, base)),
    await loadSpec(path.join(folder, head)),
  );
}

describe('diffSpecs', () => {
  it('finds no change between a spec and itself', async () => {
    const result = await diff('base.json', 'base.yaml');

    assert.deepEqual(result.changes, []);
  });

  const heads = readdirSync(folder).filter(
    (file) => file.startsWith('head-') && file.endsWith('.json'),
  );
  for (const head of heads) {
    const rule = head.slice('head-'.length, -'.json'.length) as DiffRuleId;
    it(`reports ${rule} as ${diffRules[rule].level}`, async () => {
      const result = await diff('base.json', head);

      const change = result.changes.find((c) => c.rule === rule);
      assert.ok(change, `expected ${rule} in ${JSON.stringify(result.changes.map((c) => c.rule))}`);
      assert.equal(change.level, diffRules[rule].level);
      assert.ok(change.location.line > 1, 'change has a line');
      if (diffRules[rule].level === 'non-breaking') {
        assert.equal(
          result.breaking,
          0,
          JSON.stringify(result.changes.filter((c) => c.level === 'breaking')),
        );
      }
    });
  }

  it('reports request-type-narrowed when a number becomes an integer', async () => {
    const result = await diff('head-request-type-widened.json', 'base.json');

    assert.ok(
      result.changes.some((c) => c.rule === 'request-type-narrowed' && c.level === 'breaking'),
    );
  });

  it('reports request-range-widened when a minimum is lowered', async () => {
    const result = await diff('head-request-range-narrowed.json', 'base.json');

    assert.deepEqual(
      result.changes.map((c) => c.rule),
      ['request-range-widened'],
    );
  });

  it('sees an array turned into an object through a $ref, with the line in the YAML head', async () => {
    const result = await diff('base.yaml', 'head-type-changed.yaml');

    const change = result.changes.find((c) => c.rule === 'type-changed');
    assert.ok(change);
    assert.match(change.message, /array became object/);
    assert.ok(change.location.file.endsWith('head-type-changed.yaml'));
    assert.ok(change.location.line > 10);
  });

  it('treats a renamed path parameter alone as non-breaking', async () => {
    const result = await diff('base.json', 'head-path-parameter-renamed.json');

    assert.equal(result.breaking, 0);
    assert.deepEqual(
      result.changes.map((c) => c.rule),
      ['path-parameter-renamed'],
    );
  });

  it('terminates on recursive schemas (Pet → Owner → Pet)', async () => {
    const result = await diff('base.json', 'head-response-property-added.json');

    assert.equal(result.changes.length, 1);
  });
});
