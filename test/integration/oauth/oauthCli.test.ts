import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import type { CliCommand, CliInvocation } from '../../../src/cli/cliCommand';
import { oauthLoginCommand } from '../../../src/cli/commands/oauthLoginCommand';
import { oauthLogoutCommand } from '../../../src/cli/commands/oauthLogoutCommand';
import { oauthRefreshCommand } from '../../../src/cli/commands/oauthRefreshCommand';
import { oauthStatusCommand } from '../../../src/cli/commands/oauthStatusCommand';
import { oauthTokenCommand } from '../../../src/cli/commands/oauthTokenCommand';
import { createOAuthTestContext, type OAuthTestContext } from './oauthTestContext';
import { startTestProvider, testAccountId, type TestProvider } from './oidcTestProvider';

interface Run {
  readonly exit: Promise<number>;
  readonly stdout: PassThrough;
  readonly stderr: PassThrough;
  /** Resolves with the first complete stdout line. */
  firstLine(): Promise<string>;
  /** All stdout after exit. */
  output(): Promise<string>;
  /** All stderr so far. */
  errors(): string;
}

function run(
  context: OAuthTestContext,
  command: CliCommand,
  positionals: string[],
  values: CliInvocation['values'],
): Run {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let text = '';
  let errorText = '';
  stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => (errorText += chunk.toString('utf8')));
  const exit = command.run({
    positionals,
    values,
    stdin: new PassThrough(),
    stdout,
    stderr,
    engine: async () => context.engine(),
    interrupted: new Promise(() => undefined),
  });
  return {
    exit,
    stdout,
    stderr,
    firstLine: async () => {
      for (let attempt = 0; attempt < 200 && !text.includes('\n'); attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return text.split('\n')[0];
    },
    output: async () => {
      await exit;
      return text;
    },
    errors: () => errorText,
  };
}

describe('captain oauth (CLI)', () => {
  let provider: TestProvider;
  let context: OAuthTestContext;

  before(async () => {
    provider = await startTestProvider();
  });

  after(async () => {
    await provider.close();
  });

  beforeEach(() => {
    context = createOAuthTestContext(provider.issuer);
  });

  afterEach(() => {
    context.dispose();
  });

  async function login(): Promise<Record<string, unknown>> {
    const login = run(context, oauthLoginCommand, ['local'], { json: true, 'no-browser': true });
    const first = JSON.parse(await login.firstLine()) as { authorizationUrl: string };
    await fetch(await provider.browse(first.authorizationUrl));
    const lines = (await login.output()).trim().split('\n');
    assert.equal(await login.exit, 0);
    return JSON.parse(lines.at(-1)!) as Record<string, unknown>;
  }

  it('logs in with --json: URL on the first line, the connection on the last', async () => {
    const result = (await login()) as {
      ok: boolean;
      connection: { subject: string; hasRefreshToken: boolean };
    };

    assert.equal(result.ok, true);
    assert.equal(result.connection.subject, testAccountId);
    assert.equal(result.connection.hasRefreshToken, true);
  });

  it('shows status, prints the token only from `token`, refreshes and logs out', async () => {
    await login();

    const status = run(context, oauthStatusCommand, [], { json: true });
    const statusJson = JSON.parse(await status.output()) as {
      providers: Array<{ name: string; connection: unknown }>;
    };
    const token = (await run(context, oauthTokenCommand, ['local'], {}).output()).trim();
    const refreshed = run(context, oauthRefreshCommand, ['local'], { json: true });
    const refreshedJson = JSON.parse(await refreshed.output()) as { ok: boolean };
    const newToken = (await run(context, oauthTokenCommand, ['local'], {}).output()).trim();
    const logout = run(context, oauthLogoutCommand, ['local'], { json: true });
    const logoutJson = JSON.parse(await logout.output()) as { revoked: number };
    const after = JSON.parse(
      await run(context, oauthStatusCommand, [], { json: true }).output(),
    ) as typeof statusJson;

    assert.ok(statusJson.providers.find((item) => item.name === 'local')?.connection);
    assert.equal(JSON.stringify(statusJson).includes(token), false);
    assert.ok(token.length > 10);
    assert.equal(refreshedJson.ok, true);
    assert.notEqual(newToken, token);
    assert.equal(logoutJson.revoked, 2);
    assert.equal(after.providers.find((item) => item.name === 'local')?.connection, null);
  });

  it('logs in with --device --json: the code on the first line', async () => {
    const login = run(context, oauthLoginCommand, ['local'], { json: true, device: true });
    const prompt = JSON.parse(await login.firstLine()) as {
      verificationUri: string;
      userCode: string;
    };
    await provider.completeDevice(prompt.userCode);

    const last = JSON.parse((await login.output()).trim().split('\n').at(-1)!) as {
      ok: boolean;
      connection: { grantType: string };
    };

    assert.equal(await login.exit, 0);
    assert.match(prompt.verificationUri, /\/device$/);
    assert.equal(last.connection.grantType, 'device_code');
  });

  it('ends with {"ok":false} and exit 1 when the provider denies', async () => {
    provider.denyNext = true;
    const login = run(context, oauthLoginCommand, ['local'], { json: true, 'no-browser': true });
    const first = JSON.parse(await login.firstLine()) as { authorizationUrl: string };
    await fetch(await provider.browse(first.authorizationUrl));

    const last = JSON.parse((await login.output()).trim().split('\n').at(-1)!) as {
      ok: boolean;
      code: string;
    };

    assert.equal(await login.exit, 1);
    assert.deepEqual([last.ok, last.code], [false, 'access_denied']);
  });

  it('exits 2 for a provider that is not configured, with a JSON error as the last line', async () => {
    const login = run(context, oauthLoginCommand, ['nope'], { json: true });

    assert.equal(await login.exit, 2);
    const last = JSON.parse((await login.output()).trim().split('\n').at(-1)!) as {
      ok: boolean;
      error: string;
      message: string;
    };
    assert.deepEqual([last.ok, last.error], [false, 'unknown_provider']);
    assert.match(last.message, /no oauth provider "nope".*known: local, machine/);
  });

  it('prints the redirect-URI errors on stderr before the sign-in starts', async () => {
    context.config.oauth!.providers!.local.registeredRedirectUris = [
      'http://localhost/callback',
      'http://[::1]/callback',
    ];
    const login = run(context, oauthLoginCommand, ['local'], { json: true, 'no-browser': true });
    const first = JSON.parse(await login.firstLine()) as { authorizationUrl: string };

    // Read when the authorization URL appears: the findings were already printed.
    const errors = login.errors();
    await fetch(await provider.browse(first.authorizationUrl));
    assert.equal(await login.exit, 0);
    assert.match(errors, /redirect URI: http:\/\/localhost\/callback uses localhost/);
    assert.match(errors, /redirect URI: http:\/\/\[::1\]\/callback uses the IPv6 loopback/);
  });
});
