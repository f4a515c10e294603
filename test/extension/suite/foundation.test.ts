import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import * as vscode from 'vscode';
import type { CaptainExtensionApi } from '../../../src/extension/captainExtension';
import type { EngineStatus } from '../../../src/engine/protocol';
import { CaptainStore } from '../../../src/engine/store/captainStore';
import { migrations } from '../../../src/engine/store/migrations';

const extensionId = 'captain-dev.api-integration-captain';

async function activated(): Promise<CaptainExtensionApi> {
  const extension = vscode.extensions.getExtension<CaptainExtensionApi>(extensionId);
  assert.ok(extension, `${extensionId} is not installed in this host`);
  return extension.activate();
}

/** Resolves with the first status change that satisfies `accept`, or rejects after `timeoutMs`. */
function nextStatus(
  api: CaptainExtensionApi,
  accept: (status: EngineStatus | undefined) => boolean,
  timeoutMs = 20_000,
): Promise<EngineStatus | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no matching engine status within ${timeoutMs} ms`));
    }, timeoutMs);
    const subscription = api.engine.onDidChangeStatus((status) => {
      if (accept(status)) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(status);
      }
    });
  });
}

async function until<T>(probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = probe();
    if (value !== undefined) {
      return value;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

describe('Captain extension (real extension host)', () => {
  const workspace = () => vscode.workspace.workspaceFolders![0].uri.fsPath;

  it('activates without starting the engine', async () => {
    const api = await activated();

    assert.equal(api.engine.pid, undefined);
    assert.equal(api.engine.status, undefined);
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['captain.engine.showStatus', 'captain.engine.restart', 'captain.log.open']) {
      assert.ok(commands.includes(id), `${id} is not registered`);
    }
    console.log(
      `[captain-test] activation took ${api.activationMs.toFixed(1)} ms, ` +
        `${api.loadAndActivationMs.toFixed(1)} ms with loading the bundle`,
    );
  });

  it('registers every command the manifest contributes', async () => {
    await activated();
    const manifest = vscode.extensions.getExtension(extensionId)!.packageJSON as {
      contributes: { commands: Array<{ command: string }> };
    };

    const registered = new Set(await vscode.commands.getCommands(true));

    const contributed = manifest.contributes.commands.map((entry) => entry.command);
    assert.deepEqual(
      contributed.filter((id) => !registered.has(id)),
      [],
    );
  });

  it('starts the engine on first use and reports it ready', async () => {
    const api = await activated();

    const status = await vscode.commands.executeCommand<EngineStatus>('captain.engine.showStatus');

    assert.equal(status?.state, 'ready');
    assert.equal(status.trusted, true);
    assert.ok(api.engine.pid && api.engine.pid !== process.pid);
    assert.equal(status.schemaVersion, CaptainStore.latestSchemaVersion);
    assert.equal(status.storePath, path.join(workspace(), '.captain', 'captain.db'));
    assert.ok(fs.existsSync(path.join(workspace(), '.captain', '.gitignore')));
    console.log(`[captain-test] engine ready ${status.readyMs} ms after its process started`);
  });

  it('restarts the engine after its process is killed', async () => {
    const api = await activated();
    await api.engine.start();
    const firstPid = api.engine.pid!;

    const restarted = nextStatus(
      api,
      (status) => status?.state === 'ready' && status.pid !== firstPid,
    );
    process.kill(firstPid, 'SIGKILL');
    const status = await restarted;

    assert.notEqual(status?.pid, firstPid);
    assert.equal(api.engine.pid, status?.pid);
  });

  it('migrates an older store it is pointed at, keeping its rows', async () => {
    await activated();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-ext-store-'));
    const file = path.join(folder, 'old.db');
    const old = new BetterSqlite3(file);
    migrations[0].up(old);
    old.pragma('user_version = 1');
    old
      .prepare(
        'INSERT INTO integrations (key, service, endpoint, config_json, updated_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run('api:integration:payments:charges', 'payments', 'charges', '{}', 1);
    old.close();
    const settings = vscode.workspace.getConfiguration('captain');

    await settings.update('storage.path', file, vscode.ConfigurationTarget.Workspace);
    try {
      const status = await vscode.commands.executeCommand<EngineStatus>('captain.engine.restart');

      assert.equal(status?.state, 'ready');
      assert.equal(status.storePath, file);
      assert.equal(status.schemaVersion, CaptainStore.latestSchemaVersion);
      const reopened = new BetterSqlite3(file, { readonly: true });
      const row = reopened.prepare('SELECT service FROM integrations').get() as { service: string };
      reopened.close();
      assert.equal(row.service, 'payments');
    } finally {
      await settings.update('storage.path', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('captain.engine.restart');
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reports a failed start with the store file named, then recovers', async () => {
    const api = await activated();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-ext-corrupt-'));
    const file = path.join(folder, 'corrupt.db');
    fs.writeFileSync(file, 'not a database '.repeat(500));
    const settings = vscode.workspace.getConfiguration('captain');

    await settings.update('storage.path', file, vscode.ConfigurationTarget.Workspace);
    try {
      const status = await vscode.commands.executeCommand<EngineStatus>('captain.engine.restart');

      assert.equal(status?.state, 'failed');
      assert.match(status.reason ?? '', new RegExp(file.replaceAll('/', '\\/')));
    } finally {
      await settings.update('storage.path', undefined, vscode.ConfigurationTarget.Workspace);
      const status = await vscode.commands.executeCommand<EngineStatus>('captain.engine.restart');
      assert.equal(status?.state, 'ready');
      assert.ok(api.engine.pid);
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('shows config problems as diagnostics at their line', async () => {
    await activated();
    const uri = vscode.Uri.file(path.join(workspace(), 'captain.config.json'));
    const original = await vscode.workspace.fs.readFile(uri).then(
      (bytes) => bytes,
      () => undefined,
    );
    const broken =
      '{\n  "webhooks": {\n    "endpoints": {\n      "shop": { "provider": "shopfiy" }\n    }\n  }\n}\n';

    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(broken));
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const diagnostics = await until(() => {
        const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'captain');
        return found.length > 0 ? found : undefined;
      });

      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0].range.start.line, 3);
      assert.match(diagnostics[0].message, /expected one of "stripe"/);
      assert.match(diagnostics[0].message, /webhooks\.endpoints\.shop\.provider/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      if (original) {
        await vscode.workspace.fs.writeFile(uri, original);
      }
    }
  });
});
