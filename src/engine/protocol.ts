import { NotificationType, RequestType, RequestType0 } from 'vscode-jsonrpc/node';
import type { ChangeTopic, EngineSettings } from './engineContext';

/**
 * The JSON-RPC contract between the extension host and the engine process (over the IPC channel).
 * Requests and notifications of each capability live in their own file and are re-exported here,
 * so this module is the one place both sides import.
 */

export interface InitializeParams {
  readonly workspaceFolder: string;
  readonly storePath: string;
  readonly configFile: string;
  readonly settings: Partial<EngineSettings>;
  /** False in Restricted Mode: the engine then reads no workspace config and resolves no secrets. */
  readonly trusted: boolean;
}

export interface EngineStatus {
  readonly state: 'starting' | 'ready' | 'failed';
  readonly pid: number;
  readonly storePath: string;
  readonly schemaVersion: number;
  readonly startedAt: number;
  /** Milliseconds from process start to ready. */
  readonly readyMs: number;
  /** CPU time (user + system) the engine process had used when it became ready, in ms. */
  readonly readyCpuMs: number;
  /** False in Restricted Mode: the workspace config is not read and no secret is resolved. */
  readonly trusted: boolean;
  readonly reason?: string;
  readonly receiver?: { readonly url: string; readonly accepted: number; readonly failing: number };
}

export const initializeRequest = new RequestType<InitializeParams, EngineStatus, void>(
  'engine/initialize',
);
export const statusRequest = new RequestType0<EngineStatus, void>('engine/status');
export const shutdownRequest = new RequestType0<void, void>('engine/shutdown');

export interface LogParams {
  readonly level: 'trace' | 'debug' | 'info' | 'warn' | 'error';
  readonly component: string;
  readonly message: string;
}

export interface ChangeParams {
  readonly topic: ChangeTopic;
  readonly reason: string;
  readonly key?: string;
}

/** Engine → extension: a line for the shared log channel. */
export const logNotification = new NotificationType<LogParams>('engine/log');
/** Engine → extension: state changed; views of that topic refresh. */
export const changeNotification = new NotificationType<ChangeParams>('engine/changed');
/** Engine → extension: the value of `${secret:NAME}` from SecretStorage (undefined when unset). */
export const secretRequest = new RequestType<{ name: string }, string | undefined, void>(
  'secrets/get',
);

export * from './oauth/oauthProtocol';
export * from './resilience/resilienceProtocol';
export * from './webhooks/webhooksProtocol';
export * from './contracts/contractsProtocol';
