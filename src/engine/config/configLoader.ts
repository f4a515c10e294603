import fs from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { CaptainError } from '../errors';
import type { CaptainConfig } from './captainConfig';
import schema from './captainConfig.schema.json';

/** One thing wrong with a config file, at a 1-based line and column. */
export interface ConfigProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** 0-based offsets of the offending text, for editors. */
  readonly offset: number;
  readonly length: number;
  /** The JSON path of the field, like `webhooks.endpoints.stripe.provider`; empty for the root. */
  readonly field: string;
  readonly message: string;
}

/** The result of reading a config: the config when it is valid, and every problem found. */
export interface ConfigReading {
  readonly config: CaptainConfig | undefined;
  readonly problems: readonly ConfigProblem[];
}

/** Raised by {@link loadConfigFile} when the file cannot be used; carries every problem. */
export class ConfigError extends CaptainError {
  constructor(
    readonly file: string,
    readonly problems: readonly ConfigProblem[],
    options?: { cause?: unknown },
  ) {
    super('config_invalid', problems.map(formatProblem).join('\n'), options);
    this.name = 'ConfigError';
  }
}

let validator: ValidateFunction | undefined;

function compiledValidator(): ValidateFunction {
  if (!validator) {
    // Loaded on first use: ajv is the largest module on the engine's and the editor's start path.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { default: Ajv } = require('ajv') as typeof import('ajv');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { default: addFormats } = require('ajv-formats') as typeof import('ajv-formats');
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(schema);
  }
  return validator;
}

/** `file:line:col: message`, the form compilers and the Problems panel's matchers read. */
export function formatProblem(problem: ConfigProblem): string {
  const where = problem.field ? ` (${problem.field})` : '';
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}${where}`;
}

/**
 * Parses and validates config text. Never throws for bad content: syntax errors and schema
 * violations come back as problems with positions. `${…}` references are left as written.
 */
export function readConfigText(file: string, text: string): ConfigReading {
  const lines = lineStarts(text);
  const syntaxErrors: ParseError[] = [];
  const tree = parseTree(text, syntaxErrors, {
    allowTrailingComma: false,
    disallowComments: false,
  });
  if (syntaxErrors.length > 0 || !tree) {
    const problems = syntaxErrors.map((error) =>
      problemAt(
        file,
        lines,
        error.offset,
        error.length,
        '',
        `syntax error: ${describeParseError(error)}`,
      ),
    );
    if (problems.length === 0) {
      problems.push(problemAt(file, lines, 0, 0, '', 'the file is empty; expected a JSON object'));
    }
    return { config: undefined, problems };
  }

  const value = nodeValue(tree);
  const validate = compiledValidator();
  if (validate(value)) {
    return { config: value as CaptainConfig, problems: [] };
  }

  const problems = (validate.errors ?? []).filter(isUseful).map((error) => {
    const segments = pathSegments(error);
    const node = findNodeAtLocation(tree, segments) ?? nearestNode(tree, segments);
    const target =
      node?.parent?.type === 'property' && error.keyword === 'additionalProperties'
        ? (node.parent.children?.[0] ?? node)
        : (node ?? tree);
    return problemAt(
      file,
      lines,
      target.offset,
      target.length,
      segments.join('.'),
      describeSchemaError(error),
    );
  });
  return { config: undefined, problems: dedupe(problems) };
}

/**
 * Reads a config file from disk.
 * @returns undefined when the file does not exist.
 * @throws {ConfigError} when the file exists but is not valid; the message lists `file:line:col` lines.
 */
export function loadConfigFile(file: string): CaptainConfig | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw new ConfigError(
      file,
      [problemAt(file, [0], 0, 0, '', `cannot read: ${(error as Error).message}`)],
      {
        cause: error,
      },
    );
  }

  const reading = readConfigText(file, text);
  if (!reading.config) {
    throw new ConfigError(file, reading.problems);
  }
  return reading.config;
}

function isUseful(error: ErrorObject): boolean {
  // anyOf/oneOf summaries repeat what their branches already said.
  return error.keyword !== 'if';
}

function pathSegments(error: ErrorObject): string[] {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (error.keyword === 'additionalProperties') {
    segments.push(String(error.params.additionalProperty));
  }
  if (error.keyword === 'propertyNames' && error.params.propertyName) {
    segments.push(String(error.params.propertyName));
  }
  return segments;
}

function describeSchemaError(error: ErrorObject): string {
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown field '${error.params.additionalProperty}'`;
    case 'required':
      return `missing required field '${error.params.missingProperty}'`;
    case 'enum':
      return `expected one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `expected ${error.params.type}`;
    case 'format':
      return `expected a ${error.params.format}`;
    case 'propertyNames':
      return `invalid name '${error.params.propertyName}': use letters, digits, '.', '_' or '-'`;
    default:
      return error.message ?? `fails ${error.keyword}`;
  }
}

function describeParseError(error: ParseError): string {
  return printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

function nearestNode(tree: Node, segments: string[]): Node | undefined {
  for (let depth = segments.length - 1; depth >= 0; depth--) {
    const node = findNodeAtLocation(tree, segments.slice(0, depth));
    if (node) {
      return node;
    }
  }
  return undefined;
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(
        (node.children ?? []).map((property) => [
          property.children![0].value as string,
          property.children![1] ? nodeValue(property.children![1]) : undefined,
        ]),
      );
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      starts.push(index + 1);
    }
  }
  return starts;
}

function problemAt(
  file: string,
  starts: number[],
  offset: number,
  length: number,
  field: string,
  message: string,
): ConfigProblem {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  return { file, line: low + 1, column: offset - starts[low] + 1, offset, length, field, message };
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.offset}:${problem.message}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}
