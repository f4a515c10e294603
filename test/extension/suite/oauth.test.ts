import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { CaptainExtensionApi } from '../../../src/extension/captainExtension';
import type { OAuthCommandArgs, OAuthViewItem } from '../../../src/extension/oauth/oauthCommands';
import type { EngineStatus } from '../../../src/engine/protocol';
import { defaultVaultKeyFile } from '../../../src/engine/oauth/keyFileVaultKeySource';
import { oauthTokenRequest } from '../../../src/engine/oauth/oauthProtocol';
import {
  publicClientId,
  startTestProvider,
  testAccountId,
  type TestProvider,
} from '../../integration/oauth/oidcTestProvider';
import { findLogFiles, userinfoStatus } from '../oauthProviderFixture';

const extensionId = 'captain-dev.api-integration-captain';
const providerName = 'local-oidc';
const scopes = ['openid', 'profile', 'offline_access'];

async function activated(): Promise<CaptainExtensionApi> {
  const extension = vscode.extensions.getExtension<CaptainExtensionApi>(extensionId);
  assert.ok(extension, `${extensionId} is not installed in this host`);
  return extension.activate();
}

/**
 * The access token, straight from the engine. The request goes by method name: this bundle has
 * its own copy of vscode-jsonrpc, whose RequestType the extension's copy does not recognise.
 */
async function accessToken(api: CaptainExtensionApi): Promise<string> {
  const method = oauthTokenRequest.method as unknown as typeof oauthTokenRequest;
  return api.engine.request(method, { provider: providerName });
}

async function viewItems(): Promise<OAuthViewItem[]> {
  return vscode.commands.executeCommand<OAuthViewItem[]>('captain.oauth.viewItems');
}

async function providerItem(name: string): Promise<OAuthViewItem> {
  const item = (await viewItems()).find((candidate) => candidate.label === name);
  assert.ok(item, `the OAuth Connections view does not list ${name}`);
  return item;
}

function detail(item: OAuthViewItem, label: string): string | undefined {
  return item.children.find((child) => child.label === label)?.description;
}

/** Every label, description and tooltip of the view, flattened. */
function viewText(items: readonly OAuthViewItem[]): string {
  return items
    .map((item) =>
      [item.label, item.description ?? '', item.tooltip ?? '', viewText(item.children)].join('\n'),
    )
    .join('\n');
}

