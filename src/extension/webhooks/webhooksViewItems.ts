import type * as vscode from 'vscode';
import type { WebhooksTreeDataProvider, WebhooksTreeNode } from './webhooksTreeDataProvider';

/**
 * A rendered item of the Webhooks view, as the hidden `captain.webhooks.viewItems` command
 * returns it: what a person sees (label, description, tooltip text) plus the node that the item's
 * commands take, so a test can pass it to `captain.webhooks.replay` as a context menu would.
 */
export interface WebhooksViewItem {
  readonly label: string;
  readonly description?: string;
  /** Tooltip as text: Markdown source with the escapes of `appendText` undone. */
  readonly tooltip?: string;
  readonly contextValue?: string;
  /** The codicon id of the item's icon. */
  readonly icon?: string;
  readonly node: WebhooksTreeNode;
  readonly children: readonly WebhooksViewItem[];
}

/**
 * Renders the view through the provider, depth first, as the tree would show it fully expanded
 * (without following "Load more"). Plain JSON; for tests, never contributed as a command.
 */
export async function webhooksViewItems(
  tree: WebhooksTreeDataProvider,
  parent?: WebhooksTreeNode,
): Promise<WebhooksViewItem[]> {
  const nodes = await tree.getChildren(parent);
  return Promise.all(
    nodes.map(async (node) => {
      const item = tree.getTreeItem(node);
      const icon = item.iconPath as vscode.ThemeIcon | undefined;
      return {
        label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
        description: typeof item.description === 'string' ? item.description : undefined,
        tooltip: typeof item.tooltip === 'string' ? item.tooltip : readable(item.tooltip?.value),
        contextValue: item.contextValue,
        icon: typeof icon?.id === 'string' ? icon.id : undefined,
        node,
        children: node.kind === 'loadMore' ? [] : await webhooksViewItems(tree, node),
      };
    }),
  );
}

/** Undoes MarkdownString.appendText's escaping (`&nbsp;`, backslash escapes) so tests read text. */
function readable(markdown: string | undefined): string | undefined {
  return markdown?.replaceAll('&nbsp;', ' ').replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}
