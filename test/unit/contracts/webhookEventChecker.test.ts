import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { loadSpec } from '../../../src/engine/contracts/specLoader';
import { checkWebhookEvent } from '../../../src/engine/contracts/webhookEventChecker';
import { fixture } from './contractsFixtures';

describe('checkWebhookEvent', () => {
  it('reads a configured #/ ref in the API description even when a JSON Schema sorts first', async () => {
    // Discovery sorts by path and now finds `*.schema.json` files, so a JSON Schema can come first.
    const specs = await Promise.all([
      loadSpec(fixture('loader/address.schema.json')),
      loadSpec(fixture('payload/orders.openapi.yaml')),
    ]);
    // `id` is read-only and a configured schema is checked as a request, so the event leaves it out.
    const { id: _id, ...order } = JSON.parse(
      readFileSync(fixture('payload/order.json'), 'utf8'),
    ) as Record<string, unknown>;

    const drift = checkWebhookEvent('order.paid', order, specs, {
      'order.paid': '#/components/schemas/Order',
    });

    assert.equal(drift.matched, '#/components/schemas/Order');
    assert.equal(drift.spec, specs[1]!.entry);
    assert.equal(drift.valid, true, JSON.stringify(drift.problems));
  });
});
