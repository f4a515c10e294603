import type { Document, LineCounter, Node } from 'yaml';
import { skimJson } from './jsonSkimmer';
import { jsonPointer } from './jsonPointer';

/** A 1-based line and column in a spec file. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Maps JSON pointers of one parsed file to line and column. Positions are found on demand, so a
 * 13 MB description costs nothing until a problem needs a place: JSON is rescanned once per batch
 * skipping every subtree that holds no wanted pointer; YAML reads the node ranges of its document.
 * A pointer that does not exist maps to its nearest existing ancestor (a missing property is
 * reported on the object that lacks it). A property maps to its key, an array item to its start.
 */
export interface SourceLocator {
  locate(pointer: string): SourcePosition;
  locateMany(pointers: readonly string[]): Map<string, SourcePosition>;
}

const fileStart: SourcePosition = { line: 1, column: 1 };

/** A locator for JSON text (comments and trailing commas tolerated). */
export function createJsonLocator(text: string): SourceLocator {
  const cache = new Map<string, SourcePosition>();
  let lineStarts: number[] | undefined;
  const locateMany = (pointers: readonly string[]): Map<string, SourcePosition> => {
    const missing = pointers.filter((pointer) => !cache.has(pointer));
    if (missing.length > 0) {
      lineStarts ??= lineStartsOf(text);
      scanJson(text, missing, cache, lineStarts);
    }

    const result = new Map<string, SourcePosition>();
    for (const pointer of pointers) {
      result.set(pointer, cache.get(pointer) ?? fileStart);
    }
    return result;
  };

  return {
    locate: (pointer) => locateMany([pointer]).get(pointer) ?? fileStart,
    locateMany,
  };
}

interface Frame {
  readonly pointer: string;
  readonly isArray: boolean;
  index: number;
  key: string;
}

function scanJson(
  text: string,
  pointers: readonly string[],
  cache: Map<string, SourcePosition>,
  lineStarts: readonly number[],
): void {
  const prefixes = new Set<string>(['']);
  for (const pointer of pointers) {
    const tokens = jsonPointer.parse(pointer);
    for (let i = 1; i <= tokens.length; i++) {
      prefixes.add(jsonPointer.compile(tokens.slice(0, i)));
    }
  }
  let found = new Map<string, SourcePosition>();
  try {
    for (const [pointer, offset] of skimJson(text, prefixes)) {
      found.set(pointer, positionAt(lineStarts, offset));
    }
  } catch {
    // Text the skimmer cannot follow: the tolerant tokenizer below places what it can.
    found = scanJsonTokens(text, prefixes);
  }
  for (const pointer of pointers) {
    cache.set(pointer, nearest(pointer, found));
  }
}

/** Offsets where each line starts (after `\n`, `\r\n` or a lone `\r`). */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      starts.push(i + 1);
    }
  }
  return starts;
}

function positionAt(lineStarts: readonly number[], offset: number): SourcePosition {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}

function scanJsonTokens(text: string, prefixes: ReadonlySet<string>): Map<string, SourcePosition> {
  const found = new Map<string, SourcePosition>();
  const stack: Frame[] = [];
  const record = (pointer: string, line: number, character: number): void => {
    if (prefixes.has(pointer) && !found.has(pointer)) {
      found.set(pointer, { line: line + 1, column: character + 1 });
    }
  };
  const valuePointer = (line: number, character: number): string => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) {
      record('', line, character);
      return '';
    }

    if (!parent.isArray) {
      return parent.pointer + '/' + jsonPointer.escape(parent.key);
    }
    const pointer = parent.pointer + '/' + parent.index;
    parent.index++;
    record(pointer, line, character);
    return pointer;
  };
  const begin = (isArray: boolean) => (_o: number, _l: number, line: number, character: number) => {
    const pointer = valuePointer(line, character);
    stack.push({ pointer, isArray, index: 0, key: '' });
    // Children of a subtree that holds no wanted pointer are skipped, which keeps a full scan of a
    // large description to one fast pass of the tokenizer.
    return prefixes.has(pointer) ? undefined : false;
  };

  // Loaded only for text the skimmer cannot follow.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { visit } = require('jsonc-parser') as typeof import('jsonc-parser');
  visit(
    text,
    {
      onObjectBegin: begin(false),
      onArrayBegin: begin(true),
      onObjectEnd: () => void stack.pop(),
      onArrayEnd: () => void stack.pop(),
      onObjectProperty: (property, _o, _l, line, character) => {
        const frame = stack[stack.length - 1];
        if (frame !== undefined) {
          frame.key = property;
          record(frame.pointer + '/' + jsonPointer.escape(property), line, character);
        }
      },
      onLiteralValue: (_v, _o, _l, line, character) => void valuePointer(line, character),
    },
    { allowTrailingComma: true, disallowComments: false },
  );
  return found;
}

function nearest(pointer: string, found: Map<string, SourcePosition>): SourcePosition {
  let tokens = jsonPointer.parse(pointer);
  while (tokens.length > 0) {
    const position = found.get(jsonPointer.compile(tokens));
    if (position !== undefined) {
      return position;
    }

    tokens = tokens.slice(0, -1);
  }
  return found.get('') ?? fileStart;
}

/** A locator for a parsed YAML document and the line counter used while parsing it. */
export function createYamlLocator(document: Document, lineCounter: LineCounter): SourceLocator {
  // Required here rather than at the top so JSON specs never load the YAML parser; a YAML
  // document exists only once it is loaded.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { isMap, isScalar, isSeq } = require('yaml') as typeof import('yaml');
  const locate = (pointer: string): SourcePosition => {
    let node: unknown = document.contents;
    let offset = (node as Node | null)?.range?.[0] ?? 0;
    for (const token of jsonPointer.parse(pointer)) {
      if (isMap(node)) {
        const pair = node.items.find((item) => {
          const key = isScalar(item.key) ? item.key.value : item.key;
          return String(key) === token;
        });
        if (pair === undefined) {
          break;
        }

        offset = (pair.key as Node | null)?.range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(token)];
        if (item === undefined) {
          break;
        }

        offset = (item as Node | null)?.range?.[0] ?? offset;
        node = item;
      } else {
        break;
      }
    }
    const position = lineCounter.linePos(offset);
    return { line: Math.max(position.line, 1), column: Math.max(position.col, 1) };
  };

  return {
    locate,
    locateMany: (pointers) => new Map(pointers.map((pointer) => [pointer, locate(pointer)])),
  };
}
