import crypto from 'node:crypto';
import { sampleNumber, type SampleEvent, type SampleInput } from './sampleIds';

type BodyTemplate = (input: SampleInput) => Record<string, unknown>;

const iso = (input: SampleInput) => new Date(input.nowSeconds * 1000).toISOString();
const customer = () => ({
  id: sampleNumber(),
  email: 'bob.norman@example.com',
  first_name: 'Bob',
  last_name: 'Norman',
  currency: 'USD',
});
const lineItems = () => [
  {
    id: sampleNumber(),
    product_id: sampleNumber(),
    variant_id: sampleNumber(),
    title: 'IPod Nano - 8GB',
    quantity: 1,
    price: '199.00',
    sku: 'IPOD2008PINK',
  },
];

const order =
  (financial: string, extra: Record<string, unknown> = {}): BodyTemplate =>
  (input) => ({
    id: sampleNumber(),
    admin_graphql_api_id: `gid://shopify/Order/${sampleNumber()}`,
    name: '#1001',
    email: 'bob.norman@example.com',
    created_at: iso(input),
    updated_at: iso(input),
    currency: 'USD',
    financial_status: financial,
    fulfillment_status: null,
    total_price: '199.00',
    subtotal_price: '199.00',
    total_tax: '0.00',
    customer: customer(),
    line_items: lineItems(),
    ...extra,
  });

const product = (input: SampleInput) => ({
  id: sampleNumber(),
  title: 'IPod Nano - 8GB',
  handle: 'ipod-nano',
  vendor: 'Apple',
  product_type: 'Cult Products',
  status: 'active',
  created_at: iso(input),
  updated_at: iso(input),
  variants: [
    {
      id: sampleNumber(),
      title: 'Pink',
      price: '199.00',
      sku: 'IPOD2008PINK',
      inventory_quantity: 10,
    },
  ],
});

/** Sample Shopify bodies by topic (`X-Shopify-Topic`). */
export const shopifySamples: Readonly<Record<string, BodyTemplate>> = {
  'orders/create': order('pending'),
  'orders/paid': order('paid'),
  'orders/updated': order('paid', { note: 'Gift wrap, please' }),
  'orders/cancelled': order('refunded', { cancel_reason: 'customer' }),
  'orders/fulfilled': order('paid', { fulfillment_status: 'fulfilled' }),
  'products/create': product,
  'products/update': product,
  'customers/create': (input) => ({
    ...customer(),
    created_at: iso(input),
    updated_at: iso(input),
    state: 'enabled',
    verified_email: true,
  }),
  'carts/create': (input) => ({
    id: crypto.randomBytes(16).toString('hex'),
    token: crypto.randomBytes(16).toString('hex'),
    line_items: lineItems(),
    created_at: iso(input),
    updated_at: iso(input),
  }),
  'checkouts/create': (input) => ({
    id: sampleNumber(),
    token: crypto.randomBytes(16).toString('hex'),
    email: 'bob.norman@example.com',
    total_price: '199.00',
    currency: 'USD',
    line_items: lineItems(),
    created_at: iso(input),
  }),
  'refunds/create': (input) => ({
    id: sampleNumber(),
    order_id: sampleNumber(),
    note: 'Damaged in transit',
    created_at: iso(input),
    refund_line_items: [{ id: sampleNumber(), quantity: 1, subtotal: 199 }],
  }),
  'app/uninstalled': () => ({
    id: sampleNumber(),
    name: 'Captain Test Shop',
    email: 'owner@example.com',
    domain: 'captain-test.myshopify.com',
    myshopify_domain: 'captain-test.myshopify.com',
  }),
};

/** A Shopify delivery for a sample topic, with a fresh `X-Shopify-Webhook-Id`. */
export function shopifySampleEvent(eventType: string, input: SampleInput): SampleEvent | undefined {
  const template = shopifySamples[eventType];
  if (template === undefined) {
    return undefined;
  }

  return {
    eventId: crypto.randomUUID(),
    eventType,
    body: template(input),
    headers: {
      'x-shopify-shop-domain': 'captain-test.myshopify.com',
      'x-shopify-api-version': '2025-01',
    },
  };
}
