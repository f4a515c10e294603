import * as path from 'node:path';
import type { DiffCollector, DiffSite } from './diffCollector';
import type { DiffRuleId } from './diffRules';
import { jsonPointer } from './jsonPointer';
import { refOf, type LoadedSpec } from './loadedSpec';

/** Which way data flows: a request is sent by the client, a response read by it. */
export type Direction = 'request' | 'response';

type Json = Record<string, unknown>;

/** A schema with its `allOf` merged, remembering where each property is written. */
interface SchemaView {
  readonly site: DiffSite;
  readonly schema: Json;
  readonly types: Set<string> | undefined;
  readonly properties: Map<string, { value: unknown; file: string; pointer: string }>;
  readonly required: Set<string>;
  readonly alternatives: { value: unknown; file: string; pointer: string }[];
}

const noChanges: readonly string[] = [];

/** Deepest `allOf` nesting merged; deeper members are ignored (real specs stay far below). */
const maxAllOfDepth = 16;

/** What one compared pair of places found: its own changes and the pairs compared inside it. */
interface PairRecord {
  readonly changes: Set<string>;
  readonly inner: Set<string>;
  open: boolean;
  /** Every change found in the pair and beneath it, once nothing beneath is still open. */
  found?: readonly string[];
}

/**
 * Compares two schemas structurally, following `$ref`s on both sides. Each pair of places is
 * compared once per direction, which both stops recursive schemas from looping and keeps a
 * component shared by a thousand operations from being walked a thousand times. A pair met
 * again credits the current operation with every change found in it and beneath it.
 */
export class SchemaDiff {
  private readonly visited = new Map<string, PairRecord>();
  private readonly stack: PairRecord[] = [];

  constructor(
    private readonly base: LoadedSpec,
    private readonly head: LoadedSpec,
    private readonly collector: DiffCollector,
  ) {}

  compare(
    baseValue: unknown,
    baseSite: DiffSite,
    headValue: unknown,
    headSite: DiffSite,
    direction: Direction,
  ): void {
    const b = this.base.deref(baseValue, baseSite.file, baseSite.pointer);
    const h = this.head.deref(headValue, headSite.file, headSite.pointer);
    if (!isObject(b.value) || !isObject(h.value)) {
      return;
    }

    const key = `${b.file}#${b.pointer}|${h.file}#${h.pointer}|${direction}`;
    const seen = this.visited.get(key);
    if (seen !== undefined) {
      this.stack[this.stack.length - 1]?.inner.add(key);
      for (const change of this.changesBeneath(key)) {
        this.collector.credit(change);
      }
      return;
    }

    const record: PairRecord = { changes: new Set(), inner: new Set(), open: true };
    this.visited.set(key, record);
    this.stack[this.stack.length - 1]?.inner.add(key);
    this.stack.push(record);
    try {
      this.comparePair(b.value, b, h.value, h, direction);
    } finally {
      this.stack.pop();
      record.open = false;
    }
  }

  private comparePair(
    baseSchema: Json,
    b: { file: string; pointer: string },
    headSchema: Json,
    h: { file: string; pointer: string },
    direction: Direction,
  ): void {
    const baseView = this.view(this.base, baseSchema, {
      side: 'base',
      file: b.file,
      pointer: b.pointer,
    });
    const headView = this.view(this.head, headSchema, {
      side: 'head',
      file: h.file,
      pointer: h.pointer,
    });
    this.compareTypes(baseView, headView, direction);
    this.compareEnums(baseView, headView, direction);
    if (direction === 'request') {
      this.compareBounds(baseView, headView);
      this.compareClosed(baseView, headView);
    }
    this.compareProperties(baseView, headView, direction);
    this.compareChildren(baseView, headView, direction);
    this.compareAlternatives(baseView, headView, direction);
  }

