import { clarifyingQuestions } from './clarifyingQuestions';
import { findExplicitRoute, withoutAddresses } from './explicitAddress';
import type { SignalRule } from './signalLexicon';
import { containsAnyWord, matchSignals, type FiredSignal } from './signalMatcher';
import type {
  CrewRoute,
  HandoffTarget,
  Route,
  RoutingDecision,
  RoutingSignal,
  SignalKind,
} from './routingTypes';
import { tokenizeWords, type WordToken } from './wordTokenizer';

/** Confidence at which the captain engages a crew member, from the card. */
export const defaultThreshold = 0.75;

/** A weak signal ("event", "callback") without integration context counts at this fraction. */
export const weakSignalFactor = 0.5;

/** Options for {@link routeRequest}. */
export interface RouteOptions {
  /** A chat slash command, with or without its slash; see `slashCommandRoutes`. */
  slashCommand?: string;
  /** Engagement threshold in [0, 1]; defaults to {@link defaultThreshold}. */
  threshold?: number;
}

interface WeighedSignal {
  fired: FiredSignal;
  weight: number;
}

const cardKinds: ReadonlySet<SignalKind> = new Set(['keyword', 'intent', 'auth', 'resilience']);

/** Kinds the card adds once however many of their terms appear; keywords count one by one. */
const onceKinds: ReadonlySet<SignalKind> = new Set(['intent', 'auth', 'resilience']);

/**
 * Decides who handles a request. Synchronous and pure; a few microseconds per call.
 *
 * Words are matched, not substrings ("rapid" holds no "api"), with inflections folded
 * ("webhooks", "retried") and multi-word signals matched as phrases ("circuit breaker").
 *
 * How the decision is made, in order:
 * 1. An explicit address (slash command, or `@captain:<crew>` in the text) wins: confidence 1.
 * 2. A hand-off signal for security review, infrastructure, database or documentation wins over
 *    crew signals, because the work itself lies outside integration ("set up DNS for the webhook
 *    endpoint"). Database syncing gives way when a third-party service or API is named.
 * 3. Otherwise the crew route with the strongest signal: the highest rank (specific patterns such
 *    as "circuit breaker" above topics such as "webhook", topics above the generic "integrate"),
 *    then the most signals, then the earliest mention.
 * 4. Otherwise business logic is handed off; otherwise a request that names an API, a card keyword
 *    or a third-party service reads as third-party integration; otherwise `none`.
 *
 * Confidence: the card's score is the sum of its additive terms (+0.15 per integration keyword,
 * +0.15 for integrate/connect/sync, +0.20 for authentication terms, +0.15 for resilience terms),
 * capped at 1. A route's confidence is `max(table confidence of its strongest signal, card
 * score)`: one unambiguous table signal ("webhook", 0.90) is enough to engage, and a request
 * without one engages only if the card's terms add up. A weak signal ("event", "callback") counts
 * at {@link weakSignalFactor} of its table confidence unless the request has integration context;
 * next to words such as "click" or "dom", or away from words such as "handle" or "receive", it does
 * not count at all. A hand-off's confidence is its
 * signal's weight. Every signal that fired is listed with the weight it contributed.
 *
 * Below the threshold the decision has `engaged: false` and, unless it is a hand-off, one
 * clarifying question. `none` never engages.
 *
 * @throws TypeError when `text` is not a string or the slash command is unknown.
 * @throws RangeError when `threshold` is outside [0, 1].
 */
export function routeRequest(text: string, options: RouteOptions = {}): RoutingDecision {
  if (typeof text !== 'string') {
    throw new TypeError(`expected the request as a string, got ${typeof text}`);
  }

  const threshold = options.threshold ?? defaultThreshold;
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    throw new RangeError(`expected a threshold between 0 and 1, got ${threshold}`);
  }

  const explicit = findExplicitRoute(text, options.slashCommand);
  const tokens = tokenizeWords(withoutAddresses(text));
  const weighed = weighSignals(matchSignals(tokens), tokens);
  const signals = weighed.map(toRoutingSignal);
  const cardScore = round(
    Math.min(1, sum(weighed.filter((s) => cardKinds.has(s.fired.rule.kind)))),
  );

  if (explicit !== null) {
    const addressed: RoutingSignal = {
      signal: explicit.addressedAs,
      kind: 'explicit',
      weight: 1,
      target: explicit.route,
    };
    return decide(explicit.route, null, 1, [addressed, ...signals], threshold, true);
  }

  const handoffs = weighed.filter((s) => s.fired.rule.kind === 'handoff');
  const strongHandoff = strongest(handoffs.filter((s) => s.fired.rule.target !== 'business-logic'));
  if (strongHandoff !== undefined) {
    return decideHandoff(strongHandoff, signals, threshold);
  }

  const asksToIntegrate = weighed.some(
    (s) => s.fired.rule.kind === 'intent' && s.fired.rule.signal === 'integrate',
  );
  const crewChoice = chooseCrewRoute(
    weighed.filter((s) => s.fired.rule.kind === 'route'),
    asksToIntegrate,
  );
  if (crewChoice !== undefined) {
    const confidence = Math.max(crewChoice.weight, cardScore);
    return decide(crewChoice.route, null, confidence, signals, threshold, false);
  }

  const businessLogic = strongest(handoffs);
  if (businessLogic !== undefined) {
    return decideHandoff(businessLogic, signals, threshold);
  }

  const namesIntegration = weighed.some(
    (s) => s.fired.rule.kind === 'keyword' || s.fired.rule.signal === 'service',
  );
  const route: Route = namesIntegration ? 'third-party-integrator' : 'none';
  return decide(route, null, cardScore, signals, threshold, false);
}

