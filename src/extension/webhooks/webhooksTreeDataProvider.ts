import * as vscode from 'vscode';
import { RequestType } from 'vscode-jsonrpc/node';
import type { CaptainEngine } from '../captainEngine';
import {
  webhooksListEndpointsRequest,
  webhooksListEventsRequest,
  webhooksListRejectionsRequest,
  type WebhookEndpointItem,
  type WebhookEventRecord,
  type WebhookRejectionRecord,
} from '../../engine/webhooks/webhooksProtocol';

const pageSize = 50;
/** How long the view waits for drift flags before showing the events without them. */
const driftTimeoutMs = 3000;

/** How a stored event departs from its spec's `webhooks` entry or a configured schema. */
export interface EventDrift {
  readonly spec: string;
  readonly problems: readonly string[];
}

/**
 * Drift of stored events by natural key (`api:webhook:{type}:{id}`); the answer lists only the
 * drifting ones. Served by the contracts capability, which declares the same method.
 */
export const eventDriftRequest = new RequestType<
  { keys: string[] },
  Record<string, EventDrift>,
  void
>('contracts/eventDrift');

/** A node of the Webhooks view. `contextValue` drives the menus. */
export type WebhooksTreeNode =
  | { readonly kind: 'endpoint'; readonly endpoint: WebhookEndpointItem }
  | {
      readonly kind: 'group';
      readonly endpoint: string;
      readonly eventType: string;
      readonly count: number;
    }
  | { readonly kind: 'event'; readonly event: WebhookEventRecord }
  | { readonly kind: 'rejections'; readonly endpoint: string; readonly count: number }
  | { readonly kind: 'rejection'; readonly rejection: WebhookRejectionRecord }
  | {
      readonly kind: 'loadMore';
      readonly endpoint: string;
      readonly eventType?: string;
      readonly before: number;
    };

const statusIcons: Record<string, [string, string]> = {
  received: ['pass', 'testing.iconPassed'],
  forwarding: ['sync', 'charts.blue'],
  forwarded: ['check-all', 'testing.iconPassed'],
  failed: ['warning', 'list.warningForeground'],
  dead_lettered: ['error', 'list.errorForeground'],
  rejected: ['circle-slash', 'list.errorForeground'],
};

/**
 * Endpoints → events (newest first, 50 per page with a "Load more" item), optionally grouped by
 * event type, plus the endpoint's rejected deliveries with their diagnosis in the tooltip.
 * Refreshed from engine notifications (topic 'webhooks'), never by polling.
 */
