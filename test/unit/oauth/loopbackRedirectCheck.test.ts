import assert from 'node:assert/strict';
import { checkLoopbackRedirect } from '../../../src/extension/oauth/loopbackRedirectCheck';

describe('checkLoopbackRedirect', () => {
  const redirect = 'http://127.0.0.1:53117/callback';

  it('keeps the loopback redirect when asExternalUri returns the same authority', () => {
    const check = checkLoopbackRedirect(redirect, 'http://127.0.0.1:53117/callback');

    assert.deepEqual(check, { kind: 'loopback', redirectUri: redirect });
  });

  it('reports a forwarded port with another number as remapped', () => {
    const check = checkLoopbackRedirect(redirect, 'http://127.0.0.1:60021/callback');

    assert.equal(check.kind, 'remapped');
  });

  it('reports a tunnel or web host as remapped', () => {
    const check = checkLoopbackRedirect(
      redirect,
      'https://53117-captain.github.dev/callback?tunnel=1',
    );

    assert.deepEqual(check, {
      kind: 'remapped',
      redirectUri: redirect,
      externalUri: 'https://53117-captain.github.dev/callback?tunnel=1',
    });
  });

  it('reports https on the same host and port as remapped (a proxy, not the loopback server)', () => {
    assert.equal(
      checkLoopbackRedirect(redirect, 'https://127.0.0.1:53117/callback').kind,
      'remapped',
    );
  });

  it('reports localhost as remapped: the provider only knows 127.0.0.1', () => {
    assert.equal(
      checkLoopbackRedirect(redirect, 'http://localhost:53117/callback').kind,
      'remapped',
    );
  });

  it("reads code-server's path proxy on a loopback host as a local web host", () => {
    const check = checkLoopbackRedirect(redirect, 'http://127.0.0.1:8080/proxy/53117/callback');

    assert.deepEqual(check, {
      kind: 'localProxy',
      redirectUri: redirect,
      externalUri: 'http://127.0.0.1:8080/proxy/53117/callback',
    });
  });

  it('reports a path proxy on a remote host, or of another port, as remapped', () => {
    assert.equal(
      checkLoopbackRedirect(redirect, 'https://code.example.dev/proxy/53117/callback').kind,
      'remapped',
    );
    assert.equal(
      checkLoopbackRedirect(redirect, 'http://127.0.0.1:8080/proxy/5311/callback').kind,
      'remapped',
    );
  });
});
