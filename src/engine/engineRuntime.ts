import fs from 'node:fs';
import type { CaptainConfig } from './config/captainConfig';
import { loadConfigFile } from './config/configLoader';
import type { SecretSource } from './config/secretReferences';
import { CaptainError } from './errors';
import type { EngineCapability } from './engineCapability';
import {
  defaultEngineSettings,
  type EngineChange,
  type EngineContext,
  type EngineSettings,
} from './engineContext';
import { CaptainStore } from './store/captainStore';

/** What it takes to build an engine: the same for the editor's engine process and the CLI. */
export interface EngineRuntimeOptions {
  readonly workspaceFolder: string;
  readonly storePath: string;
  readonly configFile: string;
  readonly settings?: Partial<EngineSettings>;
  readonly secrets: SecretSource;
  readonly env?: NodeJS.ProcessEnv;
  /** False in Restricted Mode: no workspace config is read and no secret is resolved. */
  readonly trusted?: boolean;
  readonly now?: () => number;
  readonly notify?: (change: EngineChange) => void;
  readonly log?: EngineContext['log'];
}

/** A factory for a capability, given the context it runs in. */
export type CapabilityFactory = (context: EngineContext) => EngineCapability;

/**
 * Opens the store and builds the {@link EngineContext} every capability shares. The config is read
 * lazily and re-read when the file changes on disk, so an edit applies to the next use.
 */
export class EngineRuntime {
  readonly context: EngineContext;
  readonly capabilities: EngineCapability[] = [];

  private constructor(context: EngineContext) {
    this.context = context;
  }

  /** @throws {StoreError} when the store cannot be opened or migrated. */
  static open(options: EngineRuntimeOptions): EngineRuntime {
    const store = CaptainStore.open(options.storePath);
    const trusted = options.trusted ?? true;
    const settings = { ...defaultEngineSettings, ...stripUndefined(options.settings ?? {}) };
    const readConfig = trusted ? cachedConfigReader(options.configFile) : () => ({});
    const secrets: SecretSource = trusted ? options.secrets : untrustedSecrets;

    const context: EngineContext = {
      workspaceFolder: options.workspaceFolder,
      configFile: options.configFile,
      store,
      settings,
      secrets,
      env: trusted ? (options.env ?? process.env) : {},
      config: readConfig,
      now: options.now ?? Date.now,
      notify: options.notify ?? (() => undefined),
      log: options.log ?? (() => undefined),
    };
    return new EngineRuntime(context);
  }

  /** Builds each capability in order; a failing one is logged and skipped, not fatal. */
  startCapabilities(factories: readonly CapabilityFactory[]): void {
    for (const factory of factories) {
      try {
        this.capabilities.push(factory(this.context));
      } catch (error) {
        this.context.log(
          'error',
          'Engine',
          `a capability failed to start: ${(error as Error).message}`,
        );
      }
    }
  }

  /** Disposes capabilities in reverse order, then closes the store. */
  async dispose(): Promise<void> {
    for (const capability of [...this.capabilities].reverse()) {
      try {
        await capability.dispose();
      } catch (error) {
        this.context.log(
          'warn',
          'Engine',
          `${capability.name} did not stop cleanly: ${(error as Error).message}`,
        );
      }
    }
    this.capabilities.length = 0;
    this.context.store.close();
  }
}

const untrustedSecrets: SecretSource = {
  get: async () => {
    throw new CaptainError(
      'workspace_untrusted',
      'secrets are not resolved in Restricted Mode; trust the workspace to use its integrations',
    );
  },
};

function cachedConfigReader(file: string): () => CaptainConfig {
  let cached: { mtimeMs: number; size: number; config: CaptainConfig } | undefined;
  return () => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      cached = undefined;
      return {};
    }
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) {
      return cached.config;
    }
    const config = loadConfigFile(file) ?? {};
    cached = { mtimeMs: stat.mtimeMs, size: stat.size, config };
    return config;
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
