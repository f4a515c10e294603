import * as vscode from 'vscode';
import type { CaptainEngine } from '../captainEngine';
import { registerCaptainChatParticipant, runActionCommand } from '../chat/captainChatParticipant';
import type { ChatAction } from '../chat/chatActions';
import { ChatActionRunner } from '../chat/chatActionRunner';
import { SnippetCatalog } from '../chat/snippetCatalog';
import { addIntegration, type IntegrationKind } from './addIntegrationCommand';
import { askTheCaptain, showOutcome } from './askCaptainCommand';
import { renderReadinessMarkdown } from './readinessChecklist';
import { runReadinessReview } from './readinessReview';

/**
 * The captain's editor faces: the `@captain` chat participant and the commands Ask the Captain…
 * (`captain.ask`), Add Integration… (`captain.integration.add`), Review Integration Readiness
 * (`captain.readiness.review`) and Open Snippet (`captain.snippets.open`). Every command returns
 * what it did, so tests (and other commands) can check it.
 */
export function registerCaptainFace(
  engine: CaptainEngine,
  log: vscode.LogOutputChannel,
  context: vscode.ExtensionContext,
): vscode.Disposable {
  const runner = new ChatActionRunner(engine, log, {
    commands: vscode.commands,
    reviewReadiness: () => runReadinessReview(engine),
  });
  const snippets = new SnippetCatalog(context.extensionUri);
  const guarded =
    <A extends unknown[], R>(id: string, work: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R | undefined> => {
      try {
        return await work(...args);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log.error(`[Captain] ${id} failed: ${message}`);
        void vscode.window.showErrorMessage(message);
        return undefined;
      }
    };

  const disposables = [
    registerCaptainChatParticipant(engine, runner, snippets, log, context),
    vscode.commands.registerCommand(
      'captain.ask',
      guarded('captain.ask', (text?: string) =>
        askTheCaptain(runner, log, typeof text === 'string' ? text : undefined),
      ),
    ),
    vscode.commands.registerCommand(
      runActionCommand,
      guarded(runActionCommand, async (action: ChatAction) => {
        const outcome = await runner.run(action);
        await showOutcome(`Captain: ${action.kind}`, outcome);
        return outcome;
      }),
    ),
    vscode.commands.registerCommand(
      'captain.integration.add',
      guarded(
        'captain.integration.add',
        (kind?: IntegrationKind, provider?: string, name?: string, secret?: string) =>
          addIntegration(context.secrets, snippets, log, { kind, provider, name, secret }),
      ),
    ),
    vscode.commands.registerCommand(
      'captain.readiness.review',
      guarded('captain.readiness.review', async (options?: { show?: boolean }) => {
        const report = await vscode.window.withProgress(
          {
            location: vscode.ProgressLocation.Window,
            title: vscode.l10n.t('Reviewing integration readiness'),
          },
          () => runReadinessReview(engine),
        );
        if (options?.show !== false) {
          const content =
            renderReadinessMarkdown(report) +
            (report.configError ? `\n\n_${report.configError}_\n` : '\n');
          const document = await vscode.workspace.openTextDocument({
            language: 'markdown',
            content,
          });
          await vscode.window.showTextDocument(document, { preview: true });
          await vscode.commands
            .executeCommand('markdown.showPreview', document.uri)
            .then(undefined, () => undefined);
        }
        return report;
      }),
    ),
    vscode.commands.registerCommand(
      'captain.snippets.open',
      guarded('captain.snippets.open', async (prefix?: string) => {
        const chosen =
          prefix ??
          (
            await vscode.window.showQuickPick(
              (await snippets.list()).map((snippet) => ({
                label: snippet.prefix,
                detail: snippet.description,
              })),
              { placeHolder: vscode.l10n.t('Snippet to open in a new editor') },
            )
          )?.label;
        return chosen ? snippets.openInEditor(chosen) : false;
      }),
    ),
  ];
  return new vscode.Disposable(() => {
    for (const disposable of disposables.reverse()) {
      disposable.dispose();
    }
  });
}
