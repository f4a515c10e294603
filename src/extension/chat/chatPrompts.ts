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

/** What a prompt says about one spec (a `SpecSummary` from the readiness review fits). */
export interface PromptSpec {
  /** Workspace-relative path. */
  readonly file: string;
  readonly title?: string;
  readonly serverUrls: readonly string[];
  readonly operations: readonly { method: string; path: string; operationId?: string }[];
}

/** Facts from the workspace that ground a specialist prompt; the prompt caps their size. */
export interface PromptGrounding {
  readonly configText?: string;
  readonly specs: readonly PromptSpec[];
  readonly dependencies: readonly string[];
}

const maxConfigChars = 6_000;
/** Specs named in a prompt. */
const maxPromptSpecs = 30;
/** Operations listed in a prompt, across all specs. */
export const maxPromptOperations = 40;
/** Server URLs listed per spec. */
const maxServersPerSpec = 5;
/** Longest path, operationId, title or URL quoted from a spec, in characters. */
const maxSpecTextChars = 200;

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
    describeSpecs(grounding.specs),
    `captain.config.json:\n${config}`,
  ].join('\n\n');
}

/**
 * The workspace's specs for a prompt: each spec's file, title and servers, then its operations
 * as `METHOD path operationId`, at most {@link maxPromptOperations} in all, so the model calls
 * the endpoints that exist instead of inventing them.
 */
export function describeSpecs(specs: readonly PromptSpec[]): string {
  if (specs.length === 0) {
    return 'Specs in the workspace: (none found).';
  }

  const lines = ['Specs in the workspace (operations as METHOD path operationId):'];
  let budget = maxPromptOperations;
  let omitted = 0;
  for (const spec of specs.slice(0, maxPromptSpecs)) {
    const title = spec.title ? ` "${clip(spec.title)}"` : '';
    const servers = spec.serverUrls.slice(0, maxServersPerSpec).map(clip).join(', ');
    lines.push(`- ${clip(spec.file)}${title}; servers: ${servers || '(none)'}`);
    const shown = spec.operations.slice(0, budget);
    for (const operation of shown) {
      const id = operation.operationId ? ` ${clip(operation.operationId)}` : '';
      lines.push(`  - ${operation.method} ${clip(operation.path)}${id}`);
    }
    budget -= shown.length;
    omitted += spec.operations.length - shown.length;
  }
  const moreSpecs = specs.length - Math.min(specs.length, maxPromptSpecs);
  if (omitted > 0 || moreSpecs > 0) {
    lines.push(
      `(${omitted} more operation(s)${moreSpecs > 0 ? ` and ${moreSpecs} more spec(s)` : ''} not listed.)`,
    );
  }
  return lines.join('\n');
}

function clip(text: string): string {
  return text.length > maxSpecTextChars ? `${text.slice(0, maxSpecTextChars)}…` : text;
}

/** Replaces literal values of secret-like keys with "***" (references stay readable). */
export function maskSecrets(configText: string): string {
  return configText.replace(
    /("(?:secret|secrets|clientSecret|bearer|value|token|apiKey)"\s*:\s*)"((?!\$\{(?:env|secret):)[^"]*)"/gi,
    (_match, key: string) => `${key}"***"`,
  );
}
