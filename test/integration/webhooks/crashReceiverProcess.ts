import { defaultEngineSettings } from '../../../src/engine/engineContext';
import { CaptainStore } from '../../../src/engine/store/captainStore';
import { WebhooksService } from '../../../src/engine/webhooks/webhooksService';

/**
 * A minimal engine for the crash test: the receiver on the store file given as argv[2], with a
 * Stripe endpoint whose secret is argv[3]. Prints its port, then runs until killed.
 */
async function main(): Promise<void> {
  const [file, secret] = process.argv.slice(2);
  const store = CaptainStore.open(file);
  const config = { webhooks: { endpoints: { stripe: { provider: 'stripe' as const, secret } } } };
  const service = new WebhooksService({
    workspaceFolder: process.cwd(),
    configFile: 'captain.config.json',
    store,
    settings: { ...defaultEngineSettings, webhookPort: 0 },
    secrets: { get: async () => undefined },
    env: {},
    config: () => config,
    now: Date.now,
    notify: () => undefined,
    log: () => undefined,
  });
  const status = await service.start();
  process.stdout.write(`${new URL(status.url!).port}\n`);
}

void main();
