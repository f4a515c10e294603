import type { RoutingDecision } from '../../captain';

/**
 * What the captain can do itself instead of describing it. Each kind maps to one engine request
 * or one capability command (see `chatActionRunner.ts`).
 */
export type ChatAction =
  | { kind: 'readinessReview'; params: Record<string, never> }
  | {
      kind: 'listWebhookEvents';
      params: { windowMs?: number; endpoint?: string; provider?: string; failedOnly: boolean };
    }
  | {
      kind: 'replayWebhookEvent';
      params: { scope: 'last' | 'all'; endpoint?: string; provider?: string; failedOnly: boolean };
    }
  | { kind: 'startReceiver'; params: Record<string, never> }
  | { kind: 'connectOAuth'; params: { provider?: string } }
  | { kind: 'refreshOAuth'; params: { provider?: string } }
  | { kind: 'listOAuthConnections'; params: Record<string, never> }
  | { kind: 'checkContracts'; params: { breakingOnly: boolean } }
  | { kind: 'resetCircuit'; params: { service?: string; endpoint?: string } }
  | { kind: 'listCircuits'; params: { openOnly: boolean } };

export type ChatActionKind = ChatAction['kind'];

/** Names from `captain.config.json` that requests may mention. */
export interface ActionVocabulary {
  /** Webhook endpoint name → its provider (`stripe`, `github`, …). */
  readonly webhookEndpoints: Readonly<Record<string, string>>;
  readonly oauthProviders: readonly string[];
  readonly services: readonly string[];
}

export const emptyVocabulary: ActionVocabulary = {
  webhookEndpoints: {},
  oauthProviders: [],
  services: [],
};

const webhookProviders = ['stripe', 'github', 'shopify', 'slack', 'standard'];
const minuteMs = 60_000;
const unitMs: Record<string, number> = {
  second: 1000,
  minute: minuteMs,
  min: minuteMs,
  hour: 60 * minuteMs,
  day: 24 * 60 * minuteMs,
  week: 7 * 24 * 60 * minuteMs,
};

/**
 * Reads an action out of a routed request, or undefined when the request asks for code,
 * advice or a conversation. Patterns are deliberately simple: a verb, an object, and the names
 * the config declares (providers, endpoints, services). `/status` is always the readiness review.
 */
export function recogniseAction(
  text: string,
  decision: Pick<RoutingDecision, 'route'>,
  vocabulary: ActionVocabulary = emptyVocabulary,
  slashCommand?: string,
): ChatAction | undefined {
  const request = text.toLowerCase();
  if (slashCommand !== 'status' && asksForExplanation(request)) {
    return undefined;
  }

  if (
    slashCommand === 'status' ||
    /\b(readiness|ready (for|to) (release|ship)|pre-?release)\b/.test(request)
  ) {
    return { kind: 'readinessReview', params: {} };
  }

  if (asksForCode(request)) {
    return undefined;
  }

  const failedOnly = /\b(failed|failing|failures?|dead[- ]letter(ed)?|errored)\b/.test(request);
  const mentioned = mentionedWebhookTarget(request, vocabulary);

  if (
    /\b(replay|redeliver|re-?send|retry)\b/.test(request) &&
    /\b(event|webhook|delivery|deliveries)s?\b/.test(request)
  ) {
    const scope = /\b(all|every)\b/.test(request) ? 'all' : 'last';
    return { kind: 'replayWebhookEvent', params: { scope, failedOnly, ...mentioned } };
  }

  if (
    /\b(start|run|turn on)\b.*\breceiver\b|\blisten(ing)? for (webhooks|events)\b/.test(request)
  ) {
    return { kind: 'startReceiver', params: {} };
  }

  if (
    isShowVerb(request) &&
    /\b(webhooks?|events?|deliveries|delivery)\b/.test(request) &&
    (!isQuestion(request) || namesStoredState(request))
  ) {
    return {
      kind: 'listWebhookEvents',
      params: { windowMs: timeWindowMs(request), failedOnly, ...mentioned },
    };
  }

  const oauthProvider = vocabulary.oauthProviders.find((name) => mentions(request, name));
  if (
    /\b(connect|sign ?in|log ?in|authori[sz]e)\b/.test(request) &&
    (oauthProvider || /\boauth\b|\bsso\b/.test(request))
  ) {
    return { kind: 'connectOAuth', params: { provider: oauthProvider } };
  }

  if (/\brefresh\b/.test(request) && /\b(token|oauth|connection)s?\b/.test(request)) {
    return { kind: 'refreshOAuth', params: { provider: oauthProvider } };
  }

  if (
    isShowVerb(request) &&
    /\b(oauth )?connections\b|\btokens\b/.test(request) &&
    decision.route === 'oauth-specialist'
  ) {
    return { kind: 'listOAuthConnections', params: {} };
  }

  if (
    /\b(check|validate|diff|compare|lint|scan)\b/.test(request) &&
    /\b(specs?|contracts?|openapi|schemas?)\b/.test(request)
  ) {
    return { kind: 'checkContracts', params: { breakingOnly: /\bbreaking\b/.test(request) } };
  }

  if (/\b(reset|close|clear)\b/.test(request) && /\b(circuits?|breakers?)\b/.test(request)) {
    const service = vocabulary.services.find((name) => mentions(request, name));
    return { kind: 'resetCircuit', params: { service } };
  }

  if (isShowVerb(request) && /\b(circuits?|breakers?)\b/.test(request)) {
    return { kind: 'listCircuits', params: { openOnly: /\bopen\b/.test(request) } };
  }

  return undefined;
}

