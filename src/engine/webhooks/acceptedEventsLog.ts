/** Endpoint and event-type pairs named in one line; the rest are counted. */
const namedTypesPerLine = 5;

/**
 * The receiver's trace line about accepted events, at most one per `intervalMs` (default
 * 1000 ms): the first commit is logged at once, later ones within the window are summed into one
 * trailing line. In the editor every log line is an IPC message, so a line per event (or per
 * commit, hundreds a second under load) would cost more than storing the events.
 */
export class AcceptedEventsLog {
  private accepted = 0;
  private duplicates = 0;
  private readonly types = new Map<string, number>();
  private lastWrittenAt = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly write: (line: string) => void,
    private readonly intervalMs = 1000,
  ) {}

  /** Counts one committed event; `name` is its endpoint and type, like `stripe invoice.paid`. */
  add(name: string, duplicate: boolean): void {
    if (duplicate) {
      this.duplicates += 1;
      return;
    }

    this.accepted += 1;
    this.types.set(name, (this.types.get(name) ?? 0) + 1);
  }

  /** Called after each commit: writes now, or once the window since the last line has passed. */
  commit(): void {
    if (this.timer !== undefined) {
      return;
    }

    const waitMs = this.lastWrittenAt + this.intervalMs - performance.now();
    if (waitMs <= 0) {
      this.flush();
      return;
    }

    this.timer = setTimeout(() => this.flush(), waitMs);
  }

  /** Writes what is counted now, if anything, and stops the timer. */
  flush(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.accepted === 0 && this.duplicates === 0) {
      return;
    }

    const named = [...this.types]
      .slice(0, namedTypesPerLine)
      .map(([name, count]) => `${name} ×${count}`);
    const more =
      this.types.size > namedTypesPerLine
        ? `, ${this.types.size - namedTypesPerLine} more types`
        : '';
    const detail = named.length > 0 ? `: ${named.join(', ')}${more}` : '';
    this.write(`accepted ${this.accepted}, duplicates ${this.duplicates}${detail}`);
    this.accepted = 0;
    this.duplicates = 0;
    this.types.clear();
    this.lastWrittenAt = performance.now();
  }
}
