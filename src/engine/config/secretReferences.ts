import { CaptainError } from '../errors';

/** Where `${secret:NAME}` values come from: SecretStorage in the editor, env or key file in the CLI. */
export interface SecretSource {
  get(name: string): Promise<string | undefined>;
}

/** Raised when a reference names a variable or secret that is not set. Names it, never a value. */
export class SecretReferenceError extends CaptainError {
  constructor(
    readonly reference: string,
    message: string,
  ) {
    super('secret_unresolved', message);
    this.name = 'SecretReferenceError';
  }
}

const referencePattern = /^\$\{(env|secret):([A-Za-z_][A-Za-z0-9_.-]*)\}$/;

/** True when the value is a `${env:…}` or `${secret:…}` reference rather than a literal. */
export function isSecretReference(value: string): boolean {
  return referencePattern.test(value.trim());
}

/**
 * Resolves one config value at the moment it is used. Literals come back unchanged; references
 * are looked up and never written back to the file.
 * @throws {SecretReferenceError} when the variable or secret is not set.
 */
export async function resolveSecretValue(
  value: string,
  sources: { env?: NodeJS.ProcessEnv; secrets?: SecretSource },
): Promise<string> {
  const match = referencePattern.exec(value.trim());
  if (!match) {
    return value;
  }

  const [, kind, name] = match;
  if (kind === 'env') {
    const resolved = (sources.env ?? process.env)[name];
    if (resolved === undefined || resolved === '') {
      throw new SecretReferenceError(
        value,
        `environment variable ${name} is not set (referenced as ${value})`,
      );
    }
    return resolved;
  }

  const resolved = await sources.secrets?.get(name);
  if (resolved === undefined || resolved === '') {
    throw new SecretReferenceError(
      value,
      `secret ${name} is not stored (referenced as ${value}); set it with "Captain: Set Secret…" in the editor or CAPTAIN_SECRET_${cliSecretSuffix(name)} for the CLI`,
    );
  }
  return resolved;
}

/** The environment variable the CLI reads for `${secret:NAME}`: `CAPTAIN_SECRET_` + NAME upper-cased. */
export function cliSecretVariable(name: string): string {
  return `CAPTAIN_SECRET_${cliSecretSuffix(name)}`;
}

function cliSecretSuffix(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/** The CLI's secret source: environment variables named by {@link cliSecretVariable}. */
export function environmentSecretSource(env: NodeJS.ProcessEnv = process.env): SecretSource {
  return { get: async (name) => env[cliSecretVariable(name)] };
}
