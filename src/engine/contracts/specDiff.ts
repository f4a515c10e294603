import { DiffCollector, type DiffSite, type SpecChange } from './diffCollector';
import { jsonPointer } from './jsonPointer';
import type { LoadedSpec } from './loadedSpec';
import { SchemaDiff } from './schemaDiff';
import { httpMethods } from './specSemantics';

type Json = Record<string, unknown>;

/** The outcome of comparing a base spec with a head spec. */
export interface SpecDiffResult {
  readonly changes: SpecChange[];
  readonly breaking: number;
  readonly nonBreaking: number;
}

interface Located {
  readonly value: Json;
  readonly file: string;
  readonly pointer: string;
}

/**
 * Lists every change from `base` to `head`, breaking or not (rules in {@link diffRules}). Paths
 * are matched by template with parameter names erased, so `/users/{id}` and `/users/{userId}`
 * are one path; parameters are matched by location and name (path parameters by position).
 * `$ref`s are followed on both sides with cycle guards.
 */
export function diffSpecs(base: LoadedSpec, head: LoadedSpec): SpecDiffResult {
  const collector = new DiffCollector(base, head);
  new OperationDiff(base, head, collector).run();
  const changes = collector.result();
  const breaking = changes.filter((change) => change.level === 'breaking').length;
  return { changes, breaking, nonBreaking: changes.length - breaking };
}

/** `/users/{id}` → `/users/{}`: the shape a client calls, whatever the parameter is named. */
export function normalizePathTemplate(route: string): string {
  return route.replace(/\{[^}]*\}/g, '{}');
}

class OperationDiff {
  private readonly schemas: SchemaDiff;

  constructor(
    private readonly base: LoadedSpec,
    private readonly head: LoadedSpec,
    private readonly collector: DiffCollector,
  ) {
    this.schemas = new SchemaDiff(base, head, collector);
  }

  run(): void {
    const basePaths = this.paths(this.base);
    const headPaths = this.paths(this.head);
    for (const [template, b] of basePaths) {
      const h = headPaths.get(template);
      this.collector.operation = '';
      if (h === undefined) {
        this.collector.add('path-removed', this.site('base', b), `path ${b.route} was removed`);
        continue;
      }

      if (b.route !== h.route) {
        this.collector.add(
          'path-parameter-renamed',
          this.site('head', h),
          `path ${b.route} is now written ${h.route}`,
        );
      }
      this.methods(b, h, template, 'called');
    }
    this.collector.operation = '';
    for (const [template, h] of headPaths) {
      if (!basePaths.has(template)) {
        this.collector.add('path-added', this.site('head', h), `path ${h.route} was added`);
      }
    }
    const root = (spec: LoadedSpec): Located => ({
      value: isObject(spec.document) ? spec.document : {},
      file: spec.entry,
      pointer: '',
    });
    this.sentItems(
      this.namedItems(this.base, this.child(this.base, root(this.base), 'webhooks')),
      this.namedItems(this.head, this.child(this.head, root(this.head), 'webhooks')),
      'webhook',
    );
    this.collector.operation = '';
  }

  /**
   * Compares the operations of one path item on both sides. `called` operations are called by
   * the client; `sent` ones (webhooks, callbacks) are called by the provider, so the client
   * reads their request body like a response and writes their responses like a request.
   */
  private methods(
    b: Located & { route: string },
    h: Located & { route: string },
    label: string,
    mode: 'called' | SentKind,
  ): void {
    const outer = this.collector.operation;
    for (const method of httpMethods) {
      const name = `${method.toUpperCase()} ${label}`;
      this.collector.operation = mode === 'called' ? name : `${outer} ${method.toUpperCase()}`;
      const bo = this.child(this.base, b, method);
      const ho = this.child(this.head, h, method);
      if (bo !== undefined && ho === undefined) {
        this.collector.add(
          mode === 'called' ? 'operation-removed' : `${mode}-removed`,
          this.site('base', bo),
          mode === 'called'
            ? `${method.toUpperCase()} ${b.route} was removed`
            : `${outer} ${method.toUpperCase()} was removed`,
        );
      } else if (bo === undefined && ho !== undefined) {
        this.collector.add(
          mode === 'called' ? 'operation-added' : `${mode}-added`,
          this.site('head', ho),
          mode === 'called'
            ? `${method.toUpperCase()} ${h.route} was added`
            : `${outer} ${method.toUpperCase()} was added`,
        );
      } else if (bo !== undefined && ho !== undefined) {
        if (mode === 'called') {
          this.operation(b, bo, h, ho);
        } else {
          this.sentOperation(bo, ho);
        }
      }
    }
    this.collector.operation = outer;
  }

