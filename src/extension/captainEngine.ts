import type * as vscode from 'vscode';
import type { RequestType } from 'vscode-jsonrpc/node';
import type { ChangeParams, EngineStatus } from '../engine/protocol';

/**
 * The extension's view of the engine process. `request` starts the engine on first use; views
 * listen to `onDidChange` for their topic instead of polling.
 */
export interface CaptainEngine {
  request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R>;
  readonly onDidChange: vscode.Event<ChangeParams>;
  /** Fires on every engine state change (starting, ready, failed, stopped). */
  readonly onDidChangeStatus: vscode.Event<EngineStatus | undefined>;
  /** The last known status, without starting the engine. */
  readonly status: EngineStatus | undefined;
  /** Asks a running engine for its current status (receiver counts); never starts it. */
  refreshStatus(): Promise<EngineStatus | undefined>;
}
