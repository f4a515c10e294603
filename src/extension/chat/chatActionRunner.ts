import type * as vscode from 'vscode';
import { oauthListRequest } from '../../engine/oauth/oauthProtocol';
import {
  listCircuitsRequest,
  resetCircuitRequest,
  type CircuitView,
} from '../../engine/resilience/resilienceProtocol';
import {
  webhooksListEventsRequest,
  webhooksReplayFailedRequest,
  webhooksReplayRequest,
  webhooksStartRequest,
  type WebhookEventRecord,
} from '../../engine/webhooks/webhooksProtocol';
import type { WebhookEventStatus } from '../../engine/webhooks/webhookEventRepository';
import { describeExpiry } from '../../engine/oauth/connectionSummary';
import type { CaptainEngine } from '../captainEngine';
import { renderReadinessMarkdown, type ReadinessReport } from '../captain/readinessChecklist';
import type { ChatAction } from './chatActions';
import { checkSpecsAgainstHead } from './chatSpecCheck';

/** A follow-up the chat shows as a button and Ask the Captain as a notification action. */
export interface FollowUpCommand {
  readonly command: string;
  readonly title: string;
  readonly arguments?: unknown[];
}

/** The result of running one action, in words a user reads (markdown) and as data for tests. */
export interface ActionOutcome {
  readonly kind: ChatAction['kind'];
  /** False when the action ran and failed, or could not run. */
  readonly ok: boolean;
  /** False when this build (engine or commands) lacks the capability the action needs. */
  readonly available: boolean;
  readonly markdown: string;
  readonly buttons: readonly FollowUpCommand[];
  readonly data?: unknown;
}

/** JSON-RPC "method not found": the engine in this build has no such capability. */
const methodNotFound = -32601;
const eventPageSize = 200;
const maxEventPages = 5;
const failedStatuses: WebhookEventStatus[] = ['failed', 'dead_lettered'];

/** The editor commands the runner calls: `vscode.commands` in the extension, a stand-in in tests. */
export interface EditorCommands {
  getCommands(filterInternal?: boolean): Thenable<string[]>;
  executeCommand<T = unknown>(command: string, ...rest: unknown[]): Thenable<T>;
}

/** What a {@link ChatActionRunner} needs besides the engine; passed in so tests need no editor. */
export interface ChatActionRunnerDependencies {
  readonly commands: EditorCommands;
  /** Runs the readiness review (`runReadinessReview` in the extension). */
  readonly reviewReadiness: () => Promise<ReadinessReport & { configError?: string }>;
  /** Milliseconds since the epoch. Default `Date.now`. */
  readonly now?: () => number;
}

/**
 * Runs actions for the chat and for "Ask the Captain…": engine requests where the engine has the
 * capability, capability commands where one exists. A missing capability is reported as such,
 * never papered over with an invented result.
 */
export class ChatActionRunner {
  private readonly now: () => number;

  constructor(
    private readonly engine: CaptainEngine,
    private readonly log: Pick<vscode.LogOutputChannel, 'info' | 'warn'>,
    private readonly dependencies: ChatActionRunnerDependencies,
  ) {
    this.now = dependencies.now ?? Date.now;
  }

