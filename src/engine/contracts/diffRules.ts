/** Whether an existing client can fail because of a change. */
export type ChangeLevel = 'breaking' | 'non-breaking';

/**
 * Every rule of the breaking-change diff, with its level. A rule id names the direction it
 * applies to: requests break when the API accepts less, responses break when it returns more.
 */
export const diffRules = {
  'path-removed': { level: 'breaking', summary: 'a path was removed' },
  'path-added': { level: 'non-breaking', summary: 'a path was added' },
  'path-parameter-renamed': {
    level: 'non-breaking',
    summary: 'a path parameter was renamed (same template)',
  },
  'operation-removed': { level: 'breaking', summary: 'an operation was removed' },
  'operation-added': { level: 'non-breaking', summary: 'an operation was added' },
  'parameter-required-added': { level: 'breaking', summary: 'a new required parameter' },
  'parameter-optional-added': { level: 'non-breaking', summary: 'a new optional parameter' },
  'parameter-removed': {
    level: 'non-breaking',
    summary: 'a parameter was removed (clients may still send it)',
  },
  'parameter-became-required': {
    level: 'breaking',
    summary: 'an optional parameter became required',
  },
  'parameter-became-optional': {
    level: 'non-breaking',
    summary: 'a required parameter became optional',
  },
  'parameter-location-changed': {
    level: 'breaking',
    summary: 'a parameter moved (for example query to header)',
  },
  'request-body-required-added': { level: 'breaking', summary: 'the request body became required' },
  'request-body-became-optional': {
    level: 'non-breaking',
    summary: 'the request body became optional',
  },
  'request-media-type-removed': {
    level: 'breaking',
    summary: 'a request media type is no longer accepted',
  },
  'request-media-type-added': { level: 'non-breaking', summary: 'a request media type was added' },
  'request-property-required-added': { level: 'breaking', summary: 'a new required request field' },
  'request-property-optional-added': {
    level: 'non-breaking',
    summary: 'a new optional request field',
  },
  'request-property-removed': { level: 'non-breaking', summary: 'a request field was removed' },
  'request-property-became-required': {
    level: 'breaking',
    summary: 'an optional request field became required',
  },
  'request-property-became-optional': {
    level: 'non-breaking',
    summary: 'a required request field became optional',
  },
  'request-type-narrowed': { level: 'breaking', summary: 'a request type accepts fewer types' },
  'request-type-widened': { level: 'non-breaking', summary: 'a request type accepts more types' },
  'request-enum-narrowed': {
    level: 'breaking',
    summary: 'a request enum lost values (or gained an enum)',
  },
  'request-enum-widened': { level: 'non-breaking', summary: 'a request enum gained values' },
  'request-length-narrowed': {
    level: 'breaking',
    summary: 'a request length or size limit got tighter',
  },
  'request-length-widened': {
    level: 'non-breaking',
    summary: 'a request length or size limit got looser',
  },
  'request-range-narrowed': { level: 'breaking', summary: 'a request numeric range got tighter' },
  'request-range-widened': { level: 'non-breaking', summary: 'a request numeric range got looser' },
  'request-pattern-changed': { level: 'breaking', summary: 'a request pattern changed' },
  'request-alternative-removed': {
    level: 'breaking',
    summary: 'a oneOf/anyOf alternative of a request was removed',
  },
  'request-alternative-added': {
    level: 'non-breaking',
    summary: 'a oneOf/anyOf alternative of a request was added',
  },
  'type-changed': { level: 'breaking', summary: 'a type changed (for example array to object)' },
  'response-success-removed': { level: 'breaking', summary: 'a success response was removed' },
  'response-removed': { level: 'non-breaking', summary: 'an error response was removed' },
  'response-added': { level: 'non-breaking', summary: 'a response was added' },
  'response-media-type-removed': {
    level: 'breaking',
    summary: 'a success response media type was removed',
  },
  'response-media-type-added': {
    level: 'non-breaking',
    summary: 'a response media type was added',
  },
  'response-property-removed': { level: 'breaking', summary: 'a response field was removed' },
  'response-property-added': { level: 'non-breaking', summary: 'a response field was added' },
  'response-property-became-optional': {
    level: 'breaking',
    summary: 'a required response field became optional',
  },
  'response-property-became-required': {
    level: 'non-breaking',
    summary: 'an optional response field became required',
  },
  'response-type-widened': {
    level: 'breaking',
    summary: 'a response type can now hold more types (or null)',
  },
  'response-type-narrowed': { level: 'non-breaking', summary: 'a response type holds fewer types' },
  'response-enum-widened': { level: 'breaking', summary: 'a response enum gained values' },
  'response-enum-narrowed': { level: 'non-breaking', summary: 'a response enum lost values' },
  'response-alternative-added': {
    level: 'breaking',
    summary: 'a oneOf/anyOf alternative of a response was added',
  },
  'response-alternative-removed': {
    level: 'non-breaking',
    summary: 'a oneOf/anyOf alternative of a response was removed',
  },
  'webhook-removed': {
    level: 'breaking',
    summary: 'a webhook (or one of its operations) is no longer sent',
  },
  'webhook-added': { level: 'non-breaking', summary: 'a webhook was added' },
  'callback-removed': {
    level: 'breaking',
    summary: 'a callback (or one of its operations) is no longer called',
  },
  'callback-added': { level: 'non-breaking', summary: 'a callback was added' },
  'request-body-removed': {
    level: 'non-breaking',
    summary: 'the request body was removed (clients may still send one)',
  },
  'request-body-optional-added': {
    level: 'non-breaking',
    summary: 'an optional request body was added',
  },
  'request-additional-properties-closed': {
    level: 'breaking',
    summary: 'a request object no longer accepts unlisted fields',
  },
  'request-additional-properties-opened': {
    level: 'non-breaking',
    summary: 'a request object now accepts unlisted fields',
  },
  'response-header-removed': { level: 'breaking', summary: 'a response header was removed' },
  'response-header-added': { level: 'non-breaking', summary: 'a response header was added' },
  'response-status-narrowed': {
    level: 'non-breaking',
    summary: 'a status range (2XX) became codes inside it (200)',
  },
  'security-requirement-added': {
    level: 'breaking',
    summary: 'a security alternative of the base is no longer accepted (new scheme or scope)',
  },
  'security-requirement-removed': {
    level: 'non-breaking',
    summary: 'security got looser (an alternative added, a scheme or scope dropped)',
  },
} as const satisfies Record<string, { level: ChangeLevel; summary: string }>;

/** The id of one diff rule. */
export type DiffRuleId = keyof typeof diffRules;