  private view(spec: LoadedSpec, schema: Json, site: DiffSite): SchemaView {
    const properties = new Map<string, { value: unknown; file: string; pointer: string }>();
    const required = new Set<string>();
    const alternatives: { value: unknown; file: string; pointer: string }[] = [];
    let merged: Json = {};
    const visit = (value: Json, file: string, pointer: string, depth: number): void => {
      merged = { ...value, ...merged };
      for (const [name, property] of Object.entries((value.properties ?? {}) as Json)) {
        if (!properties.has(name)) {
          properties.set(name, {
            value: property,
            file,
            pointer: jsonPointer.join(pointer, 'properties', name),
          });
        }
      }
      for (const name of Array.isArray(value.required) ? value.required : []) {
        required.add(String(name));
      }
      for (const keyword of ['oneOf', 'anyOf'] as const) {
        (Array.isArray(value[keyword]) ? (value[keyword] as unknown[]) : []).forEach(
          (alternative, index) =>
            alternatives.push({
              value: alternative,
              file,
              pointer: jsonPointer.join(pointer, keyword, index),
            }),
        );
      }
      if (!Array.isArray(value.allOf) || depth >= maxAllOfDepth) {
        return;
      }

      value.allOf.forEach((member, index) => {
        const resolved = spec.deref(member, file, jsonPointer.join(pointer, 'allOf', index));
        if (isObject(resolved.value)) {
          visit(resolved.value, resolved.file, resolved.pointer, depth + 1);
        }
      });
    };
    visit(schema, site.file, site.pointer, 0);
    return {
      site,
      schema: merged,
      types: typesOf(merged, properties.size > 0) ?? alternativeTypes(spec, alternatives),
      properties,
      required,
      alternatives,
    };
  }

  private report(rule: DiffRuleId, site: DiffSite, message: string): void {
    const change = this.collector.add(rule, site, message);
    this.stack[this.stack.length - 1]?.changes.add(change);
  }

