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

  if (isShowVerb(request) && /\b(webhooks?|events?|deliveries|delivery)\b/.test(request)) {
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
