import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { PayloadValidator } from '../../../src/engine/contracts/payloadValidator';
import { loadSpec } from '../../../src/engine/contracts/specLoader';
import { validateSpec } from '../../../src/engine/contracts/specValidator';
import type { SpecProblem } from '../../../src/engine/contracts/specTypes';
import { fixture, positionOf } from './contractsFixtures';

function only(problems: SpecProblem[], code: string, severity?: string): SpecProblem[] {
  return problems.filter(
    (p) => p.code === code && (severity === undefined || p.severity === severity),
  );
}

describe('loadSpec', () => {
  describe('with broken references', () => {
    const file = fixture('loader/broken.yaml');

    it('reports a $ref to a missing pointer at the $ref line and column', async () => {
      const { problems } = await validateSpec(file);

      const [missing] = only(problems, 'ref.missing');
      assert.ok(missing);
      assert.equal(missing.file, file);
      assert.deepEqual(
        { line: missing.line, column: missing.column },
        positionOf(file, "$ref: '#/components/schemas/Nowhere'"),
      );
      assert.equal(missing.severity, 'error');
    });

    it('reports a $ref to a file that does not exist, naming the file', async () => {
      const { problems } = await validateSpec(file);

      const [missing] = only(problems, 'ref.missingFile');
      assert.ok(missing);
      assert.match(missing.message, /missing-file\.yaml/);
      assert.equal(missing.line, positionOf(file, 'missing-file.yaml').line);
    });

    it('reports an external $ref as a warning without fetching it', async () => {
      const { problems } = await validateSpec(file);

      const [external] = only(problems, 'ref.external');
      assert.ok(external);
      assert.equal(external.severity, 'warning');
      assert.equal(external.line, positionOf(file, 'https://example.com').line);
    });

    it('reports a chain of $refs that loops as errors, and a recursive schema as info', async () => {
      const { problems, valid } = await validateSpec(file);

      const loops = only(problems, 'ref.circular', 'error');
      assert.deepEqual(
        loops.map((p) => p.line),
        [
          positionOf(file, "$ref: '#/components/schemas/Around'").line,
          positionOf(file, "$ref: '#/components/schemas/Loop'").line,
        ],
      );
      const recursive = only(problems, 'ref.circular', 'info');
      assert.equal(recursive.length, 1);
      assert.equal(recursive[0]!.line, positionOf(file, "$ref: '#/components/schemas/Node'").line);
      assert.equal(valid, false);
    });

    it('still validates payloads against the parts that resolve', async () => {
      const validator = new PayloadValidator(await loadSpec(file));

      const result = validator.check(
        { kind: 'schema', ref: '#/components/schemas/Node' },
        { children: [{ children: 'no' }] },
      );

      assert.equal(result.valid, false);
      assert.equal(result.problems[0]!.path, '/children/0/children');
    });
  });

  describe('with a spec split over files', () => {
    const entry = fixture('loader/split/openapi.yaml');

    it('follows relative $refs into other files and validates clean', async () => {
      const result = await validateSpec(entry);

      assert.deepEqual(
        [...result.spec.files.keys()].sort(),
        [
          entry,
          fixture('loader/split/paths/user.yaml'),
          fixture('loader/split/schemas/user.yaml'),
        ].sort(),
      );
      assert.equal(result.valid, true);
      assert.deepEqual(
        result.problems.filter((p) => p.severity !== 'info'),
        [],
      );
    });

    it('places a problem in the file that holds it', async () => {
      const { problems } = await validateSpec(entry);

      const [recursive] = only(problems, 'ref.circular', 'info');
      assert.ok(recursive);
      assert.equal(recursive.file, fixture('loader/split/schemas/user.yaml'));
      assert.equal(recursive.line, positionOf(recursive.file, "$ref: '#/User'").line);
    });

    it('checks payloads through refs that cross files', async () => {
      const validator = new PayloadValidator(await loadSpec(entry));

      assert.equal(
        validator.check(
          { kind: 'operation', operation: 'getUser', direction: 'response' },
          { id: '1', name: 'Ada', manager: { id: '2', name: 'Bo' } },
        ).valid,
        true,
      );
      const bad = validator.check(
        { kind: 'operation', operation: 'GET /users/{id}', direction: 'response', status: 200 },
        { id: '1', manager: { id: 2, name: 'Bo' } },
      );
      assert.deepEqual(bad.problems.map((p) => p.path).sort(), ['', '/manager/id']);
    });

    it('reads an unsaved entry text instead of the file', async () => {
      const text = readFileSync(entry, 'utf8').replace(
        'version: 1.0.0',
        'version: 1.0.0\n  bogus: 1',
      );

      const result = await validateSpec(entry, { entryText: text });

      assert.equal(result.valid, false);
      assert.ok(result.problems.some((p) => /bogus/.test(p.message) && p.line === 5));
    });
  });

  describe('with Swagger 2.0', () => {
    it('converts to the OpenAPI 3 shape and resolves #/definitions refs', async () => {
      const result = await validateSpec(fixture('loader/swagger.json'));

      assert.equal(result.spec.kind, 'swagger-2.0');
      assert.deepEqual(result.problems, []);
      const document = result.spec.document as { openapi: string; servers: { url: string }[] };
      assert.match(document.openapi, /^3\.0/);
      assert.equal(document.servers[0]!.url, 'https://pets.example.com/v1');
    });

    it('checks a body parameter as the request body, with x-nullable honoured', async () => {
      const validator = new PayloadValidator(await loadSpec(fixture('loader/swagger.json')));

      assert.equal(
        validator.check(
          { kind: 'operation', operation: 'addPet', direction: 'request' },
          { name: 'Rex', tag: null },
        ).valid,
        true,
      );
      assert.equal(
        validator.check(
          { kind: 'operation', operation: 'addPet', direction: 'request' },
          { tag: 'x' },
        ).valid,
        false,
      );
      assert.equal(
        validator.check(
          { kind: 'operation', operation: 'addPet', direction: 'response', status: '201' },
          { name: 'Rex' },
        ).valid,
        true,
      );
    });

    it('reports a Swagger schema problem at its line in the source file', async () => {
      const file = fixture('loader/bad-swagger.json');
      const { problems } = await validateSpec(file);

      assert.equal(problems.length, 1);
      assert.match(problems[0]!.message, /missing required field "version"/);
      assert.equal(problems[0]!.line, positionOf(file, '"info"').line);
    });
  });

  describe('with JSON Schema files', () => {
    it('validates a good schema and checks payloads against its root', async () => {
      const file = fixture('loader/address.schema.json');
      const result = await validateSpec(file);
      const validator = new PayloadValidator(result.spec);

      assert.equal(result.spec.kind, 'json-schema');
      assert.equal(result.valid, true);
      assert.equal(
        validator.check({ kind: 'schema', ref: '#' }, { street: 'Main', zip: '12345' }).valid,
        true,
      );
      assert.equal(validator.check({ kind: 'schema', ref: '#' }, { zip: '1' }).problems.length, 2);
    });

    it('reports a wrong keyword value at its line against the meta-schema', async () => {
      const file = fixture('loader/bad.schema.json');
      const { problems, valid } = await validateSpec(file);

      assert.equal(valid, false);
      assert.ok(problems.every((p) => p.line === positionOf(file, '"text"').line));
    });
  });

  it('reports a YAML syntax error with its line instead of throwing', async () => {
    const { problems } = await validateSpec(fixture('loader/syntax.yaml'));

    assert.ok(only(problems, 'parse').length > 0);
    assert.ok(only(problems, 'parse').every((p) => p.line >= 6));
  });

  it('throws contracts.read for an entry file that does not exist', async () => {
    await assert.rejects(loadSpec(fixture('loader/nothing-here.yaml')), { code: 'contracts.read' });
  });
});
