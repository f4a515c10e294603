import type { SourceLocator } from './sourceLocator';

/** What a loaded file describes. Swagger 2.0 is converted to an OpenAPI 3.0 shape on load. */
export type SpecKind = 'openapi-3.0' | 'openapi-3.1' | 'swagger-2.0' | 'json-schema' | 'unknown';

/** How bad a problem is: only errors make `contract validate` fail. */
export type ProblemSeverity = 'error' | 'warning' | 'info';

/** One problem found in a spec, at an exact place in a file. Lines and columns are 1-based. */
export interface SpecProblem {
  readonly file: string;
  readonly pointer: string;
  readonly line: number;
  readonly column: number;
  readonly severity: ProblemSeverity;
  /** Stable id such as `schema`, `ref.missing`, `ref.external`, `ref.circular`, `parse`. */
  readonly code: string;
  readonly message: string;
}

/** One parsed file of a spec (the entry file or a file reached through a relative `$ref`). */
export interface SpecFile {
  /** Absolute path (or `ref:path` for a file read from git). */
  readonly path: string;
  readonly format: 'json' | 'yaml';
  /** The parsed content as written (not converted, refs not inlined). */
  readonly root: unknown;
  readonly locator: SourceLocator;
}

/** A `$ref` found while loading: where it sits and what it says. */
export interface RefSite {
  readonly file: string;
  /** Pointer of the object that holds the `$ref`. */
  readonly pointer: string;
  readonly ref: string;
}

/** The target of a `$ref` once followed. */
export interface ResolvedRef {
  readonly file: string;
  readonly pointer: string;
  readonly value: unknown;
}

/** A problem before it has a line and column. */
export interface UnplacedProblem {
  readonly file: string;
  readonly pointer: string;
  readonly severity: ProblemSeverity;
  readonly code: string;
  readonly message: string;
  /** A known position (parse errors have no pointer); otherwise the pointer is located. */
  readonly at?: { readonly line: number; readonly column: number };
}

/** Formats a problem the way compilers do: `file:line:col: severity message`. */
export function formatProblem(problem: SpecProblem, relativeTo?: (file: string) => string): string {
  const file = relativeTo === undefined ? problem.file : relativeTo(problem.file);
  return `${file}:${problem.line}:${problem.column}: ${problem.severity} ${problem.message} [${problem.code}]`;
}
