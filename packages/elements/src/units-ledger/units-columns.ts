import type { UnitEntry, UnitEntryKind, UnitEntrySort } from '@clientele/sdk';
import { html, nothing } from 'lit';
import { enumLabel } from '../base/enum-label.ts';
import { formatDateTime } from '../base/format/dates.ts';
import { formatUnits } from '../base/format/units.ts';
import type { GridColumn } from '../list/data-grid.ts';
import { fitColumns, fits } from '../list/fit-columns.ts';
import { sortDirectionOf } from '../list/list-query.ts';
import type { UnitsLedgerText } from './messages.ts';

/** The words of each entry kind. */
export const UNIT_ENTRY_KIND_KEYS = {
  credit: 'unitsKindCredit',
  debit: 'unitsKindDebit',
  reversal: 'unitsKindReversal',
  offer: 'unitsKindOffer',
} as const satisfies Record<UnitEntryKind, keyof UnitsLedgerText>;

/** What the columns depend on. */
export interface UnitColumnsView {
  readonly t: UnitsLedgerText;
  readonly locale: string;
  readonly unit: string;
  readonly sort: UnitEntrySort;
  /** The widget's own inline size in rem; undefined: not measured yet. */
  readonly width?: number | undefined;
  /** The reverse action: undefined when the ledger cannot be changed from here. */
  readonly reverse?: {
    /** Whether the user may (else the button is disabled and described by `reasonId`). */
    readonly allowed: boolean;
    readonly reasonId: string;
    readonly busyId: string | undefined;
    run(entry: UnitEntry): void;
  };
}

/** Columns that give way when the widget is too narrow, first to last. */
export const UNIT_COLUMNS_GIVING_WAY = ['flow', 'actor', 'kind', 'balance-after'];

const EXACT = { dateStyle: 'medium', timeStyle: 'short' } as const;

/** Whether an entry can be reversed at all (not a reversal, not reversed already). */
export const reversible = (entry: UnitEntry): boolean =>
  entry.kind !== 'reversal' && !entry.reversed_by_entry_id;

/** Where the units came from and went to, in words. */
export function flowOf(entry: UnitEntry, t: UnitsLedgerText): [string, string] {
  const credit = !entry.amount.startsWith('-');
  const other =
    entry.kind === 'offer' && entry.offer_id
      ? t.unitsFlowOffer({ id: entry.offer_id })
      : entry.kind === 'reversal'
        ? t.unitsFlowReversal
        : entry.resource
          ? entry.resource.name
          : entry.period_start
            ? t.unitsFlowUsage
            : t.unitsFlowStaff;
  return credit ? [other, t.unitsFlowBalance] : [t.unitsFlowBalance, other];
}

/** The links of an entry in words: reversal, offer invoice, resource. */
export function linksOf(entry: UnitEntry, t: UnitsLedgerText): string[] {
  const links: string[] = [];
  if (entry.reverses_entry_id) links.push(t.unitsReverses({ id: entry.reverses_entry_id }));
  if (entry.reversed_by_entry_id) links.push(t.unitsReversedBy({ id: entry.reversed_by_entry_id }));
  if (entry.invoice_id) links.push(t.unitsInvoice({ id: entry.invoice_id }));
  if (entry.resource && entry.kind !== 'debit') {
    links.push(t.unitsResource({ name: entry.resource.name }));
  }
  return links;
}

/**
 * The ledger's columns: date, description (with its links below it: "Reversed by …",
 * "Reverses …", the invoice an offer issued), kind, amount (signed), balance after, where the
 * units came from and went, who made it (and as whom), and the reverse action. As many as the
 * widget's `width` holds; below that, compact rows (the description over the date, kind and
 * links; the amount; the action).
 */
