import fs from 'node:fs/promises';
import { describeError, isCaptainError } from '../../engine/errors';
import { OAuthAccessTokenSource } from '../../engine/connectors/oauthAccessTokenSource';
import { keyFileVaultKeySource } from '../../engine/oauth/keyFileVaultKeySource';
import { ResilienceRuntime } from '../../engine/resilience/resilienceRuntime';
import { UsageError, type CliCommand, type CliInvocation } from '../cliCommand';

/** `captain call <service> <METHOD> <path>`: one call through the service's policies and auth. */
export const callCommand: CliCommand = {
  name: 'call',
  summary: 'Call a configured service through its resilience policies',
  usage:
    'captain call <service> <METHOD> <path> [--data @file|json] [--header k:v]... [--call-id ID] [--idempotency-key KEY] [--json]',
  options: {
    'call-id': {
      type: 'string',
      description:
        'id of this logical call: a re-run with the same id (after a crash) sends the same idempotency key',
    },
    'idempotency-key': {
      type: 'string',
      description: 'idempotency key to send (and keep on every retry) instead of a generated one',
    },
    data: { type: 'string', description: 'request body: JSON text, or @file to read it' },
    header: { type: 'string', multiple: true, description: 'extra request header as name:value' },
    json: { type: 'boolean', description: 'print one JSON object' },
  },
  async run(invocation: CliInvocation): Promise<number> {
    const [service, method, path] = invocation.positionals;
    if (!service || !method || !path) {
      throw new UsageError('expected <service> <METHOD> <path>');
    }

    const headers = parseHeaders(invocation.values.header);
    const body = await readBody(invocation.values.data);
    const engine = await invocation.engine();
    // The key file is read only when the service's auth is OAuth.
    const accessTokens = OAuthAccessTokenSource.forContext(engine, () =>
      keyFileVaultKeySource({ env: engine.env }),
    );
    const runtime = new ResilienceRuntime(engine, { accessTokens });
    try {
      const response = await runtime.http.call({
        service,
        method,
        path,
        headers,
        body,
        callId: optionalString(invocation.values['call-id']),
        idempotencyKey: optionalString(invocation.values['idempotency-key']),
      });
      if (invocation.values.json) {
        invocation.stdout.write(`${JSON.stringify(response)}\n`);
      } else {
        invocation.stdout.write(
          `${response.status} ${response.endpoint} (${response.latencyMs.toFixed(0)} ms, ${response.attempts} attempt(s), ${response.outcome})\n`,
        );
        for (const name of ['content-type', 'retry-after', 'x-ratelimit-remaining', 'request-id']) {
          if (response.headers[name] !== undefined) {
            invocation.stdout.write(`${name}: ${response.headers[name]}\n`);
          }
        }
        const text =
          typeof response.body === 'string'
            ? response.body
            : JSON.stringify(response.body, null, 2);
        invocation.stdout.write(`\n${text}\n`);
      }
      return response.status < 400 && response.outcome === 'success' ? 0 : 1;
    } catch (error) {
      if (!isCaptainError(error)) {
        throw error;
      }
      if (invocation.values.json) {
        invocation.stdout.write(
          `${JSON.stringify({ error: { code: error.code, message: error.message } })}\n`,
        );
      }
      invocation.stderr.write(`captain call: ${describeError(error)}\n`);
      return 1;
    } finally {
      runtime.dispose();
    }
  },
};

function optionalString(value: unknown): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UsageError(`expected a non-empty value, got ${JSON.stringify(value)}`);
  }
  return value;
}

function parseHeaders(values: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const entry of (values as string[] | undefined) ?? []) {
    const colon = entry.indexOf(':');
    if (colon <= 0) {
      throw new UsageError(`expected --header name:value, got ${JSON.stringify(entry)}`);
    }
    headers[entry.slice(0, colon).trim()] = entry.slice(colon + 1).trim();
  }
  return headers;
}

async function readBody(value: unknown): Promise<unknown> {
  if (typeof value !== 'string') {
    return undefined;
  }

  const text = value.startsWith('@') ? await fs.readFile(value.slice(1), 'utf8') : value;
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON: send it as given.
    return text;
  }
}