/**
 * Actions that change something or reach outside the workspace: a replay sends a delivery, a
 * reset closes a circuit, a connect or refresh talks to the provider. The chat runs them at once
 * only for an unambiguous imperative; otherwise it says what would happen and offers a button.
 */
export const consequentialActions: ReadonlySet<ChatActionKind> = new Set([
  'replayWebhookEvent',
  'resetCircuit',
  'connectOAuth',
  'refreshOAuth',
]);

/** The verbs that, leading a request, make it an unambiguous order for each consequential kind. */
const imperativeVerbs: Partial<Record<ChatActionKind, RegExp>> = {
  replayWebhookEvent: /^(replay|redeliver|re-?send|retry)\b/,
  resetCircuit: /^(reset|close|clear)\b/,
  connectOAuth: /^(connect|sign ?in|log ?in|authori[sz]e)\b/,
  refreshOAuth: /^refresh\b/,
};

/**
 * How the chat should treat a recognised action: `run` it now, or `confirm` first. Read-only
 * actions always run; consequential ones run only when the request starts with the action's verb
 * (after "please", an `@captain` or `:<crew>` address) and is not phrased as a question, so
 * "replay the last failed Stripe event" runs and "can you replay the last event?" asks.
 */
export function actionMode(text: string, action: ChatAction): 'run' | 'confirm' {
  if (!consequentialActions.has(action.kind)) {
    return 'run';
  }

  const request = leadingWordsStripped(text.toLowerCase());
  const verb = imperativeVerbs[action.kind];
  return verb !== undefined && verb.test(request) && !isQuestion(request) ? 'run' : 'confirm';
}

/** What running an action would do, in one sentence, for the confirmation a chat reply shows. */
export function describeAction(action: ChatAction): string {
  switch (action.kind) {
    case 'replayWebhookEvent': {
      const { scope, failedOnly, endpoint, provider } = action.params;
      const which = `${failedOnly ? 'failed ' : ''}${provider ?? ''}`.trim();
      const from = endpoint ? ` of endpoint **${endpoint}**` : '';
      return scope === 'all'
        ? `replay every ${which ? `${which} ` : ''}event${from}, sending each to its forwarding target again`
        : `replay the newest ${which ? `${which} ` : ''}event${from}, sending it to its forwarding target again`;
    }
    case 'resetCircuit':
      return action.params.service
        ? `reset the circuit(s) of **${action.params.service}** to closed, so calls go through again`
        : 'reset the open circuit to closed, so calls go through again';
    case 'connectOAuth':
      return `start the OAuth sign-in${action.params.provider ? ` with **${action.params.provider}**` : ''} in your browser`;
    case 'refreshOAuth':
      return `refresh the OAuth token${action.params.provider ? ` of **${action.params.provider}**` : ''} with the provider`;
    case 'readinessReview':
      return 'review the readiness of every configured integration';
    case 'listWebhookEvents':
      return 'list the stored webhook events';
    case 'startReceiver':
      return 'start the webhook receiver';
    case 'listOAuthConnections':
      return 'list the OAuth connections';
    case 'checkContracts':
      return 'check the specs for breaking changes';
    case 'listCircuits':
      return 'list the circuits';
  }
}

