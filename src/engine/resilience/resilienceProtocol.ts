import { RequestType } from 'vscode-jsonrpc/node';
import type { HttpCallResponse } from '../connectors/httpConnector';
import type { StripeEventsResult, StripeResendResult } from '../connectors/stripeOperations';
import type { CircuitRecord, CircuitTransition } from './circuitRepository';
import type { ServiceHealth } from './healthReport';

/** A circuit as the views show it; plain JSON. */
export type CircuitView = CircuitRecord;

/** Names a service's circuits, or one of them when `endpoint` is given. */
export interface CircuitTarget {
  readonly service: string;
  readonly endpoint?: string;
}

/** A call made from the editor ("Captain: Call Service…"). */
export interface CallServiceParams {
  readonly service: string;
  readonly method: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
  /**
   * The caller's id of this logical call: repeating the call with the same id (after a crash or a
   * restart of the editor) sends the same idempotency key.
   */
  readonly callId?: string;
  /** An idempotency key of the caller's own, sent as is on every attempt and persisted. */
  readonly idempotencyKey?: string;
}

export const listCircuitsRequest = new RequestType<Record<string, never>, CircuitView[], void>(
  'resilience/listCircuits',
);
export const resetCircuitRequest = new RequestType<CircuitTarget, CircuitView[], void>(
  'resilience/reset',
);
export const isolateCircuitRequest = new RequestType<CircuitTarget, CircuitView[], void>(
  'resilience/isolate',
);
export const circuitHistoryRequest = new RequestType<
  { key: string; limit?: number },
  CircuitTransition[],
  void
>('resilience/history');
export const callServiceRequest = new RequestType<CallServiceParams, HttpCallResponse, void>(
  'resilience/call',
);
export const listServicesRequest = new RequestType<Record<string, never>, string[], void>(
  'resilience/listServices',
);
/** Per service over the last `windowMs` (default one hour). */
export const healthRequest = new RequestType<{ windowMs?: number }, ServiceHealth[], void>(
  'resilience/health',
);

/** Recent Stripe events; `load` stores them in the Webhooks store. `service` defaults to the Stripe one. */
export const stripeEventsRequest = new RequestType<
  { service?: string; limit?: number; load?: boolean; endpoint?: string },
  StripeEventsResult,
  void
>('resilience/stripeEvents');
/** Sends a Stripe event, signed, to the local receiver's Stripe endpoint (or `to`). */
export const stripeResendRequest = new RequestType<
  { service?: string; eventId: string; endpoint?: string; to?: string },
  StripeResendResult,
  void
>('resilience/stripeResend');
/** Creates a test-mode PaymentIntent; `amount` in the currency's smallest unit. */
export const stripePaymentIntentRequest = new RequestType<
  { service?: string; amount: number; currency: string },
  { id: string; amount: number; currency: string; status: string; livemode: boolean },
  void
>('resilience/stripePaymentIntent');
/** Refunds a PaymentIntent, in full unless `amount` is given. */
export const stripeRefundRequest = new RequestType<
  { service?: string; paymentIntent: string; amount?: number },
  { id: string; amount: number; currency: string; status: string | null },
  void
>('resilience/stripeRefund');
