import { spawn } from 'node:child_process';
import { keyFileVaultKeySource } from '../../engine/oauth/keyFileVaultKeySource';
import { OAuthError, isOAuthError } from '../../engine/oauth/oauthError';
import { OAuthService } from '../../engine/oauth/oauthService';
import { describeExpiry, summarizeConnection } from '../../engine/oauth/connectionSummary';
import type { ConnectionMetadata } from '../../engine/oauth/connectionRepository';
import type { EngineContext } from '../../engine/engineContext';
import { UsageError, type CliCommand, type CliInvocation } from '../cliCommand';

const usage =
  'captain oauth login <provider> [--no-browser] [--device] [--client-credentials] [--json]';

/** The OAuth service of a CLI run: the key comes from `CAPTAIN_VAULT_KEY` or the user's key file. */
export function cliOAuthService(engine: EngineContext): OAuthService {
  return OAuthService.fromContext(engine, keyFileVaultKeySource({ env: engine.env }));
}

/** The one provider name a verb takes. @throws {UsageError} */
export function providerArgument(invocation: CliInvocation): string {
  const [provider, ...extra] = invocation.positionals;
  if (provider === undefined || extra.length > 0) {
    throw new UsageError(`expected one provider name, got ${invocation.positionals.length}`);
  }

  return provider;
}

/** Writes one line of JSON to `stream`. */
export function writeJsonLine(stream: NodeJS.WritableStream, value: unknown): void {
  stream.write(`${JSON.stringify(value)}\n`);
}

/**
 * With `--json`, reports an OAuth failure as the last stdout line `{"ok":false,"code","message"}`
 * and returns exit code 1; otherwise lets the CLI report it. Messages never contain a token.
 */
export function reportOAuthFailure(invocation: CliInvocation, error: unknown): number {
  if (invocation.values.json === true && isOAuthError(error)) {
    writeJsonLine(invocation.stdout, { ok: false, code: error.code, message: error.message });
    return 1;
  }

  throw error;
}

/**
 * `captain oauth login <provider>`: signs in and stores the connection encrypted.
 * Default: authorization code + PKCE through a loopback redirect on 127.0.0.1, opening the
 * browser unless `--no-browser`. `--device` uses the device grant, `--client-credentials` the
 * machine grant. With `--json` the first stdout line is `{"authorizationUrl"}` (or
 * `{"verificationUri","verificationUriComplete","userCode","expiresInSeconds"}`) and the last is
 * `{"ok":true,"connection":{…}}` or `{"ok":false,"code","message"}` (an unknown provider adds
 * `"error"`, the code again). Redirect-URI lint errors go to stderr before the browser opens.
 * Ctrl-C cancels.
 * Exit 0 connected, 1 failed, 2 bad usage or unknown provider.
 */
export const oauthLoginCommand: CliCommand = {
  name: 'oauth login',
  summary: 'Connect to an OAuth provider (browser, device code or client credentials)',
  usage,
  options: {
    'no-browser': { type: 'boolean', description: 'print the URL instead of opening a browser' },
    device: {
      type: 'boolean',
      description: 'use the device authorization grant (no loopback needed)',
    },
    'client-credentials': { type: 'boolean', description: 'use the client credentials grant' },
    json: { type: 'boolean', description: 'machine-readable output, one JSON object per line' },
  },
  async run(invocation) {
    const provider = providerArgument(invocation);
    const json = invocation.values.json === true;
    if (invocation.values.device === true && invocation.values['client-credentials'] === true) {
      throw new UsageError('choose --device or --client-credentials, not both');
    }

    const service = cliOAuthService(await invocation.engine());
    try {
      service.providerConfig(provider);
    } catch (error) {
      const failure = error as OAuthError;
      invocation.stderr.write(`captain oauth login: ${failure.message}\n`);
      if (json) {
        writeJsonLine(invocation.stdout, {
          ok: false,
          error: failure.code,
          code: failure.code,
          message: failure.message,
        });
      }
      return 2;
    }

    try {
      const connection = await login(invocation, service, provider, json);
      const summary = summarizeConnection(connection, Date.now());
      if (json) {
        writeJsonLine(invocation.stdout, { ok: true, connection: summary });
      } else {
        invocation.stdout.write(
          `connected to ${provider}${summary.subject ? ` as ${summary.subject}` : ''} (${summary.scopes.join(' ') || 'no scopes'}; ${describeExpiry(summary.expiresInSeconds)})\n`,
        );
      }
      return 0;
    } catch (error) {
      return reportOAuthFailure(invocation, error);
    }
  },
};

async function login(
  invocation: CliInvocation,
  service: OAuthService,
  provider: string,
  json: boolean,
): Promise<ConnectionMetadata> {
  const cancel = new AbortController();
  void invocation.interrupted.then(() => cancel.abort());

  if (invocation.values['client-credentials'] === true) {
    return service.loginWithClientCredentials(provider);
  }

  if (invocation.values.device === true) {
    return service.loginWithDevice(provider, {
      signal: cancel.signal,
      onPrompt: (prompt) => {
        if (json) {
          writeJsonLine(invocation.stdout, prompt);
        } else {
          invocation.stderr.write(
            `To sign in to ${provider}, open ${prompt.verificationUriComplete ?? prompt.verificationUri} and enter the code ${prompt.userCode} (valid ${Math.round(prompt.expiresInSeconds / 60)} min). Waiting…\n`,
          );
        }
      },
    });
  }

  // The redirect-URI lint's errors name a failure the provider is about to report; say it first.
  for (const finding of service.redirectErrors(provider)) {
    invocation.stderr.write(`captain oauth login: redirect URI: ${finding.message}\n`);
  }

  const openBrowser = invocation.values['no-browser'] !== true;
  const pending = await service.beginLogin(provider, {
    signal: cancel.signal,
    openUrl: openBrowser ? openInBrowser : undefined,
  });
  if (json) {
    writeJsonLine(invocation.stdout, { authorizationUrl: pending.authorizationUrl });
  } else {
    invocation.stderr.write(
      `${openBrowser ? 'Opening your browser. If it does not open, visit' : 'Open this URL in a browser on this machine'}:\n  ${pending.authorizationUrl}\nWaiting for the redirect to ${pending.redirectUri} (Ctrl-C cancels)…\n`,
    );
  }

  try {
    return await pending.completion;
  } catch (error) {
    if (isOAuthError(error, 'cancelled') && cancel.signal.aborted) {
      throw new OAuthError('cancelled', `the ${provider} sign-in was interrupted`);
    }
    throw error;
  }
}

/** Best effort: `open` on macOS, `xdg-open` elsewhere; failures are ignored (the URL is printed). */
function openInBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No opener installed: the user has the printed URL.
  }
}
