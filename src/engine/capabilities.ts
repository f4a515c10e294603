import type { CapabilityFactory } from './engineRuntime';
import { createOAuthCapability } from './oauth/oauthCapability';
import { createResilienceCapability } from './resilience/resilienceCapability';

/**
 * The capabilities the engine process runs, in start order (disposed in reverse). Each lives in
 * its own folder under `src/engine`.
 */
export const capabilityFactories: readonly CapabilityFactory[] = [
  (context) => createOAuthCapability(context),
  (context) => createResilienceCapability(context),
];