  /** The path items of a holder (`webhooks`, one callback), each dereferenced. */
  private namedItems(
    spec: LoadedSpec,
    holder: Located | undefined,
    prefix = '',
  ): Map<string, Located & { route: string }> {
    const result = new Map<string, Located & { route: string }>();
    for (const name of Object.keys(holder?.value ?? {})) {
      const item = holder === undefined ? undefined : this.child(spec, holder, name);
      if (item !== undefined) {
        result.set(prefix + name, { ...item, route: prefix + name });
      }
    }
    return result;
  }

  /** Diffs webhooks or callbacks: a removed one is a change every consumer notices. */
  private sentItems(
    before: Map<string, Located & { route: string }>,
    after: Map<string, Located & { route: string }>,
    kind: SentKind,
  ): void {
    const outer = this.collector.operation;
    const labelOf = (name: string) =>
      outer === '' ? `${kind} ${name}` : `${outer} ${kind} ${name}`;
    for (const [name, b] of before) {
      this.collector.operation = labelOf(name);
      const h = after.get(name);
      if (h === undefined) {
        this.collector.add(`${kind}-removed`, this.site('base', b), `${labelOf(name)} was removed`);
        continue;
      }

      this.methods(b, h, labelOf(name), kind);
    }
    for (const [name, h] of after) {
      if (!before.has(name)) {
        this.collector.operation = labelOf(name);
        this.collector.add(`${kind}-added`, this.site('head', h), `${labelOf(name)} was added`);
      }
    }
    this.collector.operation = outer;
  }

  /**
   * An operation the provider calls: its body flows to the consumer (response rules) and its
   * responses flow back from it (request rules).
   */
  private sentOperation(b: Located, h: Located): void {
    // TODO(#6): parameters and security of webhooks and callbacks are not compared yet.
    const bBody = this.child(this.base, b, 'requestBody');
    const hBody = this.child(this.head, h, 'requestBody');
    if (bBody !== undefined && hBody !== undefined) {
      this.content(bBody, hBody, 'response', true);
    }
    const bResponses = this.child(this.base, b, 'responses');
    const hResponses = this.child(this.head, h, 'responses');
    if (bResponses === undefined || hResponses === undefined) {
      return;
    }

    for (const status of Object.keys(bResponses.value)) {
      const bResponse = this.child(this.base, bResponses, status);
      const hResponse = this.child(this.head, hResponses, status);
      if (bResponse !== undefined && hResponse !== undefined) {
        this.content(bResponse, hResponse, 'request', true);
      }
    }
  }

  /** An operation's callbacks, each expression of each callback diffed like a webhook. */
  private callbacks(b: Located, h: Located): void {
    const flatten = (spec: LoadedSpec, operation: Located) => {
      const result = new Map<string, Located & { route: string }>();
      const callbacks = this.namedItems(spec, this.child(spec, operation, 'callbacks'));
      for (const [name, callback] of callbacks) {
        for (const [key, item] of this.namedItems(spec, callback, `${name} `)) {
          result.set(key, item);
        }
      }
      return result;
    };
    this.sentItems(flatten(this.base, b), flatten(this.head, h), 'callback');
  }

  private paths(spec: LoadedSpec): Map<string, Located & { route: string }> {
    const result = new Map<string, Located & { route: string }>();
    const paths = ((spec.document as Json | undefined)?.paths ?? {}) as Json;
    for (const [route, item] of Object.entries(paths)) {
      const resolved = spec.deref(item, spec.entry, jsonPointer.compile(['paths', route]));
      if (isObject(resolved.value)) {
        result.set(normalizePathTemplate(route), {
          value: resolved.value,
          file: resolved.file,
          pointer: resolved.pointer,
          route,
        });
      }
    }
    return result;
  }

