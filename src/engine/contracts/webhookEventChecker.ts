import type { LoadedSpec } from './loadedSpec';
import { PayloadValidator, type PayloadProblem } from './payloadValidator';

/** The drift of one captured webhook event from the spec that describes it. */
export interface WebhookDrift {
  /** The `webhooks` entry or the configured schema ref checked; undefined when none matched. */
  readonly matched?: string;
  readonly spec?: string;
  readonly valid: boolean;
  readonly problems: PayloadProblem[];
}

/** One validator per spec, so each webhook's schema compiles once per process. */
const validators = new WeakMap<LoadedSpec, PayloadValidator>();

/**
 * Finds the description of a webhook event and checks the payload against it. The event type
 * maps, in order, to a configured schema (`contracts.webhookSchemas`: event type, or
 * `type.action`, → `file#/pointer`, or `#/pointer` in the first spec that is not a JSON Schema),
 * then to a `webhooks` entry named `type-action` (GitHub style, underscores as dashes),
 * `type.action`, or `type`, and last to the only entry named `type-…` when the type has exactly
 * one (GitHub's `repository_dispatch` carries a sender-chosen action, described once as
 * `repository-dispatch-sample.collected`).
 * No match is not drift: it returns `valid: true` without `matched`. `validatorOf` gives the
 * validator of a spec (default: one per spec, kept for the life of the spec object).
 */
export function checkWebhookEvent(
  eventType: string,
  payload: unknown,
  specs: readonly LoadedSpec[],
  webhookSchemas: Readonly<Record<string, string>> = {},
  validatorOf: (spec: LoadedSpec) => PayloadValidator = sharedValidatorOf,
): WebhookDrift {
  const action =
    typeof (payload as { action?: unknown } | null)?.action === 'string'
      ? String((payload as { action: string }).action)
      : undefined;
  const configured =
    (action !== undefined ? webhookSchemas[`${eventType}.${action}`] : undefined) ??
    webhookSchemas[eventType];
  if (configured !== undefined && specs.length > 0) {
    // A `#/…` ref names no file: it belongs to the first API description, not a JSON Schema.
    const spec =
      specs.find((s) => configured.startsWith(s.entry + '#')) ??
      specs.find((s) => s.kind !== 'json-schema') ??
      specs[0]!;
    const check = validatorOf(spec).check(
      { kind: 'schema', ref: configured, direction: 'request' },
      payload,
    );
    return { matched: configured, spec: spec.entry, valid: check.valid, problems: check.problems };
  }

  const dashed = eventType.replace(/_/g, '-');
  const candidates =
    action === undefined
      ? [eventType, dashed]
      : [
          `${dashed}-${action.replace(/_/g, '-')}`,
          `${eventType}.${action}`,
          `${eventType}-${action}`,
          eventType,
          dashed,
        ];
  for (const spec of specs) {
    const webhooks =
      (spec.document as { webhooks?: Record<string, unknown> } | undefined)?.webhooks ?? {};
    const name =
      candidates.find((candidate) => webhooks[candidate] !== undefined) ??
      onlyEntryOf(webhooks, dashed);
    if (name !== undefined) {
      const check = validatorOf(spec).check({ kind: 'webhook', name }, payload);
      return { matched: name, spec: spec.entry, valid: check.valid, problems: check.problems };
    }
  }
  return { valid: true, problems: [] };
}

function sharedValidatorOf(spec: LoadedSpec): PayloadValidator {
  let validator = validators.get(spec);
  if (validator === undefined) {
    validator = new PayloadValidator(spec);
    validators.set(spec, validator);
  }
  return validator;
}

/** The single `webhooks` entry whose name starts with `prefix-`, if exactly one does. */
function onlyEntryOf(webhooks: Record<string, unknown>, prefix: string): string | undefined {
  const names = Object.keys(webhooks).filter((name) => name.startsWith(prefix + '-'));
  return names.length === 1 ? names[0] : undefined;
}
