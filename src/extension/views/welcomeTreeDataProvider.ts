import type * as vscode from 'vscode';

/**
 * The tree of a view whose capability has nothing to list: always empty, so VS Code shows the
 * view's welcome content (contributed in package.json) with what to do first.
 */
export class WelcomeTreeDataProvider implements vscode.TreeDataProvider<never> {
  getTreeItem(element: never): vscode.TreeItem {
    return element;
  }

  getChildren(): never[] {
    return [];
  }
}