  /** Keys of every change found in a pair and the pairs beneath it (cycles included). */
  private changesBeneath(key: string): readonly string[] {
    const start = this.visited.get(key);
    if (start?.found !== undefined) {
      return start.found;
    }

    const changes = new Set<string>();
    const reached = new Set<string>([key]);
    const queue = [key];
    let settled = true;
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      const record = this.visited.get(next);
      if (record === undefined) {
        continue;
      }

      settled &&= !record.open;
      if (record.found !== undefined) {
        record.found.forEach((change) => changes.add(change));
        continue;
      }
      record.changes.forEach((change) => changes.add(change));
      for (const inner of record.inner) {
        if (!reached.has(inner)) {
          reached.add(inner);
          queue.push(inner);
        }
      }
    }
    const found = changes.size === 0 ? noChanges : [...changes];
    // An open pair may still find changes, so only a settled answer is kept.
    if (settled && start !== undefined) {
      start.found = found;
    }
    return found;
  }

  private compareTypes(b: SchemaView, h: SchemaView, direction: Direction): void {
    if (b.types === undefined && h.types === undefined) {
      return;
    }

    const before = b.types === undefined ? 'any' : [...b.types].sort().join('|');
    const after = h.types === undefined ? 'any' : [...h.types].sort().join('|');
    if (before === after) {
      return;
    }
    const message = `type ${before} became ${after}`;
    const widened = b.types !== undefined && (h.types === undefined || covers(h.types, b.types));
    const narrowed = h.types !== undefined && (b.types === undefined || covers(b.types, h.types));
    if (widened) {
      this.report(
        direction === 'request' ? 'request-type-widened' : 'response-type-widened',
        h.site,
        message,
      );
    } else if (narrowed) {
      this.report(
        direction === 'request' ? 'request-type-narrowed' : 'response-type-narrowed',
        h.site,
        message,
      );
    } else {
      this.report('type-changed', h.site, message);
    }
  }

  private compareEnums(b: SchemaView, h: SchemaView, direction: Direction): void {
    const before = allowedValues(b.schema);
    const after = allowedValues(h.schema);
    if (before === undefined && after === undefined) {
      return;
    }

    const label = b.schema.const === undefined && h.schema.const === undefined ? 'enum' : 'const';
    const added =
      before === undefined ? [] : (after ?? ['any value']).filter((v) => !before.includes(v));
    const removed =
      after === undefined ? [] : (before ?? ['any value']).filter((v) => !after.includes(v));
    if (added.length > 0) {
      const rule = direction === 'request' ? 'request-enum-widened' : 'response-enum-widened';
      this.report(rule, h.site, `${label} gained ${added.join(', ')}`);
    }
    if (removed.length > 0) {
      const rule = direction === 'request' ? 'request-enum-narrowed' : 'response-enum-narrowed';
      this.report(rule, h.site, `${label} lost ${removed.join(', ')}`);
    }
  }

  private compareBounds(b: SchemaView, h: SchemaView): void {
    const bounds: [string, 'max' | 'min', 'length' | 'range'][] = [
      ['maxLength', 'max', 'length'],
      ['minLength', 'min', 'length'],
      ['maxItems', 'max', 'length'],
      ['minItems', 'min', 'length'],
      ['maxProperties', 'max', 'length'],
      ['minProperties', 'min', 'length'],
      ['maximum', 'max', 'range'],
      ['minimum', 'min', 'range'],
      ['exclusiveMaximum', 'max', 'range'],
      ['exclusiveMinimum', 'min', 'range'],
    ];
    for (const [keyword, kind, family] of bounds) {
      const before =
        typeof b.schema[keyword] === 'number' ? (b.schema[keyword] as number) : undefined;
      const after =
        typeof h.schema[keyword] === 'number' ? (h.schema[keyword] as number) : undefined;
      if (before === after) {
        continue;
      }

      const tighter =
        after !== undefined &&
        (before === undefined || (kind === 'max' ? after < before : after > before));
      const site =
        after === undefined
          ? h.site
          : { ...h.site, pointer: jsonPointer.join(h.site.pointer, keyword) };
      const rule = `request-${family}-${tighter ? 'narrowed' : 'widened'}` as DiffRuleId;
      this.report(rule, site, `${keyword} ${before ?? 'unset'} became ${after ?? 'unset'}`);
    }
    // OpenAPI 3.0 writes exclusive bounds as booleans beside `maximum`/`minimum`.
    for (const keyword of ['exclusiveMaximum', 'exclusiveMinimum'] as const) {
      if (typeof b.schema[keyword] !== 'boolean' && typeof h.schema[keyword] !== 'boolean') {
        continue;
      }

      const before = b.schema[keyword] === true;
      const after = h.schema[keyword] === true;
      if (before !== after) {
        this.report(
          after ? 'request-range-narrowed' : 'request-range-widened',
          {
            ...h.site,
            pointer: after ? jsonPointer.join(h.site.pointer, keyword) : h.site.pointer,
          },
          `${keyword} ${String(before)} became ${String(after)}`,
        );
      }
    }
    this.compareMultipleOf(b, h);
    if (h.schema.pattern !== undefined && h.schema.pattern !== b.schema.pattern) {
      this.report(
        'request-pattern-changed',
        h.site,
        `pattern ${String(b.schema.pattern ?? 'unset')} became ${String(h.schema.pattern)}`,
      );
    }
  }

  /** A request value stays valid when the new `multipleOf` divides the old one. */
  private compareMultipleOf(b: SchemaView, h: SchemaView): void {
    const before = typeof b.schema.multipleOf === 'number' ? b.schema.multipleOf : undefined;
    const after = typeof h.schema.multipleOf === 'number' ? h.schema.multipleOf : undefined;
    if (before === after) {
      return;
    }

    const looser =
      after === undefined || (before !== undefined && Number.isInteger(before / after));
    this.report(
      looser ? 'request-range-widened' : 'request-range-narrowed',
      after === undefined
        ? h.site
        : { ...h.site, pointer: jsonPointer.join(h.site.pointer, 'multipleOf') },
      `multipleOf ${before ?? 'unset'} became ${after ?? 'unset'}`,
    );
  }

  /** A request object that stops accepting unlisted fields breaks clients that send them. */
  private compareClosed(b: SchemaView, h: SchemaView): void {
    const wasClosed = b.schema.additionalProperties === false;
    const isClosed = h.schema.additionalProperties === false;
    if (wasClosed === isClosed || (b.types !== undefined && !b.types.has('object'))) {
      return;
    }

    this.report(
      isClosed ? 'request-additional-properties-closed' : 'request-additional-properties-opened',
      isClosed
        ? { ...h.site, pointer: jsonPointer.join(h.site.pointer, 'additionalProperties') }
        : h.site,
      `additionalProperties ${wasClosed ? 'false' : 'allowed'} became ${isClosed ? 'false' : 'allowed'}`,
    );
  }

  private compareProperties(b: SchemaView, h: SchemaView, direction: Direction): void {
    const hidden = direction === 'request' ? 'readOnly' : 'writeOnly';
    const visible = (
      spec: LoadedSpec,
      property: { value: unknown; file: string; pointer: string },
    ): boolean =>
      (spec.deref(property.value, property.file, property.pointer).value as Json | undefined)?.[
        hidden
      ] !== true;
    for (const [name, property] of b.properties) {
      const site: DiffSite = { side: 'base', file: property.file, pointer: property.pointer };
      const other = h.properties.get(name);
      if (!visible(this.base, property)) {
        continue;
      }

      if (other === undefined) {
        const closed = h.schema.additionalProperties === false;
        if (direction === 'response' || closed) {
          this.report(
            direction === 'response' ? 'response-property-removed' : 'request-property-removed',
            site,
            `field "${name}" was removed`,
          );
        } else {
          this.report('request-property-removed', site, `field "${name}" was removed`);
        }
        continue;
      }
      const headSite: DiffSite = { side: 'head', file: other.file, pointer: other.pointer };
      const wasRequired = b.required.has(name);
      const isRequired = h.required.has(name);
      if (wasRequired !== isRequired) {
        const rule =
          direction === 'request'
            ? isRequired
              ? 'request-property-became-required'
              : 'request-property-became-optional'
            : isRequired
              ? 'response-property-became-required'
              : 'response-property-became-optional';
        this.report(
          rule,
          headSite,
          `field "${name}" became ${isRequired ? 'required' : 'optional'}`,
        );
      }
      this.compare(property.value, site, other.value, headSite, direction);
    }
    // `required` may name a field that `properties` never describes; it is required all the same.
    if (direction === 'request') {
      for (const name of h.required) {
        if (!b.required.has(name) && !b.properties.has(name) && !h.properties.has(name)) {
          this.report(
            'request-property-required-added',
            { ...h.site, pointer: jsonPointer.join(h.site.pointer, 'required') },
            `required field "${name}" was added`,
          );
        }
      }
    }
    for (const [name, property] of h.properties) {
      if (b.properties.has(name) || !visible(this.head, property)) {
        continue;
      }

      const site: DiffSite = { side: 'head', file: property.file, pointer: property.pointer };
      if (direction === 'response') {
        this.report('response-property-added', site, `field "${name}" was added`);
      } else if (h.required.has(name)) {
        this.report('request-property-required-added', site, `required field "${name}" was added`);
      } else {
        this.report('request-property-optional-added', site, `optional field "${name}" was added`);
      }
    }
  }

  private compareChildren(b: SchemaView, h: SchemaView, direction: Direction): void {
    for (const keyword of ['items', 'additionalProperties', 'not'] as const) {
      if (isObject(b.schema[keyword]) && isObject(h.schema[keyword])) {
        this.compare(
          b.schema[keyword],
          { ...b.site, pointer: jsonPointer.join(b.site.pointer, keyword) },
          h.schema[keyword],
          { ...h.site, pointer: jsonPointer.join(h.site.pointer, keyword) },
          direction,
        );
      }
    }
  }

  /**
   * Pairs `oneOf`/`anyOf` alternatives by what they are, not where they are written: the same
   * `$ref` target, then the same discriminator value or `const`, then the same type, and only
   * then by position among those left. A reorder is therefore no change.
   */
  private compareAlternatives(b: SchemaView, h: SchemaView, direction: Direction): void {
    if (b.alternatives.length === 0 && h.alternatives.length === 0) {
      return;
    }

    // A schema without alternatives stands for itself: `string` → `anyOf: [string, null]` adds one.
    const own = (view: SchemaView) =>
      view.alternatives.length > 0
        ? view.alternatives
        : [{ value: view.schema, file: view.site.file, pointer: view.site.pointer }];
    const left = own(b).map((alternative) => this.identify(this.base, b, alternative));
    const right = own(h).map((alternative) => this.identify(this.head, h, alternative));
    const pairs: [Alternative, Alternative][] = [];
    const taken = new Set<Alternative>();
    const keys = ['ref', 'tag', 'type'] as const;
    for (const key of keys) {
      for (const x of left) {
        if (taken.has(x) || x[key] === undefined) {
          continue;
        }

        const y = right.find((candidate) => !taken.has(candidate) && candidate[key] === x[key]);
        if (y !== undefined) {
          pairs.push([x, y]);
          taken.add(x).add(y);
        }
      }
    }
    const restLeft = left.filter((x) => !taken.has(x));
    const restRight = right.filter((y) => !taken.has(y));
    const common = Math.min(restLeft.length, restRight.length);
    for (let i = 0; i < common; i++) {
      pairs.push([restLeft[i]!, restRight[i]!]);
    }

    for (const [x, y] of pairs) {
      this.compare(
        x.value,
        { side: 'base', file: x.file, pointer: x.pointer },
        y.value,
        { side: 'head', file: y.file, pointer: y.pointer },
        direction,
      );
    }
    for (const extra of restRight.slice(common)) {
      this.report(
        direction === 'request' ? 'request-alternative-added' : 'response-alternative-added',
        { side: 'head', file: extra.file, pointer: extra.pointer },
        `an alternative (${extra.label}) was added`,
      );
    }
    for (const gone of restLeft.slice(common)) {
      this.report(
        direction === 'request' ? 'request-alternative-removed' : 'response-alternative-removed',
        { side: 'base', file: gone.file, pointer: gone.pointer },
        `an alternative (${gone.label}) was removed`,
      );
    }
  }

  /** What an alternative is: its `$ref` target, its discriminator value or `const`, its type. */
  private identify(
    spec: LoadedSpec,
    parent: SchemaView,
    alternative: { value: unknown; file: string; pointer: string },
  ): Alternative {
    const resolved = spec.deref(alternative.value, alternative.file, alternative.pointer);
    const schema = isObject(resolved.value) ? resolved.value : {};
    const written = refOf(alternative.value);
    // Targets compare across sides by their place relative to the entry file.
    const ref =
      written === undefined
        ? undefined
        : `${resolved.file === spec.entry ? '' : path.relative(path.dirname(spec.entry), resolved.file)}#${resolved.pointer}`;
    const discriminator = isObject(parent.schema.discriminator)
      ? parent.schema.discriminator
      : undefined;
    let tag: string | undefined;
    if (typeof discriminator?.propertyName === 'string') {
      for (const [value, target] of Object.entries(
        isObject(discriminator.mapping) ? discriminator.mapping : {},
      )) {
        const mapped =
          typeof target === 'string' ? spec.resolveRef(target, parent.site.file) : undefined;
        if (
          mapped !== undefined &&
          mapped.file === resolved.file &&
          mapped.pointer === resolved.pointer
        ) {
          tag = `discriminator:${value}`;
        }
      }
      const property = this.view(spec, schema, {
        side: parent.site.side,
        file: resolved.file,
        pointer: resolved.pointer,
      }).properties.get(discriminator.propertyName);
      const propertySchema =
        property === undefined
          ? undefined
          : spec.deref(property.value, property.file, property.pointer).value;
      const single = singleValueOf(isObject(propertySchema) ? propertySchema : {});
      if (tag === undefined && single !== undefined) {
        tag = `discriminator:${single}`;
      }
      if (tag === undefined && written !== undefined) {
        // Without a mapping the discriminator value is the schema's component name.
        tag = `discriminator:${written.slice(written.lastIndexOf('/') + 1)}`;
      }
    }
    if (tag === undefined && schema.const !== undefined) {
      tag = `const:${JSON.stringify(schema.const)}`;
    }
    const types = typesOf(schema, isObject(schema.properties));
    const type = types === undefined ? undefined : [...types].sort().join('|');
    return {
      ...alternative,
      ref,
      tag,
      type,
      label: ref ?? tag ?? (type === undefined ? 'any' : `type ${type}`),
    };
  }
}

