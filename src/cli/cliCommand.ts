import type { EngineContext } from '../engine/engineContext';

/** What a CLI verb gets when it runs. Results go to `stdout`; logs and progress to `stderr`. */
export interface CliInvocation {
  readonly positionals: string[];
  readonly values: Record<string, string | boolean | string[] | undefined>;
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** Opens the engine (store, config, secrets) on first call; verbs that need no store never call it. */
  engine(): Promise<EngineContext>;
  /** Resolves when the user interrupts (Ctrl-C / SIGTERM); long-running verbs drain then return. */
  readonly interrupted: Promise<void>;
}

/** Option declarations in the shape of `util.parseArgs`. */
export type CliOptions = Record<
  string,
  { type: 'string' | 'boolean'; short?: string; multiple?: boolean; description?: string }
>;

/** One verb (or verb group, like `webhooks listen`) of the `captain` command. */
export interface CliCommand {
  /** Words that select it, like `route` or `webhooks listen`. */
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: CliOptions;
  /** @returns the exit code: 0 ok, 1 failed, 2 bad usage or bad input. */
  run(invocation: CliInvocation): Promise<number>;
}

/** Raised by a verb for bad usage; the CLI prints the message and the verb's usage, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
