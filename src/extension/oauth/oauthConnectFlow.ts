import * as vscode from 'vscode';
import type { CaptainEngine } from '../captainEngine';
import {
  oauthAwaitLoginRequest,
  oauthBeginLoginRequest,
  oauthCancelLoginRequest,
  oauthLoginClientCredentialsRequest,
  oauthLoginDeviceRequest,
  oauthLoginOptionsRequest,
  type OAuthLoginFlow,
  type OAuthLoginOutcome,
} from '../../engine/oauth/oauthProtocol';
import { describeExpiry } from '../../engine/oauth/connectionSummary';
import { checkLoopbackRedirect } from './loopbackRedirectCheck';

/** What Connect may be told instead of asking (scripts, tests). */
export interface ConnectRequest {
  readonly provider: string;
  /** The flow to use; absent: the provider's only flow, or a quick pick when there are two. */
  readonly flow?: OAuthLoginFlow;
  /**
   * Called with the authorization URL (browser flow) or the verification URL (device flow)
   * instead of `vscode.env.openExternal`, for a caller that plays the browser's part itself.
   */
  readonly openUrl?: (url: string) => Promise<void>;
}

/**
 * Connect: picks the flow from the provider's config and endpoints (client credentials for a
 * machine-to-machine provider; else the browser flow or the device code, asking when both are
 * possible), warns about redirect-URI errors before a browser opens, and falls back to the device
 * code when the loopback redirect cannot reach this window (remote and web windows). Failures are
 * shown to the user; nothing throws.
 */
export async function connectProvider(
  engine: CaptainEngine,
  log: vscode.LogOutputChannel,
  request: ConnectRequest,
): Promise<void> {
  const { provider } = request;
  try {
    const options = await engine.request(oauthLoginOptionsRequest, { provider });
    const flow = request.flow ?? (await chooseFlow(provider, options.flows));
    if (flow === undefined) {
      return;
    }

    if (flow === 'client_credentials') {
      const summary = await engine.request(oauthLoginClientCredentialsRequest, { provider });
      log.info(`[OAuth] connected ${provider} with client credentials`);
      void vscode.window.showInformationMessage(
        vscode.l10n.t(
          'Connected to {0} (client credentials; {1}).',
          provider,
          describeExpiry(summary.expiresInSeconds),
        ),
      );
      return;
    }

    if (flow === 'device') {
      await connectWithDevice(engine, log, request);
      return;
    }

    if (options.redirectErrors.length > 0) {
      const proceed = vscode.l10n.t('Continue');
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('{0} will probably refuse the redirect URI.', provider),
        {
          modal: true,
          detail: options.redirectErrors.map((finding) => finding.message).join('\n\n'),
        },
        proceed,
        vscode.l10n.t('Cancel'),
      );
      if (answer !== proceed) {
        return;
      }
    }

    const deviceAvailable = options.flows.includes('device');
    const fallBack = await connectWithBrowser(engine, log, request, deviceAvailable);
    if (fallBack) {
      await connectWithDevice(engine, log, request);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error(`[OAuth] ${provider}: ${message}`);
    void vscode.window.showErrorMessage(message);
  }
}

async function chooseFlow(
  provider: string,
  flows: readonly OAuthLoginFlow[],
): Promise<OAuthLoginFlow | undefined> {
  if (flows.length === 0) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t(
        '{0} has no authorization or device endpoint and no client secret; add them to captain.config.json.',
        provider,
      ),
    );
    return undefined;
  }

  if (flows.length === 1) {
    return flows[0];
  }

  const labels: Record<OAuthLoginFlow, string> = {
    browser: vscode.l10n.t('Browser (loopback)'),
    device: vscode.l10n.t('Device code'),
    client_credentials: vscode.l10n.t('Client credentials'),
  };
  const details: Record<OAuthLoginFlow, string> = {
    browser: vscode.l10n.t('Sign in in a browser on this machine; it returns to 127.0.0.1.'),
    device: vscode.l10n.t('Enter a code on any device; for remote windows and containers.'),
    client_credentials: vscode.l10n.t('A machine token, no user.'),
  };
  const picked = await vscode.window.showQuickPick(
    flows.map((flow) => ({ label: labels[flow], detail: details[flow], flow })),
    { placeHolder: vscode.l10n.t('How to sign in to {0}', provider) },
  );
  return picked?.flow;
}

/**
 * The browser flow. The engine's loopback server already listens when its redirect goes through
 * asExternalUri; only when the external URI keeps the loopback authority is the URL opened.
 * @returns true when the redirect cannot reach this window and the caller should fall back.
 */