  async run(action: ChatAction): Promise<ActionOutcome> {
    this.log.info(`[Captain] running action ${action.kind}`);
    try {
      return await this.dispatch(action);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === methodNotFound) {
        return unavailable(
          action,
          `The engine in this build has no ${capabilityOf(action)} capability yet, so the captain cannot do this here.`,
        );
      }

      const message = error instanceof Error ? error.message : String(error);
      this.log.warn(`[Captain] action ${action.kind} failed: ${message}`);
      return {
        kind: action.kind,
        ok: false,
        available: true,
        markdown: `That did not work: ${message}`,
        buttons: [{ command: 'captain.log.open', title: 'Open Log' }],
      };
    }
  }

  private async dispatch(action: ChatAction): Promise<ActionOutcome> {
    switch (action.kind) {
      case 'readinessReview': {
        const report = await this.dependencies.reviewReadiness();
        const note = report.configError ? `\n\n_${report.configError}_` : '';
        const fixes = new Map(
          report.items
            .filter((item) => item.status !== 'pass' && item.fix)
            .map((item) => [item.fix!.command, item.fix!]),
        );
        return done(action, renderReadinessMarkdown(report) + note, [...fixes.values()], report);
      }
      case 'listWebhookEvents':
        return this.listEvents(action);
      case 'replayWebhookEvent':
        return this.replay(action);
      case 'startReceiver': {
        const status = await this.engine.request(webhooksStartRequest, {});
        return done(
          action,
          `The webhook receiver is listening at ${status.url ?? 'an unknown address'}.`,
          [{ command: 'captain.webhooks.triggerSample', title: 'Trigger Sample Event' }],
          status,
        );
      }
      case 'connectOAuth':
        return this.connect(action);
      case 'refreshOAuth':
        return this.viaCommand(action, 'captain.oauth.refresh', 'OAuth', action.params.provider);
      case 'listOAuthConnections': {
        const { providers } = await this.engine.request(oauthListRequest, {});
        const lines = providers.map((provider) =>
          provider.connection
            ? `- **${provider.name}**: connected, ${describeExpiry(provider.connection.expiresInSeconds)}${provider.connection.hasRefreshToken ? ', refreshable' : ''}`
            : `- **${provider.name}**: not connected`,
        );
        return done(
          action,
          lines.length ? lines.join('\n') : 'No OAuth providers are configured.',
          [{ command: 'captain.oauth.connect', title: 'Connect OAuth Provider…' }],
          providers,
        );
      }
      case 'checkContracts':
        return this.checkContracts(action);
      case 'resetCircuit':
        return this.resetCircuit(action);
      case 'listCircuits': {
        const circuits = await this.engine.request(listCircuitsRequest, {});
        const shown = action.params.openOnly
          ? circuits.filter((circuit) => circuit.state !== 'closed')
          : circuits;
        return done(
          action,
          shown.length
            ? shown.map(describeCircuit).join('\n')
            : 'No circuits match: every recorded circuit is closed or none were called yet.',
          [{ command: 'workbench.view.extension.captain', title: 'Show Circuits' }],
          shown,
        );
      }
    }
  }

  private async listEvents(
    action: Extract<ChatAction, { kind: 'listWebhookEvents' }>,
  ): Promise<ActionOutcome> {
    const { windowMs, failedOnly } = action.params;
    const since = windowMs === undefined ? undefined : this.now() - windowMs;
    const events = await this.collectEvents(
      action.params,
      failedOnly ? failedStatuses : undefined,
      since,
    );
    const window = windowMs === undefined ? '' : ` in the last ${describeWindow(windowMs)}`;
    const what =
      `${failedOnly ? 'failed ' : ''}${action.params.provider ?? ''} webhook events`.replace(
        /\s+/g,
        ' ',
      );
    if (events.length === 0) {
      return done(
        action,
        `No ${what}${window}.`,
        [{ command: 'captain.webhooks.startReceiver', title: 'Start Receiver' }],
        events,
      );
    }

    const rows = events
      .slice(0, 20)
      .map(
        (event) =>
          `| ${new Date(event.receivedAt).toISOString().slice(11, 19)} | ${event.endpoint} | \`${event.eventType}\` | ${event.status} |`,
      );
    const more =
      events.length > 20 ? `\n\n…and ${events.length - 20} more in the Webhooks view.` : '';
    return done(
      action,
      [
        `${events.length} ${what}${window}:`,
        '',
        '| received (UTC) | endpoint | type | status |',
        '|---|---|---|---|',
        ...rows,
      ].join('\n') + more,
      [
        { command: 'workbench.view.extension.captain', title: 'Open Webhooks View' },
        { command: 'captain.webhooks.replayAllFailed', title: 'Replay All Failed' },
      ],
      events,
    );
  }

  private async replay(
    action: Extract<ChatAction, { kind: 'replayWebhookEvent' }>,
  ): Promise<ActionOutcome> {
    const statuses = action.params.failedOnly ? failedStatuses : undefined;
    if (action.params.scope === 'all') {
      const { replayed } = await this.engine.request(webhooksReplayFailedRequest, {
        endpoint: action.params.endpoint,
        statuses,
      });
      return done(
        action,
        `Replaying ${replayed.length} event(s); deliveries show in the Webhooks view.`,
        [],
        replayed,
      );
    }

    const [event] = await this.collectEvents(action.params, statuses, undefined, 1);
    if (!event) {
      return done(
        action,
        `There is no ${action.params.failedOnly ? 'failed ' : ''}${action.params.provider ?? ''} event to replay.`.replace(
          /\s+/g,
          ' ',
        ),
        [],
        undefined,
      );
    }

    const { deliveryId } = await this.engine.request(webhooksReplayRequest, { seq: event.seq });
    return done(
      action,
      `Replayed \`${event.eventType}\` (${event.eventId}) from endpoint **${event.endpoint}**, received ${new Date(event.receivedAt).toISOString()}: delivery #${deliveryId} is queued.`,
      [{ command: 'workbench.view.extension.captain', title: 'Open Webhooks View' }],
      { event, deliveryId },
    );
  }

  /** Newest first; filters by provider when no endpoint was named; stops at `since`. */
  private async collectEvents(
    target: { endpoint?: string; provider?: string },
    statuses: WebhookEventStatus[] | undefined,
    since: number | undefined,
    wanted = Number.POSITIVE_INFINITY,
  ): Promise<WebhookEventRecord[]> {
    const events: WebhookEventRecord[] = [];
    let before: number | undefined;
    for (let page = 0; page < maxEventPages && events.length < wanted; page += 1) {
      const result = await this.engine.request(webhooksListEventsRequest, {
        endpoint: target.endpoint,
        statuses,
        before,
        limit: eventPageSize,
      });
      for (const event of result.events) {
        if (since !== undefined && event.receivedAt < since) {
          return events;
        }

        if (target.endpoint || !target.provider || event.provider === target.provider) {
          events.push(event);
        }
      }
      if (result.nextBefore === undefined) {
        break;
      }
      before = result.nextBefore;
    }
    return events.slice(0, wanted);
  }

  private async connect(
    action: Extract<ChatAction, { kind: 'connectOAuth' }>,
  ): Promise<ActionOutcome> {
    const provider = action.params.provider;
    const outcome = await this.viaCommand(action, 'captain.oauth.connect', 'OAuth', provider);
    if (!outcome.available || !provider) {
      return outcome;
    }

    const { providers } = await this.engine.request(oauthListRequest, {});
    const connection = providers.find((item) => item.name === provider)?.connection;
    return connection
      ? done(
          action,
          `Connected to **${provider}**${connection.subject ? ` as ${connection.subject}` : ''}; ${describeExpiry(connection.expiresInSeconds)}.`,
          [{ command: 'captain.oauth.showClaims', title: 'Show Claims' }],
          connection,
        )
      : {
          ...done(
            action,
            `**${provider}** is not connected: the sign-in was cancelled or failed (the notification says why).`,
            [{ command: 'captain.oauth.connect', title: 'Try Again' }],
          ),
          ok: false,
        };
  }

  /**
   * Checks the specs against git HEAD all at once ({@link checkSpecsAgainstHead}), so "check the
   * specs" needs no picker; the editor's diagnostics are one button away.
   */
  private async checkContracts(
    action: Extract<ChatAction, { kind: 'checkContracts' }>,
  ): Promise<ActionOutcome> {
    const check = await checkSpecsAgainstHead(this.engine);
    if (check === undefined) {
      return done(
        action,
        'No specs found: list them under `contracts.specs` in captain.config.json.',
        [{ command: 'captain.config.open', title: 'Open Config' }],
        [],
      );
    }

    const buttons = [{ command: 'workbench.view.extension.captain', title: 'Open Contracts View' }];
    if (check.breaking > 0) {
      buttons.push({
        command: 'captain.contracts.checkBreakingChanges',
        title: 'Show in the Editor',
      });
    }
    const outcome = done(action, check.markdown, buttons, check.results);
    return check.compared === 0 ? { ...outcome, ok: false } : outcome;
  }

  private async resetCircuit(
    action: Extract<ChatAction, { kind: 'resetCircuit' }>,
  ): Promise<ActionOutcome> {
    let service = action.params.service;
    if (!service) {
      const open = (await this.engine.request(listCircuitsRequest, {})).filter(
        (circuit) => circuit.state !== 'closed',
      );
      const services = [...new Set(open.map((circuit) => circuit.service))];
      if (services.length !== 1) {
        return done(
          action,
          services.length === 0
            ? 'No circuit is open; nothing to reset.'
            : `Several services have open circuits (${services.join(', ')}): say which one.`,
          [],
          open,
        );
      }
      service = services[0];
    }

    const circuits = await this.engine.request(resetCircuitRequest, {
      service,
      endpoint: action.params.endpoint,
    });
    const detail = circuits.length
      ? circuits.map(describeCircuit).join('\n')
      : `No circuit of **${service}** was recorded yet.`;
    return done(
      action,
      `Reset the circuit(s) of **${service}**:\n\n${detail}`,
      [{ command: 'workbench.view.extension.captain', title: 'Show Circuits' }],
      circuits,
    );
  }

  /** Runs a capability command with a provider, or reports that the command is missing. */
  private async viaCommand(
    action: ChatAction,
    command: string,
    capability: string,
    provider?: string,
  ): Promise<ActionOutcome> {
    const commands = await this.dependencies.commands.getCommands(true);
    if (!commands.includes(command)) {
      return unavailable(action, `The ${capability} commands are not available in this build.`);
    }

    // The OAuth commands take a tree node; a provider node with just the name is what they read.
    const node = provider ? { kind: 'provider', item: { name: provider } } : undefined;
    await this.dependencies.commands.executeCommand(command, node);
    return done(action, `Ran **${command}**${provider ? ` for ${provider}` : ''}.`, []);
  }
}

