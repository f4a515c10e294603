import type { Database, Statement } from 'better-sqlite3';
import { naturalKeys } from '../store/naturalKeys';
import { CircuitOutcomeRepository } from './circuitOutcomeRepository';

/** The states a circuit shows; `isolated` is held open by a person until reset. */
export type CircuitStateName = 'closed' | 'open' | 'half-open' | 'isolated';

/** One persisted circuit, keyed `api:circuit:{service}:{endpoint}`. Times are ms since the epoch. */
export interface CircuitRecord {
  readonly key: string;
  readonly service: string;
  readonly endpoint: string;
  readonly state: CircuitStateName;
  /** Bumped on every transition; a process that sees a new revision rebuilds its breaker. */
  readonly revision: number;
  readonly failureCount: number;
  readonly lastFailureAt?: number;
  readonly lastFailure?: string;
  readonly openedAt?: number;
  readonly nextTrialAt?: number;
  /** Consecutive openings, for cockatiel's half-open backoff. */
  readonly attemptNo: number;
  readonly updatedAt: number;
}

/** One recorded state change. */
export interface CircuitTransition {
  readonly circuitKey: string;
  readonly at: number;
  readonly from: CircuitStateName;
  readonly to: CircuitStateName;
  readonly reason: string;
  readonly pid: number;
}

/** A new state to write, with what caused it. */
export interface CircuitUpdate {
  readonly state: CircuitStateName;
  readonly failureCount: number;
  readonly lastFailureAt?: number;
  readonly lastFailure?: string;
  readonly openedAt?: number;
  readonly nextTrialAt?: number;
  readonly attemptNo: number;
  readonly at: number;
  readonly reason: string;
}

interface CircuitRow {
  key: string;
  service: string;
  endpoint: string;
  state: CircuitStateName;
  revision: number;
  failure_count: number;
  last_failure_at: number | null;
  last_failure: string | null;
  opened_at: number | null;
  next_trial_at: number | null;
  attempt_no: number;
  updated_at: number;
}

/**
 * Circuits and their transitions in the shared store. Statements are prepared once; a transition
 * is one transaction (the state row and its history line together). A circuit that closes (a trial
 * call succeeded, or a reset) forgets the outcomes of its failure-rate window in the same
 * transaction, so its rate starts afresh in every process.
 */
export class CircuitRepository {
  private outcomeRepository?: CircuitOutcomeRepository;
  private readonly selectOne: Statement<[string], CircuitRow>;
  private readonly selectRevision: Statement<[string], { revision: number }>;
  private readonly selectRevisionAndCount: Statement<
    [string],
    { revision: number; failure_count: number }
  >;
  private readonly selectAll: Statement<[], CircuitRow>;
  private readonly upsert: Statement<Record<string, unknown>>;
  private readonly incrementFailure: Statement<
    [number, string, number, string],
    { failure_count: number }
  >;
  private readonly selectFailureCount: Statement<[string], { failure_count: number }>;
  private readonly clearCount: Statement<[number, string]>;
  private readonly insertTransition: Statement<[string, number, string, string, string, number]>;
  private readonly selectHistory: Statement<[string, number, number], TransitionRow>;
  private readonly selectSince: Statement<[number], TransitionRow>;
  private readonly transition: (
    key: string,
    service: string,
    endpoint: string,
    update: CircuitUpdate,
  ) => CircuitRecord;

  constructor(
    private readonly db: Database,
    private readonly pid: number = process.pid,
  ) {
    this.selectOne = db.prepare('SELECT * FROM resilience_circuits WHERE key = ?');
    this.selectRevision = db.prepare('SELECT revision FROM resilience_circuits WHERE key = ?');
    this.selectRevisionAndCount = db.prepare(
      'SELECT revision, failure_count FROM resilience_circuits WHERE key = ?',
    );
    this.selectAll = db.prepare('SELECT * FROM resilience_circuits ORDER BY service, endpoint');
    this.upsert = db.prepare(`
      INSERT INTO resilience_circuits (key, service, endpoint, state, revision, failure_count,
        last_failure_at, last_failure, opened_at, next_trial_at, attempt_no, updated_at)
      VALUES (@key, @service, @endpoint, @state, 1, @failureCount, @lastFailureAt, @lastFailure,
        @openedAt, @nextTrialAt, @attemptNo, @at)
      ON CONFLICT (key) DO UPDATE SET state = excluded.state, revision = revision + 1,
        failure_count = excluded.failure_count,
        last_failure_at = COALESCE(excluded.last_failure_at, last_failure_at),
        last_failure = COALESCE(excluded.last_failure, last_failure),
        opened_at = excluded.opened_at, next_trial_at = excluded.next_trial_at,
        attempt_no = excluded.attempt_no, updated_at = excluded.updated_at`);
    // A failure that does not change state: no revision bump, so no other process rebuilds. The
    // count is incremented in the statement itself, so failures of every process add up.
    this.incrementFailure = db.prepare(`
      UPDATE resilience_circuits SET failure_count = failure_count + 1, last_failure_at = ?,
        last_failure = ?, updated_at = ? WHERE key = ? RETURNING failure_count`);
    this.selectFailureCount = db.prepare(
      'SELECT failure_count FROM resilience_circuits WHERE key = ?',
    );
    this.clearCount = db.prepare(
      'UPDATE resilience_circuits SET failure_count = 0, updated_at = ? WHERE key = ? AND failure_count > 0',
    );
    this.insertTransition = db.prepare(`
      INSERT INTO resilience_transitions (circuit_key, at, from_state, to_state, reason, pid)
      VALUES (?, ?, ?, ?, ?, ?)`);
    this.selectHistory = db.prepare(`
      SELECT * FROM resilience_transitions WHERE circuit_key = ? AND at >= ?
      ORDER BY id DESC LIMIT ?`);
    this.selectSince = db.prepare('SELECT * FROM resilience_transitions WHERE at >= ? ORDER BY id');
    this.transition = db.transaction((key, service, endpoint, update) => {
      const before = this.selectOne.get(key);
      this.upsert.run({
        key,
        service,
        endpoint,
        state: update.state,
        failureCount: update.failureCount,
        lastFailureAt: update.lastFailureAt ?? null,
        lastFailure: update.lastFailure ?? null,
        openedAt: update.openedAt ?? null,
        nextTrialAt: update.nextTrialAt ?? null,
        attemptNo: update.attemptNo,
        at: update.at,
      });
      const from = before?.state ?? 'closed';
      if (from !== update.state) {
        this.insertTransition.run(key, update.at, from, update.state, update.reason, this.pid);
      }
      if (from !== 'closed' && update.state === 'closed') {
        this.outcomes.clear(key);
      }
      return toRecord(this.selectOne.get(key) as CircuitRow);
    });
  }

