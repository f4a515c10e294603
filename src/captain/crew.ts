import type { CrewRoute, HandoffTarget } from './routingTypes';

/** A crew member (or resilience action) as the chat, the CLI and the views present it. */
export interface CrewMember {
  route: CrewRoute;
  displayName: string;
  /** The engine tool it drives; null for the resilience actions, which configure policies. */
  tool: string | null;
  /** One line a user reads. */
  description: string;
}

/** A destination for work outside integration. */
export interface HandoffDestination {
  target: HandoffTarget;
  displayName: string;
  /** A sentence a user reads, saying who handles the request and why the captain does not. */
  message: string;
}

/** The crew and the two resilience actions, in the card's table order. */
export const crew: Readonly<Record<CrewRoute, CrewMember>> = {
  'third-party-integrator': {
    route: 'third-party-integrator',
    displayName: 'Third-Party Integrator',
    tool: 'api_connector',
    description: 'Connects your application to an external API: clients, credentials and calls.',
  },
  'webhook-handler': {
    route: 'webhook-handler',
    displayName: 'Webhook Handler',
    tool: 'webhook_handler',
    description: 'Receives, verifies, stores and replays the webhook events providers send you.',
  },
  'oauth-specialist': {
    route: 'oauth-specialist',
    displayName: 'OAuth Specialist',
    tool: 'oauth_manager',
    description: 'Runs OAuth and SSO sign-in flows and keeps the resulting tokens fresh and safe.',
  },
  'api-contract-validator': {
    route: 'api-contract-validator',
    displayName: 'API Contract Validator',
    tool: 'contract_validator',
    description: 'Checks requests and payloads against OpenAPI specs and flags breaking changes.',
  },
  resilience: {
    route: 'resilience',
    displayName: 'Resilience Patterns',
    tool: null,
    description: 'Wraps third-party calls in retries, timeouts and circuit breakers.',
  },
  'rate-limiting': {
    route: 'rate-limiting',
    displayName: 'Rate Limiting',
    tool: null,
    description: 'Keeps calls within a provider’s rate limits with throttling and backoff.',
  },
};

/** Who takes the work the captain hands off. */
export const handoffDestinations: Readonly<Record<HandoffTarget, HandoffDestination>> = {
  'business-logic': {
    target: 'business-logic',
    displayName: 'Application code owner',
    message:
      'This is business logic in your own application; its code owner should take it. ' +
      'Come back to the captain for the parts that call third-party services.',
  },
  'security-review': {
    target: 'security-review',
    displayName: 'Security review',
    message:
      'Reviewing authentication for weaknesses is a job for a security reviewer; the captain ' +
      'sets flows up but does not certify them.',
  },
  infrastructure: {
    target: 'infrastructure',
    displayName: 'Infrastructure',
    message:
      'Network and server setup (DNS, load balancers, clusters, certificates) belongs to ' +
      'whoever runs your infrastructure.',
  },
  database: {
    target: 'database',
    displayName: 'Database owner',
    message:
      'Keeping databases in step (replication, migrations, syncing tables) is for the ' +
      'database owner; the captain handles the third-party side of a sync.',
  },
  documentation: {
    target: 'documentation',
    displayName: 'Documentation',
    message:
      'Writing the integration’s documentation goes to whoever owns your docs; the captain ' +
      'can answer their questions about how it works.',
  },
};
