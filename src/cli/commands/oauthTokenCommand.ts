import type { CliCommand } from '../cliCommand';
import { cliOAuthService, providerArgument } from './oauthLoginCommand';

/**
 * `captain oauth token <provider>`: prints the access token to stdout, refreshing it first when it
 * expires within the provider's skew (default 300 s). The only place Captain prints a token; use
 * it in a pipe (`curl -H "Authorization: Bearer $(captain oauth token github)"`).
 * Exit 1 when not connected or the refresh fails (`invalid_grant` deletes the connection).
 */
export const oauthTokenCommand: CliCommand = {
  name: 'oauth token',
  summary: 'Print a fresh access token (refreshing first when due)',
  usage: 'captain oauth token <provider>',
  options: {},
  async run(invocation) {
    const provider = providerArgument(invocation);
    const service = cliOAuthService(await invocation.engine());

    const token = await service.accessToken(provider);

    invocation.stdout.write(`${token}\n`);
    return 0;
  },
};