/** Resolves when `probe` holds, polling every 100 ms; rejects after `timeoutMs`. */
async function until(probe: () => Promise<boolean>, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} within ${timeoutMs} ms`);
}

/**
 * Answers the next modal warning with `choice`, as the user would click it; the modal itself
 * lives in the browser page, out of the extension host's reach. Returns the message shown.
 */
function answerNextWarning(choice: string): { readonly message: () => string | undefined } {
  const window = vscode.window as { showWarningMessage: (...args: unknown[]) => unknown };
  const original = window.showWarningMessage;
  let shown: string | undefined;
  window.showWarningMessage = (message: unknown, ...rest: unknown[]) => {
    window.showWarningMessage = original;
    shown = String(message);
    const options = rest.filter((value): value is string => typeof value === 'string');
    assert.ok(options.includes(choice), `expected a "${choice}" button, got ${options.join(', ')}`);
    return Promise.resolve(choice);
  };
  return { message: () => shown };
}

/**
 * Answers the next information message with `choice` (as the user would click it) once it is
 * shown; returns the message text. The notification itself lives out of the host's reach.
 */
function answerNextInformation(choice: string): { readonly message: () => string | undefined } {
  const window = vscode.window as { showInformationMessage: (...args: unknown[]) => unknown };
  const original = window.showInformationMessage;
  let shown: string | undefined;
  window.showInformationMessage = (message: unknown, ...rest: unknown[]) => {
    window.showInformationMessage = original;
    shown = String(message);
    const options = rest.filter((value): value is string => typeof value === 'string');
    assert.ok(options.includes(choice), `expected a "${choice}" button, got ${options.join(', ')}`);
    return Promise.resolve(choice);
  };
  return { message: () => shown };
}

describe('OAuth Connections (real extension host)', function () {
  this.timeout(90_000);
  const workspace = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
  const configFile = () => path.join(workspace(), 'captain.config.json');
  let provider: TestProvider;
  let originalConfig: string;
  /** Every access and refresh token value seen, to look for them where they must not be. */
  const tokens = new Set<string>();

  before(async () => {
    provider = await startTestProvider();
    originalConfig = fs.readFileSync(configFile(), 'utf8');
    const config = JSON.parse(originalConfig) as {
      oauth?: { providers?: Record<string, unknown> };
    };
    config.oauth = {
      ...config.oauth,
      providers: {
        ...config.oauth?.providers,
        [providerName]: { issuer: provider.issuer, clientId: publicClientId, scopes },
      },
    };
    fs.writeFileSync(configFile(), `${JSON.stringify(config, null, 2)}\n`);
    await activated();
  });

  after(async () => {
    fs.writeFileSync(configFile(), originalConfig);
    await provider?.close();
  });

  it('lists the configured providers as not connected', async () => {
    const items = await viewItems();

    const local = items.find((item) => item.label === providerName);
    assert.equal(local?.description, 'not connected');
    assert.equal(local?.contextValue, 'oauthProvider.disconnected');
    assert.deepEqual(local?.children, []);
    assert.ok(
      items.some((item) => item.label === 'github'),
      'the demo provider is missing',
    );
  });

  it('connects through captain.oauth.connect with the browser step driven by the test', async () => {
    let authorizationUrl: string | undefined;
    let callbackStatus: number | undefined;
    const args: OAuthCommandArgs = {
      provider: providerName,
      flow: 'browser',
      // The test is the browser: the provider's pages, its redirects and the loopback callback.
      openUrl: async (url) => {
        authorizationUrl = url;
        const callbackUrl = await provider.browse(url);
        const response = await fetch(callbackUrl);
        callbackStatus = response.status;
        await response.text();
      },
    };

    await vscode.commands.executeCommand('captain.oauth.connect', args);

    assert.ok(authorizationUrl, 'the command never opened the authorization URL');
    const requested = new URL(authorizationUrl);
    assert.equal(requested.origin, provider.issuer);
    assert.equal(requested.searchParams.get('client_id'), publicClientId);
    assert.equal(requested.searchParams.get('code_challenge_method'), 'S256');
    assert.match(
      requested.searchParams.get('redirect_uri') ?? '',
      /^http:\/\/127\.0\.0\.1:\d+\/callback$/,
    );
    assert.equal(callbackStatus, 200);
    assert.equal(provider.grants.authorization_code, 1);
    const item = await providerItem(providerName);
    assert.equal(item.contextValue, 'oauthProvider.connected');
    assert.equal(item.description, testAccountId);
    assert.equal(detail(item, 'Subject'), testAccountId);
    // The view shows the granted scopes: oidc-provider grants offline_access only with a consent
    // prompt, yet issues the refresh token anyway (see the test provider's issueRefreshToken).
    assert.deepEqual(detail(item, 'Scopes')?.split(' ').sort(), ['openid', 'profile']);
    assert.equal(detail(item, 'Last refresh'), 'never');
    assert.match(detail(item, 'Access token') ?? '', /expires in/);
  });

  it('keeps the vault key in the editor, so a restarted engine opens the connection', async () => {
    const api = await activated();
    const before = api.engine.pid;

    const status = await vscode.commands.executeCommand<EngineStatus>('captain.engine.restart');
    const token = await accessToken(api);

    assert.equal(status?.state, 'ready');
    assert.notEqual(api.engine.pid, before);
    assert.equal(await userinfoStatus(provider.issuer, token), 200);
    tokens.add(token);
    // The key comes from SecretStorage through `oauth/vaultKey`, never from a CLI key file here.
    const keyFile = defaultVaultKeyFile(process.env);
    assert.equal(fs.existsSync(keyFile), false, `unexpected CLI key file ${keyFile}`);
  });

  it('copies the access token only after the modal warning is accepted', async () => {
    const api = await activated();
    await vscode.env.clipboard.writeText('clipboard before');
    const window = vscode.window as { showWarningMessage: (...args: unknown[]) => unknown };
    const original = window.showWarningMessage;
    // The first answer is a dismissal (undefined), as Escape gives.
    window.showWarningMessage = () => {
      window.showWarningMessage = original;
      return Promise.resolve(undefined);
    };

    await vscode.commands.executeCommand('captain.oauth.copyAccessToken', {
      provider: providerName,
    });
    const afterDismiss = await vscode.env.clipboard.readText();
    const accepted = answerNextWarning('Copy Token');
    await vscode.commands.executeCommand('captain.oauth.copyAccessToken', {
      provider: providerName,
    });

    assert.equal(afterDismiss, 'clipboard before');
    assert.equal(accepted.message(), `Copy the ${providerName} access token to the clipboard?`);
    const copied = await vscode.env.clipboard.readText();
    assert.equal(copied, await accessToken(api));
    assert.equal(await userinfoStatus(provider.issuer, copied), 200);
    tokens.add(copied);
    await vscode.env.clipboard.writeText('');
  });

  it('refreshes the connection with captain.oauth.refresh', async () => {
    const api = await activated();

    await vscode.commands.executeCommand('captain.oauth.refresh', { provider: providerName });

    assert.equal(provider.grants.refresh_token, 1);
    const item = await providerItem(providerName);
    assert.notEqual(detail(item, 'Last refresh'), 'never');
    assert.equal(item.contextValue, 'oauthProvider.connected');
    const token = await accessToken(api);
    assert.ok(!tokens.has(token), 'the refresh did not replace the access token');
    assert.equal(await userinfoStatus(provider.issuer, token), 200);
    tokens.add(token);
  });

  it('shows the claims in a read-only document', async () => {
    await vscode.commands.executeCommand('captain.oauth.showClaims', { provider: providerName });

    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'no editor opened for the claims');
    assert.equal(editor.document.uri.scheme, 'captain-oauth-claims');
    assert.equal(editor.document.languageId, 'json');
    const claims = JSON.parse(editor.document.getText()) as {
      idToken?: { sub?: string };
      userinfo?: { sub?: string };
    };
    assert.equal(claims.idToken?.sub ?? claims.userinfo?.sub, testAccountId);
    for (const token of tokens) {
      assert.ok(!editor.document.getText().includes(token), 'the claims show a token');
    }
    // A content-provider document: no file system stands behind it, so nothing can save it.
    assert.notEqual(vscode.workspace.fs.isWritableFileSystem(editor.document.uri.scheme), true);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('disconnects with captain.oauth.disconnect, revoking the tokens at the provider', async () => {
    const api = await activated();
    const token = await accessToken(api);
    tokens.add(token);
    const warning = answerNextWarning('Revoke and Disconnect');

    await vscode.commands.executeCommand('captain.oauth.disconnect', { provider: providerName });

    assert.equal(warning.message(), `Disconnect ${providerName}?`);
    assert.equal(await userinfoStatus(provider.issuer, token), 401);
    await until(
      async () => (await providerItem(providerName)).description === 'not connected',
      'the view still shows the connection',
    );
    const item = await providerItem(providerName);
    assert.equal(item.contextValue, 'oauthProvider.disconnected');
    assert.deepEqual(item.children, []);
  });

  it('warns about redirect-URI errors before opening the browser, and Cancel opens nothing', async () => {
    const config = JSON.parse(fs.readFileSync(configFile(), 'utf8')) as {
      oauth: { providers: Record<string, Record<string, unknown>> };
    };
    config.oauth.providers[providerName].registeredRedirectUris = ['http://localhost/callback'];
    fs.writeFileSync(configFile(), `${JSON.stringify(config, null, 2)}\n`);
    await until(
      async () => (await providerItem(providerName)).tooltip?.includes('localhost') === true,
      'the engine did not pick up the registered redirect URIs',
    );
    const warning = answerNextWarning('Cancel');
    let opened = false;

    await vscode.commands.executeCommand('captain.oauth.connect', {
      provider: providerName,
      flow: 'browser',
      openUrl: async () => {
        opened = true;
      },
    } satisfies OAuthCommandArgs);

    assert.equal(warning.message(), `${providerName} will probably refuse the redirect URI.`);
    assert.equal(opened, false, 'the browser opened although the user chose Cancel');
    assert.equal((await providerItem(providerName)).description, 'not connected');
    delete config.oauth.providers[providerName].registeredRedirectUris;
    fs.writeFileSync(configFile(), `${JSON.stringify(config, null, 2)}\n`);
  });

  it('connects with the device code: Copy & Open copies the code and opens the verification page', async () => {
    const api = await activated();
    const copyAndOpen = answerNextInformation('Copy & Open');
    let verificationUrl: string | undefined;
    let approved: Promise<void> | undefined;
    const args: OAuthCommandArgs = {
      provider: providerName,
      flow: 'device',
      // The test is the user on another device: it reads the code from the clipboard.
      openUrl: async (url) => {
        verificationUrl = url;
        approved = (async () => provider.completeDevice(await vscode.env.clipboard.readText()))();
        await approved;
      },
    };

    await vscode.commands.executeCommand('captain.oauth.connect', args);

    assert.match(copyAndOpen.message() ?? '', /^To sign in to local-oidc, enter the code \S+ at /);
    assert.ok(verificationUrl?.startsWith(provider.issuer), `opened ${verificationUrl}`);
    await approved;
    assert.equal(provider.grants['urn:ietf:params:oauth:grant-type:device_code'], 1);
    const item = await providerItem(providerName);
    assert.equal(item.contextValue, 'oauthProvider.connected');
    assert.equal(item.description, testAccountId);
    tokens.add(await accessToken(api));
    await vscode.env.clipboard.writeText('');
  });

  it('shows no token in the view, the log file or the database file', async () => {
    assert.ok(tokens.size >= 2, 'the earlier tests collected no tokens');
    const shown = viewText(await viewItems());
    const logs = findLogFiles(path.dirname(workspace()), 'Captain.log');
    const logText = logs.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
    const store = path.join(workspace(), '.captain', 'captain.db');
    const database = Buffer.concat(
      [store, `${store}-wal`]
        .filter((file) => fs.existsSync(file))
        .map((file) => fs.readFileSync(file)),
    );

    for (const token of tokens) {
      assert.ok(!shown.includes(token), 'a token appears in the OAuth Connections view');
      assert.ok(!logText.includes(token), 'a token appears in the Captain log');
      assert.ok(!database.includes(token), 'a token appears in the database file');
    }
    assert.ok(logs.length > 0, 'no Captain log file found under the host folder');
    assert.match(logText, /\[OAuth\] sign-in to local-oidc started/);
    // The engine asked for the vault key once and the broker kept a new one in SecretStorage.
    assert.match(logText, /\[OAuth\] created a vault key in SecretStorage/);
    console.log(`[captain-test] searched ${logs.length} Captain log file(s) for tokens`);
  });
});
