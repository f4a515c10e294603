import type { WebhookEndpointConfig } from '../config/captainConfig';
import type { EngineContext } from '../engineContext';
import { describeError } from '../errors';
import { AcceptedEventsLog } from './acceptedEventsLog';
import { ChangeCoalescer } from './changeCoalescer';
import {
  resolveReceiverEndpoints,
  forwardTarget,
  type ReceiverEndpoint,
} from './receiverEndpoints';
import { WebhookBatchWriter, type StoredEvent } from './webhookBatchWriter';
import {
  WebhookEventRepository,
  type EventQuery,
  type NewWebhookEvent,
  type WebhookEventStatus,
} from './webhookEventRepository';
import { WebhookForwarder } from './webhookForwarder';
import { WebhookOutboxRepository } from './webhookOutboxRepository';
import { checkMaxBodyBytes, WebhookReceiver } from './webhookReceiver';
import { WebhooksError } from './webhooksError';

/** Overrides of settings for one start (CLI flags). */
export interface ReceiverStartOptions {
  readonly host?: string;
  readonly port?: number;
  readonly forwardTo?: string;
  /** Largest body accepted, in bytes; default the `webhookMaxBodyBytes` setting, at most 25 MiB. */
  readonly maxBodyBytes?: number;
}

/** The receiver's state, for the status bar and `status` requests. Plain JSON. */
export interface ReceiverStatus {
  readonly running: boolean;
  readonly url?: string;
  readonly accepted: number;
  readonly duplicates: number;
  readonly rejected: number;
  /** Pending deliveries that failed at least once, plus deliveries dead-lettered in the last hour. */
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

/** Window in which a dead-lettered delivery keeps the status bar's warning on, in ms. */
export const deadLetterWarningWindowMs = 3_600_000;

/** What a {@link WebhooksService} is built with besides its context; all optional. */
export interface WebhooksServiceDependencies {
  readonly fetch?: typeof fetch;
  readonly random?: () => number;
  /** Backoff of forwarding retries, in ms (defaults 1000 and 300 000). */
  readonly retry?: { baseDelayMs?: number; maxDelayMs?: number };
  /**
   * Start the forwarder with the service, so pending deliveries resume after a restart without
   * the receiver. Default true; a one-shot CLI query passes false (a replay still starts it).
   */
  readonly autoForward?: boolean;
  /** Lease and idle poll of the forwarder, in ms (defaults in {@link WebhookForwarder}). */
  readonly forwarder?: { leaseMs?: number; idlePollMs?: number; timeoutMs?: number };
}

/**
 * The webhooks capability behind both faces: receiver, forwarder and the stored events.
 * The forwarder drains the outbox whenever the service exists (receiver running or not); the
 * receiver is built on `start()` from the config as it is then; queries work without either.
 */
export class WebhooksService {
  readonly events: WebhookEventRepository;
  readonly outbox: WebhookOutboxRepository;
  private receiver: WebhookReceiver | undefined;
  private forwarder: WebhookForwarder | undefined;
  private forwarding: Promise<WebhookForwarder | undefined> | undefined;
  private disposed = false;
  private writer: WebhookBatchWriter | undefined;
  private endpoints: ReadonlyMap<string, ReceiverEndpoint> = new Map();
  private readonly changes: ChangeCoalescer;
  private readonly acceptedLog: AcceptedEventsLog;

  constructor(
    private readonly context: EngineContext,
    private readonly dependencies: WebhooksServiceDependencies = {},
  ) {
    this.events = new WebhookEventRepository(context.store.db);
    this.outbox = new WebhookOutboxRepository(context.store.db);
    this.changes = new ChangeCoalescer((change) => context.notify(change));
    this.acceptedLog = new AcceptedEventsLog((line) =>
      context.log('trace', 'WebhookReceiver', line),
    );
    if (dependencies.autoForward ?? true) {
      void this.ensureForwarding();
    }
  }

  /**
   * Starts the forwarder unless it runs, resolving endpoints (for re-signing) from the config.
   * Never rejects. @returns the forwarder, or undefined when the config could not be read (logged;
   * the next call tries again) or the service is disposed.
   */
  ensureForwarding(): Promise<WebhookForwarder | undefined> {
    this.forwarding ??= this.startForwarding().then((forwarder) => {
      if (forwarder === undefined) {
        this.forwarding = undefined;
      }
      return forwarder;
    });
    return this.forwarding;
  }

  /**
   * Looks for due deliveries now (after something was enqueued), starting the forwarder first
   * unless `start` is false.
   */
  wakeForwarding(start = true): void {
    if (this.forwarder !== undefined) {
      this.forwarder.wake();
      return;
    }

    if (!start) {
      return;
    }

    void this.ensureForwarding().then((forwarder) => forwarder?.wake());
  }

  /** The running receiver, if any. */
  get activeReceiver(): WebhookReceiver | undefined {
    return this.receiver;
  }

