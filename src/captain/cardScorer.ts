import { defaultThreshold } from './router';
import type { CrewRoute, Route } from './routingTypes';

/** The card's routing table, in its order; the first row with a matching keyword wins. */
export const cardRoutingTable: ReadonlyArray<{
  keywords: readonly string[];
  confidence: number;
  route: CrewRoute;
}> = [
  {
    keywords: ['integrate', 'third-party', 'external api'],
    confidence: 0.95,
    route: 'third-party-integrator',
  },
  { keywords: ['webhook', 'event', 'callback'], confidence: 0.9, route: 'webhook-handler' },
  { keywords: ['oauth', 'authentication', 'sso'], confidence: 0.9, route: 'oauth-specialist' },
  {
    keywords: ['api contract', 'openapi', 'schema validation'],
    confidence: 0.9,
    route: 'api-contract-validator',
  },
  { keywords: ['circuit breaker', 'retry', 'resilience'], confidence: 0.85, route: 'resilience' },
  { keywords: ['rate limit', 'throttle', 'backoff'], confidence: 0.85, route: 'rate-limiting' },
];

const integrationKeywords = [
  'api',
  'integration',
  'webhook',
  'oauth',
  'rest',
  'graphql',
  'third-party',
];
const intentTerms = ['integrate', 'connect', 'sync'];
const authenticationTerms = ['oauth', 'authentication', 'sso'];
const resilienceTerms = ['circuit breaker', 'retry', 'resilience'];

/** What the card's own scorer concludes; it knows no hand-offs and no explicit addressing. */
export interface CardDecision {
  route: Route;
  handoff: null;
  /** The card's overall score in [0, 1]. */
  confidence: number;
  /** The confidence of the matched table row, 0 when no row matched. */
  tableConfidence: number;
  engaged: boolean;
}

/**
 * The captain's card applied literally, kept as the baseline the router is measured against:
 * keywords are found by substring (`text.toLowerCase().includes(keyword)`), so "rapid" counts as
 * "api" and "prevent" as "event"; the route is the first table row with a match, `none` without
 * one. The score adds 0.15 per integration keyword, 0.15 for integrate/connect/sync, 0.20 for
 * authentication terms and 0.15 for resilience terms, capped at 1; it engages at `threshold`
 * (default 0.75) when a row matched.
 */
export function scoreWithCard(text: string, threshold = defaultThreshold): CardDecision {
  const lower = text.toLowerCase();
  const has = (keyword: string) => lower.includes(keyword);
  const row = cardRoutingTable.find((candidate) => candidate.keywords.some(has));

  let score = 0.15 * integrationKeywords.filter(has).length;
  score += intentTerms.some(has) ? 0.15 : 0;
  score += authenticationTerms.some(has) ? 0.2 : 0;
  score += resilienceTerms.some(has) ? 0.15 : 0;
  const confidence = Math.round(Math.min(1, score) * 100) / 100;

  return {
    route: row?.route ?? 'none',
    handoff: null,
    confidence,
    tableConfidence: row?.confidence ?? 0,
    engaged: row !== undefined && confidence >= threshold,
  };
}
