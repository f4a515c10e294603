import { strict as assert } from 'node:assert';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ContractsService } from '../../../src/engine/contracts/contractsService';
import { createContractsTestContext, type ContractsTestContext } from './contractsTestContext';

describe('ContractsService with a spec split over files', function () {
  this.timeout(20_000);
  let context: ContractsTestContext;
  let service: ContractsService;
  let fragment: string;

  beforeEach(() => {
    context = createContractsTestContext({ contracts: { specs: ['split/openapi.yaml'] } });
    context.copyFixture('loader/split', 'split');
    fragment = path.join(context.folder, 'split', 'schemas', 'user.yaml');
    service = new ContractsService(context.engine());
  });

  afterEach(() => context.dispose());

  it('lists every file a spec is read from', async () => {
    const { specs } = await service.list();

    assert.deepEqual(
      specs[0]!.files.map((file) => path.relative(context.folder, file).split(path.sep).join('/')),
      ['split/openapi.yaml', 'split/paths/user.yaml', 'split/schemas/user.yaml'],
    );
  });

  it('sees an edited fragment although the entry file is unchanged (stale split spec)', async () => {
    const [before] = await service.validate('split/openapi.yaml');

    writeFileSync(fragment, readFileSync(fragment, 'utf8').replace("'#/User'", "'#/Nobody'"));
    const [after] = await service.validate('split/openapi.yaml');

    assert.equal(before!.valid, true, JSON.stringify(before!.problems));
    const missing = after!.problems.find((p) => p.code === 'ref.missing');
    assert.ok(missing, JSON.stringify(after!.problems));
    assert.equal(missing.file, fragment);
  });

  it('checks payloads against the edited fragment, not the cached one', async () => {
    const target = {
      kind: 'operation' as const,
      operation: 'GET /users/{id}',
      direction: 'response' as const,
      status: 200,
    };
    const first = await service.checkPayload('split/openapi.yaml', target, { id: 'u1', name: 'a' });

    writeFileSync(
      fragment,
      readFileSync(fragment, 'utf8').replace('required: [id, name]', 'required: [id, name, email]'),
    );
    // Same size and a later time: what a fast editor save can look like.
    const later = new Date(Date.now() + 5_000);
    utimesSync(fragment, later, later);
    const second = await service.checkPayload('split/openapi.yaml', target, {
      id: 'u1',
      name: 'a',
    });

    assert.equal(first.valid, true, JSON.stringify(first.problems));
    assert.equal(second.valid, false);
    assert.match(JSON.stringify(second.problems), /email/);
  });

  it('reloads when a missing referenced file appears', async () => {
    writeFileSync(
      path.join(context.folder, 'split', 'paths', 'user.yaml'),
      readFileSync(path.join(context.folder, 'split', 'paths', 'user.yaml'), 'utf8').replace(
        '../schemas/user.yaml#/User',
        '../schemas/extra.yaml#/User',
      ),
    );
    const [before] = await service.validate('split/openapi.yaml');

    writeFileSync(
      path.join(context.folder, 'split', 'schemas', 'extra.yaml'),
      'User: {type: object}\n',
    );
    const [after] = await service.validate('split/openapi.yaml');

    assert.ok(before!.problems.some((p) => p.code === 'ref.missingFile'));
    assert.ok(!after!.problems.some((p) => p.code === 'ref.missingFile'), JSON.stringify(after));
  });
});
