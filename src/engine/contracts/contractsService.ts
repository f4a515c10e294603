import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { EngineContext } from '../engineContext';
import { ContractsError } from './contractsError';
import type {
  ContractsChange,
  ContractsDiffResult,
  ContractsListResult,
  ContractsPactResult,
  ContractsSpecItem,
  ContractsValidation,
} from './contractsProtocol';
import { jsonPointer } from './jsonPointer';
import { splitRef } from './refTarget';
import type { LoadedSpec } from './loadedSpec';
import { checkPact } from './pactChecker';
import { readPact } from './pactFile';
import { PayloadValidator, type PayloadCheck, type PayloadTarget } from './payloadValidator';
import { defaultSpecGlobs, discoverSpecs } from './specDiscovery';
import { diffSpecs } from './specDiff';
import { loadSpec } from './specLoader';
import { loadSpecSource } from './specSource';
import { specOutline } from './specOutline';
import { validateLoadedSpec } from './specValidator';
import type { SpecProblem } from './specTypes';
import { checkWebhookEvent, type WebhookDrift } from './webhookEventChecker';

/** Globs of Pact files when `contracts.pacts` is not configured. */
export const defaultPactGlobs = ['**/pacts/**/*.json'];

interface CachedSpec {
  readonly stamp: string;
  readonly spec: LoadedSpec;
  problems?: SpecProblem[];
  validator?: PayloadValidator;
}

/**
 * The contracts work of the engine process: finds the workspace's specs and pacts, keeps each
 * loaded spec (keyed by path and modification time) with its validation and compiled payload
 * validators, and announces changed results on topic `contracts`.
 */
export class ContractsService {
  private readonly cache = new Map<string, CachedSpec>();
  private readonly breaking = new Map<string, number>();
  private readonly signatures = new Map<string, string>();

  constructor(
    private readonly context: Pick<
      EngineContext,
      'workspaceFolder' | 'config' | 'notify' | 'log' | 'now'
    >,
  ) {}

  /** Spec files by `contracts.specs` (or the defaults), absolute and sorted. */
  specFiles(): Promise<string[]> {
    return discoverSpecs(
      this.context.workspaceFolder,
      this.context.config().contracts?.specs ?? defaultSpecGlobs,
    );
  }

  /** Every spec with its operations, webhooks and state. Validates specs not seen before. */
  async list(): Promise<ContractsListResult> {
    const specs: ContractsSpecItem[] = [];
    for (const file of await this.specFiles()) {
      const relative = this.relative(file);
      try {
        const entry = await this.load(file);
        const problems = this.problemsOf(entry).filter((p) => p.severity !== 'info');
        const breaking = this.breaking.get(file) ?? null;
        const state =
          breaking !== null && breaking > 0
            ? 'breaking'
            : problems.length > 0
              ? 'problems'
              : 'valid';
        const outline = specOutline(entry.spec);
        specs.push({
          file,
          relative,
          files: specFilesOf(entry.spec),
          ...outline,
          operations: outline.operations.map((operation) => ({
            ...operation,
            problems: countProblemsUnder(problems, operation.file, operation.pointer),
          })),
          webhooks: outline.webhooks.map((webhook) => ({
            ...webhook,
            problems: countProblemsUnder(problems, webhook.file, webhook.pointer),
          })),
          state,
          problems: problems.length,
          breaking,
        });
      } catch (error) {
        specs.push({
          file,
          relative,
          kind: 'unknown',
          title: path.basename(file),
          version: '',
          files: [file],
          state: 'unreadable',
          problems: 0,
          breaking: null,
          operations: [],
          webhooks: [],
          reason: (error as Error).message,
        });
      }
    }
    return { specs };
  }

  /** Validates one spec (with unsaved `text`) or all; announces results that changed. */
  async validate(file?: string, text?: string): Promise<ContractsValidation[]> {
    const files = file === undefined ? await this.specFiles() : [this.absolute(file)];
    const results: ContractsValidation[] = [];
    for (const each of files) {
      const started = this.context.now();
      const entry =
        text !== undefined && each === files[0]
          ? { stamp: 'unsaved', spec: await loadSpec(each, { entryText: text }) }
          : await this.load(each);
      const problems = this.problemsOf(entry);
      results.push({
        file: each,
        kind: entry.spec.kind,
        valid: !problems.some((p) => p.severity === 'error'),
        durationMs: this.context.now() - started,
        problems,
      });
      const signature = problems.map((p) => `${p.file}:${p.line}:${p.column}:${p.code}`).join('|');
      if (this.signatures.get(each) !== signature) {
        this.signatures.set(each, signature);
        this.context.notify({ topic: 'contracts', reason: 'validated', key: each });
      }
    }
    return results;
  }

