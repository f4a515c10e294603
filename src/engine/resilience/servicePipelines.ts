import type { CaptainConfig, ServiceConfig } from '../config/captainConfig';
import type { EngineChange } from '../engineContext';
import { CircuitRepository, type CircuitRecord, type CircuitTransition } from './circuitRepository';
import { endpointNameFor, resolvePolicies } from './resolvedPolicies';
import type { BulkheadPolicy } from 'cockatiel';
import { bulkheadOf, rateLimiterOf, ResiliencePipeline } from './resiliencePipeline';
import type { TokenBucketRateLimiter } from './tokenBucketRateLimiter';
import { ResilienceError } from './resilienceError';

/** Options of {@link ServicePipelines}. */
export interface ServicePipelinesOptions {
  readonly circuits: CircuitRepository;
  readonly config: () => CaptainConfig;
  readonly now: () => number;
  readonly isTransientError: (error: Error) => boolean;
  readonly notify?: (change: EngineChange) => void;
  readonly random?: () => number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** A request's service, the endpoint its circuit is filed under, and that endpoint's pipeline. */
export interface RequestPipeline {
  readonly service: ServiceConfig;
  readonly endpoint: string;
  readonly pipeline: ResiliencePipeline;
}

/** Requests whose pipeline {@link ServicePipelines} remembers; forgotten all at once past it. */
const maxRememberedRequests = 512;

/** A limiter or bulkhead shared by the endpoints that do not override it, with its settings. */
interface SharedGate<T> {
  readonly settingsJson: string;
  readonly gate: T;
}

/**
 * One {@link ResiliencePipeline} per service endpoint, built on first use and rebuilt when the
 * endpoint's policies change in the config; plus reset and isolate of the shared circuits. The
 * rate limiter and the bulkhead are per service: every endpoint of it waits on the same ones
 * (a 429 on one endpoint pauses them all), except an endpoint that sets its own `rateLimit` or
 * `bulkhead`, which gets one of its own.
 */
export class ServicePipelines {
  private readonly pipelines = new Map<
    string,
    { service: ServiceConfig; policiesJson: string; pipeline: ResiliencePipeline }
  >();
  private readonly limiters = new Map<string, SharedGate<TokenBucketRateLimiter>>();
  private readonly bulkheads = new Map<string, SharedGate<BulkheadPolicy | undefined>>();
  /** The pipelines of recent requests by service, method and path: no matching per call. */
  private readonly requests = new Map<string, RequestPipeline>();

  constructor(private readonly options: ServicePipelinesOptions) {}

  /**
   * The configured service named `name`.
   * @throws {ResilienceError} `unknown_service` when the config has no such service.
   */
  service(name: string): ServiceConfig {
    const service = this.options.config().services?.[name];
    if (!service) {
      const known = Object.keys(this.options.config().services ?? {}).join(', ') || 'none';
      throw new ResilienceError(
        'unknown_service',
        `no service "${name}" in captain.config.json (services: ${known})`,
      );
    }
    return service;
  }

  /**
   * The pipeline for a request of `service`; `endpoint` is the name its circuit is filed under.
   * @throws {ResilienceError} `unknown_service` when the config has no such service.
   */
  forRequest(serviceName: string, method: string, path: string): RequestPipeline {
    const service = this.service(serviceName);
    const requestKey = `${serviceName}\n${method}\n${path}`;
    const known = this.requests.get(requestKey);
    // A pipeline is rebuilt only for a new service object, which also misses here.
    if (known?.service === service) {
      return known;
    }

    const endpoint = endpointNameFor(service, method, path);
    const resolved = {
      service,
      endpoint,
      pipeline: this.pipelineOf(serviceName, service, endpoint),
    };
    if (this.requests.size >= maxRememberedRequests) {
      this.requests.clear();
    }
    this.requests.set(requestKey, resolved);
    return resolved;
  }

  /** The pipeline of a named endpoint (the Stripe connector names its own, like `POST /v1/refunds`). */
  forEndpoint(serviceName: string, endpoint: string): ResiliencePipeline {
    return this.pipelineOf(serviceName, this.service(serviceName), endpoint);
  }

