import path from 'node:path';
import { parseArgs } from 'node:util';
import { configFileName } from '../engine/config/captainConfig';
import { ConfigError } from '../engine/config/configLoader';
import { environmentSecretSource } from '../engine/config/secretReferences';
import type { EngineContext } from '../engine/engineContext';
import { EngineRuntime } from '../engine/engineRuntime';
import { describeError, isCaptainError } from '../engine/errors';
import { resolveStorePath } from '../engine/store/storePaths';
import { UsageError, type CliCommand, type CliInvocation, type CliOptions } from './cliCommand';

/** Flags every verb accepts. */
export const globalOptions: CliOptions = {
  help: { type: 'boolean', short: 'h', description: 'show help' },
  version: { type: 'boolean', short: 'V', description: 'print the version' },
  json: { type: 'boolean', description: 'machine-readable output on stdout' },
  db: { type: 'string', description: 'SQLite store (default <workspace>/.captain/captain.db)' },
  config: { type: 'string', description: `config file (default <workspace>/${configFileName})` },
  workspace: {
    type: 'string',
    short: 'C',
    description: 'workspace folder (default: current folder)',
  },
  verbose: { type: 'boolean', short: 'v', description: 'log debug lines to stderr' },
};

/** Streams and environment of one CLI run; tests pass their own. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly version: string;
  /** Resolves on Ctrl-C or SIGTERM. */
  readonly interrupted: Promise<void>;
}

/**
 * Runs one `captain` invocation against a command table.
 * @returns the exit code: 0 ok, 1 failed, 2 bad usage or bad input.
 */
export async function runCli(
  argv: string[],
  commands: readonly CliCommand[],
  io: CliIo,
): Promise<number> {
  const command = selectCommand(argv, commands);
  if (!command) {
    return handleTopLevel(argv, commands, io);
  }

  const wordCount = command.name.split(' ').length;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv.slice(wordCount),
      options: { ...globalOptions, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.stderr.write(`captain ${command.name}: ${describeError(error)}\nusage: ${command.usage}\n`);
    return 2;
  }

  if (parsed.values.help) {
    io.stdout.write(commandHelp(command));
    return 0;
  }

  if (parsed.values.version) {
    io.stdout.write(`${io.version}\n`);
    return 0;
  }

  let runtime: EngineRuntime | undefined;
  const values = parsed.values as CliInvocation['values'];
  const invocation: CliInvocation = {
    positionals: parsed.positionals,
    values,
    stdin: io.stdin,
    stdout: io.stdout,
    stderr: io.stderr,
    interrupted: io.interrupted,
    engine: async (): Promise<EngineContext> => {
      runtime ??= openRuntime(values, io);
      return runtime.context;
    },
  };

  try {
    return await command.run(invocation);
  } catch (error) {
    return reportFailure(error, command, io);
  } finally {
    await runtime?.dispose();
  }
}

function openRuntime(values: CliInvocation['values'], io: CliIo): EngineRuntime {
  const workspaceFolder = path.resolve(io.cwd, stringValue(values.workspace) ?? '.');
  const verbose = values.verbose === true;
  return EngineRuntime.open({
    workspaceFolder,
    storePath: resolveStorePath(workspaceFolder, stringValue(values.db)),
    configFile: path.resolve(workspaceFolder, stringValue(values.config) ?? configFileName),
    secrets: environmentSecretSource(io.env),
    env: io.env,
    log: (level, component, message) => {
      if (verbose || level === 'info' || level === 'warn' || level === 'error') {
        io.stderr.write(`[${component}] ${message}\n`);
      }
    },
  });
}

function reportFailure(error: unknown, command: CliCommand, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr.write(`captain ${command.name}: ${error.message}\nusage: ${command.usage}\n`);
    return 2;
  }
  if (error instanceof ConfigError) {
    io.stderr.write(`${error.message}\n`);
    return 2;
  }
  if (isCaptainError(error)) {
    io.stderr.write(`captain ${command.name}: ${error.message}\n`);
    return 1;
  }
  io.stderr.write(
    `captain ${command.name}: unexpected failure: ${(error as Error)?.stack ?? String(error)}\n`,
  );
  return 1;
}

function selectCommand(argv: string[], commands: readonly CliCommand[]): CliCommand | undefined {
  const words = argv.filter((arg) => !arg.startsWith('-'));
  const byLength = [...commands].sort(
    (a, b) => b.name.split(' ').length - a.name.split(' ').length,
  );
  return byLength.find((command) => {
    const names = command.name.split(' ');
    return names.every((name, index) => argv[index] === name && words[index] === name);
  });
}

function handleTopLevel(argv: string[], commands: readonly CliCommand[], io: CliIo): number {
  if (argv.includes('--version') || argv.includes('-V')) {
    io.stdout.write(`${io.version}\n`);
    return 0;
  }
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    io.stdout.write(overallHelp(commands, io.version));
    return 0;
  }
  const group = commands.filter((command) => command.name.startsWith(`${argv[0]} `));
  if (group.length > 0) {
    io.stderr.write(
      `captain ${argv[0]}: expected one of: ${group.map((c) => c.name.split(' ')[1]).join(', ')}\n`,
    );
    return 2;
  }
  io.stderr.write(`captain: unknown command '${argv[0]}'; run 'captain --help' for the list\n`);
  return 2;
}

function overallHelp(commands: readonly CliCommand[], version: string): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    `captain ${version}: API Integration Captain, headless`,
    '',
    'usage: captain <command> [options]',
    '',
    'commands:',
    ...lines,
    '',
    'global options:',
    ...describeOptions(globalOptions),
    '',
    "Results go to stdout, logs to stderr. Exit 0 ok, 1 failed, 2 bad usage or input. 'captain <command> --help' for more.",
    '',
  ].join('\n');
}

function commandHelp(command: CliCommand): string {
  const own = describeOptions(command.options);
  return [
    `${command.summary}`,
    '',
    `usage: ${command.usage}`,
    ...(own.length > 0 ? ['', 'options:', ...own] : []),
    '',
    'global options:',
    ...describeOptions(globalOptions),
    '',
  ].join('\n');
}

function describeOptions(options: CliOptions): string[] {
  return Object.entries(options).map(([name, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : ''}--${name}${option.type === 'string' ? ' <value>' : ''}`;
    return `  ${flag.padEnd(28)} ${option.description ?? ''}`;
  });
}

function stringValue(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
