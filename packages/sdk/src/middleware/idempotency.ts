import type { Middleware } from 'openapi-fetch';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

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
        !request.headers.has(IDEMPOTENCY_HEADER) &&
        accepts(schemaPath)
      ) {
        request.headers.set(IDEMPOTENCY_HEADER, generateKey());
      }
      return undefined;
    },
  };
}

/** A version 4 UUID; `crypto.randomUUID` is missing outside secure contexts (plain http pages). */
export function randomKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
