import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrations as allMigrations, type Migration } from './migrations';
import { StoreError } from './storeError';
import { storeFolderName } from './storePaths';

/** Options for {@link CaptainStore.open}. */
export interface StoreOptions {
  /** Schema steps to apply; the full list unless a test pins an older schema. */
  readonly migrations?: readonly Migration[];
  /** How long a write waits for another process's lock before failing, in ms. Default 5000. */
  readonly busyTimeoutMs?: number;
  /** Open without creating or migrating (for `captain doctor` on a file that may not exist). */
  readonly readonly?: boolean;
}

/**
 * The SQLite file shared by the editor's engine and the CLI. WAL lets both open it at once;
 * migrations are keyed by `PRAGMA user_version` and never drop data.
 */
export class CaptainStore {
  private constructor(
    readonly file: string,
    readonly db: Database,
  ) {}

  /**
   * Opens (creating if needed) and migrates the store at `file`.
   * @throws {StoreError} `store_corrupt` when the file is not a database, `store_locked` when another
   * process holds it past the busy timeout, `store_too_new` when its schema is newer than this build.
   */
  static open(file: string, options: StoreOptions = {}): CaptainStore {
    const absolute = path.resolve(file);
    if (!options.readonly) {
      prepareFolder(path.dirname(absolute));
    }

    let db: Database;
    try {
      db = new BetterSqlite3(absolute, {
        readonly: options.readonly ?? false,
        fileMustExist: options.readonly ?? false,
        timeout: options.busyTimeoutMs ?? 5000,
      });
    } catch (error) {
      throw translateSqliteError(error, absolute, 'open');
    }

    const store = new CaptainStore(absolute, db);
    try {
      if (!options.readonly) {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        db.pragma('foreign_keys = ON');
        store.migrate(options.migrations ?? allMigrations);
      } else {
        db.pragma('user_version');
      }
    } catch (error) {
      db.close();
      throw translateSqliteError(error, absolute, 'migrate');
    }
    return store;
  }

  /** The schema version recorded in the file (`PRAGMA user_version`). */
  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  /** The newest schema version this build knows. */
  static get latestSchemaVersion(): number {
    return allMigrations[allMigrations.length - 1].version;
  }

  /** Runs `PRAGMA integrity_check`; returns the problems, empty when the file is sound. */
  checkIntegrity(): string[] {
    const rows = this.db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    return rows.map((row) => row.integrity_check).filter((line) => line !== 'ok');
  }

  close(): void {
    if (this.db.open) {
      this.db.close();
    }
  }

  private migrate(steps: readonly Migration[]): void {
    const current = this.schemaVersion;
    const latest = steps.length === 0 ? 0 : steps[steps.length - 1].version;
    if (current > latest) {
      throw new StoreError(
        'store_too_new',
        this.file,
        `${this.file}: schema version ${current} is newer than this build knows (${latest}); update API Integration Captain`,
      );
    }

    for (const step of steps) {
      if (step.version <= current) {
        continue;
      }

      const apply = this.db.transaction(() => {
        step.up(this.db);
        this.db.pragma(`user_version = ${step.version}`);
      });
      try {
        apply.immediate();
      } catch (error) {
        throw new StoreError(
          'store_migration_failed',
          this.file,
          `${this.file}: migration ${step.version} (${step.description}) failed: ${(error as Error).message}`,
          { cause: error },
        );
      }
    }
  }
}

function prepareFolder(folder: string): void {
  const existed = fs.existsSync(folder);
  fs.mkdirSync(folder, { recursive: true });
  const ignoreFile = path.join(folder, '.gitignore');
  if (!existed && path.basename(folder) === storeFolderName && !fs.existsSync(ignoreFile)) {
    // The store holds payloads and encrypted tokens: keep it out of commits by default.
    fs.writeFileSync(ignoreFile, '*\n');
  }
}

function translateSqliteError(error: unknown, file: string, stage: 'open' | 'migrate'): Error {
  if (error instanceof StoreError) {
    return error;
  }

  const code = (error as { code?: string }).code ?? '';
  const detail = (error as Error).message;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new StoreError(
      'store_corrupt',
      file,
      `${file} is not a readable Captain database (${detail}); move it aside and a new one is created`,
      { cause: error },
    );
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new StoreError(
      'store_locked',
      file,
      `${file} is locked by another process; close other Captain windows or CLI runs using it and retry`,
      { cause: error },
    );
  }
  return new StoreError('store_open_failed', file, `could not ${stage} ${file}: ${detail}`, {
    cause: error,
  });
}
