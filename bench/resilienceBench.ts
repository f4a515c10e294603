import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { defaultEngineSettings, type EngineContext } from '../src/engine/engineContext';
import { CircuitRepository } from '../src/engine/resilience/circuitRepository';
import { ResilienceRuntime } from '../src/engine/resilience/resilienceRuntime';
import { CaptainStore } from '../src/engine/store/captainStore';

/** One measured figure set; the lead unifies this with bench/benchResult.ts. */
export interface BenchResult {
  name: string;
  figures: Record<string, number>;
  goal?: string;
  met?: boolean;
  notes?: string;
}

const rounds = 8;
const roundMs = 500;
const warmUpMs = 1000;
const concurrency = 20;
const transitionCount = 2000;

/** Calls/s through the full policy stack beside bare fetch, and the cost of a persisted transition. */
export async function runResilienceBench(): Promise<BenchResult[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-resilience-bench-'));
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"ok":true}');
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const store = CaptainStore.open(path.join(folder, 'captain.db'));
  try {
    const context = benchContext(store, folder, baseUrl);
    const runtime = new ResilienceRuntime(context);
    // Both sides go through the same global fetch, so they share undici's keep-alive pool.
    const bareCall = () => fetch(`${baseUrl}/items`).then((response) => response.text());
    const guardedCall = () =>
      runtime.http.call({ service: 'bench', method: 'GET', path: '/items' });
    // The guarded side's deferred work (the call log's batched write) is charged to it: flushed
    // inside its own round, not left to run in the bare round that follows.
    const settle = { bare: () => undefined, guarded: () => runtime.callLog.flush() };
    // Warm both paths so connection setup and JIT are not measured.
    await measure(warmUpMs, bareCall);
    await measure(warmUpMs, guardedCall);
    cpuMicros.bare.length = 0;
    // Alternating short rounds (the side that goes first alternates too) spread a noisy
    // neighbour over both sides; the median of the per-round ratios ignores a round it spoiled.
    const bareRounds: number[] = [];
    const guardedRounds: number[] = [];
    const ratios: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const sides =
        round % 2 === 0 ? (['bare', 'guarded'] as const) : (['guarded', 'bare'] as const);
      const calls = { bare: bareCall, guarded: guardedCall };
      const first = await measure(roundMs, calls[sides[0]], sides[0], settle[sides[0]]);
      const second = await measure(roundMs, calls[sides[1]], sides[1], settle[sides[1]]);
      const [bareRate, guardedRate] = round % 2 === 0 ? [first, second] : [second, first];
      bareRounds.push(bareRate);
      guardedRounds.push(guardedRate);
      ratios.push(guardedRate / bareRate);
    }
    runtime.dispose();
    const bare = median(bareRounds);
    const guarded = median(guardedRounds);
    const ratio = median(ratios);

    const circuits = new CircuitRepository(store.db);
    const started = process.hrtime.bigint();
    for (let i = 0; i < transitionCount; i++) {
      circuits.write('bench', 'POST /transitions', {
        state: i % 2 === 0 ? 'open' : 'closed',
        failureCount: i % 2 === 0 ? 5 : 0,
        openedAt: Date.now(),
        attemptNo: 1,
        at: Date.now(),
        reason: 'bench',
      });
    }
    const perTransitionUs = Number(process.hrtime.bigint() - started) / 1000 / transitionCount;

    return [
      {
        name: 'resilience: calls through the policy stack vs bare fetch',
        figures: {
          bareCallsPerSecond: round(bare),
          guardedCallsPerSecond: round(guarded),
          ratio: round(ratio, 3),
          worstRoundRatio: round(Math.min(...ratios), 3),
          bestRoundRatio: round(Math.max(...ratios), 3),
          bareCpuMicrosPerCall: round(median(cpuMicros.bare), 1),
          guardedCpuMicrosPerCall: round(median(cpuMicros.guarded), 1),
          cpuRatio: round(median(cpuMicros.bare) / median(cpuMicros.guarded), 3),
          rounds,
          concurrency,
        },
        goal: 'ratio >= 0.9',
        met: ratio >= 0.9,
        notes:
          'timeout (shared deadline timers, ≤ 20 ms slack) + retry + shared breaker (store revision and failure count read at most every 20 ms) + rate limit 1e6/s + call log (batched, flushed inside the guarded round), loopback server; median of alternating rounds',
      },
      {
        name: 'resilience: persisting a breaker transition',
        figures: {
          microsecondsPerTransition: round(perTransitionUs, 1),
          transitions: transitionCount,
        },
        notes:
          'state row upsert + transition row in one SQLite transaction (WAL, synchronous=NORMAL)',
      },
    ];
  } finally {
    store.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** CPU time of this process (client and loopback server) per call, in µs, by side. */
const cpuMicros = { bare: [] as number[], guarded: [] as number[] };

/**
 * Calls per second with `concurrency` workers for `forMs`; records CPU µs per call. `settle`
 * runs the side's deferred work before the clock and the CPU counter stop.
 */
async function measure(
  forMs: number,
  call: () => Promise<unknown>,
  side?: keyof typeof cpuMicros,
  settle?: () => void,
): Promise<number> {
  const deadline = performance.now() + forMs;
  let done = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await call();
        done += 1;
      }
    }),
  );
  settle?.();
  const cpu = process.cpuUsage(cpuBefore);
  cpuMicros[side ?? 'bare'].push(side ? (cpu.user + cpu.system) / done : 0);
  return done / ((performance.now() - started) / 1000);
}

function benchContext(store: CaptainStore, folder: string, baseUrl: string): EngineContext {
  const config = {
    services: {
      bench: {
        baseUrl,
        policies: {
          timeoutMs: Number(process.env.BENCH_TIMEOUT_MS ?? 5000),
          retry: { maxAttempts: 3 },
          circuitBreaker: { consecutiveFailures: 5 },
          rateLimit: { requestsPerSecond: 1_000_000, burst: 1_000_000 },
        },
      },
    },
  };
  return {
    workspaceFolder: folder,
    configFile: path.join(folder, 'captain.config.json'),
    store,
    settings: defaultEngineSettings,
    secrets: { get: async () => undefined },
    env: {},
    config: () => config,
    now: Date.now,
    notify: () => undefined,
    log: () => undefined,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

if (require.main === module) {
  void runResilienceBench().then((results) =>
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`),
  );
}
