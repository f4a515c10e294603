import type Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

const int32Max = 2 ** 31 - 1;

/**
 * Installs the `format` checks payloads get. Values with one exact meaning are strict: dates and
 * times (RFC 3339), uuid, ipv4/ipv6, OpenAPI's `int32`/`int64` ranges. Formats that describe the
 * shape of free text are checked loosely, because in API descriptions they document intent more
 * than they constrain: real providers send `41898282+github-actions[bot]@users.noreply.github.com`
 * as an `email` (brackets are outside RFC 5322's dot-atom) and `""` for an unset `uri` field.
 * So `email` is "one `@` with text on both sides and no spaces" and `uri` is "empty, or a scheme
 * followed by text without spaces". Encodings (`byte`, `binary`, `password`, …) are not checked.
 */
export function addPayloadFormats(ajv: Ajv2020): void {
  addFormats(ajv);
  ajv.addFormat('int32', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && n >= -int32Max - 1 && n <= int32Max,
  });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
  ajv.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/);
  ajv.addFormat('uri', /^(?:$|[a-z][a-z0-9+.-]*:\S*$)/i);
  ajv.addFormat('iri', /^(?:$|[^\s:/?#]+:\S*$)/i);
  for (const format of ['float', 'double', 'byte', 'binary', 'password', 'media-range']) {
    ajv.addFormat(format, true);
  }
}
