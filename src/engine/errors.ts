/**
 * The base of every error the engine raises on purpose. `code` is stable and safe to branch on;
 * `message` is for people and says what to check next. Never put a secret, token or signature in
 * either.
 */
export class CaptainError extends Error {
  /** Brand that survives crossing realms and bundles, unlike `instanceof`. */
  readonly isCaptainError = true;

  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CaptainError';
  }
}

/** True for any error raised as a {@link CaptainError}, including subclasses. */
export function isCaptainError(error: unknown): error is CaptainError {
  return (
    typeof error === 'object' && error !== null && (error as CaptainError).isCaptainError === true
  );
}

/** The text of any thrown value, for messages that must not crash on non-errors. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
