import type { CapabilityFactory } from './engineRuntime';

/**
 * The capabilities the engine process runs, in start order (disposed in reverse). Each lives in
 * its own folder under `src/engine`.
 */
export const capabilityFactories: readonly CapabilityFactory[] = [];
