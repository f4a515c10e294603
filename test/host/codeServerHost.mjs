// One throwaway code-server: its own user-data, extensions and HOME folders, its own process group.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hostPaths } from './hostPaths.mjs';

const listenTimeoutMs = 60_000;
const stopGraceMs = 5_000;

// Settings for the throwaway user profile: fewer editors and prompts on the screenshots, and no
// attempts to reach marketplaces or update servers that do not exist offline.
const baseUserSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A code-server process bound to 127.0.0.1 with `--auth none`, started in its own process group
 * so that `stop()` also ends its file watcher, extension host and agent children.
 *
 * `trust`: 'disabled' (default) passes `--disable-workspace-trust`; 'restricted' leaves workspace
 * trust on, so the folder opens untrusted (Restricted Mode) in the fresh profile.
 */
export class CodeServerHost {
  /**
   * @param {{ entry?: string, node?: string, trust?: 'disabled' | 'restricted',
   *   userSettings?: Record<string, unknown>, label?: string, root?: string, home?: string,
   *   env?: Record<string, string> }} [options]
   *   `root`: a lasting folder for the profile (kept by `stop()`; its settings.json is written only
   *   when missing); default a fresh temp folder. `home`: HOME for code-server; default `<root>/home`.
   *   `env`: variables added to code-server's environment (the extension host and engine inherit it).
   */
  constructor(options = {}) {
    this.entry = hostPaths.resolveEntry(options.entry);
    this.node = options.node || process.env.CS_NODE || process.execPath;
    this.trust = options.trust ?? 'disabled';
    this.lasting = Boolean(options.root);
    this.root = options.root
      ? path.resolve(options.root)
      : fs.mkdtempSync(path.join(os.tmpdir(), `captain-${options.label ?? 'host'}-`));
    this.dirs = {};
    for (const name of ['user', 'extensions', 'home', 'chromium']) {
      this.dirs[name] = path.join(this.root, name);
      fs.mkdirSync(this.dirs[name], { recursive: true });
    }
    this.home = options.home ?? this.dirs.home;
    this.extraEnv = options.env ?? {};
    this.logFile = path.join(this.root, 'code-server.log');
    // Without --config, code-server reads (and on first run writes, with a generated password)
    // ~/.config/code-server/config.yaml. Its own file keeps the user's one out of play.
    this.configFile = path.join(this.root, 'config.yaml');
    fs.writeFileSync(this.configFile, 'auth: none\n');
    this.url = undefined;
    this.child = undefined;

    const settings = { ...baseUserSettings, ...options.userSettings };
    if (this.trust === 'restricted') {
      // The modal "Do you trust the authors" prompt would cover the workbench (it does not block
      // the extension host); without it the folder simply stays untrusted.
      settings['security.workspace.trust.enabled'] = true;
      settings['security.workspace.trust.startupPrompt'] = 'never';
    }
    const settingsFile = path.join(this.dirs.user, 'User/settings.json');
    if (!this.lasting || !fs.existsSync(settingsFile)) {
      fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
      fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
    }
  }

  /** Arguments that point code-server at this host's throwaway folders. */
  profileArgs() {
    return [
      '--config',
      this.configFile,
      '--user-data-dir',
      this.dirs.user,
      '--extensions-dir',
      this.dirs.extensions,
    ];
  }

  /** Environment for code-server, with HOME as chosen in the constructor. */
  env() {
    return { ...process.env, ...this.extraEnv, HOME: this.home };
  }

  /**
   * Installs a .vsix (or a marketplace id, which fails offline) into this host's extensions dir.
   * Throws with code-server's output when the install fails.
   */
  installExtension(vsixPath) {
    const result = spawnSync(
      this.node,
      [this.entry, ...this.profileArgs(), '--install-extension', path.resolve(vsixPath), '--force'],
      { env: this.env(), encoding: 'utf8', timeout: 120_000 },
    );
    if (result.status !== 0) {
      throw new Error(
        `installing ${vsixPath} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`,
      );
    }

    return result.stdout.trim();
  }

  /**
   * Starts code-server and resolves with its base URL once it listens. `port` 0 (the default)
   * lets the OS choose a free one. `workspace` opens by default when the URL has no ?folder=.
   * Throws when code-server exits early or does not listen within 60 s.
   *
   * @param {{ port?: number, workspace?: string, extraArgs?: string[] }} [options]
   */
  async start({ port = 0, workspace, extraArgs = [] } = {}) {
    const args = [
      this.entry,
      ...this.profileArgs(),
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      ...(this.trust === 'restricted' ? [] : ['--disable-workspace-trust']),
      ...extraArgs,
      ...(workspace ? [path.resolve(workspace)] : []),
    ];
    // A fresh log per start: the listening line below must come from this run.
    const log = fs.openSync(this.logFile, 'w');
    this.child = spawn(this.node, args, {
      env: this.env(),
      stdio: ['ignore', log, log],
      detached: true,
    });
    fs.closeSync(log);

    const deadline = Date.now() + listenTimeoutMs;
    while (Date.now() < deadline) {
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(this.log());
      if (match) {
        this.url = match[1];
        return this.url;
      }

      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`code-server exited before listening:\n${this.logTail(30)}`);
      }

      await sleep(100);
    }

    throw new Error(
      `code-server did not listen within ${listenTimeoutMs} ms:\n${this.logTail(30)}`,
    );
  }

  /**
   * Copies `folder` into this host's temp folder (leaving out `.captain/` state) and returns the
   * copy's path, so a test run starts from a clean workspace and never writes into the original.
   * With `CAPTAIN_WS_IN_PLACE=1` returns `folder` itself.
   */
  prepareWorkspace(folder) {
    if (process.env.CAPTAIN_WS_IN_PLACE) {
      return path.resolve(folder);
    }

    const copy = path.join(this.root, 'workspace');
    fs.cpSync(path.resolve(folder), copy, {
      recursive: true,
      filter: (source) => path.basename(source) !== '.captain',
    });
    return copy;
  }

  /** The workbench URL that opens `folder` (an absolute path on this machine). */
  workbenchUrl(folder) {
    return `${this.url}/?folder=${encodeURIComponent(path.resolve(folder))}`;
  }

  /** Everything code-server has written so far. */
  log() {
    return fs.existsSync(this.logFile) ? fs.readFileSync(this.logFile, 'utf8') : '';
  }

  logTail(lineCount) {
    return this.log().trimEnd().split('\n').slice(-lineCount).join('\n');
  }

  /** Sends `signal` to code-server's whole process group; false when it is already gone. */
  signalGroup(signal) {
    if (!this.child?.pid) {
      return false;
    }

    try {
      process.kill(-this.child.pid, signal);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Ends the process group (SIGTERM, then SIGKILL after 5 s) and removes the temp folders unless
   * `keep` is true or they are a lasting `root`; returns the path of what was kept.
   */
  async stop({ keep = false } = {}) {
    if (this.signalGroup('SIGTERM')) {
      const deadline = Date.now() + stopGraceMs;
      while (Date.now() < deadline && this.signalGroup(0)) {
        await sleep(100);
      }
      this.signalGroup('SIGKILL');
    }

    if (keep || this.lasting) {
      return this.root;
    }

    fs.rmSync(this.root, { recursive: true, force: true });
    return undefined;
  }

  /** Synchronous last resort for process 'exit' handlers. */
  killNow() {
    this.signalGroup('SIGKILL');
  }
}
