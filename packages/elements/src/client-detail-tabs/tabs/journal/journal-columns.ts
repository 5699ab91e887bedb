import type { JournalEntry, Money } from '@clientele/sdk';
import { html } from 'lit';
import { enumLabel } from '../../../base/enum-label.ts';
import { formatDate, formatDateTime } from '../../../base/format/dates.ts';
import { formatDecimal } from '../../../base/format/decimal.ts';
import { formatMoney } from '../../../base/format/money.ts';
import type { GridColumn } from '../../../list/data-grid.ts';
import { fitColumns, fits } from '../../../list/fit-columns.ts';
import { JOURNAL_PARTY_KEYS } from './journal-data.ts';
import type { JournalTabText } from './messages.ts';

/** What the columns depend on. */
export interface JournalColumnsView {
  readonly t: JournalTabText;
  readonly locale: string;
  /** The widget's own inline size in rem; undefined: not measured yet. */
  readonly width?: number | undefined;
}

/**
 * Columns that give way when the tab is too narrow, first to last: the rate (then said under
 * the amount it converted to), the acting user (then said under the date), the source (the
 * destination then says "From → To" with both amounts). Date, destination and credit after
 * never do; below their width the rows turn compact.
 */
export const JOURNAL_COLUMNS_GIVING_WAY = ['rate', 'actor', 'source'];

const SHOWN = { dateStyle: 'medium', timeStyle: 'short' } as const;
const EXACT = { dateStyle: 'medium', timeStyle: 'medium' } as const;
const SHORT = { dateStyle: 'short' } as const;

/**
 * The journal grid's columns: the date (the entry's description below), where the money came
 * from and went to (in words, each side's amount in its own currency below), the exchange rate
 * (the currencies below), who caused it ("System" for none) and the credit left after it. Money
 * exact; server data is text only.
 */
export function journalColumns({
  t,
  locale,
  width = Infinity,
}: JournalColumnsView): GridColumn<JournalEntry>[] {
  let hidden = new Set<string>();
  let compact = false;
  const party = (value: string) => enumLabel(t, JOURNAL_PARTY_KEYS, value);
  const money = (value: Money) => formatMoney(locale, value);
  const actor = (entry: JournalEntry) => entry.actor?.name ?? t.journalSystem;
  const converted = (entry: JournalEntry) =>
    entry.source_amount.currency !== entry.destination_amount.currency;
  const rate = (entry: JournalEntry) => formatDecimal(locale, entry.exchange_rate);
  let columns: GridColumn<JournalEntry>[] = [
    {
      id: 'date',
      header: () => t.journalColumnDate,
      width: 'minmax(10.5rem, 1.2fr)',
      minWidth: 10.5,
      cell: (entry) => {
        const secondary = [hidden.has('actor') ? actor(entry) : '', entry.description].filter(
          Boolean,
        );
        return html`<time
            class="primary"
            datetime=${entry.created_at}
            title=${formatDateTime(locale, entry.created_at, EXACT)}
            >${compact ? formatDate(locale, entry.created_at, SHORT) : formatDateTime(locale, entry.created_at, SHOWN)}</time
          ><span class="secondary" title=${entry.description}>${secondary.join(' · ')}</span>`;
      },
    },
    {
      id: 'source',
      header: () => t.journalColumnSource,
      width: 'minmax(8.5rem, 1fr)',
      minWidth: 8.5,
      cell: (entry) =>
        html`<span class="primary" data-party=${entry.source}>${party(entry.source)}</span
          ><span class="secondary amount">${money(entry.source_amount)}</span>`,
    },
    {
      id: 'destination',
      header: () => t.journalColumnDestination,
      width: 'minmax(8.5rem, 1fr)',
      minWidth: 8.5,
      cell: (entry) => {
        const both = hidden.has('source');
        const primary = both
          ? `${party(entry.source)} → ${party(entry.destination)}`
          : party(entry.destination);
        const amounts = both
          ? converted(entry)
            ? `${money(entry.source_amount)} → ${money(entry.destination_amount)}`
            : money(entry.destination_amount)
          : money(entry.destination_amount);
        const withRate =
          hidden.has('rate') && converted(entry)
            ? `${amounts} · ${t.journalRateOf({ rate: rate(entry) })}`
            : amounts;
        return html`<span class="primary" data-party=${entry.destination} title=${primary}>${primary}</span
          ><span class="secondary amount">${withRate}</span>`;
      },
    },
    {
      id: 'rate',
      header: () => t.journalColumnRate,
      width: 'minmax(7rem, 0.8fr)',
      minWidth: 7,
      cell: (entry) =>
        html`<span class="primary amount">${rate(entry)}</span
          ><span class="secondary"
            >${
              converted(entry)
                ? `${entry.source_amount.currency} → ${entry.destination_amount.currency}`
                : t.journalSameCurrency
            }</span
          >`,
    },
    {
      id: 'actor',
      header: () => t.journalColumnActor,
      width: 'minmax(8rem, 1fr)',
      minWidth: 8,
      cell: (entry) =>
        entry.actor
          ? html`<span title=${entry.actor.id}>${entry.actor.name}</span>`
          : html`<span class="muted">${t.journalSystem}</span>`,
    },
    {
      id: 'credit',
      header: () => t.journalColumnCreditAfter,
      width: 'minmax(8.5rem, 1fr)',
      minWidth: 8.5,
      cell: (entry) =>
        html`<span class="amount" title=${`${entry.credit_after.amount} ${entry.credit_after.currency}`}
          >${money(entry.credit_after)}</span
        >`,
    },
  ];
  const room = width - 0.125; // the grid's borders, 1px each side
  const all = columns;
  columns = fitColumns(columns, room, JOURNAL_COLUMNS_GIVING_WAY);
  hidden = new Set(all.filter((c) => !columns.includes(c)).map((c) => c.id));
  if (fits(columns, room)) return columns;
  // Compact: narrower tracks (the movement takes what is left), the date without its time.
  compact = true;
  const narrow: Record<string, [number, number]> = {
    date: [5.75, 1],
    destination: [8, 1.6],
    credit: [6.5, 1],
  };
  return columns.map((column) => {
    const [min, fr] = narrow[column.id] ?? [column.minWidth, 1];
    return { ...column, minWidth: min, width: `minmax(${min}rem, ${fr}fr)` };
  });
}
