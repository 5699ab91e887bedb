/**
 * Parses a `Retry-After` header value (delay in seconds, or an HTTP date) into milliseconds
 * from now. Returns `undefined` when the header is absent or unreadable.
 */
export function parseRetryAfter(
  value: string | null,
  now: () => number = Date.now,
): number | undefined {
  if (value === null) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  // An HTTP date always names a weekday or month; this keeps Date.parse's loose guesses out.
  const date = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now());
}
