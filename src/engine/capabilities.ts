import { createContractsCapability } from './contracts/contractsCapability';
import type { CapabilityFactory } from './engineRuntime';
import { createOAuthCapability } from './oauth/oauthCapability';
import { createResilienceCapability } from './resilience/resilienceCapability';
import { createWebhooksCapability } from './webhooks/webhooksCapability';

/**
 * The capabilities the engine process runs, in start order (disposed in reverse). Each lives in
 * its own folder under `src/engine`.
 */
export const capabilityFactories: readonly CapabilityFactory[] = [
  (context) => {
    const webhooks = createWebhooksCapability(context);
    return {
      ...webhooks,
      status: () => {
        const receiver = webhooks.service.status();
        return receiver.running
          ? {
              receiver: {
                url: receiver.url!,
                accepted: receiver.accepted,
                failing: receiver.failing,
              },
            }
          : {};
      },
    };
  },
  (context) => createOAuthCapability(context),
  (context) => createResilienceCapability(context),
  (context) => createContractsCapability(context),
];
