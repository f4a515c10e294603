import * as vscode from 'vscode';
import type { CaptainEngine } from '../captainEngine';
import {
  webhooksDeleteRequest,
  webhooksGetPayloadRequest,
  webhooksReplayFailedRequest,
  webhooksReplayRequest,
  webhooksSampleTypesRequest,
  webhooksStartRequest,
  webhooksStatusRequest,
  webhooksStopRequest,
  webhooksTriggerRequest,
  type ReceiverStatus,
} from '../../engine/webhooks/webhooksProtocol';
import { WebhooksTreeDataProvider, type WebhooksTreeNode } from './webhooksTreeDataProvider';
import { webhooksViewItems } from './webhooksViewItems';

const payloadScheme = 'captain-payload';
const runningContextKey = 'captain.webhooks.receiverRunning';

type EventNode = Extract<WebhooksTreeNode, { kind: 'event' }>;

/**
 * The Webhooks face of the editor: the `captain.webhooks` view and its commands (Start/Stop
 * Receiver, Trigger Sample Event, Replay All Failed; per event Replay, Replay to…, Open Payload,
 * Copy Event Id, Delete). Payloads open as read-only JSON documents (`captain-payload:` URIs).
 */
export function registerWebhooksFace(
  engine: CaptainEngine,
  log: vscode.LogOutputChannel,
  _context: vscode.ExtensionContext,
): vscode.Disposable {
  const tree = new WebhooksTreeDataProvider(engine, log);
  const payloadChanged = new vscode.EventEmitter<vscode.Uri>();
  const run = (id: string, action: (...args: never[]) => Promise<unknown>) =>
    vscode.commands.registerCommand(id, async (...args: never[]) => {
      try {
        await action(...args);
      } catch (error) {
        log.error(`[Webhooks] ${id} failed: ${(error as Error).message}`);
        void vscode.window.showErrorMessage((error as Error).message);
      }
    });
  const setRunning = (status: ReceiverStatus) =>
    vscode.commands.executeCommand('setContext', runningContextKey, status.running);

  const disposables: vscode.Disposable[] = [
    tree,
    payloadChanged,
    vscode.window.createTreeView('captain.webhooks', {
      treeDataProvider: tree,
      showCollapseAll: true,
    }),
    engine.onDidChange((change) => {
      // Contracts changes can change which events drift from their spec.
      if (change.topic === 'webhooks' || change.topic === 'contracts') {
        tree.refresh();
      }
    }),
    vscode.workspace.registerTextDocumentContentProvider(payloadScheme, {
      onDidChange: payloadChanged.event,
      provideTextDocumentContent: async (uri) => {
        const seq = Number(new URLSearchParams(uri.query).get('seq'));
        const payload = await engine.request(webhooksGetPayloadRequest, { seq });
        return payload.text;
      },
    }),
    vscode.commands.registerCommand('captain.webhooks.refresh', () => tree.refresh()),
    vscode.commands.registerCommand('captain.webhooks.toggleGrouping', () => tree.toggleGrouping()),
    // Hidden (not contributed): the rendered view, for the extension-host tests.
    vscode.commands.registerCommand('captain.webhooks.viewItems', () => webhooksViewItems(tree)),
    run('captain.webhooks.loadMore', (node: Extract<WebhooksTreeNode, { kind: 'loadMore' }>) =>
      tree.loadMore(node),
    ),
    run('captain.webhooks.startReceiver', async () => {
      const status = await engine.request(webhooksStartRequest, {});
      await setRunning(status);
      log.info(`[Webhooks] receiver listening at ${status.url}`);
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Webhook receiver listening at {0}', status.url ?? ''),
      );
    }),
    run('captain.webhooks.stopReceiver', async () => {
      await setRunning(await engine.request(webhooksStopRequest, {}));
      log.info('[Webhooks] receiver stopped');
    }),
    run('captain.webhooks.triggerSample', async () => {
      const types = await engine.request(webhooksSampleTypesRequest, {});
      const picked = await vscode.window.showQuickPick(
        Object.entries(types).flatMap(([provider, names]) =>
          names.map((eventType) => ({ label: eventType, description: provider, provider })),
        ),
        { placeHolder: vscode.l10n.t('Sample event to send through the receiver') },
      );
      if (picked === undefined) {
        return;
      }
      const result = await engine.request(webhooksTriggerRequest, {
        provider: picked.provider as 'stripe' | 'github' | 'shopify',
        eventType: picked.label,
      });
      log.info(
        `[Webhooks] triggered ${result.eventType} on ${result.endpoint} (${result.via}): ${result.statusCode}`,
      );
    }),
    run('captain.webhooks.replayAllFailed', async () => {
      const { replayed } = await engine.request(webhooksReplayFailedRequest, {});
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Replaying {0} failed event(s)', replayed.length),
      );
    }),
    run('captain.webhooks.replay', async (node: EventNode) => {
      await engine.request(webhooksReplayRequest, { seq: node.event.seq });
      log.info(`[Webhooks] replay of ${node.event.eventType} enqueued`);
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Replayed {0} to its forwarding target', node.event.eventType),
      );
    }),
    run('captain.webhooks.replayTo', async (node: EventNode) => {
      const to = await vscode.window.showInputBox({
        prompt: vscode.l10n.t('Deliver {0} to URL', node.event.eventType),
        placeHolder: 'http://localhost:3000/webhooks',
        validateInput: (value) =>
          /^https?:\/\/\S+$/.test(value) ? undefined : vscode.l10n.t('Enter an http(s) URL'),
      });
      if (to !== undefined) {
        await engine.request(webhooksReplayRequest, { seq: node.event.seq, to });
        void vscode.window.showInformationMessage(
          vscode.l10n.t('Replayed {0} to {1}', node.event.eventType, to),
        );
      }
    }),
    run('captain.webhooks.openPayload', async (node: EventNode) => {
      const name = `${node.event.eventType.replace(/[^\w.-]+/g, '_')}-${node.event.seq}.json`;
      const uri = vscode.Uri.from({
        scheme: payloadScheme,
        path: `/${name}`,
        query: `seq=${node.event.seq}`,
      });
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.languages.setTextDocumentLanguage(document, 'json');
      await vscode.window.showTextDocument(document, { preview: true });
    }),
    run('captain.webhooks.copyEventId', async (node: EventNode) => {
      await vscode.env.clipboard.writeText(node.event.eventId);
    }),
    run('captain.webhooks.delete', async (node: EventNode) => {
      const confirm = vscode.l10n.t('Delete');
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t(
          'Delete {0} ({1}) and its delivery history?',
          node.event.eventType,
          node.event.eventId,
        ),
        { modal: true },
        confirm,
      );
      if (answer === confirm) {
        await engine.request(webhooksDeleteRequest, { seq: node.event.seq });
      }
    }),
  ];

  // The title shows Start or Stop; ask once, without starting the engine if it is not up.
  if (engine.status?.state === 'ready') {
    void engine.request(webhooksStatusRequest, {}).then(setRunning, () => undefined);
  }
  return vscode.Disposable.from(...disposables.reverse());
}
