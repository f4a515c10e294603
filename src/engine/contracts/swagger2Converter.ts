import { jsonPointer } from './jsonPointer';

type Json = Record<string, unknown>;

/** A Swagger 2.0 document in OpenAPI 3.0 shape, and how to map its pointers back to the source. */
export interface ConvertedSwagger {
  readonly document: Json;
  /** Maps a pointer of the converted document to the nearest pointer in the Swagger file. */
  toSourcePointer(pointer: string): string;
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
const schemaKeys = [
  'type',
  'format',
  'items',
  'enum',
  'default',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'multipleOf',
];

/**
 * Converts Swagger 2.0 to the OpenAPI 3.0 shape that validation and diff read. Good enough for
 * contracts, not a full converter. Limits: `collectionFormat` is dropped; body parameters shared
 * through `#/parameters` stay parameters (so they are not compared as request bodies); a file
 * referenced from the document keeps `#/definitions` refs unconverted; `x-nullable` becomes
 * `nullable`; formData parameters become one form-encoded (or multipart when a file is sent)
 * request body. Spec validation uses the untouched Swagger file against the Swagger 2.0 schema.
 */
export function convertSwagger2(source: unknown): ConvertedSwagger {
  const swagger = rewriteRefs(source) as Json;
  const consumes = (swagger.consumes as string[] | undefined) ?? ['application/json'];
  const produces = (swagger.produces as string[] | undefined) ?? ['application/json'];
  const definitions = (swagger.definitions ?? {}) as Json;
  const document: Json = {
    openapi: '3.0.3',
    info: swagger.info,
    servers: servers(swagger),
    paths: {},
    components: {
      schemas: nullable(definitions) as Json,
      parameters: Object.fromEntries(
        Object.entries((swagger.parameters ?? {}) as Json).map(([name, p]) => [
          name,
          parameter(p as Json),
        ]),
      ),
      responses: Object.fromEntries(
        Object.entries((swagger.responses ?? {}) as Json).map(([name, r]) => [
          name,
          response(r as Json, produces),
        ]),
      ),
      securitySchemes: securitySchemes((swagger.securityDefinitions ?? {}) as Json),
    },
  };
  if (swagger.security !== undefined) {
    document.security = swagger.security;
  }

  const paths = document.paths as Json;
  for (const [route, item] of Object.entries((swagger.paths ?? {}) as Json)) {
    const pathItem = item as Json;
    const converted: Json = {};
    if (Array.isArray(pathItem.parameters)) {
      converted.parameters = (pathItem.parameters as Json[])
        .filter((p) => p.in !== 'body' && p.in !== 'formData')
        .map(parameter);
    }
    for (const method of methods) {
      const operation = pathItem[method] as Json | undefined;
      if (operation !== undefined) {
        converted[method] = convertOperation(
          operation,
          [...((pathItem.parameters as Json[]) ?? [])],
          consumes,
          produces,
        );
      }
    }
    paths[route] = converted;
  }
  return { document, toSourcePointer };
}

function convertOperation(
  operation: Json,
  shared: Json[],
  consumes: string[],
  produces: string[],
): Json {
  const own = (operation.parameters as Json[] | undefined) ?? [];
  const all = [
    ...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)),
    ...own,
  ];
  const opConsumes = (operation.consumes as string[] | undefined) ?? consumes;
  const opProduces = (operation.produces as string[] | undefined) ?? produces;
  const result: Json = { ...operation };
  delete result.consumes;
  delete result.produces;
  delete result.schemes;
  result.parameters = own.filter((p) => p.in !== 'body' && p.in !== 'formData').map(parameter);
  const body = all.find((p) => p.in === 'body');
  const form = all.filter((p) => p.in === 'formData');
  if (body !== undefined) {
    result.requestBody = {
      required: body.required === true,
      description: body.description,
      content: Object.fromEntries(
        opConsumes.map((type) => [type, { schema: nullable(body.schema) }]),
      ),
    };
  } else if (form.length > 0) {
    const multipart = form.some((p) => p.type === 'file');
    const schema: Json = {
      type: 'object',
      properties: Object.fromEntries(
        form.map((p) => [
          p.name,
          p.type === 'file' ? { type: 'string', format: 'binary' } : pick(p),
        ]),
      ),
    };
    const required = form.filter((p) => p.required === true).map((p) => p.name);
    if (required.length > 0) {
      schema.required = required;
    }
    result.requestBody = {
      required: required.length > 0,
      content: {
        [multipart ? 'multipart/form-data' : 'application/x-www-form-urlencoded']: { schema },
      },
    };
  }
  result.responses = Object.fromEntries(
    Object.entries((operation.responses ?? {}) as Json).map(([status, r]) => [
      status,
      response(r as Json, opProduces),
    ]),
  );
  return result;
}

