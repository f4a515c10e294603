import type { WebhookEndpointConfig } from '../config/captainConfig';
import type { EngineContext } from '../engineContext';
import { describeError } from '../errors';
import { ChangeCoalescer } from './changeCoalescer';
import {
  resolveReceiverEndpoints,
  forwardTarget,
  type ReceiverEndpoint,
} from './receiverEndpoints';
import { WebhookBatchWriter } from './webhookBatchWriter';
import {
  WebhookEventRepository,
  type EventQuery,
  type WebhookEventStatus,
} from './webhookEventRepository';
import { WebhookForwarder } from './webhookForwarder';
import { WebhookOutboxRepository } from './webhookOutboxRepository';
import { WebhookReceiver } from './webhookReceiver';
import { WebhooksError } from './webhooksError';

/** Overrides of settings for one start (CLI flags). */
export interface ReceiverStartOptions {
  readonly host?: string;
  readonly port?: number;
  readonly forwardTo?: string;
}

/** The receiver's state, for the status bar and `status` requests. Plain JSON. */
export interface ReceiverStatus {
  readonly running: boolean;
  readonly url?: string;
  readonly accepted: number;
  readonly duplicates: number;
  readonly rejected: number;
  /** Pending deliveries that failed at least once. */
  readonly failing: number;
  readonly endpoints: readonly {
    name: string;
    provider: string;
    url?: string;
    forwardTo?: string;
  }[];
}

/** Which stored events a bulk replay takes. */
export interface ReplayFilter {
  readonly endpoint?: string;
  readonly eventType?: string;
  /** Default: failed and dead-lettered. */
  readonly statuses?: readonly WebhookEventStatus[];
  /** At most this many, newest first. Default 1000. */
  readonly limit?: number;
}

/**
 * The webhooks capability behind both faces: receiver, forwarder and the stored events.
 * Services are built on `start()` from the config as it is then; queries work without it.
 */
export class WebhooksService {
  readonly events: WebhookEventRepository;
  readonly outbox: WebhookOutboxRepository;
  private receiver: WebhookReceiver | undefined;
  private forwarder: WebhookForwarder | undefined;
  private writer: WebhookBatchWriter | undefined;
  private endpoints: ReadonlyMap<string, ReceiverEndpoint> = new Map();
  private readonly changes: ChangeCoalescer;

  constructor(
    private readonly context: EngineContext,
    private readonly dependencies: {
      fetch?: typeof fetch;
      random?: () => number;
      /** Backoff of forwarding retries, in ms (defaults 1000 and 300 000). */
      retry?: { baseDelayMs?: number; maxDelayMs?: number };
    } = {},
  ) {
    this.events = new WebhookEventRepository(context.store.db);
    this.outbox = new WebhookOutboxRepository(context.store.db);
    this.changes = new ChangeCoalescer((change) => context.notify(change));
  }

  /** The running receiver, if any. */
  get activeReceiver(): WebhookReceiver | undefined {
    return this.receiver;
  }

  /**
   * Reads the config, starts the receiver and the forwarder (which resumes pending deliveries).
   * @returns the status once listening.
   * @throws {WebhooksError} `receiver_running` or `receiver_listen_failed` (port in use).
   */
  async start(options: ReceiverStartOptions = {}): Promise<ReceiverStatus> {
    if (this.receiver !== undefined) {
      throw new WebhooksError(
        'receiver_running',
        `the receiver is already listening at ${this.receiver.url}; stop it first`,
      );
    }

    this.endpoints = await resolveReceiverEndpoints(
      this.context.config(),
      { env: this.context.env, secrets: this.context.secrets },
      { forwardTo: options.forwardTo },
    );
    const writer = new WebhookBatchWriter(this.context.store.file, {
      onCommitted: (events) => {
        if (events.some((event) => !event.duplicate && event.forwardTo !== undefined)) {
          this.forwarder?.wake();
        }
      },
      onError: (error) =>
        this.context.log('error', 'WebhookReceiver', `commit failed: ${describeError(error)}`),
    });
    const receiver = new WebhookReceiver({
      host: options.host ?? this.context.settings.webhookHost,
      port: options.port ?? this.context.settings.webhookPort,
      maxBodyBytes: this.context.settings.webhookMaxBodyBytes,
      endpoints: this.endpoints,
      writer,
      now: () => this.context.now(),
      onActivity: (activity) => {
        const detail =
          activity.kind === 'rejected'
            ? `${activity.endpoint} (${activity.code})`
            : `${activity.endpoint} ${activity.eventType}`;
        this.context.log(
          activity.kind === 'rejected' ? 'warn' : 'trace',
          'WebhookReceiver',
          `${activity.kind} ${detail}`,
        );
        this.changes.notify({
          topic: 'webhooks',
          reason: activity.kind,
          key: activity.seq === undefined ? undefined : String(activity.seq),
        });
      },
    });
    try {
      await receiver.start();
    } catch (error) {
      await writer.close();
      throw new WebhooksError(
        'receiver_listen_failed',
        `the receiver could not listen (${describeError(error)}); pick another port with captain.webhooks.port or --port`,
        { cause: error },
      );
    }

    this.writer = writer;
    this.receiver = receiver;
    this.forwarder = new WebhookForwarder({
      outbox: this.outbox,
      endpoints: this.endpoints,
      fetch: this.dependencies.fetch,
      random: this.dependencies.random,
      baseDelayMs: this.dependencies.retry?.baseDelayMs,
      maxDelayMs: this.dependencies.retry?.maxDelayMs,
      now: () => this.context.now(),
      onAttempt: (delivery, attempt, outcome) => {
        this.context.log(
          'trace',
          'WebhookForwarder',
          `delivery ${delivery.id} of ${delivery.eventType}: ${attempt.statusCode ?? attempt.error} → ${outcome.state}`,
        );
        this.changes.notify({
          topic: 'webhooks',
          reason: 'delivery_attempted',
          key: String(delivery.eventSeq),
        });
      },
    });
    this.forwarder.start();
    this.context.log('info', 'WebhookReceiver', `listening at ${receiver.url}`);
    this.changes.notify({ topic: 'webhooks', reason: 'receiver_started' });
    return this.status();
  }

