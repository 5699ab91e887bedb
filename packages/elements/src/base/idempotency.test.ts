import { describe, expect, it } from 'vitest';
import { newIdempotencyKey, SubmissionKey } from './idempotency.ts';

describe('SubmissionKey', () => {
  it('keeps one key per submission: the same body again, a new body, after done', () => {
    const key = new SubmissionKey();
    const first = key.for({ amount: '1' });
    expect(first).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(key.for({ amount: '1' })).toBe(first); // a retry or a second click
    const edited = key.for({ amount: '2' });
    expect(edited).not.toBe(first); // the user changed the form: another submission
    key.done();
    expect(key.for({ amount: '2' })).not.toBe(edited); // the next submission
  });

  it('makes keys that differ', () => {
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });
});
