import type { MessageConnection } from 'vscode-jsonrpc/node';

/**
 * One capability of the engine process (webhooks, OAuth, contracts, resilience). The engine builds
 * each with its {@link EngineContext}, lets it register its JSON-RPC handlers, and disposes them
 * in reverse order on shutdown.
 */
export interface EngineCapability {
  readonly name: string;
  /** Registers this capability's request handlers on the connection to the extension. */
  register(connection: MessageConnection): void;
  /** Stops servers and timers; pending work is left in the store for the next start. */
  dispose(): Promise<void>;
}
