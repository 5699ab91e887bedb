import { whenIdle } from '../idle.ts';
import { formatDate } from './dates.ts';
import { safeLocale } from './intl-cache.ts';
import { formatMoney } from './money.ts';

/**
 * Builds the formatters a list's rows use (dates, amounts, country names) for the
 * locale `locale()` names when the page is next idle: a locale's first Intl formatter loads its
 * data, 5 to 35 ms each on a cold page, and a widget that prepares them while its first request
 * is under way does not pay for them in its first paint. The date and money formatters are the
 * shared ones (`intl-cache`); the country names' data stays loaded in the engine. (The counts'
 * number formatter is built with the toolbar, before the data.)
 */
export function prepareFormats(locale: () => string): void {
  // Idle, or within 2 s on a page that is never idle (the rows would otherwise build them).
  whenIdle(() => {
    const tag = locale();
    formatDate(tag, '2000-01-01T00:00:00Z');
    formatMoney(tag, { amount: '0', currency: 'USD' });
    // Country names: the locale's region data stays loaded for the names a list builds later.
    new Intl.DisplayNames(safeLocale(tag), { type: 'region' });
  });
}
