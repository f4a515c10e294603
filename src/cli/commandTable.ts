import type { CliCommand } from './cliCommand';
import { callCommand } from './commands/callCommand';
import { circuitsCommand } from './commands/circuitsCommand';
import { circuitsIsolateCommand, circuitsResetCommand } from './commands/circuitActionCommand';
import { contractCheckCommand } from './commands/contractCheckCommand';
import { contractDiffCommand } from './commands/contractDiffCommand';
import { contractDriftCommand } from './commands/contractDriftCommand';
import { contractPactCommand } from './commands/contractPactCommand';
import { contractValidateCommand } from './commands/contractValidateCommand';
import { doctorCommand } from './commands/doctorCommand';
import { oauthLoginCommand } from './commands/oauthLoginCommand';
import { oauthLogoutCommand } from './commands/oauthLogoutCommand';
import { oauthRefreshCommand } from './commands/oauthRefreshCommand';
import { oauthStatusCommand } from './commands/oauthStatusCommand';
import { oauthTokenCommand } from './commands/oauthTokenCommand';
import { routeCommand } from './commands/routeCommand';
import { stripeEventsCommand } from './commands/stripeEventsCommand';
import { stripePaymentIntentCreateCommand } from './commands/stripePaymentIntentCreateCommand';
import { stripeRefundCommand } from './commands/stripeRefundCommand';
import { stripeResendCommand } from './commands/stripeResendCommand';
import { webhooksListCommand } from './commands/webhooksListCommand';
import { webhooksListenCommand } from './commands/webhooksListenCommand';
import { webhooksReplayCommand } from './commands/webhooksReplayCommand';
import { webhooksTriggerCommand } from './commands/webhooksTriggerCommand';

/**
 * Every verb of the `captain` command, in the order `captain --help` lists them. A verb of two
 * words (`webhooks listen`) is matched before a verb of one.
 */
export const commandTable: readonly CliCommand[] = [
  routeCommand,
  webhooksListenCommand,
  webhooksListCommand,
  webhooksReplayCommand,
  webhooksTriggerCommand,
  contractValidateCommand,
  contractDiffCommand,
  contractCheckCommand,
  contractPactCommand,
  contractDriftCommand,
  callCommand,
  circuitsCommand,
  circuitsResetCommand,
  circuitsIsolateCommand,
  stripeEventsCommand,
  stripeResendCommand,
  stripePaymentIntentCreateCommand,
  stripeRefundCommand,
  oauthLoginCommand,
  oauthStatusCommand,
  oauthTokenCommand,
  oauthRefreshCommand,
  oauthLogoutCommand,
  doctorCommand,
];
