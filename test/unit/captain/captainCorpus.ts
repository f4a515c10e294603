import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HandoffTarget, Route } from '../../../src/captain/routingTypes';

/** One labelled request: the route and hand-off a senior engineer would pick. */
export interface CorpusEntry {
  text: string;
  route: Route;
  handoff: HandoffTarget | null;
}

/** Reads a JSON-lines file of labelled requests from test/fixtures. */
function loadLabelled(fileName: string): CorpusEntry[] {
  const path = join(__dirname, '..', '..', 'fixtures', fileName);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as CorpusEntry);
}

/** Reads test/fixtures/captainCorpus.jsonl, the corpus the lexicon is tuned on. */
export function loadCaptainCorpus(): CorpusEntry[] {
  return loadLabelled('captainCorpus.jsonl');
}

/**
 * Reads test/fixtures/captainHeldOut.jsonl: requests written before the lexicon was last tuned
 * and never tuned on, so its accuracy estimates how the router does on requests it has not seen.
 */
export function loadCaptainHeldOut(): CorpusEntry[] {
  return loadLabelled('captainHeldOut.jsonl');
}
