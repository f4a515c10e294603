import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { createWebhooksCapability } from '../../../src/engine/webhooks/webhooksCapability';
import {
  webhooksDeleteRequest,
  webhooksGetPayloadRequest,
  webhooksListEndpointsRequest,
  webhooksListEventsRequest,
  webhooksReplayRequest,
  webhooksStartRequest,
  webhooksStopRequest,
  webhooksTriggerRequest,
} from '../../../src/engine/webhooks/webhooksProtocol';
import { createWebhooksTestContext, type WebhooksTestContext } from './webhooksTestContext';

describe('webhooks capability', () => {
  let context: WebhooksTestContext;
  let capability: ReturnType<typeof createWebhooksCapability>;
  let client: MessageConnection;
  let server: MessageConnection;

  beforeEach(() => {
    context = createWebhooksTestContext({
      webhooks: { endpoints: { shop: { provider: 'shopify', secret: 'shh' } } },
    });
    capability = createWebhooksCapability(context);
    const up = new PassThrough();
    const down = new PassThrough();
    server = createMessageConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
    client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
    capability.register(server);
    server.listen();
    client.listen();
  });

  afterEach(async () => {
    client.dispose();
    server.dispose();
    await capability.dispose();
    context.cleanup();
  });

  it('starts the receiver, triggers, pages events newest first, reads a payload and deletes', async () => {
    const status = await client.sendRequest(webhooksStartRequest, {});
    for (let index = 0; index < 3; index += 1) {
      await client.sendRequest(webhooksTriggerRequest, {
        provider: 'shopify',
        eventType: 'orders/create',
      });
    }

    const first = await client.sendRequest(webhooksListEventsRequest, {
      limit: 2,
      groupByType: true,
    });
    const second = await client.sendRequest(webhooksListEventsRequest, {
      limit: 2,
      before: first.nextBefore,
    });
    const payload = await client.sendRequest(webhooksGetPayloadRequest, {
      seq: first.events[0].seq,
    });
    const endpoints = await client.sendRequest(webhooksListEndpointsRequest, {});
    const deleted = await client.sendRequest(webhooksDeleteRequest, { seq: first.events[0].seq });
    const stopped = await client.sendRequest(webhooksStopRequest, {});

    assert.match(status.url!, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(first.events.length, 2);
    assert.ok(first.events[0].seq > first.events[1].seq);
    assert.equal(second.events.length, 1);
    assert.equal(second.nextBefore, undefined);
    assert.deepEqual(first.groups, [{ eventType: 'orders/create', count: 3 }]);
    assert.equal(payload.isJson, true);
    assert.equal(endpoints.endpoints[0].events, 3);
    assert.equal(deleted.deleted, true);
    assert.equal(stopped.running, false);
  });

  it('answers a replay without a target with a coded error', async () => {
    await client.sendRequest(webhooksTriggerRequest, {
      provider: 'shopify',
      eventType: 'orders/paid',
    });
    const { events } = await client.sendRequest(webhooksListEventsRequest, {});

    await assert.rejects(
      client.sendRequest(webhooksReplayRequest, { seq: events[0].seq }),
      (error: { data?: { code?: string } }) => error.data?.code === 'no_target',
    );
  });
});
