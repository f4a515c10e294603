import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import BetterSqlite3 from 'better-sqlite3';
import { buildSync } from 'esbuild';
import Stripe from 'stripe';

const secret = 'whsec_crash_test';
const kills = 50;
const budgetMs = 60_000;
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

function post(port: number, id: string): Promise<number> {
  const body = JSON.stringify({ id, object: 'event', type: 'charge.succeeded' });
  const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret });
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/webhooks/stripe',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'stripe-signature': signature,
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', () => resolve(0));
      },
    );
    request.on('error', () => resolve(0));
    request.end(body);
  });
}

describe('WebhookReceiver under SIGKILL', function () {
  this.timeout(budgetMs + 30_000);

  it('keeps every acknowledged event and a sound file across 50 kills under load', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-webhooks-crash-'));
    const file = path.join(folder, 'captain.db');
    // Bundled once so each restart is a plain `node` start, not a TypeScript compile.
    const script = path.join(folder, 'crashReceiverProcess.cjs');
    buildSync({
      entryPoints: [path.join(__dirname, 'crashReceiverProcess.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: script,
      external: ['better-sqlite3'],
      nodePaths: [path.resolve(__dirname, '../../../node_modules')],
      logLevel: 'silent',
    });
    const acknowledged = new Set<string>();
    const started = Date.now();
    let killed = 0;
    let sent = 0;
    try {
      while (killed < kills && Date.now() - started < budgetMs) {
        const child = spawn(process.execPath, [script, file, secret], {
          stdio: ['ignore', 'pipe', 'inherit'],
          env: { ...process.env, NODE_PATH: path.resolve(__dirname, '../../../node_modules') },
        });
        const port = await new Promise<number>((resolve, reject) => {
          readline
            .createInterface({ input: child.stdout! })
            .once('line', (line) => resolve(Number(line)));
          child.once('exit', (code) => reject(new Error(`receiver exited early (${code})`)));
        });
        let stop = false;
        const blasters = Array.from({ length: 16 }, async (_, lane) => {
          for (let index = 0; !stop && index < 10_000; index += 1) {
            const id = `evt_${killed}_${lane}_${index}`;
            sent += 1;
            if ((await post(port, id)) === 200) {
              acknowledged.add(id);
            }
          }
        });
        await new Promise((resolve) => setTimeout(resolve, 30 + Math.random() * 220));
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
        stop = true;
        await Promise.all(blasters);
        killed += 1;
      }

      const db = new BetterSqlite3(file);
      const stored = new Set(
        (db.prepare('SELECT event_id FROM webhook_events').all() as { event_id: string }[]).map(
          (row) => row.event_id,
        ),
      );
      const integrity = db.pragma('integrity_check', { simple: true });
      db.close();
      const missing = [...acknowledged].filter((id) => !stored.has(id));

      assert.equal(killed, kills, `only ${killed} kills fitted in ${budgetMs} ms`);
      assert.ok(acknowledged.size > 100, `only ${acknowledged.size} of ${sent} acknowledged`);
      assert.deepEqual(missing, []);
      assert.equal(integrity, 'ok');
    } finally {
      agent.destroy();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