function done(
  action: ChatAction,
  markdown: string,
  buttons: FollowUpCommand[],
  data?: unknown,
): ActionOutcome {
  return { kind: action.kind, ok: true, available: true, markdown, buttons, data };
}

function unavailable(action: ChatAction, markdown: string): ActionOutcome {
  return { kind: action.kind, ok: false, available: false, markdown, buttons: [] };
}

function capabilityOf(action: ChatAction): string {
  if (action.kind.includes('Webhook') || action.kind === 'startReceiver') {
    return 'webhook receiver';
  }
  if (action.kind.includes('OAuth')) {
    return 'OAuth';
  }
  if (action.kind === 'checkContracts') {
    return 'contract checker';
  }
  return action.kind.includes('Circuit') ? 'circuits' : 'required';
}

function describeCircuit(circuit: CircuitView): string {
  return `- **${circuit.service}** ${circuit.endpoint}: ${circuit.state}, ${circuit.failureCount} failure(s)${circuit.lastFailure ? ` (last: ${circuit.lastFailure})` : ''}`;
}

function describeWindow(windowMs: number): string {
  const units: [number, string][] = [
    [604_800_000, 'week'],
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
  ];
  for (const [size, name] of units) {
    if (windowMs >= size && windowMs % size === 0) {
      const count = windowMs / size;
      return count === 1 ? name : `${count} ${name}s`;
    }
  }
  return `${Math.round(windowMs / 1000)} s`;
}