/** One `oneOf`/`anyOf` alternative with the keys it is paired by. */
interface Alternative {
  readonly value: unknown;
  readonly file: string;
  readonly pointer: string;
  readonly ref: string | undefined;
  readonly tag: string | undefined;
  readonly type: string | undefined;
  readonly label: string;
}

/** The values `enum` and `const` allow, as JSON; undefined when any value is allowed. */
function allowedValues(schema: Json): string[] | undefined {
  const listed = Array.isArray(schema.enum) ? schema.enum.map((v) => JSON.stringify(v)) : undefined;
  if (schema.const === undefined) {
    return listed;
  }

  const only = JSON.stringify(schema.const);
  return listed === undefined || listed.includes(only) ? [only] : [];
}

/** The types a schema's alternatives allow together; undefined when one allows any type. */
function alternativeTypes(
  spec: LoadedSpec,
  alternatives: readonly { value: unknown; file: string; pointer: string }[],
): Set<string> | undefined {
  if (alternatives.length === 0) {
    return undefined;
  }

  const union = new Set<string>();
  for (const alternative of alternatives) {
    const schema = spec.deref(alternative.value, alternative.file, alternative.pointer).value;
    const types = isObject(schema) ? typesOf(schema, isObject(schema.properties)) : undefined;
    if (types === undefined) {
      return undefined;
    }

    types.forEach((type) => union.add(type));
  }
  return union;
}

