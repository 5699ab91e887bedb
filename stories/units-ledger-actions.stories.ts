import '@clientele/elements/define/units-ledger';
import { slowOperation } from '@clientele/mocks';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { HttpResponse, http } from 'msw';
import { screen, within } from 'shadow-dom-testing-library';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import {
  confirmButton,
  entryCount,
  entryRows,
  LEDGER_CLIENTS,
  type LedgerArgs,
  newestEntry,
  openDialog,
  renderLedger,
} from './units-ledger.helpers.ts';

/**
 * `<units-ledger>` changing the ledger against the in-browser mocks: credits and debits
 * created exactly once (a double click, a network failure then Retry: the stories count the
 * entries the mock server holds), amounts typed in German, a refused debit that keeps what was
 * typed, allowing a debit below the cutoff, a reversal, an offer, and a limits conflict.
 */
const meta: Meta<LedgerArgs> = {
  title: 'Widgets/units-ledger/Actions',
  component: 'units-ledger',
  args: {
    clientId: LEDGER_CLIENTS.normal,
    query: '',
    sort: '-created_at',
    lang: '',
    onEntry: fn(),
    onBalance: fn(),
  },
  render: renderLedger,
};
export default meta;

type Story = StoryObj<LedgerArgs>;

const ENTRY_DIALOG = 'Credit or debit units';

/** Selects what a text field holds and types over it (as a user does; works in shadow roots). */
async function replaceText(input: HTMLElement, text: string) {
  await userEvent.tripleClick(input);
  await userEvent.keyboard('{Backspace}');
  await userEvent.type(input, text);
}

async function fillEntry(
  dialog: HTMLElement,
  values: { kind?: RegExp; amount: string; description: string },
) {
  const form = within(dialog);
  if (values.kind) await userEvent.click(form.getByShadowRole('radio', { name: values.kind }));
  await userEvent.type(
    form.getByShadowRole('textbox', { name: /^(Amount|Betrag)$/ }),
    values.amount,
  );
  await userEvent.type(
    form.getByShadowRole('textbox', { name: /^(Description|Beschreibung)$/ }),
    values.description,
  );
}

/** A double click on "Credit" makes one entry: the button is disabled while it runs, and the key is one. */
export const DoubleClickCreatesOnce: Story = {
  parameters: {
    mocks: { handlers: [slowOperation('createClientUnitEntry', { delayMs: 700 })] },
  },
  play: async ({ args }) => {
    const before = await entryCount(LEDGER_CLIENTS.normal);
    const dialog = await openDialog('Credit or debit', ENTRY_DIALOG);
    await fillEntry(dialog, { amount: '250', description: 'Goodwill credit for the outage' });
    await expect(confirmButton(dialog)).toHaveTextContent('Credit 250 units');
    await userEvent.dblClick(confirmButton(dialog));
    await expect(confirmButton(dialog)).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(screen.queryByShadowRole('dialog')).toBeNull(), { timeout: 15_000 });
    await waitFor(() => expect(args.onEntry).toHaveBeenCalledTimes(1));
    await expect(await entryCount(LEDGER_CLIENTS.normal)).toBe(before + 1);
    await expect(await screen.findByShadowText('Goodwill credit for the outage')).toBeVisible();
  },
};

/**
 * The server makes the entry but the answers never arrive (three times: the SDK's own retries
 * included); the user presses Retry, which sends the same Idempotency-Key, and the server
 * answers with the entry it made: one entry, not two.
 */
