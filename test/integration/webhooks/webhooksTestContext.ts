import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CaptainConfig } from '../../../src/engine/config/captainConfig';
import {
  defaultEngineSettings,
  type EngineChange,
  type EngineContext,
  type EngineSettings,
} from '../../../src/engine/engineContext';
import { CaptainStore } from '../../../src/engine/store/captainStore';

/** An EngineContext on a temp store, with the config given in code and a controllable clock. */
export interface WebhooksTestContext extends EngineContext {
  readonly changes: EngineChange[];
  readonly logs: string[];
  clockMs: number | undefined;
  setConfig(config: CaptainConfig): void;
  cleanup(): void;
}

export function createWebhooksTestContext(
  config: CaptainConfig,
  settings: Partial<EngineSettings> = {},
): WebhooksTestContext {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-webhooks-'));
  const store = CaptainStore.open(path.join(folder, 'captain.db'));
  let current = config;
  const context: WebhooksTestContext = {
    workspaceFolder: folder,
    configFile: path.join(folder, 'captain.config.json'),
    store,
    settings: { ...defaultEngineSettings, webhookPort: 0, ...settings },
    secrets: { get: async () => undefined },
    env: {},
    changes: [],
    logs: [],
    clockMs: undefined,
    config: () => current,
    now: () => context.clockMs ?? Date.now(),
    notify: (change) => context.changes.push(change),
    log: (level, component, message) => context.logs.push(`${level} [${component}] ${message}`),
    setConfig: (next) => {
      current = next;
    },
    cleanup: () => {
      store.close();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
  return context;
}
