import { jsonPointer } from './jsonPointer';
import type { LoadedSpec } from './loadedSpec';
import { refOf } from './loadedSpec';

type Json = Record<string, unknown>;

/** Which side of an exchange a payload is: readOnly fields never go in, writeOnly never come out. */
export type PayloadDirection = 'request' | 'response';

/** Marks a field the direction forbids, so error messages can say why. */
export const forbiddenFieldKeyword = 'x-captain-forbidden';

/** Keywords that say nothing about validity and can be large: dropped from compiled schemas. */
const droppedKeywords = new Set([
  'example',
  'examples',
  'xml',
  'externalDocs',
  'description',
  'title',
  'deprecated',
  'discriminator',
  'nullable',
  'readOnly',
  'writeOnly',
  '$schema',
  '$id',
  '$anchor',
  '$dynamicAnchor',
]);

/** Keywords whose value is one subschema. */
const schemaKeywords = [
  'additionalProperties',
  'items',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
  'additionalItems',
];
/** Keywords whose value is a list of subschemas. */
const schemaListKeywords = ['allOf', 'oneOf', 'anyOf', 'prefixItems'];
/** Keywords whose value maps names to subschemas. */
const schemaMapKeywords = ['properties', 'patternProperties', 'dependentSchemas'];

/**
 * Turns OpenAPI schemas (3.0 or 3.1) into JSON Schema 2020-12 for ajv. Every schema reached
 * through a `$ref` becomes its own schema with the id `captain:/<direction>/<n>`, handed once to
 * `register` (so ajv compiles a shared component once for all operations, and a recursive schema
 * compiles at all); 3.0 `nullable` becomes a `null` type; boolean exclusive bounds become numbers;
 * `discriminator` with `oneOf`/`anyOf` checks only the mapped schema (one clear error instead of
 * one per alternative); readOnly fields are forbidden and not required in requests, writeOnly ones
 * in responses.
 */
export class SchemaConverter {
  private readonly names = new Map<string, string>();

  constructor(
    private readonly spec: LoadedSpec,
    private readonly direction: PayloadDirection,
    private readonly register: (id: string, schema: unknown) => void,
  ) {}

  /** The JSON Schema of the schema at `file#pointer` (`value` is what is there). */
  convertRoot(value: unknown, file: string, pointer: string): unknown {
    return new Converter(
      this.spec,
      this.direction,
      this.spec.kind === 'openapi-3.0' || this.spec.kind === 'swagger-2.0',
      this.names,
      this.register,
    ).convert(value, file, pointer);
  }
}

class Converter {
  constructor(
    private readonly spec: LoadedSpec,
    private readonly direction: PayloadDirection,
    private readonly openApi30: boolean,
    private readonly names: Map<string, string>,
    private readonly register: (id: string, schema: unknown) => void,
  ) {}

