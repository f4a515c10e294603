import {
  crew,
  describeTopSignals,
  handoffDestinations,
  type CrewRoute,
  type Route,
  type RoutingDecision,
} from '../../captain';

/** Chat slash command → the crew member it addresses. */
export const slashCommandCrew: Readonly<Record<string, CrewRoute>> = {
  integrate: 'third-party-integrator',
  webhook: 'webhook-handler',
  oauth: 'oauth-specialist',
  contract: 'api-contract-validator',
  resilience: 'resilience',
};

/** The slash command that addresses a route (rate limiting goes to /resilience). */
export function slashCommandFor(route: Route): string | undefined {
  if (route === 'rate-limiting') {
    return 'resilience';
  }

  return Object.entries(slashCommandCrew).find(([, member]) => member === route)?.[0];
}

/** Who took the request, as the chat and Ask the Captain name it. */
export function destinationName(decision: RoutingDecision): string {
  if (decision.route === 'handoff' && decision.handoff) {
    return `hand-off to ${handoffDestinations[decision.handoff].displayName}`;
  }

  if (decision.route === 'none') {
    return 'nobody yet';
  }

  return crew[decision.route as CrewRoute].displayName;
}

/**
 * The one short line every reply starts with: destination, route id, confidence and the top
 * three signals by weight, each saying its kind, e.g. "Routed to Webhook Handler (webhook-handler),
 * confidence 0.90 — signals: webhook → webhook-handler 0.90, webhook keyword +0.15".
 */
export function routingLine(decision: RoutingDecision, slashCommand?: string): string {
  if (slashCommand === 'status') {
    return 'Routed to the readiness review (status) — you asked for /status';
  }

  const target = decision.route === 'handoff' ? (decision.handoff ?? 'handoff') : decision.route;
  const why = decision.explicit
    ? `you asked for ${slashCommand ? `/${slashCommand}` : 'it by name'}`
    : `signals: ${describeTopSignals(decision.signals).join(', ') || 'none'}`;
  return `Routed to ${destinationName(decision)} (${target}), confidence ${decision.confidence.toFixed(2)} — ${why}`;
}

/** Facts from the workspace that ground a specialist prompt; each already size-capped. */
export interface PromptGrounding {
  readonly configText?: string;
  readonly specFiles: readonly string[];
  readonly dependencies: readonly string[];
}

const maxConfigChars = 6_000;

/**
 * Instructions for the model when the captain answers a code request as one of its crew. The
 * config text has its secret-looking values masked before it is sent.
 */
export function specialistPrompt(route: CrewRoute, grounding: PromptGrounding): string {
  const member = crew[route];
  const config = grounding.configText
    ? maskSecrets(grounding.configText).slice(0, maxConfigChars)
    : '(no captain.config.json in this workspace)';
  return [
    `You are the ${member.displayName} of API Integration Captain, a VS Code extension. ${member.description}`,
    'Answer with working TypeScript for Node 20 that fits this workspace. Verify webhook signatures on the raw body, keep secrets in environment variables or secret references, wrap third-party calls in timeouts, retries with backoff and a circuit breaker (cockatiel), and use idempotency keys for writes. Keep explanations short.',
    `Workspace dependencies: ${grounding.dependencies.slice(0, 60).join(', ') || '(no package.json)'}.`,
    `Specs in the workspace: ${grounding.specFiles.slice(0, 30).join(', ') || '(none found)'}.`,
    `captain.config.json:\n${config}`,
  ].join('\n\n');
}

/** Replaces literal values of secret-like keys with "***" (references stay readable). */
export function maskSecrets(configText: string): string {
  return configText.replace(
    /("(?:secret|secrets|clientSecret|bearer|value|token|apiKey)"\s*:\s*)"((?!\$\{(?:env|secret):)[^"]*)"/gi,
    (_match, key: string) => `${key}"***"`,
  );
}
