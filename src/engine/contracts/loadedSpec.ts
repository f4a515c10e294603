import { jsonPointer } from './jsonPointer';
import type { SourcePosition } from './sourceLocator';
import { splitRef } from './refTarget';
import type {
  RefSite,
  ResolvedRef,
  SpecFile,
  SpecKind,
  SpecProblem,
  UnplacedProblem,
} from './specTypes';

/** Longest `$ref` chain followed before giving up (a chain is refs pointing at refs). */
const maxRefChain = 64;

interface LoadedSpecParts {
  readonly entry: string;
  readonly kind: SpecKind;
  readonly version: string;
  readonly document: unknown;
  readonly files: Map<string, SpecFile>;
  readonly refs: RefSite[];
  readonly problems: UnplacedProblem[];
  readonly toSourcePointer?: (pointer: string) => string;
}

/**
 * A spec after {@link loadSpec}: its files, the entry document (converted for Swagger 2.0), every
 * `$ref`, and the problems found while loading. `$ref`s stay in place: {@link deref} follows them
 * one value at a time, so recursive schemas never loop and nothing large is inlined.
 */
export class LoadedSpec {
  readonly entry: string;
  readonly kind: SpecKind;
  /** The `openapi`/`swagger` field, or the JSON Schema `$schema`. */
  readonly version: string;
  /** The entry document as OpenAPI 3 (Swagger 2.0 converted); refs not inlined. */
  readonly document: unknown;
  readonly files: ReadonlyMap<string, SpecFile>;
  readonly refs: readonly RefSite[];
  private readonly unplaced: UnplacedProblem[];
  private readonly toSourcePointer: (pointer: string) => string;
  /**
   * Followed refs by reading (converted, as written), then file, then ref text: a large spec
   * names the same few thousand targets over and over, and each is parsed and followed once.
   */
  private readonly followed = [
    new Map<string, Map<string, ResolvedRef | null>>(),
    new Map<string, Map<string, ResolvedRef | null>>(),
  ] as const;

  constructor(parts: LoadedSpecParts) {
    this.entry = parts.entry;
    this.kind = parts.kind;
    this.version = parts.version;
    this.document = parts.document;
    this.files = parts.files;
    this.refs = parts.refs;
    this.unplaced = parts.problems;
    this.toSourcePointer = parts.toSourcePointer ?? ((pointer) => pointer);
  }

  /** The root a pointer in `file` is read from: the converted document for the entry file. */
  rootOf(file: string): unknown {
    return file === this.entry ? this.document : this.files.get(file)?.root;
  }

  /**
   * Follows one `$ref` written in `fromFile`; undefined when its file or pointer is missing.
   * With `asWritten`, pointers are read in the files as written (a Swagger 2.0 entry's
   * `#/definitions/…` refs), not in the converted document.
   */
  resolveRef(ref: string, fromFile: string, asWritten = false): ResolvedRef | undefined {
    const byFile = this.followed[asWritten ? 1 : 0];
    let byRef = byFile.get(fromFile);
    if (byRef === undefined) {
      byRef = new Map();
      byFile.set(fromFile, byRef);
    }

    const known = byRef.get(ref);
    if (known !== undefined) {
      return known ?? undefined;
    }

    const resolved = this.followRef(ref, fromFile, asWritten);
    byRef.set(ref, resolved ?? null);
    return resolved;
  }

  private followRef(ref: string, fromFile: string, asWritten: boolean): ResolvedRef | undefined {
    const target = splitRef(ref, fromFile);
    if (target.external || !this.files.has(target.file)) {
      return undefined;
    }

    let tokens: string[];
    try {
      tokens = jsonPointer.parse(target.pointer);
    } catch {
      return undefined;
    }
    const pointer = jsonPointer.compile(tokens);
    const root = asWritten ? this.files.get(target.file)?.root : this.rootOf(target.file);
    const value = jsonPointer.get(root, tokens);
    return value === undefined ? undefined : { file: target.file, pointer, value };
  }

  /**
   * Follows `$ref`s from a value until it reaches one that is not a reference. Returns the last
   * place reached; a broken or looping chain returns `value: undefined`.
   */
  deref(value: unknown, file: string, pointer: string, asWritten = false): ResolvedRef {
    let current: ResolvedRef = { file, pointer, value };
    for (let step = 0; step < maxRefChain; step++) {
      const ref = refOf(current.value);
      if (ref === undefined) {
        return current;
      }

      const next = this.resolveRef(ref, current.file, asWritten);
      if (next === undefined) {
        return { ...current, value: undefined };
      }
      current = next;
    }
    return { ...current, value: undefined };
  }

  /** Line and column of a pointer in a file (converted pointers are mapped back first). */
  locate(file: string, pointer: string): SourcePosition {
    const source = file === this.entry ? this.toSourcePointer(pointer) : pointer;
    return this.files.get(file)?.locator.locate(source) ?? { line: 1, column: 1 };
  }

  /** Lines and columns of many pointers of one file, in one scan. */
  locateMany(file: string, pointers: readonly string[]): Map<string, SourcePosition> {
    const sources = pointers.map((pointer) =>
      file === this.entry ? this.toSourcePointer(pointer) : pointer,
    );
    const found =
      this.files.get(file)?.locator.locateMany(sources) ?? new Map<string, SourcePosition>();
    return new Map(
      pointers.map((pointer, i) => [pointer, found.get(sources[i]!) ?? { line: 1, column: 1 }]),
    );
  }

