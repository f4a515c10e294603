import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeError } from '../errors';
import { forwardTarget, type ReceiverEndpoint } from './receiverEndpoints';
import { diagnoseSignatureFailure, type SignatureDiagnosis } from './signatureDiagnosis';
import type { WebhookBatchWriter } from './webhookBatchWriter';
import type { WebhookHeaders } from './webhookProvider';

/** Options of {@link WebhookReceiver}. */
export interface WebhookReceiverOptions {
  /** Bind address; default `127.0.0.1`. */
  readonly host?: string;
  /** Port; 0 picks a free one. */
  readonly port: number;
  /**
   * Largest body accepted, in bytes (1 to {@link maxBodyBytesLimit}); beyond it a 413 without
   * reading on.
   */
  readonly maxBodyBytes: number;
  readonly endpoints: ReadonlyMap<string, ReceiverEndpoint>;
  readonly writer: WebhookBatchWriter;
  /** ms since the epoch. */
  readonly now: () => number;
  /** Time allowed for the request headers, in ms. Default 10 000. */
  readonly headersTimeoutMs?: number;
  /** Time allowed for the whole request, in ms. Default 30 000. */
  readonly requestTimeoutMs?: number;
  /** Called after every accepted, duplicate or rejected delivery (for notifications and counters). */
  readonly onActivity?: (activity: ReceiverActivity) => void;
}

/** One thing the receiver did; no payload, secret or signature. */
export interface ReceiverActivity {
  readonly kind: 'accepted' | 'duplicate' | 'rejected';
  readonly endpoint: string;
  readonly eventId?: string;
  readonly eventType?: string;
  readonly seq?: number;
  readonly code?: string;
}

/** The answer to one delivery, as JSON. */
export interface IngestOutcome {
  readonly statusCode: number;
  readonly body: Record<string, unknown>;
}

/** Receiver counters since start, for the status bar. */
export interface ReceiverCounters {
  accepted: number;
  duplicates: number;
  rejected: number;
}

/** Largest body limit a receiver accepts, in bytes: 25 MiB, the most GitHub sends. */
export const maxBodyBytesLimit = 25 * 1024 * 1024;

/**
 * Checks a body limit before a receiver uses it.
 * @returns the limit, in bytes.
 * @throws {RangeError} unless it is a whole number from 1 to {@link maxBodyBytesLimit}.
 */
export function checkMaxBodyBytes(value: number): number {
  if (!Number.isSafeInteger(value) || value < 1 || value > maxBodyBytesLimit) {
    throw new RangeError(
      `expected the webhook body limit to be a whole number of bytes from 1 to ${maxBodyBytesLimit} (25 MiB), got ${String(value)}; check captain.webhooks.maxBodyBytes or --max-body-bytes`,
    );
  }

  return value;
}

/** Full diagnoses (a few extra HMACs and a JSON re-serialisation each) per second; the rest get the failure alone. */
export const diagnosesPerSecond = 20;

const maskedHeaders = new Set(['authorization', 'proxy-authorization', 'cookie']);

/**
 * The local webhook receiver: `POST /webhooks/<endpoint>`. It checks the signature on the raw
 * bytes before any parsing or storage, answers a duplicate with 2xx without changing anything,
 * and sends its 2xx only after the event (and its forwarding delivery) is committed.
 */
export class WebhookReceiver {
  readonly counters: ReceiverCounters = { accepted: 0, duplicates: 0, rejected: 0 };
  private server: http.Server | undefined;
  private address: AddressInfo | undefined;
  private diagnosisSecond = 0;
  private diagnosesThisSecond = 0;

  /** @throws {RangeError} when `maxBodyBytes` is not from 1 to {@link maxBodyBytesLimit}. */
  constructor(private readonly options: WebhookReceiverOptions) {
    checkMaxBodyBytes(options.maxBodyBytes);
  }

  /** The base URL while listening (`http://127.0.0.1:4242`), else undefined. */
  get url(): string | undefined {
    if (this.address === undefined) {
      return undefined;
    }

    const host =
      this.address.family === 'IPv6' ? `[${this.address.address}]` : this.address.address;
    return `http://${host}:${this.address.port}`;
  }

