/**
 * The Idempotency-Key of one submission of a form: the same while the body is the same (a
 * retry after a failure, a second click), a new one when the body changed (the user edited
 * the form: another submission), and forgotten after success or when the form closes, so the
 * next submission gets a new one. `crypto.randomUUID` exists on secure pages only; elsewhere
 * the key is built from `getRandomValues`.
 */
export class SubmissionKey {
  #current: { key: string; body: string } | undefined;

  /** The key for sending `body` now. */
  for(body: unknown): string {
    const text = JSON.stringify(body);
    if (this.#current?.body !== text) this.#current = { key: newKey(), body: text };
    return this.#current.key;
  }

  /** The submission succeeded (or the form was closed): the next one is new. */
  done(): void {
    this.#current = undefined;
  }
}

function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
