import type { CallRecord } from './callLogRepository';
import type { CircuitStateName, CircuitTransition } from './circuitRepository';

/** One minute of one service's calls. Latencies in ms; `errorRate` in [0, 1]. */
export interface HealthMinute {
  /** Start of the minute, ms since the epoch. */
  readonly at: number;
  readonly calls: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly errorRate: number;
}

/** A span during which one circuit held one state. */
export interface CircuitSpan {
  readonly endpoint: string;
  readonly state: CircuitStateName;
  readonly from: number;
  readonly to: number;
}

/** What the health view shows for one service over the window. */
export interface ServiceHealth {
  readonly service: string;
  readonly minutes: HealthMinute[];
  readonly spans: CircuitSpan[];
}

const minuteMs = 60_000;

/**
 * Groups calls per service and minute (percentiles by nearest rank) and turns transitions into
 * state spans over `[sinceMs, nowMs]`. Circuits are keyed `api:circuit:{service}:{endpoint}`.
 */
export function buildHealthReport(
  calls: readonly CallRecord[],
  transitions: readonly CircuitTransition[],
  circuits: ReadonlyArray<{
    key: string;
    service: string;
    endpoint: string;
    state: CircuitStateName;
  }>,
  sinceMs: number,
  nowMs: number,
): ServiceHealth[] {
  const services = new Set([...calls.map((c) => c.service), ...circuits.map((c) => c.service)]);
  return [...services].sort().map((service) => ({
    service,
    minutes: minutesOf(calls.filter((call) => call.service === service)),
    spans: circuits
      .filter((circuit) => circuit.service === service)
      .flatMap((circuit) =>
        spansOf(
          circuit,
          transitions.filter((t) => t.circuitKey === circuit.key),
          sinceMs,
          nowMs,
        ),
      ),
  }));
}

function minutesOf(calls: readonly CallRecord[]): HealthMinute[] {
  const byMinute = new Map<number, CallRecord[]>();
  for (const call of calls) {
    const minute = Math.floor(call.at / minuteMs) * minuteMs;
    byMinute.set(minute, [...(byMinute.get(minute) ?? []), call]);
  }
  return [...byMinute.entries()]
    .sort(([a], [b]) => a - b)
    .map(([at, group]) => {
      const latencies = group.map((call) => call.latencyMs).sort((a, b) => a - b);
      const errors = group.filter((call) => call.outcome !== 'success').length;
      return {
        at,
        calls: group.length,
        p50: percentile(latencies, 0.5),
        p95: percentile(latencies, 0.95),
        p99: percentile(latencies, 0.99),
        errorRate: errors / group.length,
      };
    });
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? 0;
}

function spansOf(
  circuit: { endpoint: string; state: CircuitStateName },
  transitions: readonly CircuitTransition[],
  sinceMs: number,
  nowMs: number,
): CircuitSpan[] {
  const ordered = [...transitions].sort((a, b) => a.at - b.at);
  const spans: CircuitSpan[] = [];
  let state: CircuitStateName = ordered[0]?.from ?? circuit.state;
  let from = sinceMs;
  for (const transition of ordered) {
    spans.push({ endpoint: circuit.endpoint, state, from, to: transition.at });
    state = transition.to;
    from = transition.at;
  }
  spans.push({ endpoint: circuit.endpoint, state, from, to: nowMs });
  return spans.filter((span) => span.to > span.from);
}
