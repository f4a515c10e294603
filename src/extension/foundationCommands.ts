import * as vscode from 'vscode';
import { configFileName } from '../engine/config/captainConfig';
import type { EngineClient } from './engineClient';
import { Disposable } from './lifecycle';
import { logChannel, type ComponentLogger } from './logger';

/** SecretStorage keys of `${secret:NAME}` references. */
export function secretStorageKey(name: string): string {
  return `captain.secret.${name}`;
}

const starterConfig = `{
  "webhooks": { "endpoints": {} },
  "oauth": { "providers": {} },
  "services": {},
  "contracts": { "specs": ["**/*.openapi.yaml", "**/openapi.{yaml,yml,json}"] }
}
`;

/** Commands of the foundation: engine status and restart, the log, the config file, secrets. */
export class FoundationCommands extends Disposable {
  constructor(
    private readonly engine: EngineClient,
    private readonly secrets: vscode.SecretStorage,
    private readonly log: ComponentLogger,
  ) {
    super();
    this._register(
      vscode.commands.registerCommand('captain.engine.showStatus', () => this.showStatus()),
    );
    this._register(vscode.commands.registerCommand('captain.engine.restart', () => this.restart()));
    this._register(
      vscode.commands.registerCommand('captain.log.open', () => logChannel().show(true)),
    );
    this._register(vscode.commands.registerCommand('captain.config.open', () => this.openConfig()));
    this._register(
      vscode.commands.registerCommand('captain.secrets.set', (name?: string) =>
        this.setSecret(name),
      ),
    );
  }

  /** Starts the engine if needed and reports its state; returns the status for tests. */
  private async showStatus() {
    try {
      await this.engine.start();
    } catch (error) {
      this.log.error(`engine status: ${(error as Error).message}`);
    }

    const status = this.engine.status;
    const openLog = vscode.l10n.t('Open Log');
    const restart = vscode.l10n.t('Restart Engine');
    const message =
      status?.state === 'ready'
        ? vscode.l10n.t(
            'Captain engine ready: pid {0}, store {1} (schema {2}), ready in {3} ms.',
            status.pid,
            status.storePath,
            status.schemaVersion,
            status.readyMs,
          )
        : vscode.l10n.t(
            'Captain engine failed: {0}',
            status?.reason ?? vscode.l10n.t('not running'),
          );
    const show =
      status?.state === 'ready'
        ? vscode.window.showInformationMessage
        : vscode.window.showErrorMessage;
    void show(message, openLog, restart).then((choice) => {
      if (choice === openLog) {
        logChannel().show(true);
      } else if (choice === restart) {
        void this.restart();
      }
    });
    return status;
  }

  private async restart() {
    return vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Window,
        title: vscode.l10n.t('Restarting the Captain engine'),
      },
      async () => {
        try {
          return await this.engine.restart();
        } catch (error) {
          void vscode.window.showErrorMessage(
            vscode.l10n.t('Captain engine failed: {0}', (error as Error).message),
          );
          return this.engine.status;
        }
      },
    );
  }

  private async openConfig(): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Open a folder first: the config lives at its root.'),
      );
      return undefined;
    }

    const uri = vscode.Uri.joinPath(folder.uri, configFileName);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(starterConfig));
      this.log.info(`created ${uri.fsPath}`);
    }
    await vscode.window.showTextDocument(uri);
    return uri;
  }

  private async setSecret(preset?: string): Promise<string | undefined> {
    const name =
      preset ??
      (await vscode.window.showInputBox({
        title: vscode.l10n.t('Captain: Set Secret'),
        prompt: vscode.l10n.t(
          'Name of the secret, referenced in captain.config.json as ${secret:NAME}',
        ),
        validateInput: (value) =>
          /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(value)
            ? undefined
            : vscode.l10n.t('Use letters, digits, _, . or -'),
      }));
    if (!name) {
      return undefined;
    }

    const value = await vscode.window.showInputBox({
      title: vscode.l10n.t('Captain: Set Secret {0}', name),
      prompt: vscode.l10n.t('The value is kept in VS Code SecretStorage, never in the workspace'),
      password: true,
      ignoreFocusOut: true,
    });
    if (value === undefined) {
      return undefined;
    }

    await this.secrets.store(secretStorageKey(name), value);
    const reference = `\${secret:${name}}`;
    await vscode.env.clipboard.writeText(reference);
    this.log.info(`stored secret ${name}`);
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Stored secret {0}. {1} is on the clipboard for captain.config.json.',
        name,
        reference,
      ),
    );
    return reference;
  }
}
