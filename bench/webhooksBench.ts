import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';
import BetterSqlite3 from 'better-sqlite3';
import Stripe from 'stripe';
import {
  defaultEngineSettings,
  type EngineChange,
  type EngineContext,
} from '../src/engine/engineContext';
import { CaptainStore } from '../src/engine/store/captainStore';
import { WebhooksService } from '../src/engine/webhooks/webhooksService';
import type { BenchResult } from './benchResult';

const secret = 'whsec_bench_secret';
const connections = 50;
const durationSeconds = 5;
const forwardedEvents = 300;
const preparedRequests = 120_000;

/**
 * Webhooks benchmarks, loopback only, servers in a child process so the load generator does not
 * share their event loop:
 * - a bare Node HTTP server answering 200 against the receiver doing Stripe verification, dedupe
 *   and durable storage (group commit, synchronous=FULL), same bodies (a unique signed event per
 *   request) and autocannon with 50 connections for 5 s each;
 * - a flood of bad signatures: no event stored, rejection records capped;
 * - the forwarder's added latency: from the receiver's 2xx to the target seeing the request.
 * The receiver process reports its log lines and changes over IPC as the engine process does.
 * Set WEBHOOKS_BENCH_PROFILE=1 to write CPU profiles of the receiver process to /tmp/wprof.
 * Figures carry the 1-minute load average: on a shared machine, read them with it.
 */
export async function runWebhooksBench(): Promise<BenchResult[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-webhooks-bench-'));
  try {
    const bare = await withServer('bare', folder, (port) => load(port, 'valid'));
    const receiver = await withServer('receiver', folder, (port) => load(port, 'valid'));
    const dbFile = path.join(folder, 'receiver.db');
    const storedAfterValid = countRows(dbFile, 'webhook_events');
    const sizeBefore = fileSize(dbFile);
    const rejected = await withServer('receiver', folder, (port) => load(port, 'invalid'));
    const storedAfterRejected = countRows(dbFile, 'webhook_events');
    const rejectionRows = countRows(dbFile, 'webhook_rejections');
    const forward = await measureForwarding(folder);

    const ratio = receiver.requestsPerSecond / bare.requestsPerSecond;
    return [
      {
        name: 'webhooks receiver vs bare HTTP server',
        figures: {
          bareRequestsPerSecond: Math.round(bare.requestsPerSecond),
          receiverRequestsPerSecond: Math.round(receiver.requestsPerSecond),
          ratio: round(ratio, 3),
          bareP99Ms: bare.p99Ms,
          receiverP99Ms: receiver.p99Ms,
          receiverErrors: receiver.errors + receiver.non2xx,
          eventsStored: storedAfterValid,
          eventsAcknowledged: receiver.acknowledged,
        },
        goal: 'ratio ≥ 0.5, receiver p99 < 25 ms, 0 errors',
        met: ratio >= 0.5 && receiver.p99Ms < 25 && receiver.errors + receiver.non2xx === 0,
        notes: `autocannon ${connections} connections × ${durationSeconds} s, unique signed Stripe event per request; ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)}`,
      },
      {
        name: 'webhooks rejected signatures',
        figures: {
          requestsPerSecond: Math.round(rejected.requestsPerSecond),
          p99Ms: rejected.p99Ms,
          non401: rejected.requests - rejected.status401,
          eventsStoredDelta: storedAfterRejected - storedAfterValid,
          rejectionRowsKept: rejectionRows,
          fileGrowthBytes: fileSize(dbFile) - sizeBefore,
        },
        goal: 'no event stored; rejection records capped at 1000 per endpoint',
        met: storedAfterRejected === storedAfterValid && rejectionRows <= 1000,
      },
      {
        name: 'webhooks forwarder added latency',
        figures: forward,
        goal: 'p95 added latency < 5 ms',
        met: forward.addedP95Ms < 5,
        notes: `${forwardedEvents} events one at a time; added = target receipt − receiver 2xx`,
      },
    ];
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

interface LoadFigures {
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  requests: number;
  acknowledged: number;
  status401: number;
}

async function load(port: number, kind: 'valid' | 'invalid'): Promise<LoadFigures> {
  // Signed ahead of the run so the load generator measures the server, not its own HMACs;
  // past the end it wraps around, and those repeats exercise the duplicate path.
  const prepared = Array.from({ length: preparedRequests }, (_, index) => {
    const body = JSON.stringify({
      id: `evt_bench_${kind}_${Date.now()}_${index}`,
      object: 'event',
      type: 'payment_intent.succeeded',
      data: { object: { id: `pi_${index}`, amount: 2000, currency: 'usd' } },
    });
    const signature =
      kind === 'valid'
        ? Stripe.webhooks.generateTestHeaderString({ payload: body, secret })
        : `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}`;
    return { body, headers: { 'content-type': 'application/json', 'stripe-signature': signature } };
  });
  let counter = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: durationSeconds,
    requests: [
      {
        method: 'POST',
        path: '/webhooks/stripe',
        setupRequest: (request) => {
          const next = prepared[counter % prepared.length];
          counter += 1;
          return { ...request, ...next };
        },
      },
    ],
  });
  const statusCodes = result.statusCodeStats as unknown as Record<string, { count: number }>;
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
    acknowledged: result['2xx'],
    status401: statusCodes['401']?.count ?? 0,
  };
}

