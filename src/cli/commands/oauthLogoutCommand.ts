import type { CliCommand } from '../cliCommand';
import {
  cliOAuthService,
  providerArgument,
  reportOAuthFailure,
  writeJsonLine,
} from './oauthLoginCommand';

/**
 * `captain oauth logout <provider>`: revokes the refresh and access tokens at the provider
 * (RFC 7009), then deletes the connection. When revocation fails the connection is kept (exit 1)
 * unless `--force`, which forgets it locally anyway. With `--json`: `{"ok":true,"revoked":n}`.
 */
export const oauthLogoutCommand: CliCommand = {
  name: 'oauth logout',
  summary: 'Revoke and delete an OAuth connection',
  usage: 'captain oauth logout <provider> [--force] [--json]',
  options: {
    force: { type: 'boolean', description: 'delete locally even when revocation fails' },
    json: { type: 'boolean', description: 'print one JSON object' },
  },
  async run(invocation) {
    const provider = providerArgument(invocation);
    const service = cliOAuthService(await invocation.engine());
    try {
      const result = await service.disconnect(provider, {
        force: invocation.values.force === true,
      });
      if (invocation.values.json === true) {
        writeJsonLine(invocation.stdout, { ok: true, ...result });
      } else {
        invocation.stdout.write(
          `disconnected ${provider}: ${result.revoked} token(s) revoked${result.note ? ` (${result.note})` : ''}\n`,
        );
      }
      return 0;
    } catch (error) {
      return reportOAuthFailure(invocation, error);
    }
  },
};
