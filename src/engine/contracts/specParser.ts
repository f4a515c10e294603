import type { ParseError } from 'jsonc-parser';
import { createJsonLocator, createYamlLocator, type SourceLocator } from './sourceLocator';
import type { UnplacedProblem } from './specTypes';

/** The outcome of parsing one file: a value (possibly partial) and any syntax problems. */
export interface ParsedText {
  readonly format: 'json' | 'yaml';
  readonly root: unknown;
  readonly locator: SourceLocator;
  readonly problems: UnplacedProblem[];
}

/** Aliases expand at most this many times, which stops "billion laughs" documents. */
const maxAliasCount = 1000;

/**
 * Parses a spec file as JSON (by extension or leading `{`/`[`) or YAML. Never throws: syntax
 * errors come back as problems with their line and column, and the value is what could be read.
 */
export function parseSpecText(file: string, text: string): ParsedText {
  const trimmed = text.trimStart();
  const looksJson = /\.json$/i.test(file) || trimmed.startsWith('{') || trimmed.startsWith('[');
  return looksJson && !/\.ya?ml$/i.test(file) ? parseJson(file, text) : parseYaml(file, text);
}

function parseJson(file: string, text: string): ParsedText {
  const locator = createJsonLocator(text);
  try {
    return { format: 'json', root: JSON.parse(text), locator, problems: [] };
  } catch {
    // JSON.parse is the fast path; the tolerant parser loads and runs only to place the error.
  }

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jsonc: typeof import('jsonc-parser') = require('jsonc-parser');
  const errors: ParseError[] = [];
  const root: unknown = jsonc.parse(text, errors, { allowTrailingComma: true });
  const problems = errors.map((error): UnplacedProblem => {
    const { line, column } = offsetToPosition(text, error.offset);
    return {
      file,
      pointer: '',
      severity: 'error',
      code: 'parse',
      message: `JSON syntax: ${jsonc.printParseErrorCode(error.error)}`,
      at: { line, column },
    };
  });
  return { format: 'json', root, locator, problems };
}

function parseYaml(file: string, text: string): ParsedText {
  // Loaded on the first YAML file: a JSON description (the large ones) never pays for it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { LineCounter, parseDocument } = require('yaml') as typeof import('yaml');
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems: UnplacedProblem[] = [...document.errors, ...document.warnings].map((error) => {
    const position = lineCounter.linePos(error.pos[0]);
    return {
      file,
      pointer: '',
      severity: document.errors.includes(error as never) ? 'error' : 'warning',
      code: 'parse',
      message: `YAML: ${error.message.split('\n')[0]}`,
      at: { line: Math.max(position.line, 1), column: Math.max(position.col, 1) },
    };
  });
  let root: unknown;
  try {
    root = document.toJS({ maxAliasCount });
  } catch (error) {
    root = undefined;
    problems.push({
      file,
      pointer: '',
      severity: 'error',
      code: 'parse',
      message: `YAML: ${(error as Error).message}`,
      at: { line: 1, column: 1 },
    });
  }
  return { format: 'yaml', root, locator: createYamlLocator(document, lineCounter), problems };
}

function offsetToPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