  private pipelineOf(
    serviceName: string,
    service: ServiceConfig,
    endpoint: string,
  ): ResiliencePipeline {
    const cacheKey = `${serviceName}\n${endpoint}`;
    const cached = this.pipelines.get(cacheKey);
    // The config reader hands out the same object until the file changes: no need to compare.
    if (cached?.service === service) {
      return cached.pipeline;
    }

    const policies = resolvePolicies(service, endpoint);
    const policiesJson = JSON.stringify(policies);
    if (cached && cached.policiesJson === policiesJson) {
      this.pipelines.set(cacheKey, { ...cached, service });
      return cached.pipeline;
    }

    const overrides = service.endpoints?.[endpoint]?.policies ?? {};
    const limiter = this.shared(
      this.limiters,
      `${serviceName}\n${overrides.rateLimit ? endpoint : ''}`,
      policies.rateLimit,
      () => rateLimiterOf(policies, this.options.now, this.options.sleep),
    );
    const bulkhead = this.shared(
      this.bulkheads,
      `${serviceName}\n${overrides.bulkhead ? endpoint : ''}`,
      policies.bulkhead,
      () => bulkheadOf(policies),
    );
    const pipeline = new ResiliencePipeline({
      service: serviceName,
      endpoint,
      policies,
      limiter,
      bulkhead,
      circuits: this.options.circuits,
      isTransientError: this.options.isTransientError,
      now: this.options.now,
      random: this.options.random,
      sleep: this.options.sleep,
      onTransition: (record, transition) => this.announce(record, transition),
    });
    this.pipelines.set(cacheKey, { service, policiesJson, pipeline });
    return pipeline;
  }

  /**
   * Closes the circuits of `service` (all of them, or only `endpoint`). Works on stored circuits,
   * so a CLI run resets what the editor opened and the other way round.
   * @returns the circuits changed. @throws {ResilienceError} `unknown_circuit` when none match.
   */
  reset(service: string, endpoint?: string): CircuitRecord[] {
    return this.change(service, endpoint, 'closed', 'reset by user');
  }

  /** Holds the circuits of `service` (or one endpoint) open until reset. Creates a named one. */
  isolate(service: string, endpoint?: string): CircuitRecord[] {
    return this.change(service, endpoint, 'isolated', 'isolated by user');
  }

  private change(
    service: string,
    endpoint: string | undefined,
    state: 'closed' | 'isolated',
    reason: string,
  ): CircuitRecord[] {
    const matching = this.options.circuits
      .list()
      .filter(
        (circuit) =>
          circuit.service === service && (endpoint === undefined || circuit.endpoint === endpoint),
      );
    const targets =
      matching.length === 0 && endpoint !== undefined && state === 'isolated'
        ? [{ service, endpoint }]
        : matching;
    if (targets.length === 0) {
      throw new ResilienceError(
        'unknown_circuit',
        `no circuit ${endpoint ? `${service}:${endpoint}` : `of service ${service}`} is stored yet; circuits appear after the first call (see "captain circuits")`,
      );
    }

    const now = this.options.now();
    return targets.map((target) => {
      const record = this.options.circuits.write(target.service, target.endpoint, {
        state,
        failureCount: 0,
        openedAt: state === 'isolated' ? now : undefined,
        attemptNo: 0,
        at: now,
        reason,
      });
      // Pipelines here read the store lazily; make them see this write on their next call.
      this.pipelines
        .get(`${target.service}\n${target.endpoint}`)
        ?.pipeline.breaker.syncFromStore(true);
      this.options.notify?.({
        topic: 'circuits',
        reason: state === 'closed' ? 'reset' : 'isolated',
        key: record.key,
      });
      return record;
    });
  }

  /** The gate filed under `key`, rebuilt when its settings changed. */
  private shared<T>(
    gates: Map<string, SharedGate<T>>,
    key: string,
    settings: unknown,
    build: () => T,
  ): T {
    const settingsJson = JSON.stringify(settings ?? null);
    const cached = gates.get(key);
    if (cached?.settingsJson === settingsJson) {
      return cached.gate;
    }

    const gate = build();
    gates.set(key, { settingsJson, gate });
    return gate;
  }

  private announce(record: CircuitRecord, transition: Omit<CircuitTransition, 'pid'>): void {
    if (transition.from !== transition.to) {
      this.options.notify?.({
        topic: 'circuits',
        reason: `${transition.from} → ${transition.to}`,
        key: record.key,
      });
    }
  }
}
