import { ContractsError } from './contractsError';

/** One interaction of a Pact file, in one shape for v2 and v3. */
export interface PactInteraction {
  readonly description: string;
  readonly providerStates: string[];
  readonly request: {
    readonly method: string;
    readonly path: string;
    /** Query parameters by name; v2's query string is split into the same shape. */
    readonly query: Record<string, string[]>;
    /** Header names in lower case. */
    readonly headers: Record<string, string>;
    readonly body?: unknown;
    /** Body paths (JSON pointers, `*` for any array index) under a type-like matcher. */
    readonly looseBodyPaths: string[];
  };
  readonly response: {
    readonly status: number;
    readonly headers: Record<string, string>;
    readonly body?: unknown;
    readonly looseBodyPaths: string[];
  };
}

/** A Pact file read into {@link PactInteraction}s. */
export interface PactDocument {
  readonly consumer: string;
  readonly provider: string;
  /** `2.0.0`, `3.0.0`…; `unknown` when the metadata does not say. */
  readonly specification: string;
  readonly interactions: PactInteraction[];
}

type Json = Record<string, unknown>;

/** Matchers under which the example's type, not its exact value, is what the consumer relies on. */
const looseMatchers = new Set([
  'type',
  'integer',
  'decimal',
  'number',
  'boolean',
  'date',
  'time',
  'timestamp',
  'datetime',
]);

/**
 * Reads a Pact file (specification v2 or v3; v1.1 files read like v2).
 * @throws {ContractsError} `contracts.pact` when the text is not JSON or has no interactions list.
 */
export function readPact(text: string, file = 'pact'): PactDocument {
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch (error) {
    throw new ContractsError('contracts.pact', `${file} is not JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (root === null || typeof root !== 'object' || !Array.isArray(root.interactions)) {
    throw new ContractsError(
      'contracts.pact',
      `${file} is not a Pact file: it has no "interactions" list`,
    );
  }

  const metadata = (root.metadata ?? {}) as Json;
  const version = (metadata.pactSpecification ??
    metadata['pact-specification'] ??
    metadata.pactSpecificationVersion ??
    {}) as Json | string;
  const specification =
    typeof version === 'string' ? version : String(version.version ?? 'unknown');
  return {
    consumer: String((root.consumer as Json | undefined)?.name ?? ''),
    provider: String((root.provider as Json | undefined)?.name ?? ''),
    specification,
    interactions: (root.interactions as Json[]).map((item, index) =>
      interaction(item ?? {}, index),
    ),
  };
}

function interaction(item: Json, index: number): PactInteraction {
  const request = (item.request ?? {}) as Json;
  const response = (item.response ?? {}) as Json;
  const states = Array.isArray(item.providerStates)
    ? (item.providerStates as Json[]).map((state) => String(state?.name ?? ''))
    : typeof item.providerState === 'string'
      ? [item.providerState]
      : [];
  return {
    description: String(item.description ?? `interaction ${index + 1}`),
    providerStates: states,
    request: {
      method: String(request.method ?? 'GET').toUpperCase(),
      path: String(request.path ?? '/'),
      query: query(request.query),
      headers: headers(request.headers),
      ...('body' in request ? { body: request.body } : {}),
      looseBodyPaths: loosePaths(request.matchingRules),
    },
    response: {
      status: Number(response.status ?? 200),
      headers: headers(response.headers),
      ...('body' in response ? { body: response.body } : {}),
      looseBodyPaths: loosePaths(response.matchingRules),
    },
  };
}

function query(value: unknown): Record<string, string[]> {
  if (typeof value === 'string') {
    const result: Record<string, string[]> = {};
    for (const [name, item] of new URLSearchParams(value)) {
      (result[name] ??= []).push(item);
    }
    return result;
  }

  if (value === null || typeof value !== 'object') {
    return {};
  }
  return Object.fromEntries(
    Object.entries(value as Json).map(([name, item]) => [
      name,
      Array.isArray(item) ? item.map(String) : [String(item)],
    ]),
  );
}

function headers(value: unknown): Record<string, string> {
  if (value === null || typeof value !== 'object') {
    return {};
  }

  return Object.fromEntries(
    Object.entries(value as Json).map(([name, item]) => [
      name.toLowerCase(),
      Array.isArray(item) ? item.join(', ') : String(item),
    ]),
  );
}

/**
 * Body paths under a loose matcher, as JSON pointers with `*` for `[*]`/`.*`. v2 keys are
 * `$.body.a[0].b`; v3 keys sit under `matchingRules.body` as `$.a[0].b` with a `matchers` list.
 */
function loosePaths(rules: unknown): string[] {
  if (rules === null || typeof rules !== 'object') {
    return [];
  }

  const record = rules as Json;
  const entries: [string, Json][] = [];
  if (record.body !== null && typeof record.body === 'object') {
    for (const [key, rule] of Object.entries(record.body as Json)) {
      entries.push([key, rule as Json]);
    }
  }
  for (const [key, rule] of Object.entries(record)) {
    if (key.startsWith('$.body')) {
      entries.push(['$' + key.slice('$.body'.length), rule as Json]);
    }
  }
  const result: string[] = [];
  for (const [key, rule] of entries) {
    const matchers = Array.isArray(rule?.matchers) ? (rule.matchers as Json[]) : [rule];
    if (matchers.some((matcher) => looseMatchers.has(String(matcher?.match ?? '')))) {
      result.push(pactPathToPointer(key));
    }
  }
  return result;
}

/** `$.items[*].id` or `$['a b'][0]` → `/items/*\/id`, `/a b/0`. */
export function pactPathToPointer(pactPath: string): string {
  const tokens: string[] = [];
  const pattern = /\.([^.[\]]+)|\[\s*'([^']*)'\s*\]|\[(\d+|\*)\]/g;
  for (const match of pactPath.replace(/^\$/, '').matchAll(pattern)) {
    tokens.push((match[1] ?? match[2] ?? match[3])!.replace(/~/g, '~0').replace(/\//g, '~1'));
  }
  return tokens.length === 0 ? '' : '/' + tokens.join('/');
}
