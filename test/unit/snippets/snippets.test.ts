import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import ts from 'typescript';
import { expandSnippetBody } from '../../../src/extension/chat/snippetExpander';

const repoRoot = path.resolve(__dirname, '../../..');
const snippetsFile = path.join(repoRoot, 'snippets/captain.code-snippets');
const nodeModules = path.join(repoRoot, 'node_modules');

interface SnippetEntry {
  prefix: string;
  description?: string;
  body: string | string[];
}

/**
 * Express and @types/express are not dependencies of this project, so the Express snippets are
 * checked against this minimal declaration of the part they use (`express()`, `express.raw`,
 * `app.post`, `app.listen`, `req.header`, `req.body`, `res.status/send/sendStatus/json`). It
 * mirrors the real typings' shapes (`req.body` is `any` there too); if a snippet starts using
 * more of Express, extend it here.
 */
const expressDeclaration = `
declare module 'express' {
  interface Request {
    body: any;
    header(name: string): string | undefined;
  }
  interface Response {
    status(code: number): Response;
    send(body?: unknown): Response;
    sendStatus(code: number): Response;
    json(body: unknown): Response;
  }
  type RequestHandler = (req: Request, res: Response, next: (error?: unknown) => void) => void;
  interface Application {
    post(path: string, ...handlers: RequestHandler[]): Application;
    listen(port: number, callback?: () => void): unknown;
  }
  interface Express {
    (): Application;
    raw(options?: { type?: string | string[]; limit?: string | number }): RequestHandler;
    json(options?: { limit?: string | number }): RequestHandler;
  }
  const express: Express;
  export = express;
}
`;

function readSnippets(): Record<string, SnippetEntry> {
  const errors: ParseError[] = [];
  const snippets = parseJsonc(fs.readFileSync(snippetsFile, 'utf8'), errors, {
    allowTrailingComma: true,
  }) as Record<string, SnippetEntry>;
  assert.deepEqual(errors, [], 'snippets file is not valid JSONC');
  return snippets;
}

/** Type-checks `files` together (strict, CommonJS, esModuleInterop, Node types only). */
function typeCheck(files: string[]): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    esModuleInterop: true,
    skipLibCheck: true,
    types: ['node'],
    typeRoots: [path.join(nodeModules, '@types')],
    // The temp folder has no node_modules above it: resolve packages from the project's.
    baseUrl: nodeModules,
    paths: { '*': [path.join(nodeModules, '*')] },
  };
  const program = ts.createProgram(files, options);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!diagnostic.file || diagnostic.start === undefined) {
      return message;
    }

    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${path.basename(diagnostic.file.fileName)}:${line + 1}:${character + 1} ${message}`;
  });
}

describe('snippets/captain.code-snippets', () => {
  const snippets = readSnippets();

  it('gives every snippet a captain- prefix, a description and a body', () => {
    const prefixes = Object.values(snippets).map((snippet) => snippet.prefix);

    assert.ok(prefixes.length >= 13, `expected at least 13 snippets, got ${prefixes.length}`);
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.match(snippet.prefix, /^captain-[a-z0-9-]+$/, name);
      assert.ok(snippet.description, `${name} has no description`);
      assert.ok(snippet.body.length > 0, `${name} has an empty body`);
    }
    assert.equal(new Set(prefixes).size, prefixes.length, 'two snippets share a prefix');
  });

  it('covers each pattern the captain teaches', () => {
    const prefixes = new Set(Object.values(snippets).map((snippet) => snippet.prefix));

    const expected = ['captain-stripe-client', 'captain-oauth-pkce-loopback'];
    expected.push('captain-token-store-encrypted');
    for (const provider of ['stripe', 'github', 'shopify', 'slack', 'standard']) {
      expected.push(`captain-${provider}-webhook-express`, `captain-${provider}-webhook-fetch`);
    }
    for (const prefix of expected) {
      assert.ok(prefixes.has(prefix), `missing ${prefix}`);
    }
  });

  it('type-checks every snippet with its placeholders filled', function () {
    // Loading the Stripe and openid-client typings takes a few seconds on a cold cache.
    this.timeout(120_000);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'captain-snippets-'));
    try {
      fs.writeFileSync(path.join(folder, 'express.d.ts'), expressDeclaration);
      const files = [path.join(folder, 'express.d.ts')];
      for (const snippet of Object.values(snippets)) {
        const file = path.join(folder, `${snippet.prefix}.ts`);
        // `export {}` keeps each file a module even when a snippet has no import or export.
        fs.writeFileSync(file, `${expandSnippetBody(snippet.body)}\nexport {};\n`);
        files.push(file);
      }

      const diagnostics = typeCheck(files);

      assert.deepEqual(diagnostics, []);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('expandSnippetBody', () => {
  it('fills defaults, mirrors, choices and escapes', () => {
    const body = ['const ${1:name} = ${2|a,b|};', 'use($1, \\${x}, $3);$0'];

    const text = expandSnippetBody(body);

    assert.equal(text, 'const name = a;\nuse(name, ${x}, value3);');
  });

  it('expands nested placeholders and variables', () => {
    const text = expandSnippetBody('${1:outer ${2:inner}} $2 ${TM_SELECTED_TEXT:sel} $TM_FILENAME');

    assert.equal(text, 'outer inner inner sel tmFilename');
  });
});
