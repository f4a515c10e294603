import { sampleId, type SampleEvent, type SampleInput } from './sampleIds';

type ObjectTemplate = (input: SampleInput) => Record<string, unknown>;

const paymentIntent =
  (status: string, extra: Record<string, unknown> = {}): ObjectTemplate =>
  (input) => ({
    id: sampleId('pi_'),
    object: 'payment_intent',
    amount: 2000,
    amount_received: status === 'succeeded' ? 2000 : 0,
    currency: 'usd',
    status,
    created: input.nowSeconds,
    customer: sampleId('cus_', 14),
    payment_method: sampleId('pm_'),
    payment_method_types: ['card'],
    livemode: false,
    metadata: {},
    ...extra,
  });

const charge =
  (refunded: boolean): ObjectTemplate =>
  (input) => ({
    id: sampleId('ch_'),
    object: 'charge',
    amount: 2000,
    amount_captured: 2000,
    amount_refunded: refunded ? 2000 : 0,
    currency: 'usd',
    captured: true,
    paid: true,
    refunded,
    status: 'succeeded',
    created: input.nowSeconds,
    payment_intent: sampleId('pi_'),
    livemode: false,
    metadata: {},
  });

const subscription =
  (status: string): ObjectTemplate =>
  (input) => ({
    id: sampleId('sub_'),
    object: 'subscription',
    customer: sampleId('cus_', 14),
    status,
    created: input.nowSeconds,
    current_period_start: input.nowSeconds,
    current_period_end: input.nowSeconds + 30 * 86_400,
    cancel_at_period_end: false,
    items: {
      object: 'list',
      data: [
        {
          id: sampleId('si_', 14),
          object: 'subscription_item',
          price: {
            id: sampleId('price_'),
            unit_amount: 1500,
            currency: 'usd',
            recurring: { interval: 'month' },
          },
          quantity: 1,
        },
      ],
    },
    livemode: false,
    metadata: {},
  });

const invoice =
  (paid: boolean): ObjectTemplate =>
  (input) => ({
    id: sampleId('in_'),
    object: 'invoice',
    customer: sampleId('cus_', 14),
    subscription: sampleId('sub_'),
    amount_due: 1500,
    amount_paid: paid ? 1500 : 0,
    amount_remaining: paid ? 0 : 1500,
    attempt_count: 1,
    currency: 'usd',
    status: paid ? 'paid' : 'open',
    paid,
    created: input.nowSeconds,
    livemode: false,
  });

/** Sample Stripe event objects by event type: the most common webhook events. */
export const stripeSamples: Readonly<Record<string, ObjectTemplate>> = {
  'payment_intent.succeeded': paymentIntent('succeeded'),
  'payment_intent.payment_failed': paymentIntent('requires_payment_method', {
    last_payment_error: {
      code: 'card_declined',
      decline_code: 'generic_decline',
      message: 'Your card was declined.',
      type: 'card_error',
    },
  }),
  'payment_intent.created': paymentIntent('requires_payment_method'),
  'charge.succeeded': charge(false),
  'charge.refunded': charge(true),
  'checkout.session.completed': (input) => ({
    id: sampleId('cs_test_', 58),
    object: 'checkout.session',
    amount_total: 2000,
    currency: 'usd',
    customer: sampleId('cus_', 14),
    mode: 'payment',
    payment_intent: sampleId('pi_'),
    payment_status: 'paid',
    status: 'complete',
    created: input.nowSeconds,
    livemode: false,
  }),
  'customer.created': (input) => ({
    id: sampleId('cus_', 14),
    object: 'customer',
    email: 'jenny.rosen@example.com',
    name: 'Jenny Rosen',
    created: input.nowSeconds,
    livemode: false,
    metadata: {},
  }),
  'customer.subscription.created': subscription('active'),
  'customer.subscription.updated': subscription('active'),
  'customer.subscription.deleted': subscription('canceled'),
  'invoice.paid': invoice(true),
  'invoice.payment_failed': invoice(false),
};

/** A Stripe event envelope around a sample object, with a fresh `evt_` id. */
export function stripeSampleEvent(eventType: string, input: SampleInput): SampleEvent | undefined {
  const template = stripeSamples[eventType];
  if (template === undefined) {
    return undefined;
  }

  const eventId = sampleId('evt_');
  return {
    eventId,
    eventType,
    body: {
      id: eventId,
      object: 'event',
      api_version: '2024-06-20',
      created: input.nowSeconds,
      data: { object: template(input) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type: eventType,
    },
  };
}
