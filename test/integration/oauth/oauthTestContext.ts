import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import type { CaptainConfig, OAuthProviderConfig } from '../../../src/engine/config/captainConfig';
import type { EngineChange, EngineContext } from '../../../src/engine/engineContext';
import { defaultEngineSettings } from '../../../src/engine/engineContext';
import { OAuthService } from '../../../src/engine/oauth/oauthService';
import { fixedVaultKeySource } from '../../../src/engine/oauth/vaultKeySource';
import { CaptainStore } from '../../../src/engine/store/captainStore';
import { machineClientId, machineClientSecret, publicClientId } from './oidcTestProvider';

/** A temp store, a config pointing at the test provider, a movable clock and the changes seen. */
export interface OAuthTestContext {
  readonly folder: string;
  readonly store: CaptainStore;
  readonly config: CaptainConfig;
  readonly changes: EngineChange[];
  readonly vaultKey: Buffer;
  /** Shifts the clock used by the service, in ms. */
  clockOffsetMs: number;
  now(): number;
  service(): OAuthService;
  engine(): EngineContext;
  dispose(): void;
}

/** Provider configs for the test provider: `local` (public, OIDC) and `machine` (client credentials). */
export function testProviders(
  issuer: string,
  overrides: Partial<OAuthProviderConfig> = {},
): Record<string, OAuthProviderConfig> {
  return {
    local: {
      issuer,
      clientId: publicClientId,
      scopes: ['openid', 'profile', 'email', 'offline_access'],
      ...overrides,
    },
    machine: { issuer, clientId: machineClientId, clientSecret: '${env:MACHINE_SECRET}' },
  };
}

/** Builds a context under os.tmpdir(); call `dispose()` in afterEach. */
export function createOAuthTestContext(
  issuer: string,
  overrides: Partial<OAuthProviderConfig> = {},
): OAuthTestContext {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-oauth-'));
  const store = CaptainStore.open(path.join(folder, '.captain', 'captain.db'));
  const config: CaptainConfig = { oauth: { providers: testProviders(issuer, overrides) } };
  const changes: EngineChange[] = [];
  const vaultKey = crypto.randomBytes(32);
  const env = {
    MACHINE_SECRET: machineClientSecret,
    CAPTAIN_VAULT_KEY: vaultKey.toString('base64'),
    HOME: folder,
  };
  const context: OAuthTestContext = {
    folder,
    store,
    config,
    changes,
    vaultKey,
    clockOffsetMs: 0,
    now: () => Date.now() + context.clockOffsetMs,
    service: () =>
      new OAuthService({
        store,
        config: () => config,
        keySource: fixedVaultKeySource(vaultKey),
        env,
        now: () => context.now(),
        notify: (change) => changes.push(change),
        userId: 'tester',
      }),
    engine: () => ({
      workspaceFolder: folder,
      configFile: path.join(folder, 'captain.config.json'),
      store,
      settings: defaultEngineSettings,
      secrets: { get: async () => undefined },
      env,
      config: () => config,
      now: () => context.now(),
      notify: (change) => changes.push(change),
      log: () => undefined,
    }),
    dispose: () => {
      store.close();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
  return context;
}
