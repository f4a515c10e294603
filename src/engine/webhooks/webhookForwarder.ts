import { describeError } from '../errors';
import { createWebhookProvider } from './providers/providerRegistry';
import type { ReceiverEndpoint } from './receiverEndpoints';
import type {
  DeliveryAttempt,
  DeliveryOutcome,
  DueDelivery,
  WebhookOutboxRepository,
} from './webhookOutboxRepository';

/** Options of {@link WebhookForwarder}; every field but `outbox` and `endpoints` has a default. */
export interface WebhookForwarderOptions {
  readonly outbox: WebhookOutboxRepository;
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

/**
 * Delivers accepted events from the outbox to their targets, re-signed with the endpoint's
 * secret and a fresh timestamp so the developer's own check passes; the event id travels along.
 * Retries use exponential backoff with full jitter and honour Retry-After; 410 stops at once;
 * after the last attempt the delivery is dead-lettered. Pending work survives restarts because
 * it lives in the store; ingest never waits for any of this.
 */
export class WebhookForwarder {
  private readonly busy = new Set<number>();
  private readonly inFlight = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;

  constructor(private readonly options: WebhookForwarderOptions) {
    this.fetch = options.fetch ?? fetch;
    this.now = options.now ?? Date.now;
  }

  /** Starts delivering, beginning with anything left pending by an earlier run. */
  start(): void {
    this.running = true;
    this.wake();
  }

  /** Looks for due deliveries now (after an enqueue). */
  wake(): void {
    if (!this.running) {
      return;
    }

    const concurrency = this.options.concurrency ?? 8;
    const free = concurrency - this.busy.size;
    if (free > 0) {
      for (const delivery of this.options.outbox.due(this.now(), free, this.busy)) {
        this.busy.add(delivery.id);
        const work = this.deliver(delivery).finally(() => {
          this.busy.delete(delivery.id);
          this.inFlight.delete(work);
          this.wake();
        });
        this.inFlight.add(work);
      }
    }
    this.scheduleNext();
  }

  /** Stops taking new deliveries and waits for the ones in flight. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    await Promise.allSettled([...this.inFlight]);
  }

  /** Resolves once nothing is in flight (for tests and drains). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) {
      await Promise.allSettled([...this.inFlight]);
    }
  }

  private scheduleNext(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const next = this.options.outbox.nextDueAt();
    if (next === undefined || !this.running) {
      return;
    }

    const waitMs = Math.min(Math.max(next - this.now(), 5), 60_000);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.wake();
    }, waitMs);
    this.timer.unref();
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
    const outcome = this.outcomeOf(delivery, statusCode, retryAfterMs);
    this.options.outbox.record(attempt, outcome);
    this.options.onAttempt?.(delivery, attempt, outcome);
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
    const endpoint = this.options.endpoints.get(delivery.endpoint);
    const provider =
      endpoint?.provider ?? createWebhookProvider({ provider: delivery.provider as never });
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(delivery.headers)) {
      if (!hopByHopHeaders.has(name) && !provider.signatureHeaders.includes(name)) {
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
