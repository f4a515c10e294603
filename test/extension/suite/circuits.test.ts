import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as vscode from 'vscode';
import type { CaptainExtensionApi } from '../../../src/extension/captainExtension';
import type { RenderedCircuitItem } from '../../../src/extension/circuits/circuitsTreeDataProvider';
import type { HttpCallResponse } from '../../../src/engine/connectors/httpConnector';
import type {
  CallServiceParams,
  CircuitView,
} from '../../../src/engine/resilience/resilienceProtocol';

const extensionId = 'captain-dev.api-integration-captain';
const service = 'flaky';
const endpoint = 'GET /orders';

async function activated(): Promise<CaptainExtensionApi> {
  const extension = vscode.extensions.getExtension<CaptainExtensionApi>(extensionId);
  assert.ok(extension, `${extensionId} is not installed in this host`);
  return extension.activate();
}

/** What the Circuits view renders now (the refresh command returns it). */
async function viewItems(): Promise<RenderedCircuitItem[]> {
  return (await vscode.commands.executeCommand<RenderedCircuitItem[]>('captain.circuits.refresh'))!;
}

/** A call through the engine; request types must come from the extension's own bundle. */
function callService(call: CallServiceParams): Promise<HttpCallResponse> {
  return Promise.resolve(
    vscode.commands.executeCommand<HttpCallResponse>('captain.services.call', call),
  );
}

async function circuitItem(): Promise<RenderedCircuitItem | undefined> {
  const serviceItem = (await viewItems()).find((item) => item.label === service);
  return serviceItem?.children.find((item) => item.label === endpoint);
}

/** Polls `probe` every 50 ms until it returns a value; bounded by `timeoutMs`. */
async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let pass = 0; pass < 10_000 && Date.now() < deadline; pass++) {
    const value = await probe();
    if (value !== undefined) {
      return value;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

describe('Circuits view (real extension host)', () => {
  const workspace = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
  const configFile = () => path.join(workspace(), 'captain.config.json');
  let originalConfig: string;
  let server: http.Server;
  let requestsSeen = 0;

  before(async () => {
    server = http.createServer((_request, response) => {
      requestsSeen += 1;
      response.writeHead(503, { 'content-type': 'application/json' });
      response.end('{"error":"down for the test"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    originalConfig = fs.readFileSync(configFile(), 'utf8');
    const config = JSON.parse(originalConfig) as { services?: Record<string, unknown> };
    config.services = {
      ...config.services,
      [service]: {
        baseUrl: `http://127.0.0.1:${port}`,
        policies: {
          timeoutMs: 2000,
          retry: { maxAttempts: 1 },
          circuitBreaker: { consecutiveFailures: 2, halfOpenAfterMs: 600_000 },
        },
      },
    };
    fs.writeFileSync(configFile(), JSON.stringify(config, null, 2));
  });

  after(async () => {
    fs.writeFileSync(configFile(), originalConfig);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('shows a circuit open after the service fails', async () => {
    await activated();
    for (let call = 0; call < 2; call++) {
      const response = await callService({ service, method: 'GET', path: '/orders' });
      assert.equal(response.status, 503);
    }
    await assert.rejects(callService({ service, method: 'GET', path: '/orders' }), /is open/);
    assert.equal(requestsSeen, 2, 'the open circuit let a call through');

    const item = await until(async () => {
      const found = await circuitItem();
      return found?.description?.startsWith('open') ? found : undefined;
    }, 5000);
    assert.equal(item.iconId, 'error');
    assert.equal(item.contextValue, 'captain.circuit.open');
    assert.match(item.description ?? '', /^open · 2 failures · HTTP 503 · trial in \d+ s$/);
    const serviceItem = (await viewItems()).find((entry) => entry.label === service);
    assert.equal(serviceItem?.iconId, 'error');
  });

  it('shows the open circuit and the failed calls in the Integration Health page', async () => {
    const html = await vscode.commands.executeCommand<string>('captain.health.show');

    assert.ok(html, 'captain.health.show rendered nothing');
    assert.match(html, new RegExp(`<h2>${service} <span class="count">\\d+ calls`));
    assert.match(html, /class="span state-open"/);
    assert.match(html, /class="line p95"/);
    assert.match(html, /script-src 'none'/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('closes the circuit with the Reset command', async () => {
    const before = await circuitItem();
    assert.ok(before?.description?.startsWith('open'));

    await vscode.commands.executeCommand('captain.circuits.reset', {
      kind: 'circuit',
      circuit: { service, endpoint } as CircuitView,
    });

    const item = await until(async () => {
      const found = await circuitItem();
      return found?.description?.startsWith('closed') ? found : undefined;
    }, 2000);
    assert.equal(item.iconId, 'pass-filled');
  });

  it('shows a reset made by a CLI run on the same store within a second', async () => {
    const api = await activated();
    await vscode.commands.executeCommand('captain.circuits.isolate', {
      kind: 'service',
      service,
    });
    await until(async () => {
      const found = await circuitItem();
      return found?.description?.startsWith('isolated') ? found : undefined;
    }, 2000);

    const cli = path.join(
      vscode.extensions.getExtension(extensionId)!.extensionPath,
      'dist/cli.js',
    );
    const store = path.join(workspace(), '.captain', 'captain.db');
    // The engine's watcher announces changes another process made to the store.
    let announcedAt: number | undefined;
    const subscription = api.engine.onDidChange((change) => {
      if (change.topic === 'circuits' && change.reason === 'changed in the store') {
        announcedAt ??= Date.now();
      }
    });
    let exitedAt: number;
    try {
      await new Promise<void>((resolve, reject) => {
        execFile(
          process.execPath,
          [cli, 'circuits', 'reset', `${service}:${endpoint}`, '--db', store, '-C', workspace()],
          // Under desktop VS Code the host is Electron; this makes it run the CLI as plain Node.
          { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, timeout: 20_000 },
          (error, _stdout, stderr) =>
            error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(),
        );
      });
      exitedAt = Date.now();
      await until(async () => announcedAt, 3000);
    } finally {
      subscription.dispose();
    }

    const seenAfterMs = announcedAt! - exitedAt;
    console.log(
      `[captain-test] CLI reset announced to the view ${seenAfterMs} ms after the CLI exited`,
    );
    assert.ok(seenAfterMs < 1000, `the view heard of the CLI's reset after ${seenAfterMs} ms`);
    const item = await circuitItem();
    assert.match(item?.description ?? '', /^closed/);
    assert.equal(item?.iconId, 'pass-filled');
  });
});
