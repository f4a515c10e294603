/**
 * A separate process asking for an access token, as a `captain oauth token` run or the editor's
 * engine would: it opens the store file and provider named in its environment, resolves the
 * provider's metadata, prints `ready`, waits for one line on stdin (the start signal shared with
 * its sibling processes), then prints `{"token": "..."}` or `{"error": "<code>"}` and exits.
 *
 * Environment: `CAPTAIN_STORE_FILE`, `CAPTAIN_TEST_ISSUER`, `CAPTAIN_VAULT_KEY` (base64).
 */
import readline from 'node:readline';
import { isOAuthError } from '../../../src/engine/oauth/oauthError';
import { OAuthService } from '../../../src/engine/oauth/oauthService';
import { fixedVaultKeySource } from '../../../src/engine/oauth/vaultKeySource';
import { CaptainStore } from '../../../src/engine/store/captainStore';
import { testProviders } from './oauthTestContext';

async function main(): Promise<number> {
  const store = CaptainStore.open(requiredEnv('CAPTAIN_STORE_FILE'));
  const config = { oauth: { providers: testProviders(requiredEnv('CAPTAIN_TEST_ISSUER')) } };
  const service = new OAuthService({
    store,
    config: () => config,
    keySource: fixedVaultKeySource(Buffer.from(requiredEnv('CAPTAIN_VAULT_KEY'), 'base64')),
    userId: 'tester',
  });

  try {
    // Discovery before the start signal, so the siblings reach the token endpoint together.
    await service.loginFlows('local');
    process.stdout.write('ready\n');
    await startSignal();

    const token = await service.accessToken('local');
    process.stdout.write(`${JSON.stringify({ token })}\n`);
    return 0;
  } catch (error) {
    const code = isOAuthError(error) ? error.code : (error as Error).name;
    process.stdout.write(`${JSON.stringify({ error: code })}\n`);
    return 1;
  } finally {
    store.close();
  }
}

function startSignal(): Promise<void> {
  const lines = readline.createInterface({ input: process.stdin });
  return new Promise((resolve) => {
    lines.once('line', () => {
      lines.close();
      resolve();
    });
  });
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') {
    throw new TypeError(`expected ${name} in the environment, got nothing`);
  }

  return value;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`token process failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
