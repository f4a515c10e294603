import * as vscode from 'vscode';
import {
  callServiceRequest,
  circuitHistoryRequest,
  isolateCircuitRequest,
  listServicesRequest,
  resetCircuitRequest,
  type CallServiceParams,
} from '../../engine/resilience/resilienceProtocol';
import type { HttpCallResponse } from '../../engine/connectors/httpConnector';
import type { CaptainEngine } from '../captainEngine';
import { registerIntegrationHealth } from '../health/integrationHealthPanel';
import { CircuitsTreeDataProvider, type CircuitsNode } from './circuitsTreeDataProvider';

/** The Circuits view and its commands: Reset, Isolate, Show History, Call Service…. */
export function registerCircuitsFace(
  engine: CaptainEngine,
  log: vscode.LogOutputChannel,
  _context: vscode.ExtensionContext,
): vscode.Disposable {
  const provider = new CircuitsTreeDataProvider(engine);
  const view = vscode.window.createTreeView('captain.circuits', { treeDataProvider: provider });
  // Open circuits count down to their trial; a second's tick keeps the description honest.
  const ticker = setInterval(() => view.visible && provider.refresh(), 1000);
  const target = (node: CircuitsNode) =>
    node.kind === 'service'
      ? { service: node.service }
      : { service: node.circuit.service, endpoint: node.circuit.endpoint };

  return vscode.Disposable.from(
    view,
    // The health page reads the same circuits and call log, so it rides with this face.
    registerIntegrationHealth(engine, log),
    { dispose: () => clearInterval(ticker) },
    engine.onDidChange((change) => change.topic === 'circuits' && provider.refresh()),
    vscode.commands.registerCommand('captain.circuits.reset', async (node: CircuitsNode) => {
      await engine.request(resetCircuitRequest, target(node));
      log.info(`[Circuits] reset ${JSON.stringify(target(node))}`);
    }),
    vscode.commands.registerCommand('captain.circuits.isolate', async (node: CircuitsNode) => {
      await engine.request(isolateCircuitRequest, target(node));
      log.info(`[Circuits] isolated ${JSON.stringify(target(node))}`);
    }),
    vscode.commands.registerCommand('captain.circuits.showHistory', async (node: CircuitsNode) => {
      if (node.kind !== 'circuit') {
        return;
      }
      const history = await engine.request(circuitHistoryRequest, { key: node.circuit.key });
      const document = await vscode.workspace.openTextDocument({
        language: 'json',
        content: JSON.stringify(history, null, 2),
      });
      await vscode.window.showTextDocument(document, { preview: true });
    }),
    // Returns the rendered items so tests (and scripts) can read what the view shows.
    vscode.commands.registerCommand('captain.circuits.refresh', () => {
      provider.refresh();
      return provider.rendered();
    }),
    vscode.commands.registerCommand('captain.services.call', (call?: CallServiceParams) =>
      call ? engine.request(callServiceRequest, call) : callInteractively(engine, log),
    ),
  );
}

/** "Captain: Call Service…": picks service, method, path and body, shows the answer in an editor. */
async function callInteractively(
  engine: CaptainEngine,
  log: vscode.LogOutputChannel,
): Promise<HttpCallResponse | undefined> {
  const services = await engine.request(listServicesRequest, {});
  const service = await vscode.window.showQuickPick(services, {
    placeHolder: vscode.l10n.t('Service to call'),
  });
  if (!service) {
    return undefined;
  }

  const method = await vscode.window.showQuickPick(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], {
    placeHolder: vscode.l10n.t('Method'),
  });
  const path =
    method &&
    (await vscode.window.showInputBox({
      prompt: vscode.l10n.t('Path, like /v1/items?limit=5'),
      value: '/',
    }));
  if (!method || !path) {
    return undefined;
  }

  const body = ['POST', 'PUT', 'PATCH'].includes(method)
    ? await vscode.window.showInputBox({ prompt: vscode.l10n.t('JSON body (empty for none)') })
    : undefined;
  try {
    const response = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: vscode.l10n.t('Calling {0} {1} {2}…', service, method, path),
      },
      () =>
        engine.request(callServiceRequest, {
          service,
          method,
          path,
          body: body ? JSON.parse(body) : undefined,
        }),
    );
    const document = await vscode.workspace.openTextDocument({
      language: 'json',
      content: JSON.stringify(response, null, 2),
    });
    await vscode.window.showTextDocument(document);
    return response;
  } catch (error) {
    log.warn(`[Circuits] call to ${service} failed: ${(error as Error).message}`);
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Call failed: {0}', (error as Error).message),
    );
    return undefined;
  }
}
