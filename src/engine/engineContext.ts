import type { CaptainConfig } from './config/captainConfig';
import type { SecretSource } from './config/secretReferences';
import type { CaptainStore } from './store/captainStore';

/** Areas whose state changes are pushed to the editor so its views refresh without polling. */
export type ChangeTopic = 'engine' | 'webhooks' | 'circuits' | 'oauth' | 'contracts';

/** A change notification: which area, why, and optionally which record (natural key). */
export interface EngineChange {
  readonly topic: ChangeTopic;
  readonly reason: string;
  readonly key?: string;
}

/** Editor or CLI settings the engine needs; every field has a default. */
export interface EngineSettings {
  /** Webhook receiver bind address. Default `127.0.0.1`. */
  readonly webhookHost: string;
  /** Webhook receiver port; 0 picks a free one. Default 4242. */
  readonly webhookPort: number;
  /** Largest webhook body accepted, in bytes. Default 1 MiB, at most 25 MiB. */
  readonly webhookMaxBodyBytes: number;
}

export const defaultEngineSettings: EngineSettings = {
  webhookHost: '127.0.0.1',
  webhookPort: 4242,
  webhookMaxBodyBytes: 1024 * 1024,
};

/**
 * What every capability gets from the engine: the store, the current config, secrets, a clock
 * and a way to announce changes. The editor's engine process and the CLI build it the same way.
 */
export interface EngineContext {
  readonly workspaceFolder: string;
  /** Absolute path of `captain.config.json` (it may not exist). */
  readonly configFile: string;
  readonly store: CaptainStore;
  readonly settings: EngineSettings;
  readonly secrets: SecretSource;
  readonly env: NodeJS.ProcessEnv;
  /** The config as it is now on disk; `{}` when there is no file. @throws {ConfigError} */
  config(): CaptainConfig;
  /** Milliseconds since the epoch; injectable for tests. */
  now(): number;
  /** Announces a change to the editor (a no-op in one-shot CLI runs). */
  notify(change: EngineChange): void;
  /** Reports a line for the log: the engine never writes to the console itself. */
  log(
    level: 'trace' | 'debug' | 'info' | 'warn' | 'error',
    component: string,
    message: string,
  ): void;
}
