import * as vscode from 'vscode';
import {
  contractsListEventDriftRequest,
  contractsListRequest,
  type ContractsChange,
  type ContractsDiffResult,
  type ContractsEventDriftItem,
  type ContractsOperationItem,
  type ContractsSpecItem,
  type ContractsWebhookItem,
} from '../../engine/contracts/contractsProtocol';
import type { CaptainEngine } from '../captainEngine';

/** A node of the Contracts view. */
export type ContractsNode =
  | { kind: 'spec'; spec: ContractsSpecItem }
  | {
      kind: 'operation';
      spec: ContractsSpecItem;
      operation: ContractsOperationItem;
      breaking: boolean;
    }
  | { kind: 'webhook'; spec: ContractsSpecItem; webhook: ContractsWebhookItem }
  | { kind: 'breakingChanges'; spec: ContractsSpecItem; diff: ContractsDiffResult }
  | { kind: 'change'; spec: ContractsSpecItem; change: ContractsChange }
  | { kind: 'webhookDrift'; events: ContractsEventDriftItem[] }
  | { kind: 'driftEvent'; event: ContractsEventDriftItem };

/** A tree item as shown, in plain JSON: what `captain.contracts.refresh` returns (tests read it). */
export interface RenderedContractsItem {
  readonly label: string;
  readonly description?: string;
  readonly iconId?: string;
  readonly contextValue?: string;
  readonly children: RenderedContractsItem[];
}

const passed = new vscode.ThemeColor('testing.iconPassed');
const warned = new vscode.ThemeColor('editorWarning.foreground');
const failed = new vscode.ThemeColor('testing.iconFailed');
const stateIcons: Record<ContractsSpecItem['state'], vscode.ThemeIcon> = {
  valid: new vscode.ThemeIcon('pass', passed),
  problems: new vscode.ThemeIcon('warning', warned),
  breaking: new vscode.ThemeIcon('error', failed),
  unreadable: new vscode.ThemeIcon('error', failed),
};

/**
 * Specs → operations, webhooks and (after a check) their breaking changes against the base; then,
 * when captured webhook events drift from their spec, a "Webhook drift" node listing them.
 */
