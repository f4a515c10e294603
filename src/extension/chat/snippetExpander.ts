/**
 * Expands VS Code snippet syntax into plain text: what the user would see after accepting every
 * default. Pure (no `vscode` import) so the snippet test and the chat's no-model answer share it.
 *
 * Rules: `${1:default}` → its default (expanded recursively); `$1` / `${1}` → the default given
 * to tab stop 1 elsewhere in the body, else `identifierFor(1)`; `${1|a,b|}` → `a`; `$0` → '';
 * variables (`$TM_FILENAME`, `${NAME:default}`) → their default, else the variable name in
 * lower camel case; `\$`, `\}` and `\\` → the escaped character.
 */
export function expandSnippetBody(
  body: string | readonly string[],
  identifierFor: (tabStop: number) => string = (tabStop) => `value${tabStop}`,
): string {
  const text = typeof body === 'string' ? body : body.join('\n');
  const nodes = new SnippetParser(text).parseUntil(undefined);
  const defaults = new Map<number, SnippetNode[]>();
  collectDefaults(nodes, defaults);
  return render(nodes, defaults, identifierFor);
}

type SnippetNode =
  | { kind: 'text'; text: string }
  | { kind: 'tabStop'; index: number; children?: SnippetNode[]; choices?: string[] }
  | { kind: 'variable'; name: string; children?: SnippetNode[] };

/** A small recursive-descent reader of the TextMate snippet grammar VS Code uses. */
class SnippetParser {
  private position = 0;

  constructor(private readonly source: string) {}

  /** Reads nodes until `stop` (an unescaped `}`) or the end; consumes the stop character. */
  parseUntil(stop: '}' | undefined): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) {
        nodes.push({ kind: 'text', text });
        text = '';
      }
    };

    while (this.position < this.source.length) {
      const char = this.source[this.position];
      if (char === '\\' && '$}\\'.includes(this.source[this.position + 1] ?? '')) {
        text += this.source[this.position + 1];
        this.position += 2;
        continue;
      }

      if (stop && char === stop) {
        this.position += 1;
        flush();
        return nodes;
      }

      if (char === '$') {
        const node = this.readDollar();
        if (node) {
          flush();
          nodes.push(node);
          continue;
        }
      }

      text += char;
      this.position += 1;
    }
    flush();
    return nodes;
  }

  /** Reads a placeholder or variable at `$`; undefined (consuming nothing) when it is neither. */
  private readDollar(): SnippetNode | undefined {
    const rest = this.source.slice(this.position + 1);
    const bare = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
    if (bare) {
      this.position += 1 + bare[1].length;
      return nodeFor(bare[1]);
    }

    const braced = /^\{(\d+|[A-Za-z_][A-Za-z0-9_]*)([:|}])/.exec(rest);
    if (!braced) {
      return undefined;
    }

    this.position += 1 + braced[0].length;
    const [, name, separator] = braced;
    if (separator === '}') {
      return nodeFor(name);
    }

    if (separator === '|') {
      const end = this.source.indexOf('|}', this.position);
      const choices = this.source.slice(this.position, end).split(',');
      this.position = end + 2;
      return { kind: 'tabStop', index: Number(name), choices };
    }

    const children = this.parseUntil('}');
    return /^\d+$/.test(name)
      ? { kind: 'tabStop', index: Number(name), children }
      : { kind: 'variable', name, children };
  }
}

function nodeFor(name: string): SnippetNode {
  return /^\d+$/.test(name) ? { kind: 'tabStop', index: Number(name) } : { kind: 'variable', name };
}

function collectDefaults(nodes: SnippetNode[], defaults: Map<number, SnippetNode[]>): void {
  for (const node of nodes) {
    if (node.kind === 'text' || !node.children) {
      continue;
    }

    if (node.kind === 'tabStop' && !defaults.has(node.index)) {
      defaults.set(node.index, node.children);
    }
    collectDefaults(node.children, defaults);
  }
}

function render(
  nodes: SnippetNode[],
  defaults: Map<number, SnippetNode[]>,
  identifierFor: (tabStop: number) => string,
): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') {
        return node.text;
      }

      if (node.kind === 'variable') {
        return node.children
          ? render(node.children, defaults, identifierFor)
          : node.name
              .toLowerCase()
              .replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
      }

      if (node.choices) {
        return node.choices[0] ?? '';
      }

      const children = node.children ?? defaults.get(node.index);
      if (children) {
        return render(children, defaults, identifierFor);
      }

      return node.index === 0 ? '' : identifierFor(node.index);
    })
    .join('');
}
