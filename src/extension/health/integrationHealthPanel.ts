import crypto from 'node:crypto';
import * as vscode from 'vscode';
import { healthRequest } from '../../engine/resilience/resilienceProtocol';
import type { CaptainEngine } from '../captainEngine';
import { renderHealthHtml } from './healthChartRenderer';

const windowMs = 60 * 60 * 1000;
const refreshIntervalMs = 10_000;
/** Circuit changes come in bursts (a retry storm); one render per burst is enough. */
const changeDebounceMs = 250;

/**
 * "Captain: Show Integration Health": one webview (reused) with, per service, the circuit-state
 * timeline and latency/error-rate chart of the last hour from `resilience/health`. Static SVG, no
 * scripts, no local resources; re-rendered on circuit changes and every 10 s while visible.
 */
export class IntegrationHealthPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private timer: NodeJS.Timeout | undefined;
  private debounce: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly engine: CaptainEngine,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(
      engine.onDidChange((change) => {
        if (change.topic === 'circuits' && this.panel?.visible) {
          clearTimeout(this.debounce);
          this.debounce = setTimeout(() => void this.render(), changeDebounceMs);
        }
      }),
    );
  }

  /** Opens the panel (or brings it forward) and renders it; returns the HTML set. */
  async show(): Promise<string | undefined> {
    if (this.panel) {
      this.panel.reveal();
    } else {
      this.panel = vscode.window.createWebviewPanel(
        'captain.health',
        vscode.l10n.t('Integration Health'),
        vscode.ViewColumn.Active,
        { enableScripts: false, localResourceRoots: [], retainContextWhenHidden: false },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.stopTimer();
      });
      this.panel.onDidChangeViewState(({ webviewPanel }) => {
        if (webviewPanel.visible) {
          this.startTimer();
          void this.render();
        } else {
          this.stopTimer();
        }
      });
      this.startTimer();
    }
    return this.render();
  }

  /** Renders the current report; the HTML it set, for tests. */
  async render(): Promise<string | undefined> {
    const panel = this.panel;
    if (!panel) {
      return undefined;
    }

    try {
      const report = await this.engine.request(healthRequest, { windowMs });
      const nowMs = Date.now();
      const html = renderHealthHtml(report, {
        nonce: crypto.randomBytes(16).toString('base64'),
        cspSource: panel.webview.cspSource,
        sinceMs: nowMs - windowMs,
        nowMs,
        text: {
          title: vscode.l10n.t('Integration Health'),
          empty: vscode.l10n.t(
            'No service has been called in the last hour. Calls through Captain show here.',
          ),
          noCalls: vscode.l10n.t('No calls in this window.'),
          noCircuits: vscode.l10n.t('No circuits yet.'),
          latency: vscode.l10n.t('Latency (ms) per minute'),
          errorRate: vscode.l10n.t('error rate'),
          circuits: vscode.l10n.t('Circuit states'),
          updated: vscode.l10n.t('Updated'),
        },
      });
      if (this.panel === panel) {
        panel.webview.html = html;
      }
      return html;
    } catch (error) {
      this.log.warn(`[Health] could not load the health report: ${(error as Error).message}`);
      return undefined;
    }
  }

  dispose(): void {
    this.stopTimer();
    clearTimeout(this.debounce);
    this.panel?.dispose();
    for (const subscription of this.subscriptions) {
      subscription.dispose();
    }
  }

  private startTimer(): void {
    this.timer ??= setInterval(() => void this.render(), refreshIntervalMs);
  }

  private stopTimer(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

/** Registers `captain.health.show`; it returns the rendered HTML (tests read it). */
export function registerIntegrationHealth(
  engine: CaptainEngine,
  log: vscode.LogOutputChannel,
): vscode.Disposable {
  const panel = new IntegrationHealthPanel(engine, log);
  return vscode.Disposable.from(
    panel,
    vscode.commands.registerCommand('captain.health.show', () => panel.show()),
  );
}
