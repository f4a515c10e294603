import * as assert from 'assert';
import * as vscode from 'vscode';

const extensionId = 'captain-dev.api-integration-captain';

describe('Extension host harness', () => {
  it('runs inside a VS Code 1.x extension host', () => {
    console.log(
      `[captain-test] vscode ${vscode.version}, ${vscode.env.appName}, ${process.version}`,
    );

    assert.ok(vscode.version.startsWith('1.'), `expected a 1.x version, got ${vscode.version}`);
  });

  it('opens a workspace folder', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];

    assert.ok(folders.length > 0, 'expected a workspace folder; check the launch arguments');
    console.log(`[captain-test] workspace ${folders[0].uri.fsPath}`);
  });

  it('lists the extension under development', () => {
    const extension = vscode.extensions.getExtension(extensionId);

    assert.ok(extension, `expected ${extensionId} among vscode.extensions`);
    assert.strictEqual(extension.packageJSON.publisher, 'captain-dev');
  });
});
