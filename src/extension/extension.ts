import { performance } from 'node:perf_hooks';
import type * as vscode from 'vscode';
import { CaptainExtension, type CaptainExtensionApi } from './captainExtension';

/**
 * Set by the bundle's first and last statements (esbuild.js); absent when the sources run
 * unbundled. The extension host may wait between loading the bundle and calling `activate` (it
 * prepares the extension's context meanwhile), so the two spans are measured apart.
 */
declare const captainBundleStartedMs: number | undefined;
declare const captainBundleLoadedMs: number | undefined;

let current: CaptainExtension | undefined;

/** Registers commands, views, the status bar and diagnostics; starts no process. */
export function activate(context: vscode.ExtensionContext): CaptainExtensionApi {
  const started = performance.now();
  current = new CaptainExtension(context);
  context.subscriptions.push(current);
  const activationMs = performance.now() - started;
  const loadMs =
    typeof captainBundleStartedMs === 'number' && typeof captainBundleLoadedMs === 'number'
      ? captainBundleLoadedMs - captainBundleStartedMs
      : 0;
  return { engine: current.engine, activationMs, loadAndActivationMs: loadMs + activationMs };
}

/** Lets the engine drain and close its store before the extension host goes away. */
export async function deactivate(): Promise<void> {
  await current?.engine.stop();
  current = undefined;
}
