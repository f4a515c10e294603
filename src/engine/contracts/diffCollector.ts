import { diffRules, type ChangeLevel, type DiffRuleId } from './diffRules';
import type { LoadedSpec } from './loadedSpec';
import type { SourcePosition } from './sourceLocator';

/** Where a change is: which side, which file and pointer, which line. Lines are 1-based. */
export interface ChangeLocation {
  readonly side: 'base' | 'head';
  readonly file: string;
  readonly pointer: string;
  readonly line: number;
  readonly column: number;
}

/** One change between two specs. */
export interface SpecChange {
  readonly rule: DiffRuleId;
  readonly level: ChangeLevel;
  readonly message: string;
  /** Operations affected (`GET /users/{}`), at most {@link maxOperationsPerChange}. */
  readonly operations: string[];
  readonly location: ChangeLocation;
}

/** A shared schema changed once is reported once, naming up to this many operations. */
export const maxOperationsPerChange = 20;

/** A place in one side of the diff before it has a line. */
export interface DiffSite {
  readonly side: 'base' | 'head';
  readonly file: string;
  readonly pointer: string;
}

/** Gathers changes, one per rule and place, and places them on lines at the end. */
export class DiffCollector {
  private readonly changes = new Map<
    string,
    { rule: DiffRuleId; message: string; site: DiffSite; operations: Set<string> }
  >();
  operation = '';

  constructor(
    private readonly base: LoadedSpec,
    private readonly head: LoadedSpec,
  ) {}

  /** Records a change for the current {@link operation}; returns its key for {@link credit}. */
  add(rule: DiffRuleId, site: DiffSite, message: string): string {
    const key = `${rule}|${site.side}|${site.file}|${site.pointer}`;
    if (this.changes.has(key)) {
      this.credit(key);
      return key;
    }

    this.changes.set(key, {
      rule,
      message,
      site,
      operations: new Set(this.operation === '' ? [] : [this.operation]),
    });
    return key;
  }

  /** Names the current {@link operation} on a change already recorded (a shared schema). */
  credit(key: string): void {
    const existing = this.changes.get(key);
    if (
      existing !== undefined &&
      this.operation !== '' &&
      existing.operations.size < maxOperationsPerChange
    ) {
      existing.operations.add(this.operation);
    }
  }

  /** The changes, breaking first, each with its line and column. */
  result(): SpecChange[] {
    const pending = [...this.changes.values()];
    const wanted = new Map<string, string[]>();
    for (const change of pending) {
      const key = change.site.side + '\n' + change.site.file;
      const list = wanted.get(key);
      if (list === undefined) {
        wanted.set(key, [change.site.pointer]);
      } else {
        list.push(change.site.pointer);
      }
    }
    // One scan per file: locating a pointer in a large JSON file rescans it.
    const positions = new Map<string, Map<string, SourcePosition>>();
    for (const [key, pointers] of wanted) {
      const [side, file] = key.split('\n') as ['base' | 'head', string];
      positions.set(key, (side === 'base' ? this.base : this.head).locateMany(file, pointers));
    }
    const list = pending.map((change): SpecChange => {
      const position = positions
        .get(change.site.side + '\n' + change.site.file)
        ?.get(change.site.pointer) ?? { line: 1, column: 1 };
      return {
        rule: change.rule,
        level: diffRules[change.rule].level,
        message: change.message,
        operations: [...change.operations],
        location: { ...change.site, line: position.line, column: position.column },
      };
    });
    return list.sort(
      (a, b) =>
        (a.level === b.level ? 0 : a.level === 'breaking' ? -1 : 1) ||
        a.location.file.localeCompare(b.location.file) ||
        a.location.line - b.location.line,
    );
  }
}
