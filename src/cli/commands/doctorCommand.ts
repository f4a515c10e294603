import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { configFileName } from '../../engine/config/captainConfig';
import { ConfigError, loadConfigFile } from '../../engine/config/configLoader';
import { defaultEngineSettings } from '../../engine/engineContext';
import { describeError } from '../../engine/errors';
import { CaptainStore } from '../../engine/store/captainStore';
import { resolveStorePath } from '../../engine/store/storePaths';
import type { CliCommand } from '../cliCommand';

/** One line of the doctor's report. */
export interface DoctorCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

const minimumNode = [20, 19] as const;

/** `captain doctor`: checks that this machine and workspace can run the engine. */
export const doctorCommand: CliCommand = {
  name: 'doctor',
  summary: 'Check Node, SQLite, the store, the config and the default ports',
  usage: 'captain doctor [--json] [--db F] [--config F] [-C folder]',
  options: {},
  async run(invocation) {
    const workspace = path.resolve(stringOr(invocation.values.workspace, '.'));
    const checks = [
      checkNode(),
      checkStore(resolveStorePath(workspace, stringOr(invocation.values.db, ''))),
      checkConfig(path.resolve(workspace, stringOr(invocation.values.config, configFileName))),
      await checkPortFree(defaultEngineSettings.webhookHost, defaultEngineSettings.webhookPort),
    ];

    if (invocation.values.json) {
      invocation.stdout.write(`${JSON.stringify({ ok: checks.every((c) => c.ok), checks })}\n`);
    } else {
      for (const check of checks) {
        invocation.stdout.write(`${check.ok ? 'ok  ' : 'FAIL'}  ${check.name}: ${check.detail}\n`);
      }
    }
    return checks.every((check) => check.ok) ? 0 : 1;
  },
};

function checkNode(): DoctorCheck {
  const [major, minor] = process.versions.node.split('.').map(Number);
  const ok = major > minimumNode[0] || (major === minimumNode[0] && minor >= minimumNode[1]);
  return {
    name: 'node',
    ok,
    detail: ok
      ? `Node ${process.versions.node}`
      : `Node ${process.versions.node} is too old; install Node ${minimumNode.join('.')} or newer`,
  };
}

/**
 * Opens an existing store read-only (doctor changes nothing); for a missing one, checks that SQLite
 * loads and says the file is made on first use.
 */
function checkStore(file: string): DoctorCheck {
  try {
    if (!fs.existsSync(file)) {
      const memory = new BetterSqlite3(':memory:');
      const sqlite = sqliteVersion(memory);
      memory.close();
      return {
        name: 'store',
        ok: true,
        detail: `${file} does not exist yet; it is created on first use (SQLite ${sqlite} loads)`,
      };
    }

    const store = CaptainStore.open(file, { readonly: true });
    const version = store.schemaVersion;
    const problems = store.checkIntegrity();
    const sqlite = sqliteVersion(store.db);
    store.close();
    if (problems.length > 0) {
      return {
        name: 'store',
        ok: false,
        detail: `${file} fails integrity_check: ${problems.slice(0, 3).join('; ')}`,
      };
    }

    const latest = CaptainStore.latestSchemaVersion;
    if (version > latest) {
      return {
        name: 'store',
        ok: false,
        detail: `${file}: schema ${version} is newer than this build knows (${latest}); update API Integration Captain`,
      };
    }
    const migration = version < latest ? `, migrates to ${latest} on next use` : '';
    return {
      name: 'store',
      ok: true,
      detail: `${file} (SQLite ${sqlite}, schema ${version}${migration})`,
    };
  } catch (error) {
    return { name: 'store', ok: false, detail: describeError(error) };
  }
}

function sqliteVersion(db: Database): string {
  return (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
}

function checkConfig(file: string): DoctorCheck {
  try {
    const config = loadConfigFile(file);
    if (!config) {
      return { name: 'config', ok: true, detail: `${file} not found (nothing configured yet)` };
    }
    const counts = [
      `${Object.keys(config.webhooks?.endpoints ?? {}).length} webhook endpoints`,
      `${Object.keys(config.oauth?.providers ?? {}).length} OAuth providers`,
      `${Object.keys(config.services ?? {}).length} services`,
    ];
    return { name: 'config', ok: true, detail: `${file}: ${counts.join(', ')}` };
  } catch (error) {
    const detail = error instanceof ConfigError ? error.message : describeError(error);
    return { name: 'config', ok: false, detail };
  }
}

function checkPortFree(host: string, port: number): Promise<DoctorCheck> {
  const name = 'webhook port';
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      resolve({
        name,
        ok: false,
        detail: `${host}:${port} is taken (${error.code}); stop what uses it or set captain.webhooks.port / --port`,
      }),
    );
    server.listen(port, host, () =>
      server.close(() => resolve({ name, ok: true, detail: `${host}:${port} is free` })),
    );
  });
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}
