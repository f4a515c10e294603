import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { PayloadValidator, type PayloadTarget } from '../../engine/contracts/payloadValidator';
import { loadSpec } from '../../engine/contracts/specLoader';
import { isCaptainError } from '../../engine/errors';
import { UsageError, type CliCommand } from '../cliCommand';

/**
 * `captain contract check <payload.json> --spec <file> (--operation <id> [--status <code>|--request]
 * | --webhook <name> | --schema <ref>) [--json]`. Exit 0 valid, 1 invalid, 2 bad input.
 */
export const contractCheckCommand: CliCommand = {
  name: 'contract check',
  summary: 'Check a JSON payload against an operation, webhook or schema of a spec',
  usage:
    'captain contract check <payload.json> --spec <file> (--operation <id|"METHOD /path"> [--status <code>|--request] | --webhook <name> | --schema <ref>) [--json]',
  options: {
    spec: { type: 'string', description: 'the spec file' },
    operation: { type: 'string', description: 'operationId or "METHOD /path"' },
    status: { type: 'string', description: 'response status (default: the first 2xx)' },
    request: { type: 'boolean', description: 'check the request body instead of a response' },
    webhook: { type: 'string', description: 'a name in the webhooks section' },
    schema: { type: 'string', description: 'a schema reference like #/components/schemas/User' },
    json: { type: 'boolean', description: 'print one JSON object' },
  },
  async run(invocation) {
    const [payloadFile] = invocation.positionals;
    const { spec, operation, status, request, webhook, schema, json } = invocation.values;
    if (payloadFile === undefined || typeof spec !== 'string') {
      throw new UsageError('expected <payload.json> and --spec <file>');
    }
    const chosen = [operation, webhook, schema].filter((v) => typeof v === 'string').length;
    if (chosen !== 1) {
      throw new UsageError(
        `expected exactly one of --operation, --webhook, --schema, got ${chosen}`,
      );
    }

    const target: PayloadTarget =
      typeof operation === 'string'
        ? {
            kind: 'operation',
            operation,
            direction: request === true ? 'request' : 'response',
            status: typeof status === 'string' ? status : undefined,
          }
        : typeof webhook === 'string'
          ? { kind: 'webhook', name: webhook }
          : { kind: 'schema', ref: String(schema) };
    let payload: unknown;
    try {
      payload = JSON.parse(await readFile(path.resolve(payloadFile), 'utf8'));
    } catch (error) {
      invocation.stderr.write(
        `captain: cannot read ${payloadFile} as JSON: ${(error as Error).message}\n`,
      );
      return 2;
    }
    try {
      const validator = new PayloadValidator(await loadSpec(spec));
      const result = validator.check(target, payload);
      if (json === true) {
        invocation.stdout.write(JSON.stringify(result) + '\n');
      } else {
        for (const problem of result.problems) {
          invocation.stdout.write(`${payloadFile}: ${problem.message}\n`);
        }
        invocation.stdout.write(
          `${result.valid ? 'valid' : 'invalid'} against ${result.against}\n`,
        );
      }
      return result.valid ? 0 : 1;
    } catch (error) {
      if (!isCaptainError(error)) {
        throw error;
      }
      invocation.stderr.write(`captain: ${error.message}\n`);
      return 2;
    }
  },
};
