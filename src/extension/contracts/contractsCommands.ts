import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  contractsCheckPayloadRequest,
  contractsDiffRequest,
  contractsListRequest,
  contractsValidateRequest,
  type ContractsDiffResult,
  type ContractsSpecItem,
  type ContractsValidation,
} from '../../engine/contracts/contractsProtocol';
import type { PayloadCheck, PayloadTarget } from '../../engine/contracts/payloadValidator';
import type { CaptainEngine } from '../captainEngine';
import { ContractsDiagnostics } from './contractsDiagnostics';
import { ContractsTreeDataProvider, specOf, type ContractsNode } from './contractsTreeDataProvider';

/** Delay after the last save of a spec before it is checked again, in ms. */
const saveDebounceMs = 400;
/** Delay after the last captured (or deleted) webhook event before the drift node refreshes, in ms. */
const eventsDebounceMs = 1000;
/** Webhooks change reasons that can change which captured events drift. */
const driftReasons = new Set(['accepted', 'event_deleted', 'events_deleted']);

/** Lets a caller (a test, another command) skip the pickers of Validate Payload…. */
export interface ValidatePayloadOptions {
  readonly file?: string;
  readonly target?: PayloadTarget;
  readonly payload?: unknown;
}

/**
 * The Contracts view and its commands: Validate, Check Breaking Changes against HEAD, Validate
 * Payload…, Open in Spec, Refresh. Spec problems and breaking changes go to the Problems panel;
 * a saved spec is validated again (and diffed again if it was diffed before).
 */
export function registerContractsFace(
  engine: CaptainEngine,
  log: vscode.LogOutputChannel,
  _context: vscode.ExtensionContext,
): vscode.Disposable {
  const provider = new ContractsTreeDataProvider(engine);
  const view = vscode.window.createTreeView('captain.contracts', {
    treeDataProvider: provider,
    showCollapseAll: true,
  });
  const diagnostics = new ContractsDiagnostics();
  const diffs = new Map<string, ContractsDiffResult>();
  const pendingSaves = new Map<string, NodeJS.Timeout>();
  let pendingEvents: NodeJS.Timeout | undefined;

  const validate = async (node?: ContractsNode): Promise<ContractsValidation[]> => {
    const file = specOf(node)?.file;
    const { results } = await vscode.window.withProgress(
      { location: { viewId: 'captain.contracts' }, title: vscode.l10n.t('Validating specs…') },
      () => engine.request(contractsValidateRequest, file === undefined ? {} : { file }),
    );
    diagnostics.showValidation(results, file === undefined);
    const problems = results.reduce(
      (sum, result) => sum + result.problems.filter((p) => p.severity !== 'info').length,
      0,
    );
    log.info(`[Contracts] validated ${results.length} spec(s): ${problems} problem(s)`);
    provider.refresh();
    return results;
  };

  const checkBreakingChanges = async (
    node?: ContractsNode,
  ): Promise<ContractsDiffResult | undefined> => {
    const file = specOf(node)?.file ?? (await pickSpec(engine));
    if (file === undefined) {
      return undefined;
    }

    try {
      const diff = await vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title: vscode.l10n.t('Checking {0} against HEAD…', path.basename(file)),
        },
        () => engine.request(contractsDiffRequest, { file, ref: 'HEAD' }),
      );
      diagnostics.showDiff(diff, [...new Set(diffs.get(file)?.changes.map((c) => c.file) ?? [])]);
      diffs.set(file, diff);
      provider.setDiff(diff);
      log.info(
        `[Contracts] ${path.basename(file)} against HEAD: ${diff.breaking} breaking, ${diff.nonBreaking} other`,
      );
      return diff;
    } catch (error) {
      const message = (error as Error).message;
      log.warn(`[Contracts] breaking-change check failed: ${message}`);
      void vscode.window.showErrorMessage(
        vscode.l10n.t('Cannot check breaking changes: {0}', message),
      );
      return undefined;
    }
  };

  // The engine knows which files each spec is read from, so a saved fragment re-checks its specs.
  const recheck = async (saved: string): Promise<void> => {
    const { specs } = await engine.request(contractsListRequest, {});
    for (const spec of specs.filter((s) => s.file === saved || s.files.includes(saved))) {
      await validate({ kind: 'spec', spec });
      if (diffs.has(spec.file)) {
        await checkBreakingChanges({ kind: 'spec', spec });
      }
    }
  };

  const onSaved = (document: vscode.TextDocument): void => {
    const file = document.uri.fsPath;
    if (document.uri.scheme !== 'file' || !/\.(ya?ml|json)$/i.test(file)) {
      return;
    }

    clearTimeout(pendingSaves.get(file));
    pendingSaves.set(
      file,
      setTimeout(() => {
        pendingSaves.delete(file);
        recheck(file).catch((error: Error) =>
          log.warn(
            `[Contracts] re-check after saving ${path.basename(file)} failed: ${error.message}`,
          ),
        );
      }, saveDebounceMs),
    );
  };

  return vscode.Disposable.from(
    view,
    diagnostics,
    {
      dispose: () => {
        pendingSaves.forEach((timer) => clearTimeout(timer));
        clearTimeout(pendingEvents);
      },
    },
    engine.onDidChange((change) => {
      if (change.topic === 'contracts') {
        provider.refresh();
      } else if (change.topic === 'webhooks' && driftReasons.has(change.reason)) {
        // Captured events are checked for drift when the view asks; a burst asks once.
        clearTimeout(pendingEvents);
        pendingEvents = setTimeout(() => provider.refresh(), eventsDebounceMs);
      }
    }),
    vscode.workspace.onDidSaveTextDocument(onSaved),
    vscode.commands.registerCommand('captain.contracts.refresh', () => {
      provider.refresh();
      return provider.rendered();
    }),
    vscode.commands.registerCommand('captain.contracts.validate', validate),
    vscode.commands.registerCommand('captain.contracts.checkBreakingChanges', checkBreakingChanges),
    vscode.commands.registerCommand('captain.contracts.openInSpec', openInSpec),
    vscode.commands.registerCommand(
      'captain.contracts.validatePayload',
      (node?: ContractsNode, options?: ValidatePayloadOptions) =>
        validatePayload(engine, log, node, options),
    ),
  );
}

