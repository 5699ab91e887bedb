/**
 * Idempotency-Keys for the contract's create operations (an invoice, a ledger entry, a
 * domain): the server makes one record per key, so a double click or a retry after a lost
 * answer makes exactly one.
 */

/**
 * A new Idempotency-Key: a UUID. `crypto.randomUUID` exists on secure pages only; elsewhere the
 * key is built from `getRandomValues`.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The key of one submission of a form: the same while the body is the same (a retry after a
 * failure, a second click), a new one when the body changed (the user edited the form: another
 * submission), and forgotten after success or when the form closes, so the next submission
 * gets a new one.
 */
export class SubmissionKey {
  #current: { key: string; body: string } | undefined;

  /** The key for sending `body` now. */
  for(body: unknown): string {
    const text = JSON.stringify(body);
    if (this.#current?.body !== text) this.#current = { key: newIdempotencyKey(), body: text };
    return this.#current.key;
  }

  /** The submission succeeded (or the form was closed): the next one is new. */
  done(): void {
    this.#current = undefined;
  }
}
