import type { ContractsOperationItem, ContractsWebhookItem } from './contractsProtocol';
import { jsonPointer } from './jsonPointer';
import type { LoadedSpec } from './loadedSpec';
import { httpMethods } from './specSemantics';
import type { SpecKind } from './specTypes';

type Json = Record<string, unknown>;

/** What a spec offers, for a tree: title, version, operations and webhooks with their lines. */
export interface SpecOutline {
  readonly kind: SpecKind;
  readonly title: string;
  readonly version: string;
  readonly operations: ContractsOperationItem[];
  readonly webhooks: ContractsWebhookItem[];
}

/** Reads the outline of a loaded spec; path items behind `$ref`s are followed (lines in their file). */
export function specOutline(spec: LoadedSpec): SpecOutline {
  const document = (spec.document ?? {}) as Json;
  const info = (document.info ?? {}) as Json;
  const operations: ContractsOperationItem[] = [];
  const pointers: {
    file: string;
    pointer: string;
    build: (line: number) => ContractsOperationItem;
  }[] = [];
  for (const [route, item] of Object.entries((document.paths ?? {}) as Json)) {
    const pathItem = spec.deref(item, spec.entry, jsonPointer.compile(['paths', route]));
    for (const method of httpMethods) {
      const operation = (pathItem.value as Json | undefined)?.[method] as Json | undefined;
      if (operation === undefined || operation === null || typeof operation !== 'object') {
        continue;
      }

      const pointer = jsonPointer.join(pathItem.pointer, method);
      pointers.push({
        file: pathItem.file,
        pointer,
        build: (line) => ({
          key: `${method.toUpperCase()} ${route}`,
          ...(typeof operation.operationId === 'string'
            ? { operationId: operation.operationId }
            : {}),
          ...(typeof operation.summary === 'string' ? { summary: operation.summary } : {}),
          responses: Object.keys((operation.responses ?? {}) as Json),
          hasRequestBody: operation.requestBody !== undefined,
          file: pathItem.file,
          pointer,
          line,
          problems: 0,
        }),
      });
    }
  }
  const webhookPointers = Object.keys((document.webhooks ?? {}) as Json).map((name) => ({
    name,
    pointer: jsonPointer.compile(['webhooks', name]),
  }));
  const lines = new Map<string, Map<string, { line: number }>>();
  for (const file of new Set([...pointers.map((p) => p.file), spec.entry])) {
    const wanted = pointers.filter((p) => p.file === file).map((p) => p.pointer);
    if (file === spec.entry) {
      wanted.push(...webhookPointers.map((w) => w.pointer));
    }
    lines.set(file, spec.locateMany(file, wanted));
  }
  for (const entry of pointers) {
    operations.push(entry.build(lines.get(entry.file)?.get(entry.pointer)?.line ?? 1));
  }
  const webhooks = webhookPointers.map(({ name, pointer }) => ({
    name,
    file: spec.entry,
    pointer,
    line: lines.get(spec.entry)?.get(pointer)?.line ?? 1,
    problems: 0,
  }));
  return {
    kind: spec.kind,
    title:
      typeof info.title === 'string'
        ? info.title
        : typeof document.title === 'string'
          ? document.title
          : '',
    version: typeof info.version === 'string' ? info.version : spec.version,
    operations,
    webhooks,
  };
}