  private child(spec: LoadedSpec, parent: Located, ...tokens: string[]): Located | undefined {
    let current: Located | undefined = parent;
    for (const token of tokens) {
      const value: unknown = current.value[token];
      if (value === undefined) {
        return undefined;
      }

      const resolved = spec.deref(value, current.file, jsonPointer.join(current.pointer, token));
      if (!isObject(resolved.value)) {
        return undefined;
      }
      current = { value: resolved.value, file: resolved.file, pointer: resolved.pointer };
    }
    return current;
  }

  private site(side: 'base' | 'head', located: Located): DiffSite {
    return { side, file: located.file, pointer: located.pointer };
  }

  private operation(
    bPath: Located & { route: string },
    b: Located,
    hPath: Located & { route: string },
    h: Located,
  ): void {
    this.parameters(bPath, b, hPath, h);
    this.requestBody(b, h);
    this.responses(b, h);
    this.security(b, h);
    this.callbacks(b, h);
  }

  private parameterMap(
    spec: LoadedSpec,
    path: Located & { route: string },
    operation: Located,
  ): Map<string, Located & { name: string; in: string }> {
    const result = new Map<string, Located & { name: string; in: string }>();
    const templateNames = [...path.route.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]);
    for (const owner of [path, operation]) {
      const list = Array.isArray(owner.value.parameters) ? owner.value.parameters : [];
      list.forEach((parameter, index) => {
        const resolved = spec.deref(
          parameter,
          owner.file,
          jsonPointer.join(owner.pointer, 'parameters', index),
        );
        if (!isObject(resolved.value) || typeof resolved.value.name !== 'string') {
          return;
        }

        const location = String(resolved.value.in);
        const name =
          location === 'header' ? resolved.value.name.toLowerCase() : resolved.value.name;
        // A path parameter is known by its place in the template, so renaming it changes nothing.
        const key =
          location === 'path'
            ? `path:#${templateNames.indexOf(resolved.value.name)}`
            : `${location}:${name}`;
        result.set(key, {
          value: resolved.value,
          file: resolved.file,
          pointer: resolved.pointer,
          name,
          in: location,
        });
      });
    }
    return result;
  }

  private parameters(
    bPath: Located & { route: string },
    b: Located,
    hPath: Located & { route: string },
    h: Located,
  ): void {
    const before = this.parameterMap(this.base, bPath, b);
    const after = this.parameterMap(this.head, hPath, h);
    const moved = new Set<string>();
    for (const [key, parameter] of before) {
      const other = after.get(key);
      if (other === undefined) {
        const elsewhere = [...after.entries()].find(
          ([otherKey, p]) =>
            p.name.toLowerCase() === parameter.name.toLowerCase() && !before.has(otherKey),
        );
        if (elsewhere !== undefined) {
          moved.add(elsewhere[0]);
          this.collector.add(
            'parameter-location-changed',
            this.site('head', elsewhere[1]),
            `parameter "${parameter.name}" moved from ${parameter.in} to ${elsewhere[1].in}`,
          );
        } else {
          this.collector.add(
            'parameter-removed',
            this.site('base', parameter),
            `${parameter.in} parameter "${parameter.name}" was removed`,
          );
        }
        continue;
      }

      const wasRequired = parameter.value.required === true;
      const isRequired = other.value.required === true;
      if (wasRequired !== isRequired) {
        const rule = isRequired ? 'parameter-became-required' : 'parameter-became-optional';
        this.collector.add(
          rule,
          this.site('head', other),
          `${other.in} parameter "${other.name}" became ${isRequired ? 'required' : 'optional'}`,
        );
      }
      this.schemas.compare(
        parameter.value.schema,
        {
          side: 'base',
          file: parameter.file,
          pointer: jsonPointer.join(parameter.pointer, 'schema'),
        },
        other.value.schema,
        { side: 'head', file: other.file, pointer: jsonPointer.join(other.pointer, 'schema') },
        'request',
      );
    }
    for (const [key, parameter] of after) {
      if (before.has(key) || moved.has(key)) {
        continue;
      }

      const required = parameter.value.required === true;
      this.collector.add(
        required ? 'parameter-required-added' : 'parameter-optional-added',
        this.site('head', parameter),
        `${required ? 'required' : 'optional'} ${parameter.in} parameter "${parameter.name}" was added`,
      );
    }
  }

  private requestBody(b: Located, h: Located): void {
    const before = this.child(this.base, b, 'requestBody');
    const after = this.child(this.head, h, 'requestBody');
    if (after === undefined) {
      if (before !== undefined) {
        this.collector.add(
          'request-body-removed',
          this.site('base', before),
          'the request body was removed',
        );
      }
      return;
    }

    const isRequired = after.value.required === true;
    if (before === undefined) {
      this.collector.add(
        isRequired ? 'request-body-required-added' : 'request-body-optional-added',
        this.site('head', after),
        `a${isRequired ? ' required' : 'n optional'} request body was added`,
      );
      return;
    }
    const wasRequired = before.value.required === true;
    if (wasRequired !== isRequired) {
      this.collector.add(
        isRequired ? 'request-body-required-added' : 'request-body-became-optional',
        this.site('head', after),
        `the request body became ${isRequired ? 'required' : 'optional'}`,
      );
    }
    this.content(before, after, 'request', true);
  }

  private content(
    before: Located,
    after: Located,
    direction: 'request' | 'response',
    success: boolean,
  ): void {
    const bContent = (before.value.content ?? {}) as Json;
    const hContent = (after.value.content ?? {}) as Json;
    for (const [type, media] of Object.entries(bContent)) {
      const site: DiffSite = {
        side: 'base',
        file: before.file,
        pointer: jsonPointer.join(before.pointer, 'content', type),
      };
      const other = hContent[type];
      if (other === undefined) {
        if (success) {
          this.collector.add(
            direction === 'request' ? 'request-media-type-removed' : 'response-media-type-removed',
            site,
            `media type ${type} was removed`,
          );
        }
        continue;
      }

      const headSite: DiffSite = {
        side: 'head',
        file: after.file,
        pointer: jsonPointer.join(after.pointer, 'content', type),
      };
      // A media type without a schema accepts anything, as `{}` does.
      this.schemas.compare(
        (media as Json | undefined)?.schema ?? {},
        { ...site, pointer: jsonPointer.join(site.pointer, 'schema') },
        (other as Json | undefined)?.schema ?? {},
        { ...headSite, pointer: jsonPointer.join(headSite.pointer, 'schema') },
        direction,
      );
    }
    for (const type of Object.keys(hContent)) {
      if (!(type in bContent)) {
        const site: DiffSite = {
          side: 'head',
          file: after.file,
          pointer: jsonPointer.join(after.pointer, 'content', type),
        };
        this.collector.add(
          direction === 'request' ? 'request-media-type-added' : 'response-media-type-added',
          site,
          `media type ${type} was added`,
        );
      }
    }
  }

  private responses(b: Located, h: Located): void {
    const before = this.child(this.base, b, 'responses');
    const after = this.child(this.head, h, 'responses');
    if (before === undefined || after === undefined) {
      return;
    }

    const covered = new Set<string>();
    for (const status of Object.keys(before.value)) {
      const success = /^2/.test(status);
      const bResponse = this.child(this.base, before, status);
      const hResponse = this.child(this.head, after, status);
      if (bResponse === undefined) {
        continue;
      }

      // `2XX` → `200`: every code the head now lists was already promised by the range.
      const inside = /^[1-5]XX$/i.test(status)
        ? Object.keys(after.value).filter(
            (code) => code[0] === status[0] && /^\d{3}$/.test(code) && !(code in before.value),
          )
        : [];
      if (hResponse === undefined && inside.length > 0) {
        this.collector.add(
          'response-status-narrowed',
          this.site('base', bResponse),
          `response ${status} is now written ${inside.join(', ')}`,
        );
        for (const code of inside) {
          const narrowed = this.child(this.head, after, code);
          if (narrowed !== undefined) {
            covered.add(code);
            this.content(bResponse, narrowed, 'response', success);
            this.headers(bResponse, narrowed);
          }
        }
        continue;
      }
      if (hResponse === undefined) {
        this.collector.add(
          success ? 'response-success-removed' : 'response-removed',
          this.site('base', bResponse),
          `response ${status} was removed`,
        );
        continue;
      }
      this.content(bResponse, hResponse, 'response', success);
      this.headers(bResponse, hResponse);
    }
    for (const status of Object.keys(after.value)) {
      const hResponse = this.child(this.head, after, status);
      if (!(status in before.value) && !covered.has(status) && hResponse !== undefined) {
        this.collector.add(
          'response-added',
          this.site('head', hResponse),
          `response ${status} was added`,
        );
      }
    }
  }

  /** Response headers, matched case-insensitively; a removed one is a value clients lose. */
  private headers(b: Located, h: Located): void {
    const headersOf = (spec: LoadedSpec, response: Located) => {
      const result = new Map<string, Located & { name: string }>();
      const holder = this.child(spec, response, 'headers');
      for (const name of Object.keys(holder?.value ?? {})) {
        const header = holder === undefined ? undefined : this.child(spec, holder, name);
        if (header !== undefined) {
          result.set(name.toLowerCase(), { ...header, name });
        }
      }
      return result;
    };
    const before = headersOf(this.base, b);
    const after = headersOf(this.head, h);
    for (const [key, header] of before) {
      const other = after.get(key);
      if (other === undefined) {
        this.collector.add(
          'response-header-removed',
          this.site('base', header),
          `response header ${header.name} was removed`,
        );
        continue;
      }

      this.schemas.compare(
        header.value.schema ?? {},
        { side: 'base', file: header.file, pointer: jsonPointer.join(header.pointer, 'schema') },
        other.value.schema ?? {},
        { side: 'head', file: other.file, pointer: jsonPointer.join(other.pointer, 'schema') },
        'response',
      );
    }
    for (const [key, header] of after) {
      if (!before.has(key)) {
        this.collector.add(
          'response-header-added',
          this.site('head', header),
          `response header ${header.name} was added`,
        );
      }
    }
  }

  /**
   * A `security` list is an OR of requirements, each an AND of schemes with scopes. A client
   * that satisfied some base requirement still works when some head requirement asks for a
   * subset of the same schemes and, per scheme, a subset of the scopes.
   */
  private security(b: Located, h: Located): void {
    const before = securityOf(this.base, b);
    const after = securityOf(this.head, h);
    const site =
      b.value.security === undefined && h.value.security === undefined
        ? { side: 'head' as const, file: this.head.entry, pointer: '/security' }
        : { side: 'head' as const, file: h.file, pointer: jsonPointer.join(h.pointer, 'security') };
    const unsatisfied = before.filter(
      (alternative) => !after.some((candidate) => satisfies(alternative, candidate)),
    );
    if (unsatisfied.length > 0) {
      this.collector.add(
        'security-requirement-added',
        site,
        `clients using ${unsatisfied.map(describeRequirement).join(' or ')} are no longer accepted (now ${after.map(describeRequirement).join(' or ')})`,
      );
      return;
    }

    const relaxed = after.filter(
      (alternative) => !before.some((candidate) => satisfies(alternative, candidate)),
    );
    if (relaxed.length > 0) {
      this.collector.add(
        'security-requirement-removed',
        site,
        `security accepts ${relaxed.map(describeRequirement).join(' or ')} too`,
      );
    }
  }
}

