/**
 * Brand checks for cockatiel's errors. cockatiel 3.2.1's own `isTaskCancelledError` and
 * `isIsolatedCircuitError` test the bulkhead brand by mistake, so we read the brands ourselves.
 */
function hasBrand(error: unknown, brand: string): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as Record<string, unknown>)[brand] === true
  );
}

/** The circuit is open (cockatiel `BrokenCircuitError`). */
export const isBrokenCircuit = (error: unknown): boolean => hasBrand(error, 'isBrokenCircuitError');
/** The circuit is held open by hand (cockatiel `IsolatedCircuitError`). */
export const isIsolatedCircuit = (error: unknown): boolean =>
  hasBrand(error, 'isIsolatedCircuitError');
/** A timeout or cancellation (cockatiel `TaskCancelledError`). */
export const isTaskCancelled = (error: unknown): boolean => hasBrand(error, 'isTaskCancelledError');
/** The bulkhead and its queue are full (cockatiel `BulkheadRejectedError`). */
export const isBulkheadRejected = (error: unknown): boolean =>
  hasBrand(error, 'isBulkheadRejectedError');
