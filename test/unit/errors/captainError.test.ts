import assert from 'node:assert/strict';
import { CaptainError, describeError, isCaptainError } from '../../../src/engine/errors';

describe('CaptainError', () => {
  it('keeps its code and cause', () => {
    const cause = new Error('disk full');

    const error = new CaptainError('store_write_failed', 'could not write', { cause });

    assert.equal(error.code, 'store_write_failed');
    assert.equal(error.cause, cause);
    assert.ok(isCaptainError(error));
  });

  it('describes values that are not errors', () => {
    assert.equal(describeError('plain'), 'plain');
    assert.equal(isCaptainError(new Error('x')), false);
  });
});
