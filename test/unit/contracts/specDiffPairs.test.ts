import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import type { DiffRuleId } from '../../../src/engine/contracts/diffRules';
import { diffSpecs, type SpecDiffResult } from '../../../src/engine/contracts/specDiff';
import { loadSpec } from '../../../src/engine/contracts/specLoader';

const folder = path.join(__dirname, '../../fixtures/contracts/pairs');

async function diffPair(name: string): Promise<SpecDiffResult> {
  return diffSpecs(
    await loadSpec(path.join(folder, name, 'base.json')),
    await loadSpec(path.join(folder, name, 'head.json')),
  );
}

/** Each spec pair with the rules its diff lists (in any order) and whether it breaks. */
const pairs: Record<string, { rules: DiffRuleId[]; breaking: boolean }> = {
  'sec-add-alternative': { rules: ['security-requirement-removed'], breaking: false },
  'sec-remove-alternative': { rules: ['security-requirement-added'], breaking: true },
  'sec-add-scope': { rules: ['security-requirement-added'], breaking: true },
  'sec-none-to-required': { rules: ['security-requirement-added'], breaking: true },
  'sec-optional-auth-added': { rules: ['security-requirement-removed'], breaking: false },
  'sec-operation-override': { rules: ['security-requirement-added'], breaking: true },
  'sec-inherited-scope-dropped': { rules: ['security-requirement-removed'], breaking: false },
  'oneOf-reorder': { rules: [], breaking: false },
  'alternatives-ref-reorder': { rules: [], breaking: false },
  'alternatives-response-removed': { rules: ['response-alternative-removed'], breaking: false },
  'alternatives-request-removed': { rules: ['request-alternative-removed'], breaking: true },
  'alternatives-request-added': { rules: ['request-alternative-added'], breaking: false },
  'alternatives-response-added': { rules: ['response-alternative-added'], breaking: true },
  'alternatives-discriminator-reorder': {
    rules: ['response-alternative-removed'],
    breaking: false,
  },
  '31-anyOf-null-response': {
    rules: ['response-type-widened', 'response-alternative-added'],
    breaking: true,
  },
  'shared-two-ops': { rules: ['response-property-removed'], breaking: true },
};

describe('diffSpecs on spec pairs', () => {
  for (const [name, expected] of Object.entries(pairs)) {
    it(`lists ${expected.rules.join(', ') || 'no change'} for ${name}`, async () => {
      const result = await diffPair(name);

      assert.deepEqual(
        result.changes.map((change) => change.rule).sort(),
        [...expected.rules].sort(),
        JSON.stringify(result.changes.map((change) => [change.rule, change.message])),
      );
      assert.equal(result.breaking > 0, expected.breaking);
    });
  }

  it('names the removed security alternative in the message', async () => {
    const result = await diffPair('sec-remove-alternative');

    assert.match(result.changes[0]!.message, /clients using b are no longer accepted/);
  });

  it('credits every operation reaching a changed shared schema', async () => {
    const result = await diffPair('shared-two-ops');

    assert.deepEqual(result.changes[0]!.operations.sort(), ['GET /x', 'GET /y']);
  });

  it('names the removed alternative by its $ref target', async () => {
    const result = await diffPair('alternatives-request-removed');

    assert.match(result.changes[0]!.message, /#\/components\/schemas\/Cat/);
  });

  it('limits an operation-level override to that operation', async () => {
    const result = await diffPair('sec-operation-override');

    assert.deepEqual(result.changes[0]!.operations, ['GET /x']);
  });
});
