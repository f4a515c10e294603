import { jsonPointer } from './jsonPointer';
import type { LoadedSpec } from './loadedSpec';
import type { UnplacedProblem } from './specTypes';

/** The HTTP methods an OpenAPI path item may hold, in the order the specification lists them. */
export const httpMethods = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
] as const;

/**
 * Rules of the OpenAPI specification its JSON schema cannot express: operation ids are unique;
 * every `{name}` in a path template has a path parameter and every path parameter appears in the
 * template. Reported on the converted document for Swagger 2.0.
 */
export function checkSpecSemantics(spec: LoadedSpec): UnplacedProblem[] {
  const problems: UnplacedProblem[] = [];
  const paths = (spec.document as { paths?: Record<string, Record<string, unknown>> }).paths ?? {};
  const operationIds = new Map<string, string>();
  for (const [route, item] of Object.entries(paths)) {
    if (item === null || typeof item !== 'object') {
      continue;
    }

    const itemPointer = jsonPointer.compile(['paths', route]);
    const pathItem = spec.deref(item, spec.entry, itemPointer);
    const templateNames = [...route.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
    const shared = pathParameterNames(
      spec,
      (pathItem.value as { parameters?: unknown[] } | undefined)?.parameters,
      pathItem.file,
    );
    for (const method of httpMethods) {
      const operation = (pathItem.value as Record<string, unknown> | undefined)?.[method] as
        Record<string, unknown> | undefined;
      if (operation === undefined || operation === null) {
        continue;
      }

      const pointer = jsonPointer.join(pathItem.pointer, method);
      const id = operation.operationId;
      if (typeof id === 'string') {
        const first = operationIds.get(id);
        if (first !== undefined) {
          problems.push({
            file: pathItem.file,
            pointer: pointer + '/operationId',
            severity: 'error',
            code: 'operationId.duplicate',
            message: `operationId "${id}" is already used by ${first}`,
          });
        } else {
          operationIds.set(id, `${method.toUpperCase()} ${route}`);
        }
      }
      const declared = new Set([
        ...shared,
        ...pathParameterNames(spec, operation.parameters, pathItem.file),
      ]);
      for (const name of templateNames) {
        if (!declared.has(name)) {
          problems.push({
            file: pathItem.file,
            pointer,
            severity: 'error',
            code: 'path.parameterMissing',
            message: `path parameter "{${name}}" of ${route} is not declared by ${method.toUpperCase()}`,
          });
        }
      }
      for (const name of declared) {
        if (!templateNames.includes(name)) {
          problems.push({
            file: pathItem.file,
            pointer,
            severity: 'error',
            code: 'path.parameterUnused',
            message: `path parameter "${name}" does not appear in the template ${route}`,
          });
        }
      }
    }
  }
  return problems;
}

function pathParameterNames(spec: LoadedSpec, parameters: unknown, file: string): string[] {
  if (!Array.isArray(parameters)) {
    return [];
  }

  const names: string[] = [];
  for (const parameter of parameters) {
    const resolved = spec.deref(parameter, file, '').value as
      { in?: string; name?: string } | undefined;
    if (resolved?.in === 'path' && typeof resolved.name === 'string') {
      names.push(resolved.name);
    }
  }
  return names;
}
