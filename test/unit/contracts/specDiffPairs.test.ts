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
  'param-moved-case': { rules: ['parameter-location-changed'], breaking: true },
  'param-query-to-path': { rules: ['path-removed', 'path-added'], breaking: true },
  'param-ref-required-added': { rules: ['parameter-became-required'], breaking: true },
  'path-param-renamed-and-narrowed': {
    rules: ['type-changed', 'path-parameter-renamed'],
    breaking: true,
  },
  'parameter-removed': { rules: ['parameter-removed'], breaking: false },
  'parameter-became-optional': { rules: ['parameter-became-optional'], breaking: false },
  '31-webhook-removed': { rules: ['webhook-removed'], breaking: true },
  '31-webhook-added': { rules: ['webhook-added'], breaking: false },
  '31-webhook-field-removed': { rules: ['response-property-removed'], breaking: true },
  '31-webhook-field-added': { rules: ['response-property-added'], breaking: false },
  '31-webhook-enum-narrowed': { rules: ['response-enum-narrowed'], breaking: false },
  'callback-removed': { rules: ['callback-removed'], breaking: true },
  'callback-added': { rules: ['callback-added'], breaking: false },
  'callback-field-removed': { rules: ['response-property-removed'], breaking: true },
  'req-schema-added-required-field': {
    rules: ['request-type-narrowed', 'request-property-required-added'],
    breaking: true,
  },
  'req-additionalProperties-closed': {
    rules: ['request-additional-properties-closed'],
    breaking: true,
  },
  'req-additionalProperties-opened': {
    rules: ['request-additional-properties-opened'],
    breaking: false,
  },
  'req-exclusiveMax-bool': { rules: ['request-range-narrowed'], breaking: true },
  '31-exclusiveMinimum-request': { rules: ['request-range-narrowed'], breaking: true },
  '31-const-request': { rules: ['request-enum-narrowed'], breaking: true },
  'resp-const-removed': { rules: ['response-enum-widened'], breaking: true },
  'req-multipleOf': { rules: ['request-range-narrowed'], breaking: true },
  'req-multipleOf-divisor': { rules: ['request-range-widened'], breaking: false },
  'req-required-no-prop': { rules: ['request-property-required-added'], breaking: true },
  'req-readonly-required-added': { rules: [], breaking: false },
  'req-array-items-enum': { rules: ['request-enum-narrowed'], breaking: true },
  '31-type-array-narrowed-request': { rules: ['request-type-narrowed'], breaking: true },
  '31-type-null-added-response': { rules: ['response-type-widened'], breaking: true },
  'resp-header-removed': { rules: ['response-header-removed'], breaking: true },
  'resp-header-added': { rules: ['response-header-added'], breaking: false },
  'resp-header-case-only': { rules: [], breaking: false },
  'req-body-removed': { rules: ['request-body-removed'], breaking: false },
  'req-body-optional-added': { rules: ['request-body-optional-added'], breaking: false },
  'req-media-removed': {
    rules: ['request-media-type-removed', 'request-media-type-added'],
    breaking: true,
  },
  'request-media-type-added': { rules: ['request-media-type-added'], breaking: false },
  'response-media-type-removed': { rules: ['response-media-type-removed'], breaking: true },
  'response-media-type-added': { rules: ['response-media-type-added'], breaking: false },
  'response-type-narrowed': { rules: ['response-type-narrowed'], breaking: false },
  'response-property-became-required': {
    rules: ['response-property-became-required'],
    breaking: false,
  },
  'resp-2XX-to-200': { rules: ['response-status-narrowed'], breaking: false },
  'resp-default-removed': { rules: ['response-removed'], breaking: false },
  'resp-allOf-field-removed': { rules: ['response-property-removed'], breaking: true },
  'resp-nested-items-field-removed': { rules: ['response-property-removed'], breaking: true },
  'resp-ref-response-removed-field': { rules: ['response-property-removed'], breaking: true },
  'resp-ref-target-changed': { rules: ['type-changed'], breaking: true },
  recursive: { rules: ['response-property-removed'], breaking: true },
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

  it('names the webhook and the callback an operation calls back', async () => {
    const webhook = await diffPair('31-webhook-removed');
    const callback = await diffPair('callback-field-removed');

    assert.deepEqual(webhook.changes[0]!.operations, ['webhook ping']);
    assert.deepEqual(callback.changes[0]!.operations, [
      'POST /subscribe callback onEvent {$request.body#/url} POST',
    ]);
  });

  it('places a removed response header on its line in the base', async () => {
    const result = await diffPair('resp-header-removed');

    assert.equal(result.changes[0]!.location.side, 'base');
    assert.ok(result.changes[0]!.location.line > 1);
  });

  it('limits an operation-level override to that operation', async () => {
    const result = await diffPair('sec-operation-override');

    assert.deepEqual(result.changes[0]!.operations, ['GET /x']);
  });
});