async function connectWithBrowser(
  engine: CaptainEngine,
  log: vscode.LogOutputChannel,
  request: ConnectRequest,
  deviceAvailable: boolean,
): Promise<boolean> {
  const { provider } = request;
  const begun = await engine.request(oauthBeginLoginRequest, { provider });
  const external = await vscode.env.asExternalUri(vscode.Uri.parse(begun.redirectUri, true));
  const check = checkLoopbackRedirect(begun.redirectUri, external.toString(true));
  if (check.kind === 'remapped') {
    await engine.request(oauthCancelLoginRequest, { loginId: begun.loginId });
    log.warn(
      `[OAuth] the loopback redirect ${begun.redirectUri} is reachable only as ${check.externalUri} from this window; the provider redirects to 127.0.0.1, so the browser flow cannot finish`,
    );
    return offerDeviceInstead(provider, deviceAvailable);
  }

  if (check.kind === 'localProxy') {
    log.info(
      `[OAuth] this window is served from ${new URL(check.externalUri).origin} on the browser's machine; the provider's redirect to ${begun.redirectUri} reaches the engine there`,
    );
  }

  // openExternal passes only the URL it opens through asExternalUri: that is the provider's page,
  // which stays as is. The redirect_uri inside its query is never rewritten; hence the check above.
  let opened = true;
  if (request.openUrl === undefined) {
    opened = await vscode.env.openExternal(vscode.Uri.parse(begun.authorizationUrl, true));
  } else {
    // The caller's failure to open must still end the pending sign-in, like a cancel would.
    request.openUrl(begun.authorizationUrl).catch((error: unknown) => {
      log.warn(`[OAuth] the caller could not open the sign-in page: ${String(error)}`);
      void engine.request(oauthCancelLoginRequest, { loginId: begun.loginId });
    });
  }
  log.info(`[OAuth] sign-in to ${provider} started (browser ${opened ? 'opened' : 'not opened'})`);

  const outcome = await awaitWithProgress(
    engine,
    begun.loginId,
    vscode.l10n.t('Waiting for {0} sign-in in the browser…', provider),
  );
  report(log, provider, outcome);
  return false;
}

async function offerDeviceInstead(provider: string, deviceAvailable: boolean): Promise<boolean> {
  const message = vscode.l10n.t(
    'The browser sign-in to {0} cannot return to this window.',
    provider,
  );
  const why = vscode.l10n.t(
    'The provider redirects to 127.0.0.1 on the machine where the browser runs, but this window reaches the engine only through a forwarded address.',
  );
  if (!deviceAvailable) {
    void vscode.window.showErrorMessage(
      `${message} ${why} ${vscode.l10n.t('{0} has no device endpoint: run "captain oauth login {0}" on the machine where the engine runs, or add deviceAuthorizationEndpoint.', provider)}`,
    );
    return false;
  }

  const useDevice = vscode.l10n.t('Use Device Code');
  const answer = await vscode.window.showWarningMessage(
    message,
    { modal: true, detail: `${why} ${vscode.l10n.t('Sign in with a device code instead.')}` },
    useDevice,
  );
  return answer === useDevice;
}

/** The device flow: the user code with Copy & Open, and cancellable progress while polling. */
async function connectWithDevice(
  engine: CaptainEngine,
  log: vscode.LogOutputChannel,
  request: ConnectRequest,
): Promise<void> {
  const { provider } = request;
  const device = await engine.request(oauthLoginDeviceRequest, { provider });
  const target = device.verificationUriComplete ?? device.verificationUri;
  log.info(`[OAuth] device sign-in to ${provider} started at ${device.verificationUri}`);
  const copyAndOpen = vscode.l10n.t('Copy & Open');
  void vscode.window
    .showInformationMessage(
      vscode.l10n.t(
        'To sign in to {0}, enter the code {1} at {2}.',
        provider,
        device.userCode,
        device.verificationUri,
      ),
      copyAndOpen,
    )
    .then(async (answer) => {
      if (answer !== copyAndOpen) {
        return;
      }

      await vscode.env.clipboard.writeText(device.userCode);
      if (request.openUrl === undefined) {
        await vscode.env.openExternal(vscode.Uri.parse(target, true));
      } else {
        await request.openUrl(target);
      }
    })
    .then(undefined, (error: unknown) => {
      log.warn(`[OAuth] could not open the verification page: ${String(error)}`);
    });

  const outcome = await awaitWithProgress(
    engine,
    device.loginId,
    vscode.l10n.t('Waiting for the code {0} at {1}…', device.userCode, device.verificationUri),
  );
  report(log, provider, outcome);
}

function awaitWithProgress(
  engine: CaptainEngine,
  loginId: string,
  title: string,
): Thenable<OAuthLoginOutcome> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    (_progress, token) => {
      const subscription = token.onCancellationRequested(() => {
        void engine.request(oauthCancelLoginRequest, { loginId });
      });
      return engine
        .request(oauthAwaitLoginRequest, { loginId })
        .finally(() => subscription.dispose());
    },
  );
}

function report(log: vscode.LogOutputChannel, provider: string, outcome: OAuthLoginOutcome): void {
  if (outcome.ok) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Connected to {0}{1}.',
        provider,
        outcome.connection.subject ? ` as ${outcome.connection.subject}` : '',
      ),
    );
  } else if (outcome.code !== 'cancelled') {
    log.warn(`[OAuth] sign-in to ${provider} failed: ${outcome.code}`);
    void vscode.window.showErrorMessage(outcome.message);
  } else {
    log.info(`[OAuth] sign-in to ${provider} cancelled`);
  }
}
