import { performance } from 'node:perf_hooks';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { capabilityFactories } from './capabilities';
import { describeError } from './errors';
import { EngineRuntime } from './engineRuntime';
import {
  changeNotification,
  initializeRequest,
  logNotification,
  secretRequest,
  shutdownRequest,
  statusRequest,
  type EngineStatus,
  type InitializeParams,
} from './protocol';
import { CaptainStore } from './store/captainStore';

/**
 * Entry of the engine process, forked by the extension with `process.execPath`. It speaks
 * JSON-RPC over the IPC channel and exits when the extension goes away.
 */
function main(): void {
  if (!process.send) {
    process.stderr.write(
      'the Captain engine runs as a child of the extension; use the captain CLI instead\n',
    );
    process.exit(2);
  }

  const connection = createMessageConnection(
    new IPCMessageReader(process),
    new IPCMessageWriter(process),
  );
  const startedAt = Date.now();
  let runtime: EngineRuntime | undefined;
  let status: EngineStatus = {
    state: 'starting',
    pid: process.pid,
    storePath: '',
    schemaVersion: 0,
    startedAt,
    readyMs: 0,
    readyCpuMs: 0,
    trusted: false,
  };

  const log = (
    level: 'trace' | 'debug' | 'info' | 'warn' | 'error',
    component: string,
    message: string,
  ) => void connection.sendNotification(logNotification, { level, component, message });

  connection.onRequest(initializeRequest, (params: InitializeParams) => {
    if (runtime) {
      return status;
    }

    try {
      runtime = EngineRuntime.open({
        workspaceFolder: params.workspaceFolder,
        storePath: params.storePath,
        configFile: params.configFile,
        settings: params.settings,
        trusted: params.trusted,
        secrets: { get: (name) => connection.sendRequest(secretRequest, { name }) },
        notify: (change) => void connection.sendNotification(changeNotification, change),
        log,
      });
      runtime.startCapabilities(capabilityFactories);
      for (const capability of runtime.capabilities) {
        capability.register(connection);
      }
      status = {
        ...status,
        state: 'ready',
        trusted: params.trusted,
        storePath: runtime.context.store.file,
        schemaVersion: runtime.context.store.schemaVersion,
        readyMs: Math.round(performance.now()),
        readyCpuMs: cpuMs(),
      };
      log(
        'info',
        'Engine',
        `ready in ${status.readyMs} ms, store ${status.storePath} (schema ${status.schemaVersion} of ${CaptainStore.latestSchemaVersion})`,
      );
    } catch (error) {
      status = {
        ...status,
        state: 'failed',
        reason: describeError(error),
        readyMs: Math.round(performance.now()),
      };
      log('error', 'Engine', `failed to start: ${status.reason}`);
    }
    return status;
  });

  connection.onRequest(statusRequest, () => {
    const contributions = runtime?.capabilities.map((capability) => capability.status?.() ?? {});
    return Object.assign({ ...status }, ...(contributions ?? []));
  });

  connection.onRequest(shutdownRequest, async () => {
    await stop(runtime);
    runtime = undefined;
    setImmediate(() => process.exit(0));
  });

  // The extension host died or disconnected: nothing will ask us to stop, so stop now.
  process.on('disconnect', () => {
    void stop(runtime).finally(() => process.exit(0));
  });

  connection.listen();
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return Math.round((usage.user + usage.system) / 1000);
}

async function stop(runtime: EngineRuntime | undefined): Promise<void> {
  if (runtime) {
    await runtime.dispose();
  }
}

main();
