/**
 * The parts of VS Code's chat history turns the captain reads, written structurally so the logic
 * stays free of `vscode` and unit-testable: a request turn has a `prompt`, a response turn a
 * `result`.
 */
export type HistoryTurn =
  | { readonly prompt: string; readonly participant: string; readonly command?: string }
  | {
      readonly result: { readonly metadata?: { readonly [key: string]: unknown } };
      readonly participant: string;
    };

/**
 * The text to route for this prompt. When the captain's previous turn was a clarifying question,
 * the user's reply answers it, so the request that prompted the question is routed together with
 * the reply ("set up the callback" + "it's for GitHub OAuth"); otherwise the prompt alone. The
 * previous request's own routed text (`metadata.routedText`) is used, so a second answer builds on
 * the first.
 */
export function textToRoute(
  history: readonly HistoryTurn[],
  prompt: string,
  participantId: string,
): string {
  const last = history.at(-1);
  const before = history.at(-2);
  if (!last || !before || !('result' in last) || !('prompt' in before)) {
    return prompt;
  }

  const metadata = last.result.metadata;
  if (last.participant !== participantId || metadata?.answeredBy !== 'question') {
    return prompt;
  }

  const previous = typeof metadata.routedText === 'string' ? metadata.routedText : before.prompt;
  return `${previous.trim()} ${prompt.trim()}`.trim();
}
