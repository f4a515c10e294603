import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the Stripe-speaking server saw it, body decoded from the form encoding. */
export interface StripeWireRequest {
  readonly method: string;
  readonly path: string;
  readonly form: Record<string, string>;
  readonly idempotencyKey?: string;
  readonly authorization?: string;
}

/** An error answer in Stripe's shape. */
export interface StripeWireError {
  readonly status: number;
  readonly type: string;
  readonly code?: string;
  readonly message: string;
  readonly decline_code?: string;
  readonly retryAfterSeconds?: number;
}

/**
 * A loopback server speaking enough of Stripe's wire format for the connector's tests:
 * form-encoded POSTs to /v1/payment_intents and /v1/refunds, GET /v1/events[/id], and Stripe's
 * error bodies. Queued errors answer the next requests first.
 */
export class StripeWireServer {
  readonly requests: StripeWireRequest[] = [];
  readonly errors: StripeWireError[] = [];
  readonly events = [1, 2, 3].map((n) => ({
    id: `evt_${n}`,
    object: 'event',
    type: 'payment_intent.succeeded',
    created: 1_700_000_000 + n,
    livemode: false,
    data: { object: { id: `pi_${n}`, object: 'payment_intent' } },
  }));
  private readonly server = http.createServer((request, response) =>
    this.answer(request, response),
  );
  private counter = 0;

  static async start(): Promise<StripeWireServer> {
    const wire = new StripeWireServer();
    await new Promise<void>((resolve) => wire.server.listen(0, '127.0.0.1', resolve));
    return wire;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(request: http.IncomingMessage, response: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      this.requests.push({
        method: request.method ?? '',
        path: url.pathname,
        form,
        idempotencyKey: request.headers['idempotency-key'] as string | undefined,
        authorization: request.headers.authorization,
      });
      const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
        response.writeHead(status, {
          'content-type': 'application/json',
          'request-id': `req_${++this.counter}`,
          ...headers,
        });
        response.end(JSON.stringify(body));
      };
      const queued = this.errors.shift();
      if (queued) {
        const { status, retryAfterSeconds, ...error } = queued;
        send(
          status,
          { error },
          retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
        );
        return;
      }
      this.route(request.method ?? '', url, form, send);
    });
  }

  private route(
    method: string,
    url: URL,
    form: Record<string, string>,
    send: (status: number, body: unknown) => void,
  ): void {
    const id = `${++this.counter}`;
    if (method === 'POST' && url.pathname === '/v1/payment_intents') {
      send(200, {
        id: `pi_${id}`,
        object: 'payment_intent',
        amount: Number(form.amount),
        currency: form.currency,
        status: 'requires_payment_method',
        livemode: false,
      });
    } else if (method === 'POST' && url.pathname === '/v1/refunds') {
      send(200, {
        id: `re_${id}`,
        object: 'refund',
        payment_intent: form.payment_intent,
        amount: Number(form.amount ?? 0),
        status: 'succeeded',
      });
    } else if (method === 'GET' && url.pathname === '/v1/events') {
      const limit = Number(url.searchParams.get('limit') ?? 10);
      send(200, {
        object: 'list',
        url: '/v1/events',
        has_more: false,
        data: this.events.slice(0, limit),
      });
    } else if (method === 'GET' && url.pathname.startsWith('/v1/events/')) {
      const event = this.events.find((candidate) => candidate.id === url.pathname.split('/').pop());
      if (event) {
        send(200, event);
      } else {
        send(404, {
          error: {
            type: 'invalid_request_error',
            code: 'resource_missing',
            message: 'No such event',
          },
        });
      }
    } else {
      send(404, {
        error: {
          type: 'invalid_request_error',
          message: `Unrecognized request URL (${method}: ${url.pathname})`,
        },
      });
    }
  }
}