/** Applies weak-signal context, vetoes, the card's count-once rule and hand-off yielding. */
function weighSignals(
  fired: readonly FiredSignal[],
  tokens: readonly WordToken[],
): WeighedSignal[] {
  // A route signal that can be vetoed ("retry", "throttle") is no context for itself or others.
  const hasContext = fired.some(({ rule }) => {
    return (
      rule.kind === 'keyword' ||
      rule.kind === 'context' ||
      (rule.kind === 'route' && !rule.weak && rule.vetoes === undefined)
    );
  });
  const hasIntegration = fired.some(({ rule }) => {
    return (
      rule.kind === 'keyword' || rule.signal === 'service' || (rule.kind === 'route' && !rule.weak)
    );
  });
  const weighed: WeighedSignal[] = [];
  const countedKinds = new Set<SignalKind>();
  for (const signal of fired) {
    const weight = weightOf(signal.rule, { hasContext, tokens });
    if (weight === undefined) {
      continue;
    }

    if (onceKinds.has(signal.rule.kind)) {
      if (countedKinds.has(signal.rule.kind)) {
        continue;
      }

      countedKinds.add(signal.rule.kind);
    }

    weighed.push({ fired: signal, weight });
  }

  const hasCrewRoute = weighed.some((s) => s.fired.rule.kind === 'route');
  const firedRoutes = new Set(
    weighed.filter((s) => s.fired.rule.kind === 'route').map((s) => s.fired.rule.target),
  );
  return weighed.filter(({ fired: { rule } }) => {
    return (
      !(rule.yieldsTo === 'integration' && hasIntegration) &&
      !(rule.yieldsTo === 'route' && hasCrewRoute) &&
      !(rule.givesWayTo?.some((route) => firedRoutes.has(route)) ?? false)
    );
  });
}

function weightOf(
  rule: SignalRule,
  request: { hasContext: boolean; tokens: readonly WordToken[] },
): number | undefined {
  if (request.hasContext) {
    return rule.weight;
  }

  if (rule.vetoes !== undefined && containsAnyWord(request.tokens, rule.vetoes)) {
    return undefined;
  }

  if (!rule.weak) {
    return rule.weight;
  }

  if (rule.supportedBy !== undefined && !containsAnyWord(request.tokens, rule.supportedBy)) {
    return undefined;
  }

  return round(rule.weight * weakSignalFactor);
}

/** Routes whose signals are a detail of how a call is made, not what the request is for. */
const callDetailRoutes: ReadonlySet<CrewRoute> = new Set(['resilience', 'rate-limiting']);

function chooseCrewRoute(
  routeSignals: readonly WeighedSignal[],
  asksToIntegrate: boolean,
): { route: CrewRoute; weight: number } | undefined {
  const byRoute = new Map<
    CrewRoute,
    { rank: number; count: number; first: number; weight: number }
  >();
  for (const { fired, weight } of routeSignals) {
    const route = fired.rule.target as CrewRoute;
    const rank =
      asksToIntegrate && callDetailRoutes.has(route)
        ? 0
        : (fired.rule.rank ?? 0) * (weight < fired.rule.weight ? weakSignalFactor : 1);
    const entry = byRoute.get(route) ?? { rank: 0, count: 0, first: fired.index, weight: 0 };
    entry.rank = Math.max(entry.rank, rank);
    entry.count += 1;
    entry.weight = Math.max(entry.weight, weight);
    byRoute.set(route, entry);
  }

  let best: { route: CrewRoute; weight: number } | undefined;
  let bestKey: [number, number, number] = [-1, -1, -1];
  for (const [route, entry] of byRoute) {
    const key: [number, number, number] = [entry.rank, entry.count, -entry.first];
    if (compareKeys(key, bestKey) > 0) {
      best = { route, weight: entry.weight };
      bestKey = key;
    }
  }

  return best;
}

function compareKeys(left: readonly number[], right: readonly number[]): number {
  for (let position = 0; position < left.length; position += 1) {
    if (left[position] !== right[position]) {
      return left[position] - right[position];
    }
  }

  return 0;
}

/** The heaviest signal, the earliest among equals. */
function strongest(signals: readonly WeighedSignal[]): WeighedSignal | undefined {
  return signals.reduce<WeighedSignal | undefined>(
    (best, signal) => (best === undefined || signal.weight > best.weight ? signal : best),
    undefined,
  );
}

function decideHandoff(
  handoff: WeighedSignal,
  signals: RoutingSignal[],
  threshold: number,
): RoutingDecision {
  const target = handoff.fired.rule.target as HandoffTarget;
  return decide('handoff', target, handoff.weight, signals, threshold, false);
}

function decide(
  route: Route,
  handoff: HandoffTarget | null,
  confidence: number,
  signals: RoutingSignal[],
  threshold: number,
  explicit: boolean,
): RoutingDecision {
  const rounded = round(confidence);
  const engaged = route !== 'none' && rounded >= threshold;
  const decision: RoutingDecision = {
    route,
    handoff,
    confidence: rounded,
    engaged,
    signals,
    explicit,
  };
  if (!engaged && route !== 'handoff') {
    decision.question = clarifyingQuestions[route];
  }

  return decision;
}

function toRoutingSignal({ fired, weight }: WeighedSignal): RoutingSignal {
  const { rule } = fired;
  const signal: RoutingSignal = {
    signal: rule.kind === 'context' ? fired.matched : rule.signal,
    kind: rule.kind,
    weight,
  };
  if (rule.target !== undefined) {
    signal.target = rule.target;
  }

  return signal;
}

function sum(signals: readonly WeighedSignal[]): number {
  return signals.reduce((total, signal) => total + signal.weight, 0);
}

/** Two decimals, so 0.15 + 0.15 + 0.15 reads 0.45 and compares as such with the threshold. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
