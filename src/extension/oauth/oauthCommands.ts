import * as vscode from 'vscode';
import type { CaptainEngine } from '../captainEngine';
import {
  oauthClaimsRequest,
  oauthDisconnectRequest,
  oauthRefreshRequest,
  oauthTokenRequest,
  type OAuthLoginFlow,
} from '../../engine/oauth/oauthProtocol';
import { describeExpiry } from '../../engine/oauth/connectionSummary';
import { connectProvider } from './oauthConnectFlow';
import { OAuthTreeDataProvider, type OAuthTreeNode } from './oauthTreeDataProvider';

const claimsScheme = 'captain-oauth-claims';

/** How often the visible view re-renders so that "expires in" stays current, in ms. */
export const expiryRefreshIntervalMs = 30_000;

/**
 * What a caller other than the view (a script, another extension, a test) may pass to the OAuth
 * commands instead of a tree node.
 */
export interface OAuthCommandArgs {
  /** The provider's name in `captain.config.json`. */
  readonly provider: string;
  /**
   * Connect only: called with the authorization URL (or, for the device flow, the verification
   * URL) instead of `vscode.env.openExternal`, for a caller that plays the browser's part
   * itself. The loopback server, the callback and the code exchange stay the same.
   */
  readonly openUrl?: (url: string) => Promise<void>;
  /** Connect only: the flow to use instead of the quick pick. */
  readonly flow?: OAuthLoginFlow;
}

/** A resolved item of the OAuth Connections view, as `captain.oauth.viewItems` returns it. */
export interface OAuthViewItem {
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string;
  readonly contextValue?: string;
  readonly children: readonly OAuthViewItem[];
}

/**
 * The OAuth face of the editor: the `captain.oauth` view and its commands Connect, Refresh,
 * Copy Access Token (after a modal warning), Show Claims (read-only JSON), Disconnect (revokes).
 * The view refreshes on engine changes of topic 'oauth'. No token is ever logged or shown.
 */
export function registerOAuthFace(
  engine: CaptainEngine,
  log: vscode.LogOutputChannel,
  context: vscode.ExtensionContext,
): vscode.Disposable {
  const tree = new OAuthTreeDataProvider(engine, log);
  const claims = new Map<string, string>();
  const claimsChanged = new vscode.EventEmitter<vscode.Uri>();
  const view = vscode.window.createTreeView('captain.oauth', {
    treeDataProvider: tree,
    showCollapseAll: true,
  });
  let ticker: NodeJS.Timeout | undefined;
  const tick = (visible: boolean) => {
    clearInterval(ticker);
    ticker = visible ? setInterval(() => tree.refresh(), expiryRefreshIntervalMs) : undefined;
  };
  tick(view.visible);
  const disposables: vscode.Disposable[] = [
    tree,
    claimsChanged,
    view,
    // "expires in" is computed when the engine lists; re-list while someone can see it.
    view.onDidChangeVisibility((event) => tick(event.visible)),
    new vscode.Disposable(() => clearInterval(ticker)),
    engine.onDidChange((change) => {
      if (change.topic === 'oauth') {
        tree.refresh();
      }
    }),
    vscode.workspace.registerTextDocumentContentProvider(claimsScheme, {
      onDidChange: claimsChanged.event,
      provideTextDocumentContent: (uri) => claims.get(uri.path) ?? '{}',
    }),
    vscode.commands.registerCommand('captain.oauth.refreshView', () => tree.refresh()),
    // Not contributed to the palette: lets tests and scripts read what the view shows.
    vscode.commands.registerCommand('captain.oauth.viewItems', () => viewItems(tree)),
    vscode.commands.registerCommand(
      'captain.oauth.connect',
      async (node?: OAuthTreeNode | OAuthCommandArgs) => {
        const provider = providerOf(node) ?? (await pickProvider(tree));
        if (provider !== undefined) {
          const args = node !== undefined && !('kind' in node) ? node : undefined;
          await connectProvider(engine, log, {
            provider,
            flow: args?.flow,
            openUrl: args?.openUrl,
          });
        }
      },
    ),
    vscode.commands.registerCommand(
      'captain.oauth.refresh',
      (node?: OAuthTreeNode | OAuthCommandArgs) =>
        withProvider(tree, node, async (provider) => {
          const summary = await engine.request(oauthRefreshRequest, { provider });
          log.info(`[OAuth] refreshed ${provider}`);
          void vscode.window.showInformationMessage(
            vscode.l10n.t(
              '{0} refreshed; {1}.',
              provider,
              describeExpiry(summary.expiresInSeconds),
            ),
          );
        }),
    ),
    vscode.commands.registerCommand(
      'captain.oauth.copyAccessToken',
      (node?: OAuthTreeNode | OAuthCommandArgs) =>
        withProvider(tree, node, async (provider) => {
          const copy = vscode.l10n.t('Copy Token');
          const answer = await vscode.window.showWarningMessage(
            vscode.l10n.t('Copy the {0} access token to the clipboard?', provider),
            {
              modal: true,
              detail: vscode.l10n.t(
                'Anyone who gets this token can call the API as you until it expires. Other apps can read the clipboard; do not paste it into chats, issues or logs.',
              ),
            },
            copy,
          );
          if (answer !== copy) {
            return;
          }
          await vscode.env.clipboard.writeText(
            await engine.request(oauthTokenRequest, { provider }),
          );
          log.info(`[OAuth] copied the ${provider} access token to the clipboard`);
        }),
    ),
    vscode.commands.registerCommand(
      'captain.oauth.showClaims',
      (node?: OAuthTreeNode | OAuthCommandArgs) =>
        withProvider(tree, node, async (provider) => {
          const result = await engine.request(oauthClaimsRequest, { provider });
          const path = `/${provider}-claims.json`;
          claims.set(path, `${JSON.stringify(result, null, 2)}\n`);
          const uri = vscode.Uri.from({ scheme: claimsScheme, path });
          claimsChanged.fire(uri);
          const document = await vscode.workspace.openTextDocument(uri);
          await vscode.languages.setTextDocumentLanguage(document, 'json');
          await vscode.window.showTextDocument(document, { preview: true });
        }),
    ),
    vscode.commands.registerCommand(
      'captain.oauth.disconnect',
      (node?: OAuthTreeNode | OAuthCommandArgs) =>
        withProvider(tree, node, async (provider) => {
          const disconnect = vscode.l10n.t('Revoke and Disconnect');
          const answer = await vscode.window.showWarningMessage(
            vscode.l10n.t('Disconnect {0}?', provider),
            {
              modal: true,
              detail: vscode.l10n.t('The tokens are revoked at the provider, then deleted here.'),
            },
            disconnect,
          );
          if (answer !== disconnect) {
            return;
          }
          const result = await engine.request(oauthDisconnectRequest, { provider });
          log.info(`[OAuth] disconnected ${provider} (${result.revoked} token(s) revoked)`);
          void vscode.window.showInformationMessage(
            result.note
              ? vscode.l10n.t('{0} disconnected: {1}', provider, result.note)
              : vscode.l10n.t('{0} disconnected; {1} token(s) revoked.', provider, result.revoked),
          );
        }),
    ),
  ];
  void context;

  return new vscode.Disposable(() => {
    for (const disposable of disposables.reverse()) {
      disposable.dispose();
    }
  });
}

