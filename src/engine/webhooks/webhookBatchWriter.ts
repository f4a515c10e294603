import { Worker } from 'node:worker_threads';
import { commitWorkerSource } from './commitWorkerSource';
import {
  eventWriteRow,
  eventWriteSql,
  rejectionsKeptPerEndpoint,
  rejectionWriteRow,
  type NewWebhookEvent,
  type NewWebhookRejection,
} from './webhookEventRepository';

/** The outcome of storing one event: its seq, and whether it was already there. */
export interface StoredEvent {
  readonly seq: number;
  readonly duplicate: boolean;
}

/** Options of {@link WebhookBatchWriter}. */
export interface BatchWriterOptions {
  /** A batch closes after this many items. Default 200. */
  readonly maxBatchSize?: number;
  /**
   * When no commit is running, a batch closes this long after its first item, in ms. Default 0:
   * it closes once the event loop has read the I/O of the current turn, so requests that arrived
   * together share a commit. While a commit runs, everything that arrives meanwhile waits for it
   * and goes out as the next batch, whatever this is; a longer window only adds latency then.
   */
  readonly maxDelayMs?: number;
  /**
   * Called once per commit with the events it stored (duplicates included) and, at the same
   * index, their outcomes. Once per batch rather than per event, so logging and notifying stay
   * off the per-request path.
   */
  readonly onCommitted?: (
    events: readonly NewWebhookEvent[],
    results: readonly StoredEvent[],
  ) => void;
  /** Called when a commit fails; its events are rejected to their callers. */
  readonly onError?: (error: unknown) => void;
}

interface PendingEvent {
  readonly event: NewWebhookEvent;
  readonly resolve: (stored: StoredEvent) => void;
  readonly reject: (error: unknown) => void;
}

type WorkerReply =
  | { id: number; results: StoredEvent[]; error?: undefined }
  | { id: number; error: string; results?: undefined }
  | { closed: true; id?: undefined };

/**
 * Group commit for the receiver. Events and rejections are queued and written together in one
 * transaction by a commit thread with its own `synchronous=FULL` connection, so a promise
 * resolves only once its event is on disk. One batch commits at a time; while it does, the next
 * fills, so durability stays cheap under load and the event loop never waits for an fsync.
 */
export class WebhookBatchWriter {
  private readonly worker: Worker;
  private readonly maxBatchSize: number;
  private readonly maxDelayMs: number;
  private events: PendingEvent[] = [];
  private rejections: NewWebhookRejection[] = [];
  private timer: { readonly cancel: () => void } | undefined;
  private inFlight: { id: number; events: PendingEvent[] } | undefined;
  private nextId = 1;
  private idleWaiters: (() => void)[] = [];
  private closed = false;

  /** Starts the commit thread on the store file (already migrated). */
  constructor(
    storeFile: string,
    private readonly options: BatchWriterOptions = {},
  ) {
    this.maxBatchSize = options.maxBatchSize ?? 200;
    this.maxDelayMs = options.maxDelayMs ?? 0;
    this.worker = new Worker(commitWorkerSource, {
      eval: true,
      workerData: {
        file: storeFile,
        driverPath: require.resolve('better-sqlite3'),
        sql: eventWriteSql,
      },
    });
    this.worker.on('message', (reply: WorkerReply) => this.settle(reply));
    this.worker.on('error', (error) => this.failInFlight(error));
  }

  /** Queues an event; resolves after the commit that holds it. Rejects when that commit fails. */
  writeEvent(event: NewWebhookEvent): Promise<StoredEvent> {
    if (this.closed) {
      return Promise.reject(new Error('the receiver is stopping'));
    }

    return new Promise((resolve, reject) => {
      this.events.push({ event, resolve, reject });
      this.schedule();
    });
  }

  /** Queues a rejection record; nobody waits for it. */
  writeRejection(rejection: NewWebhookRejection): void {
    if (!this.closed) {
      this.rejections.push(rejection);
      this.schedule();
    }
  }

  /** Resolves once everything queued so far is committed. */
  async flush(): Promise<void> {
    while (this.inFlight !== undefined || this.events.length > 0 || this.rejections.length > 0) {
      this.commitNext();
      await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    }
  }

  /** Commits what is queued, then stops the commit thread. */
  async close(): Promise<void> {
    await this.flush();
    if (this.closed) {
      return;
    }

    this.closed = true;
    const closedReply = new Promise<void>((resolve) =>
      this.worker.once('message', () => resolve()),
    );
    this.worker.postMessage({ close: true });
    await Promise.race([closedReply, new Promise((resolve) => setTimeout(resolve, 2000))]);
    await this.worker.terminate();
  }

  private schedule(): void {
    if (this.inFlight !== undefined) {
      // The running commit picks this up when it finishes.
      return;
    }
    if (this.events.length + this.rejections.length >= this.maxBatchSize) {
      this.commitNext();
      return;
    }

    if (this.timer !== undefined) {
      return;
    }

    // 0 ms closes the batch once this turn's I/O is read, so requests that arrived together
    // still share a commit; under load the running commit is the window.
    if (this.maxDelayMs === 0) {
      const immediate = setImmediate(() => this.commitNext());
      this.timer = { cancel: () => clearImmediate(immediate) };
    } else {
      const timeout = setTimeout(() => this.commitNext(), this.maxDelayMs);
      this.timer = { cancel: () => clearTimeout(timeout) };
    }
  }

  private commitNext(): void {
    if (this.timer !== undefined) {
      this.timer.cancel();
      this.timer = undefined;
    }
    if (this.inFlight !== undefined) {
      return;
    }
    if (this.events.length === 0 && this.rejections.length === 0) {
      this.wakeIdleWaiters();
      return;
    }

    const events = this.events.splice(0, this.maxBatchSize);
    const rejections = this.rejections.splice(0, Math.max(this.maxBatchSize - events.length, 0));
    const id = this.nextId++;
    this.inFlight = { id, events };
    this.worker.postMessage({
      id,
      events: events.map((pending) => eventWriteRow(pending.event)),
      rejections: rejections.map(rejectionWriteRow),
      keep: rejectionsKeptPerEndpoint,
    });
  }

  private settle(reply: WorkerReply): void {
    const batch = this.inFlight;
    if (reply.id === undefined || batch === undefined || reply.id !== batch.id) {
      return;
    }

    this.inFlight = undefined;
    if (reply.error !== undefined) {
      const error = new Error(reply.error);
      this.options.onError?.(error);
      for (const pending of batch.events) {
        pending.reject(error);
      }
    } else {
      for (let index = 0; index < batch.events.length; index += 1) {
        batch.events[index].resolve(reply.results[index]);
      }
      if (batch.events.length > 0 && this.options.onCommitted !== undefined) {
        this.options.onCommitted(
          batch.events.map((pending) => pending.event),
          reply.results,
        );
      }
    }
    this.afterCommit();
  }

  private failInFlight(error: unknown): void {
    const batch = this.inFlight;
    this.inFlight = undefined;
    this.options.onError?.(error);
    for (const pending of [...(batch?.events ?? []), ...this.events.splice(0)]) {
      pending.reject(error);
    }
    this.rejections = [];
    this.closed = true;
    this.wakeIdleWaiters();
  }

  private afterCommit(): void {
    if (this.events.length > 0 || this.rejections.length > 0) {
      // Group commit: whatever arrived during the last fsync goes out now as one batch.
      this.commitNext();
      return;
    }

    this.wakeIdleWaiters();
  }

  private wakeIdleWaiters(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const wake of waiters) {
      wake();
    }
  }
}
