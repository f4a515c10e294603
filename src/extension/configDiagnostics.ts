import * as vscode from 'vscode';
import { configFileName } from '../engine/config/captainConfig';
import { readConfigText } from '../engine/config/configLoader';
import { Disposable } from './lifecycle';

/**
 * Checks `captain.config.json` as it is edited and shows each problem at its line and column in
 * the Problems panel. The loader is the same one the engine and the CLI use.
 */
export class ConfigDiagnostics extends Disposable {
  private readonly collection = this._register(
    vscode.languages.createDiagnosticCollection('captain-config'),
  );

  constructor() {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((document) => this.check(document)));
    this._register(vscode.workspace.onDidChangeTextDocument((event) => this.check(event.document)));
    this._register(
      vscode.workspace.onDidCloseTextDocument((document) => this.collection.delete(document.uri)),
    );
    for (const document of vscode.workspace.textDocuments) {
      this.check(document);
    }
  }

  /** Checks the workspace's config file on disk, opened or not; used at startup. */
  async checkWorkspaceFiles(): Promise<void> {
    const files = await vscode.workspace.findFiles(
      `**/${configFileName}`,
      '**/node_modules/**',
      20,
    );
    for (const uri of files) {
      this.check(await vscode.workspace.openTextDocument(uri));
    }
  }

  private check(document: vscode.TextDocument): void {
    if (!document.uri.path.endsWith(`/${configFileName}`)) {
      return;
    }

    const reading = readConfigText(document.uri.fsPath, document.getText());
    this.collection.set(
      document.uri,
      reading.problems.map((problem) => {
        const start = document.positionAt(problem.offset);
        const end = document.positionAt(problem.offset + Math.max(problem.length, 1));
        const diagnostic = new vscode.Diagnostic(
          new vscode.Range(start, end),
          problem.field ? `${problem.message} (${problem.field})` : problem.message,
          vscode.DiagnosticSeverity.Error,
        );
        diagnostic.source = 'captain';
        return diagnostic;
      }),
    );
  }
}
