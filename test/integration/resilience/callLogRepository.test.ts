import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CallLogRepository,
  type CallRecord,
} from '../../../src/engine/resilience/callLogRepository';
import { CaptainStore } from '../../../src/engine/store/captainStore';

describe('CallLogRepository', () => {
  let folder: string;
  let store: CaptainStore;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-call-log-'));
    store = CaptainStore.open(path.join(folder, 'captain.db'));
  });

  afterEach(() => {
    store.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  function records(count: number, startMs: number): CallRecord[] {
    return Array.from({ length: count }, (_, i) => ({
      service: i % 2 === 0 ? 'api' : 'stripe',
      endpoint: `GET /items${i % 3}`,
      at: startMs + i,
      latencyMs: i + 0.5,
      status: i % 5 === 0 ? undefined : 200 + i,
      outcome: i % 5 === 0 ? 'connection_error' : 'success',
      attempts: 1 + (i % 3),
    }));
  }

  it('writes every buffered record on flush, whole chunks and the rest alike', () => {
    const startMs = Date.now();
    const log = new CallLogRepository(store.db, () => startMs, 60_000, 10_000);
    const written = records(70, startMs);

    written.forEach((record) => log.record(record));
    log.flush();

    assert.deepEqual(new CallLogRepository(store.db).since(startMs - 1), written);
  });

  it('flushes once the buffer is full, without waiting for the timer', () => {
    const startMs = Date.now();
    const log = new CallLogRepository(store.db, () => startMs, 60_000, 40);

    records(45, startMs).forEach((record) => log.record(record));

    assert.equal(new CallLogRepository(store.db).since(startMs - 1).length, 40);
    assert.equal(log.since(startMs - 1).length, 45);
  });
});
