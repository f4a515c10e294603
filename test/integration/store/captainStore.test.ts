import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CaptainStore } from '../../../src/engine/store/captainStore';
import { migrations } from '../../../src/engine/store/migrations';
import { naturalKeys } from '../../../src/engine/store/naturalKeys';
import { StoreError } from '../../../src/engine/store/storeError';

describe('CaptainStore', () => {
  let folder: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-store-'));
  });

  afterEach(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('creates the file in WAL mode with a .gitignore beside it', () => {
    const file = path.join(folder, '.captain', 'captain.db');

    const store = CaptainStore.open(file);

    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(store.schemaVersion, CaptainStore.latestSchemaVersion);
    assert.equal(fs.readFileSync(path.join(folder, '.captain', '.gitignore'), 'utf8'), '*\n');
    store.close();
  });

  it('migrates a database from an older schema without losing its rows', () => {
    const file = path.join(folder, 'old.db');
    const old = CaptainStore.open(file, { migrations: migrations.slice(0, 1) });
    old.db
      .prepare(
        'INSERT INTO integrations (key, service, endpoint, config_json, updated_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(naturalKeys.integration('payments', 'charges'), 'payments', 'charges', '{}', 1);
    old.close();

    const store = CaptainStore.open(file);

    assert.equal(store.schemaVersion, CaptainStore.latestSchemaVersion);
    const row = store.db.prepare('SELECT key FROM integrations').get() as { key: string };
    assert.equal(row.key, 'api:integration:payments:charges');
    store.close();
  });

  it('names the file when it is not a database', () => {
    const file = path.join(folder, 'corrupt.db');
    fs.writeFileSync(file, 'this is not sqlite, just text that fills the header page'.repeat(100));

    assert.throws(
      () => CaptainStore.open(file),
      (error: unknown) =>
        error instanceof StoreError &&
        error.code === 'store_corrupt' &&
        error.message.includes(file),
    );
  });

  it('names the file when another process holds the write lock', () => {
    const file = path.join(folder, 'locked.db');
    CaptainStore.open(file).close();
    fs.unlinkSync(file);
    const holder = new BetterSqlite3(file);
    holder.exec('CREATE TABLE t (x)');
    holder.exec('BEGIN EXCLUSIVE');

    assert.throws(
      () => CaptainStore.open(file, { busyTimeoutMs: 50 }),
      (error: unknown) =>
        error instanceof StoreError &&
        error.code === 'store_locked' &&
        error.message.includes(file),
    );
    holder.exec('ROLLBACK');
    holder.close();
  });

  it('refuses a schema newer than this build', () => {
    const file = path.join(folder, 'future.db');
    const db = new BetterSqlite3(file);
    db.pragma('user_version = 999');
    db.close();

    assert.throws(() => CaptainStore.open(file), /newer than this build/);
  });

  it('escapes colons in natural key parts', () => {
    assert.equal(
      naturalKeys.webhook('charge.succeeded', 'evt:1'),
      'api:webhook:charge.succeeded:evt%3A1',
    );
    assert.throws(() => naturalKeys.circuit('', 'x'), TypeError);
  });
});
