import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OAuthService } from '../../../src/engine/oauth/oauthService';
import { naturalKeys } from '../../../src/engine/store/naturalKeys';
import { createOAuthTestContext, type OAuthTestContext } from './oauthTestContext';
import { startTestProvider, type TestProvider } from './oidcTestProvider';

const refreshGrant = 'refresh_token';
const tokenProcessEntry = path.resolve(__dirname, 'tokenProcess.ts');
// tsx as a loader keeps each child in one process, as the CLI tests run it.
const tsxLoader = pathToFileURL(require.resolve('tsx')).href;

/** One child process from tokenProcess.ts, with its stdout lines. */
interface TokenProcess {
  readonly child: ChildProcess;
  /** Resolves when the child printed `ready`. */
  readonly ready: Promise<void>;
  /** Resolves with the child's last stdout line (parsed) and exit code. */
  readonly result: Promise<{ line: { token?: string; error?: string }; code: number | null }>;
}

function startTokenProcess(context: OAuthTestContext, issuer: string): TokenProcess {
  const child = spawn(process.execPath, ['--import', tsxLoader, tokenProcessEntry], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {
      ...process.env,
      CAPTAIN_STORE_FILE: context.store.file,
      CAPTAIN_TEST_ISSUER: issuer,
      CAPTAIN_VAULT_KEY: context.vaultKey.toString('base64'),
    },
  });
  let stdout = '';
  let stderr = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    if (stdout.startsWith('ready\n')) {
      markReady();
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const result = new Promise<{ line: { token?: string; error?: string }; code: number | null }>(
    (resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code) => {
        const last = stdout.trim().split('\n').at(-1) ?? '';
        if (!last.startsWith('{')) {
          reject(new Error(`token process exited ${code} without a result: ${stderr}`));
          return;
        }
        resolve({ line: JSON.parse(last) as { token?: string; error?: string }, code });
      });
    },
  );
  // Keep an early exit from hiding behind a `ready` that never comes.
  result.catch(() => undefined);
  return { child, ready: Promise.race([ready, result.then(() => undefined)]), result };
}

async function connect(provider: TestProvider, service: OAuthService): Promise<void> {
  const pending = await service.beginLogin('local');
  await fetch(await provider.browse(pending.authorizationUrl));
  await pending.completion;
}

describe('Token refresh across processes (against oidc-provider)', function () {
  // Two children under tsx's loader start in a few seconds, more on a busy machine.
  this.timeout(60_000);

  let provider: TestProvider;
  let context: OAuthTestContext;
  let service: OAuthService;
  const children: ChildProcess[] = [];

  before(async () => {
    provider = await startTestProvider({ accessTokenTtlSeconds: 600 });
  });

  after(async () => {
    await provider.close();
  });

  beforeEach(() => {
    context = createOAuthTestContext(provider.issuer);
    service = context.service();
  });

  afterEach(() => {
    provider.tokenEndpointDelayMs = 0;
    for (const child of children.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill();
      }
    }
    context.dispose();
  });

  it('refreshes once when two processes ask for a due token at the same time, and the grant survives', async () => {
    await connect(provider, service);
    const oldToken = (await service.vault.open('tester', 'local'))!.tokens.accessToken;
    // Due: inside the 300 s refresh skew, not yet expired. The expiry is stored in clear.
    context.store.db
      .prepare('UPDATE oauth_connections SET expires_at = ? WHERE key = ?')
      .run(Date.now() + 60_000, naturalKeys.oauth('tester', 'local'));
    const first = startTokenProcess(context, provider.issuer);
    const second = startTokenProcess(context, provider.issuer);
    children.push(first.child, second.child);
    await Promise.all([first.ready, second.ready]);
    const refreshesBefore = provider.grants[refreshGrant] ?? 0;
    const failuresBefore = provider.grantErrors[refreshGrant] ?? 0;
    // The refresh stays in flight long enough that the other process surely finds it running.
    provider.tokenEndpointDelayMs = 1500;

    first.child.stdin!.end('go\n');
    second.child.stdin!.end('go\n');
    const results = await Promise.all([first.result, second.result]);

    assert.deepEqual(
      results.map((result) => [result.code, result.line.error]),
      [
        [0, undefined],
        [0, undefined],
      ],
    );
    const [tokenA, tokenB] = results.map((result) => result.line.token);
    assert.equal((provider.grants[refreshGrant] ?? 0) - refreshesBefore, 1);
    assert.equal((provider.grantErrors[refreshGrant] ?? 0) - failuresBefore, 0);
    assert.ok(tokenA);
    assert.equal(tokenA, tokenB);
    assert.notEqual(tokenA, oldToken);
    const stored = (await service.vault.open('tester', 'local'))!;
    assert.equal(stored.tokens.accessToken, tokenA);
    const leases = context.store.db.prepare('SELECT COUNT(*) AS n FROM oauth_refresh_leases').get();
    assert.deepEqual(leases, { n: 0 });
    const userinfo = await fetch(`${provider.issuer}/me`, {
      headers: { authorization: `Bearer ${tokenA}` },
    });
    assert.equal(userinfo.status, 200);
    // The grant was not revoked: the rotated refresh token still refreshes.
    provider.tokenEndpointDelayMs = 0;
    await service.refresh('local');
    assert.equal((provider.grants[refreshGrant] ?? 0) - refreshesBefore, 2);
  });

  it('takes over the refresh lease of a process that crashed', async () => {
    await connect(provider, service);
    const key = naturalKeys.oauth('tester', 'local');
    context.store.db
      .prepare('UPDATE oauth_connections SET expires_at = ? WHERE key = ?')
      .run(context.now() + 60_000, key);
    context.store.db
      .prepare('INSERT INTO oauth_refresh_leases (key, owner, lease_until) VALUES (?, ?, ?)')
      .run(key, '999999:crashed', context.now() - 1);
    const before = provider.grants[refreshGrant] ?? 0;

    const token = await service.accessToken('local');

    assert.ok(token.length > 10);
    assert.equal((provider.grants[refreshGrant] ?? 0) - before, 1);
    const leases = context.store.db.prepare('SELECT COUNT(*) AS n FROM oauth_refresh_leases').get();
    assert.deepEqual(leases, { n: 0 });
  });

  it('waits for a live lease of another refresher, then uses the tokens it stored', async () => {
    await connect(provider, service);
    const other = context.service();
    const key = naturalKeys.oauth('tester', 'local');
    context.store.db
      .prepare('UPDATE oauth_connections SET expires_at = ? WHERE key = ?')
      .run(context.now() + 60_000, key);
    const before = provider.grants[refreshGrant] ?? 0;
    provider.tokenEndpointDelayMs = 500;

    // Two services on one store hold different lease owners, as two processes would.
    const otherRefresh = other.accessToken('local');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const leased = context.store.db.prepare('SELECT COUNT(*) AS n FROM oauth_refresh_leases').get();
    const [mine, theirs] = await Promise.all([service.accessToken('local'), otherRefresh]);

    assert.deepEqual(leased, { n: 1 });
    assert.equal(mine, theirs);
    assert.equal((provider.grants[refreshGrant] ?? 0) - before, 1);
  });
});
