import { strict as assert } from 'node:assert';
import { PayloadValidator } from '../../../src/engine/contracts/payloadValidator';
import { loadSpec } from '../../../src/engine/contracts/specLoader';
import { fixture } from './contractsFixtures';

const card = { method: 'card', last4: '4242' };
const order = { id: 'o_1', total: 500, note: null, payment: card };
const newOrder = { total: 500, note: 'gift', payment: card, cardNumber: '4242424242424242' };

describe('PayloadValidator', () => {
  let orders: PayloadValidator;
  let events: PayloadValidator;

  before(async () => {
    orders = new PayloadValidator(await loadSpec(fixture('payload/orders.openapi.yaml')));
    events = new PayloadValidator(await loadSpec(fixture('payload/events.openapi.yaml')));
  });

  describe('operations', () => {
    it('accepts a valid response found by operationId and by METHOD /path', () => {
      assert.equal(
        orders.check({ kind: 'operation', operation: 'getOrder', direction: 'response' }, order)
          .valid,
        true,
      );
      assert.equal(
        orders.check(
          {
            kind: 'operation',
            operation: 'get /orders/{orderId}',
            direction: 'response',
            status: 200,
          },
          order,
        ).valid,
        true,
      );
    });

    it('finds a path whose parameter is named differently', () => {
      const result = orders.check(
        { kind: 'operation', operation: 'GET /orders/{id}', direction: 'response' },
        order,
      );

      assert.match(result.against, /GET \/orders\/\{orderId\}/);
    });

    it('picks the first 2xx response when no status is given and says which it checked', () => {
      const result = orders.check(
        { kind: 'operation', operation: 'createOrder', direction: 'response' },
        order,
      );

      assert.equal(result.against, 'response 201 of POST /orders (application/json)');
    });

    it('falls back to a range (4XX) and then to default for an undeclared status', () => {
      const range = orders.check(
        { kind: 'operation', operation: 'createOrder', direction: 'response', status: 409 },
        { message: 'taken' },
      );
      const fallback = orders.check(
        { kind: 'operation', operation: 'getOrder', direction: 'response', status: '503' },
        { message: 'down' },
      );

      assert.match(range.against, /^response 4XX/);
      assert.match(fallback.against, /^response default/);
      assert.equal(range.valid && fallback.valid, true);
    });

    it('throws contracts.notFound for an unknown operation or status', () => {
      assert.throws(
        () =>
          orders.check({ kind: 'operation', operation: 'deleteOrder', direction: 'response' }, {}),
        { code: 'contracts.notFound' },
      );
      assert.throws(
        () =>
          orders.check(
            { kind: 'operation', operation: 'createOrder', direction: 'response', status: 500 },
            {},
          ),
        /declares no response 500 \(it has 201, 4XX\)/,
      );
    });

    it('reuses the compiled validator for the same target', () => {
      const target = { kind: 'operation', operation: 'getOrder', direction: 'response' } as const;

      assert.equal(
        orders.validatorFor(target).validate,
        orders.validatorFor({ ...target }).validate,
      );
    });
  });

  describe('readOnly and writeOnly', () => {
    it('forbids a readOnly field in a request but does not require it', () => {
      const accepted = orders.check(
        { kind: 'operation', operation: 'createOrder', direction: 'request' },
        newOrder,
      );
      const rejected = orders.check(
        { kind: 'operation', operation: 'createOrder', direction: 'request' },
        { ...newOrder, id: 'o_2' },
      );

      assert.equal(accepted.valid, true);
      assert.deepEqual(
        rejected.problems.map((p) => p.message),
        ['field "id" is read-only: the server sets it, a request must not send it'],
      );
    });

    it('forbids a writeOnly field in a response', () => {
      const result = orders.check(
        { kind: 'operation', operation: 'getOrder', direction: 'response' },
        { ...order, cardNumber: '4242' },
      );

      assert.deepEqual(
        result.problems.map((p) => [p.path, p.keyword]),
        [['/cardNumber', 'writeOnly']],
      );
    });
  });

  describe('OpenAPI 3.0 keywords', () => {
    it('accepts null for a nullable field and a nullable enum, and rejects null elsewhere', () => {
      const ok = orders.check(
        { kind: 'operation', operation: 'getOrder', direction: 'response' },
        { ...order, status: null },
      );
      const bad = orders.check(
        { kind: 'operation', operation: 'getOrder', direction: 'response' },
        { ...order, total: null },
      );

      assert.equal(ok.valid, true);
      assert.deepEqual(
        bad.problems.map((p) => p.message),
        ['/total should be integer, but is null'],
      );
    });

    it('checks only the schema the discriminator names, with one clear error', () => {
      const wrongCard = orders.check(
        { kind: 'operation', operation: 'getOrder', direction: 'response' },
        { ...order, payment: { method: 'card', iban: 'DE00' } },
      );
      const unknown = orders.check(
        { kind: 'operation', operation: 'getOrder', direction: 'response' },
        { ...order, payment: { method: 'cash' } },
      );
      const transfer = orders.check(
        { kind: 'operation', operation: 'getOrder', direction: 'response' },
        { ...order, payment: { method: 'transfer', iban: 'DE00' } },
      );

      assert.deepEqual(
        wrongCard.problems.map((p) => p.message),
        ['/payment lacks the required field "last4"'],
      );
      assert.deepEqual(
        unknown.problems.map((p) => p.message),
        ['/payment/method is string "cash", not one of "card", "transfer"'],
      );
      assert.equal(transfer.valid, true);
    });

    it('checks int32 range and the pattern keyword', () => {
      const result = orders.check(
        { kind: 'operation', operation: 'getOrder', direction: 'response' },
        { ...order, total: 2 ** 31, payment: { method: 'card', last4: '42' } },
      );

      assert.deepEqual(result.problems.map((p) => p.path).sort(), ['/payment/last4', '/total']);
      assert.ok(
        result.problems.some(
          (p) => p.message === '/total is not a valid int32: integer 2147483648',
        ),
      );
    });
  });

  describe('webhooks, callbacks and schemas', () => {
    it('checks an OpenAPI 3.1 webhook payload, with type arrays and const', () => {
      assert.equal(
        events.check({ kind: 'webhook', name: 'order.paid' }, { type: 'order.paid', amount: null })
          .valid,
        true,
      );
      const bad = events.check(
        { kind: 'webhook', name: 'order.paid' },
        { type: 'order.refunded', amount: '5' },
      );
      assert.deepEqual(
        bad.problems.map((p) => p.message),
        [
          '/type should be "order.paid", but is string "order.refunded"',
          '/amount should be integer or null, but is string "5"',
        ],
      );
    });

    it('accepts emails that real providers send, like bot addresses', () => {
      const result = events.check(
        { kind: 'webhook', name: 'order.paid' },
        {
          type: 'order.paid',
          amount: 1,
          email: '41898282+github-actions[bot]@users.noreply.github.com',
        },
      );
      const bad = events.check(
        { kind: 'webhook', name: 'order.paid' },
        { type: 'order.paid', amount: 1, email: 'not an email' },
      );

      assert.equal(result.valid, true);
      assert.equal(bad.valid, false);
    });

    it('throws contracts.notFound for an unknown webhook', () => {
      assert.throws(() => events.check({ kind: 'webhook', name: 'order.lost' }, {}), {
        code: 'contracts.notFound',
      });
    });

    it('checks a callback request body of an operation', () => {
      const target = { kind: 'callback', operation: 'createOrder', callback: 'shipped' } as const;

      assert.equal(
        orders.check(target, { orderId: 'o_1', shippedAt: '2025-01-02T03:04:05Z' }).valid,
        true,
      );
      assert.deepEqual(
        orders
          .check(target, { orderId: 'o_1', shippedAt: 'tuesday' })
          .problems.map((p) => p.message),
        ['/shippedAt is not a valid date-time: string "tuesday"'],
      );
    });

    it('checks a value against a schema by reference, as a response unless told otherwise', () => {
      const ref = '#/components/schemas/Order';

      assert.equal(orders.check({ kind: 'schema', ref }, order).valid, true);
      assert.equal(orders.check({ kind: 'schema', ref, direction: 'request' }, order).valid, false);
      assert.throws(
        () => orders.check({ kind: 'schema', ref: '#/components/schemas/Nope' }, {}),
        /check the pointer/,
      );
    });
  });

  describe('error messages', () => {
    it('says what is missing, what is extra and what type was expected', () => {
      const result = orders.check(
        { kind: 'schema', ref: '#/components/schemas/Card' },
        { method: 7 },
      );

      assert.deepEqual(
        result.problems.map((p) => p.message),
        [
          'the payload lacks the required field "last4"',
          '/method should be string, but is integer 7',
        ],
      );
    });

    it('shortens long values in messages', () => {
      const result = orders.check(
        { kind: 'schema', ref: '#/components/schemas/Error' },
        { message: 'x'.repeat(200) },
      );
      const typed = orders.check(
        { kind: 'schema', ref: '#/components/schemas/Card' },
        { method: 'y'.repeat(200), last4: 1 },
      );

      assert.equal(result.valid, true);
      assert.ok(typed.problems.every((p) => p.message.length < 120));
    });
  });
});
