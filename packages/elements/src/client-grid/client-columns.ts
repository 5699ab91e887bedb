import type { Client, ClientSort } from '@clientele/sdk';
import { html } from 'lit';
import { clientName } from '../base/format/client-name.ts';
import { formatDate } from '../base/format/dates.ts';
import { formatMoney } from '../base/format/money.ts';
import type { GridColumn } from '../list/data-grid.ts';
import { sortDirectionOf } from '../list/list-query.ts';
import { clientStatus, countryName } from './client-context.ts';
import { actionsButton, allBox, rowBox } from './client-row-controls.ts';
import type { ClientSelection } from './client-selection.ts';
import type { ClientGridText } from './messages.ts';
import type { RowActions } from './row-actions.ts';

export interface ClientColumnsContext {
  readonly t: ClientGridText;
  readonly locale: string;
  readonly sort: ClientSort;
  readonly selection: ClientSelection;
  readonly actions: RowActions;
}

/**
 * Which columns give way when the list is too narrow for all of them, first to go first. The
 * others (select, client, status, actions) always show; below `cards-below` cards take over.
 */
export const COLUMN_HIDE_ORDER = [
  'configuration',
  'group',
  'country',
  'created',
  'credit',
  'email',
] as const;

/** The list view's columns, in order: select, client, email, ..., actions. */
export function clientColumns(context: ClientColumnsContext): GridColumn<Client>[] {
  const { t, locale, sort, selection, actions } = context;
  return [
    {
      id: 'select',
      header: ({ tabIndex }) => allBox(selection, tabIndex),
      headerWidget: true,
      width: '2.25rem',
      minWidth: 2.25,
      widget: true,
      cell: (client, { tabIndex }) => rowBox(selection, client, tabIndex),
    },
    {
      id: 'client',
      sortKey: 'company',
      header: () => t.columnClient,
      width: 'minmax(10rem, 2fr)',
      minWidth: 10,
      sort: sortDirectionOf(sort, 'company'),
      // The person's name under a company's; nothing more for a person.
      cell: (client) =>
        client.company
          ? html`<span class="primary">${client.company}</span><span class="secondary"
                >${client.first_name} ${client.last_name}</span
              >`
          : html`<span class="primary">${clientName(client)}</span>`,
    },
    {
      id: 'email',
      header: () => t.columnEmail,
      width: 'minmax(9.5rem, 2fr)',
      minWidth: 9.5,
      cell: (client) => client.email,
    },
    {
      id: 'country',
      header: () => t.columnCountry,
      width: 'minmax(7rem, 1fr)',
      minWidth: 7,
      sort: sortDirectionOf(sort, 'country'),
      cell: (client) => countryName(locale, client.country),
    },
    {
      id: 'status',
      header: () => t.columnStatus,
      width: 'minmax(11.25rem, 1fr)',
      minWidth: 11.25,
      cell: (client) => clientStatus(t, client),
    },
    {
      id: 'group',
      header: () => t.columnGroup,
      width: 'minmax(7rem, 1fr)',
      minWidth: 7,
      sort: sortDirectionOf(sort, 'group'),
      cell: (client) => client.group?.name ?? html`<span class="muted">${t.noGroup}</span>`,
    },
    {
      id: 'configuration',
      header: () => t.columnConfiguration,
      width: 'minmax(7.5rem, 1fr)',
      minWidth: 7.5,
      sort: sortDirectionOf(sort, 'configuration'),
      cell: (client) => client.configuration.name,
    },
    {
      id: 'credit',
      sortKey: 'uptodate_credit',
      header: () => t.columnCredit,
      width: 'minmax(9rem, 1fr)',
      minWidth: 9,
      sort: sortDirectionOf(sort, 'uptodate_credit'),
      cell: (client) => html`<span
          class="money ${client.uptodate_credit.amount.startsWith('-') ? 'negative' : ''}"
          dir="auto"
          >${formatMoney(locale, client.uptodate_credit)}</span
        >`,
    },
    {
      id: 'created',
      sortKey: 'created_at',
      header: () => t.columnCreated,
      width: 'minmax(7rem, 1fr)',
      minWidth: 7,
      sort: sortDirectionOf(sort, 'created_at'),
      cell: (client) => formatDate(locale, client.created_at),
    },
    {
      id: 'actions',
      header: () => html`<span class="visually-hidden">${t.actions}</span>`,
      // The button (2rem) and the cell's small inline padding: no clipping, no ellipsis.
      width: '2.75rem',
      minWidth: 2.75,
      widget: true,
      cell: (client, { tabIndex }) => actionsButton(actions, client, tabIndex),
    },
  ];
}
