/**
 * lit-virtualizer's grid in the side-by-side benchmark, in memory (./lit-virtualizer.ts) and
 * over HTTP (./lit-virtualizer-http.ts): a header row of the column names, and one row of six
 * text cells (plain divs, no ARIA roles) per client, as a user would build a list with it.
 */
import '@lit-labs/virtualizer';
import type { Client } from '@clientele/sdk';
import type { LitVirtualizer } from '@lit-labs/virtualizer';
import { html } from 'lit';
import { COLUMNS } from './columns.ts';

const [name, email, status, country, created, credit] = COLUMNS;

/** Fills the header with the column names and gives the virtualizer its row template. */
export function setUpGrid(header: HTMLElement, virtualizer: LitVirtualizer<Client>): void {
  for (const column of COLUMNS) {
    const cell = document.createElement('div');
    cell.className = 'cell';
    cell.textContent = column.header;
    header.append(cell);
  }
  virtualizer.renderItem = (client: Client) =>
    html`<div class="row">
      <div class="cell">${name!.text(client)}</div>
      <div class="cell">${email!.text(client)}</div>
      <div class="cell">${status!.text(client)}</div>
      <div class="cell">${country!.text(client)}</div>
      <div class="cell">${created!.text(client)}</div>
      <div class="cell">${credit!.text(client)}</div>
    </div>`;
}
