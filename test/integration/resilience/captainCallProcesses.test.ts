import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CaptainStore } from '../../../src/engine/store/captainStore';
import { CircuitRepository } from '../../../src/engine/resilience/circuitRepository';
import { runCaptain, startCaptain } from './captainProcess';
import { FaultServer } from './faultServer';

describe('captain call in separate processes', function () {
  this.timeout(60_000);
  let server: FaultServer;
  let workspace: string;

  function writeConfig(policies: Record<string, unknown>): void {
    fs.writeFileSync(
      path.join(workspace, 'captain.config.json'),
      JSON.stringify({ services: { api: { baseUrl: server.url, policies } } }),
    );
  }

  beforeEach(async () => {
    server = await FaultServer.start();
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-call-processes-'));
  });

  afterEach(async () => {
    await server.close();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('opens the circuit when separate runs against a 503 reach the threshold', async () => {
    writeConfig({ retry: { maxAttempts: 1 }, circuitBreaker: { consecutiveFailures: 3 } });
    server.play([], { status: 503 });

    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const run = await runCaptain(workspace, ['call', 'api', 'GET', '/fail', '--json']);
      const printed = JSON.parse(run.stdout) as { status?: number; error?: { code: string } };
      codes.push(printed.error?.code ?? String(printed.status));
    }
    const listed = JSON.parse(
      (await runCaptain(workspace, ['circuits', '--json'])).stdout,
    ) as Array<{ key: string; state: string; failureCount: number }>;

    assert.deepEqual(codes, ['503', '503', '503', 'circuit_open', 'circuit_open']);
    assert.equal(server.requests.length, 3);
    const store = CaptainStore.open(path.join(workspace, '.captain', 'captain.db'));
    try {
      const stored = new CircuitRepository(store.db).get('api:circuit:api:GET /fail');
      assert.equal(stored?.state, 'open');
      assert.equal(stored?.failureCount, 3);
      assert.deepEqual(
        listed.map((circuit) => [circuit.key, circuit.state, circuit.failureCount]),
        [['api:circuit:api:GET /fail', 'open', stored?.failureCount]],
      );
    } finally {
      store.close();
    }
  });

  it('sends the same idempotency key after the process is killed mid-call and run again', async () => {
    writeConfig({ retry: { maxAttempts: 3, initialDelayMs: 5 } });
    server.play([{ hang: true }], { status: 201, body: { id: 'ord_1' } });
    const args = [
      'call',
      'api',
      'POST',
      '/orders',
      '--data',
      '{"sku":"a"}',
      '--call-id',
      'order-42',
    ];

    const first = startCaptain(workspace, [...args, '--json']);
    const exited = new Promise((resolve) => first.once('exit', resolve));
    const deadline = Date.now() + 20_000;
    while (server.requests.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    first.kill('SIGKILL');
    await exited;
    const second = await runCaptain(workspace, [...args, '--json']);

    assert.equal(JSON.parse(second.stdout).status, 201);
    const keys = server.keys();
    assert.equal(keys.length, 2);
    assert.match(keys[0], /^[0-9a-f-]{36}$/);
    assert.equal(keys[1], keys[0]);
  });

  it('sends the key given with --idempotency-key on every attempt', async () => {
    writeConfig({ retry: { maxAttempts: 3, initialDelayMs: 5 } });
    server.play([{ status: 503 }], { status: 201 });

    const run = await runCaptain(workspace, [
      'call',
      'api',
      'POST',
      '/orders',
      '--data',
      '{"sku":"b"}',
      '--idempotency-key',
      'order-43',
      '--json',
    ]);

    assert.equal(JSON.parse(run.stdout).idempotencyKey, 'order-43');
    assert.deepEqual(server.keys(), ['order-43', 'order-43']);
  });
});
