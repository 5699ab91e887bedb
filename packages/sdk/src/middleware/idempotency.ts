import type { Middleware } from 'openapi-fetch';

export interface IdempotencyOptions {
  /** Makes a new key (default: a random UUID). */
  generateKey?: () => string;
  /**
   * Whether the POST at this templated spec path (e.g. `/clients/{client_id}/invoices`)
   * accepts a key. Default: every POST.
   */
  accepts?: (schemaPath: string) => boolean;
}

/**
 * Adds an `Idempotency-Key` to the POSTs that accept one and have none. The key is set
 * once, before the retry layer and the 401 replay copy the request, so every resend
 * carries the same key. A key the caller set is kept. Only keyed requests are retried,
 * so POSTs the server does not deduplicate (suspend, send email) are never sent twice.
 */
export function idempotencyMiddleware({
  generateKey = randomKey,
  accepts = () => true,
}: IdempotencyOptions = {}): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      if (
        request.method === 'POST' &&
        !request.headers.has('Idempotency-Key') &&
        accepts(schemaPath)
      ) {
        request.headers.set('Idempotency-Key', generateKey());
      }
      return undefined;
    },
  };
}

/** A version 4 UUID; `crypto.randomUUID` is missing outside secure contexts (plain http pages). */
export function randomKey(): string {
  return (
    crypto.randomUUID?.() ??
    // The fallback fills the template: each 0 a random hex digit, 8 the variant (8, 9, a or b).
    '00000000-0000-4000-8000-000000000000'.replace(/[08]/g, (digit) =>
      (
        +digit |
        (crypto.getRandomValues(new Uint8Array(1))[0]! & (digit === '8' ? 3 : 15))
      ).toString(16),
    )
  );
}
