import type { EngineContext } from '../engineContext';
import type { ContractsEventDriftItem } from './contractsProtocol';
import type { ContractsService } from './contractsService';
import {
  EventDriftRepository,
  type CapturedEvent,
  type EventDriftRecord,
  type NewEventDrift,
} from './eventDriftRepository';
import { jsonPointer } from './jsonPointer';
import type { LoadedSpec } from './loadedSpec';
import { splitRef } from './refTarget';
import { checkWebhookEvent } from './webhookEventChecker';

/** Events read from the webhooks store per batch (one transaction each). */
const eventsPerBatch = 200;
/** Most events one catch-up checks; the rest wait for the next request. */
const maxEventsPerCatchUp = 20_000;
/** Longest one catch-up runs before answering with what it has, in ms. */
const catchUpBudgetMs = 10_000;
/** Most drifting events one listing returns. */
export const maxDriftListed = 1000;

const cursorKey = 'eventDrift.seq';
const stampKey = 'eventDrift.stamp';

/**
 * Checks captured webhook events (read from the webhooks store, never written) against the
 * workspace's specs and keeps the drifting ones in `contract_event_drift`, so the Webhooks and
 * Contracts views read the same results. The engine cannot subscribe to new events, so work is
 * lazy: each request first checks the events captured since the last one (by seq), and checks
 * everything again when a spec or `contracts.webhookSchemas` changed. Catch-ups run one at a
 * time; a change of the drifting set is announced on topic `contracts` (reason `eventDrift`).
 */
