import path from 'node:path';
import * as vscode from 'vscode';
import { configFileName } from '../engine/config/captainConfig';
import type { InitializeParams } from '../engine/protocol';
import { resolveStorePath } from '../engine/store/storePaths';
import { ConfigDiagnostics } from './configDiagnostics';
import { EngineClient } from './engineClient';
import { EngineStatusBar } from './engineStatusBar';
import { FoundationCommands, secretStorageKey } from './foundationCommands';
import { Disposable } from './lifecycle';
import { createLogger, disposeLogChannel, logChannel } from './logger';
import { registerCaptainFace } from './captain/captainFace';
import { registerCircuitsFace } from './circuits/circuitsCommands';
import { registerContractsFace } from './contracts/contractsCommands';
import { registerOAuthFace } from './oauth/oauthCommands';
import { registerWebhooksFace } from './webhooks/webhooksCommands';
import { createVaultKeyBroker } from './oauth/vaultKeyBroker';
import { oauthVaultKeyRequest } from '../engine/protocol';

/** The views of the Captain container, in the order package.json declares them. */
export const captainViews = [
  'captain.webhooks',
  'captain.circuits',
  'captain.oauth',
  'captain.contracts',
] as const;

/** What the extension returns from `activate`, for tests and other extensions. */
export interface CaptainExtensionApi {
  readonly engine: EngineClient;
  /** Milliseconds `activate` took, measured inside the extension host. */
  readonly activationMs: number;
  /** Milliseconds spent evaluating the bundle plus `activate`: the extension's own start-up cost. */
  readonly loadAndActivationMs: number;
}

/**
 * Everything the extension owns. Activation only registers; the engine process starts when a
 * command or view first needs it.
 */
export class CaptainExtension extends Disposable {
  readonly engine: EngineClient;
  private readonly log = createLogger('Extension');

  constructor(private readonly context: vscode.ExtensionContext) {
    super();
    this._register({ dispose: disposeLogChannel });

    this.engine = this._register(
      new EngineClient(
        {
          entry: context.asAbsolutePath(path.join('dist', 'engine.js')),
          initializeParams: () => this.initializeParams(),
          readSecret: (name) => context.secrets.get(secretStorageKey(name)),
        },
        createLogger('EngineClient'),
        createLogger('Engine'),
      ),
    );
    this._register(new EngineStatusBar(this.engine));
    this._register(new FoundationCommands(this.engine, context.secrets, createLogger('Commands')));
    this._register(new ConfigDiagnostics());

    this.engine.handleEngineRequest(
      oauthVaultKeyRequest,
      createVaultKeyBroker(context.secrets, logChannel()),
    );
    this._register(registerWebhooksFace(this.engine, logChannel(), context));
    this._register(registerOAuthFace(this.engine, logChannel(), context));
    this._register(registerCircuitsFace(this.engine, logChannel(), context));
    this._register(registerContractsFace(this.engine, logChannel(), context));
    this._register(registerCaptainFace(this.engine, logChannel(), context));

    this._register(
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        this.log.info('workspace trusted; restarting the engine with the workspace config');
        if (this.engine.status) {
          void this.engine.restart();
        }
      }),
    );
    this._register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (
          event.affectsConfiguration('captain.storage.path') ||
          event.affectsConfiguration('captain.webhooks')
        ) {
          this.log.info('settings changed; the engine picks them up at its next start');
        }
      }),
    );
    if (!vscode.workspace.isTrusted) {
      this.log.info('Restricted Mode: captain.config.json is not read and no secret is resolved');
    }
  }

  private initializeParams(): InitializeParams {
    const settings = vscode.workspace.getConfiguration('captain');
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const workspaceFolder = folder ?? this.context.globalStorageUri.fsPath;
    const explicitStore = settings.get<string>('storage.path') ?? '';
    return {
      workspaceFolder,
      storePath: resolveStorePath(workspaceFolder, explicitStore),
      configFile: path.join(workspaceFolder, configFileName),
      trusted: vscode.workspace.isTrusted,
      settings: {
        webhookHost: settings.get<string>('webhooks.host'),
        webhookPort: settings.get<number>('webhooks.port'),
        webhookMaxBodyBytes: settings.get<number>('webhooks.maxBodyBytes'),
      },
    };
  }
}
