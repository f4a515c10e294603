import * as path from 'node:path';
import { isCaptainError } from '../../engine/errors';
import { diffSpecs } from '../../engine/contracts/specDiff';
import { loadSpecSource, parseSpecSource } from '../../engine/contracts/specSource';
import { UsageError, type CliCommand } from '../cliCommand';

/**
 * `captain contract diff <base> <head> [--json]`: lists the changes from base to head. Each side
 * is a file or `<git-ref>:<path>`. Exit 0 when nothing breaks, 1 when something does, 2 on bad
 * input (unreadable file, bad ref, a side that is not a spec).
 */
export const contractDiffCommand: CliCommand = {
  name: 'contract diff',
  summary: 'List breaking and non-breaking changes between two versions of a spec',
  usage:
    'captain contract diff <base> <head> [--json]   (a side is a file or <git-ref>:<path>, e.g. HEAD:openapi.yaml)',
  options: {
    json: { type: 'boolean', description: 'print one JSON object' },
    workspace: {
      type: 'string',
      description: 'folder git runs in and paths are relative to (default: current folder)',
    },
  },
  async run(invocation) {
    const [baseArgument, headArgument] = invocation.positionals;
    if (
      baseArgument === undefined ||
      headArgument === undefined ||
      invocation.positionals.length > 2
    ) {
      throw new UsageError(
        `expected <base> <head>, got ${invocation.positionals.length} argument(s)`,
      );
    }

    const workspaceFolder =
      typeof invocation.values.workspace === 'string'
        ? path.resolve(invocation.values.workspace)
        : process.cwd();
    const base = parseSpecSource(baseArgument, workspaceFolder);
    const head = parseSpecSource(headArgument, workspaceFolder);
    let specs;
    try {
      specs = await Promise.all([
        loadSpecSource(base, workspaceFolder),
        loadSpecSource(head, workspaceFolder),
      ]);
    } catch (error) {
      if (!isCaptainError(error)) {
        throw error;
      }
      invocation.stderr.write(`captain: ${error.message}\n`);
      return 2;
    }
    const unusable = specs.find(
      (spec) =>
        spec.kind === 'unknown' ||
        spec.kind === 'json-schema' ||
        spec.loadProblems().some((p) => p.code === 'parse' && p.severity === 'error'),
    );
    if (unusable !== undefined) {
      invocation.stderr.write(
        `captain: ${path.relative(workspaceFolder, unusable.entry)} is not a readable OpenAPI or Swagger document\n`,
      );
      return 2;
    }

    const result = diffSpecs(specs[0], specs[1]);
    const label = (side: 'base' | 'head', file: string): string => {
      const source = side === 'base' ? base : head;
      const relative = path.relative(workspaceFolder, file) || file;
      return source.gitRef === undefined ? relative : `${source.gitRef}:${relative}`;
    };
    if (invocation.values.json === true) {
      const changes = result.changes.map((change) => ({
        ...change,
        location: { ...change.location, file: label(change.location.side, change.location.file) },
      }));
      invocation.stdout.write(
        JSON.stringify({
          base: base.label,
          head: head.label,
          breaking: result.breaking,
          nonBreaking: result.nonBreaking,
          changes,
        }) + '\n',
      );
    } else {
      for (const change of result.changes) {
        const where = `${label(change.location.side, change.location.file)}:${change.location.line}:${change.location.column}`;
        const operations = change.operations.length > 0 ? ` (${change.operations.join(', ')})` : '';
        invocation.stdout.write(
          `${where}: ${change.level} ${change.rule}: ${change.message}${operations}\n`,
        );
      }
      invocation.stdout.write(
        `${result.breaking} breaking, ${result.nonBreaking} non-breaking change(s)\n`,
      );
    }
    return result.breaking > 0 ? 1 : 0;
  },
};
