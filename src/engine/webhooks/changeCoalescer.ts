import type { EngineChange } from '../engineContext';

/**
 * Limits change notifications to one per `intervalMs` (default 100 ms, so at most ~10 per
 * second): the first goes out at once, later ones within the window collapse into one trailing
 * notification carrying the last reason.
 */
export class ChangeCoalescer {
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private pending: EngineChange | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly send: (change: EngineChange) => void,
    private readonly intervalMs = 100,
  ) {}

  /** Sends now or folds into the next trailing notification. */
  notify(change: EngineChange): void {
    const now = performance.now();
    if (this.timer === undefined && now - this.lastSentAt >= this.intervalMs) {
      this.lastSentAt = now;
      this.send(change);
      return;
    }

    // Several records changed: the key of one would mislead, so the trailing one names none.
    this.pending = { topic: change.topic, reason: change.reason };
    this.timer ??= setTimeout(
      () => this.flush(),
      Math.max(this.intervalMs - (now - this.lastSentAt), 0),
    );
  }

  /** Sends what is waiting and stops the timer. */
  dispose(): void {
    this.flush();
  }

  private flush(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.pending !== undefined) {
      const change = this.pending;
      this.pending = undefined;
      this.lastSentAt = performance.now();
      this.send(change);
    }
  }
}
