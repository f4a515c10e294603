import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CaptainConfig } from '../../../src/engine/config/captainConfig';
import {
  defaultEngineSettings,
  type EngineChange,
  type EngineContext,
} from '../../../src/engine/engineContext';
import { CaptainStore } from '../../../src/engine/store/captainStore';

/** An EngineContext over a temp store, with a config the test sets and the changes it announced. */
export interface ResilienceTestContext extends EngineContext {
  setConfig(config: CaptainConfig): void;
  readonly changes: EngineChange[];
  cleanup(): void;
}

/** Opens a fresh store under the temp folder (or `storeFile` to share one between processes). */
export function createResilienceTestContext(
  config: CaptainConfig = {},
  storeFile?: string,
): ResilienceTestContext {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-resilience-'));
  const store = CaptainStore.open(storeFile ?? path.join(folder, 'captain.db'));
  let current = config;
  const changes: EngineChange[] = [];
  return {
    workspaceFolder: folder,
    configFile: path.join(folder, 'captain.config.json'),
    store,
    settings: defaultEngineSettings,
    secrets: { get: async () => undefined },
    env: {},
    config: () => current,
    now: () => Date.now(),
    notify: (change) => changes.push(change),
    log: () => undefined,
    changes,
    setConfig(next) {
      current = next;
    },
    cleanup() {
      store.close();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