/**
 * True for questions and requests for explanation ("why did the retry fail?", "explain how to
 * replay a webhook safely", "should I reset the breaker?", "what events does Stripe send?"):
 * they want an answer, not an action.
 */
export function asksForExplanation(text: string): boolean {
  const request = leadingWordsStripped(text.toLowerCase());
  return (
    /\b(explain|why)\b/.test(request) ||
    /^(how|should|shall|describe|when|is it|is there|are there|does|do (i|we|you)|tell me|help me understand|i wonder)\b/.test(
      request,
    ) ||
    /^what(?:'s|\s+(?:is|are|was|were|if|happens|would|should|could|can)\b)/.test(request) ||
    /^(what|which)\s+(\S+\s+){0,4}?(does|do|should|would|can|could)\b/.test(request) ||
    /^(can|could|would|will) (you|i|we) (tell|explain|describe|walk|help me understand)\b/.test(
      request,
    )
  );
}

/** A question mark, or a leading interrogative word. */
function isQuestion(request: string): boolean {
  return (
    request.trim().endsWith('?') ||
    /^(what|which|who|where|when|why|how|is|are|do|does|did|can|could|would|should|will|any)\b/.test(
      leadingWordsStripped(request),
    )
  );
}

/** Whether a question asks about what the engine stored ("failed", "last hour", "received"). */
function namesStoredState(request: string): boolean {
  return (
    timeWindowMs(request) !== undefined ||
    /\b(failed|failing|errored|dead[- ]letter(ed)?|received|arrived|came in|stored|recent|pending|delivered|yet)\b/.test(
      request,
    )
  );
}

/** The request without a leading address (`@captain`, `:webhook-handler`) and politeness. */
function leadingWordsStripped(request: string): string {
  return request
    .trim()
    .replace(/^(@captain(:[a-z-]+)?|:[a-z][a-z-]*)\s+/, '')
    .replace(/^((please|ok|okay|now|captain|go ahead and|just)[,\s]+)+/, '');
}

/**
 * The time window a request names, in ms: "last hour" → 3 600 000, "past 15 minutes" → 900 000,
 * "last 2 days", "today" (24 h). Undefined when it names none.
 */
export function timeWindowMs(request: string): number | undefined {
  const text = request.toLowerCase();
  const counted =
    /\b(?:last|past|previous)\s+(\d+|an?|one|two|three|few)?\s*(second|minute|min|hour|day|week)s?\b/.exec(
      text,
    );
  if (counted) {
    const words: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, few: 3 };
    const count = counted[1] === undefined ? 1 : (words[counted[1]] ?? Number(counted[1]));
    return count * unitMs[counted[2]];
  }

  if (/\btoday\b/.test(text)) {
    return unitMs.day;
  }

  return undefined;
}

function isShowVerb(request: string): boolean {
  return /\b(show|list|display|what|which|any|see|view|get|find|how many)\b/.test(request);
}

function asksForCode(request: string): boolean {
  return (
    /\b(write|generate|scaffold|implement|create|build|add|code|snippet|example|how (do|can|to))\b/.test(
      request,
    ) && !/\b(replay|reset|connect|check)\b/.test(request)
  );
}

/** True when `name` appears in `request` as a word (case-insensitive; `-`/`_` count as spaces). */
function mentions(request: string, name: string): boolean {
  const escaped = name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = escaped.replace(/[-_]+/g, '[-_ ]?');
  return new RegExp(`(^|[^a-z0-9])${words}s?([^a-z0-9]|$)`).test(request);
}

function mentionedWebhookTarget(
  request: string,
  vocabulary: ActionVocabulary,
): { endpoint?: string; provider?: string } {
  const endpoint = Object.keys(vocabulary.webhookEndpoints).find((name) => mentions(request, name));
  if (endpoint) {
    return { endpoint, provider: vocabulary.webhookEndpoints[endpoint] };
  }

  const provider = webhookProviders.find((name) => mentions(request, name));
  return provider ? { provider } : {};
}
