import type { RoutingSignal } from './routingTypes';

/** How each additive term of the card is named in a description. */
const termNames = {
  keyword: 'keyword',
  intent: 'intent',
  auth: 'auth term',
  resilience: 'resilience term',
} as const;

/**
 * One signal as a user reads it, saying what kind of evidence it is, so a request that fires the
 * same word twice reads "webhook → webhook-handler 0.90, webhook keyword +0.15" rather than
 * "webhook 0.90, webhook 0.15":
 * - a routing-table signal points at its route: `webhook → webhook-handler 0.90`;
 * - a card term adds to the score: `integration keyword +0.15`, `oauth auth term +0.20`;
 * - a hand-off signal names its owner: `dns → infrastructure hand-off 0.90`;
 * - an explicit address: `@captain:webhook-handler 1.00`; a context word: `stripe (context)`.
 */
export function describeSignal(signal: RoutingSignal): string {
  const weight = signal.weight.toFixed(2);
  switch (signal.kind) {
    case 'route':
      return `${signal.signal} → ${signal.target ?? 'route'} ${weight}`;
    case 'handoff':
      return signal.target === undefined || signal.target === signal.signal
        ? `${signal.signal} hand-off ${weight}`
        : `${signal.signal} → ${signal.target} hand-off ${weight}`;
    case 'explicit':
      return `${signal.signal} ${weight}`;
    case 'context':
      return `${signal.signal} (context)`;
    default:
      return `${signal.signal} ${termNames[signal.kind]} +${weight}`;
  }
}

/**
 * The strongest signals of a decision, described, without repeats: those with weight, heaviest
 * first (routing-table and hand-off signals before the card's terms at equal weight), at most
 * `limit` (default 3).
 */
export function describeTopSignals(signals: readonly RoutingSignal[], limit = 3): string[] {
  const directing = (signal: RoutingSignal) =>
    signal.kind === 'route' || signal.kind === 'handoff' || signal.kind === 'explicit' ? 1 : 0;
  const described = [...signals]
    .filter((signal) => signal.weight > 0)
    .sort((a, b) => b.weight - a.weight || directing(b) - directing(a))
    .map(describeSignal);
  return [...new Set(described)].slice(0, limit);
}
