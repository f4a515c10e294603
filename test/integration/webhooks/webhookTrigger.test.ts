import assert from 'node:assert/strict';
import {
  sampleEventTypes,
  triggerSampleEvent,
  type SampleProvider,
} from '../../../src/engine/webhooks/webhookTrigger';
import { WebhooksService } from '../../../src/engine/webhooks/webhooksService';
import { createWebhooksTestContext, type WebhooksTestContext } from './webhooksTestContext';

describe('triggerSampleEvent', () => {
  let context: WebhooksTestContext;
  let service: WebhooksService;

  beforeEach(() => {
    context = createWebhooksTestContext({
      webhooks: {
        endpoints: {
          stripe: { provider: 'stripe', secret: 'whsec_trigger' },
          github: { provider: 'github', secret: 'gh-secret' },
          shopify: { provider: 'shopify', secret: 'shop-secret' },
        },
      },
    });
    service = new WebhooksService(context);
  });

  afterEach(async () => {
    await service.dispose();
    context.cleanup();
  });

  it('offers at least ten sample event types per provider', () => {
    for (const types of Object.values(sampleEventTypes())) {
      assert.ok(types.length >= 10);
    }
  });

  it('sends every sample through the listening receiver, verified and stored', async () => {
    await service.start();

    for (const [provider, types] of Object.entries(sampleEventTypes())) {
      for (const eventType of types) {
        const result = await triggerSampleEvent(context, service, {
          provider: provider as SampleProvider,
          eventType,
        });

        assert.equal(result.via, 'http');
        assert.equal(
          result.statusCode,
          200,
          `${provider} ${eventType}: ${JSON.stringify(result.response)}`,
        );
      }
    }
    const stored = service.events.list({ limit: 1000 });
    assert.equal(stored.length, Object.values(sampleEventTypes()).flat().length);
    assert.ok(stored.some((event) => event.eventType === 'pull_request.opened'));
  });

  it('stores through the ingest path when no receiver listens', async () => {
    const result = await triggerSampleEvent(context, service, {
      provider: 'stripe',
      eventType: 'invoice.paid',
    });

    assert.equal(result.via, 'ingest');
    assert.equal(result.statusCode, 200);
    assert.equal(service.events.list()[0].eventId, result.eventId);
  });

  it('names the samples when the type is unknown', async () => {
    await assert.rejects(
      triggerSampleEvent(context, service, { provider: 'stripe', eventType: 'nope.nope' }),
      /samples: payment_intent.succeeded/,
    );
  });
});