  /** The key of a service endpoint's circuit. */
  static keyOf(service: string, endpoint: string): string {
    return naturalKeys.circuit(service, endpoint);
  }

  /** The outcomes of the circuits' failure-rate windows; prepared on first use. */
  get outcomes(): CircuitOutcomeRepository {
    this.outcomeRepository ??= new CircuitOutcomeRepository(this.db);
    return this.outcomeRepository;
  }

  get(key: string): CircuitRecord | undefined {
    const row = this.selectOne.get(key);
    return row && toRecord(row);
  }

  /** The revision alone: the cheap check made before every call. */
  revisionOf(key: string): number {
    return this.selectRevision.get(key)?.revision ?? 0;
  }

  /**
   * The revision and the consecutive-failure count in one indexed read: what a breaker checks
   * now and then to see other processes' changes. Zeros when the circuit is not stored.
   */
  revisionAndFailureCountOf(key: string): { revision: number; failureCount: number } {
    const row = this.selectRevisionAndCount.get(key);
    return { revision: row?.revision ?? 0, failureCount: row?.failure_count ?? 0 };
  }

  list(): CircuitRecord[] {
    return this.selectAll.all().map(toRecord);
  }

  /** Writes a new state and, when it differs from the stored one, a transition line. */
  write(service: string, endpoint: string, update: CircuitUpdate): CircuitRecord {
    return this.transition(CircuitRepository.keyOf(service, endpoint), service, endpoint, update);
  }

  /**
   * Adds one failure to the stored count in a single statement, so that failures of every process
   * sharing the store add up, and returns the new count (0 when the circuit is not stored).
   */
  recordFailure(key: string, at: number, reason: string): number {
    return this.incrementFailure.get(at, reason.slice(0, 500), at, key)?.failure_count ?? 0;
  }

  /** The stored consecutive-failure count (0 when the circuit is not stored). */
  failureCountOf(key: string): number {
    return this.selectFailureCount.get(key)?.failure_count ?? 0;
  }

  /**
   * Sets the failure count back to zero after a success; the last failure stays for the view. A
   * read comes first so that the common case (nothing to clear) takes no write lock.
   */
  clearFailures(key: string, at: number): void {
    if (this.failureCountOf(key) > 0) {
      this.clearCount.run(at, key);
    }
  }

  /** Newest first, at most `limit`, from `sinceMs` on. */
  history(key: string, sinceMs = 0, limit = 200): CircuitTransition[] {
    return this.selectHistory.all(key, sinceMs, limit).map(toTransition);
  }

  /** Every transition from `sinceMs` on, oldest first (for the health timeline). */
  transitionsSince(sinceMs: number): CircuitTransition[] {
    return this.selectSince.all(sinceMs).map(toTransition);
  }
}

interface TransitionRow {
  circuit_key: string;
  at: number;
  from_state: CircuitStateName;
  to_state: CircuitStateName;
  reason: string;
  pid: number;
}

function toTransition(row: TransitionRow): CircuitTransition {
  return {
    circuitKey: row.circuit_key,
    at: row.at,
    from: row.from_state,
    to: row.to_state,
    reason: row.reason,
    pid: row.pid,
  };
}

function toRecord(row: CircuitRow): CircuitRecord {
  return {
    key: row.key,
    service: row.service,
    endpoint: row.endpoint,
    state: row.state,
    revision: row.revision,
    failureCount: row.failure_count,
    lastFailureAt: row.last_failure_at ?? undefined,
    lastFailure: row.last_failure ?? undefined,
    openedAt: row.opened_at ?? undefined,
    nextTrialAt: row.next_trial_at ?? undefined,
    attemptNo: row.attempt_no,
    updatedAt: row.updated_at,
  };
}
