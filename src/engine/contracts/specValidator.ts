import type { ErrorObject } from 'ajv';
import type Ajv2020 from 'ajv/dist/2020';
import { jsonPointer } from './jsonPointer';
import type { LoadedSpec } from './loadedSpec';
import { officialSchemaValidator } from './officialSchemas';
import { loadSpec, type SpecLoadOptions } from './specLoader';
import type { SpecProblem, UnplacedProblem } from './specTypes';
import { checkSpecSemantics } from './specSemantics';

/** The outcome of validating one spec. */
export interface SpecValidation {
  readonly spec: LoadedSpec;
  /** Every problem, placed and sorted; `valid` ignores warnings and info. */
  readonly problems: SpecProblem[];
  readonly valid: boolean;
  readonly durationMs: number;
}

/**
 * Loads and validates one spec: syntax, every `$ref`, the official OpenAPI 3.0/3.1 (or Swagger
 * 2.0) schema, and the rules the schema cannot say (unique operation ids, path parameters that
 * match the path template). JSON Schema files are checked against their meta-schema.
 * @throws {ContractsError} `contracts.read` when the entry file cannot be read.
 */
export async function validateSpec(
  file: string,
  options: SpecLoadOptions & { now?: () => number } = {},
): Promise<SpecValidation> {
  const now = options.now ?? Date.now;
  const started = now();
  const spec = await loadSpec(file, options);
  const problems = validateLoadedSpec(spec);
  return {
    spec,
    problems,
    valid: !problems.some((p) => p.severity === 'error'),
    durationMs: now() - started,
  };
}

/** Validates a spec that is already loaded; returns its load problems plus the schema's. */
export function validateLoadedSpec(spec: LoadedSpec): SpecProblem[] {
  const entryRoot = spec.files.get(spec.entry)?.root;
  const unplaced: UnplacedProblem[] = [];
  if (entryRoot === undefined) {
    return spec.loadProblems();
  }

  if (spec.kind === 'unknown') {
    unplaced.push({
      file: spec.entry,
      pointer: '',
      severity: 'error',
      code: 'kind',
      message:
        'not an OpenAPI 3.x, Swagger 2.0 or JSON Schema document (no "openapi", "swagger" or "$schema" field)',
    });
  } else if (spec.kind === 'json-schema') {
    unplaced.push(...metaSchemaProblems(spec.entry, entryRoot));
  } else {
    const validate = officialSchemaValidator(spec.kind)!;
    if (!validate(entryRoot)) {
      unplaced.push(
        ...pruneErrors(validate.errors ?? []).map((error) => toProblem(spec.entry, error)),
      );
    }
    unplaced.push(...checkSpecSemantics(spec));
  }
  return spec.place([
    ...spec.loadProblems().map(({ line, column, ...rest }) => ({ ...rest, at: { line, column } })),
    ...unplaced,
  ]);
}

/**
 * Keeps the errors a person can act on. ajv reports every failed branch of a `oneOf` (a schema
 * object fails the Reference branch for lacking `$ref`); the deepest errors say what is wrong.
 */
function pruneErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const paths = errors.map((error) => error.instancePath);
  const hasDeeperOrSame = (error: ErrorObject): boolean =>
    paths.some((other) =>
      other !== error.instancePath ? other.startsWith(error.instancePath + '/') : false,
    ) ||
    errors.some(
      (other) => other !== error && other.instancePath === error.instancePath && !isUmbrella(other),
    );
  const kept = errors.filter((error) => {
    if (isUmbrella(error)) {
      return !hasDeeperOrSame(error);
    }

    if (error.keyword === 'required' && error.params.missingProperty === '$ref') {
      return !hasDeeperOrSame(error);
    }
    return true;
  });
  const seen = new Set<string>();
  return kept.filter((error) => {
    const key = error.instancePath + '|' + explain(error);
    if (seen.has(key)) {
      return false;
    }

    seen.add(key);
    return true;
  });
}

function isUmbrella(error: ErrorObject): boolean {
  return (
    error.keyword === 'oneOf' ||
    error.keyword === 'anyOf' ||
    error.keyword === 'if' ||
    error.keyword === 'not'
  );
}

function toProblem(file: string, error: ErrorObject): UnplacedProblem {
  const extra =
    error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties'
      ? String(
          (error.params as { additionalProperty?: string; unevaluatedProperty?: string })
            .additionalProperty ??
            (error.params as { unevaluatedProperty?: string }).unevaluatedProperty,
        )
      : undefined;
  const pointer =
    extra === undefined ? error.instancePath : jsonPointer.join(error.instancePath, extra);
  const where = error.instancePath === '' ? 'document' : error.instancePath;
  return {
    file,
    pointer,
    severity: 'error',
    code: 'schema',
    message: `${where}: ${explain(error)}`,
  };
}

/** One ajv error of the official schema in words. */
function explain(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `unexpected field "${String(params.additionalProperty)}"`;
    case 'unevaluatedProperties':
      return `unexpected field "${String(params.unevaluatedProperty)}"`;
    case 'required':
      return `missing required field "${String(params.missingProperty)}"`;
    case 'enum':
      return `must be one of ${JSON.stringify(params.allowedValues)}`;
    case 'type':
      return `must be of type ${String(params.type)}`;
    case 'pattern':
      return `does not match pattern ${String(params.pattern)}`;
    case 'format':
      return `is not a valid ${String(params.format)}`;
    default:
      return error.message ?? error.keyword;
  }
}

let metaAjv: Ajv2020 | undefined;

function metaSchemaProblems(file: string, root: unknown): UnplacedProblem[] {
  // A draft-04/06/07 schema is checked by the 2020-12 meta-schema too: it is lenient about
  // keywords it does not know, which catches wrong types without false alarms.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  metaAjv ??= new (require('ajv/dist/2020') as typeof import('ajv/dist/2020')).default({
    allErrors: true,
    strict: false,
  });
  if (metaAjv.validateSchema(root as object) === true) {
    return [];
  }

  return pruneErrors(metaAjv.errors ?? []).map((error) => toProblem(file, error));
}
