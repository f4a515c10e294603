import type { Route } from './routingTypes';

/**
 * The question the captain asks instead of guessing, by best reading. Each names what would let
 * it engage, so the user's answer can be routed again with more signal.
 */
export const clarifyingQuestions: Readonly<Record<Exclude<Route, 'handoff'>, string>> = {
  'third-party-integrator':
    'Which service should I connect to, and is it plain API calls or does it also need OAuth or webhooks?',
  'webhook-handler':
    'Are these webhook events sent by a third-party service? If so, which provider sends them?',
  'oauth-specialist':
    'Is this sign-in through an external provider (OAuth, OpenID Connect or SSO)? Which provider?',
  'api-contract-validator':
    'Which API spec should I check against: an OpenAPI file in the workspace or a provider’s spec?',
  resilience:
    'Which third-party calls should get retries, timeouts or a circuit breaker, and what failures do you see?',
  'rate-limiting':
    'Which provider’s rate limit are you hitting, or which of your endpoints should be throttled?',
  none:
    'I handle third-party integration work: external APIs, webhooks, OAuth, API contracts, retries ' +
    'and rate limits. Which service do you want to integrate, and what should happen?',
};
