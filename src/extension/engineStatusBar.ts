import * as vscode from 'vscode';
import type { EngineStatus } from '../engine/protocol';
import type { CaptainEngine } from './captainEngine';
import { Disposable } from './lifecycle';

/**
 * The status-bar item: the engine's state, and once the webhook receiver runs, its address and
 * counts. Clicking it shows the engine status.
 */
export class EngineStatusBar extends Disposable {
  private readonly item = this._register(
    vscode.window.createStatusBarItem('captain.engineStatus', vscode.StatusBarAlignment.Left, 50),
  );

  constructor(engine: CaptainEngine) {
    super();
    this.item.name = vscode.l10n.t('Captain Engine');
    this.item.command = 'captain.engine.showStatus';
    this._register(engine.onDidChangeStatus((status) => this.render(status)));
    this._register(
      engine.onDidChange((change) => {
        if (change.topic === 'webhooks') {
          engine.refreshStatus().catch(() => undefined);
        }
      }),
    );
    this.render(engine.status);
    this.item.show();
  }

  private render(status: EngineStatus | undefined): void {
    this.item.backgroundColor = undefined;
    if (!status) {
      this.item.text = '$(rocket) Captain';
      this.item.tooltip = vscode.l10n.t('Captain engine: not running (starts on first use)');
      return;
    }

    switch (status.state) {
      case 'starting':
        this.item.text = '$(loading~spin) Captain';
        this.item.tooltip = vscode.l10n.t('Captain engine: starting');
        return;
      case 'failed':
        this.item.text = '$(error) Captain';
        this.item.tooltip = vscode.l10n.t('Captain engine failed: {0}', status.reason ?? '');
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
        return;
      case 'ready': {
        const receiver = status.receiver;
        if (!receiver) {
          this.item.text = '$(rocket) Captain';
          this.item.tooltip = vscode.l10n.t('Captain engine: ready (pid {0})', status.pid);
          return;
        }
        this.item.text = `$(broadcast) ${new URL(receiver.url).host} · ${receiver.accepted}`;
        this.item.tooltip = vscode.l10n.t(
          'Webhook receiver at {0}: {1} events accepted, {2} deliveries failing',
          receiver.url,
          receiver.accepted,
          receiver.failing,
        );
        if (receiver.failing > 0) {
          this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        }
      }
    }
  }
}
