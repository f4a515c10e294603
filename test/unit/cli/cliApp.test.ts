import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli } from '../../../src/cli/cliApp';
import { UsageError, type CliCommand } from '../../../src/cli/cliCommand';
import { doctorCommand } from '../../../src/cli/commands/doctorCommand';
import { CaptainStore } from '../../../src/engine/store/captainStore';

function io(cwd: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  return {
    streams: {
      stdin: new PassThrough(),
      stdout,
      stderr,
      env: {},
      cwd,
      version: '9.9.9',
      interrupted: new Promise<void>(() => undefined),
    },
    out: () => out,
    err: () => err,
  };
}

const configCommand: CliCommand = {
  name: 'config show',
  summary: 'print the config',
  usage: 'captain config show',
  options: { strict: { type: 'boolean' } },
  async run(invocation) {
    if (invocation.positionals.length > 0) {
      throw new UsageError('expected no arguments');
    }
    const engine = await invocation.engine();
    invocation.stdout.write(`${JSON.stringify(engine.config())}\n`);
    return 0;
  },
};

describe('captain CLI', () => {
  let folder: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-cli-'));
  });

  afterEach(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('prints its version and help', async () => {
    const version = io(folder);
    const help = io(folder);

    assert.equal(await runCli(['--version'], [doctorCommand], version.streams), 0);
    assert.equal(await runCli(['--help'], [doctorCommand, configCommand], help.streams), 0);

    assert.equal(version.out(), '9.9.9\n');
    assert.match(help.out(), /doctor\s+Check Node/);
    assert.match(help.out(), /config show\s+print the config/);
  });

  it('prints its version when --version follows a verb, without running the verb', async () => {
    const version = io(folder);

    assert.equal(await runCli(['doctor', '--version'], [doctorCommand], version.streams), 0);

    assert.equal(version.out(), '9.9.9\n');
    assert.equal(fs.existsSync(path.join(folder, '.captain')), false);
  });

  it('exits 2 on an unknown command or flag', async () => {
    const unknown = io(folder);
    const badFlag = io(folder);

    assert.equal(await runCli(['deploy'], [doctorCommand], unknown.streams), 2);
    assert.equal(await runCli(['doctor', '--nope'], [doctorCommand], badFlag.streams), 2);

    assert.match(unknown.err(), /unknown command 'deploy'/);
    assert.match(badFlag.err(), /usage: captain doctor/);
    assert.equal(unknown.out(), '');
  });

  it('prints config problems as file:line:col on stderr and exits 2', async () => {
    fs.writeFileSync(
      path.join(folder, 'captain.config.json'),
      '{\n  "services": { "pay": {} }\n}\n',
    );
    const run = io(folder);

    const code = await runCli(['config', 'show'], [configCommand], run.streams);

    assert.equal(code, 2);
    const file = path.join(folder, 'captain.config.json');
    assert.equal(run.err(), `${file}:2:24: missing required field 'baseUrl' (services.pay)\n`);
    assert.equal(run.out(), '');
  });

  it('opens the store given with --db and reads the config given with --config', async () => {
    const config = path.join(folder, 'other.json');
    fs.writeFileSync(config, '{"contracts": {"specs": ["a.yaml"]}}');
    const db = path.join(folder, 'custom', 'store.db');
    const run = io(folder);

    const code = await runCli(
      ['config', 'show', '--db', db, '--config', config],
      [configCommand],
      run.streams,
    );

    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(run.out()), { contracts: { specs: ['a.yaml'] } });
    assert.ok(fs.existsSync(db));
  });

  it('reports a usage error from a verb with its usage line', async () => {
    const run = io(folder);

    const code = await runCli(['config', 'show', 'extra'], [configCommand], run.streams);

    assert.equal(code, 2);
    assert.match(run.err(), /expected no arguments\nusage: captain config show/);
  });

  it('doctor reports every check as JSON', async () => {
    const run = io(folder);

    const code = await runCli(['doctor', '--json', '-C', folder], [doctorCommand], run.streams);

    const report = JSON.parse(run.out());
    assert.deepEqual(
      report.checks.map((check: { name: string }) => check.name),
      ['node', 'store', 'config', 'webhook port'],
    );
    assert.equal(report.checks[1].ok, true);
    assert.equal(code, report.ok ? 0 : 1);
  });

  it('doctor creates no store where there is none, and reads an existing one read-only', async () => {
    const before = io(folder);
    const after = io(folder);
    const store = path.join(folder, '.captain', 'captain.db');

    await runCli(['doctor', '--json', '-C', folder], [doctorCommand], before.streams);
    assert.equal(fs.existsSync(store), false);
    CaptainStore.open(store).close();
    const size = fs.statSync(store).size;
    await runCli(['doctor', '--json', '-C', folder], [doctorCommand], after.streams);

    assert.match(JSON.parse(before.out()).checks[1].detail, /created on first use/);
    assert.match(JSON.parse(after.out()).checks[1].detail, /schema \d+\)/);
    assert.equal(fs.statSync(store).size, size);
  });

  it('doctor exits 1 and says what to fix when the config, the store and the port are bad', async () => {
    const run = io(folder);
    fs.writeFileSync(
      path.join(folder, 'captain.config.json'),
      '{\n  "services": { "pay": {} }\n}\n',
    );
    fs.mkdirSync(path.join(folder, '.captain'), { recursive: true });
    fs.writeFileSync(path.join(folder, '.captain', 'captain.db'), 'not a database, '.repeat(512));
    const blocker = net.createServer();
    // Taken by this server, or already by something else: either way doctor must report it.
    await new Promise<void>((resolve) => {
      blocker.once('error', () => resolve());
      blocker.listen(4242, '127.0.0.1', resolve);
    });

    let code: number;
    try {
      code = await runCli(['doctor', '-C', folder], [doctorCommand], run.streams);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }

    assert.equal(code, 1);
    const lines = run.out().trimEnd().split('\n');
    assert.match(lines[0], /^ok +node: Node \d+/);
    assert.match(lines[1], /^FAIL +store: .*captain\.db/);
    assert.match(lines[2], /^FAIL +config: .*captain\.config\.json:2:\d+: /);
    assert.match(
      lines[3],
      /^FAIL +webhook port: 127\.0\.0\.1:4242 is taken \(EADDRINUSE\); stop what uses it/,
    );
  });
});