/** The one value a schema allows through `const` or a one-value `enum`, as JSON. */
function singleValueOf(schema: Json): string | undefined {
  if (schema.const !== undefined) {
    return typeof schema.const === 'string' ? schema.const : JSON.stringify(schema.const);
  }

  if (Array.isArray(schema.enum) && schema.enum.length === 1) {
    const value: unknown = schema.enum[0];
    return typeof value === 'string' ? value : JSON.stringify(value);
  }
  return undefined;
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The JSON types a schema allows; undefined when it does not say (any type). */
function typesOf(schema: Json, hasProperties: boolean): Set<string> | undefined {
  let types: string[] | undefined;
  if (typeof schema.type === 'string') {
    types = [schema.type];
  } else if (Array.isArray(schema.type)) {
    types = schema.type.map(String);
  } else if (hasProperties) {
    types = ['object'];
  } else if (schema.items !== undefined) {
    types = ['array'];
  }
  if (types === undefined) {
    return undefined;
  }

  const set = new Set(types);
  if (schema.nullable === true) {
    set.add('null');
  }
  return set;
}

/** True when every type of `inner` is allowed by `outer` (number allows integer). */
function covers(outer: Set<string>, inner: Set<string>): boolean {
  return [...inner].every((type) => outer.has(type) || (type === 'integer' && outer.has('number')));
}
