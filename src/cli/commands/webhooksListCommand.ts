import { WebhookEventRepository } from '../../engine/webhooks/webhookEventRepository';
import { UsageError, type CliCommand } from '../cliCommand';

/**
 * `captain webhooks list`: stored events, newest first. With `--json` a JSON array, one entry per
 * accepted event: `{endpoint, provider, eventId, eventType, status, receivedAt}` (ISO time, plus
 * `seq`). With `--rejected`, rejected deliveries instead: `{endpoint, code, statusCode, receivedAt,
 * summary, hints}`.
 */
export const webhooksListCommand: CliCommand = {
  name: 'webhooks list',
  summary: 'List received webhook events (or rejected deliveries)',
  usage: 'captain webhooks list [--db F] [--json] [--rejected] [--endpoint NAME] [--limit N]',
  options: {
    json: { type: 'boolean', description: 'print a JSON array' },
    rejected: { type: 'boolean', description: 'list rejected deliveries with their diagnosis' },
    endpoint: { type: 'string', description: 'only this endpoint' },
    limit: { type: 'string', description: 'at most N entries (default 50, at most 1000)' },
  },
  async run(invocation) {
    const limit = invocation.values.limit === undefined ? 50 : Number(invocation.values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      throw new UsageError(`expected --limit to be 1-1000, got ${String(invocation.values.limit)}`);
    }

    const engine = await invocation.engine();
    const repository = new WebhookEventRepository(engine.store.db);
    const endpoint = invocation.values.endpoint as string | undefined;
    const json = invocation.values.json === true;
    if (invocation.values.rejected === true) {
      const rows = repository.listRejections(endpoint, limit).map((rejection) => ({
        endpoint: rejection.endpoint,
        code: rejection.code,
        statusCode: rejection.statusCode,
        receivedAt: new Date(rejection.receivedAt).toISOString(),
        summary: rejection.diagnosis.summary,
        hints: rejection.diagnosis.hints,
      }));
      if (json) {
        invocation.stdout.write(`${JSON.stringify(rows)}\n`);
        return 0;
      }
      for (const row of rows) {
        invocation.stdout.write(
          `${row.receivedAt}  ${row.endpoint}  ${row.statusCode} ${row.code}\n`,
        );
        for (const hint of row.hints) {
          invocation.stdout.write(`    ${hint}\n`);
        }
      }
      return 0;
    }

    const rows = repository.list({ endpoint, limit }).map((event) => ({
      seq: event.seq,
      endpoint: event.endpoint,
      provider: event.provider,
      eventId: event.eventId,
      eventType: event.eventType,
      status: event.status,
      receivedAt: new Date(event.receivedAt).toISOString(),
    }));
    if (json) {
      invocation.stdout.write(`${JSON.stringify(rows)}\n`);
      return 0;
    }
    if (rows.length === 0) {
      invocation.stdout.write('no webhook events stored\n');
    }
    for (const row of rows) {
      invocation.stdout.write(
        `${String(row.seq).padStart(6)}  ${row.receivedAt}  ${row.endpoint}  ${row.eventType}  ${row.eventId}  ${row.status}\n`,
      );
    }
    return 0;
  },
};
