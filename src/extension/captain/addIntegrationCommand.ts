import * as vscode from 'vscode';
import { applyEdits, modify } from 'jsonc-parser';
import type {
  OAuthProviderConfig,
  ServiceConfig,
  WebhookEndpointConfig,
  WebhookProviderName,
} from '../../engine/config/captainConfig';
import { configFileName } from '../../engine/config/captainConfig';
import { secretStorageKey } from '../foundationCommands';
import type { SnippetCatalog } from '../chat/snippetCatalog';
import { readText } from './workspaceFacts';

export type IntegrationKind = 'webhook' | 'oauth' | 'service';

/** What "Add Integration…" wrote; returned for tests. Never contains the secret value. */
export interface AddIntegrationResult {
  readonly kind: IntegrationKind;
  readonly provider: string;
  readonly name: string;
  readonly configUri: vscode.Uri;
  /** The `${secret:NAME}` written into the config. */
  readonly reference: string;
  /** True when SecretStorage returned the stored value when read back. */
  readonly secretStored: boolean;
  readonly snippetPrefix?: string;
}

const webhookProviders: WebhookProviderName[] = [
  'stripe',
  'github',
  'shopify',
  'slack',
  'standard',
  'hmac',
];
const oauthProviders = ['github', 'google', 'okta', 'auth0', 'custom'] as const;
const serviceProviders = ['stripe', 'github', 'http'] as const;
const timestamped = new Set(['stripe', 'slack', 'standard']);
const namePattern = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * "Captain: Add Integration…": kind → provider → name → secret (password input, kept in
 * SecretStorage as `captain.secret.<NAME>`, referenced as `${secret:NAME}`) → an edit of
 * captain.config.json that keeps its comments and formatting (created when missing) → the
 * matching snippet offered in a new editor. Arguments skip the prompts (tests pass all four).
 */
export async function addIntegration(
  secrets: vscode.SecretStorage,
  snippets: SnippetCatalog,
  log: vscode.LogOutputChannel,
  args: { kind?: IntegrationKind; provider?: string; name?: string; secret?: string } = {},
): Promise<AddIntegrationResult | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Open a folder first: captain.config.json lives at its root.'),
    );
    return undefined;
  }

  const kind = args.kind ?? (await pickKind());
  const provider = kind && (args.provider ?? (await pickProvider(kind)));
  const name = provider && (args.name ?? (await askName(kind, provider)));
  if (!kind || !provider || !name) {
    return undefined;
  }
  if (!namePattern.test(name)) {
    throw new TypeError(`expected a name of letters, digits, _ or -, got "${name}"`);
  }

  const secretName =
    `${name}_${kind === 'webhook' ? 'webhook_secret' : kind === 'oauth' ? 'client_secret' : 'api_key'}`
      .toUpperCase()
      .replace(/-/g, '_');
  const secret = args.secret ?? (await askSecret(kind, name));
  if (secret === undefined) {
    return undefined;
  }

  const reference = `\${secret:${secretName}}`;
  await secrets.store(secretStorageKey(secretName), secret);
  const secretStored = (await secrets.get(secretStorageKey(secretName))) === secret;

  const configUri = vscode.Uri.joinPath(folder.uri, configFileName);
  const section =
    kind === 'webhook'
      ? ['webhooks', 'endpoints']
      : kind === 'oauth'
        ? ['oauth', 'providers']
        : ['services'];
  const entry =
    kind === 'webhook'
      ? webhookEntry(provider, reference)
      : kind === 'oauth'
        ? oauthEntry(provider, name, reference)
        : serviceEntry(provider, reference);
  const before = (await readText(configUri)) ?? '{}\n';
  const edits = modify(before, [...section, name], entry, {
    formattingOptions: { insertSpaces: true, tabSize: 2 },
  });
  await vscode.workspace.fs.writeFile(
    configUri,
    new TextEncoder().encode(applyEdits(before, edits)),
  );
  log.info(
    `[Captain] added ${kind} ${name} (${provider}) to ${configFileName}; secret ${secretName} stored`,
  );

  const snippetPrefix = snippetFor(kind, provider);
  if (args.kind === undefined && snippetPrefix) {
    const open = vscode.l10n.t('Open Snippet');
    void vscode.window
      .showInformationMessage(
        vscode.l10n.t(
          'Added {0} to {1}. Open the matching snippet in a new file?',
          name,
          configFileName,
        ),
        open,
      )
      .then((choice) => (choice === open ? snippets.openInEditor(snippetPrefix) : undefined));
  }
  return { kind, provider, name, configUri, reference, secretStored, snippetPrefix };
}

