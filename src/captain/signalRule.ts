import type { CrewRoute, HandoffTarget, SignalKind } from './routingTypes';

/**
 * One signal the router looks for. Words in `phrases` and `near` are stemmed when the lexicon is
 * compiled, so "webhook" also finds "webhooks"; a word written `=word` must appear exactly as
 * written (used where an inflection means something else, "integration" against "integrate").
 */
export interface SignalRule {
  /** Canonical name shown in a decision's signal list. */
  signal: string;
  kind: SignalKind;
  weight: number;
  target?: CrewRoute | HandoffTarget;
  /** Any of these phrases (consecutive words) fires the rule. */
  phrases?: readonly string[];
  /** Fires when a word of `first` lies within `window` words of a word of `second`. */
  near?: { first: readonly string[]; second: readonly string[]; window: number };
  /** Among route signals, the higher rank decides the route; see `routeRequest`. */
  rank?: number;
  /** Ambiguous outside integration ("click event"): full weight only with integration context. */
  weak?: boolean;
  /**
   * Words that, without integration context, cancel the signal ("click event", "retry the unit
   * test", "throttle the scroll handler"); a weak signal and a strong one alike.
   */
  vetoes?: readonly string[];
  /**
   * Crew routes this route signal gives way to when one of their signals fires too: "the callback
   * from the OAuth provider" is the OAuth redirect, not a webhook.
   */
  givesWayTo?: readonly CrewRoute[];
  /**
   * Without integration context a weak signal with this list counts only next to one of these
   * words anywhere in the request ("handle the … event", "receive callbacks").
   */
  supportedBy?: readonly string[];
  /** The phrase does not count when the next word is one of these ("rest of", "audit log"). */
  notFollowedBy?: readonly string[];
  /** The phrase does not count after one of these words ("at rest", "continuous integration"). */
  notPrecededBy?: readonly string[];
  /**
   * The phrase counts only as a verb: first in the request or right after one of these words
   * ("document the flow", "we need to document it"), never as a noun ("the OpenAPI document").
   */
  onlyAfter?: readonly string[];
  /**
   * A hand-off that gives way: to any integration context (`integration`: a service, an API, a
   * card keyword), or only to a crew route signal (`route`).
   */
  yieldsTo?: 'integration' | 'route';
}