  /**
   * Diffs the working copy of a spec against the same path at a git ref. Changes are placed in
   * the working copy: a removed thing points at its nearest parent that still exists.
   * @throws {ContractsError} `contracts.git` for a bad ref or an untracked file.
   */
  async diff(file: string, ref = 'HEAD'): Promise<ContractsDiffResult> {
    const absolute = this.absolute(file);
    const [base, head] = await Promise.all([
      loadSpecSource(
        { label: `${ref}:${this.relative(absolute)}`, file: absolute, gitRef: ref },
        this.context.workspaceFolder,
      ),
      this.load(absolute).then((entry) => entry.spec),
    ]);
    const result = diffSpecs(base, head);
    const changes: ContractsChange[] = result.changes.map((change) => {
      const at =
        change.location.side === 'head'
          ? change.location
          : placeInHead(head, change.location.file, change.location.pointer);
      return {
        rule: change.rule,
        level: change.level,
        message: change.message,
        operations: change.operations,
        file: at.file,
        line: at.line,
        column: at.column,
      };
    });
    this.breaking.set(absolute, result.breaking);
    this.context.notify({ topic: 'contracts', reason: 'diffed', key: absolute });
    return {
      file: absolute,
      ref,
      breaking: result.breaking,
      nonBreaking: result.nonBreaking,
      changes,
    };
  }

  /** Checks one payload against a spec's operation, webhook, callback or schema. */
  async checkPayload(file: string, target: PayloadTarget, payload: unknown): Promise<PayloadCheck> {
    return this.validatorOf(await this.load(this.absolute(file))).check(target, payload);
  }

  /** Checks a captured webhook event against the workspace's specs (and `contracts.webhookSchemas`). */
  async checkWebhookEvent(eventType: string, payload: unknown): Promise<WebhookDrift> {
    const { specs } = await this.loadedSpecs();
    return checkWebhookEvent(eventType, payload, specs, this.webhookSchemaRefs(), (spec) =>
      this.validatorOfSpec(spec),
    );
  }

  /**
   * Every readable spec, loaded (from the cache when unchanged), with a stamp that changes when
   * a spec is added, removed or modified. Unreadable specs are left out.
   */
  async loadedSpecs(): Promise<{ stamp: string; specs: LoadedSpec[] }> {
    const specs: LoadedSpec[] = [];
    const stamps: string[] = [];
    for (const file of await this.specFiles()) {
      const entry = await this.load(file).catch(() => undefined);
      stamps.push(`${file}@${entry?.stamp ?? 'unreadable'}`);
      if (entry !== undefined) {
        specs.push(entry.spec);
      }
    }
    return { stamp: stamps.join('|'), specs };
  }

  /** `contracts.webhookSchemas` with each ref's file made absolute (`#/…` refs stay as written). */
  webhookSchemaRefs(): Record<string, string> {
    const refs = Object.entries(this.context.config().contracts?.webhookSchemas ?? {});
    return Object.fromEntries(
      refs.map(([type, ref]) => {
        const hash = ref.indexOf('#');
        return [type, hash > 0 ? this.absolute(ref.slice(0, hash)) + ref.slice(hash) : ref];
      }),
    );
  }

  /** The cached payload validator of a loaded spec (a fresh one if the spec is not cached). */
  validatorOfSpec(spec: LoadedSpec): PayloadValidator {
    const entry = this.cache.get(spec.entry);
    return entry !== undefined && entry.spec === spec
      ? this.validatorOf(entry)
      : new PayloadValidator(spec);
  }

  /** Path relative to the workspace folder, with `/`. */
  relative(file: string): string {
    return path.relative(this.context.workspaceFolder, file).split(path.sep).join('/');
  }

  /** Checks pact files (one, or all found by `contracts.pacts`) against their provider's spec. */
  async checkPacts(pactFile?: string, specFile?: string): Promise<ContractsPactResult[]> {
    const pacts =
      pactFile !== undefined
        ? [this.absolute(pactFile)]
        : await discoverSpecs(
            this.context.workspaceFolder,
            this.context.config().contracts?.pacts ?? defaultPactGlobs,
          );
    const specFiles =
      specFile !== undefined ? [this.absolute(specFile)] : await this.apiSpecFiles();
    const results: ContractsPactResult[] = [];
    for (const file of pacts) {
      try {
        const pact = readPact(await readFile(file, 'utf8'), this.relative(file));
        const spec =
          specFiles.length === 1 ? specFiles[0] : await this.providerSpec(pact.provider, specFiles);
        if (spec === undefined) {
          results.push({
            pact: file,
            valid: false,
            reason: `no spec names the provider "${pact.provider}": pass a spec or set its info.title`,
          });
          continue;
        }
        results.push({
          pact: file,
          spec,
          ...checkPact(pact, this.validatorOf(await this.load(spec))),
        });
      } catch (error) {
        results.push({ pact: file, valid: false, reason: (error as Error).message });
      }
    }
    return results;
  }

