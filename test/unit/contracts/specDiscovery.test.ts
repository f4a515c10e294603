import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { discoverSpecs } from '../../../src/engine/contracts/specDiscovery';
import { loadSpec } from '../../../src/engine/contracts/specLoader';

const openapiYaml = `openapi: 3.0.3
info: { title: Orders, version: '1' }
paths: {}
`;
const swaggerJson = JSON.stringify({
  swagger: '2.0',
  info: { title: 'Pets', version: '1' },
  paths: {},
});
const addressSchema = JSON.stringify({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: { street: { type: 'string' } },
});
// No `$schema`, no `type`: a JSON Schema all the same.
const choiceSchema = JSON.stringify({ oneOf: [{ const: 'a' }, { const: 'b' }] });

describe('discoverSpecs', () => {
  let workspace: string;
  const write = (relative: string, text: string): void => {
    const file = path.join(workspace, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  const relative = (files: string[]): string[] =>
    files.map((file) => path.relative(workspace, file).split(path.sep).join('/'));

  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'captain-discovery-'));
    write('api/openapi.yaml', openapiYaml);
    write('legacy/swagger.json', swaggerJson);
    write('schemas/address.schema.json', addressSchema);
    write('schemas/choice.schema.json', choiceSchema);
    write('payloads/order.json', '{"id": "o_1"}');
    write('node_modules/some-sdk/openapi.yaml', openapiYaml);
    write('node_modules/some-sdk/config.schema.json', addressSchema);
    write('.captain/export.schema.json', addressSchema);
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it('finds OpenAPI, Swagger and JSON Schema files by default, outside node_modules and .captain', async () => {
    const files = await discoverSpecs(workspace);

    assert.deepEqual(relative(files), [
      'api/openapi.yaml',
      'legacy/swagger.json',
      'schemas/address.schema.json',
      'schemas/choice.schema.json',
    ]);
  });

  it('loads each default find as the kind its content says', async () => {
    const files = await discoverSpecs(workspace);

    const kinds = await Promise.all(files.map(async (file) => (await loadSpec(file)).kind));

    assert.deepEqual(kinds, ['openapi-3.0', 'swagger-2.0', 'json-schema', 'json-schema']);
  });

  it('uses only the configured globs when given, still skipping node_modules', async () => {
    const payloads = await discoverSpecs(workspace, ['payloads/**/*.json']);
    const yaml = await discoverSpecs(workspace, ['**/*.yaml']);

    assert.deepEqual(relative(payloads), ['payloads/order.json']);
    assert.deepEqual(relative(yaml), ['api/openapi.yaml']);
  });

  it('finds nothing in a missing folder', async () => {
    const missing = await discoverSpecs(path.join(workspace, 'nowhere'));

    assert.deepEqual(missing, []);
  });
});