export class ContractsTreeDataProvider implements vscode.TreeDataProvider<ContractsNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The last diff of each spec, by file. */
  private readonly diffs = new Map<string, ContractsDiffResult>();
  private specs: ContractsSpecItem[] = [];

  constructor(private readonly engine: CaptainEngine) {}

  refresh(): void {
    this.changed.fire();
  }

  /** Remembers a diff so its spec shows a "Breaking changes" node. */
  setDiff(diff: ContractsDiffResult): void {
    this.diffs.set(diff.file, diff);
    this.refresh();
  }

  /** The specs of the last listing (empty before the view was first shown). */
  get knownSpecs(): readonly ContractsSpecItem[] {
    return this.specs;
  }

  async getChildren(node?: ContractsNode): Promise<ContractsNode[]> {
    if (node === undefined) {
      const [{ specs }, drift] = await Promise.all([
        this.engine.request(contractsListRequest, {}),
        this.engine.request(contractsListEventDriftRequest, {}),
      ]);
      this.specs = specs;
      const roots: ContractsNode[] = specs.map((spec) => ({ kind: 'spec', spec }));
      if (drift.events.length > 0) {
        roots.push({ kind: 'webhookDrift', events: drift.events });
      }
      return roots;
    }
    if (node.kind === 'webhookDrift') {
      return node.events.map((event) => ({ kind: 'driftEvent', event }));
    }

    if (node.kind === 'spec') {
      const diff = this.diffs.get(node.spec.file);
      const affected = new Set(
        (diff?.changes ?? [])
          .filter((c) => c.level === 'breaking')
          .flatMap((c) => c.operations.map(templateKey)),
      );
      const children: ContractsNode[] = [];
      if (diff !== undefined) {
        children.push({ kind: 'breakingChanges', spec: node.spec, diff });
      }
      children.push(
        ...node.spec.operations.map((operation): ContractsNode => ({
          kind: 'operation',
          spec: node.spec,
          operation,
          breaking: affected.has(templateKey(operation.key)),
        })),
      );
      children.push(
        ...node.spec.webhooks.map((webhook): ContractsNode => ({
          kind: 'webhook',
          spec: node.spec,
          webhook,
        })),
      );
      return children;
    }
    if (node.kind === 'breakingChanges') {
      return node.diff.changes.map((change) => ({ kind: 'change', spec: node.spec, change }));
    }
    return [];
  }

  getTreeItem(node: ContractsNode): vscode.TreeItem {
    switch (node.kind) {
      case 'spec': {
        const spec = node.spec;
        const item = new vscode.TreeItem(spec.relative, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = describeSpec(spec);
        item.tooltip = spec.reason ?? `${spec.title} ${spec.version} (${spec.kind})`;
        item.iconPath = stateIcons[spec.state];
        item.contextValue = 'captain.contracts.spec';
        item.resourceUri = vscode.Uri.file(spec.file);
        return item;
      }
      case 'operation': {
        const { operation } = node;
        const item = new vscode.TreeItem(operation.key, vscode.TreeItemCollapsibleState.None);
        item.description = withProblems(operation.operationId ?? operation.summary, operation);
        item.tooltip = [operation.summary, describeState(node.breaking, operation.problems)]
          .filter(Boolean)
          .join('\n');
        item.iconPath = node.breaking
          ? new vscode.ThemeIcon('error', failed)
          : operation.problems > 0
            ? new vscode.ThemeIcon('warning', warned)
            : new vscode.ThemeIcon('symbol-method');
        item.contextValue = 'captain.contracts.operation';
        item.command = openCommand(node.operation.file, node.operation.line);
        return item;
      }
      case 'webhook': {
        const { webhook } = node;
        const item = new vscode.TreeItem(webhook.name, vscode.TreeItemCollapsibleState.None);
        item.description = withProblems(vscode.l10n.t('webhook'), webhook);
        item.tooltip = describeState(false, webhook.problems);
        item.iconPath =
          webhook.problems > 0
            ? new vscode.ThemeIcon('warning', warned)
            : new vscode.ThemeIcon('symbol-event');
        item.contextValue = 'captain.contracts.webhook';
        item.command = openCommand(node.webhook.file, node.webhook.line);
        return item;
      }
      case 'breakingChanges': {
        const { breaking, nonBreaking } = node.diff;
        const item = new vscode.TreeItem(
          vscode.l10n.t('Breaking changes'),
          vscode.TreeItemCollapsibleState.Expanded,
        );
        item.description = vscode.l10n.t(
          '{0} breaking, {1} other, against {2}',
          breaking,
          nonBreaking,
          node.diff.ref,
        );
        item.iconPath =
          breaking > 0
            ? new vscode.ThemeIcon('error', failed)
            : new vscode.ThemeIcon('pass', passed);
        item.contextValue = 'captain.contracts.breakingChanges';
        if (node.diff.changes.length === 0) {
          item.collapsibleState = vscode.TreeItemCollapsibleState.None;
        }
        return item;
      }
      case 'change': {
        const item = new vscode.TreeItem(node.change.message, vscode.TreeItemCollapsibleState.None);
        item.description = `${node.change.rule} · ${vscode.l10n.t('line {0}', node.change.line)}`;
        item.tooltip = node.change.operations.join('\n') || undefined;
        item.iconPath =
          node.change.level === 'breaking'
            ? new vscode.ThemeIcon('error', failed)
            : new vscode.ThemeIcon('info');
        item.contextValue = 'captain.contracts.change';
        item.command = openCommand(node.change.file, node.change.line);
        return item;
      }
      case 'webhookDrift': {
        const item = new vscode.TreeItem(
          vscode.l10n.t('Webhook drift'),
          vscode.TreeItemCollapsibleState.Expanded,
        );
        item.description = vscode.l10n.t('{0} captured event(s)', node.events.length);
        item.tooltip = vscode.l10n.t(
          'Captured webhook events whose payload does not match the spec',
        );
        item.iconPath = new vscode.ThemeIcon('warning', warned);
        item.contextValue = 'captain.contracts.webhookDrift';
        return item;
      }
      case 'driftEvent': {
        const { event } = node;
        const item = new vscode.TreeItem(event.eventType, vscode.TreeItemCollapsibleState.None);
        item.description = `${event.eventId} · ${event.problems[0] ?? ''}`;
        item.tooltip = [
          vscode.l10n.t('{0} against {1} in {2}', event.eventId, event.matched, event.specRelative),
          ...event.problems,
        ].join('\n');
        item.iconPath = new vscode.ThemeIcon('symbol-event', warned);
        item.contextValue = 'captain.contracts.driftEvent';
        item.command = openCommand(event.file, event.line);
        return item;
      }
    }
  }

  /** The whole tree as it renders now, specs with their children. */
  async rendered(): Promise<RenderedContractsItem[]> {
    const render = async (node: ContractsNode): Promise<RenderedContractsItem> => {
      const item = this.getTreeItem(node);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      return {
        label,
        description: typeof item.description === 'string' ? item.description : undefined,
        iconId: item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined,
        contextValue: item.contextValue,
        children: await Promise.all((await this.getChildren(node)).map(render)),
      };
    };
    return Promise.all((await this.getChildren()).map(render));
  }
}

/** The spec a node belongs to; undefined for the "Webhook drift" nodes, which span specs. */
export function specOf(node: ContractsNode | undefined): ContractsSpecItem | undefined {
  return node !== undefined && 'spec' in node ? node.spec : undefined;
}

function describeSpec(spec: ContractsSpecItem): string {
  const parts: string[] = [spec.kind];
  if (spec.problems > 0) {
    parts.push(vscode.l10n.t('{0} problem(s)', spec.problems));
  }
  if (spec.breaking !== null) {
    parts.push(vscode.l10n.t('{0} breaking', spec.breaking));
  }
  return parts.join(' · ');
}

function openCommand(file: string, line: number): vscode.Command {
  return {
    command: 'captain.contracts.openInSpec',
    title: vscode.l10n.t('Open in Spec'),
    arguments: [{ file, line }],
  };
}

/** `GET /users/{id}` and `GET /users/{}` compare equal: diffs name operations by template shape. */
function templateKey(key: string): string {
  return key.replace(/\{[^}]*\}/g, '{}');
}

/** An operation's or webhook's description, with its problem count when it has any. */
function withProblems(text: string | undefined, item: { problems: number }): string | undefined {
  if (item.problems === 0) {
    return text;
  }

  const count = vscode.l10n.t('{0} problem(s)', item.problems);
  return text === undefined ? count : `${text} · ${count}`;
}

/** The state line of a tooltip: breaking wins over problems wins over valid. */
function describeState(breaking: boolean, problems: number): string {
  if (breaking) {
    return vscode.l10n.t('Breaking changes against the base');
  }

  return problems > 0
    ? vscode.l10n.t('{0} problem(s): see the Problems panel', problems)
    : vscode.l10n.t('Valid');
}
