/**
 * The source of the receiver's commit thread, run with `new Worker(source, { eval: true })` so
 * the bundle needs no second entry point. It owns a `synchronous=FULL` connection and runs each
 * batch it is sent in one transaction: the fsync happens off the event loop, and batches keep
 * filling while one commits. It runs the statements of `eventWriteSql` (passed in `workerData`)
 * with the same steps as `WebhookEventRepository.writeBatch`; keep the two in step.
 */
export const commitWorkerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driverPath);
const db = new Database(workerData.file, { timeout: 5000 });
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
const sql = {};
for (const [name, text] of Object.entries(workerData.sql)) sql[name] = db.prepare(text);
let synchronous = 'FULL';
const write = db.transaction((events, rejections, keep) => {
  const results = events.map((row) => {
    const inserted = sql.insertEvent.run(...row.values);
    if (inserted.changes === 0) {
      return { seq: sql.selectExisting.get(row.endpoint, row.eventId).seq, duplicate: true };
    }
    const seq = Number(inserted.lastInsertRowid);
    if (row.delivery) sql.insertDelivery.run(seq, ...row.delivery);
    return { seq, duplicate: false };
  });
  for (const values of rejections) sql.insertRejection.run(...values);
  for (const endpoint of new Set(rejections.map((values) => values[0]))) {
    sql.pruneRejections.run(endpoint, endpoint, keep);
  }
  return results;
});
parentPort.on('message', (message) => {
  if (message.close) {
    db.close();
    parentPort.postMessage({ closed: true });
    return;
  }
  try {
    // Rejection-only batches need no fsync: nobody waits for them and losing one costs nothing.
    // The pragma runs only when the level changes; every batch with an event commits with FULL.
    const wanted = message.events.length === 0 ? 'NORMAL' : 'FULL';
    if (wanted !== synchronous) {
      db.pragma('synchronous = ' + wanted);
      synchronous = wanted;
    }
    const results = write.immediate(message.events, message.rejections, message.keep);
    parentPort.postMessage({ id: message.id, results });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: String((error && error.message) || error) });
  }
});
`;