async function withProvider(
  tree: OAuthTreeDataProvider,
  node: OAuthTreeNode | OAuthCommandArgs | undefined,
  work: (provider: string) => Promise<void>,
): Promise<void> {
  const provider = providerOf(node) ?? (await pickProvider(tree, true));
  if (provider === undefined) {
    return;
  }

  try {
    await work(provider);
  } catch (error) {
    showFailure(undefined, provider, error);
  }
}

function providerOf(node: OAuthTreeNode | OAuthCommandArgs | undefined): string | undefined {
  if (node === undefined) {
    return undefined;
  }
  if (!('kind' in node)) {
    return node.provider;
  }
  return node.kind === 'provider' ? node.item.name : node.provider;
}

/** The view's items as VS Code would render them, two levels deep. */
async function viewItems(
  tree: OAuthTreeDataProvider,
  node?: OAuthTreeNode,
): Promise<OAuthViewItem[]> {
  const nodes = await tree.getChildren(node);
  return Promise.all(
    nodes.map(async (child) => {
      const item = tree.getTreeItem(child);
      return {
        label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
        description: typeof item.description === 'string' ? item.description : undefined,
        tooltip: typeof item.tooltip === 'string' ? item.tooltip : item.tooltip?.value,
        contextValue: item.contextValue,
        children: await viewItems(tree, child),
      };
    }),
  );
}

async function pickProvider(
  tree: OAuthTreeDataProvider,
  connectedOnly = false,
): Promise<string | undefined> {
  const roots = await tree.getChildren();
  const names = roots
    .filter(
      (node): node is Extract<OAuthTreeNode, { kind: 'provider' }> => node.kind === 'provider',
    )
    .filter((node) => !connectedOnly || node.item.connection !== null)
    .map((node) => node.item.name);
  if (names.length === 0) {
    void vscode.window.showInformationMessage(
      connectedOnly
        ? vscode.l10n.t('No OAuth connection yet.')
        : vscode.l10n.t('No OAuth providers in captain.config.json.'),
    );
    return undefined;
  }
  return names.length === 1
    ? names[0]
    : vscode.window.showQuickPick(names, { placeHolder: vscode.l10n.t('OAuth provider') });
}

function showFailure(
  log: vscode.LogOutputChannel | undefined,
  provider: string,
  error: unknown,
): void {
  const message = error instanceof Error ? error.message : String(error);
  log?.error(`[OAuth] ${provider}: ${message}`);
  void vscode.window.showErrorMessage(message);
}