const lost = { count: 0, keys: [] as string[] };
export const NetworkFailureThenRetry: Story = {
  parameters: {
    mocks: {
      handlers: [
        http.post('/api/clients/:client_id/units/entries', async ({ request }) => {
          if (request.headers.has('x-story-forwarded') || lost.count >= 3) return undefined;
          lost.count++;
          lost.keys.push(request.headers.get('Idempotency-Key') ?? '');
          const headers = new Headers(request.headers);
          headers.set('x-story-forwarded', '1');
          // The request reaches the server (the entry is made); its answer is lost.
          await fetch(request.url, { method: 'POST', headers, body: await request.text() });
          return HttpResponse.error();
        }),
      ],
    },
  },
  play: async ({ args, step }) => {
    lost.count = 0;
    lost.keys = [];
    const before = await entryCount(LEDGER_CLIENTS.normal);
    const dialog = await openDialog('Credit or debit', ENTRY_DIALOG);
    await fillEntry(dialog, { amount: '40', description: 'Credit after the network failed' });
    await userEvent.click(confirmButton(dialog));
    await step('the failure is shown, the form kept, the button offers Retry', async () => {
      await expect(
        await within(dialog).findByShadowText(
          'The server could not be reached',
          {},
          { timeout: 15_000 },
        ),
      ).toBeVisible();
      await expect(confirmButton(dialog)).toHaveTextContent('Retry');
      await expect(within(dialog).getByShadowRole('textbox', { name: 'Amount' })).toHaveValue('40');
      await expect(await entryCount(LEDGER_CLIENTS.normal)).toBe(before + 1);
    });
    await userEvent.click(confirmButton(dialog));
    await waitFor(() => expect(screen.queryByShadowRole('dialog')).toBeNull(), { timeout: 15_000 });
    await expect(await entryCount(LEDGER_CLIENTS.normal)).toBe(before + 1);
    await expect(new Set(lost.keys).size).toBe(1);
    await expect(args.onEntry).toHaveBeenCalledTimes(1);
  },
};

/** German: "1.234,50" is 1234.50; "1.5" is no German number and is refused, not read as 15. */
export const GermanAmount: Story = {
  args: { lang: 'de' },
  play: async () => {
    const dialog = await openDialog(
      'Gutschrift oder Belastung',
      'Einheiten gutschreiben oder belasten',
    );
    await fillEntry(dialog, { amount: '1.5', description: 'Gutschrift' });
    await userEvent.click(confirmButton(dialog));
    const amount = within(dialog).getByShadowRole('textbox', { name: 'Betrag' });
    await waitFor(() => expect(amount).toHaveAttribute('aria-invalid', 'true'));
    await expect(amount).toHaveAccessibleDescription(/Eine Zahl wie 1\.234,50 eingeben\./);
    await replaceText(amount, '1.234,50');
    await expect(
      await within(dialog).findByShadowText(/Saldo nach dieser Buchung: 1\.949,98/),
    ).toBeVisible();
    await userEvent.click(confirmButton(dialog));
    await waitFor(() => expect(screen.queryByShadowRole('dialog')).toBeNull());
    await expect((await newestEntry(LEDGER_CLIENTS.normal)).amount).toBe('1234.50');
  },
};

