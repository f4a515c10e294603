import { fork, type ChildProcess } from 'node:child_process';
import * as vscode from 'vscode';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  type MessageConnection,
  type RequestType,
  type RequestType0,
} from 'vscode-jsonrpc/node';
import {
  changeNotification,
  initializeRequest,
  logNotification,
  secretRequest,
  shutdownRequest,
  statusRequest,
  type ChangeParams,
  type EngineStatus,
  type InitializeParams,
} from '../engine/protocol';
import type { CaptainEngine } from './captainEngine';
import { Disposable } from './lifecycle';
import type { ComponentLogger } from './logger';

/** How the engine process is found and configured; read fresh at every start. */
export interface EngineLaunch {
  /** Absolute path of the bundled engine entry (dist/engine.js). */
  readonly entry: string;
  initializeParams(): InitializeParams;
  readSecret(name: string): Thenable<string | undefined>;
}

/** Delays between restarts after the engine dies, in ms; after the last one it stays down. */
export const restartBackoffMs = [500, 1000, 2000, 4000, 8000] as const;

/** Restarts are forgiven once the engine has stayed up this long, in ms. */
const stableUptimeMs = 60_000;

/**
 * Starts the engine process on first use (fork with `process.execPath`), speaks JSON-RPC to it
 * over IPC, restarts it with backoff when it dies, and shuts it down cleanly on dispose.
 */
