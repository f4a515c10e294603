import { CaptainError } from '../errors';

/**
 * An error of the contracts capability: a spec that cannot be read, a git ref that does not
 * exist, an operation or schema that a payload check names but the spec lacks.
 * Codes: `contracts.read`, `contracts.parse`, `contracts.git`, `contracts.notFound`.
 */
export class ContractsError extends CaptainError {
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'ContractsError';
  }
}
