import { RequestType } from 'vscode-jsonrpc/node';
import type { ChangeLevel, DiffRuleId } from './diffRules';
import type { EventDriftRecord } from './eventDriftRepository';
import type { PactCheck } from './pactChecker';
import type { PayloadCheck, PayloadTarget } from './payloadValidator';
import type { SpecKind, SpecProblem } from './specTypes';
import type { WebhookDrift } from './webhookEventChecker';

/** An operation of a spec, for the Contracts view. Lines are 1-based, in `file`. */
export interface ContractsOperationItem {
  /** `GET /payments/{paymentId}`: what payload checks and diffs name it by. */
  readonly key: string;
  readonly operationId?: string;
  readonly summary?: string;
  readonly responses: string[];
  readonly hasRequestBody: boolean;
  readonly file: string;
  /** JSON pointer of the operation in `file`. */
  readonly pointer: string;
  readonly line: number;
  /** Errors and warnings found at or under the operation (info is not counted). */
  readonly problems: number;
}

/** A `webhooks` entry of an OpenAPI 3.1 spec. */
export interface ContractsWebhookItem {
  readonly name: string;
  readonly file: string;
  /** JSON pointer of the entry in `file`. */
  readonly pointer: string;
  readonly line: number;
  /** Errors and warnings found at or under the entry (info is not counted). */
  readonly problems: number;
}

/** What the view shows for a spec: `breaking` wins over `problems` wins over `valid`. */
export type ContractsSpecState = 'valid' | 'problems' | 'breaking' | 'unreadable';

/** A spec found in the workspace with its operations, webhooks and last known results. */
export interface ContractsSpecItem {
  readonly file: string;
  /** Path relative to the workspace folder, with `/`. */
  readonly relative: string;
  /** Every file the spec is read from (entry and `$ref`d fragments), absolute and sorted. */
  readonly files: string[];
  readonly kind: SpecKind;
  readonly title: string;
  readonly version: string;
  readonly state: ContractsSpecState;
  /** Errors and warnings (info is not counted). */
  readonly problems: number;
  /** Breaking changes found by the last diff of this spec; null when none was run. */
  readonly breaking: number | null;
  readonly operations: ContractsOperationItem[];
  readonly webhooks: ContractsWebhookItem[];
  /** Why the spec could not be read, when `state` is `unreadable`. */
  readonly reason?: string;
}

export interface ContractsListResult {
  readonly specs: ContractsSpecItem[];
}

export interface ContractsValidateParams {
  /** One spec (absolute or workspace-relative); all discovered specs when omitted. */
  readonly file?: string;
  /** Unsaved editor text of `file`. */
  readonly text?: string;
}

export interface ContractsValidation {
  readonly file: string;
  readonly kind: SpecKind;
  readonly valid: boolean;
  readonly durationMs: number;
  readonly problems: SpecProblem[];
}

export interface ContractsValidateResult {
  readonly results: ContractsValidation[];
}

export interface ContractsDiffParams {
  readonly file: string;
  /** Git ref of the base. Default `HEAD`. */
  readonly ref?: string;
}

/** One change, placed in the working copy (removed things point at their nearest surviving parent). */
export interface ContractsChange {
  readonly rule: DiffRuleId;
  readonly level: ChangeLevel;
  readonly message: string;
  readonly operations: string[];
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface ContractsDiffResult {
  readonly file: string;
  readonly ref: string;
  readonly breaking: number;
  readonly nonBreaking: number;
  readonly changes: ContractsChange[];
}

export interface ContractsCheckPayloadParams {
  readonly file: string;
  readonly target: PayloadTarget;
  readonly payload: unknown;
}

export interface ContractsCheckWebhookEventParams {
  readonly eventType: string;
  readonly payload: unknown;
}

export interface ContractsCheckPactsParams {
  /** One pact file; all discovered pacts (`contracts.pacts` or `**\/pacts/**\/*.json`) when omitted. */
  readonly pact?: string;
  /** The provider's spec; otherwise the spec whose title or file name names the pact's provider. */
  readonly spec?: string;
}

export interface ContractsPactResult extends Partial<PactCheck> {
  readonly pact: string;
  readonly spec?: string;
  readonly valid: boolean;
  /** Why the pact was not checked (unreadable, no spec for its provider). */
  readonly reason?: string;
}

export interface ContractsCheckPactsResult {
  readonly pacts: ContractsPactResult[];
}

/** Captured webhook events to look up, by natural key `api:webhook:{event_type}:{id}`. */
export interface ContractsEventDriftParams {
  readonly keys: string[];
}

/** Drift of the asked events that drift (matching and unknown events are absent). */
export type ContractsEventDriftResult = Record<string, { spec: string; problems: string[] }>;

/** A drifting captured event for the Contracts view; `file`/`line` place its webhooks entry. */
export interface ContractsEventDriftItem extends EventDriftRecord {
  /** `spec` relative to the workspace folder, with `/`. */
  readonly specRelative: string;
}

export interface ContractsListEventDriftParams {
  /** Most events returned, newest first. Default and cap 1000. */
  readonly limit?: number;
}

export interface ContractsListEventDriftResult {
  readonly events: ContractsEventDriftItem[];
}

export const contractsListRequest = new RequestType<
  Record<string, never>,
  ContractsListResult,
  void
>('contracts/list');
export const contractsValidateRequest = new RequestType<
  ContractsValidateParams,
  ContractsValidateResult,
  void
>('contracts/validate');
export const contractsDiffRequest = new RequestType<ContractsDiffParams, ContractsDiffResult, void>(
  'contracts/diff',
);
export const contractsCheckPayloadRequest = new RequestType<
  ContractsCheckPayloadParams,
  PayloadCheck,
  void
>('contracts/checkPayload');
export const contractsCheckWebhookEventRequest = new RequestType<
  ContractsCheckWebhookEventParams,
  WebhookDrift,
  void
>('contracts/checkWebhookEvent');
export const contractsCheckPactsRequest = new RequestType<
  ContractsCheckPactsParams,
  ContractsCheckPactsResult,
  void
>('contracts/checkPacts');
/** Drift of captured webhook events, by key (the Webhooks view flags events with it). */
export const contractsEventDriftRequest = new RequestType<
  ContractsEventDriftParams,
  ContractsEventDriftResult,
  void
>('contracts/eventDrift');
/** Every drifting captured webhook event, newest first (the Contracts view's "Webhook drift"). */
export const contractsListEventDriftRequest = new RequestType<
  ContractsListEventDriftParams,
  ContractsListEventDriftResult,
  void
>('contracts/listEventDrift');
