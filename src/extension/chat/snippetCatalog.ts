import * as vscode from 'vscode';
import { parse as parseJsonc } from 'jsonc-parser';
import { expandSnippetBody } from './snippetExpander';

/** One snippet of `snippets/captain.code-snippets`. */
export interface CaptainSnippet {
  readonly name: string;
  readonly prefix: string;
  readonly description: string;
  /** Snippet syntax, for `insertSnippet`. */
  readonly body: string;
  /** The body with every placeholder at its default, for showing in chat. */
  readonly expanded: string;
}

/** Reads the extension's snippet file once and serves snippets by prefix. */
export class SnippetCatalog {
  private loaded: Promise<Map<string, CaptainSnippet>> | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  async get(prefix: string): Promise<CaptainSnippet | undefined> {
    return (await this.all()).get(prefix);
  }

  async list(): Promise<CaptainSnippet[]> {
    return [...(await this.all()).values()];
  }

  /** Opens the snippet in a new untitled TypeScript editor, with its tab stops live. */
  async openInEditor(prefix: string): Promise<boolean> {
    const snippet = await this.get(prefix);
    if (!snippet) {
      return false;
    }

    const document = await vscode.workspace.openTextDocument({
      language: 'typescript',
      content: '',
    });
    const editor = await vscode.window.showTextDocument(document);
    return editor.insertSnippet(new vscode.SnippetString(snippet.body));
  }

  private all(): Promise<Map<string, CaptainSnippet>> {
    this.loaded ??= (async () => {
      const uri = vscode.Uri.joinPath(this.extensionUri, 'snippets', 'captain.code-snippets');
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const entries = parseJsonc(text, [], { allowTrailingComma: true }) as Record<
        string,
        { prefix: string; description?: string; body: string | string[] }
      >;
      return new Map(
        Object.entries(entries).map(([name, entry]) => {
          const body = Array.isArray(entry.body) ? entry.body.join('\n') : entry.body;
          const snippet = {
            name,
            prefix: entry.prefix,
            description: entry.description ?? '',
            body,
            expanded: expandSnippetBody(body),
          };
          return [entry.prefix, snippet] as const;
        }),
      );
    })();
    return this.loaded;
  }
}
