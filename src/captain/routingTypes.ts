/**
 * The vocabulary of the captain's decisions: where a request can go and what the decision says
 * about why. Shared by the router, the crew table, the CLI verb and the chat participant.
 */

/** Every destination the router can pick, in the card's table order. */
export const routes = [
  'third-party-integrator',
  'webhook-handler',
  'oauth-specialist',
  'api-contract-validator',
  'resilience',
  'rate-limiting',
  'handoff',
  'none',
] as const;

/** A destination: a crew member, a resilience action, a hand-off, or nobody (`none`). */
export type Route = (typeof routes)[number];

/** The routes that do integration work themselves (neither a hand-off nor `none`). */
export type CrewRoute = Exclude<Route, 'handoff' | 'none'>;

/** Owners of work that is outside integration, in the order the design lists them. */
export const handoffTargets = [
  'business-logic',
  'security-review',
  'infrastructure',
  'database',
  'documentation',
] as const;

/** Who receives a request the captain hands off. */
export type HandoffTarget = (typeof handoffTargets)[number];

/**
 * What a signal contributed:
 * - `route`: a routing-table signal (weight = the table's confidence for its route);
 * - `keyword`, `intent`, `auth`, `resilience`: the card's additive confidence terms;
 * - `handoff`: evidence of work outside integration (weight = confidence of the hand-off);
 * - `context`: a named third-party service; it lets weak signals count and adds no weight;
 * - `explicit`: the user addressed a crew member directly (weight 1).
 */
export type SignalKind =
  'route' | 'keyword' | 'intent' | 'auth' | 'resilience' | 'handoff' | 'context' | 'explicit';

/** One piece of evidence the router used, as shown to the user. */
export interface RoutingSignal {
  /** The words that fired, in canonical form (`circuit breaker`, `webhook`). */
  signal: string;
  kind: SignalKind;
  /** Contribution in [0, 1]; see {@link SignalKind} for what it means per kind. */
  weight: number;
  /** The route or hand-off this signal points at, when it points at one. */
  target?: CrewRoute | HandoffTarget;
}

/** The router's answer for one request. */
export interface RoutingDecision {
  /** The best reading of the request, even when the captain does not engage. */
  route: Route;
  /** Who takes the request when `route` is `handoff`; otherwise null. */
  handoff: HandoffTarget | null;
  /** In [0, 1]; how {@link routeRequest} combines evidence is documented there. */
  confidence: number;
  /** True when confidence reaches the threshold (always for explicit addressing). */
  engaged: boolean;
  /** Every signal that fired, in the order found in the request. */
  signals: RoutingSignal[];
  /** One clarifying question, present when the captain does not engage and hands nothing off. */
  question?: string;
  /** True when the user named the crew member (`@captain:<crew>` or a slash command). */
  explicit: boolean;
}
