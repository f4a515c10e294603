import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { CaptainExtensionApi } from '../../../src/extension/captainExtension';
import type { EngineStatus } from '../../../src/engine/protocol';

describe('Captain extension in Restricted Mode', () => {
  it('runs untrusted and tells the engine so', async () => {
    const extension = vscode.extensions.getExtension<CaptainExtensionApi>(
      'captain-dev.api-integration-captain',
    );
    assert.ok(extension);
    const api = await extension.activate();

    assert.equal(vscode.workspace.isTrusted, false);
    const status = await vscode.commands.executeCommand<EngineStatus>('captain.engine.showStatus');

    assert.equal(status?.state, 'ready');
    assert.ok(api.engine.pid);
    assert.equal(status.trusted, false);
    // The demo config declares endpoints, but the engine was initialised untrusted: it reads none.
    const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
    assert.ok(fs.existsSync(path.join(folder, 'captain.config.json')));
  });
});
