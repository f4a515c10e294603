import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { routeCommand } from '../../../src/cli/commands/routeCommand';
import type { CliInvocation } from '../../../src/cli/cliCommand';

async function runRoute(positionals: string[], values: CliInvocation['values'], input = '') {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  stdin.end(input);

  const code = await routeCommand.run({
    positionals,
    values,
    stdin,
    stdout,
    stderr,
    engine: () => Promise.reject(new Error('route needs no engine')),
    interrupted: new Promise<void>(() => undefined),
  });

  return { code, out, err };
}

describe('routeCommand', () => {
  it('prints one JSON decision for a request', async () => {
    const { code, out } = await runRoute(['set up Stripe webhooks'], { json: true });

    const decision = JSON.parse(out) as Record<string, unknown>;
    assert.equal(code, 0);
    assert.deepEqual(Object.keys(decision), [
      'route',
      'handoff',
      'confidence',
      'engaged',
      'signals',
    ]);
    assert.equal(decision.route, 'webhook-handler');
    assert.equal(decision.handoff, null);
    assert.equal(decision.engaged, true);
  });

  it('prints a short human line without --json', async () => {
    const { code, out } = await runRoute(
      ['renew', 'the', 'TLS', 'certificate', 'on', 'the', 'server'],
      {},
    );

    assert.equal(code, 0);
    assert.match(out, /^hand off to Infrastructure 0\.90/);
    assert.equal(out.trim().split('\n').length, 1);
  });

  it('answers one JSON line per stdin line, in order, skipping blank lines', async () => {
    const input = 'add retries\n\nprevent double submits\r\nset up DNS for the receiver\n';

    const { code, out } = await runRoute([], { json: true, stdin: true }, input);

    const lines = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { route: string; handoff: string | null });
    assert.equal(code, 0);
    assert.deepEqual(
      lines.map((d) => d.handoff ?? d.route),
      ['resilience', 'none', 'infrastructure'],
    );
  });

  it('applies --threshold to engagement', async () => {
    const { out } = await runRoute(['set up Stripe webhooks'], { json: true, threshold: '0.95' });

    assert.equal((JSON.parse(out) as { engaged: boolean }).engaged, false);
  });

  it('exits 2 with usage when there is no request and no --stdin', async () => {
    const { code, out, err } = await runRoute([], { json: true });

    assert.equal(code, 2);
    assert.equal(out, '');
    assert.match(err, /usage: captain route/);
  });

  it('exits 2 on a threshold that is not a number from 0 to 1', async () => {
    assert.equal((await runRoute(['x'], { threshold: 'high' })).code, 2);
    assert.equal((await runRoute(['x'], { threshold: '2' })).code, 2);
  });
});
