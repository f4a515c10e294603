import { performance } from 'node:perf_hooks';
import type * as vscode from 'vscode';
import { CaptainExtension, type CaptainExtensionApi } from './captainExtension';

let current: CaptainExtension | undefined;

/** Registers commands, views, the status bar and diagnostics; starts no process. */
export function activate(context: vscode.ExtensionContext): CaptainExtensionApi {
  const started = performance.now();
  current = new CaptainExtension(context);
  context.subscriptions.push(current);
  return { engine: current.engine, activationMs: performance.now() - started };
}

/** Lets the engine drain and close its store before the extension host goes away. */
export async function deactivate(): Promise<void> {
  await current?.engine.stop();
  current = undefined;
}
