/**
 * What asExternalUri made of the engine's loopback redirect, and so whether the browser flow can
 * work from this window.
 * - `loopback`: the external URI kept the loopback authority (a local window, or an SSH window
 *   whose forwarded port is the same), so `http://127.0.0.1:<port>/callback` reaches the engine.
 * - `remapped`: the external URI has another authority (a forwarded port with another number, a
 *   tunnel or a web host). The provider redirects to the registered 127.0.0.1 address, which the
 *   browser cannot reach from here, so the browser flow cannot finish.
 */
export type LoopbackRedirectCheck =
  | { readonly kind: 'loopback'; readonly redirectUri: string }
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
  return same ? { kind: 'loopback', redirectUri } : { kind: 'remapped', redirectUri, externalUri };
}

function effectivePort(url: URL): string {
  if (url.port !== '') {
    return url.port;
  }

  return url.protocol === 'https:' ? '443' : '80';
}
