import { randomUUID } from 'node:crypto';
import { describeError } from '../errors';
import { createWebhookProvider } from './providers/providerRegistry';
import type { ReceiverEndpoint } from './receiverEndpoints';
import type {
  DeliveryAttempt,
  DeliveryOutcome,
  DueDelivery,
  RecordResult,
  WebhookOutboxRepository,
} from './webhookOutboxRepository';

/** Options of {@link WebhookForwarder}; every field but `outbox` and `endpoints` has a default. */
export interface WebhookForwarderOptions {
  readonly outbox: WebhookOutboxRepository;
  /** Endpoints for re-signing; replace them with {@link WebhookForwarder.setEndpoints}. */
  readonly endpoints: ReadonlyMap<string, ReceiverEndpoint>;
  readonly fetch?: typeof fetch;
  /** ms since the epoch. */
  readonly now?: () => number;
  /** In [0, 1); for the full jitter. */
  readonly random?: () => number;
  /** First retry ceiling, in ms; doubles per attempt. Default 1000. */
  readonly baseDelayMs?: number;
  /** Largest backoff between attempts, in ms. Default 300 000. Retry-After is honoured up to an hour. */
  readonly maxDelayMs?: number;
  /** Deliveries in flight at once. Default 8. */
  readonly concurrency?: number;
  /** Time allowed per attempt, in ms. Default 10 000. */
  readonly timeoutMs?: number;
  /**
   * How long a claimed delivery stays this forwarder's, in ms; another process may take it after.
   * Default `timeoutMs + 30 000`, so a lease outlives any attempt of a live forwarder.
   */
  readonly leaseMs?: number;
  /** Wait before the store is tried again after SQLITE_BUSY or another store error, in ms. Default 250. */
  readonly storeRetryMs?: number;
  /**
   * How often an idle forwarder looks for work another process enqueued on the same file, in ms.
   * Default 5000.
   */
  readonly idlePollMs?: number;
  /** Called when the store failed (busy or worse); the forwarder keeps running. No secrets in it. */
  readonly onStoreError?: (message: string) => void;
  /** Called after each recorded attempt. */
  readonly onAttempt?: (
    delivery: DueDelivery,
    attempt: DeliveryAttempt,
    outcome: DeliveryOutcome,
  ) => void;
}

const responseExcerptBytes = 2048;
// A target asking for more than an hour is treated as asking for an hour, so nothing stalls for days.
const retryAfterCapMs = 3_600_000;
const hopByHopHeaders = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'keep-alive',
  'expect',
  'upgrade',
  'te',
  'trailer',
  'proxy-authorization',
  'proxy-connection',
]);
// Credentials are stored masked; forwarding "…[masked]" would only confuse the target's own auth.
const credentialHeaders = new Set(['authorization', 'cookie', 'proxy-authorization']);

/**
 * Delivers accepted events from the outbox to their targets, re-signed with the endpoint's
 * secret and a fresh timestamp so the developer's own check passes; the event id travels along.
 * Retries use exponential backoff with full jitter and honour Retry-After; 410 stops at once;
 * after the last attempt the delivery is dead-lettered. Pending work survives restarts because
 * it lives in the store; ingest never waits for any of this.
 */
export class WebhookForwarder {
  /** This forwarder's name on the leases it takes: process id and a random part. */
  readonly owner = `${process.pid}:${randomUUID()}`;
  private readonly busy = new Set<number>();
  /** Deliveries this forwarder claimed whose attempt is not recorded yet: their leases are its. */
  private readonly leased = new Set<number>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly unrecorded = new Map<
    number,
    { attempt: DeliveryAttempt; outcome: DeliveryOutcome; delivery: DueDelivery }
  >();
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private endpoints: ReadonlyMap<string, ReceiverEndpoint>;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;

  constructor(private readonly options: WebhookForwarderOptions) {
    this.fetch = options.fetch ?? fetch;
    this.now = options.now ?? Date.now;
    this.endpoints = options.endpoints;
  }

  /** Whether {@link start} was called and {@link stop} not since. */
  get isRunning(): boolean {
    return this.running;
  }

  /** Starts delivering, beginning with anything left pending by an earlier run. */
  start(): void {
    this.running = true;
    this.wake();
  }

  /** Replaces the endpoints used for re-signing (after the receiver resolved them again). */
  setEndpoints(endpoints: ReadonlyMap<string, ReceiverEndpoint>): void {
    this.endpoints = endpoints;
  }

