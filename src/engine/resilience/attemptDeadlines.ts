/** The most an attempt's timeout may fire late so that attempts can share one timer, in ms. */
export const maxDeadlineSlackMs = 20;

/** An attempt's timeout: a signal that aborts once the attempt overran, and its release. */
export interface AttemptDeadline {
  /** Aborts (with a `TimeoutError` DOMException) between `timeoutMs` and `timeoutMs + slackMs`. */
  readonly signal: AbortSignal;
  /** Marks the attempt settled; call exactly once, whether it succeeded or failed. */
  readonly release: () => void;
}

/** Attempts that started within one slack span and share a controller and a timer. */
interface DeadlineGroup {
  readonly controller: AbortController;
  readonly openedAtMs: number;
  readonly timer: NodeJS.Timeout;
  members: number;
  unsettled: number;
}

/** Attempts per group at most: fetch leaves a listener on the signal until it is collected. */
const maxGroupMembers = 256;

/**
 * Per-attempt timeouts for many concurrent attempts. Attempts that start within `slackMs` of each
 * other share one `AbortController` and one timer, set `timeoutMs + slackMs` after the first of
 * them started: no attempt is aborted before its own `timeoutMs` has passed, and none later than
 * `slackMs` after it. The timer is cleared as soon as every attempt of its group settled, so a
 * call that finishes in time leaves no timer behind (`AbortSignal.timeout` builds a signal, a
 * weak timer and a finalizer per attempt, and its timer still fires `timeoutMs` later).
 */
export class AttemptDeadlines {
  /** The slack used, ms: at most {@link maxDeadlineSlackMs} and 1% of `timeoutMs`. */
  readonly slackMs: number;
  private open: DeadlineGroup | undefined;

  /**
   * @param timeoutMs time an attempt may take, ms; must be above 0.
   * @throws {RangeError} when `timeoutMs` is not a positive number.
   */
  constructor(readonly timeoutMs: number) {
    if (!(timeoutMs > 0) || !Number.isFinite(timeoutMs)) {
      throw new RangeError(`expected timeoutMs > 0, got ${timeoutMs}`);
    }

    this.slackMs = Math.min(maxDeadlineSlackMs, Math.floor(timeoutMs / 100));
  }

  /** The deadline of an attempt starting now. */
  start(): AttemptDeadline {
    const nowMs = performance.now();
    let group = this.open;
    if (
      !group ||
      nowMs - group.openedAtMs > this.slackMs ||
      group.members >= maxGroupMembers ||
      group.controller.signal.aborted
    ) {
      group = this.newGroup(nowMs);
      this.open = group;
    }

    group.members += 1;
    group.unsettled += 1;
    let released = false;
    const settled = group;
    return {
      signal: group.controller.signal,
      release: () => {
        if (released) {
          return;
        }

        released = true;
        settled.unsettled -= 1;
        if (settled.unsettled === 0) {
          clearTimeout(settled.timer);
          if (this.open === settled) {
            this.open = undefined;
          }
        }
      },
    };
  }

  private newGroup(nowMs: number): DeadlineGroup {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort(
        new DOMException('The operation was aborted due to timeout', 'TimeoutError'),
      );
    }, this.timeoutMs + this.slackMs);
    // Like AbortSignal.timeout: the deadline alone does not keep the process running.
    timer.unref();
    return { controller, openedAtMs: nowMs, timer, members: 0, unsettled: 0 };
  }
}