  /** Stops the receiver, commits what is queued and lets deliveries in flight finish. */
  async stop(): Promise<void> {
    const receiver = this.receiver;
    this.receiver = undefined;
    await receiver?.stop();
    await this.forwarder?.stop();
    this.forwarder = undefined;
    await this.writer?.close();
    this.writer = undefined;
    if (receiver !== undefined) {
      this.changes.notify({ topic: 'webhooks', reason: 'receiver_stopped' });
    }
  }

  /** Stops everything and flushes notifications. */
  async dispose(): Promise<void> {
    await this.stop();
    this.changes.dispose();
  }

  status(): ReceiverStatus {
    const url = this.receiver?.url;
    const counters = this.receiver?.counters ?? { accepted: 0, duplicates: 0, rejected: 0 };
    const configured =
      this.receiver === undefined
        ? this.configuredEndpoints()
        : [...this.endpoints.values()].map((endpoint) => ({
            name: endpoint.name,
            config: endpoint.config,
          }));
    return {
      running: this.receiver !== undefined,
      url,
      ...counters,
      failing: this.outbox.failingCount(),
      endpoints: configured.map(({ name, config }) => ({
        name,
        provider: config.provider,
        url: url === undefined ? undefined : `${url}/webhooks/${encodeURIComponent(name)}`,
        forwardTo: config.forwardTo,
      })),
    };
  }

  /**
   * Enqueues a new delivery of one stored event to `targetUrl` or its configured target.
   * @returns the delivery id.
   * @throws {WebhooksError} `event_not_found`, or `no_target` when neither is set.
   */
  replay(seq: number, targetUrl?: string): number {
    const event = this.events.get(seq);
    if (event === undefined) {
      throw new WebhooksError(
        'event_not_found',
        `no stored event with seq ${seq}; list events with \`captain webhooks list\``,
      );
    }

    const config = this.context.config().webhooks?.endpoints?.[event.endpoint];
    const target =
      targetUrl ?? (config === undefined ? undefined : forwardTarget(config, event.eventType));
    if (target === undefined) {
      throw new WebhooksError(
        'no_target',
        `endpoint ${event.endpoint} has no forwardTo; replay to a URL (--to)`,
      );
    }

    const id = this.outbox.enqueue(seq, target, config?.maxAttempts ?? 8, this.context.now());
    this.forwarder?.wake();
    this.changes.notify({ topic: 'webhooks', reason: 'replay_enqueued', key: String(seq) });
    return id;
  }

  /** Replays every event matching the filter (default: failed and dead-lettered). @returns the seqs. */
  replayMany(filter: ReplayFilter = {}, targetUrl?: string): number[] {
    const query: EventQuery = {
      endpoint: filter.endpoint,
      eventType: filter.eventType,
      statuses: filter.statuses ?? ['failed', 'dead_lettered'],
      limit: filter.limit ?? 1000,
    };
    const replayed: number[] = [];
    for (const event of this.events.list(query)) {
      try {
        this.replay(event.seq, targetUrl);
        replayed.push(event.seq);
      } catch (error) {
        this.context.log(
          'warn',
          'WebhookForwarder',
          `replay of ${event.seq} skipped: ${describeError(error)}`,
        );
      }
    }
    return replayed;
  }

  /** Deletes a stored event with its deliveries. @returns whether it existed. */
  delete(seq: number): boolean {
    const deleted = this.events.delete(seq);
    if (deleted) {
      this.changes.notify({ topic: 'webhooks', reason: 'event_deleted', key: String(seq) });
    }
    return deleted;
  }

  /** Endpoints as resolved at the last start (or from the config when stopped). */
  async resolvedEndpoints(): Promise<ReadonlyMap<string, ReceiverEndpoint>> {
    return this.receiver !== undefined
      ? this.endpoints
      : resolveReceiverEndpoints(this.context.config(), {
          env: this.context.env,
          secrets: this.context.secrets,
        });
  }

  /** Resolves once forwarding has nothing in flight (tests and drains). */
  async forwardingIdle(): Promise<void> {
    await this.forwarder?.idle();
  }

  private configuredEndpoints(): { name: string; config: WebhookEndpointConfig }[] {
    try {
      return Object.entries(this.context.config().webhooks?.endpoints ?? {}).map(
        ([name, config]) => ({ name, config }),
      );
    } catch {
      return [];
    }
  }
}
