import { isCaptainError } from '../errors';
import { jsonPointer } from './jsonPointer';
import type { PactDocument, PactInteraction } from './pactFile';
import type { PayloadProblem, PayloadValidator } from './payloadValidator';

type Json = Record<string, unknown>;

/** One way an interaction disagrees with the provider's spec. */
export interface PactProblem {
  readonly part: 'request' | 'response';
  /** `operation`, `query`, `header`, `body`, `status`. */
  readonly code: string;
  readonly message: string;
}

/** The outcome for one interaction. */
export interface PactInteractionCheck {
  readonly index: number;
  readonly description: string;
  readonly request: string;
  readonly status: number;
  /** `METHOD /template` of the matched operation; undefined when none matched. */
  readonly operation?: string;
  readonly valid: boolean;
  readonly problems: PactProblem[];
}

/** The outcome for a Pact file. */
export interface PactCheck {
  readonly consumer: string;
  readonly provider: string;
  readonly specification: string;
  readonly valid: boolean;
  readonly interactions: PactInteractionCheck[];
}

/** Schema keywords about a value rather than its type: ignored under a Pact type matcher. */
const valueKeywords = new Set([
  'enum',
  'const',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
]);

interface Route {
  readonly key: string;
  readonly method: string;
  readonly pattern: RegExp;
  readonly templates: number;
}

/**
 * Checks each interaction of a Pact file against the provider's spec: the request matches an
 * operation (method and path template, also under a server's base path), carries the required
 * query parameters and headers with values of the declared types, and a body the request schema
 * accepts; the response status is declared and its body fits that response's schema. Under a
 * Pact `type`-like matcher only the example's type counts, not its exact value.
 */
export function checkPact(pact: PactDocument, validator: PayloadValidator): PactCheck {
  const routes = routesOf(validator);
  const bases = basePaths(validator.spec.document as Json);
  const interactions = pact.interactions.map((interaction, index) =>
    checkInteraction(interaction, index, validator, routes, bases),
  );
  return {
    consumer: pact.consumer,
    provider: pact.provider,
    specification: pact.specification,
    valid: interactions.every((item) => item.valid),
    interactions,
  };
}

function checkInteraction(
  interaction: PactInteraction,
  index: number,
  validator: PayloadValidator,
  routes: Route[],
  bases: string[],
): PactInteractionCheck {
  const { request, response } = interaction;
  const label = `${request.method} ${request.path}`;
  const problems: PactProblem[] = [];
  const route = findRoute(routes, request.method, request.path, bases);
  const base = {
    index,
    description: interaction.description,
    request: label,
    status: response.status,
  };
  if (route === undefined) {
    problems.push({
      part: 'request',
      code: 'operation',
      message: `no operation of the spec matches ${label}`,
    });
    return { ...base, valid: false, problems };
  }

  const operation = validator.operationIndex().get(route.key)!;
  for (const parameter of parametersOf(validator, operation)) {
    problems.push(...checkParameter(parameter, interaction));
  }
  const requestBody = validator.spec.deref(
    operation.value.requestBody,
    operation.file,
    jsonPointer.join(operation.pointer, 'requestBody'),
  ).value as Json | undefined;
  if (request.body !== undefined) {
    problems.push(
      ...checkBody(
        'request',
        () =>
          validator.check(
            { kind: 'operation', operation: route.key, direction: 'request' },
            request.body,
          ),
        request.looseBodyPaths,
      ),
    );
  } else if (requestBody?.required === true) {
    problems.push({
      part: 'request',
      code: 'body',
      message: 'the spec requires a request body; the interaction sends none',
    });
  }

  const codes = Object.keys((operation.value.responses ?? {}) as Json);
  const status = String(response.status);
  if (
    !codes.some(
      (code) => code === status || code.toUpperCase() === `${status[0]}XX` || code === 'default',
    )
  ) {
    problems.push({
      part: 'response',
      code: 'status',
      message: `status ${status} is not declared (the spec has ${codes.join(', ') || 'none'})`,
    });
  } else if (response.body !== undefined) {
    problems.push(
      ...checkBody(
        'response',
        () =>
          validator.check(
            { kind: 'operation', operation: route.key, direction: 'response', status },
            response.body,
          ),
        response.looseBodyPaths,
      ),
    );
  }
  return { ...base, operation: route.key, valid: problems.length === 0, problems };
}

function checkBody(
  part: 'request' | 'response',
  check: () => ReturnType<PayloadValidator['check']>,
  loose: readonly string[],
): PactProblem[] {
  try {
    const result = check();
    return result.problems
      .filter((problem) => !isLoose(problem, loose))
      .map((problem) => ({ part, code: 'body', message: problem.message }));
  } catch (error) {
    if (!isCaptainError(error)) {
      throw error;
    }
    return [
      {
        part,
        code: 'body',
        message: `the interaction sends a ${part} body the spec does not describe: ${error.message}`,
      },
    ];
  }
}

