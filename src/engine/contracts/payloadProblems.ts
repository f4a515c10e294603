import type { ErrorObject } from 'ajv';
import { forbiddenFieldKeyword } from './schemaConverter';

type Json = Record<string, unknown>;

/** One way a payload breaks its schema, in words; `path` is the JSON pointer into the payload. */
export interface PayloadProblem {
  readonly path: string;
  readonly message: string;
  readonly keyword: string;
}

/**
 * Turns ajv errors into plain sentences, keeping the most specific errors of each place. When an
 * `anyOf`/`oneOf` fails, a branch the value cannot be at all (`null` for an object, in a nullable
 * schema) says nothing useful: its `type` error is dropped when another branch got further.
 */
export function explainErrors(errors: readonly ErrorObject[]): PayloadProblem[] {
  const isUnder = (other: ErrorObject, path: string): boolean =>
    other.instancePath === path || other.instancePath.startsWith(path + '/');
  const umbrellaPaths = new Set(
    errors
      .filter((error) => error.keyword === 'oneOf' || error.keyword === 'anyOf')
      .map((error) => error.instancePath),
  );
  const specific = errors.filter((error) => {
    if (error.keyword === 'type' && umbrellaPaths.has(error.instancePath)) {
      return !errors.some(
        (other) =>
          other.keyword !== 'type' && !isUmbrella(other) && isUnder(other, error.instancePath),
      );
    }
    if (!isUmbrella(error)) {
      return true;
    }
    return !errors.some(
      (other) =>
        other !== error && other.keyword !== error.keyword && isUnder(other, error.instancePath),
    );
  });
  const seen = new Set<string>();
  const problems: PayloadProblem[] = [];
  for (const error of specific) {
    const problem = explainError(error);
    const key = problem.path + problem.message;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}

function explainError(error: ErrorObject): PayloadProblem {
  const params = error.params as Record<string, unknown>;
  const path = error.instancePath;
  const where = path === '' ? 'the payload' : path;
  const got = describeValue(error.data);
  let message: string;
  const forbidden = (error.parentSchema as Json | undefined)?.[forbiddenFieldKeyword];
  if (error.keyword === 'not' && forbidden !== undefined) {
    const name = path.split('/').pop();
    message =
      forbidden === 'readOnly'
        ? `field "${name}" is read-only: the server sets it, a request must not send it`
        : `field "${name}" is write-only: a response must not return it`;
    return { path, message, keyword: String(forbidden) };
  }
  switch (error.keyword) {
    case 'required':
      message = `${where} lacks the required field "${String(params.missingProperty)}"`;
      break;
    case 'additionalProperties':
    case 'unevaluatedProperties':
      message = `${where} has a field the schema does not allow: "${String(params.additionalProperty ?? params.unevaluatedProperty)}"`;
      break;
    case 'type':
      message = `${where} should be ${String(params.type).replace(',', ' or ')}, but is ${got}`;
      break;
    case 'enum':
      message = `${where} is ${got}, not one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
      break;
    case 'const':
      message = `${where} should be ${JSON.stringify(params.allowedValue)}, but is ${got}`;
      break;
    case 'format':
      message = `${where} is not a valid ${String(params.format)}: ${got}`;
      break;
    case 'oneOf':
    case 'anyOf':
      message = `${where} matches ${error.keyword === 'oneOf' && params.passingSchemas !== null ? 'more than one' : 'none'} of the allowed shapes`;
      break;
    default:
      message = `${where} ${error.message ?? 'is invalid'}${error.data !== undefined && typeof error.data !== 'object' ? ` (is ${got})` : ''}`;
  }
  return { path, message, keyword: error.keyword };
}

function describeValue(value: unknown): string {
  if (value === null) {
    return 'null';
  }

  if (Array.isArray(value)) {
    return 'an array';
  }
  if (typeof value === 'object') {
    return 'an object';
  }
  const text = JSON.stringify(value) ?? String(value);
  return `${typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value} ${text.length > 60 ? text.slice(0, 57) + '...' : text}`;
}

function isUmbrella(error: ErrorObject): boolean {
  return error.keyword === 'oneOf' || error.keyword === 'anyOf' || error.keyword === 'if';
}
