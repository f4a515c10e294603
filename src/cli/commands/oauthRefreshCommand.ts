import { describeExpiry, summarizeConnection } from '../../engine/oauth/connectionSummary';
import type { CliCommand } from '../cliCommand';
import {
  cliOAuthService,
  providerArgument,
  reportOAuthFailure,
  writeJsonLine,
} from './oauthLoginCommand';

/**
 * `captain oauth refresh <provider>`: refreshes now (client credentials: requests a new token) and
 * prints the new expiry. With `--json`: `{"ok":true,"connection":{…}}`. Exit 1 on failure.
 */
export const oauthRefreshCommand: CliCommand = {
  name: 'oauth refresh',
  summary: 'Refresh an OAuth connection now',
  usage: 'captain oauth refresh <provider> [--json]',
  options: { json: { type: 'boolean', description: 'print one JSON object' } },
  async run(invocation) {
    const provider = providerArgument(invocation);
    const engine = await invocation.engine();
    const service = cliOAuthService(engine);
    try {
      const summary = summarizeConnection(await service.refresh(provider), engine.now());
      if (invocation.values.json === true) {
        writeJsonLine(invocation.stdout, { ok: true, connection: summary });
      } else {
        invocation.stdout.write(
          `refreshed ${provider}: ${describeExpiry(summary.expiresInSeconds)}\n`,
        );
      }
      return 0;
    } catch (error) {
      return reportOAuthFailure(invocation, error);
    }
  },
};
