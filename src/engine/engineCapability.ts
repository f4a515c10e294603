import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { EngineStatus } from './protocol';

/**
 * One capability of the engine process (webhooks, OAuth, contracts, resilience). The engine builds
 * each with its {@link EngineContext}, lets it register its JSON-RPC handlers, and disposes them
 * in reverse order on shutdown.
 */
export interface EngineCapability {
  readonly name: string;
  /** Registers this capability's request handlers on the connection to the extension. */
  register(connection: MessageConnection): void;
  /** What this capability adds to the engine status (the receiver's address and counts). */
  status?(): Partial<Pick<EngineStatus, 'receiver'>>;
  /** Stops servers and timers; pending work is left in the store for the next start. */
  dispose(): Promise<void>;
}
