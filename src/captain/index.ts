/** The captain: routing and confidence. Pure and synchronous; safe in the extension host. */
export { routeRequest, defaultThreshold, weakSignalFactor, type RouteOptions } from './router';
export { scoreWithCard, cardRoutingTable, type CardDecision } from './cardScorer';
export { crew, handoffDestinations, type CrewMember, type HandoffDestination } from './crew';
export { slashCommandRoutes, findExplicitRoute } from './explicitAddress';
export { clarifyingQuestions } from './clarifyingQuestions';
export {
  routes,
  handoffTargets,
  type Route,
  type CrewRoute,
  type HandoffTarget,
  type RoutingDecision,
  type RoutingSignal,
  type SignalKind,
} from './routingTypes';
export { describeSignal, describeTopSignals } from './signalDescription';