  /** Places problems (one scan per file) and returns them sorted by file, line and column. */
  place(problems: readonly UnplacedProblem[]): SpecProblem[] {
    const byFile = new Map<string, string[]>();
    for (const problem of problems) {
      if (problem.at === undefined) {
        const source =
          problem.file === this.entry ? this.toSourcePointer(problem.pointer) : problem.pointer;
        const list = byFile.get(problem.file);
        if (list === undefined) {
          byFile.set(problem.file, [source]);
        } else {
          list.push(source);
        }
      }
    }

    const positions = new Map<string, Map<string, SourcePosition>>();
    for (const [file, pointers] of byFile) {
      positions.set(file, this.files.get(file)?.locator.locateMany(pointers) ?? new Map());
    }
    return problems
      .map((problem): SpecProblem => {
        const source =
          problem.file === this.entry ? this.toSourcePointer(problem.pointer) : problem.pointer;
        const at = problem.at ?? positions.get(problem.file)?.get(source) ?? { line: 1, column: 1 };
        return { ...problem, line: at.line, column: at.column, at: undefined } as SpecProblem;
      })
      .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  }

  /** Problems found while loading (parse errors, broken and circular `$ref`s), placed. */
  loadProblems(): SpecProblem[] {
    return this.place(this.unplaced);
  }

  /**
   * Checks every `$ref` resolves, reports chains of refs that loop (never reaching a value) as
   * errors and recursive schemas as info (they are legal and handled with cycle guards).
   * Called once by the loader.
   */
  checkRefs(unreadableFiles: ReadonlySet<string>): void {
    const targets = new Map<string, RefSite[]>();
    const keys = new Map<ResolvedRef, string>();
    for (const site of this.refs) {
      // A ref into its own file (most of them) is never external and its file was read.
      if (!site.ref.startsWith('#')) {
        const target = splitRef(site.ref, site.file);
        if (target.external || unreadableFiles.has(target.file)) {
          continue;
        }
      }

      // Sites are read from the files as written, so they resolve there too.
      const resolved = this.resolveRef(site.ref, site.file, true);
      if (resolved === undefined) {
        this.unplaced.push({
          file: site.file,
          pointer: jsonPointer.join(site.pointer, '$ref'),
          severity: 'error',
          code: 'ref.missing',
          message: `$ref "${site.ref}" points at nothing`,
        });
        continue;
      }
      if (
        refOf(resolved.value) !== undefined &&
        this.deref(resolved.value, resolved.file, resolved.pointer, true).value === undefined
      ) {
        this.unplaced.push({
          file: site.file,
          pointer: jsonPointer.join(site.pointer, '$ref'),
          severity: 'error',
          code: 'ref.circular',
          message: `$ref "${site.ref}" starts a chain of references that never reaches a value`,
        });
        continue;
      }
      // Resolutions are shared, so each target's key is built once however often it is named.
      let key = keys.get(resolved);
      if (key === undefined) {
        key = resolved.file + '#' + resolved.pointer;
        keys.set(resolved, key);
      }
      const list = targets.get(key);
      if (list === undefined) {
        targets.set(key, [site]);
      } else {
        list.push(site);
      }
    }
    this.reportRecursion(targets);
  }

  private reportRecursion(targets: Map<string, RefSite[]>): void {
    const sitesByFile = new Map<string, RefSite[]>();
    for (const site of this.refs) {
      const list = sitesByFile.get(site.file);
      if (list === undefined) {
        sitesByFile.set(site.file, [site]);
      } else {
        list.push(site);
      }
    }
    for (const sites of sitesByFile.values()) {
      sites.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
    }

    const edges = (key: string): { site: RefSite; target: string }[] => {
      const hash = key.indexOf('#');
      const file = key.slice(0, hash);
      const pointer = key.slice(hash + 1);
      const sites = sitesByFile.get(file) ?? [];
      const result: { site: RefSite; target: string }[] = [];
      const below = pointer + '/';
      for (let i = lowerBound(sites, pointer); i < sites.length; i++) {
        const site = sites[i]!;
        if (site.pointer !== pointer && !site.pointer.startsWith(below)) {
          break;
        }

        const resolved = this.resolveRef(site.ref, site.file, true);
        if (resolved !== undefined) {
          result.push({ site, target: resolved.file + '#' + resolved.pointer });
        }
      }
      return result;
    };

    const state = new Map<string, 'open' | 'done'>();
    const reported = new Set<string>();
    for (const start of targets.keys()) {
      if (state.has(start)) {
        continue;
      }

      // Iterative depth-first search: a back edge to an open target closes a cycle.
      const stack: { key: string; edges: { site: RefSite; target: string }[]; next: number }[] = [
        { key: start, edges: edges(start), next: 0 },
      ];
      state.set(start, 'open');
      while (stack.length > 0) {
        const frame = stack[stack.length - 1]!;
        const edge = frame.edges[frame.next++];
        if (edge === undefined) {
          state.set(frame.key, 'done');
          stack.pop();
          continue;
        }

        const seen = state.get(edge.target);
        if (seen === 'open' && !reported.has(edge.target)) {
          reported.add(edge.target);
          this.unplaced.push({
            file: edge.site.file,
            pointer: jsonPointer.join(edge.site.pointer, '$ref'),
            severity: 'info',
            code: 'ref.circular',
            message: `$ref "${edge.site.ref}" is recursive (a schema that contains itself); followed with cycle guards`,
          });
        } else if (seen === undefined) {
          state.set(edge.target, 'open');
          stack.push({ key: edge.target, edges: edges(edge.target), next: 0 });
        }
      }
    }
  }
}

/** The `$ref` string of a reference object, or undefined. */
export function refOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') {
    return undefined;
  }

  const ref = (value as { $ref?: unknown }).$ref;
  return typeof ref === 'string' ? ref : undefined;
}

function lowerBound(sites: readonly RefSite[], pointer: string): number {
  let low = 0;
  let high = sites.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sites[middle]!.pointer < pointer) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}
