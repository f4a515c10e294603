import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as prettier from 'prettier';
import {
  compileOfficialSchema,
  officialSchemaValidator,
  type PrecompiledKind,
} from '../../../src/engine/contracts/officialSchemas';
import {
  officialValidatorSource,
  precompiledValidatorFiles,
} from '../../../src/engine/contracts/officialValidatorSource';

const contractsFolder = path.join(__dirname, '../../../src/engine/contracts');

/** A document with one mistake of each kind the official schemas catch. */
function invalidSpec(openapi: string): unknown {
  return {
    openapi,
    info: { version: 1 },
    paths: {
      '/pets/{id}': {
        get: {
          bogus: true,
          parameters: [{ name: 'id', in: 'cookiejar', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: { $ref: 7 } } } },
          },
        },
      },
    },
    components: { schemas: { Pet: { type: 'object', properties: { name: { minLength: -1 } } } } },
  };
}

function errorsOf(validate: (value: unknown) => boolean, value: unknown): unknown[] {
  validate(value);
  return ((validate as unknown as { errors?: Record<string, unknown>[] | null }).errors ?? []).map(
    ({ instancePath, keyword, params, message }) => ({ instancePath, keyword, params, message }),
  );
}

describe('official schema validators', () => {
  for (const [kind, relative] of Object.entries(precompiledValidatorFiles) as [
    PrecompiledKind,
    string,
  ][]) {
    const version = kind === 'openapi-3.0' ? '3.0.3' : '3.1.0';

    it(`ships the ${kind} validator generated from the installed schema and ajv`, async () => {
      const file = path.join(contractsFolder, relative);
      const config = (await prettier.resolveConfig(file)) ?? {};

      const expected = await prettier.format(officialValidatorSource(kind), {
        ...config,
        filepath: file,
      });

      if (process.env.CAPTAIN_WRITE_GENERATED === '1') {
        writeFileSync(file, expected);
      }
      assert.ok(
        readFileSync(file, 'utf8') === expected,
        `${relative} is stale: regenerate with CAPTAIN_WRITE_GENERATED=1 npx mocha test/unit/contracts/officialValidators.test.ts`,
      );
    });

    it(`reports the same errors precompiled as compiled for ${kind}`, () => {
      const precompiled = officialSchemaValidator(kind)!;
      const compiled = compileOfficialSchema(kind)!.validate;
      const spec = invalidSpec(version);

      const errors = errorsOf(precompiled, spec);

      assert.ok(errors.length >= 4, `expected several errors, got ${errors.length}`);
      assert.deepEqual(errors, errorsOf(compiled, spec));
      assert.equal(
        precompiled({ openapi: version, info: { title: 't', version: '1' }, paths: {} }),
        true,
      );
    });
  }
});