  /** Looks for due deliveries now (after an enqueue). Never throws: store errors are retried. */
  wake(): void {
    if (!this.running) {
      return;
    }

    this.recordLeftovers();
    const concurrency = this.options.concurrency ?? 8;
    let claimed: DueDelivery[];
    try {
      claimed = this.options.outbox.claimDue(
        this.now(),
        concurrency - this.busy.size,
        this.owner,
        this.leaseMs,
      );
    } catch (error) {
      this.storeFailed('claiming due deliveries', error);
      return;
    }

    for (const delivery of claimed) {
      this.leased.add(delivery.id);
      if (this.busy.has(delivery.id)) {
        continue;
      }

      this.busy.add(delivery.id);
      const work = this.deliver(delivery)
        .catch((error: unknown) =>
          this.options.onStoreError?.(`delivery ${delivery.id} failed: ${describeError(error)}`),
        )
        .finally(() => {
          this.inFlight.delete(work);
          if (!this.unrecorded.has(delivery.id)) {
            this.busy.delete(delivery.id);
          }
          this.wake();
        });
      this.inFlight.add(work);
    }
    this.scheduleNext();
  }

  /**
   * Stops taking new deliveries, waits for the ones in flight and records what it can, then
   * releases the leases of deliveries it could not record, so another forwarder (or the next
   * start) sends them again at once instead of after the lease expires. Never throws.
   */
  async stop(): Promise<void> {
    this.running = false;
    this.clearTimer();
    await Promise.allSettled([...this.inFlight]);
    this.recordLeftovers();
    this.releaseLeases();
  }

  /** Resolves once nothing is in flight and every attempt is recorded (for tests and drains). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0 || (this.running && this.unrecorded.size > 0)) {
      if (this.inFlight.size > 0) {
        await Promise.allSettled([...this.inFlight]);
      } else {
        await new Promise((resolve) => setTimeout(resolve, this.options.storeRetryMs ?? 250));
      }
    }
  }

  private releaseLeases(): void {
    if (!this.options.outbox.isOpen) {
      return;
    }

    for (const id of [...this.leased]) {
      try {
        this.options.outbox.release(id, this.owner);
      } catch (error) {
        // Kept as is: the lease expires on its own, and a restart can still record the attempt.
        this.options.onStoreError?.(
          `releasing delivery ${id} failed: ${describeError(error)}; it is sent again when its lease expires`,
        );
        continue;
      }

      // The attempt that could not be recorded is dropped: the delivery is sent again (at least once).
      this.leased.delete(id);
      this.unrecorded.delete(id);
      this.busy.delete(id);
    }
  }

  private get leaseMs(): number {
    return this.options.leaseMs ?? (this.options.timeoutMs ?? 10_000) + 30_000;
  }

  private clearTimer(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  private scheduleNext(): void {
    this.clearTimer();
    if (!this.running) {
      return;
    }

    let next: number | undefined;
    try {
      next = this.options.outbox.nextDueAt();
    } catch (error) {
      this.storeFailed('reading the next due time', error);
      return;
    }
    const idlePollMs = this.options.idlePollMs ?? 5000;
    const untilDueMs = next === undefined ? idlePollMs : next - this.now();
    const retryMs = this.unrecorded.size > 0 ? (this.options.storeRetryMs ?? 250) : idlePollMs;
    this.arm(Math.min(Math.max(untilDueMs, 5), retryMs));
  }

  private arm(waitMs: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.wake();
    }, waitMs);
    this.timer.unref();
  }

  /** A store failure must never take the process down: report it and look again shortly. */
  private storeFailed(doing: string, error: unknown): void {
    if (!this.options.outbox.isOpen) {
      // The store was closed under us (shutdown): there is nothing left to deliver from.
      this.running = false;
      this.clearTimer();
      return;
    }

    this.options.onStoreError?.(`${doing} failed: ${describeError(error)}; retrying`);
    if (this.running) {
      this.arm(this.options.storeRetryMs ?? 250);
    }
  }