  /**
   * Starts listening. @returns the base URL.
   * @throws the listen error (EADDRINUSE: another receiver or program holds the port).
   */
  async start(): Promise<string> {
    const server = http.createServer((request, response) => void this.handle(request, response));
    server.headersTimeout = this.options.headersTimeoutMs ?? 10_000;
    server.requestTimeout = this.options.requestTimeoutMs ?? 30_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.address = server.address() as AddressInfo;
    return this.url!;
  }

  /** Stops accepting, lets requests in flight finish, and commits what is queued. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.address = undefined;
    if (server !== undefined) {
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    await this.options.writer.flush();
  }

  /**
   * Verifies and stores one delivery; the same path as HTTP, for triggers without a listener.
   * Never throws: problems come back as 4xx/5xx outcomes.
   */
  async ingest(
    endpointName: string,
    headers: WebhookHeaders,
    body: Buffer,
  ): Promise<IngestOutcome> {
    const endpoint = this.options.endpoints.get(endpointName);
    if (endpoint === undefined) {
      const known = [...this.options.endpoints.keys()].join(', ') || 'none';
      const message = `no endpoint named ${JSON.stringify(endpointName.slice(0, 100))} in captain.config.json (configured: ${known})`;
      return this.reject(
        '(unknown)',
        404,
        { code: 'unknown_endpoint', summary: message, hints: [message] },
        headers,
        body.length,
      );
    }

    const nowMs = this.options.now();
    const request = { headers, body };
    const verifyOptions = {
      secrets: endpoint.secrets,
      toleranceSeconds: endpoint.toleranceSeconds,
      nowMs,
    };
    const verdict = endpoint.provider.verify(request, verifyOptions);
    if (!verdict.ok) {
      // A flood of bad signatures must not cost JSON parsing: full diagnoses are rationed.
      const diagnosis = this.takeDiagnosisBudget(nowMs)
        ? diagnoseSignatureFailure(endpoint.provider, request, verifyOptions, verdict.failure)
        : {
            code: verdict.failure.code,
            summary: verdict.failure.message,
            hints: [verdict.failure.message],
          };
      const withSecretProblem =
        endpoint.secretProblem === undefined
          ? diagnosis
          : { ...diagnosis, hints: [endpoint.secretProblem, ...diagnosis.hints] };
      const statusCode =
        verdict.failure.code === 'missing_header' || verdict.failure.code === 'malformed_header'
          ? 400
          : 401;
      return this.reject(
        endpoint.name,
        statusCode,
        withSecretProblem,
        this.maskHeaders(headers, endpoint),
        body.length,
      );
    }

    const identity = endpoint.provider.identify(request);
    if (identity.challenge !== undefined) {
      return { statusCode: 200, body: { challenge: identity.challenge } };
    }

    try {
      const stored = await this.options.writer.writeEvent({
        endpoint: endpoint.name,
        provider: endpoint.provider.name,
        eventId: identity.eventId,
        eventType: identity.eventType,
        receivedAt: nowMs,
        headers: this.maskHeaders(headers, endpoint),
        payload: body,
        forwardTo: forwardTarget(endpoint.config, identity.eventType),
        maxAttempts: endpoint.maxAttempts,
      });
      this.counters[stored.duplicate ? 'duplicates' : 'accepted'] += 1;
      this.options.onActivity?.({
        kind: stored.duplicate ? 'duplicate' : 'accepted',
        endpoint: endpoint.name,
        eventId: identity.eventId,
        eventType: identity.eventType,
        seq: stored.seq,
      });
      return {
        statusCode: 200,
        body: {
          received: true,
          duplicate: stored.duplicate,
          eventId: identity.eventId,
          seq: stored.seq,
        },
      };
    } catch (error) {
      // Nothing was acknowledged, so the sender retries; say why without details of the file.
      return {
        statusCode: 503,
        body: {
          error: 'store_unavailable',
          message: `the event could not be stored (${describeError(error)}); the sender should retry`,
        },
      };
    }
  }

