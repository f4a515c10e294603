import type { EngineContext } from '../engineContext';
import type { AccessTokenSource } from '../connectors/accessTokenSource';
import { HttpConnector } from '../connectors/httpConnector';
import { isTransientNetworkError } from '../connectors/transientNetworkError';
import { CallLogRepository } from './callLogRepository';
import { CircuitRepository } from './circuitRepository';
import { IdempotencyKeyRepository } from './idempotencyKeyRepository';
import { ServicePipelines } from './servicePipelines';

/** What a host may inject into {@link ResilienceRuntime}; tests control time and network here. */
export interface ResilienceRuntimeOptions {
  readonly accessTokens?: AccessTokenSource;
  readonly fetch?: typeof fetch;
  readonly random?: () => number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * The resilience parts over one engine context: repositories on the shared store, the pipelines
 * of every service endpoint and the HTTP connector. The capability and the CLI both build one.
 */
export class ResilienceRuntime {
  readonly circuits: CircuitRepository;
  readonly idempotencyKeys: IdempotencyKeyRepository;
  readonly callLog: CallLogRepository;
  readonly pipelines: ServicePipelines;
  readonly http: HttpConnector;

  constructor(
    readonly context: EngineContext,
    options: ResilienceRuntimeOptions = {},
  ) {
    const db = context.store.db;
    const now = (): number => context.now();
    this.circuits = new CircuitRepository(db);
    this.idempotencyKeys = new IdempotencyKeyRepository(db);
    this.callLog = new CallLogRepository(db, now);
    this.pipelines = new ServicePipelines({
      circuits: this.circuits,
      config: () => context.config(),
      now,
      isTransientError: isTransientNetworkError,
      notify: (change) => context.notify(change),
      random: options.random,
      sleep: options.sleep,
    });
    this.http = new HttpConnector({
      pipelines: this.pipelines,
      idempotencyKeys: this.idempotencyKeys,
      callLog: this.callLog,
      secrets: context.secrets,
      env: context.env,
      accessTokens: options.accessTokens,
      fetch: options.fetch,
      now,
    });
  }

  /** Writes buffered call records; call before the store closes. */
  dispose(): void {
    this.callLog.flush();
  }
}
