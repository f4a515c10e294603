import type { Database, Statement } from 'better-sqlite3';

/**
 * Notices circuit changes made by other processes: polls `PRAGMA data_version` (it changes when
 * another connection commits; a microsecond read), and when it moved, compares the circuits'
 * revisions with the last seen and reports the keys that changed.
 */
export class CircuitWatcher {
  private timer: NodeJS.Timeout | undefined;
  private dataVersion = -1;
  private revisions = new Map<string, number>();
  private readonly selectRevisions: Statement<[], { key: string; revision: number }>;

  constructor(
    private readonly db: Database,
    private readonly onChange: (keys: string[]) => void,
    private readonly intervalMs = 300,
  ) {
    this.selectRevisions = db.prepare('SELECT key, revision FROM resilience_circuits');
  }

  start(): void {
    this.dataVersion = this.db.pragma('data_version', { simple: true }) as number;
    this.revisions = this.readRevisions();
    this.timer = setInterval(() => this.poll(), this.intervalMs);
    this.timer.unref();
  }

  /** One check; public so tests need not wait for the timer. */
  poll(): void {
    if (!this.db.open) {
      return;
    }

    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (version === this.dataVersion) {
      return;
    }

    this.dataVersion = version;
    const next = this.readRevisions();
    const changed = [...next]
      .filter(([key, revision]) => this.revisions.get(key) !== revision)
      .map(([key]) => key);
    this.revisions = next;
    if (changed.length > 0) {
      this.onChange(changed);
    }
  }

  stop(): void {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  private readRevisions(): Map<string, number> {
    return new Map(this.selectRevisions.all().map((row) => [row.key, row.revision]));
  }
}
