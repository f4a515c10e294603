import * as path from 'node:path';
import { discoverSpecs, defaultSpecGlobs } from '../../engine/contracts/specDiscovery';
import { validateSpec } from '../../engine/contracts/specValidator';
import { formatProblem } from '../../engine/contracts/specTypes';
import { isCaptainError } from '../../engine/errors';
import type { CliCommand } from '../cliCommand';

/**
 * `captain contract validate [paths…] [--json]`: validates specs (given, or found by the
 * `contracts.specs` globs or the defaults) and prints `file:line:col: severity message`.
 * Exit 0 when no errors, 1 when a spec has errors, 2 when a named file cannot be read.
 */
export const contractValidateCommand: CliCommand = {
  name: 'contract validate',
  summary: 'Validate OpenAPI/Swagger specs against the official schemas and check every $ref',
  usage: 'captain contract validate [paths…] [--json]',
  options: { json: { type: 'boolean', description: 'print one JSON object' } },
  async run(invocation) {
    let workspaceFolder = process.cwd();
    let files = invocation.positionals.map((file) => path.resolve(workspaceFolder, file));
    if (files.length === 0) {
      // Discovery follows the engine's workspace and config, like the editor does.
      const engine = await invocation.engine();
      workspaceFolder = engine.workspaceFolder;
      files = await discoverSpecs(
        workspaceFolder,
        engine.config().contracts?.specs ?? defaultSpecGlobs,
      );
      invocation.stderr.write(`captain: ${files.length} spec(s) found\n`);
    }

    let failed = false;
    let unreadable = false;
    const results = [];
    for (const file of files) {
      try {
        const result = await validateSpec(file);
        failed ||= !result.valid;
        results.push({
          file: path.relative(workspaceFolder, file),
          kind: result.spec.kind,
          valid: result.valid,
          durationMs: result.durationMs,
          problems: result.problems.map((p) => ({
            ...p,
            file: path.relative(workspaceFolder, p.file),
          })),
        });
      } catch (error) {
        if (!isCaptainError(error)) {
          throw error;
        }
        unreadable = true;
        invocation.stderr.write(`captain: ${error.message}\n`);
      }
    }
    if (invocation.values.json === true) {
      invocation.stdout.write(JSON.stringify({ specs: results }) + '\n');
    } else {
      for (const result of results) {
        for (const problem of result.problems) {
          invocation.stdout.write(formatProblem(problem) + '\n');
        }
        invocation.stdout.write(
          `${result.file}: ${result.valid ? 'valid' : 'invalid'} ${result.kind} (${result.problems.length} problem(s), ${result.durationMs} ms)\n`,
        );
      }
    }
    return unreadable ? 2 : failed ? 1 : 0;
  },
};
