import { runCli } from './cliApp';
import { commandTable } from './commandTable';

declare const CAPTAIN_VERSION: string | undefined;

/** Entry of the `captain` command (bundled to dist/cli.js). */
async function main(): Promise<void> {
  let interrupt: () => void = () => undefined;
  const interrupted = new Promise<void>((resolve) => (interrupt = resolve));
  let interrupts = 0;
  const onSignal = () => {
    interrupts += 1;
    if (interrupts > 1) {
      process.exit(130);
    }
    interrupt();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const code = await runCli(process.argv.slice(2), commandTable, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    version: typeof CAPTAIN_VERSION === 'string' ? CAPTAIN_VERSION : '0.0.0-dev',
    interrupted,
  });
  process.exitCode = code;
  // Servers and timers are closed by the verbs; leave stdout to flush before exiting.
  process.stdout.write('', () => process.exit(code));
}

void main();