  /**
   * Discovered specs less the JSON Schema files: those describe no operations, so a pact can
   * never be checked against one. Unreadable files stay, to be reported where they are used.
   */
  private async apiSpecFiles(): Promise<string[]> {
    const files: string[] = [];
    for (const file of await this.specFiles()) {
      const kind = await this.load(file).then(
        (entry) => entry.spec.kind,
        () => undefined,
      );
      if (kind !== 'json-schema') {
        files.push(file);
      }
    }
    return files;
  }

  private async providerSpec(
    provider: string,
    specFiles: readonly string[],
  ): Promise<string | undefined> {
    const wanted = normalize(provider);
    for (const file of specFiles) {
      const title = await this.load(file).then(
        (entry) => specOutline(entry.spec).title,
        () => '',
      );
      if (normalize(title) === wanted || normalize(path.basename(file)).startsWith(wanted)) {
        return file;
      }
    }
    return undefined;
  }

  /**
   * The loaded spec of a file, from the cache while the modification time and size of every
   * file it was loaded from (and every file it references that was missing) hold.
   */
  private async load(file: string): Promise<CachedSpec> {
    try {
      await stat(file);
    } catch (error) {
      throw new ContractsError(
        'contracts.read',
        `cannot read spec ${this.relative(file)}: check the path exists`,
        { cause: error },
      );
    }
    const cached = this.cache.get(file);
    if (cached !== undefined && cached.stamp === (await stampOf(specFilesOf(cached.spec)))) {
      return cached;
    }

    const spec = await loadSpec(file);
    const entry: CachedSpec = { stamp: await stampOf(specFilesOf(spec)), spec };
    // Ready before the first payload check: that check then compiles only its own schemas.
    setImmediate(() => this.validatorOf(entry));
    this.cache.set(file, entry);
    this.context.log('debug', 'Contracts', `loaded ${this.relative(file)} (${entry.spec.kind})`);
    return entry;
  }

  private problemsOf(entry: CachedSpec): SpecProblem[] {
    entry.problems ??= validateLoadedSpec(entry.spec);
    return entry.problems;
  }

  private validatorOf(entry: CachedSpec): PayloadValidator {
    entry.validator ??= new PayloadValidator(entry.spec).warm();
    return entry.validator;
  }

  private absolute(file: string): string {
    return path.resolve(this.context.workspaceFolder, file);
  }
}

/**
 * Every file a spec was read from, and every file its `$ref`s name that could not be read (so
 * creating one counts as a change), sorted.
 */
export function specFilesOf(spec: LoadedSpec): string[] {
  const files = new Set(spec.files.keys());
  for (const site of spec.refs) {
    const target = splitRef(site.ref, site.file);
    if (!target.external) {
      files.add(target.file);
    }
  }
  return [...files].sort();
}

/** Modification time and size of each file (`missing` for one that is not there), joined. */
async function stampOf(files: readonly string[]): Promise<string> {
  const parts = await Promise.all(
    files.map((file) =>
      stat(file).then(
        (info) => `${file}@${info.mtimeMs}:${info.size}`,
        () => `${file}@missing`,
      ),
    ),
  );
  return parts.join('|');
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The nearest pointer at or above `pointer` that exists in the head spec, with its position. */
function placeInHead(
  head: LoadedSpec,
  file: string,
  pointer: string,
): { file: string; line: number; column: number } {
  const target = head.files.has(file) ? file : head.entry;
  const tokens = jsonPointer.parse(pointer);
  while (tokens.length > 0 && jsonPointer.get(head.rootOf(target), tokens) === undefined) {
    tokens.pop();
  }
  return { file: target, ...head.locate(target, jsonPointer.compile(tokens)) };
}

/** Problems in `file` at `pointer` or below it (an operation's, a webhook's). */
function countProblemsUnder(
  problems: readonly SpecProblem[],
  file: string,
  pointer: string,
): number {
  return problems.filter(
    (problem) =>
      problem.file === file &&
      (problem.pointer === pointer || problem.pointer.startsWith(`${pointer}/`)),
  ).length;
}
