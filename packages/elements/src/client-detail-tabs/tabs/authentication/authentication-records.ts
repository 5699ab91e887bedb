import type { ClienteleClient, VerificationRecord, VerificationSort } from '@clientele/sdk';
import { html } from 'lit';
import { formatDateTime } from '../../../base/format/dates.ts';
import type { GridColumn } from '../../../list/data-grid.ts';
import { fitColumns, fits } from '../../../list/fit-columns.ts';
import { type ListPage, type ListPaging, pageFromResponse } from '../../../list/list-data.ts';
import { methodLabel } from './authentication-view.ts';
import type { AuthTabText } from './messages.ts';

/**
 * The verification records of `<client-authentication-tab>` as a windowed ARIA data grid over
 * cursor pages (`listClientVerifications`): its data source and its columns.
 */

/** Whose records, in which order. */
export interface RecordsQuery {
  readonly clientId: string;
  readonly sort: VerificationSort;
}

export const reverseRecordsSort = (sort: VerificationSort): VerificationSort =>
  sort === '-at' ? 'at' : '-at';

/** One page of records through the SDK; errors are the SDK's, thrown as they come. */
export function sdkRecordsProvider(client: ClienteleClient) {
  return async (request: RecordsQuery & ListPaging): Promise<ListPage<VerificationRecord>> => {
    const { clientId, sort, cursor, limit, signal } = request;
    const { data } = await client.GET('/clients/{client_id}/authentication/verifications', {
      params: {
        path: { client_id: clientId },
        query: { sort, limit, ...(cursor === null ? {} : { cursor }) },
      },
      signal,
    });
    if (!data) throw new Error('listClientVerifications returned no body');
    return pageFromResponse(data);
  };
}

/**
 * Columns that give way when the tab is too narrow, first to last: the browser, the address,
 * the method. Time, user and result never do; below their width the rows turn compact (the
 * time over the user, the result with the method).
 */
export const RECORD_COLUMNS_GIVING_WAY = ['browser', 'address', 'method'];

const SHOWN = { dateStyle: 'medium', timeStyle: 'short' } as const;
const SHORT = { dateStyle: 'short', timeStyle: 'short' } as const;

const resultText = (t: AuthTabText, result: string) =>
  result === 'passed' ? t.authPassed : result === 'failed' ? t.authFailed : result;

/** The records grid's columns for a width in rem (undefined: not measured yet). Text only. */
export function recordColumns(
  t: AuthTabText,
  locale: string,
  width = Infinity,
): GridColumn<VerificationRecord>[] {
  let compact = false;
  let methodHidden = false;
  const result = (record: VerificationRecord) =>
    html`<span class="result" data-result=${record.result}>${resultText(t, record.result)}</span>`;
  const columns: GridColumn<VerificationRecord>[] = [
    {
      id: 'time',
      header: () => t.authColumnTime,
      width: 'minmax(13rem, 1fr)',
      minWidth: 13,
      cell: (record) =>
        html`<time class="primary" datetime=${record.at}
            >${formatDateTime(locale, record.at, compact ? SHORT : SHOWN)}</time
          >${compact ? html`<span class="secondary">${record.user.name}</span>` : ''}`,
    },
    {
      id: 'user',
      header: () => t.authColumnUser,
      width: 'minmax(8rem, 1fr)',
      minWidth: 8,
      cell: (record) =>
        html`<span class="primary" title=${record.user.id}>${record.user.name}</span>`,
    },
    {
      id: 'method',
      header: () => t.authColumnMethod,
      width: 'minmax(10rem, 0.8fr)',
      minWidth: 10,
      cell: (record) => methodLabel(t, record.method),
    },
    {
      id: 'result',
      header: () => t.authColumnResult,
      width: 'minmax(6.5rem, 0.6fr)',
      minWidth: 6.5,
      cell: (record) =>
        methodHidden
          ? html`${result(record)}<span class="secondary">${methodLabel(t, record.method)}</span>`
          : result(record),
    },
    {
      id: 'address',
      header: () => t.authColumnAddress,
      width: 'minmax(8.5rem, 0.8fr)',
      minWidth: 8.5,
      cell: (record) => html`<span class="address">${record.ip}</span>`,
    },
    {
      id: 'browser',
      header: () => t.authColumnBrowser,
      width: 'minmax(12rem, 2fr)',
      minWidth: 12,
      cell: (record) =>
        record.user_agent
          ? html`<span class="secondary" title=${record.user_agent}>${record.user_agent}</span>`
          : html`<span class="secondary">${t.authNoBrowser}</span>`,
    },
  ];
  const room = width - 0.125; // the grid's borders, 1px each side
  const shown = fitColumns(columns, room, RECORD_COLUMNS_GIVING_WAY);
  methodHidden = !shown.some((column) => column.id === 'method');
  if (fits(shown, room)) return shown;
  compact = true;
  return shown
    .filter((column) => column.id !== 'user')
    .map((column) =>
      column.id === 'time' ? { ...column, minWidth: 8, width: 'minmax(8rem, 1fr)' } : column,
    );
}
