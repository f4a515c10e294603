import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { ContractsError } from './contractsError';
import { jsonPointer } from './jsonPointer';
import { LoadedSpec } from './loadedSpec';
import { parseSpecText } from './specParser';
import type { RefSite, SpecFile, SpecKind, UnplacedProblem } from './specTypes';
import { convertSwagger2 } from './swagger2Converter';
import { splitRef } from './refTarget';

/** How a spec's files are read; the git source swaps `readText` for `git show`. */
export interface SpecLoadOptions {
  /** Reads one file as UTF-8. Default: the file system. Throws when the file is missing. */
  readText?: (file: string) => Promise<string>;
  /** Text of the entry file when the caller already has it (an unsaved editor, stdin). */
  entryText?: string;
  /** Stop following relative `$ref`s after this many files. Default 500. */
  maxFiles?: number;
}

/**
 * Loads a spec from its entry file: parses YAML or JSON keeping positions, follows every relative
 * `$ref` into other files, reports missing, external (http) and circular references as problems,
 * and converts Swagger 2.0 to an OpenAPI 3.0 shape (see {@link convertSwagger2} for the limits).
 * Only an unreadable entry file throws.
 * @throws {ContractsError} `contracts.read` when the entry file cannot be read.
 */
export async function loadSpec(entry: string, options: SpecLoadOptions = {}): Promise<LoadedSpec> {
  const readText = options.readText ?? ((file: string) => readFile(file, 'utf8'));
  const maxFiles = options.maxFiles ?? 500;
  const entryPath = path.resolve(entry);
  let entryText = options.entryText;
  if (entryText === undefined) {
    try {
      entryText = await readText(entryPath);
    } catch (error) {
      throw new ContractsError(
        'contracts.read',
        `cannot read spec ${entry}: check the path exists`,
        {
          cause: error,
        },
      );
    }
  }

  const files = new Map<string, SpecFile>();
  const problems: UnplacedProblem[] = [];
  const refs: RefSite[] = [];
  const addFile = (file: string, text: string): SpecFile => {
    const parsed = parseSpecText(file, text);
    const specFile: SpecFile = {
      path: file,
      format: parsed.format,
      root: parsed.root,
      locator: parsed.locator,
    };
    files.set(file, specFile);
    problems.push(...parsed.problems);
    return specFile;
  };

  const entryFile = addFile(entryPath, entryText);
  const kind = detectKind(entryFile.root);
  const queue: SpecFile[] = [entryFile];
  const failed = new Set<string>();
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const site of collectRefs(next)) {
      refs.push(site);
      if (site.ref.startsWith('#')) {
        // Points into the file it is written in, which is loaded already.
        continue;
      }

      const target = splitRef(site.ref, site.file);
      if (target.external) {
        problems.push({
          ...siteProblem(site),
          severity: 'warning',
          code: 'ref.external',
          message: `external $ref "${site.ref}" is not fetched (no network); its target is not checked`,
        });
        continue;
      }

      if (files.has(target.file) || failed.has(target.file)) {
        continue;
      }
      if (files.size >= maxFiles) {
        failed.add(target.file);
        problems.push({
          ...siteProblem(site),
          severity: 'error',
          code: 'ref.limit',
          message: `more than ${maxFiles} files referenced`,
        });
        continue;
      }
      try {
        queue.push(addFile(target.file, await readText(target.file)));
      } catch {
        failed.add(target.file);
        problems.push({
          ...siteProblem(site),
          severity: 'error',
          code: 'ref.missingFile',
          message: `$ref "${site.ref}" names a file that cannot be read: ${target.file}`,
        });
      }
    }
  }

  const converted = kind === 'swagger-2.0' ? convertSwagger2(entryFile.root) : undefined;
  const spec = new LoadedSpec({
    entry: entryPath,
    kind,
    version: versionOf(entryFile.root),
    document: converted?.document ?? entryFile.root,
    files,
    refs,
    problems,
    toSourcePointer: converted?.toSourcePointer,
  });
  spec.checkRefs(failed);
  return spec;
}

/** Keywords that make an object without `openapi`, `swagger` or `$schema` a JSON Schema. */
const jsonSchemaRootKeys = [
  'properties',
  'type',
  '$defs',
  'definitions',
  'allOf',
  'anyOf',
  'oneOf',
];

function detectKind(root: unknown): SpecKind {
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    return 'unknown';
  }

  const record = root as Record<string, unknown>;
  if (typeof record.openapi === 'string') {
    return record.openapi.startsWith('3.1') ? 'openapi-3.1' : 'openapi-3.0';
  }
  if (record.swagger === '2.0') {
    return 'swagger-2.0';
  }
  if (
    typeof record.$schema === 'string' ||
    typeof record.$id === 'string' ||
    jsonSchemaRootKeys.some((key) => key in record)
  ) {
    return 'json-schema';
  }
  return 'unknown';
}

function versionOf(root: unknown): string {
  const record = (root ?? {}) as Record<string, unknown>;
  return String(record.openapi ?? record.swagger ?? record.$schema ?? '');
}

function siteProblem(site: RefSite): Pick<UnplacedProblem, 'file' | 'pointer'> {
  return { file: site.file, pointer: jsonPointer.join(site.pointer, '$ref') };
}

/** Every `$ref` string in a file, with the pointer of its holder. Iterative: deep files are fine. */
function collectRefs(file: SpecFile): RefSite[] {
  const sites: RefSite[] = [];
  // Two parallel stacks rather than a pair per entry: a large description has ~10^5 containers.
  const root = file.root;
  const values: object[] = root !== null && typeof root === 'object' ? [root] : [];
  const pointers: string[] = [''];
  while (values.length > 0) {
    const value = values.pop()!;
    const pointer = pointers.pop()!;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') {
          values.push(item);
          pointers.push(pointer + '/' + i);
        }
      }
      continue;
    }
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const child = record[key];
      if (key === '$ref' && typeof child === 'string') {
        sites.push({ file: file.path, pointer, ref: child });
      } else if (child !== null && typeof child === 'object' && !isExampleKey(key, child)) {
        values.push(child);
        pointers.push(pointer + '/' + jsonPointer.escape(key));
      }
    }
  }
  return sites;
}

/** Examples hold payloads, not spec: a `$ref` key inside one is data, never followed. */
function isExampleKey(key: string, child: object): boolean {
  return key === 'example' || (key === 'examples' && Array.isArray(child));
}