/** A debit past the lowest allowed balance: the API's problem is shown and the form keeps everything. */
export const RefusedDebit: Story = {
  play: async () => {
    const before = await entryCount(LEDGER_CLIENTS.normal);
    const dialog = await openDialog('Credit or debit', ENTRY_DIALOG);
    await fillEntry(dialog, { kind: /^Debit/, amount: '10000', description: 'Migration charge' });
    await expect(within(dialog).getByShadowText(/below the lowest allowed balance/)).toBeVisible();
    await userEvent.click(confirmButton(dialog));
    const alert = await within(dialog).findByShadowRole('alert');
    await expect(alert).toHaveTextContent(/credit limit allows/);
    const form = within(dialog);
    await expect(form.getByShadowRole('textbox', { name: 'Amount' })).toHaveValue('10000');
    await expect(form.getByShadowRole('textbox', { name: 'Amount' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(form.getByShadowRole('textbox', { name: 'Description' })).toHaveValue(
      'Migration charge',
    );
    await expect(form.getByShadowRole('radio', { name: /^Debit/ })).toBeChecked();
    await expect(await entryCount(LEDGER_CLIENTS.normal)).toBe(before);
  },
};

/** Below the cutoff is refused until staff with the permission tick the box that says what it does. */
export const AllowBelowCutoff: Story = {
  args: { clientId: LEDGER_CLIENTS.creditNegative },
  play: async () => {
    const dialog = await openDialog('Credit or debit', ENTRY_DIALOG);
    await fillEntry(dialog, {
      kind: /^Debit/,
      amount: '20',
      description: 'Manual usage correction',
    });
    await userEvent.click(confirmButton(dialog));
    await expect(await within(dialog).findByShadowRole('alert')).toHaveTextContent(
      /below the cutoff/,
    );
    await userEvent.click(
      within(dialog).getByShadowRole('checkbox', {
        name: 'Allow this debit to take the balance below the cutoff',
      }),
    );
    await userEvent.click(confirmButton(dialog));
    await waitFor(() => expect(screen.queryByShadowRole('dialog')).toBeNull());
    await expect(
      await screen.findByShadowText(/Below the cutoff: the client can create or run nothing new/),
    ).toBeVisible();
  },
};

/** Reversing: a new entry that links the original, which then says it was reversed and by which. */
export const Reversal: Story = {
  play: async ({ args }) => {
    await entryRows();
    const before = await entryCount(LEDGER_CLIENTS.normal);
    const [button] = screen.getAllByShadowRole('button', { name: /^Reverse entry ue_/ });
    const original = button!.dataset.entry!;
    await userEvent.click(button!);
    const dialog = await screen.findByShadowRole('dialog', { name: `Reverse entry ${original}` });
    await userEvent.click(confirmButton(dialog));
    const reason = within(dialog).getByShadowRole('textbox', { name: 'Reason' });
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    await userEvent.type(reason, 'Charged twice by the meter');
    await userEvent.click(confirmButton(dialog));
    await waitFor(() => expect(screen.queryByShadowRole('dialog')).toBeNull());
    await expect(await screen.findByShadowText(new RegExp(`^Reverses ${original}`))).toBeVisible();
    await expect(await screen.findByShadowText(/^Reversed by ue_/)).toBeVisible();
    await expect(await entryCount(LEDGER_CLIENTS.normal)).toBe(before + 1);
    await expect(args.onEntry).toHaveBeenCalledTimes(1);
    await expect(
      screen.queryByShadowRole('button', { name: `Reverse entry ${original}` }),
    ).toBeNull();
  },
};

/** Applying an offer: the dialog shows the entry and the invoice it made. */
export const ApplyOffer: Story = {
  play: async () => {
    const dialog = await openDialog('Apply offer', 'Apply a unit offer');
    await userEvent.click(
      await within(dialog).findByShadowRole('radio', { name: /^Starter pack/ }),
    );
    await userEvent.click(confirmButton(dialog));
    await expect(
      await within(dialog).findByShadowText(/^Offer applied: entry ue_\w+, invoice inv_\w+\.$/),
    ).toBeVisible();
    await userEvent.click(confirmButton(dialog));
    await expect(await screen.findByShadowText(/^Invoice inv_/)).toBeVisible();
  },
};

/** Someone saved the limits meanwhile: both versions side by side, then the user's applied over them. */
export const LimitsConflict: Story = {
  play: async ({ args }) => {
    const dialog = await openDialog('Edit limits', 'Edit limits');
    const warn = await within(dialog).findByShadowRole('textbox', { name: 'Warn level' });
    const current = await fetch(`/api/clients/${LEDGER_CLIENTS.normal}/units/balance`, {
      headers: { Authorization: 'Bearer admin-token' },
    });
    await fetch(`/api/clients/${LEDGER_CLIENTS.normal}/units/balance`, {
      method: 'PATCH',
      headers: {
        Authorization: 'Bearer admin-token',
        'Content-Type': 'application/json',
        'If-Match': current.headers.get('ETag')!,
      },
      body: JSON.stringify({ warn_level: '555' }),
    });
    await replaceText(warn, '300');
    await userEvent.click(confirmButton(dialog));
    const conflict = await within(dialog).findByShadowText('Someone else changed these limits');
    const table = within(conflict.closest('.conflict') as HTMLElement);
    await expect(
      table.getByShadowRole('row', { name: /Warn level 300.units 555.units/ }),
    ).toBeVisible();
    await expect(warn).toHaveValue('300');
    await userEvent.click(confirmButton(dialog));
    await waitFor(() => expect(screen.queryByShadowRole('dialog')).toBeNull());
    await waitFor(() => expect(args.onBalance).toHaveBeenCalledTimes(1));
    const fact = screen.getByShadowText('Warn level').closest('div')!;
    await expect(fact).toHaveTextContent(/300.units/);
  },
};
