import type { CliCommand } from './cliCommand';
import { callCommand } from './commands/callCommand';
import { circuitsCommand } from './commands/circuitsCommand';
import { circuitsIsolateCommand } from './commands/circuitsIsolateCommand';
import { circuitsResetCommand } from './commands/circuitsResetCommand';
import { contractCheckCommand } from './commands/contractCheckCommand';
import { contractDiffCommand } from './commands/contractDiffCommand';
import { contractValidateCommand } from './commands/contractValidateCommand';
import { doctorCommand } from './commands/doctorCommand';
import { oauthLoginCommand } from './commands/oauthLoginCommand';
import { oauthLogoutCommand } from './commands/oauthLogoutCommand';
import { oauthRefreshCommand } from './commands/oauthRefreshCommand';
import { oauthStatusCommand } from './commands/oauthStatusCommand';
import { oauthTokenCommand } from './commands/oauthTokenCommand';
import { routeCommand } from './commands/routeCommand';

/**
 * Every verb of the `captain` command, in the order `captain --help` lists them. A verb of two
 * words (`webhooks listen`) is matched before a verb of one.
 */
export const commandTable: readonly CliCommand[] = [
  routeCommand,
  contractValidateCommand,
  contractDiffCommand,
  contractCheckCommand,
  callCommand,
  circuitsCommand,
  circuitsResetCommand,
  circuitsIsolateCommand,
  oauthLoginCommand,
  oauthStatusCommand,
  oauthTokenCommand,
  oauthRefreshCommand,
  oauthLogoutCommand,
  doctorCommand,
];
