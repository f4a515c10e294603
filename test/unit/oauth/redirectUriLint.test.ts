import assert from 'node:assert/strict';
import { lintRedirectUri } from '../../../src/engine/oauth/redirectUriLint';

function codes(redirectPort: number | undefined, registered: string[]): string[] {
  return lintRedirectUri({ redirectPort, registeredRedirectUris: registered }).map(
    (finding) => finding.code,
  );
}

describe('lintRedirectUri', () => {
  it('accepts the exact loopback URI for an ephemeral port', () => {
    assert.deepEqual(codes(undefined, ['http://127.0.0.1/callback']), []);
  });

  it('accepts a fixed port registered exactly', () => {
    assert.deepEqual(codes(8765, ['http://127.0.0.1:8765/callback']), []);
  });

  it('explains localhost versus 127.0.0.1', () => {
    const [finding] = lintRedirectUri({ registeredRedirectUris: ['http://localhost/callback'] });

    assert.equal(finding.code, 'localhost_vs_ip');
    assert.match(finding.message, /register http:\/\/127\.0\.0\.1:<ephemeral port>\/callback/);
  });

  it('flags a registered http://[::1]/callback like localhost, as an error', () => {
    const [finding] = lintRedirectUri({ registeredRedirectUris: ['http://[::1]/callback'] });

    assert.equal(finding.code, 'localhost_vs_ip');
    assert.equal(finding.severity, 'error');
    assert.match(finding.message, /\[::1\].*127\.0\.0\.1/);
  });

  it('flags a trailing slash', () => {
    assert.deepEqual(codes(undefined, ['http://127.0.0.1/callback/']), ['trailing_slash']);
  });

  it('flags another path', () => {
    assert.deepEqual(codes(undefined, ['http://127.0.0.1/oauth/redirect']), ['path_mismatch']);
  });

  it('flags a fixed port the provider did not register', () => {
    assert.deepEqual(codes(8765, ['http://127.0.0.1:9000/callback']), ['port_not_registered']);
    assert.deepEqual(codes(8765, ['http://127.0.0.1/callback']), ['port_not_registered']);
  });

  it('suggests redirectPort when the provider registered a fixed port', () => {
    const [finding] = lintRedirectUri({
      registeredRedirectUris: ['http://127.0.0.1:9000/callback'],
    });

    assert.equal(finding.code, 'ephemeral_port');
    assert.match(finding.message, /"redirectPort": 9000/);
  });

  it('flags plain http on a non-loopback host', () => {
    assert.deepEqual(codes(undefined, ['http://dev.example.com/callback']), ['insecure_http']);
  });

  it('tells what to register when nothing is known', () => {
    const [finding] = lintRedirectUri({ redirectPort: 0 });

    assert.equal(finding.code, 'nothing_registered');
    assert.equal(finding.severity, 'info');
  });

  it('reports a URI that does not parse', () => {
    assert.deepEqual(codes(undefined, ['/callback']), ['invalid_uri']);
  });
});
