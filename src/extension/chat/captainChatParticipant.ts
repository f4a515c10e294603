import * as vscode from 'vscode';
import {
  crew,
  handoffDestinations,
  routeRequest,
  type CrewRoute,
  type RoutingDecision,
} from '../../captain';
import type { CaptainEngine } from '../captainEngine';
import {
  readDependencyNames,
  readSpecSummaries,
  readWorkspaceFacts,
  vocabularyOf,
} from '../captain/workspaceFacts';
import { actionMode, describeAction, recogniseAction, type ChatAction } from './chatActions';
import { ChatActionRunner, type ActionOutcome } from './chatActionRunner';
import { textToRoute } from './clarificationHistory';
import { routingLine, slashCommandFor, specialistPrompt } from './chatPrompts';
import type { SnippetCatalog } from './snippetCatalog';
import { chooseSnippetPrefix } from './snippetChooser';

/** The participant id declared under `chatParticipants` in package.json. */
export const captainParticipantId = 'captain.captain';

/** What a reply leaves in `ChatResult.metadata`, for follow-ups and tests. */
export interface CaptainChatMetadata {
  readonly route: RoutingDecision['route'];
  readonly handoff: RoutingDecision['handoff'];
  readonly confidence: number;
  readonly action?: ActionOutcome['kind'];
  /** The text the router read: the prompt, or after a clarifying question the earlier one too. */
  readonly routedText: string;
  readonly answeredBy:
    'action' | 'confirmation' | 'model' | 'snippet' | 'handoff' | 'question' | 'cancelled';
}

/** The command a confirmation button runs: `captain.chat.runAction(action)`. */
export const runActionCommand = 'captain.chat.runAction';

/** The confidence threshold from settings (`captain.router.confidenceThreshold`, default 0.75). */
export function confidenceThreshold(): number {
  return vscode.workspace
    .getConfiguration('captain')
    .get<number>('router.confidenceThreshold', 0.75);
}

/**
 * Registers `@captain` when this VS Code has the chat API (on 1.100 it exists, but the Chat view
 * needs Copilot; on 1.139 it works without). Returns a no-op disposable otherwise.
 */
export function registerCaptainChatParticipant(
  engine: CaptainEngine,
  runner: ChatActionRunner,
  snippets: SnippetCatalog,
  log: vscode.LogOutputChannel,
  context: vscode.ExtensionContext,
): vscode.Disposable {
  if (typeof vscode.chat?.createChatParticipant !== 'function') {
    log.info('[Chat] this VS Code has no chat API; @captain is not registered');
    return new vscode.Disposable(() => undefined);
  }

  const participant = vscode.chat.createChatParticipant(
    captainParticipantId,
    (request, chatContext, stream, token) =>
      answer(request, chatContext, stream, token, { engine, runner, snippets, log }),
  );
  participant.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'captain.svg');
  participant.followupProvider = {
    provideFollowups: (result) => followupsFor(result.metadata as CaptainChatMetadata | undefined),
  };
  log.info('[Chat] @captain registered');
  return participant;
}

interface ChatDeps {
  readonly engine: CaptainEngine;
  readonly runner: ChatActionRunner;
  readonly snippets: SnippetCatalog;
  readonly log: vscode.LogOutputChannel;
}

async function answer(
  request: vscode.ChatRequest,
  chatContext: vscode.ChatContext,
  stream: vscode.ChatResponseStream,
  token: vscode.CancellationToken,
  deps: ChatDeps,
): Promise<vscode.ChatResult> {
  const routedText = textToRoute(chatContext.history, request.prompt, captainParticipantId);
  const decision = routeRequest(routedText, {
    slashCommand: request.command,
    threshold: confidenceThreshold(),
  });
  const meta = (
    answeredBy: CaptainChatMetadata['answeredBy'],
    action?: ActionOutcome['kind'],
  ): vscode.ChatResult => ({
    metadata: {
      route: decision.route,
      handoff: decision.handoff,
      confidence: decision.confidence,
      action,
      answeredBy,
      routedText,
    } satisfies CaptainChatMetadata,
  });
  const reply = withRoutingLine(stream, `*${routingLine(decision, request.command)}*\n\n`);

  if (decision.route === 'handoff' && decision.handoff && !decision.explicit) {
    const destination = handoffDestinations[decision.handoff];
    reply.markdown(
      `This is outside integration work, so the captain hands it off to **${destination.displayName}**. ${destination.message}`,
    );
    return meta('handoff');
  }

  const facts = await readWorkspaceFacts();
  const action = recogniseAction(routedText, decision, vocabularyOf(facts.config), request.command);
  if (action && (decision.engaged || decision.explicit || action.kind === 'readinessReview')) {
    if (token.isCancellationRequested) {
      return meta('cancelled');
    }

    if (actionMode(routedText, action) === 'confirm') {
      reply.markdown(
        `This would ${describeAction(action)}. The captain does that only when you say so: press the button to go ahead.`,
      );
      reply.button({ command: runActionCommand, title: confirmTitle(action), arguments: [action] });
      return meta('confirmation', action.kind);
    }

    const outcome = await deps.runner.run(action);
    reply.markdown(outcome.markdown);
    for (const button of outcome.buttons) {
      reply.button({ command: button.command, title: button.title, arguments: button.arguments });
    }
    return meta('action', outcome.kind);
  }

  if (!decision.engaged && !decision.explicit) {
    askForClarification(decision, routedText, reply);
    return meta('question');
  }

  return answerWithCode(
    request,
    routedText,
    decision.route as CrewRoute,
    reply,
    token,
    deps,
    facts,
    meta,
  );
}

