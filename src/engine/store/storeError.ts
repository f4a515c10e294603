import { CaptainError } from '../errors';

/** Raised when the SQLite store cannot be opened, migrated or written. The message names the file. */
export class StoreError extends CaptainError {
  constructor(
    code:
      | 'store_corrupt'
      | 'store_locked'
      | 'store_too_new'
      | 'store_open_failed'
      | 'store_migration_failed',
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.name = 'StoreError';
  }
}