export class WebhooksTreeDataProvider
  implements vscode.TreeDataProvider<WebhooksTreeNode>, vscode.Disposable
{
  private readonly changed = new vscode.EventEmitter<WebhooksTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Extra pages loaded per parent key, kept across refreshes so "Load more" sticks. */
  private readonly extraPages = new Map<string, WebhookEventRecord[]>();
  private groupByType = false;
  /** Drift of the events on screen, by natural key; replaced on every page load. */
  private readonly drift = new Map<string, EventDrift>();
  private driftUnavailableLogged = false;

  constructor(
    private readonly engine: CaptainEngine,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  /** Switches between a flat event list and one grouped by event type. */
  toggleGrouping(): void {
    this.groupByType = !this.groupByType;
    this.extraPages.clear();
    this.refresh();
  }

  /** Loads the next page below a "Load more" item. */
  async loadMore(node: Extract<WebhooksTreeNode, { kind: 'loadMore' }>): Promise<void> {
    const page = await this.engine.request(webhooksListEventsRequest, {
      endpoint: node.endpoint,
      eventType: node.eventType,
      before: node.before,
      limit: pageSize,
    });
    const key = parentKey(node.endpoint, node.eventType);
    this.extraPages.set(key, [...(this.extraPages.get(key) ?? []), ...page.events]);
    this.refresh();
  }

  async getChildren(node?: WebhooksTreeNode): Promise<WebhooksTreeNode[]> {
    try {
      if (node === undefined) {
        const { endpoints } = await this.engine.request(webhooksListEndpointsRequest, {});
        return endpoints.map((endpoint) => ({ kind: 'endpoint', endpoint }));
      }
      if (node.kind === 'endpoint') {
        return await this.endpointChildren(node.endpoint);
      }
      if (node.kind === 'group') {
        return await this.eventPage(node.endpoint, node.eventType);
      }
      if (node.kind === 'rejections') {
        const { rejections } = await this.engine.request(webhooksListRejectionsRequest, {
          endpoint: node.endpoint,
          limit: pageSize,
        });
        return rejections.map((rejection) => ({ kind: 'rejection', rejection }));
      }
      return [];
    } catch (error) {
      this.log.warn(`[Webhooks] could not load the view: ${(error as Error).message}`);
      return [];
    }
  }

  getTreeItem(node: WebhooksTreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'endpoint': {
        const item = new vscode.TreeItem(
          node.endpoint.name,
          vscode.TreeItemCollapsibleState.Collapsed,
        );
        item.description = `${node.endpoint.provider} · ${node.endpoint.events}${node.endpoint.failed > 0 ? ` · ${vscode.l10n.t('{0} failing', node.endpoint.failed)}` : ''}`;
        item.iconPath = new vscode.ThemeIcon('plug');
        item.tooltip = node.endpoint.url ?? vscode.l10n.t('Receiver stopped');
        item.contextValue = 'webhookEndpoint';
        return item;
      }
      case 'group': {
        const item = new vscode.TreeItem(node.eventType, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = String(node.count);
        item.iconPath = new vscode.ThemeIcon('symbol-event');
        item.contextValue = 'webhookGroup';
        return item;
      }
      case 'event':
        return eventItem(node.event, this.drift.get(node.event.key));
      case 'rejections': {
        const item = new vscode.TreeItem(
          vscode.l10n.t('Rejected'),
          vscode.TreeItemCollapsibleState.Collapsed,
        );
        item.description = String(node.count);
        item.iconPath = themeIcon('rejected');
        item.contextValue = 'webhookRejections';
        return item;
      }
      case 'rejection':
        return rejectionItem(node.rejection);
      case 'loadMore': {
        const item = new vscode.TreeItem(vscode.l10n.t('Load more…'));
        item.iconPath = new vscode.ThemeIcon('ellipsis');
        item.command = {
          command: 'captain.webhooks.loadMore',
          title: vscode.l10n.t('Load more…'),
          arguments: [node],
        };
        item.contextValue = 'webhookLoadMore';
        return item;
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async endpointChildren(endpoint: WebhookEndpointItem): Promise<WebhooksTreeNode[]> {
    const rejections: WebhooksTreeNode[] =
      endpoint.rejected > 0
        ? [{ kind: 'rejections', endpoint: endpoint.name, count: endpoint.rejected }]
        : [];
    if (this.groupByType) {
      const { groups } = await this.engine.request(webhooksListEventsRequest, {
        endpoint: endpoint.name,
        limit: 1,
        groupByType: true,
      });
      return [
        ...(groups ?? []).map((group): WebhooksTreeNode => ({
          kind: 'group',
          endpoint: endpoint.name,
          eventType: group.eventType,
          count: group.count,
        })),
        ...rejections,
      ];
    }
    return [...(await this.eventPage(endpoint.name, undefined)), ...rejections];
  }

  private async eventPage(
    endpoint: string,
    eventType: string | undefined,
  ): Promise<WebhooksTreeNode[]> {
    const first = await this.engine.request(webhooksListEventsRequest, {
      endpoint,
      eventType,
      limit: pageSize,
    });
    const extra = this.extraPages.get(parentKey(endpoint, eventType)) ?? [];
    const events = [
      ...first.events,
      ...extra.filter((event) => event.seq < (first.events.at(-1)?.seq ?? Infinity)),
    ];
    await this.loadDrift(events);
    const nodes: WebhooksTreeNode[] = events.map((event) => ({ kind: 'event', event }));
    const hasMore =
      extra.length > 0 ? extra.length % pageSize === 0 : first.nextBefore !== undefined;
    if (hasMore && events.length > 0) {
      nodes.push({ kind: 'loadMore', endpoint, eventType, before: events[events.length - 1].seq });
    }
    return nodes;
  }

  /**
   * Asks the contracts capability which of these events drift from their spec. Any failure
   * (method not found in an engine without contracts, a timeout) leaves the events unflagged.
   */
  private async loadDrift(events: readonly WebhookEventRecord[]): Promise<void> {
    for (const event of events) {
      this.drift.delete(event.key);
    }
    if (events.length === 0) {
      return;
    }

    let timer: NodeJS.Timeout | undefined;
    try {
      const answer = await Promise.race([
        this.engine.request(eventDriftRequest, { keys: events.map((event) => event.key) }),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${driftTimeoutMs} ms`)),
            driftTimeoutMs,
          );
        }),
      ]);
      for (const [key, drift] of Object.entries(answer ?? {})) {
        if (Array.isArray(drift?.problems)) {
          this.drift.set(key, drift);
        }
      }
    } catch (error) {
      if (!this.driftUnavailableLogged) {
        this.driftUnavailableLogged = true;
        this.log.info(`[Webhooks] events shown without drift flags: ${(error as Error).message}`);
      }
    } finally {
      clearTimeout(timer);
    }
  }
}

function parentKey(endpoint: string, eventType: string | undefined): string {
  return `${endpoint}\u0000${eventType ?? ''}`;
}

function themeIcon(status: string): vscode.ThemeIcon {
  const [icon, color] = statusIcons[status] ?? ['circle-outline', 'foreground'];
  return new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
}

function eventItem(event: WebhookEventRecord, drift: EventDrift | undefined): vscode.TreeItem {
  const item = new vscode.TreeItem(event.eventType);
  item.id = `webhook-event-${event.seq}`;
  const status = event.status.replace('_', ' ');
  const time = new Date(event.receivedAt).toLocaleTimeString();
  item.description = drift
    ? `${time} · ${status} · ${vscode.l10n.t('drift')}`
    : `${time} · ${status}`;
  // A drifting event keeps its status in the description; the icon carries the warning.
  item.iconPath = drift
    ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
    : themeIcon(event.status);
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${event.eventType}** — ${status}\n\n`);
  tooltip.appendMarkdown(`${vscode.l10n.t('Event id')}: \`${event.eventId}\`\n\n`);
  tooltip.appendMarkdown(
    `${vscode.l10n.t('Received')}: ${new Date(event.receivedAt).toISOString()}`,
  );
  if (drift) {
    tooltip.appendMarkdown('\n\n');
    tooltip.appendText(vscode.l10n.t('Drifts from {0}:', drift.spec));
    for (const problem of drift.problems) {
      tooltip.appendMarkdown('\n- ');
      tooltip.appendText(problem);
    }
  }
  item.tooltip = tooltip;
  item.contextValue = `webhookEvent.${event.status}`;
  item.command = {
    command: 'captain.webhooks.openPayload',
    title: vscode.l10n.t('Open Payload'),
    arguments: [{ kind: 'event', event }],
  };
  return item;
}

function rejectionItem(rejection: WebhookRejectionRecord): vscode.TreeItem {
  const item = new vscode.TreeItem(
    `${rejection.statusCode} ${rejection.code.replaceAll('_', ' ')}`,
  );
  item.description = new Date(rejection.receivedAt).toLocaleTimeString();
  item.iconPath = themeIcon('rejected');
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(rejection.diagnosis.summary);
  for (const hint of rejection.diagnosis.hints) {
    tooltip.appendMarkdown('\n\n- ');
    tooltip.appendText(hint);
  }
  item.tooltip = tooltip;
  item.contextValue = 'webhookRejection';
  return item;
}