function confirmTitle(action: ChatAction): string {
  switch (action.kind) {
    case 'replayWebhookEvent':
      return action.params.scope === 'all' ? 'Replay Them' : 'Replay It';
    case 'resetCircuit':
      return 'Reset the Circuit';
    case 'connectOAuth':
      return 'Connect';
    case 'refreshOAuth':
      return 'Refresh the Token';
    default:
      return 'Go Ahead';
  }
}

/** The parts of a response stream the captain writes to. */
type ReplyStream = Pick<vscode.ChatResponseStream, 'markdown' | 'button'>;

/**
 * Writes the routing line in the same markdown part as the first content: newer chat views fold
 * parts that arrive before a pause into a collapsed "steps" section, which hid a lone line.
 */
function withRoutingLine(stream: vscode.ChatResponseStream, line: string): ReplyStream {
  let pending: string | undefined = line;
  return {
    markdown: (value) => {
      const text = typeof value === 'string' ? value : value.value;
      stream.markdown(pending === undefined ? text : pending + text);
      pending = undefined;
    },
    button: (command) => stream.button(command),
  };
}

function askForClarification(decision: RoutingDecision, prompt: string, stream: ReplyStream): void {
  stream.markdown(decision.question ?? 'Which part of the integration is this about?');
  const targets = decision.signals
    .map((signal) => signal.target)
    .filter((target): target is CrewRoute => target !== undefined && target in crew);
  const likely = [
    ...new Set(
      targets.length > 0
        ? targets
        : (['third-party-integrator', 'webhook-handler', 'oauth-specialist'] as CrewRoute[]),
    ),
  ];
  for (const route of likely.slice(0, 3)) {
    const command = slashCommandFor(route);
    if (command) {
      stream.button({
        command: 'workbench.action.chat.open',
        title: `Ask the ${crew[route].displayName}`,
        arguments: [{ query: `@captain /${command} ${prompt}` }],
      });
    }
  }
}

async function answerWithCode(
  request: vscode.ChatRequest,
  routedText: string,
  route: CrewRoute,
  stream: ReplyStream,
  token: vscode.CancellationToken,
  deps: ChatDeps,
  facts: Awaited<ReturnType<typeof readWorkspaceFacts>>,
  meta: (answeredBy: CaptainChatMetadata['answeredBy']) => vscode.ChatResult,
): Promise<vscode.ChatResult> {
  const [specs, dependencies] = await Promise.all([
    readSpecSummaries(facts),
    readDependencyNames(facts),
  ]);
  const instructions = specialistPrompt(route, {
    configText: facts.configText,
    specs,
    dependencies,
  });
  const messages = [
    vscode.LanguageModelChatMessage.User(instructions),
    vscode.LanguageModelChatMessage.User(routedText),
  ];

  let reason = 'no language model is selected';
  if (request.model) {
    try {
      const response = await request.model.sendRequest(messages, {}, token);
      for await (const fragment of response.text) {
        if (token.isCancellationRequested) {
          return meta('cancelled');
        }
        stream.markdown(fragment);
      }
      return meta('model');
    } catch (error) {
      if (!(error instanceof vscode.LanguageModelError)) {
        throw error;
      }

      // Model errors (no consent, quota, not found, blocked) fall back to the snippet below.
      deps.log.warn(`[Chat] the language model failed (${error.code}): ${error.message}`);
      reason = `the language model did not answer (${error.code || error.message})`;
    }
  }

  if (token.isCancellationRequested) {
    return meta('cancelled');
  }

  const prefix = chooseSnippetPrefix(routedText, route);
  const snippet = prefix ? await deps.snippets.get(prefix) : undefined;
  if (!snippet) {
    stream.markdown(
      `Since ${reason}, the captain can only point the way: the ${crew[route].displayName} has no snippet for this. Try \`captain --help\` in a terminal for the matching CLI verb.`,
    );
    return meta('snippet');
  }

  stream.markdown(
    `Since ${reason}, here is the captain's \`${snippet.prefix}\` snippet: ${snippet.description}.\n\n`,
  );
  stream.markdown('```typescript\n' + snippet.expanded + '\n```\n');
  stream.markdown(
    'Type the prefix in a TypeScript file to insert it with tab stops, or open it in a new editor.',
  );
  stream.button({
    command: 'captain.snippets.open',
    title: 'Open Snippet in Editor',
    arguments: [snippet.prefix],
  });
  return meta('snippet');
}

function followupsFor(metadata: CaptainChatMetadata | undefined): vscode.ChatFollowup[] {
  switch (metadata?.action) {
    case 'listWebhookEvents':
      return [{ prompt: 'replay the last failed event', label: 'Replay the last failed event' }];
    case 'replayWebhookEvent':
      return [
        { prompt: 'show the webhooks from the last hour', label: 'Show the last hour of webhooks' },
      ];
    case 'readinessReview':
      return [{ prompt: 'show the open circuits', label: 'Show open circuits' }];
    case 'resetCircuit':
    case 'listCircuits':
      return [{ prompt: '', command: 'status', label: 'Review integration readiness' }];
    default:
      break;
  }

  if (metadata?.answeredBy === 'model' || metadata?.answeredBy === 'snippet') {
    return [
      { prompt: 'what is missing before release?', command: 'status', label: 'Check readiness' },
    ];
  }

  return [];
}
