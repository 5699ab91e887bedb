import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/ticket-list.ts';
import { textContrast } from '../testing/contrast.ts';
import { TICKETS, useTicketListFixture } from '../testing/ticket-list-fixture.ts';
import { TICKET_STATUSES } from './ticket-query.ts';

const { container, list, mountWithData } = useTicketListFixture();

/** Each theme with the page colour behind the widget (its surface: the host draws none). */
const THEMES = [
  ['light', [255, 255, 255]],
  ['dark', [0x16, 0x18, 0x1d]],
] as const;

/** One ticket per status, so every badge is on screen. */
const ONE_PER_STATUS = TICKET_STATUSES.map((status) => TICKETS.find((t) => t.status === status)!);

/** Every element of a row that draws text of its own (the badge, title, client, times...). */
function texts(row: Element): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>('*')].filter((element) =>
    [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim()),
  );
}

describe('<ticket-list> contrast', () => {
  for (const width of [1400, 390]) {
    it(`keeps every status badge and row text at 4.5:1 on rest, hover and focus, light and dark (${width}px)`, async () => {
      container().style.inlineSize = `${width}px`;
      mountWithData(ONE_PER_STATUS);
      await expect
        .element(page.getByRole('grid'))
        .toHaveAttribute('aria-rowcount', String(ONE_PER_STATUS.length + 1));
      const rows = () => [...list().shadowRoot!.querySelectorAll('[role="row"][aria-rowindex]')];
      await expect
        .poll(() => list().shadowRoot!.querySelectorAll('[part="status"]').length)
        .toBe(6);
      const failures: string[] = [];
      for (const [theme, pageColor] of THEMES) {
        list().setAttribute('theme', theme);
        await list().updateComplete;
        for (const row of rows().slice(1)) {
          const index = row.getAttribute('aria-rowindex');
          const cell = row.querySelector<HTMLElement>('[role="gridcell"]')!;
          const states: Array<[string, () => Promise<void>, string | undefined]> = [
            ['rest', () => userEvent.unhover(row as HTMLElement), undefined],
            ['hover', () => userEvent.hover(row as HTMLElement), ':hover'],
            [
              'focus',
              () => userEvent.unhover(row as HTMLElement).then(() => cell.focus()),
              ':focus-within',
            ],
          ];
          for (const [state, enter, selector] of states) {
            await enter();
            if (selector) expect(row.matches(selector)).toBe(true);
            for (const element of texts(row)) {
              const ratio = textContrast(element, pageColor);
              if (ratio < 4.5) {
                failures.push(
                  `${theme} ${state} row ${index} "${element.textContent!.trim()}": ${ratio.toFixed(2)}`,
                );
              }
            }
          }
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
