import type { ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import { ContractsError } from './contractsError';
import { jsonPointer } from './jsonPointer';
import type { LoadedSpec } from './loadedSpec';
import { SchemaConverter, type PayloadDirection } from './schemaConverter';
import { explainErrors, type PayloadProblem } from './payloadProblems';
import { addPayloadFormats } from './payloadFormats';
import { splitRef } from './refTarget';
import { httpMethods } from './specSemantics';

type Json = Record<string, unknown>;

export type { PayloadProblem } from './payloadProblems';

/** What a payload is checked against. */
export type PayloadTarget =
  | {
      readonly kind: 'operation';
      readonly operation: string;
      readonly direction: PayloadDirection;
      readonly status?: string | number;
      readonly mediaType?: string;
    }
  | { readonly kind: 'webhook'; readonly name: string; readonly mediaType?: string }
  | {
      readonly kind: 'callback';
      readonly operation: string;
      readonly callback: string;
      readonly mediaType?: string;
    }
  | { readonly kind: 'schema'; readonly ref: string; readonly direction?: PayloadDirection };

/** The outcome of one payload check. */
export interface PayloadCheck {
  readonly valid: boolean;
  readonly problems: PayloadProblem[];
  /** What was checked, like `response 200 application/json of GET /users/{id}`. */
  readonly against: string;
}

/**
 * Checks request/response bodies, webhook and callback payloads, and values of a named schema
 * against one loaded spec with ajv. Each target's validator compiles on first use (only the
 * schemas that target reaches) and is cached for the life of this object.
 */
export class PayloadValidator {
  private readonly ajv: Ajv2020;
  private readonly cache = new Map<string, { validate: ValidateFunction; against: string }>();
  private readonly converters = new Map<PayloadDirection, SchemaConverter>();
  private operations:
    | Map<string, { route: string; method: string; pointer: string; value: Json; file: string }>
    | undefined;

  constructor(readonly spec: LoadedSpec) {
    this.ajv = new Ajv2020({
      inlineRefs: false,
      allErrors: true,
      strict: false,
      verbose: true,
      validateFormats: true,
      unicodeRegExp: false,
      // ajv's code optimiser costs more than it saves on a first use: on GitHub's repos/get
      // response it more than doubled the cold compile (about 500 ms against 200 ms here).
      code: { optimize: false },
    });
    addPayloadFormats(this.ajv);
  }

  /**
   * Compiles one small schema so ajv's code generator and formats are ready; the engine calls it
   * when a spec loads, so the first check of an operation pays only for that operation's schemas.
   */
  warm(): this {
    this.ajv.compile({
      type: 'object',
      properties: { at: { type: 'string', format: 'date-time' }, n: { type: ['integer', 'null'] } },
      required: ['at'],
    })({ at: '2025-01-01T00:00:00Z' });
    return this;
  }

  /**
   * Checks one payload.
   * @throws {ContractsError} `contracts.notFound` when the target is not in the spec.
   */
  check(target: PayloadTarget, payload: unknown): PayloadCheck {
    const { validate, against } = this.validatorFor(target);
    const valid = validate(payload) === true;
    return { valid, problems: valid ? [] : explainErrors(validate.errors ?? []), against };
  }

  /** The cached validator of a target, compiled now if this is its first use. */
  validatorFor(target: PayloadTarget): { validate: ValidateFunction; against: string } {
    const key = JSON.stringify(target);
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      return cached;
    }

    const located = this.locate(target);
    // Webhooks and callbacks are sent by the provider, like responses: readOnly fields belong there.
    const direction =
      target.kind === 'operation'
        ? target.direction
        : target.kind === 'schema'
          ? (target.direction ?? 'response')
          : 'response';
    let converter = this.converters.get(direction);
    if (converter === undefined) {
      converter = new SchemaConverter(this.spec, direction, (id, schema) =>
        this.ajv.addSchema(schema as object, id),
      );
      this.converters.set(direction, converter);
    }
    const converted = converter.convertRoot(located.schema, located.file, located.pointer);
    const schema =
      typeof converted === 'boolean' ? (converted ? {} : { not: {} }) : (converted as object);
    let validate: ValidateFunction;
    try {
      validate = this.ajv.compile(schema);
    } catch (error) {
      throw new ContractsError(
        'contracts.schema',
        `the schema for ${located.against} does not compile: ${(error as Error).message}`,
        { cause: error },
      );
    }
    const entry = { validate, against: located.against };
    this.cache.set(key, entry);
    return entry;
  }

  /** Every operation as `operationId` and `METHOD /path`. */
  operationIndex(): Map<
    string,
    { route: string; method: string; pointer: string; value: Json; file: string }
  > {
    if (this.operations !== undefined) {
      return this.operations;
    }

    const index = new Map<
      string,
      { route: string; method: string; pointer: string; value: Json; file: string }
    >();
    const paths = ((this.spec.document as Json | undefined)?.paths ?? {}) as Json;
    for (const [route, item] of Object.entries(paths)) {
      const pathItem = this.spec.deref(
        item,
        this.spec.entry,
        jsonPointer.compile(['paths', route]),
      );
      for (const method of httpMethods) {
        const operation = (pathItem.value as Json | undefined)?.[method] as Json | undefined;
        if (operation === undefined || operation === null) {
          continue;
        }

        const entry = {
          route,
          method,
          pointer: jsonPointer.join(pathItem.pointer, method),
          value: operation,
          file: pathItem.file,
        };
        index.set(`${method.toUpperCase()} ${route}`, entry);
        if (typeof operation.operationId === 'string') {
          index.set(operation.operationId, entry);
        }
      }
    }
    this.operations = index;
    return index;
  }

  private locate(target: PayloadTarget): {
    schema: unknown;
    file: string;
    pointer: string;
    against: string;
  } {
    if (target.kind === 'schema') {
      const { file, pointer } = splitRef(target.ref, this.spec.entry);
      const resolved = this.spec.resolveRef(`${file}#${pointer}`, this.spec.entry);
      if (resolved === undefined) {
        throw new ContractsError(
          'contracts.notFound',
          `schema ${target.ref} is not in ${this.spec.entry}: check the pointer (like #/components/schemas/User)`,
        );
      }
      return {
        schema: resolved.value,
        file: resolved.file,
        pointer: resolved.pointer,
        against: `schema ${target.ref}`,
      };
    }

    if (target.kind === 'webhook') {
      const webhooks = ((this.spec.document as Json | undefined)?.webhooks ?? {}) as Json;
      if (webhooks[target.name] === undefined) {
        throw new ContractsError(
          'contracts.notFound',
          `webhook "${target.name}" is not in the spec's webhooks section`,
        );
      }
      const item = this.spec.deref(
        webhooks[target.name],
        this.spec.entry,
        jsonPointer.compile(['webhooks', target.name]),
      );
      return this.body(
        item.value as Json,
        item.file,
        item.pointer,
        undefined,
        target.mediaType,
        `webhook ${target.name}`,
      );
    }
    const operation = this.findOperation(target.operation);
    const label = `${operation.method.toUpperCase()} ${operation.route}`;
    if (target.kind === 'callback') {
      const callbacks = (operation.value.callbacks ?? {}) as Json;
      if (callbacks[target.callback] === undefined) {
        throw new ContractsError(
          'contracts.notFound',
          `callback "${target.callback}" is not declared by ${label}`,
        );
      }
      const callback = this.spec.deref(
        callbacks[target.callback],
        operation.file,
        jsonPointer.join(operation.pointer, 'callbacks', target.callback),
      );
      const [expression, item] = Object.entries((callback.value ?? {}) as Json)[0] ?? [];
      if (expression === undefined) {
        throw new ContractsError(
          'contracts.notFound',
          `callback "${target.callback}" of ${label} has no path item`,
        );
      }
      const pathItem = this.spec.deref(
        item,
        callback.file,
        jsonPointer.join(callback.pointer, expression),
      );
      return this.body(
        pathItem.value as Json,
        pathItem.file,
        pathItem.pointer,
        undefined,
        target.mediaType,
        `callback ${target.callback} of ${label}`,
      );
    }
    if (target.direction === 'request') {
      return this.body(
        operation.value,
        operation.file,
        operation.pointer,
        operation.method,
        target.mediaType,
        `request of ${label}`,
      );
    }
    return this.response(operation, String(target.status ?? ''), target.mediaType, label);
  }

  private findOperation(name: string): {
    route: string;
    method: string;
    pointer: string;
    value: Json;
    file: string;
  } {
    const index = this.operationIndex();
    const [method, ...rest] = name.trim().split(/\s+/);
    const key = rest.length > 0 ? `${method!.toUpperCase()} ${rest.join(' ')}` : name;
    const found =
      index.get(key) ??
      (rest.length > 0
        ? [...index.entries()].find(
            ([k]) =>
              k.startsWith(method!.toUpperCase() + ' ') &&
              k.replace(/\{[^}]*\}/g, '{}') === key.replace(/\{[^}]*\}/g, '{}'),
          )?.[1]
        : undefined);
    if (found === undefined) {
      throw new ContractsError(
        'contracts.notFound',
        `operation "${name}" is not in the spec: give an operationId or METHOD /path`,
      );
    }
    return found;
  }

  /** The request body schema of an operation (`method` given) or of a webhook/callback path item. */
  private body(
    owner: Json,
    file: string,
    pointer: string,
    method: string | undefined,
    mediaType: string | undefined,
    label: string,
  ) {
    const chosen = method ?? httpMethods.find((m) => owner?.[m] !== undefined);
    if (chosen === undefined) {
      throw new ContractsError('contracts.notFound', `${label} has no operation`);
    }

    const operation = method === undefined ? (owner[chosen] as Json) : owner;
    const operationPointer = method === undefined ? jsonPointer.join(pointer, chosen) : pointer;
    const body = this.spec.deref(
      operation.requestBody,
      file,
      jsonPointer.join(operationPointer, 'requestBody'),
    );
    if (body.value === undefined) {
      throw new ContractsError('contracts.notFound', `${label} has no request body`);
    }
    return this.media(body.value as Json, body.file, body.pointer, mediaType, label);
  }

  private response(
    operation: { pointer: string; value: Json; file: string },
    status: string,
    mediaType: string | undefined,
    label: string,
  ) {
    const responses = (operation.value.responses ?? {}) as Json;
    const codes = Object.keys(responses);
    const chosen =
      status === ''
        ? (codes.find((code) => /^2/.test(code)) ?? codes[0])
        : (codes.find((code) => code === status) ??
          codes.find((code) => code.toUpperCase() === `${status[0]}XX`) ??
          codes.find((code) => code === 'default'));
    if (chosen === undefined) {
      throw new ContractsError(
        'contracts.notFound',
        `${label} declares no response ${status || '2xx'} (it has ${codes.join(', ') || 'none'})`,
      );
    }
    const response = this.spec.deref(
      responses[chosen],
      operation.file,
      jsonPointer.join(operation.pointer, 'responses', chosen),
    );
    return this.media(
      response.value as Json,
      response.file,
      response.pointer,
      mediaType,
      `response ${chosen} of ${label}`,
    );
  }

  private media(
    owner: Json,
    file: string,
    pointer: string,
    mediaType: string | undefined,
    label: string,
  ) {
    const content = (owner?.content ?? {}) as Json;
    const types = Object.keys(content);
    const chosen =
      mediaType !== undefined
        ? types.find((type) => type === mediaType)
        : (types.find((type) => type === 'application/json') ??
          types.find((type) => /json/i.test(type)) ??
          types[0]);
    if (chosen === undefined) {
      throw new ContractsError(
        'contracts.notFound',
        `${label} has no ${mediaType ?? ''} content with a schema`.replace('  ', ' '),
      );
    }
    const media = content[chosen] as Json;
    return {
      schema: media.schema ?? {},
      file,
      pointer: jsonPointer.join(pointer, 'content', chosen, 'schema'),
      against: `${label} (${chosen})`,
    };
  }
}