function webhookEntry(provider: string, reference: string): WebhookEndpointConfig {
  const entry: WebhookEndpointConfig = {
    provider: provider as WebhookProviderName,
    secret: reference,
  };
  if (timestamped.has(provider)) {
    entry.toleranceSeconds = 300;
  }
  if (provider === 'hmac') {
    entry.hmac = { header: 'x-signature', algorithm: 'sha256', encoding: 'hex' };
  }
  return entry;
}

function oauthEntry(provider: string, name: string, reference: string): OAuthProviderConfig {
  const clientId = `\${env:${name.toUpperCase().replace(/-/g, '_')}_CLIENT_ID}`;
  const base = { clientId, clientSecret: reference };
  switch (provider) {
    case 'github':
      return {
        ...base,
        authorizationEndpoint: 'https://github.com/login/oauth/authorize',
        tokenEndpoint: 'https://github.com/login/oauth/access_token',
        scopes: ['read:user'],
      };
    case 'google':
      return {
        ...base,
        issuer: 'https://accounts.google.com',
        scopes: ['openid', 'email', 'profile'],
      };
    case 'okta':
      return {
        ...base,
        issuer: 'https://YOUR_DOMAIN.okta.com/oauth2/default',
        scopes: ['openid', 'profile', 'offline_access'],
      };
    case 'auth0':
      return {
        ...base,
        issuer: 'https://YOUR_TENANT.auth0.com/',
        scopes: ['openid', 'profile', 'offline_access'],
      };
    default:
      return { ...base, issuer: 'https://issuer.example.com', scopes: ['openid'] };
  }
}

function serviceEntry(provider: string, reference: string): ServiceConfig {
  const policies = {
    timeoutMs: 10_000,
    retry: { maxAttempts: 3 },
    circuitBreaker: { consecutiveFailures: 5, halfOpenAfterMs: 30_000 },
  };
  if (provider === 'stripe') {
    return {
      kind: 'stripe',
      baseUrl: 'https://api.stripe.com',
      auth: { bearer: reference },
      policies,
      testModeOnly: true,
    };
  }
  const baseUrl = provider === 'github' ? 'https://api.github.com' : 'https://api.example.com';
  return { baseUrl, auth: { bearer: reference }, policies };
}

function snippetFor(kind: IntegrationKind, provider: string): string | undefined {
  if (kind === 'webhook') {
    return provider === 'hmac' ? undefined : `captain-${provider}-webhook-express`;
  }
  return kind === 'oauth' ? 'captain-oauth-pkce-loopback' : 'captain-stripe-client';
}

async function pickKind(): Promise<IntegrationKind | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      {
        label: vscode.l10n.t('Webhook endpoint'),
        description: vscode.l10n.t('receive and verify provider events'),
        integration: 'webhook' as const,
      },
      {
        label: vscode.l10n.t('OAuth provider'),
        description: vscode.l10n.t('sign in and keep tokens fresh'),
        integration: 'oauth' as const,
      },
      {
        label: vscode.l10n.t('Service'),
        description: vscode.l10n.t('a third-party API called with resilience policies'),
        integration: 'service' as const,
      },
    ],
    { title: vscode.l10n.t('Add Integration'), placeHolder: vscode.l10n.t('What to add') },
  );
  return picked?.integration;
}

async function pickProvider(kind: IntegrationKind): Promise<string | undefined> {
  const names: readonly string[] =
    kind === 'webhook' ? webhookProviders : kind === 'oauth' ? oauthProviders : serviceProviders;
  return vscode.window.showQuickPick([...names], {
    title: vscode.l10n.t('Add Integration: provider'),
  });
}

async function askName(kind: IntegrationKind, provider: string): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Add Integration: name'),
    prompt: vscode.l10n.t('Name of the {0} in captain.config.json', kind),
    value: provider === 'custom' || provider === 'http' ? '' : provider,
    validateInput: (value) =>
      namePattern.test(value) ? undefined : vscode.l10n.t('Use letters, digits, _ or -'),
  });
}

async function askSecret(kind: IntegrationKind, name: string): Promise<string | undefined> {
  const what =
    kind === 'webhook' ? 'signing secret' : kind === 'oauth' ? 'client secret' : 'API key';
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Add Integration: {0} of {1}', what, name),
    prompt: vscode.l10n.t('Kept in VS Code SecretStorage; the config only references it'),
    password: true,
    ignoreFocusOut: true,
  });
}
