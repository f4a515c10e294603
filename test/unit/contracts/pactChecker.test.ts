import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { checkPact, type PactCheck } from '../../../src/engine/contracts/pactChecker';
import { pactPathToPointer, readPact } from '../../../src/engine/contracts/pactFile';
import { PayloadValidator } from '../../../src/engine/contracts/payloadValidator';
import { loadSpec } from '../../../src/engine/contracts/specLoader';
import { fixture } from './contractsFixtures';

describe('checkPact', () => {
  let validator: PayloadValidator;
  const check = (name: string): PactCheck =>
    checkPact(readPact(readFileSync(fixture('pact', name), 'utf8')), validator);

  before(async () => {
    validator = new PayloadValidator(await loadSpec(fixture('pact/catalog.openapi.yaml')));
  });

  it('passes a v2 pact: query string, header, base path, status without body, type matcher', () => {
    const result = check('shop-catalog.v2.json');

    assert.equal(result.specification, '2.0.0');
    assert.deepEqual(
      result.interactions.map((i) => [i.operation, i.problems]),
      [
        ['GET /items', []],
        ['GET /items/{itemId}', []],
        ['GET /items/{itemId}', []],
      ],
    );
    assert.equal(result.valid, true);
  });

  it('passes a v3 pact, matching a literal path before a template and honouring an integer matcher', () => {
    const result = check('shop-catalog.v3.json');

    assert.equal(result.specification, '3.0.0');
    assert.deepEqual(
      result.interactions.map((i) => i.operation),
      ['POST /items', 'GET /items/featured'],
    );
    assert.equal(result.valid, true, JSON.stringify(result.interactions.map((i) => i.problems)));
  });

  describe('with a pact that drifted from the spec', () => {
    it('reports a missing required header, a badly typed query value and an enum outside the list', () => {
      const [list] = check('shop-catalog.broken.v3.json').interactions;

      assert.deepEqual(
        list!.problems.filter((p) => p.part === 'request').map((p) => [p.code, p.message]),
        [
          ['header', 'the required header parameter "X-Tenant" is missing'],
          ['query', 'query parameter "limit" is "many", not integer'],
          ['query', 'query parameter "sort" is not one of "name", "price"'],
        ],
      );
    });

    it('checks the response body against the status schema', () => {
      const [list] = check('shop-catalog.broken.v3.json').interactions;

      assert.deepEqual(
        list!.problems.filter((p) => p.part === 'response').map((p) => p.message),
        ['/0/price should be integer, but is string "9"'],
      );
    });

    it('reports a request body the schema rejects and an undeclared status', () => {
      const [, create] = check('shop-catalog.broken.v3.json').interactions;

      assert.deepEqual(
        create!.problems.map((p) => [p.part, p.code]),
        [
          ['request', 'body'],
          ['response', 'status'],
        ],
      );
      assert.match(create!.problems[1]!.message, /status 202 is not declared \(the spec has 201\)/);
    });

    it('reports an interaction no operation matches', () => {
      const [, , remove] = check('shop-catalog.broken.v3.json').interactions;

      assert.equal(remove!.operation, undefined);
      assert.deepEqual(
        remove!.problems.map((p) => p.message),
        ['no operation of the spec matches DELETE /items/it_1'],
      );
    });

    it('keeps value checks where no type matcher applies', () => {
      const result = check('shop-catalog.broken.v3.json');
      const [, , , pattern] = result.interactions;

      assert.equal(result.valid, false);
      assert.equal(pattern!.problems.length, 1);
      assert.match(pattern!.problems[0]!.message, /^\/id /);
    });
  });

  it('rejects a file that is not a pact', () => {
    assert.throws(() => readPact('{"consumer":{}}', 'x.json'), { code: 'contracts.pact' });
    assert.throws(() => readPact('nope', 'x.json'), /x\.json is not JSON/);
  });

  it('turns pact paths into pointers', () => {
    assert.equal(pactPathToPointer('$.items[*].id'), '/items/*/id');
    assert.equal(pactPathToPointer("$['a b'][0]"), '/a b/0');
    assert.equal(pactPathToPointer('$'), '');
  });
});
