import * as vscode from 'vscode';
import type { CaptainEngine } from '../captainEngine';
import { describeExpiry, type ConnectionSummary } from '../../engine/oauth/connectionSummary';
import { oauthListRequest, type OAuthProviderItem } from '../../engine/oauth/oauthProtocol';

/** A node of the OAuth Connections view: a provider, or a detail line of its connection. */
export type OAuthTreeNode =
  | { readonly kind: 'provider'; readonly item: OAuthProviderItem }
  | {
      readonly kind: 'detail';
      readonly provider: string;
      readonly label: string;
      readonly description?: string;
      readonly icon: string;
    };

/**
 * The OAuth Connections view: providers from `captain.config.json`, each expanding to its
 * connection (subject, scopes, expiry, last refresh). Never shows a token. Context values:
 * `oauthProvider.connected`, `oauthProvider.disconnected`, `oauthProvider.pending`.
 */
export class OAuthTreeDataProvider
  implements vscode.TreeDataProvider<OAuthTreeNode>, vscode.Disposable
{
  private readonly changed = new vscode.EventEmitter<OAuthTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private providers: readonly OAuthProviderItem[] = [];

  constructor(
    private readonly engine: CaptainEngine,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Re-reads providers and connections from the engine. */
  refresh(): void {
    this.changed.fire(undefined);
  }

  /** The last listed provider of that name. */
  provider(name: string): OAuthProviderItem | undefined {
    return this.providers.find((item) => item.name === name);
  }

  getTreeItem(node: OAuthTreeNode): vscode.TreeItem {
    if (node.kind === 'detail') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      item.description = node.description;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.contextValue = 'oauthDetail';
      return item;
    }

    const { item: provider } = node;
    const connection = provider.connection;
    const tree = new vscode.TreeItem(
      provider.name,
      connection ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    tree.id = `oauth:${provider.name}`;
    tree.contextValue = provider.loginPending
      ? 'oauthProvider.pending'
      : connection
        ? 'oauthProvider.connected'
        : 'oauthProvider.disconnected';
    tree.iconPath = new vscode.ThemeIcon(
      provider.loginPending
        ? 'loading~spin'
        : connection
          ? isExpired(connection)
            ? 'warning'
            : 'pass-filled'
          : 'circle-large-outline',
    );
    tree.description = provider.loginPending
      ? vscode.l10n.t('waiting for the browser…')
      : connection
        ? (connection.subject ?? vscode.l10n.t('connected'))
        : vscode.l10n.t('not connected');
    const problems = provider.redirectFindings.filter((finding) => finding.severity !== 'info');
    tree.tooltip = new vscode.MarkdownString(
      [
        `**${provider.name}** (${provider.kind === 'openid-connect' ? 'OpenID Connect' : 'OAuth 2.0'}${provider.publicClient ? ', public client' : ''})`,
        ...problems.map((finding) => `- ${finding.severity}: ${finding.message}`),
      ].join('\n\n'),
    );
    return tree;
  }

  async getChildren(node?: OAuthTreeNode): Promise<OAuthTreeNode[]> {
    if (node === undefined) {
      try {
        this.providers = (await this.engine.request(oauthListRequest, {})).providers;
      } catch (error) {
        this.log.error(`[OAuth] could not list connections: ${(error as Error).message}`);
        this.providers = [];
      }
      return this.providers.map((item) => ({ kind: 'provider', item }));
    }

    if (node.kind !== 'provider' || node.item.connection === null) {
      return [];
    }

    return details(node.item.name, node.item.connection);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function details(provider: string, connection: ConnectionSummary): OAuthTreeNode[] {
  const nodes: OAuthTreeNode[] = [
    {
      kind: 'detail',
      provider,
      label: vscode.l10n.t('Subject'),
      description: connection.subject ?? vscode.l10n.t('(none: {0})', connection.grantType),
      icon: 'account',
    },
    {
      kind: 'detail',
      provider,
      label: vscode.l10n.t('Scopes'),
      description: connection.scopes.join(' ') || '-',
      icon: 'key',
    },
    {
      kind: 'detail',
      provider,
      label: vscode.l10n.t('Access token'),
      description: describeExpiry(connection.expiresInSeconds),
      icon: 'watch',
    },
    {
      kind: 'detail',
      provider,
      label: vscode.l10n.t('Last refresh'),
      description: connection.lastRefreshAt
        ? new Date(connection.lastRefreshAt).toLocaleString()
        : vscode.l10n.t('never'),
      icon: 'history',
    },
  ];
  if (!connection.hasRefreshToken) {
    nodes.push({
      kind: 'detail',
      provider,
      label: vscode.l10n.t('No refresh token'),
      description: vscode.l10n.t('connect again when it expires'),
      icon: 'info',
    });
  }
  return nodes;
}

function isExpired(connection: ConnectionSummary): boolean {
  return connection.expiresInSeconds !== undefined && connection.expiresInSeconds < 0;
}
