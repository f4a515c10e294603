import { RequestType } from 'vscode-jsonrpc/node';
import type { SignatureDiagnosis } from './signatureDiagnosis';
import type { DeliveryAttempt } from './webhookOutboxRepository';
import type {
  WebhookEventRecord,
  WebhookEventStatus,
  WebhookRejectionRecord,
} from './webhookEventRepository';
import type { TriggerResult } from './webhookTrigger';
import type { ReceiverStatus } from './webhooksService';

export type {
  ReceiverStatus,
  WebhookEventRecord,
  WebhookRejectionRecord,
  DeliveryAttempt,
  SignatureDiagnosis,
  TriggerResult,
};

type NoParams = Record<string, never>;

export interface WebhooksStartParams {
  readonly host?: string;
  readonly port?: number;
  readonly forwardTo?: string;
}

/** A configured endpoint with its event counts. */
export interface WebhookEndpointItem {
  readonly name: string;
  readonly provider: string;
  readonly url?: string;
  readonly forwardTo?: string;
  readonly events: number;
  readonly failed: number;
  readonly rejected: number;
}

export interface WebhooksListEventsParams {
  readonly endpoint?: string;
  readonly statuses?: readonly WebhookEventStatus[];
  readonly eventType?: string;
  /** Cursor: the `nextBefore` of the previous page. */
  readonly before?: number;
  /** Page size, default 50, at most 1000. */
  readonly limit?: number;
  /** Also return counts per event type (for grouping by type). */
  readonly groupByType?: boolean;
}

export interface WebhooksListEventsResult {
  /** Newest first. */
  readonly events: readonly WebhookEventRecord[];
  /** Pass as `before` for the next page; absent on the last page. */
  readonly nextBefore?: number;
  readonly groups?: readonly { eventType: string; count: number }[];
}

export interface WebhooksEventParams {
  readonly seq: number;
}

export interface WebhooksPayloadResult {
  readonly event: WebhookEventRecord;
  /** The payload as UTF-8 text (pretty-printed when it is JSON and `pretty` was asked). */
  readonly text: string;
  readonly isJson: boolean;
  readonly attempts: readonly DeliveryAttempt[];
}

export interface WebhooksReplayParams {
  readonly seq: number;
  /** Deliver here instead of the configured target. */
  readonly to?: string;
}

export interface WebhooksReplayManyParams {
  readonly endpoint?: string;
  readonly eventType?: string;
  readonly statuses?: readonly WebhookEventStatus[];
  readonly to?: string;
}

export interface WebhooksTriggerParams {
  readonly provider: 'stripe' | 'github' | 'shopify';
  readonly eventType: string;
  readonly endpoint?: string;
}

export interface WebhooksRejectionsParams {
  readonly endpoint?: string;
  readonly limit?: number;
}

/** Starts the receiver (and the forwarder, which resumes pending deliveries). */
export const webhooksStartRequest = new RequestType<WebhooksStartParams, ReceiverStatus, void>(
  'webhooks/start',
);
/** Stops the receiver after requests in flight finish. */
export const webhooksStopRequest = new RequestType<NoParams, ReceiverStatus, void>('webhooks/stop');
/** Receiver address and counters (accepted, duplicates, rejected, failing). */
export const webhooksStatusRequest = new RequestType<NoParams, ReceiverStatus, void>(
  'webhooks/status',
);
/** Configured endpoints with counts. */
export const webhooksListEndpointsRequest = new RequestType<
  NoParams,
  { endpoints: WebhookEndpointItem[] },
  void
>('webhooks/listEndpoints');
/** Accepted events, newest first, paged. */
export const webhooksListEventsRequest = new RequestType<
  WebhooksListEventsParams,
  WebhooksListEventsResult,
  void
>('webhooks/listEvents');
/** Rejected deliveries with their diagnosis, newest first. */
export const webhooksListRejectionsRequest = new RequestType<
  WebhooksRejectionsParams,
  { rejections: WebhookRejectionRecord[] },
  void
>('webhooks/listRejections');
/** One event's payload and delivery attempts. */
export const webhooksGetPayloadRequest = new RequestType<
  WebhooksEventParams,
  WebhooksPayloadResult,
  void
>('webhooks/getPayload');
/** Enqueues a new delivery of one event. */
export const webhooksReplayRequest = new RequestType<
  WebhooksReplayParams,
  { deliveryId: number },
  void
>('webhooks/replay');
/** Replays every matching event (default: failed and dead-lettered). */
export const webhooksReplayFailedRequest = new RequestType<
  WebhooksReplayManyParams,
  { replayed: number[] },
  void
>('webhooks/replayFailed');
/** Deletes an event with its deliveries. */
export const webhooksDeleteRequest = new RequestType<
  WebhooksEventParams,
  { deleted: boolean },
  void
>('webhooks/delete');
/** Sends a signed sample event through the receiver. */
export const webhooksTriggerRequest = new RequestType<WebhooksTriggerParams, TriggerResult, void>(
  'webhooks/trigger',
);
/** Sample event types per provider. */
export const webhooksSampleTypesRequest = new RequestType<NoParams, Record<string, string[]>, void>(
  'webhooks/sampleTypes',
);
