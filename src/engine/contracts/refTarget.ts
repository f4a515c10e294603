import * as path from 'node:path';

/** Splits a `$ref` into the absolute file it names and the pointer inside it. */
export function splitRef(
  ref: string,
  fromFile: string,
): { file: string; pointer: string; external: boolean } {
  const hash = ref.indexOf('#');
  const location = hash === -1 ? ref : ref.slice(0, hash);
  const pointer = hash === -1 ? '' : ref.slice(hash + 1);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) {
    return { file: location, pointer, external: true };
  }

  const file =
    location === '' ? fromFile : path.resolve(path.dirname(fromFile), decodeURI(location));
  return { file, pointer, external: false };
}
