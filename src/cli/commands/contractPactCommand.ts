import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { ContractsError } from '../../engine/contracts/contractsError';
import { checkPact } from '../../engine/contracts/pactChecker';
import { readPact } from '../../engine/contracts/pactFile';
import { PayloadValidator } from '../../engine/contracts/payloadValidator';
import { loadSpec } from '../../engine/contracts/specLoader';
import { isCaptainError } from '../../engine/errors';
import { UsageError, type CliCommand } from '../cliCommand';

/**
 * `captain contract pact <pact.json…> --spec <file> [--json]`: checks each interaction of Pact
 * files (v2/v3) against the provider's spec. Exit 0 when all match, 1 when one does not, 2 on
 * bad input (unreadable spec or pact, not a pact).
 */
export const contractPactCommand: CliCommand = {
  name: 'contract pact',
  summary: "Check consumer Pact files (v2/v3) against the provider's spec",
  usage: 'captain contract pact <pact.json…> --spec <file> [--json]',
  options: {
    spec: { type: 'string', description: "the provider's spec file" },
    json: { type: 'boolean', description: 'print one JSON object' },
  },
  async run(invocation) {
    const { spec, json } = invocation.values;
    if (invocation.positionals.length === 0 || typeof spec !== 'string') {
      throw new UsageError('expected <pact.json…> and --spec <file>');
    }

    try {
      const validator = new PayloadValidator(await loadSpec(spec));
      const pacts = [];
      for (const file of invocation.positionals) {
        const pact = readPact(await readPactText(file), file);
        pacts.push({ file, ...checkPact(pact, validator) });
      }
      if (json === true) {
        invocation.stdout.write(
          JSON.stringify({ spec, valid: pacts.every((p) => p.valid), pacts }) + '\n',
        );
      } else {
        for (const pact of pacts) {
          for (const interaction of pact.interactions) {
            for (const problem of interaction.problems) {
              invocation.stdout.write(
                `${pact.file}: interaction ${interaction.index + 1} "${interaction.description}" (${interaction.request} → ${interaction.status}): ${problem.part} ${problem.message}\n`,
              );
            }
          }
          const failed = pact.interactions.filter((i) => !i.valid).length;
          invocation.stdout.write(
            `${pact.file}: ${pact.consumer} → ${pact.provider}, ${pact.interactions.length} interaction(s), ${failed} failing\n`,
          );
        }
      }
      return pacts.every((p) => p.valid) ? 0 : 1;
    } catch (error) {
      if (!isCaptainError(error)) {
        throw error;
      }
      invocation.stderr.write(`captain: ${error.message}\n`);
      return 2;
    }
  },
};

async function readPactText(file: string): Promise<string> {
  try {
    return await readFile(path.resolve(file), 'utf8');
  } catch (error) {
    throw new ContractsError('contracts.read', `cannot read pact ${file}: check the path exists`, {
      cause: error,
    });
  }
}
