import * as vscode from 'vscode';
import { handoffDestinations, routeRequest, type RoutingDecision } from '../../captain';
import { actionMode, describeAction, recogniseAction } from '../chat/chatActions';
import type { ActionOutcome, ChatActionRunner } from '../chat/chatActionRunner';
import { confidenceThreshold } from '../chat/captainChatParticipant';
import { routingLine } from '../chat/chatPrompts';
import { readWorkspaceFacts, vocabularyOf } from './workspaceFacts';

/** What "Ask the Captain…" did, returned to callers (tests, other commands). */
export interface AskResult {
  readonly request: string;
  readonly decision: RoutingDecision;
  /** Present when the request was an action and it ran. */
  readonly outcome?: ActionOutcome;
  /** What happened otherwise. */
  readonly handledBy: 'action' | 'declined' | 'handoff' | 'chat' | 'unavailable-chat';
}

/**
 * "Captain: Ask the Captain…": routes a request (from `text`, or an input box), runs it when it
 * is an action, says where a hand-off goes, and opens `@captain` in chat when the request needs a
 * conversation. Returns undefined when the input box is dismissed.
 */
export async function askTheCaptain(
  runner: ChatActionRunner,
  log: vscode.LogOutputChannel,
  text?: string,
): Promise<AskResult | undefined> {
  const request =
    text ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('Ask the Captain'),
      prompt: vscode.l10n.t('An integration request, e.g. "show the webhooks from the last hour"'),
      ignoreFocusOut: true,
    }));
  if (!request?.trim()) {
    return undefined;
  }

  const decision = routeRequest(request, { threshold: confidenceThreshold() });
  log.info(`[Captain] ${routingLine(decision)}`);

  if (decision.route === 'handoff' && decision.handoff) {
    const destination = handoffDestinations[decision.handoff];
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Outside integration work: {0}', destination.message),
    );
    return { request, decision, handledBy: 'handoff' };
  }

  const facts = await readWorkspaceFacts();
  const action = recogniseAction(request, decision, vocabularyOf(facts.config));
  if (action && (decision.engaged || action.kind === 'readinessReview')) {
    if (actionMode(request, action) === 'confirm') {
      const goAhead = vscode.l10n.t('Go Ahead');
      const picked = await vscode.window.showWarningMessage(
        vscode.l10n.t('This would {0}.', describeAction(action).replace(/\*\*/g, '')),
        { modal: true },
        goAhead,
      );
      if (picked !== goAhead) {
        return { request, decision, handledBy: 'declined' };
      }
    }

    const outcome = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Window,
        title: vscode.l10n.t('Captain: {0}', action.kind),
      },
      () => runner.run(action),
    );
    await showOutcome(routingLine(decision), outcome);
    return { request, decision, outcome, handledBy: 'action' };
  }

  const commands = await vscode.commands.getCommands(true);
  if (!commands.includes('workbench.action.chat.open')) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        '{0}. This needs a conversation, and chat is not available in this window.',
        routingLine(decision),
      ),
    );
    return { request, decision, handledBy: 'unavailable-chat' };
  }

  await vscode.commands.executeCommand('workbench.action.chat.open', {
    query: `@captain ${request}`,
  });
  return { request, decision, handledBy: 'chat' };
}

/**
 * Shows an action's outcome outside chat: short outcomes as a notification with its follow-up
 * buttons, tables and checklists as a markdown document headed by `heading`.
 */
export async function showOutcome(heading: string, outcome: ActionOutcome): Promise<void> {
  if (!outcome.markdown.includes('\n')) {
    const titles = outcome.buttons.map((button) => button.title);
    const show = outcome.ok
      ? vscode.window.showInformationMessage
      : vscode.window.showWarningMessage;
    void show(outcome.markdown.replace(/[*`]/g, ''), ...titles).then((picked) => {
      const button = outcome.buttons.find((candidate) => candidate.title === picked);
      if (button) {
        void vscode.commands.executeCommand(button.command, ...(button.arguments ?? []));
      }
    });
    return;
  }

  const content = `_${heading}_\n\n${outcome.markdown}\n`;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(document, { preview: true });
  await vscode.commands
    .executeCommand('markdown.showPreviewToSide')
    .then(undefined, () => undefined);
}
