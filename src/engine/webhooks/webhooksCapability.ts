import { ResponseError, type MessageConnection } from 'vscode-jsonrpc/node';
import type { EngineCapability } from '../engineCapability';
import type { EngineContext } from '../engineContext';
import { isCaptainError } from '../errors';
import { sampleEventTypes, triggerSampleEvent } from './webhookTrigger';
import {
  webhooksDeleteRequest,
  webhooksGetPayloadRequest,
  webhooksListEndpointsRequest,
  webhooksListEventsRequest,
  webhooksListRejectionsRequest,
  webhooksReplayFailedRequest,
  webhooksReplayRequest,
  webhooksSampleTypesRequest,
  webhooksStartRequest,
  webhooksStatusRequest,
  webhooksStopRequest,
  webhooksTriggerRequest,
  type WebhookEndpointItem,
} from './webhooksProtocol';
import { WebhooksService } from './webhooksService';

/** JSON-RPC error code of webhooks failures; `data.code` carries the stable CaptainError code. */
export const webhooksResponseErrorCode = -32011;

/**
 * The webhooks capability of the engine process: the receiver, forwarder and stored events
 * behind `webhooks/*` requests. The receiver starts on request, not with the engine.
 */
export function createWebhooksCapability(
  context: EngineContext,
  dependencies: ConstructorParameters<typeof WebhooksService>[1] = {},
): EngineCapability & { readonly service: WebhooksService } {
  const service = new WebhooksService(context, dependencies);
  const guarded =
    <P, R>(handler: (params: P) => R | Promise<R>) =>
    async (params: P): Promise<R> => {
      try {
        return await handler(params);
      } catch (error) {
        throw isCaptainError(error)
          ? new ResponseError(webhooksResponseErrorCode, error.message, { code: error.code })
          : error;
      }
    };

  return {
    name: 'webhooks',
    service,
    register(connection: MessageConnection) {
      connection.onRequest(
        webhooksStartRequest,
        guarded((params) => service.start(params ?? {})),
      );
      connection.onRequest(
        webhooksStopRequest,
        guarded(async () => {
          await service.stop();
          return service.status();
        }),
      );
      connection.onRequest(
        webhooksStatusRequest,
        guarded(() => service.status()),
      );
      connection.onRequest(
        webhooksListEndpointsRequest,
        guarded(() => ({ endpoints: listEndpoints(service) })),
      );
      connection.onRequest(
        webhooksListEventsRequest,
        guarded((params) => {
          const limit = Math.min(Math.max(params?.limit ?? 50, 1), 1000);
          const events = service.events.list({
            endpoint: params?.endpoint,
            statuses: params?.statuses,
            eventType: params?.eventType,
            beforeSeq: params?.before,
            limit: limit + 1,
          });
          const page = events.slice(0, limit);
          return {
            events: page,
            nextBefore: events.length > limit ? page[page.length - 1].seq : undefined,
            groups: params?.groupByType ? service.events.countByType(params.endpoint) : undefined,
          };
        }),
      );
      connection.onRequest(
        webhooksListRejectionsRequest,
        guarded((params) => ({
          rejections: service.events.listRejections(params?.endpoint, params?.limit ?? 50),
        })),
      );
      connection.onRequest(
        webhooksGetPayloadRequest,
        guarded((params) => {
          const event = service.events.get(params.seq);
          const payload = service.events.payload(params.seq);
          if (event === undefined || payload === undefined) {
            throw new ResponseError(
              webhooksResponseErrorCode,
              `no stored event with seq ${params.seq}`,
              { code: 'event_not_found' },
            );
          }
          const text = payload.toString('utf8');
          let pretty: string | undefined;
          try {
            pretty = JSON.stringify(JSON.parse(text), null, 2);
          } catch {
            pretty = undefined;
          }
          return {
            event,
            text: pretty ?? text,
            isJson: pretty !== undefined,
            attempts: service.outbox.attempts(params.seq),
          };
        }),
      );
      connection.onRequest(
        webhooksReplayRequest,
        guarded((params) => ({ deliveryId: service.replay(params.seq, params.to) })),
      );
      connection.onRequest(
        webhooksReplayFailedRequest,
        guarded((params) => ({
          replayed: service.replayMany(
            {
              endpoint: params?.endpoint,
              eventType: params?.eventType,
              statuses: params?.statuses,
            },
            params?.to,
          ),
        })),
      );
      connection.onRequest(
        webhooksDeleteRequest,
        guarded((params) => ({ deleted: service.delete(params.seq) })),
      );
      connection.onRequest(
        webhooksTriggerRequest,
        guarded((params) => triggerSampleEvent(context, service, params)),
      );
      connection.onRequest(
        webhooksSampleTypesRequest,
        guarded(() => sampleEventTypes()),
      );
    },
    dispose: () => service.dispose(),
  };
}

function listEndpoints(service: WebhooksService): WebhookEndpointItem[] {
  const counts = service.events.countByEndpoint();
  return service.status().endpoints.map((endpoint) => ({
    ...endpoint,
    events: counts[endpoint.name]?.events ?? 0,
    failed: counts[endpoint.name]?.failed ?? 0,
    rejected: counts[endpoint.name]?.rejected ?? 0,
  }));
}