/** What the provider calls back: a webhook of the document or a callback of an operation. */
type SentKind = 'webhook' | 'callback';

/** One security requirement: scheme name → scopes. */
type SecurityRequirement = Map<string, Set<string>>;

/** The requirements an operation is called under: its own, else the document's, else none. */
function securityOf(spec: LoadedSpec, operation: Located): SecurityRequirement[] {
  const list = operation.value.security ?? (spec.document as Json | undefined)?.security;
  if (!Array.isArray(list)) {
    return [new Map()];
  }

  // An empty list overrides the document's requirements with none at all.
  if (list.length === 0) {
    return [new Map()];
  }
  return list.map(
    (requirement) =>
      new Map(
        Object.entries(isObject(requirement) ? requirement : {}).map(([scheme, scopes]) => [
          scheme,
          new Set(Array.isArray(scopes) ? scopes.map(String) : []),
        ]),
      ),
  );
}

/** True when a client that meets `held` also meets `asked` (schemes and scopes are subsets). */
function satisfies(held: SecurityRequirement, asked: SecurityRequirement): boolean {
  for (const [scheme, scopes] of asked) {
    const owned = held.get(scheme);
    if (owned === undefined || [...scopes].some((scope) => !owned.has(scope))) {
      return false;
    }
  }
  return true;
}

function describeRequirement(requirement: SecurityRequirement): string {
  if (requirement.size === 0) {
    return 'no authentication';
  }

  return [...requirement]
    .map(([scheme, scopes]) => (scopes.size > 0 ? `${scheme}[${[...scopes].join(', ')}]` : scheme))
    .sort()
    .join(' + ');
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
