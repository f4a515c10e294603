import type { CliCommand } from './cliCommand';
import { doctorCommand } from './commands/doctorCommand';

/**
 * Every verb of the `captain` command, in the order `captain --help` lists them. A verb of two
 * words (`webhooks listen`) is matched before a verb of one.
 */
export const commandTable: readonly CliCommand[] = [doctorCommand];
