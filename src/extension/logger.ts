import * as vscode from 'vscode';

/** Log lines of one component, each tagged `[Component]` in the shared "Captain" channel. */
export interface ComponentLogger {
  trace(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string | Error): void;
}

let channel: vscode.LogOutputChannel | undefined;

/** The one output channel of the extension (the only singleton). Created on first use. */
export function logChannel(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Captain', { log: true });
  return channel;
}

/** A logger whose lines carry `[component]`. Never pass it a token, secret or signature. */
export function createLogger(component: string): ComponentLogger {
  const tag = `[${component}]`;
  return {
    trace: (message) => logChannel().trace(`${tag} ${message}`),
    debug: (message) => logChannel().debug(`${tag} ${message}`),
    info: (message) => logChannel().info(`${tag} ${message}`),
    warn: (message) => logChannel().warn(`${tag} ${message}`),
    error: (message) =>
      logChannel().error(`${tag} ${message instanceof Error ? message.message : message}`),
  };
}

/** Disposes the channel on deactivation. */
export function disposeLogChannel(): void {
  channel?.dispose();
  channel = undefined;
}
