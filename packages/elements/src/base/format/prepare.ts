import { formatDate } from './dates.ts';
import { numberFormat } from './intl-cache.ts';
import { formatMoney } from './money.ts';

/**
 * Builds the formatters a list's rows use (dates, counts, amounts) for the locale `locale()`
 * names when the page is next idle: a locale's first Intl formatter loads its data, a few ms
 * each, and a widget that prepares them while its first request is under way does not pay
 * for them in its first paint. The formatters are the shared ones (`intl-cache`).
 */
export function prepareFormats(locale: () => string): void {
  const idle = globalThis.requestIdleCallback ?? setTimeout;
  idle(() => {
    const tag = locale();
    numberFormat(tag).format(0);
    formatDate(tag, '2000-01-01T00:00:00Z');
    formatMoney(tag, { amount: '0', currency: 'USD' });
  });
}