function isLoose(problem: PayloadProblem, loose: readonly string[]): boolean {
  if (!valueKeywords.has(problem.keyword)) {
    return false;
  }

  const tokens = problem.path.split('/');
  return loose.some((pointer) => {
    const pattern = pointer.split('/');
    return (
      pattern.length <= tokens.length &&
      pattern.every((token, i) => token === '*' || token === tokens[i])
    );
  });
}

interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  readonly schema?: Json;
}

function parametersOf(
  validator: PayloadValidator,
  operation: { pointer: string; value: Json; file: string },
): Parameter[] {
  const spec = validator.spec;
  const itemPointer = operation.pointer.slice(0, operation.pointer.lastIndexOf('/'));
  const item = jsonPointer.get(spec.rootOf(operation.file), itemPointer) as Json | undefined;
  const byKey = new Map<string, Parameter>();
  for (const [owner, pointer] of [
    [item, itemPointer],
    [operation.value, operation.pointer],
  ] as const) {
    const list = (owner?.parameters ?? []) as unknown[];
    list.forEach((entry, i) => {
      const value = spec.deref(entry, operation.file, jsonPointer.join(pointer, 'parameters', i))
        .value as Json | undefined;
      if (value !== undefined && typeof value.name === 'string') {
        const schema = spec.deref(value.schema, operation.file, '').value as Json | undefined;
        byKey.set(`${String(value.in)}:${value.name}`, {
          name: value.name,
          in: String(value.in),
          required: value.required === true,
          schema,
        });
      }
    });
  }
  return [...byKey.values()];
}

function checkParameter(parameter: Parameter, interaction: PactInteraction): PactProblem[] {
  const { request } = interaction;
  const values =
    parameter.in === 'query'
      ? request.query[parameter.name]
      : parameter.in === 'header'
        ? request.headers[parameter.name.toLowerCase()] === undefined
          ? undefined
          : [request.headers[parameter.name.toLowerCase()]!]
        : undefined;
  if (parameter.in !== 'query' && parameter.in !== 'header') {
    return [];
  }

  const code = parameter.in;
  if (values === undefined) {
    return parameter.required
      ? [
          {
            part: 'request',
            code,
            message: `the required ${parameter.in} parameter "${parameter.name}" is missing`,
          },
        ]
      : [];
  }
  const type = parameter.schema?.type;
  const bad = values.find(
    (value) =>
      (type === 'integer' && !/^-?\d+$/.test(value)) ||
      (type === 'number' && Number.isNaN(Number(value))) ||
      (type === 'boolean' && value !== 'true' && value !== 'false'),
  );
  const allowed = parameter.schema?.enum;
  if (bad !== undefined) {
    return [
      {
        part: 'request',
        code,
        message: `${parameter.in} parameter "${parameter.name}" is "${bad}", not ${String(type)}`,
      },
    ];
  }
  if (Array.isArray(allowed) && values.some((value) => !allowed.map(String).includes(value))) {
    return [
      {
        part: 'request',
        code,
        message: `${parameter.in} parameter "${parameter.name}" is not one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`,
      },
    ];
  }
  return [];
}

function routesOf(validator: PayloadValidator): Route[] {
  const routes: Route[] = [];
  for (const [key, operation] of validator.operationIndex()) {
    if (key !== `${operation.method.toUpperCase()} ${operation.route}`) {
      continue;
    }

    const source = operation.route
      .split(/\{[^}]+\}/)
      .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
      .join('[^/]+');
    routes.push({
      key,
      method: operation.method.toUpperCase(),
      pattern: new RegExp(`^${source}/?$`),
      templates: (operation.route.match(/\{/g) ?? []).length,
    });
  }
  // A literal segment wins over a template: /users/me before /users/{id}.
  return routes.sort((a, b) => a.templates - b.templates);
}

function findRoute(
  routes: Route[],
  method: string,
  requestPath: string,
  bases: string[],
): Route | undefined {
  const pathOnly = requestPath.split('?')[0]!;
  for (const candidate of [
    pathOnly,
    ...bases
      .filter((base) => pathOnly.startsWith(base + '/'))
      .map((base) => pathOnly.slice(base.length)),
  ]) {
    const found = routes.find((route) => route.method === method && route.pattern.test(candidate));
    if (found !== undefined) {
      return found;
    }
  }
  return undefined;
}

/** Path prefixes of the spec's servers (`https://api.example.com/v1` → `/v1`). */
function basePaths(document: Json): string[] {
  const servers = Array.isArray(document?.servers) ? (document.servers as Json[]) : [];
  const result = new Set<string>();
  for (const server of servers) {
    const url = String(server?.url ?? '').replace(/\{[^}]+\}/g, 'x');
    try {
      const pathname = new URL(url, 'http://host').pathname.replace(/\/$/, '');
      if (pathname !== '') {
        result.add(pathname);
      }
    } catch {
      continue;
    }
  }
  return [...result];
}
