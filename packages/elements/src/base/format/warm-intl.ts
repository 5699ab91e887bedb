import { whenIdle } from '../idle.ts';

let warmed = false;

/**
 * The engine's first `Intl.NumberFormat`, `DateTimeFormat` and `DisplayNames` load its locale
 * data: 20 to 60 ms on a cold page, whatever the locale (the next ones, in any locale, take
 * well under 1 ms). A widget whose rows format amounts, dates or countries calls this when it
 * registers, so the first idle moment pays for it, not its first rows. Once per page.
 */
export function warmIntl(): void {
  if (warmed) return;
  warmed = true;
  whenIdle(() => {
    new Intl.NumberFormat().format(0);
    new Intl.DateTimeFormat().format(0);
    new Intl.DisplayNames(['en'], { type: 'region' }).of('US');
  });
}