  private async deliver(delivery: DueDelivery): Promise<void> {
    const attemptedAt = this.now();
    const started = performance.now();
    let statusCode: number | undefined;
    let excerpt: string | undefined;
    let error: string | undefined;
    let retryAfterMs: number | undefined;
    try {
      const response = await this.fetch(delivery.targetUrl, {
        method: 'POST',
        headers: this.outgoingHeaders(delivery),
        body: new Uint8Array(delivery.payload),
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
      statusCode = response.status;
      retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.now());
      excerpt = (await response.text()).slice(0, responseExcerptBytes);
    } catch (caught) {
      error = describeError(caught);
    }

    const attempt: DeliveryAttempt = {
      deliveryId: delivery.id,
      attemptedAt,
      statusCode,
      latencyMs: performance.now() - started,
      responseExcerpt: excerpt,
      error,
    };
    this.recordAttempt(delivery, attempt, this.outcomeOf(delivery, statusCode, retryAfterMs));
  }

  /**
   * Stores an attempt. A delivery whose event was deleted meanwhile is dropped quietly (the user
   * deleted it); a busy store keeps the attempt in memory for the next tick; anything else is
   * reported and the lease left to expire (or released by {@link stop}), so the delivery is sent
   * again (at least once).
   */
  private recordAttempt(
    delivery: DueDelivery,
    attempt: DeliveryAttempt,
    outcome: DeliveryOutcome,
  ): void {
    let result: RecordResult;
    try {
      result = this.options.outbox.record(attempt, outcome, this.owner);
    } catch (error) {
      const code = sqliteCode(error);
      if (code?.startsWith('SQLITE_CONSTRAINT_FOREIGNKEY')) {
        this.unrecorded.delete(delivery.id);
        this.leased.delete(delivery.id);
        return;
      }

      if (code?.startsWith('SQLITE_BUSY') || code?.startsWith('SQLITE_LOCKED')) {
        this.unrecorded.set(delivery.id, { delivery, attempt, outcome });
        this.busy.add(delivery.id);
        this.storeFailed(`recording delivery ${delivery.id}`, error);
        return;
      }

      this.unrecorded.delete(delivery.id);
      this.options.onStoreError?.(
        `recording delivery ${delivery.id} failed: ${describeError(error)}; it is sent again when its lease expires`,
      );
      return;
    }

    this.unrecorded.delete(delivery.id);
    this.leased.delete(delivery.id);
    if (result === 'recorded') {
      this.options.onAttempt?.(delivery, attempt, outcome);
    }
  }

  private recordLeftovers(): void {
    for (const { delivery, attempt, outcome } of [...this.unrecorded.values()]) {
      this.recordAttempt(delivery, attempt, outcome);
      if (!this.unrecorded.has(delivery.id)) {
        this.busy.delete(delivery.id);
      }
    }
  }

  private outcomeOf(
    delivery: DueDelivery,
    statusCode: number | undefined,
    retryAfterMs: number | undefined,
  ): DeliveryOutcome {
    if (statusCode !== undefined && statusCode >= 200 && statusCode < 300) {
      return { state: 'delivered' };
    }
    // 410 Gone: the target says this will never be accepted.
    if (statusCode === 410 || delivery.attempts + 1 >= delivery.maxAttempts) {
      return { state: 'dead_lettered' };
    }

    const maxDelayMs = this.options.maxDelayMs ?? 300_000;
    const ceilingMs = Math.min(
      maxDelayMs,
      (this.options.baseDelayMs ?? 1000) * 2 ** delivery.attempts,
    );
    const jitteredMs = (this.options.random ?? Math.random)() * ceilingMs;
    const delayMs =
      retryAfterMs === undefined ? jitteredMs : Math.min(retryAfterMs, retryAfterCapMs);
    return { state: 'pending', nextAttemptAt: this.now() + delayMs };
  }

  private outgoingHeaders(delivery: DueDelivery): Record<string, string> {
    const endpoint = this.endpoints.get(delivery.endpoint);
    const provider =
      endpoint?.provider ?? createWebhookProvider({ provider: delivery.provider as never });
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(delivery.headers)) {
      const maskedCredential = credentialHeaders.has(name) && value.includes('[masked]');
      if (
        !hopByHopHeaders.has(name) &&
        !provider.signatureHeaders.includes(name) &&
        !maskedCredential
      ) {
        headers[name] = value;
      }
    }
    headers['content-type'] ??= 'application/json';
    headers['x-captain-delivery'] = String(delivery.id);

    const secret = endpoint?.secrets[0];
    if (secret === undefined) {
      return headers;
    }
    const signed = provider.sign({
      body: delivery.payload,
      secret,
      timestampSeconds: Math.floor(this.now() / 1000),
      eventId: delivery.eventId,
      eventType: delivery.eventType,
    });
    return { ...headers, ...signed };
  }
}

/** Retry-After as seconds or an HTTP date, in ms from now; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === '') {
    return undefined;
  }

  if (/^\d+$/.test(value.trim())) {
    return Number(value.trim()) * 1000;
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(date - nowMs, 0);
}

function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}
