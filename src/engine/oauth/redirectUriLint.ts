/** One thing that will make (or may make) the provider refuse the redirect. */
export interface RedirectUriFinding {
  readonly code:
    | 'localhost_vs_ip'
    | 'trailing_slash'
    | 'path_mismatch'
    | 'port_not_registered'
    | 'ephemeral_port'
    | 'insecure_http'
    | 'invalid_uri'
    | 'nothing_registered';
  readonly severity: 'error' | 'warning' | 'info';
  /** Says what is wrong and what to register or configure instead. */
  readonly message: string;
  /** The registered URI the finding is about, when there is one. */
  readonly registered?: string;
}

/** What {@link lintRedirectUri} compares. */
export interface RedirectUriLintInput {
  /** The fixed loopback port from the config; 0 or undefined means an ephemeral port per sign-in. */
  readonly redirectPort?: number;
  /** The redirect URIs registered at the provider, as the user copied them (optional). */
  readonly registeredRedirectUris?: readonly string[];
}

const callbackPath = '/callback';

/**
 * Explains, before a sign-in fails, the classic redirect-URI mismatches between what Captain sends
 * (`http://127.0.0.1:<port>/callback`) and what the provider has registered: `localhost` instead
 * of `127.0.0.1`, a trailing slash, another path, a fixed port the provider does not know (or an
 * ephemeral port where the provider wants an exact one), and plain http on a non-loopback host.
 * Pure; never throws.
 */
export function lintRedirectUri(input: RedirectUriLintInput): RedirectUriFinding[] {
  const fixedPort =
    input.redirectPort !== undefined && input.redirectPort !== 0 ? input.redirectPort : undefined;
  const ours = `http://127.0.0.1${fixedPort === undefined ? ':<ephemeral port>' : `:${fixedPort}`}${callbackPath}`;
  const registered = input.registeredRedirectUris ?? [];
  if (registered.length === 0) {
    return [
      {
        code: 'nothing_registered',
        severity: 'info',
        message: `register ${ours} at the provider${fixedPort === undefined ? ' (RFC 8252 says any port must be accepted for loopback; if the provider wants an exact port, set redirectPort)' : ''}`,
      },
    ];
  }

  const findings: RedirectUriFinding[] = [];
  for (const uri of registered) {
    findings.push(...lintOne(uri, fixedPort, ours));
  }

  return findings;
}

function lintOne(uri: string, fixedPort: number | undefined, ours: string): RedirectUriFinding[] {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return [
      {
        code: 'invalid_uri',
        severity: 'error',
        registered: uri,
        message: `${JSON.stringify(uri)} is not an absolute URI; register ${ours}`,
      },
    ];
  }

  const findings: RedirectUriFinding[] = [];
  const add = (
    code: RedirectUriFinding['code'],
    severity: RedirectUriFinding['severity'],
    message: string,
  ) => findings.push({ code, severity, message, registered: uri });

  if (url.hostname === 'localhost') {
    add(
      'localhost_vs_ip',
      'error',
      `${uri} uses localhost but Captain redirects to 127.0.0.1 (RFC 8252 §8.3: localhost may resolve elsewhere); register ${ours}`,
    );
  } else if (url.hostname === '[::1]') {
    add(
      'localhost_vs_ip',
      'error',
      `${uri} uses the IPv6 loopback [::1] but Captain listens and redirects on 127.0.0.1 only; providers compare the host exactly: register ${ours}`,
    );
  } else if (url.hostname !== '127.0.0.1') {
    if (url.protocol === 'http:') {
      add(
        'insecure_http',
        'error',
        `${uri} is plain http on a non-loopback host; providers refuse it and tokens would cross the network in clear: use https, or register ${ours}`,
      );
    } else {
      add(
        'path_mismatch',
        'warning',
        `${uri} is not a loopback address; Captain's browser flow can only receive ${ours}`,
      );
    }
    return findings;
  }

  if (url.pathname !== callbackPath) {
    if (url.pathname === `${callbackPath}/`) {
      add(
        'trailing_slash',
        'error',
        `${uri} ends with a slash; providers compare redirect URIs exactly: register ${ours}`,
      );
    } else {
      add(
        'path_mismatch',
        'error',
        `${uri} has path ${url.pathname} but Captain listens on ${callbackPath}: register ${ours}`,
      );
    }
  }

  const registeredPort = url.port === '' ? undefined : Number(url.port);
  if (fixedPort !== undefined && registeredPort !== undefined && registeredPort !== fixedPort) {
    add(
      'port_not_registered',
      'error',
      `${uri} registers port ${registeredPort} but redirectPort is ${fixedPort}; make them equal`,
    );
  } else if (fixedPort !== undefined && registeredPort === undefined) {
    add(
      'port_not_registered',
      'warning',
      `${uri} has no port while redirectPort is ${fixedPort}; a provider that compares exactly needs ${ours}`,
    );
  } else if (fixedPort === undefined && registeredPort !== undefined) {
    add(
      'ephemeral_port',
      'warning',
      `${uri} fixes port ${registeredPort} but Captain picks a free port per sign-in; set "redirectPort": ${registeredPort} unless the provider accepts any loopback port (RFC 8252 §7.3)`,
    );
  }

  return findings;
}