export class EngineClient extends Disposable implements CaptainEngine {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<ChangeParams>());
  private readonly statusEmitter = this._register(
    new vscode.EventEmitter<EngineStatus | undefined>(),
  );
  readonly onDidChange = this.changeEmitter.event;
  readonly onDidChangeStatus = this.statusEmitter.event;

  private readonly engineRequestHandlers: Array<(connection: MessageConnection) => void> = [];
  private current:
    | { child: ChildProcess; connection: MessageConnection; ready: Promise<MessageConnection> }
    | undefined;
  private lastStatus: EngineStatus | undefined;
  private restarts = 0;
  private restartTimer: NodeJS.Timeout | undefined;
  private stopping = false;

  constructor(
    private readonly launch: EngineLaunch,
    private readonly log: ComponentLogger,
    private readonly engineLog: ComponentLogger,
  ) {
    super();
  }

  get status(): EngineStatus | undefined {
    return this.lastStatus;
  }

  /** The engine's process id, or undefined when it is not running. */
  get pid(): number | undefined {
    return this.current?.child.pid;
  }

  /**
   * Answers a request the engine sends to the extension (a secret, the vault key), on this and
   * every later engine process.
   */
  handleEngineRequest<R>(type: RequestType0<R, void>, handler: () => Thenable<R> | R): void {
    const install = (connection: MessageConnection) => connection.onRequest(type, handler);
    this.engineRequestHandlers.push(install);
    if (this.current) {
      install(this.current.connection);
    }
  }

  async refreshStatus(): Promise<EngineStatus | undefined> {
    if (this.lastStatus?.state !== 'ready' || !this.current) {
      return this.lastStatus;
    }
    this.setStatus(await this.current.connection.sendRequest(statusRequest));
    return this.lastStatus;
  }

  /** Sends a request, starting the engine first if it is not running. */
  async request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R> {
    const connection = await this.start();
    return connection.sendRequest(type, params);
  }

  /** Starts the engine if needed and resolves once it reports ready. @throws when it failed. */
  start(): Promise<MessageConnection> {
    if (this.isDisposed) {
      return Promise.reject(new Error('the Captain engine is shut down'));
    }
    if (this.restartTimer) {
      clearTimeout(this.restartTimer);
      this.restartTimer = undefined;
    }
    this.current ??= this.spawn();
    return this.current.ready;
  }

  /** Stops the engine and starts it again, with the settings as they are now. */
  async restart(): Promise<EngineStatus | undefined> {
    await this.stop();
    this.restarts = 0;
    await this.start();
    return this.lastStatus;
  }

  /** Asks the engine to shut down; kills it if it has not exited after `graceMs`. */
  async stop(graceMs = 2000): Promise<void> {
    const running = this.current;
    if (!running) {
      return;
    }

    this.stopping = true;
    const exited = new Promise<void>((resolve) => {
      if (running.child.exitCode !== null || running.child.signalCode !== null) {
        resolve();
      } else {
        running.child.once('exit', () => resolve());
      }
    });
    try {
      await Promise.race([running.connection.sendRequest(shutdownRequest), delay(graceMs)]);
    } catch {
      // The engine may already be gone; the exit wait below settles it.
    }
    const timer = setTimeout(() => running.child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
    this.stopping = false;
  }

  override dispose(): void {
    if (this.restartTimer) {
      clearTimeout(this.restartTimer);
    }
    void this.stop();
    super.dispose();
  }

  private spawn() {
    const params = this.launch.initializeParams();
    this.setStatus({
      state: 'starting',
      pid: 0,
      storePath: params.storePath,
      schemaVersion: 0,
      startedAt: Date.now(),
      readyMs: 0,
      readyCpuMs: 0,
      trusted: params.trusted,
    });
    this.log.info(`starting the engine (${this.launch.entry})`);

    const child = fork(this.launch.entry, [], {
      execPath: process.execPath,
      // The extension host's own flags (an --inspect port when debugging, loaders) are not the
      // engine's: inherited, they clash over the inspector port and slow every start.
      execArgv: [],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    child.stderr?.on('data', (chunk: Buffer) => this.engineLog.warn(chunk.toString().trimEnd()));
    child.stdout?.on('data', (chunk: Buffer) => this.engineLog.info(chunk.toString().trimEnd()));

    const connection = createMessageConnection(
      new IPCMessageReader(child),
      new IPCMessageWriter(child),
    );
    connection.onNotification(logNotification, ({ level, component, message }) =>
      this.logFromEngine(level, component, message),
    );
    connection.onNotification(changeNotification, (change) => this.changeEmitter.fire(change));
    connection.onRequest(secretRequest, ({ name }) => this.launch.readSecret(name));
    for (const install of this.engineRequestHandlers) {
      install(connection);
    }
    connection.listen();

    child.once('exit', (code, signal) => this.onExit(child, code, signal));
    child.once('error', (error) => this.log.error(`engine process error: ${error.message}`));

    const ready = connection.sendRequest(initializeRequest, params).then((status) => {
      this.setStatus(status);
      if (status.state !== 'ready') {
        throw new Error(status.reason ?? 'the engine failed to start');
      }
      this.log.info(`engine ready (pid ${status.pid}) in ${status.readyMs} ms`);
      return connection;
    });
    // Callers get the rejection; this keeps an unobserved one from being reported twice.
    ready.catch(() => undefined);
    return { child, connection, ready };
  }

  private onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.current?.child !== child) {
      return;
    }

    this.current.connection.dispose();
    this.current = undefined;
    const expected = this.stopping || this.isDisposed;
    const uptime = Date.now() - (this.lastStatus?.startedAt ?? Date.now());
    this.setStatus(undefined);
    if (expected) {
      this.log.info('engine stopped');
      return;
    }

    if (uptime > stableUptimeMs) {
      this.restarts = 0;
    }
    const reason = signal ? `signal ${signal}` : `exit code ${code}`;
    if (this.restarts >= restartBackoffMs.length) {
      this.log.error(
        `engine died (${reason}) ${this.restarts} times; not restarting. Run "Captain: Restart Engine".`,
      );
      void vscode.window.showErrorMessage(
        vscode.l10n.t('The Captain engine keeps stopping ({0}). See "Captain: Open Log".', reason),
      );
      return;
    }

    const wait = restartBackoffMs[this.restarts];
    this.restarts += 1;
    this.log.warn(`engine died (${reason}); restarting in ${wait} ms (attempt ${this.restarts})`);
    if (this.restarts === 1) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('The Captain engine stopped ({0}); restarting it.', reason),
      );
    }
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      this.start().catch((error: Error) => this.log.error(`restart failed: ${error.message}`));
    }, wait);
  }

  private logFromEngine(level: string, component: string, message: string): void {
    const line = `[${component}] ${message}`;
    switch (level) {
      case 'trace':
        return this.engineLog.trace(line);
      case 'debug':
        return this.engineLog.debug(line);
      case 'warn':
        return this.engineLog.warn(line);
      case 'error':
        return this.engineLog.error(line);
      default:
        return this.engineLog.info(line);
    }
  }

  private setStatus(status: EngineStatus | undefined): void {
    this.lastStatus = status;
    this.statusEmitter.fire(status);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
