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
      for (const method of httpMethods) {
        this.collector.operation = `${method.toUpperCase()} ${template}`;
        const bo = this.child(this.base, b, method);
        const ho = this.child(this.head, h, method);
        if (bo !== undefined && ho === undefined) {
          this.collector.add(
            'operation-removed',
            this.site('base', bo),
            `${method.toUpperCase()} ${b.route} was removed`,
          );
        } else if (bo === undefined && ho !== undefined) {
          this.collector.add(
            'operation-added',
            this.site('head', ho),
            `${method.toUpperCase()} ${h.route} was added`,
          );
        } else if (bo !== undefined && ho !== undefined) {
          this.operation(b, bo, h, ho);
        }
      }
    }
    this.collector.operation = '';
    for (const [template, h] of headPaths) {
      if (!basePaths.has(template)) {
        this.collector.add('path-added', this.site('head', h), `path ${h.route} was added`);
      }
    }
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
          ([otherKey, p]) => p.name === parameter.name && !before.has(otherKey),
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
      return;
    }

    const isRequired = after.value.required === true;
    if (before === undefined) {
      if (isRequired) {
        this.collector.add(
          'request-body-required-added',
          this.site('head', after),
          'a required request body was added',
        );
      }
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
      this.schemas.compare(
        (media as Json | undefined)?.schema,
        { ...site, pointer: jsonPointer.join(site.pointer, 'schema') },
        (other as Json).schema,
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

    for (const status of Object.keys(before.value)) {
      const success = /^2/.test(status);
      const bResponse = this.child(this.base, before, status);
      const hResponse = this.child(this.head, after, status);
      if (bResponse === undefined) {
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
    }
    for (const status of Object.keys(after.value)) {
      const hResponse = this.child(this.head, after, status);
      if (!(status in before.value) && hResponse !== undefined) {
        this.collector.add(
          'response-added',
          this.site('head', hResponse),
          `response ${status} was added`,
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
