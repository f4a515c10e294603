/**
 * What asExternalUri made of the engine's loopback redirect, and so whether the browser flow can
 * work from this window.
 * - `loopback`: the external URI kept the loopback authority (a local window, or an SSH window
 *   whose forwarded port is the same), so `http://127.0.0.1:<port>/callback` reaches the engine.
 * - `localProxy`: a web host on the browser's own loopback (code-server opened at 127.0.0.1)
 *   proxies the port by path (`/proxy/<port>/`). The web host, the engine and the browser then
 *   share one machine, so the provider's redirect to 127.0.0.1 reaches the engine directly (unless
 *   the web host's own port is itself forwarded over SSH, which no URI can show).
 * - `remapped`: the external URI has another authority (a forwarded port with another number, a
 *   tunnel or a remote web host). The provider redirects to the registered 127.0.0.1 address,
 *   which the browser cannot reach from here, so the browser flow cannot finish.
 */
export type LoopbackRedirectCheck =
  | { readonly kind: 'loopback'; readonly redirectUri: string }
  | { readonly kind: 'localProxy'; readonly redirectUri: string; readonly externalUri: string }
  | { readonly kind: 'remapped'; readonly redirectUri: string; readonly externalUri: string };

/**
 * Compares the loopback redirect with the URI asExternalUri resolved for it. Pure (no `vscode`),
 * so both URIs come in as strings.
 * @throws {TypeError} when `redirectUri` is not an absolute URL.
 */
export function checkLoopbackRedirect(
  redirectUri: string,
  externalUri: string,
): LoopbackRedirectCheck {
  const loopback = new URL(redirectUri);
  let external: URL;
  try {
    external = new URL(externalUri);
  } catch {
    return { kind: 'remapped', redirectUri, externalUri };
  }

  // Authority: host and port, with the scheme because https on the same host:port is a proxy.
  const same =
    external.protocol === loopback.protocol &&
    external.hostname === loopback.hostname &&
    effectivePort(external) === effectivePort(loopback);
  if (same) {
    return { kind: 'loopback', redirectUri };
  }

  const proxiedByPath = new RegExp(`/(?:abs)?proxy/${effectivePort(loopback)}(?:/|$)`);
  if (loopbackHosts.has(external.hostname) && proxiedByPath.test(external.pathname)) {
    return { kind: 'localProxy', redirectUri, externalUri };
  }

  return { kind: 'remapped', redirectUri, externalUri };
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

function effectivePort(url: URL): string {
  if (url.port !== '') {
    return url.port;
  }

  return url.protocol === 'https:' ? '443' : '80';
}
