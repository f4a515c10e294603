import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { CaptainExtensionApi } from '../../../src/extension/captainExtension';
import type { EngineStatus } from '../../../src/engine/protocol';
import { oauthListRequest } from '../../../src/engine/oauth/oauthProtocol';
import {
  webhooksListEndpointsRequest,
  webhooksStartRequest,
  webhooksStopRequest,
} from '../../../src/engine/webhooks/webhooksProtocol';

/**
 * A request by method name: this bundle has its own copy of vscode-jsonrpc, whose RequestType the
 * extension's copy does not recognise.
 */
function byName<T extends { method: string }>(type: T): T {
  return type.method as unknown as T;
}

describe('Captain extension in Restricted Mode', () => {
  let api: CaptainExtensionApi;

  before(async () => {
    const extension = vscode.extensions.getExtension<CaptainExtensionApi>(
      'captain-dev.api-integration-captain',
    );
    assert.ok(extension);
    api = await extension.activate();
  });

  it('runs untrusted and tells the engine so', async () => {
    assert.equal(vscode.workspace.isTrusted, false);

    const status = await vscode.commands.executeCommand<EngineStatus>('captain.engine.showStatus');

    assert.equal(status?.state, 'ready');
    assert.ok(api.engine.pid);
    assert.equal(status.trusted, false);
  });

  it('reads none of the endpoints and providers the workspace config declares', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
    const declared = JSON.parse(fs.readFileSync(path.join(folder, 'captain.config.json'), 'utf8'));
    assert.ok(Object.keys(declared.webhooks.endpoints).length > 0);
    assert.ok(Object.keys(declared.oauth.providers).length > 0);

    const { endpoints } = await api.engine.request(byName(webhooksListEndpointsRequest), {});
    const { providers } = await api.engine.request(byName(oauthListRequest), {});

    assert.deepEqual(endpoints, []);
    assert.deepEqual(providers, []);
  });

  it('serves no endpoint from the workspace config when the receiver is started', async () => {
    const started = await api.engine.request(byName(webhooksStartRequest), { port: 0 });
    try {
      assert.equal(started.running, true);
      assert.deepEqual(started.endpoints, []);
    } finally {
      await api.engine.request(byName(webhooksStopRequest), {});
    }
  });
});