  private async handle(
    request: http.IncomingMessage,
    response: http.ServerResponse,
  ): Promise<void> {
    const match = /^\/webhooks\/([^/?#]+)\/?(?:\?.*)?$/.exec(request.url ?? '');
    if (match === null) {
      send(response, 404, {
        error: 'not_found',
        message: 'webhooks are received at POST /webhooks/<endpoint>',
      });
      request.resume();
      return;
    }

    if (request.method !== 'POST') {
      response.setHeader('allow', 'POST');
      send(response, 405, { error: 'method_not_allowed', message: 'send webhooks with POST' });
      request.resume();
      return;
    }

    let name: string;
    try {
      name = decodeURIComponent(match[1]);
    } catch {
      name = match[1];
    }
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > this.options.maxBodyBytes) {
      this.refuseTooLarge(name, request, response);
      return;
    }

    const body = await readBody(request, this.options.maxBodyBytes);
    if (body === undefined) {
      this.refuseTooLarge(name, request, response);
      return;
    }

    const outcome = await this.ingest(name, request.headers, body);
    send(response, outcome.statusCode, outcome.body);
  }

  private refuseTooLarge(
    name: string,
    request: http.IncomingMessage,
    response: http.ServerResponse,
  ): void {
    const message = `the body is larger than ${this.options.maxBodyBytes} bytes; raise captain.webhooks.maxBodyBytes or --max-body-bytes (at most 25 MiB) if this endpoint expects it`;
    const endpoint = this.options.endpoints.has(name) ? name : '(unknown)';
    const outcome = this.reject(
      endpoint,
      413,
      { code: 'payload_too_large', summary: message, hints: [message] },
      {},
      Number(request.headers['content-length'] ?? 0),
    );
    response.setHeader('connection', 'close');
    // Stop reading: the rest of the body is never buffered, and the socket closes after the answer.
    request.pause();
    response.once('finish', () => request.destroy());
    send(response, outcome.statusCode, outcome.body);
  }

  private reject(
    endpoint: string,
    statusCode: number,
    diagnosis: SignatureDiagnosis,
    headers: WebhookHeaders | Record<string, string>,
    bodyBytes: number,
  ): IngestOutcome {
    this.counters.rejected += 1;
    this.options.writer.writeRejection({
      endpoint,
      receivedAt: this.options.now(),
      code: diagnosis.code,
      statusCode,
      diagnosis,
      headers: flattenHeaders(headers),
      bodyBytes,
    });
    this.options.onActivity?.({ kind: 'rejected', endpoint, code: diagnosis.code });
    return {
      statusCode,
      body: { error: diagnosis.code, message: diagnosis.summary, diagnosis: diagnosis.hints },
    };
  }

  private takeDiagnosisBudget(nowMs: number): boolean {
    const second = Math.floor(nowMs / 1000);
    if (second !== this.diagnosisSecond) {
      this.diagnosisSecond = second;
      this.diagnosesThisSecond = 0;
    }
    this.diagnosesThisSecond += 1;
    return this.diagnosesThisSecond <= diagnosesPerSecond;
  }

  /** The headers as stored: one flat string each, signature material and credentials masked. */
  private maskHeaders(headers: WebhookHeaders, endpoint: ReceiverEndpoint): Record<string, string> {
    const flat: Record<string, string> = {};
    const signatureHeaders = endpoint.provider.signatureHeaders;
    for (const name of Object.keys(headers)) {
      const value = headers[name];
      if (value === undefined) {
        continue;
      }

      const lower = name.toLowerCase();
      const text = Array.isArray(value) ? value.join(', ') : value;
      flat[lower] =
        signatureHeaders.includes(lower) || maskedHeaders.has(lower) ? maskSignature(text) : text;
    }
    return flat;
  }
}

/** Replaces signature material (long hex/base64 runs) with `[masked]`, keeping `t=` and scheme names. */
export function maskSignature(value: string): string {
  return value.replace(/[A-Za-z0-9+/=_-]{16,}/g, '[masked]');
}

function flattenHeaders(headers: WebhookHeaders | Record<string, string>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) {
      flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
  }
  return flat;
}

function readBody(request: http.IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer): void => {
      total += chunk.length;
      if (total > maxBytes) {
        request.off('data', onData);
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    // A body that came in one chunk (the usual webhook) is used as is, without a copy.
    request.once('end', () =>
      resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total)),
    );
    request.once('error', () => resolve(Buffer.alloc(0)));
  });
}

function send(
  response: http.ServerResponse,
  statusCode: number,
  body: Record<string, unknown>,
): void {
  if (response.headersSent || response.destroyed) {
    return;
  }

  const text = JSON.stringify(body);
  response.writeHead(statusCode, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}
