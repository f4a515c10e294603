import type { WebhookProviderName } from '../config/captainConfig';
import type { EngineContext } from '../engineContext';
import { githubSampleEvent, githubSamples } from './samples/githubSamples';
import type { SampleEvent, SampleInput } from './samples/sampleIds';
import { shopifySampleEvent, shopifySamples } from './samples/shopifySamples';
import { stripeSampleEvent, stripeSamples } from './samples/stripeSamples';
import type { ReceiverEndpoint } from './receiverEndpoints';
import { WebhookBatchWriter } from './webhookBatchWriter';
import { WebhookReceiver, type IngestOutcome } from './webhookReceiver';
import { WebhooksError } from './webhooksError';
import type { WebhooksService } from './webhooksService';

/** Providers with sample events. */
export type SampleProvider = 'stripe' | 'github' | 'shopify';

const sampleSources: Record<
  SampleProvider,
  { types: () => string[]; build: (type: string, input: SampleInput) => SampleEvent | undefined }
> = {
  stripe: { types: () => Object.keys(stripeSamples), build: stripeSampleEvent },
  github: { types: () => Object.keys(githubSamples), build: githubSampleEvent },
  shopify: { types: () => Object.keys(shopifySamples), build: shopifySampleEvent },
};

/** Sample event types per provider, for pickers and `--help`. */
export function sampleEventTypes(): Record<SampleProvider, string[]> {
  return {
    stripe: sampleSources.stripe.types(),
    github: sampleSources.github.types(),
    shopify: sampleSources.shopify.types(),
  };
}

/** What a trigger did. Plain JSON. */
export interface TriggerResult {
  readonly endpoint: string;
  readonly eventId: string;
  readonly eventType: string;
  /** `http` when sent to a listening receiver, `ingest` when stored in-process. */
  readonly via: 'http' | 'ingest';
  readonly statusCode: number;
  readonly response: Record<string, unknown>;
}

/**
 * Synthesizes a realistic signed sample event and sends it through the receiver, like
 * `stripe trigger`. The path, decided here:
 * 1. the service's own receiver is listening → HTTP POST to it (the full path, then forwarding);
 * 2. otherwise a receiver answers at the configured host and port (a `captain webhooks listen`
 *    in another terminal) → HTTP POST there;
 * 3. otherwise → the receiver's ingest path in-process (verified and stored with the same code;
 *    forwarding happens when a receiver next starts, since the delivery waits in the outbox).
 * @throws {WebhooksError} `unknown_sample` or `unknown_endpoint`.
 */
export async function triggerSampleEvent(
  context: EngineContext,
  service: WebhooksService,
  request: { provider: SampleProvider; eventType: string; endpoint?: string },
): Promise<TriggerResult> {
  const source = sampleSources[request.provider];
  if (source === undefined) {
    throw new WebhooksError(
      'unknown_sample',
      `expected a provider of stripe, github or shopify, got ${JSON.stringify(request.provider)}`,
    );
  }

  const sample = source.build(request.eventType, { nowSeconds: Math.floor(context.now() / 1000) });
  if (sample === undefined) {
    throw new WebhooksError(
      'unknown_sample',
      `no ${request.provider} sample for ${request.eventType}; samples: ${source.types().join(', ')}`,
    );
  }

  const endpoints = await service.resolvedEndpoints();
  const endpoint = pickEndpoint(endpoints, request.provider, request.endpoint);
  const body = Buffer.from(JSON.stringify(sample.body, null, 2));
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...sample.headers,
    ...endpoint.provider.sign({
      body,
      secret: endpoint.secrets[0] ?? '',
      timestampSeconds: Math.floor(context.now() / 1000),
      eventId: sample.eventId,
      eventType: sample.eventType,
    }),
  };
  const result = { endpoint: endpoint.name, eventId: sample.eventId, eventType: sample.eventType };

  const localUrl = service.activeReceiver?.url;
  const remoteUrl = `http://${context.settings.webhookHost}:${context.settings.webhookPort}`;
  for (const base of localUrl === undefined ? [remoteUrl] : [localUrl]) {
    const sent = await postSample(
      `${base}/webhooks/${encodeURIComponent(endpoint.name)}`,
      headers,
      body,
    );
    if (sent !== undefined) {
      return { ...result, via: 'http', ...sent };
    }
  }

  const outcome = await ingestInProcess(context, endpoints, endpoint.name, headers, body);
  // A forwarder of this process (the engine's) sends it now; another one finds it on its next poll.
  service.wakeForwarding(false);
  return { ...result, via: 'ingest', statusCode: outcome.statusCode, response: outcome.body };
}

function pickEndpoint(
  endpoints: ReadonlyMap<string, ReceiverEndpoint>,
  provider: WebhookProviderName,
  name: string | undefined,
): ReceiverEndpoint {
  if (name !== undefined) {
    const endpoint = endpoints.get(name);
    if (endpoint === undefined || endpoint.provider.name !== provider) {
      throw new WebhooksError(
        'unknown_endpoint',
        `no ${provider} endpoint named ${name} in captain.config.json`,
      );
    }
    return endpoint;
  }

  const match = [...endpoints.values()].find((endpoint) => endpoint.provider.name === provider);
  if (match === undefined) {
    throw new WebhooksError(
      'unknown_endpoint',
      `no ${provider} endpoint in captain.config.json; add one under webhooks.endpoints`,
    );
  }
  return match;
}

async function postSample(
  url: string,
  headers: Record<string, string>,
  body: Buffer,
): Promise<{ statusCode: number; response: Record<string, unknown> } | undefined> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body: new Uint8Array(body),
      signal: AbortSignal.timeout(5000),
    });
    const text = await response.text();
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(text) as Record<string, unknown>;
    } catch {
      parsed = { text: text.slice(0, 200) };
    }
    return { statusCode: response.status, response: parsed };
  } catch {
    // Nothing listening there: the caller falls through to the in-process path.
    return undefined;
  }
}

async function ingestInProcess(
  context: EngineContext,
  endpoints: ReadonlyMap<string, ReceiverEndpoint>,
  name: string,
  headers: Record<string, string>,
  body: Buffer,
): Promise<IngestOutcome> {
  const writer = new WebhookBatchWriter(context.store.file, { maxDelayMs: 0 });
  try {
    const receiver = new WebhookReceiver({
      port: 0,
      maxBodyBytes: context.settings.webhookMaxBodyBytes,
      endpoints,
      writer,
      now: () => context.now(),
    });
    return await receiver.ingest(name, headers, body);
  } finally {
    await writer.close();
  }
}
