import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HandoffTarget, Route } from '../../../src/captain/routingTypes';

/** One labelled request: the route and hand-off a senior engineer would pick. */
export interface CorpusEntry {
  text: string;
  route: Route;
  handoff: HandoffTarget | null;
}

/** Reads test/fixtures/captainCorpus.jsonl (one JSON object per line). */
export function loadCaptainCorpus(): CorpusEntry[] {
  const path = join(__dirname, '..', '..', 'fixtures', 'captainCorpus.jsonl');
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as CorpusEntry);
}
