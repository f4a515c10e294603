/**
 * RFC 6901 JSON pointers as used by `$ref`s and by every location this capability reports.
 * Pointers here never carry the leading `#`.
 */
export const jsonPointer = {
  /** Escapes one reference token (`~` → `~0`, `/` → `~1`). */
  escape(token: string | number): string {
    const text = String(token);
    // Most tokens need no escaping; skipping the two replaces matters on a whole-spec walk.
    if (text.indexOf('~') === -1 && text.indexOf('/') === -1) {
      return text;
    }

    return text.replace(/~/g, '~0').replace(/\//g, '~1');
  },

  /** Builds a pointer from tokens: `['paths', '/a']` → `/paths/~1a`. */
  compile(tokens: readonly (string | number)[]): string {
    return tokens.map((token) => '/' + jsonPointer.escape(token)).join('');
  },

  /** Appends tokens to a pointer. */
  join(pointer: string, ...tokens: (string | number)[]): string {
    return pointer + jsonPointer.compile(tokens);
  },

  /**
   * Splits a pointer (with or without a leading `#`, percent-decoded) into tokens.
   * @throws {TypeError} when the pointer does not start with `/` and is not empty.
   */
  parse(pointer: string): string[] {
    let text = pointer.startsWith('#') ? pointer.slice(1) : pointer;
    if (text === '') {
      return [];
    }

    if (text.includes('%')) {
      text = safeDecode(text);
    }
    if (!text.startsWith('/')) {
      throw new TypeError(`expected a JSON pointer starting with "/", got "${pointer}"`);
    }

    const tokens = text.slice(1).split('/');
    if (text.indexOf('~') === -1) {
      return tokens;
    }

    return tokens.map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
  },

  /** The value at a pointer, or `undefined` when any step is missing. */
  get(root: unknown, pointer: string | readonly string[]): unknown {
    const tokens = typeof pointer === 'string' ? jsonPointer.parse(pointer) : pointer;
    let current: unknown = root;
    for (const token of tokens) {
      if (current === null || typeof current !== 'object') {
        return undefined;
      }

      if (!Object.prototype.hasOwnProperty.call(current, token)) {
        return undefined;
      }
      current = (current as Record<string, unknown>)[token];
    }
    return current;
  },
};

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