export class EventDriftChecker {
  private readonly repository: EventDriftRepository;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly context: Pick<EngineContext, 'store' | 'now' | 'notify' | 'log'>,
    private readonly service: Pick<
      ContractsService,
      'loadedSpecs' | 'webhookSchemaRefs' | 'validatorOfSpec' | 'relative'
    >,
  ) {
    this.repository = new EventDriftRepository(context.store.db);
  }

  /**
   * The drift of the named events (natural keys `api:webhook:{event_type}:{id}`): only drifting
   * ones are in the result, with the spec (workspace-relative) and the problems in words.
   * @throws {TypeError} when `keys` is not an array of strings.
   */
  async driftOf(
    keys: readonly string[],
  ): Promise<Record<string, { spec: string; problems: string[] }>> {
    if (!Array.isArray(keys) || keys.some((key) => typeof key !== 'string')) {
      throw new TypeError(`expected keys as an array of strings, got ${JSON.stringify(keys)}`);
    }

    const result: Record<string, { spec: string; problems: string[] }> = {};
    if (keys.length === 0) {
      return result;
    }
    await this.catchUp(keys);
    for (const record of this.repository.driftOf([...new Set(keys)])) {
      result[record.key] = { spec: this.service.relative(record.spec), problems: record.problems };
    }
    return result;
  }

  /** Every drifting captured event, newest first, at most `limit` (default and cap 1000). */
  async list(limit = maxDriftListed): Promise<ContractsEventDriftItem[]> {
    await this.catchUp([]);
    const capped = Math.max(1, Math.min(maxDriftListed, Math.floor(limit)));
    return this.repository.listDrift(capped).map((record) => this.item(record));
  }

  /** Runs a catch-up after any running one; `keys` beyond what it reached are checked alone. */
  private catchUp(keys: readonly string[]): Promise<void> {
    const next = this.queue.then(() => this.catchUpNow(keys));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async catchUpNow(keys: readonly string[]): Promise<void> {
    const { stamp: specsStamp, specs } = await this.service.loadedSpecs();
    const schemas = this.service.webhookSchemaRefs();
    const stamp = `${specsStamp}|${JSON.stringify(schemas)}`;
    let changed = false;
    if (this.repository.meta(stampKey) !== stamp) {
      changed = this.repository.listDrift(1).length > 0;
      this.repository.transaction(() => {
        this.repository.clear();
        this.repository.setMeta(stampKey, stamp);
        this.repository.setMeta(cursorKey, '0');
      });
    }

    const check = (event: CapturedEvent): boolean => this.checkOne(event, specs, schemas);
    let cursor = Number(this.repository.meta(cursorKey) ?? '0');
    const started = this.context.now();
    let checked = 0;
    while (checked < maxEventsPerCatchUp && this.context.now() - started < catchUpBudgetMs) {
      const events = this.repository.eventsAfter(cursor, eventsPerBatch);
      if (events.length === 0) {
        break;
      }

      cursor = events[events.length - 1]!.seq;
      const last = cursor;
      changed =
        this.repository.transaction(() => {
          const drifted = events.map(check).some(Boolean);
          this.repository.setMeta(cursorKey, String(last));
          return drifted;
        }) || changed;
      checked += events.length;
      // Let other requests through between batches of a long catch-up.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const behind = this.repository.eventsByKey(keys).filter((event) => event.seq > cursor);
    this.repository.transaction(() => behind.forEach(check));
    if (checked > 0) {
      this.context.log(
        'debug',
        'Contracts',
        `checked ${checked} captured webhook event(s) for drift`,
      );
    }
    if (changed) {
      this.context.notify({ topic: 'contracts', reason: 'eventDrift' });
    }
  }

  /** Checks one event and stores the outcome; true when it drifts. */
  private checkOne(
    event: CapturedEvent,
    specs: readonly LoadedSpec[],
    schemas: Record<string, string>,
  ): boolean {
    const payload = parsePayload(event.payload);
    if (payload === undefined) {
      // Not JSON (nor a form-encoded JSON `payload`): nothing a JSON schema could say about it.
      this.repository.record(event.key, undefined);
      return false;
    }

    let drift: NewEventDrift | undefined;
    try {
      const outcome = checkWebhookEvent(event.eventType, payload, specs, schemas, (spec) =>
        this.service.validatorOfSpec(spec),
      );
      if (outcome.matched !== undefined && outcome.spec !== undefined && !outcome.valid) {
        const spec = specs.find((s) => s.entry === outcome.spec)!;
        drift = {
          ...this.placed(event, spec, outcome.matched),
          problems: outcome.problems.map((p) => p.message),
        };
      }
    } catch (error) {
      // A configured schema that is missing or does not compile: say so on the event.
      const spec = specs[0];
      if (spec !== undefined) {
        drift = {
          ...this.placed(event, spec, event.eventType),
          problems: [`cannot check: ${(error as Error).message}`],
        };
      }
    }
    this.repository.record(event.key, drift);
    return drift !== undefined;
  }

  /** The row of a drifting event, placed at its webhooks entry or configured schema. */
  private placed(
    event: CapturedEvent,
    spec: LoadedSpec,
    matched: string,
  ): Omit<NewEventDrift, 'problems'> {
    const isRef = matched.includes('#');
    const { file, pointer } = isRef
      ? splitRef(matched, spec.entry)
      : { file: spec.entry, pointer: jsonPointer.compile(['webhooks', matched]) };
    const place = spec.files.has(file) ? spec.locate(file, pointer) : { line: 1 };
    return {
      key: event.key,
      seq: event.seq,
      eventType: event.eventType,
      spec: spec.entry,
      matched,
      file: spec.files.has(file) ? file : spec.entry,
      line: place.line,
      checkedAt: this.context.now(),
    };
  }

  private item(record: EventDriftRecord): ContractsEventDriftItem {
    return { ...record, specRelative: this.service.relative(record.spec) };
  }
}

/** The JSON of a captured payload; GitHub's form-encoded deliveries carry it in `payload=`. */
function parsePayload(bytes: Buffer | Uint8Array): unknown {
  const text = Buffer.from(bytes).toString('utf8').trim();
  try {
    if (text.startsWith('{') || text.startsWith('[')) {
      return JSON.parse(text) as unknown;
    }
    const form = new URLSearchParams(text).get('payload');
    return form === null ? undefined : (JSON.parse(form) as unknown);
  } catch {
    return undefined;
  }
}