async function withServer<T>(
  mode: 'bare' | 'receiver',
  folder: string,
  work: (port: number) => Promise<T>,
): Promise<T> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.WEBHOOKS_BENCH_PROFILE && mode === 'receiver'
        ? ['--cpu-prof', '--cpu-prof-dir=/tmp/wprof']
        : []),
      '--import',
      'tsx',
      __filename,
      '--serve',
      mode,
      folder,
    ],
    // An IPC channel like the engine's, which the receiver reports its log lines and changes on.
    { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  );
  child.on('message', () => undefined);
  try {
    const port = await new Promise<number>((resolve, reject) => {
      readline
        .createInterface({ input: child.stdout! })
        .once('line', (line) => resolve(Number(line)));
      child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    });
    return await work(port);
  } finally {
    await stopChild(child);
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) {
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function serve(mode: string, folder: string): Promise<void> {
  if (mode === 'bare') {
    const server = http.createServer((request, response) => {
      request.resume();
      request.on('end', () => response.end('{"received":true}'));
    });
    server.listen(0, '127.0.0.1', () =>
      process.stdout.write(`${(server.address() as AddressInfo).port}\n`),
    );
    process.once('SIGTERM', () => server.close(() => process.exit(0)));
    return;
  }

  // Reports go over IPC as JSON-RPC notifications, as in the engine process, so what the receiver
  // logs or notifies per event costs here what it costs in the editor.
  const context = {
    ...benchContext(path.join(folder, 'receiver.db'), {}),
    notify: (change: EngineChange) =>
      process.send?.({ jsonrpc: '2.0', method: 'engine/changed', params: change }),
    log: (level: string, component: string, message: string) =>
      process.send?.({
        jsonrpc: '2.0',
        method: 'engine/log',
        params: { level, component, message },
      }),
  };
  const service = new WebhooksService(context);
  const status = await service.start();
  process.stdout.write(`${new URL(status.url!).port}\n`);
  process.once('SIGTERM', () => void service.dispose().then(() => process.exit(0)));
}

async function measureForwarding(folder: string): Promise<Record<string, number>> {
  const receipts = new Map<string, number>();
  const target = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      receipts.set((JSON.parse(body) as { id: string }).id, performance.now());
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  const targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}/hook`;
  const context = benchContext(path.join(folder, 'forward.db'), { forwardTo: targetUrl });
  const service = new WebhooksService(context);
  const { url } = await service.start();
  const added: number[] = [];
  const direct: number[] = [];
  try {
    for (let index = 0; index < forwardedEvents; index += 1) {
      const id = `evt_fwd_${index}`;
      const body = JSON.stringify({ id, object: 'event', type: 'invoice.paid' });
      const directStart = performance.now();
      await (
        await fetch(targetUrl, { method: 'POST', body: JSON.stringify({ id: `direct_${index}` }) })
      ).text();
      direct.push(performance.now() - directStart);

      const response = await fetch(`${url}/webhooks/stripe`, {
        method: 'POST',
        body,
        headers: {
          'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload: body, secret }),
        },
      });
      await response.text();
      const ackedAt = performance.now();
      const deadline = Date.now() + 2000;
      while (!receipts.has(id) && Date.now() < deadline) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      added.push((receipts.get(id) ?? Number.NaN) - ackedAt);
    }
  } finally {
    await service.dispose();
    context.store.close();
    await new Promise((resolve) => target.close(resolve));
  }
  return {
    addedP50Ms: round(percentile(added, 0.5), 2),
    addedP95Ms: round(percentile(added, 0.95), 2),
    targetOwnP95Ms: round(percentile(direct, 0.95), 2),
  };
}

function benchContext(file: string, endpoint: { forwardTo?: string }): EngineContext {
  const store = CaptainStore.open(file);
  const config = {
    webhooks: { endpoints: { stripe: { provider: 'stripe' as const, secret, ...endpoint } } },
  };
  return {
    workspaceFolder: path.dirname(file),
    configFile: path.join(path.dirname(file), 'captain.config.json'),
    store,
    settings: { ...defaultEngineSettings, webhookPort: 0 },
    secrets: { get: async () => undefined },
    env: {},
    config: () => config,
    now: Date.now,
    notify: () => undefined,
    log: () => undefined,
  };
}

function countRows(file: string, table: string): number {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS count FROM ${table}`).get() as { count: number }).count;
  } finally {
    db.close();
  }
}

function fileSize(file: string): number {
  return [file, `${file}-wal`].reduce(
    (sum, name) => sum + (fs.existsSync(name) ? fs.statSync(name).size : 0),
    0,
  );
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

if (require.main === module) {
  const serveIndex = process.argv.indexOf('--serve');
  if (serveIndex >= 0) {
    void serve(process.argv[serveIndex + 1], process.argv[serveIndex + 2]);
  } else {
    void runWebhooksBench().then((results) =>
      process.stdout.write(`${JSON.stringify(results, null, 2)}\n`),
    );
  }
}