async function pickSpec(engine: CaptainEngine): Promise<string | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri.fsPath;
  const { specs } = await engine.request(contractsListRequest, {});
  if (active !== undefined && specs.some((spec) => spec.file === active)) {
    return active;
  }

  if (specs.length <= 1) {
    return specs[0]?.file;
  }
  const picked = await vscode.window.showQuickPick(
    specs.map((spec) => ({ label: spec.relative, description: spec.title, file: spec.file })),
    { placeHolder: vscode.l10n.t('Spec to check') },
  );
  return picked?.file;
}

async function openInSpec(target?: ContractsNode | { file: string; line: number }): Promise<void> {
  if (target === undefined) {
    return;
  }

  const place =
    'file' in target
      ? target
      : target.kind === 'operation'
        ? target.operation
        : target.kind === 'webhook'
          ? target.webhook
          : target.kind === 'change'
            ? target.change
            : target.kind === 'driftEvent'
              ? target.event
              : { file: specOf(target)?.file ?? '', line: 1 };
  if (place.file === '') {
    return;
  }

  const position = new vscode.Position(Math.max(0, place.line - 1), 0);
  await vscode.window.showTextDocument(vscode.Uri.file(place.file), {
    selection: new vscode.Range(position, position),
  });
}

async function validatePayload(
  engine: CaptainEngine,
  log: vscode.LogOutputChannel,
  node?: ContractsNode,
  options: ValidatePayloadOptions = {},
): Promise<PayloadCheck | undefined> {
  const payload = options.payload !== undefined ? options.payload : await readPayload();
  if (payload === undefined) {
    return undefined;
  }

  const chosen =
    options.target !== undefined && options.file !== undefined
      ? { file: options.file, target: options.target }
      : await pickTarget(engine, node);
  if (chosen === undefined) {
    return undefined;
  }
  try {
    const result = await engine.request(contractsCheckPayloadRequest, {
      file: chosen.file,
      target: chosen.target,
      payload,
    });
    log.info(`[Contracts] payload ${result.valid ? 'valid' : 'invalid'} against ${result.against}`);
    if (result.valid) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('The payload is valid against {0}.', result.against),
      );
    } else {
      const detail = result.problems.map((p) => p.message).join('\n');
      void vscode.window.showWarningMessage(
        vscode.l10n.t('The payload does not match {0}.', result.against),
        { modal: options.payload === undefined, detail },
      );
    }
    return result;
  } catch (error) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Cannot check the payload: {0}', (error as Error).message),
    );
    return undefined;
  }
}

/** The active editor's selection (or whole document) if it is JSON, else a picked JSON file. */
async function readPayload(): Promise<unknown> {
  const editor = vscode.window.activeTextEditor;
  let text =
    editor === undefined
      ? undefined
      : editor.selection.isEmpty
        ? editor.document.getText()
        : editor.document.getText(editor.selection);
  if (text === undefined || !looksLikeJson(text)) {
    const [uri] =
      (await vscode.window.showOpenDialog({
        canSelectMany: false,
        filters: { JSON: ['json'] },
        openLabel: vscode.l10n.t('Validate Payload'),
      })) ?? [];
    if (uri === undefined) {
      return undefined;
    }
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('The payload is not JSON: {0}', (error as Error).message),
    );
    return undefined;
  }
}

function looksLikeJson(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.startsWith('{') || trimmed.startsWith('[');
}

async function pickTarget(
  engine: CaptainEngine,
  node?: ContractsNode,
): Promise<{ file: string; target: PayloadTarget } | undefined> {
  let spec: ContractsSpecItem | undefined = specOf(node);
  if (spec === undefined) {
    const { specs } = await engine.request(contractsListRequest, {});
    const picked =
      specs.length === 1
        ? { spec: specs[0]! }
        : await vscode.window.showQuickPick(
            specs.map((s) => ({ label: s.relative, description: s.title, spec: s })),
            { placeHolder: vscode.l10n.t('Spec to check against') },
          );
    spec = picked?.spec;
  }
  if (spec === undefined) {
    return undefined;
  }
  const operations = node?.kind === 'operation' ? [node.operation] : spec.operations;
  const items: (vscode.QuickPickItem & { target: PayloadTarget })[] = [];
  for (const operation of operations) {
    for (const status of operation.responses) {
      items.push({
        label: `${operation.key} → ${status}`,
        description: operation.operationId,
        target: { kind: 'operation', operation: operation.key, direction: 'response', status },
      });
    }
    if (operation.hasRequestBody) {
      items.push({
        label: `${operation.key} ${vscode.l10n.t('request body')}`,
        description: operation.operationId,
        target: { kind: 'operation', operation: operation.key, direction: 'request' },
      });
    }
  }
  if (node?.kind !== 'operation') {
    items.push(
      ...spec.webhooks.map((webhook) => ({
        label: webhook.name,
        description: vscode.l10n.t('webhook'),
        target: { kind: 'webhook', name: webhook.name } as PayloadTarget,
      })),
    );
  }
  const picked = await vscode.window.showQuickPick(items, {
    placeHolder: vscode.l10n.t('Operation and status, or webhook'),
  });
  return picked === undefined ? undefined : { file: spec.file, target: picked.target };
}
