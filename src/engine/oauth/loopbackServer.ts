import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { OAuthError } from './oauthError';
import { renderResultPage, type ResultPageContent } from './resultPage';

/** Default time the loopback server waits for the browser, in ms (5 minutes). */
export const defaultCallbackTimeoutMs = 5 * 60 * 1000;

/** Options for {@link LoopbackServer.start}. */
export interface LoopbackServerOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free ephemeral one. */
  readonly port?: number;
  /** How long to wait for the callback, in ms. Default {@link defaultCallbackTimeoutMs}. */
  readonly timeoutMs?: number;
  /** Shown on the result page. */
  readonly provider: string;
  /** Rejects the wait with `cancelled` when aborted. */
  readonly signal?: AbortSignal;
}

/** The one callback the server accepted; answer it with the outcome of the token exchange. */
export interface LoopbackCallback {
  /** The full callback URL as the browser sent it. */
  readonly url: URL;
  /** Sends the result page and closes the server. */
  respond(content: Omit<ResultPageContent, 'provider'>): void;
}

const callbackPath = '/callback';

/**
 * A one-shot redirect target for the authorization code flow (RFC 8252 §7.3): listens on
 * 127.0.0.1 only, accepts exactly one request to `/callback`, and closes after answering it or
 * after the timeout. Later or concurrent callbacks get a 409 page and change nothing.
 */
export class LoopbackServer {
  private callbackSeen = false;
  private closed = false;
  private settle!: {
    resolve: (callback: LoopbackCallback) => void;
    reject: (error: Error) => void;
  };
  private readonly callback: Promise<LoopbackCallback>;
  private timer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly server: http.Server,
    private readonly options: LoopbackServerOptions,
  ) {
    this.callback = new Promise((resolve, reject) => {
      this.settle = { resolve, reject };
    });
    // A flow that is abandoned must not leave an unhandled rejection behind.
    this.callback.catch(() => undefined);
  }

  /**
   * Starts listening on 127.0.0.1.
   * @throws {OAuthError} `provider_config` when the fixed port is taken.
   */
  static async start(options: LoopbackServerOptions): Promise<LoopbackServer> {
    const server = http.createServer();
    const loopback = new LoopbackServer(server, options);
    server.on('request', (request, response) => loopback.handle(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          new OAuthError(
            'provider_config',
            `cannot listen on 127.0.0.1:${options.port ?? 0} for the OAuth callback (${error.code ?? error.message}); free the port or change redirectPort`,
            { cause: error },
          ),
        ),
      );
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    loopback.arm();
    return loopback;
  }

  /** The port the server listens on. */
  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The address the server is bound to (always `127.0.0.1`). */
  get address(): AddressInfo {
    return this.server.address() as AddressInfo;
  }

  /** `http://127.0.0.1:<port>/callback`. */
  get redirectUri(): string {
    return `http://127.0.0.1:${this.port}${callbackPath}`;
  }

  /**
   * Resolves with the first callback.
   * @throws {OAuthError} `callback_timeout` after the timeout, `cancelled` when the signal aborts.
   */
  waitForCallback(): Promise<LoopbackCallback> {
    return this.callback;
  }

  /** Stops listening and drops open connections; idempotent. */
  close(): void {
    if (this.closed) {
      return;
    }

    this.closed = true;
    clearTimeout(this.timer);
    this.server.close();
    this.server.closeAllConnections();
    this.settle.reject(
      new OAuthError(
        'cancelled',
        `the ${this.options.provider} sign-in was closed before a callback arrived`,
      ),
    );
  }

  private arm(): void {
    const timeoutMs = this.options.timeoutMs ?? defaultCallbackTimeoutMs;
    this.timer = setTimeout(() => {
      this.settle.reject(
        new OAuthError(
          'callback_timeout',
          `no OAuth callback from ${this.options.provider} within ${describeTimeout(timeoutMs)}; finish the sign-in in the browser sooner, or check that the browser can reach ${this.redirectUri}`,
        ),
      );
      this.close();
    }, timeoutMs);
    this.timer.unref();
    this.options.signal?.addEventListener('abort', () => this.close(), { once: true });
  }

  private handle(request: http.IncomingMessage, response: http.ServerResponse): void {
    const url = new URL(request.url ?? '/', this.redirectUri);
    if (request.method !== 'GET' || url.pathname !== callbackPath) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }

    if (this.callbackSeen) {
      this.sendPage(response, 409, {
        outcome: 'failure',
        title: 'Sign-in already handled',
        detail:
          'This sign-in has already received its callback; this one was ignored. Start a new sign-in if you need to.',
      });
      return;
    }

    this.callbackSeen = true;
    clearTimeout(this.timer);
    let answered = false;
    this.settle.resolve({
      url,
      respond: (content) => {
        if (answered) {
          return;
        }

        answered = true;
        this.sendPage(response, content.outcome === 'success' ? 200 : 400, content, () =>
          this.close(),
        );
      },
    });
  }

  private sendPage(
    response: http.ServerResponse,
    status: number,
    content: Omit<ResultPageContent, 'provider'>,
    then?: () => void,
  ): void {
    const body = renderResultPage({ ...content, provider: this.options.provider });
    response.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      connection: 'close',
    });
    response.end(body, then);
  }
}

/** "5 min", "30 s", "250 ms": never "0 s" for a timeout under a second. */
function describeTimeout(timeoutMs: number): string {
  if (timeoutMs < 1000) {
    return `${timeoutMs} ms`;
  }

  const seconds = Math.round(timeoutMs / 1000);
  return seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}
