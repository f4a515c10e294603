import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { EngineCapability } from '../engineCapability';
import type { EngineContext } from '../engineContext';
import {
  extensionVaultKeySource,
  OAuthAccessTokenSource,
} from '../connectors/oauthAccessTokenSource';
import type { VaultKeySource } from '../oauth/vaultKeySource';
import { StripeOperations } from '../connectors/stripeOperations';
import { CircuitWatcher } from './circuitWatcher';
import { buildHealthReport } from './healthReport';
import {
  callServiceRequest,
  circuitHistoryRequest,
  healthRequest,
  isolateCircuitRequest,
  listCircuitsRequest,
  listServicesRequest,
  resetCircuitRequest,
  stripeEventsRequest,
  stripePaymentIntentRequest,
  stripeRefundRequest,
  stripeResendRequest,
} from './resilienceProtocol';
import { ResilienceRuntime, type ResilienceRuntimeOptions } from './resilienceRuntime';

const hourMs = 60 * 60 * 1000;

/** What a host may inject into {@link createResilienceCapability}. */
export interface ResilienceCapabilityOptions extends ResilienceRuntimeOptions {
  /**
   * The OAuth vault key for services with `{ "oauth": … }` auth when `accessTokens` is not given.
   * Default: asked from the extension over the connection (`oauth/vaultKey`) at first use.
   */
  readonly vaultKeySource?: VaultKeySource;
}

/**
 * The resilience capability of the engine process: circuits (list, reset, isolate, history),
 * service calls and health data over JSON-RPC, and a watcher that announces circuit changes made
 * by other processes (a CLI run) within about 300 ms.
 */
export function createResilienceCapability(
  context: EngineContext,
  options: ResilienceCapabilityOptions = {},
): EngineCapability & { readonly runtime: ResilienceRuntime } {
  // The vault key reaches the engine only through the connection, so the token source is built
  // now and finds its key source once register() has run.
  let keySource = options.vaultKeySource;
  const accessTokens =
    options.accessTokens ?? OAuthAccessTokenSource.forContext(context, () => keySource);
  const runtime = new ResilienceRuntime(context, { ...options, accessTokens });
  const stripe = new StripeOperations(context, runtime, options.fetch);
  const watcher = new CircuitWatcher(context.store.db, (keys) => {
    for (const key of keys) {
      context.notify({ topic: 'circuits', reason: 'changed in the store', key });
    }
  });
  watcher.start();

  return {
    name: 'resilience',
    runtime,
    register(connection: MessageConnection) {
      keySource ??= extensionVaultKeySource(connection);
      connection.onRequest(listCircuitsRequest, () => runtime.circuits.list());
      connection.onRequest(resetCircuitRequest, ({ service, endpoint }) =>
        runtime.pipelines.reset(service, endpoint),
      );
      connection.onRequest(isolateCircuitRequest, ({ service, endpoint }) =>
        runtime.pipelines.isolate(service, endpoint),
      );
      connection.onRequest(circuitHistoryRequest, ({ key, limit }) =>
        runtime.circuits.history(key, 0, limit ?? 200),
      );
      connection.onRequest(listServicesRequest, () =>
        Object.keys(context.config().services ?? {}).sort(),
      );
      connection.onRequest(callServiceRequest, (params) => runtime.http.call(params));
      connection.onRequest(stripeEventsRequest, (params) => stripe.events(params));
      connection.onRequest(stripeResendRequest, (params) => stripe.resend(params));
      connection.onRequest(stripePaymentIntentRequest, (params) =>
        stripe.createPaymentIntent(params),
      );
      connection.onRequest(stripeRefundRequest, (params) => stripe.refund(params));
      connection.onRequest(healthRequest, ({ windowMs }) => {
        const now = context.now();
        const since = now - (windowMs ?? hourMs);
        return buildHealthReport(
          runtime.callLog.since(since),
          runtime.circuits.transitionsSince(since),
          runtime.circuits.list(),
          since,
          now,
        );
      });
    },
    async dispose() {
      watcher.stop();
      runtime.dispose();
    },
  };
}
