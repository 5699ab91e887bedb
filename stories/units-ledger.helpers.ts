import type { UnitEntryDataProvider } from '@clientele/elements';
import { html, nothing } from 'lit';
import { screen } from 'shadow-dom-testing-library';
import { expect, userEvent, waitFor } from 'storybook/test';

/** Clients of the seeded mock data, by the state of their units balance. */
export const LEDGER_CLIENTS = {
  /** Active, prepaid, well above its warn level, 38 entries. */
  normal: 'cl_4bc3cc2487c4f705',
  /** At or below its warn level. */
  belowWarn: 'cl_2c3eae9ee39e2ae2',
  /** Below its cutoff (out of credit). */
  belowCutoff: 'cl_00f32ff7e0742f13',
  /** A credit customer in the negative, above its cutoff. */
  creditNegative: 'cl_4d6fe168a5e0769c',
  /** Pending approval: an empty ledger. */
  empty: 'cl_1dea094e8f327c34',
} as const;

export interface LedgerArgs {
  clientId: string;
  query: string;
  sort: string;
  dataProvider?: UnitEntryDataProvider;
  /** The widget's own language ('' for the provider's). */
  lang?: string;
  onEntry: (event: Event) => void;
  onBalance: (event: Event) => void;
}

export const renderLedger = (args: LedgerArgs) =>
  html`<units-ledger
    client-id=${args.clientId || nothing}
    query=${args.query}
    sort=${args.sort}
    lang=${args.lang || nothing}
    .dataProvider=${args.dataProvider}
    @units-entry-create=${args.onEntry}
    @units-balance-change=${args.onBalance}
  ></units-ledger>`;

/** The entries grid with loaded rows. */
export const entryRows = async () =>
  waitFor(
    () =>
      expect(
        screen.getAllByShadowRole('row').filter((row) => !row.ariaBusy).length,
      ).toBeGreaterThan(2),
    { timeout: 15_000 },
  );

/** How many entries the mock server's ledger holds for a client (read through the API). */
export async function entryCount(clientId: string): Promise<number> {
  const response = await fetch(`/api/clients/${clientId}/units/entries?limit=1`, {
    headers: { Authorization: 'Bearer admin-token' },
  });
  return ((await response.json()) as { total: number }).total;
}

/** The newest entry of a client's ledger on the mock server. */
export async function newestEntry(clientId: string): Promise<{ id: string; amount: string }> {
  const response = await fetch(`/api/clients/${clientId}/units/entries?limit=1`, {
    headers: { Authorization: 'Bearer admin-token' },
  });
  return ((await response.json()) as { items: { id: string; amount: string }[] }).items[0]!;
}

/** Opens a toolbar action's dialog and returns it. */
export async function openDialog(button: string | RegExp, dialog: string | RegExp) {
  await entryRows();
  await userEvent.click(screen.getByShadowRole('button', { name: button }));
  // The first use loads the forms' chunk.
  return screen.findByShadowRole('dialog', { name: dialog }, { timeout: 15_000 });
}

/** The dialog's submit button. */
export const confirmButton = (dialog: HTMLElement) =>
  dialog.querySelector<HTMLButtonElement>('[part="dialog-confirm"]')!;
