import type { Database, Statement } from 'better-sqlite3';

/** Outcome of {@link RefreshLeaseRepository.claim}. */
export type RefreshLeaseClaim =
  | { readonly claimed: true }
  /** Another live owner holds the lease until `leaseUntil` (ms since epoch). */
  | { readonly claimed: false; readonly leaseUntil: number };

interface LeaseRow {
  owner: string;
  lease_until: number;
}

/**
 * Typed access to `oauth_refresh_leases`: one row per connection being refreshed, keyed by the
 * connection's natural key `api:oauth:{user_id}:{provider}`. Claims run in a `BEGIN IMMEDIATE`
 * transaction, so of two processes on one file exactly one gets the lease; a lease past its
 * `lease_until` (its owner crashed) is free to take over.
 */
export class RefreshLeaseRepository {
  private readonly selectStatement: Statement<[string], LeaseRow>;
  private readonly upsertStatement: Statement<[string, string, number]>;
  private readonly releaseStatement: Statement<[string, string]>;
  private readonly claimTransaction: (
    key: string,
    owner: string,
    nowMs: number,
    leaseMs: number,
  ) => RefreshLeaseClaim;

  constructor(db: Database) {
    this.selectStatement = db.prepare(
      'SELECT owner, lease_until FROM oauth_refresh_leases WHERE key = ?',
    );
    this.upsertStatement = db.prepare(`
      INSERT INTO oauth_refresh_leases (key, owner, lease_until) VALUES (?, ?, ?)
      ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until`);
    this.releaseStatement = db.prepare(
      'DELETE FROM oauth_refresh_leases WHERE key = ? AND owner = ?',
    );
    const claim = db.transaction(
      (key: string, owner: string, nowMs: number, leaseMs: number): RefreshLeaseClaim => {
        const current = this.selectStatement.get(key);
        if (current && current.owner !== owner && current.lease_until > nowMs) {
          return { claimed: false, leaseUntil: current.lease_until };
        }

        this.upsertStatement.run(key, owner, nowMs + leaseMs);
        return { claimed: true };
      },
    );
    this.claimTransaction = (key, owner, nowMs, leaseMs) =>
      claim.immediate(key, owner, nowMs, leaseMs);
  }

  /**
   * Leases the refresh of connection `key` to `owner` until `nowMs + leaseMs`, unless another
   * owner holds an unexpired lease. Claiming again as the same owner extends the lease.
   * @throws {SqliteError} `SQLITE_BUSY` when another process holds the write lock past the busy timeout.
   */
  claim(key: string, owner: string, nowMs: number, leaseMs: number): RefreshLeaseClaim {
    return this.claimTransaction(key, owner, nowMs, leaseMs);
  }

  /** Gives up `owner`'s lease on `key`; a lease taken over by another owner is left alone. */
  release(key: string, owner: string): void {
    this.releaseStatement.run(key, owner);
  }
}