  convert(value: unknown, file: string, pointer: string): unknown {
    if (typeof value === 'boolean') {
      return value;
    }

    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return {};
    }
    const schema = value as Json;
    const ref = refOf(schema);
    if (ref !== undefined) {
      const target = this.defRef(ref, file);
      if (this.openApi30) {
        return target;
      }
      // 3.1: siblings of $ref apply too.
      const siblings = this.convertObject({ ...schema, $ref: undefined }, file, pointer);
      return Object.keys(siblings).length === 0 ? target : { ...siblings, ...target };
    }
    return this.convertObject(schema, file, pointer);
  }

  private defRef(ref: string, file: string): Json {
    const resolved = this.spec.resolveRef(ref, file);
    if (resolved === undefined) {
      // A broken ref is reported by spec validation; here it accepts anything rather than crash.
      return {};
    }

    const key = `${resolved.file}#${resolved.pointer}`;
    let id = this.names.get(key);
    if (id === undefined) {
      const label = (jsonPointer.parse(resolved.pointer).pop() ?? 'root').replace(
        /[^A-Za-z0-9_-]/g,
        '_',
      );
      id = `captain:/${this.direction}/${this.names.size}-${label}`;
      this.names.set(key, id);
      // Registered after its children: a cycle back to it is fine, ajv resolves ids at compile.
      const converted = this.convert(resolved.value, resolved.file, resolved.pointer);
      this.register(
        id,
        typeof converted === 'boolean'
          ? converted
            ? {}
            : { not: {} }
          : { ...(converted as Json), $id: id },
      );
    }
    return { $ref: id };
  }

  private convertObject(schema: Json, file: string, pointer: string): Json {
    const result: Json = {};
    for (const [key, child] of Object.entries(schema)) {
      if (child === undefined || droppedKeywords.has(key) || key.startsWith('x-')) {
        continue;
      }

      if (
        schemaKeywords.includes(key) &&
        typeof child === 'object' &&
        child !== null &&
        !Array.isArray(child)
      ) {
        result[key] = this.convert(child, file, jsonPointer.join(pointer, key));
      } else if (key === 'items' && Array.isArray(child)) {
        result.prefixItems = child.map((item, i) =>
          this.convert(item, file, jsonPointer.join(pointer, key, i)),
        );
      } else if (schemaListKeywords.includes(key) && Array.isArray(child)) {
        result[key] = child.map((item, i) =>
          this.convert(item, file, jsonPointer.join(pointer, key, i)),
        );
      } else if (schemaMapKeywords.includes(key) && typeof child === 'object' && child !== null) {
        result[key] = Object.fromEntries(
          Object.entries(child as Json).map(([name, item]) => [
            name,
            this.convert(item, file, jsonPointer.join(pointer, key, name)),
          ]),
        );
      } else if (key === '$defs' || key === 'definitions') {
        continue;
      } else {
        result[key] = child;
      }
    }
    this.bounds(schema, result);
    this.fieldAccess(schema, result, file, pointer);
    this.discriminator(schema, result, file, pointer);
    return this.nullable(schema, result);
  }

  private bounds(schema: Json, result: Json): void {
    for (const [flag, bound] of [
      ['exclusiveMinimum', 'minimum'],
      ['exclusiveMaximum', 'maximum'],
    ] as const) {
      if (typeof schema[flag] === 'boolean') {
        delete result[flag];
        if (schema[flag] === true && typeof schema[bound] === 'number') {
          result[flag] = schema[bound];
          delete result[bound];
        }
      }
    }
  }

  private fieldAccess(schema: Json, result: Json, file: string, pointer: string): void {
    const properties = schema.properties as Json | undefined;
    if (properties === undefined || typeof properties !== 'object') {
      return;
    }

    const hidden = this.direction === 'request' ? 'readOnly' : 'writeOnly';
    const forbidden: string[] = [];
    for (const [name, property] of Object.entries(properties)) {
      const resolved = this.spec.deref(
        property,
        file,
        jsonPointer.join(pointer, 'properties', name),
      ).value as Json | undefined;
      if (resolved?.[hidden] === true) {
        forbidden.push(name);
        (result.properties as Json)[name] = { not: {}, [forbiddenFieldKeyword]: hidden };
      }
    }
    if (forbidden.length > 0 && Array.isArray(result.required)) {
      result.required = result.required.filter((name) => !forbidden.includes(String(name)));
    }
  }

  private discriminator(schema: Json, result: Json, file: string, pointer: string): void {
    const discriminator = schema.discriminator as
      { propertyName?: unknown; mapping?: Record<string, string> } | undefined;
    const keyword = Array.isArray(schema.oneOf)
      ? 'oneOf'
      : Array.isArray(schema.anyOf)
        ? 'anyOf'
        : undefined;
    if (
      discriminator === undefined ||
      typeof discriminator.propertyName !== 'string' ||
      keyword === undefined
    ) {
      return;
    }

    const property = discriminator.propertyName;
    const targets = new Map<string, Json>();
    for (const [tag, ref] of Object.entries(discriminator.mapping ?? {})) {
      targets.set(
        tag,
        this.defRef(
          ref.includes('#') || ref.includes('/') ? ref : `#/components/schemas/${ref}`,
          file,
        ),
      );
    }
    for (const alternative of schema[keyword] as unknown[]) {
      const ref = refOf(alternative);
      const resolved = ref === undefined ? undefined : this.spec.resolveRef(ref, file);
      const tag = resolved === undefined ? undefined : jsonPointer.parse(resolved.pointer).pop();
      if (
        ref !== undefined &&
        tag !== undefined &&
        ![...targets.values()].some((t) => t.$ref === this.defRef(ref, file).$ref)
      ) {
        targets.set(tag, this.defRef(ref, file));
      }
    }
    if (targets.size === 0) {
      return;
    }
    delete result[keyword];
    const checks = [...targets].map(([tag, target]) => ({
      if: { properties: { [property]: { const: tag } }, required: [property] },
      then: target,
    }));
    result.required = [
      ...new Set([...((result.required as string[] | undefined) ?? []), property]),
    ];
    result.properties = {
      ...((result.properties as Json | undefined) ?? {}),
      [property]: { enum: [...targets.keys()] },
    };
    result.allOf = [...((result.allOf as unknown[] | undefined) ?? []), ...checks];
    void pointer;
  }

  private nullable(schema: Json, result: Json): Json {
    if (!this.openApi30 || schema.nullable !== true) {
      return result;
    }

    if (typeof result.type === 'string') {
      result.type = [result.type, 'null'];
      if (Array.isArray(result.enum) && !result.enum.includes(null)) {
        result.enum = [...result.enum, null];
      }
      return result;
    }
    return { anyOf: [result, { type: 'null' }] };
  }
}
