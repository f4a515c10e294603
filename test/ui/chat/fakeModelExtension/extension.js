// Test-only extension for the chat UI test: a language model whose every answer is the same
// fixed text, and a command that opens the Chat view with that model selected.
const vscode = require('vscode');

const vendor = 'captain-test';
const modelId = 'captain-test-model';
/** What the model always answers; the UI test looks for it. */
const fixedAnswer = 'CAPTAIN-TEST-MODEL: wrap the Stripe client in retry and a circuit breaker.';

function activate(context) {
  if (typeof vscode.lm?.registerLanguageModelChatProvider === 'function') {
    context.subscriptions.push(
      vscode.lm.registerLanguageModelChatProvider(vendor, {
        provideLanguageModelChatInformation: () => [
          {
            id: modelId,
            name: 'Captain Test Model',
            family: 'captain-test',
            version: '1',
            maxInputTokens: 100000,
            maxOutputTokens: 4000,
            capabilities: {},
          },
        ],
        provideLanguageModelChatResponse: async (_model, _messages, _options, progress) => {
          progress.report(new vscode.LanguageModelTextPart(fixedAnswer));
        },
        provideTokenCount: async (_model, text) =>
          typeof text === 'string' ? Math.ceil(text.length / 4) : 1,
      }),
    );
  }

  // Opening chat through the command with a modelSelector also makes this model the selected
  // one, so requests typed into the chat input afterwards reach the participant.
  context.subscriptions.push(
    vscode.commands.registerCommand('captainTest.openCaptainChat', (query = '@captain /status') =>
      vscode.commands.executeCommand('workbench.action.chat.open', {
        query,
        mode: 'ask',
        modelSelector: { vendor, id: modelId },
      }),
    ),
  );
}

module.exports = { activate, deactivate: () => undefined };
