import { describeExpiry, summarizeConnection } from '../../engine/oauth/connectionSummary';
import type { CliCommand } from '../cliCommand';
import { cliOAuthService, writeJsonLine } from './oauthLoginCommand';

/**
 * `captain oauth status`: the configured providers and their stored connections (subject, scopes,
 * expiry, last refresh, redirect-URI findings). Shows no token and needs no vault key.
 * With `--json`: `{"providers":[{"name","kind","publicClient","redirectFindings","connection"}]}`.
 */
export const oauthStatusCommand: CliCommand = {
  name: 'oauth status',
  summary: 'List OAuth providers and connections',
  usage: 'captain oauth status [--json]',
  options: { json: { type: 'boolean', description: 'print one JSON object' } },
  async run(invocation) {
    const engine = await invocation.engine();
    const service = cliOAuthService(engine);
    const connections = new Map(
      service.connections().map((connection) => [connection.provider, connection]),
    );
    const providers = service.providers().map((provider) => {
      const connection = connections.get(provider.name);
      return {
        ...provider,
        connection: connection === undefined ? null : summarizeConnection(connection, engine.now()),
      };
    });

    if (invocation.values.json === true) {
      writeJsonLine(invocation.stdout, { providers });
      return 0;
    }

    if (providers.length === 0) {
      invocation.stdout.write('no oauth providers in captain.config.json\n');
      return 0;
    }

    for (const provider of providers) {
      const connection = provider.connection;
      const state = connection
        ? `connected${connection.subject ? ` as ${connection.subject}` : ''}, ${describeExpiry(connection.expiresInSeconds)}, scopes: ${connection.scopes.join(' ') || '-'}${connection.lastRefreshAt ? `, refreshed ${new Date(connection.lastRefreshAt).toISOString()}` : ''}`
        : 'not connected';
      invocation.stdout.write(`${provider.name} (${provider.kind}): ${state}\n`);
      for (const finding of provider.redirectFindings.filter((item) => item.severity !== 'info')) {
        invocation.stdout.write(`  ${finding.severity}: ${finding.message}\n`);
      }
    }
    return 0;
  },
};