  /**
   * Reads the config, starts the receiver and the forwarder (which resumes pending deliveries).
   * @returns the status once listening.
   * @throws {WebhooksError} `receiver_running` or `receiver_listen_failed` (port in use).
   * @throws {RangeError} when the body limit (option or setting) is not from 1 byte to 25 MiB.
   */
  async start(options: ReceiverStartOptions = {}): Promise<ReceiverStatus> {
    if (this.receiver !== undefined) {
      throw new WebhooksError(
        'receiver_running',
        `the receiver is already listening at ${this.receiver.url}; stop it first`,
      );
    }

    // Checked before anything opens, so a bad limit leaves nothing half started.
    const maxBodyBytes = checkMaxBodyBytes(
      options.maxBodyBytes ?? this.context.settings.webhookMaxBodyBytes,
    );
    this.endpoints = await resolveReceiverEndpoints(
      this.context.config(),
      { env: this.context.env, secrets: this.context.secrets },
      { forwardTo: options.forwardTo },
    );
    const writer = new WebhookBatchWriter(this.context.store.file, {
      onCommitted: (events, results) => this.reportCommitted(events, results),
      onError: (error) =>
        this.context.log('error', 'WebhookReceiver', `commit failed: ${describeError(error)}`),
    });
    const receiver = new WebhookReceiver({
      host: options.host ?? this.context.settings.webhookHost,
      port: options.port ?? this.context.settings.webhookPort,
      maxBodyBytes,
      endpoints: this.endpoints,
      writer,
      now: () => this.context.now(),
      onActivity: (activity) => {
        // Accepted events and duplicates are reported once per commit by reportCommitted.
        if (activity.kind !== 'rejected') {
          return;
        }

        this.context.log(
          'warn',
          'WebhookReceiver',
          `rejected ${activity.endpoint} (${activity.code})`,
        );
        this.changes.notify({ topic: 'webhooks', reason: 'rejected' });
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
    const forwarder = await this.ensureForwarding();
    forwarder?.setEndpoints(this.endpoints);
    forwarder?.wake();
    this.context.log('info', 'WebhookReceiver', `listening at ${receiver.url}`);
    this.changes.notify({ topic: 'webhooks', reason: 'receiver_started' });
    return this.status();
  }

  /** Stops the receiver and commits what is queued; forwarding goes on until {@link dispose}. */
  async stop(): Promise<void> {
    const receiver = this.receiver;
    this.receiver = undefined;
    await receiver?.stop();
    await this.writer?.close();
    this.writer = undefined;
    this.acceptedLog.flush();
    if (receiver !== undefined) {
      this.changes.notify({ topic: 'webhooks', reason: 'receiver_stopped' });
    }
  }

  /** Stops everything, lets deliveries in flight finish and flushes notifications. */
  async dispose(): Promise<void> {
    this.disposed = true;
    await this.stop();
    await this.forwarding;
    await this.forwarder?.stop();
    this.forwarder = undefined;
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
      failing: this.outbox.failingCount(this.context.now() - deadLetterWarningWindowMs),
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
    this.wakeForwarding();
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

  /**
   * Endpoints as resolved at the last start (or from the config when stopped).
   * @throws {TypeError} for an endpoint whose provider cannot be built, or the config's error.
   */
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
    await this.forwarding;
    await this.forwarder?.idle();
  }

  /**
   * One commit of the receiver: wakes the forwarder when it enqueued a delivery, and logs and
   * notifies at most a few times a second, however many events arrive (each is an IPC message).
   */
  private reportCommitted(
    events: readonly NewWebhookEvent[],
    results: readonly StoredEvent[],
  ): void {
    let accepted = false;
    let forwarded = false;
    for (let index = 0; index < events.length; index += 1) {
      const event = events[index];
      const duplicate = results[index].duplicate;
      accepted ||= !duplicate;
      forwarded ||= !duplicate && event.forwardTo !== undefined;
      this.acceptedLog.add(`${event.endpoint} ${event.eventType}`, duplicate);
    }
    if (forwarded) {
      this.forwarder?.wake();
    }

    this.acceptedLog.commit();
    this.changes.notify({
      topic: 'webhooks',
      reason: accepted ? 'accepted' : 'duplicate',
      key: events.length === 1 ? String(results[0].seq) : undefined,
    });
  }

  private async startForwarding(): Promise<WebhookForwarder | undefined> {
    if (this.forwarder !== undefined) {
      return this.forwarder;
    }

    let endpoints: ReadonlyMap<string, ReceiverEndpoint>;
    try {
      endpoints = await this.resolvedEndpoints();
    } catch (error) {
      this.context.log(
        'warn',
        'WebhookForwarder',
        `not forwarding yet: the endpoints could not be read (${describeError(error)})`,
      );
      return undefined;
    }
    if (this.disposed || !this.outbox.isOpen) {
      return undefined;
    }

    const forwarder = new WebhookForwarder({
      outbox: this.outbox,
      endpoints,
      fetch: this.dependencies.fetch,
      random: this.dependencies.random,
      baseDelayMs: this.dependencies.retry?.baseDelayMs,
      maxDelayMs: this.dependencies.retry?.maxDelayMs,
      leaseMs: this.dependencies.forwarder?.leaseMs,
      idlePollMs: this.dependencies.forwarder?.idlePollMs,
      timeoutMs: this.dependencies.forwarder?.timeoutMs,
      now: () => this.context.now(),
      onStoreError: (message) => this.context.log('warn', 'WebhookForwarder', message),
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
    this.forwarder = forwarder;
    forwarder.start();
    return forwarder;
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
