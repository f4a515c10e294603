import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EngineRuntime } from '../../../src/engine/engineRuntime';

describe('EngineRuntime', () => {
  let folder: string;
  let configFile: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-runtime-'));
    configFile = path.join(folder, 'captain.config.json');
    fs.writeFileSync(
      configFile,
      JSON.stringify({ services: { pay: { baseUrl: 'http://127.0.0.1:1' } } }),
    );
  });

  afterEach(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  function open(trusted: boolean) {
    return EngineRuntime.open({
      workspaceFolder: folder,
      storePath: path.join(folder, '.captain', 'captain.db'),
      configFile,
      trusted,
      secrets: { get: async () => 'value' },
    });
  }

  it('reads the config, and re-reads it after the file changes', async () => {
    const runtime = open(true);

    assert.deepEqual(Object.keys(runtime.context.config().services ?? {}), ['pay']);
    fs.writeFileSync(
      configFile,
      JSON.stringify({ services: { refunds: { baseUrl: 'http://127.0.0.1:2' } } }),
    );
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(configFile, later, later);

    assert.deepEqual(Object.keys(runtime.context.config().services ?? {}), ['refunds']);
    assert.equal(await runtime.context.secrets.get('x'), 'value');
    await runtime.dispose();
  });

  it('reads no config and resolves no secret in Restricted Mode', async () => {
    const runtime = open(false);

    assert.deepEqual(runtime.context.config(), {});
    await assert.rejects(runtime.context.secrets.get('x'), /Restricted Mode/);
    assert.deepEqual(runtime.context.env, {});
    await runtime.dispose();
  });

  it('disposes capabilities in reverse order of start', async () => {
    const runtime = open(true);
    const stopped: string[] = [];
    const capability = (name: string) => () => ({
      name,
      register: () => undefined,
      dispose: async () => void stopped.push(name),
    });

    runtime.startCapabilities([capability('first'), capability('second')]);
    await runtime.dispose();

    assert.deepEqual(stopped, ['second', 'first']);
  });
});