function parameter(p: Json): Json {
  if (typeof p.$ref === 'string') {
    return p;
  }

  const result: Json = { name: p.name, in: p.in, required: p.required === true || p.in === 'path' };
  if (p.description !== undefined) {
    result.description = p.description;
  }
  result.schema = p.in === 'body' ? nullable(p.schema) : pick(p);
  return result;
}

function response(r: Json, produces: string[]): Json {
  if (typeof r.$ref === 'string') {
    return r;
  }

  const result: Json = { description: r.description ?? '' };
  if (r.schema !== undefined) {
    result.content = Object.fromEntries(
      produces.map((type) => [type, { schema: nullable(r.schema) }]),
    );
  }
  if (r.headers !== undefined) {
    result.headers = Object.fromEntries(
      Object.entries(r.headers as Json).map(([name, h]) => [name, { schema: pick(h as Json) }]),
    );
  }
  return result;
}

function pick(p: Json): Json {
  const schema: Json = {};
  for (const key of schemaKeys) {
    if (p[key] !== undefined) {
      schema[key] = p[key];
    }
  }
  return nullable(schema) as Json;
}

/** `x-nullable` (a common Swagger extension) becomes OpenAPI 3.0 `nullable`, at any depth. */
function nullable(schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object') {
    return schema;
  }

  if (Array.isArray(schema)) {
    return schema.map(nullable);
  }
  const result: Json = {};
  for (const [key, value] of Object.entries(schema as Json)) {
    if (key === 'x-nullable') {
      result.nullable = value;
    } else {
      result[key] = nullable(value);
    }
  }
  return result;
}

function servers(swagger: Json): Json[] {
  if (typeof swagger.host !== 'string') {
    return [{ url: typeof swagger.basePath === 'string' ? swagger.basePath : '/' }];
  }

  const schemes = (swagger.schemes as string[] | undefined) ?? ['https'];
  return schemes.map((scheme) => ({
    url: `${scheme}://${swagger.host}${(swagger.basePath as string | undefined) ?? ''}`,
  }));
}

function securitySchemes(definitions: Json): Json {
  const result: Json = {};
  for (const [name, value] of Object.entries(definitions)) {
    const d = value as Json;
    if (d.type === 'basic') {
      result[name] = { type: 'http', scheme: 'basic' };
    } else if (d.type === 'apiKey') {
      result[name] = { type: 'apiKey', name: d.name, in: d.in };
    } else {
      const flow =
        d.flow === 'application'
          ? 'clientCredentials'
          : d.flow === 'accessCode'
            ? 'authorizationCode'
            : String(d.flow);
      result[name] = {
        type: 'oauth2',
        flows: {
          [flow]: {
            authorizationUrl: d.authorizationUrl,
            tokenUrl: d.tokenUrl,
            scopes: d.scopes ?? {},
          },
        },
      };
    }
  }
  return result;
}

function rewriteRefs(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    return value;
  }

  if (Array.isArray(value)) {
    return value.map(rewriteRefs);
  }
  const result: Json = {};
  for (const [key, child] of Object.entries(value as Json)) {
    result[key] =
      key === '$ref' && typeof child === 'string' ? rewriteRef(child) : rewriteRefs(child);
  }
  return result;
}

function rewriteRef(ref: string): string {
  return ref
    .replace(/#\/definitions\//, '#/components/schemas/')
    .replace(/#\/parameters\//, '#/components/parameters/')
    .replace(/#\/responses\//, '#/components/responses/');
}

function toSourcePointer(pointer: string): string {
  const tokens = jsonPointer.parse(pointer);
  if (tokens[0] === 'components') {
    const section = {
      schemas: 'definitions',
      parameters: 'parameters',
      responses: 'responses',
      securitySchemes: 'securityDefinitions',
    }[tokens[1] ?? ''];
    return section === undefined ? '' : jsonPointer.compile([section, ...tokens.slice(2)]);
  }
  if (tokens[0] === 'paths') {
    // Request bodies and media types have no twin in Swagger: stop at the operation.
    const stop = tokens.findIndex((t) => t === 'requestBody' || t === 'content');
    return jsonPointer.compile(stop === -1 ? tokens : tokens.slice(0, stop));
  }
  return jsonPointer.compile(tokens.slice(0, 1));
}