export function unitColumns(view: UnitColumnsView): GridColumn<UnitEntry>[] {
  const { t, locale, unit, sort, width = Infinity, reverse } = view;
  const units = (amount: string, signed = false) =>
    formatUnits(locale, amount, unit, {
      label: t.unitsAmount,
      ...(signed && { signDisplay: 'exceptZero' }),
    });
  const kind = (entry: UnitEntry) =>
    html`<span class="kind kind-${entry.kind}">${enumLabel(t, UNIT_ENTRY_KIND_KEYS, entry.kind)}</span>`;
  let compact = false;
  let columns: GridColumn<UnitEntry>[] = [
    {
      id: 'date',
      sortKey: 'created_at',
      header: () => t.unitsColumnDate,
      width: 'minmax(12.5rem, 1fr)',
      minWidth: 12.5,
      sort: sortDirectionOf(sort, 'created_at'),
      cell: (entry) =>
        html`<time datetime=${entry.created_at}>${formatDateTime(locale, entry.created_at, EXACT)}</time>`,
    },
    {
      id: 'description',
      header: () => t.unitsColumnDescription,
      width: 'minmax(12rem, 3fr)',
      minWidth: 12,
      cell: (entry) => {
        const links = linksOf(entry, t);
        const second = compact
          ? html`<span class="secondary"
              >${formatDateTime(locale, entry.created_at, EXACT)} · ${kind(entry)}${
                links.length > 0 ? ` · ${links.join(' · ')}` : ''
              }</span
            >`
          : links.length > 0
            ? html`<span class="secondary links">${links.join(' · ')}</span>`
            : html`<span class="secondary mono">${entry.id}</span>`;
        return html`<span class="primary" title=${entry.description}>${entry.description}</span>${second}`;
      },
    },
    {
      id: 'kind',
      header: () => t.unitsColumnKind,
      width: 'minmax(6.5rem, 0.6fr)',
      minWidth: 6.5,
      cell: kind,
    },
    {
      id: 'amount',
      header: () => t.unitsColumnAmount,
      width: 'minmax(8rem, 1fr)',
      minWidth: 8,
      cell: (entry) =>
        html`<span class="number ${entry.amount.startsWith('-') ? 'debit' : 'credit'}"
          >${units(entry.amount, true)}</span
        >`,
    },
    {
      id: 'balance-after',
      header: () => t.unitsColumnBalanceAfter,
      width: 'minmax(8rem, 1fr)',
      minWidth: 8,
      cell: (entry) => html`<span class="number">${units(entry.balance_after)}</span>`,
    },
    {
      id: 'flow',
      header: () => t.unitsColumnFlow,
      width: 'minmax(10rem, 1.2fr)',
      minWidth: 10,
      cell: (entry) => {
        const [from, to] = flowOf(entry, t);
        return html`<span class="primary">${from} → ${to}</span>`;
      },
    },
    {
      id: 'actor',
      header: () => t.unitsColumnActor,
      width: 'minmax(9rem, 1fr)',
      minWidth: 9,
      cell: (entry) =>
        html`<span class="primary">${entry.actor.name}</span>${
          entry.impersonator
            ? html`<span class="secondary">${t.unitsImpersonating({ name: entry.impersonator.name })}</span>`
            : nothing
        }`,
    },
  ];
  if (reverse) {
    columns.push({
      id: 'actions',
      header: () => html`<span class="visually-hidden">${t.unitsColumnActions}</span>`,
      width: 'minmax(7rem, auto)',
      minWidth: 7,
      widget: true,
      cell: (entry, { tabIndex }) =>
        reversible(entry)
          ? html`<button
              class="button reverse"
              type="button"
              tabindex=${tabIndex}
              aria-label=${t.unitsReverseEntry({ id: entry.id })}
              aria-disabled=${reverse.allowed ? nothing : 'true'}
              aria-describedby=${reverse.allowed ? nothing : reverse.reasonId}
              aria-busy=${reverse.busyId === entry.id ? 'true' : nothing}
              data-entry=${entry.id}
              @click=${() => reverse.allowed && reverse.run(entry)}
            >
              ${t.unitsReverse}
            </button>`
          : html`<span tabindex=${tabIndex} class="muted">—</span>`,
    });
  }
  const room = width - 0.125;
  columns = fitColumns(columns, room, UNIT_COLUMNS_GIVING_WAY);
  if (fits(columns, room)) return columns;
  // Compact: the description over the date and kind, the amount, the action; narrower tracks.
  compact = true;
  const narrow: Record<string, [string, number]> = {
    description: ['minmax(7rem, 1fr)', 7],
    amount: ['minmax(6.5rem, auto)', 6.5],
    actions: ['minmax(6.5rem, auto)', 6.5],
  };
  return columns
    .filter((c) => c.id in narrow)
    .map((c) => ({ ...c, width: narrow[c.id]![0], minWidth: narrow[c.id]![1] }));
}
