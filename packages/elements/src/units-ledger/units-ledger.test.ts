import type { UnitBalance, UnitEntry } from '@clientele/sdk';
import { html, render } from 'lit';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/units-ledger.ts';
import { fakeApi, json, problem } from '../testing/fake-api.ts';
import { makeUnitEntries } from '../testing/units.ts';
import type { UnitsLedger } from './units-ledger.ts';

const CLIENT = 'cl_test';
const BALANCE: UnitBalance = {
  client_id: CLIENT,
  unit: 'unit',
  balance: '80',
  warn_level: '100',
  cutoff: '0',
  credit_limit: '0',
  credit_customer: false,
  out_of_credit_since: null,
  warning_sent: true,
  updated_at: '2026-03-01T12:00:00Z',
};

/**
 * A fake ledger server over the SDK's injected fetch: the balance, the entries newest first,
 * and credits that honour the Idempotency-Key as the contract says (same key and body: the
 * first answer again). `fail` makes the next POSTs fail at the network level after the entry
 * was made (the answer is lost).
 */
function ledgerServer(options: { balanceStatus?: number; entries?: UnitEntry[] } = {}) {
  const entries = [...(options.entries ?? makeUnitEntries(5))];
  const balance = { ...BALANCE };
  const byKey = new Map<string, UnitEntry>();
  const keys: string[] = [];
  const state = { loseAnswers: 0 };
  const api = fakeApi(async (request, url) => {
    if (url.pathname.endsWith('/units/balance')) {
      return options.balanceStatus
        ? problem(options.balanceStatus, { title: 'Refused', detail: 'As the test says.' })
        : json(balance);
    }
    if (url.pathname.endsWith('/units/entries') && request.method === 'GET') {
      const items = [...entries].reverse();
      return json({ items, next_cursor: null, total: items.length });
    }
    if (url.pathname.endsWith('/units/entries') && request.method === 'POST') {
      const key = request.headers.get('Idempotency-Key') ?? '';
      keys.push(key);
      const body = (await request.json()) as { amount: string; description: string };
      let entry = byKey.get(key);
      if (!entry) {
        const after = String(Number(balance.balance) + Number(body.amount)); // test data only
        entry = {
          ...entries[0]!,
          id: `ue_new_${entries.length}`,
          kind: 'credit',
          amount: body.amount,
          balance_after: after,
          description: body.description,
          created_at: new Date().toISOString(),
        };
        entries.push(entry);
        byKey.set(key, entry);
        balance.balance = after;
      }
      if (state.loseAnswers > 0) {
        state.loseAnswers--;
        throw new TypeError('Failed to fetch');
      }
      return json(entry, 201);
    }
    return problem(404);
  });
  return { api, entries, keys, state };
}

// The lazy parts' modules, transformed once before the first test (a cold dev server takes long).
beforeAll(async () => {
  await Promise.all([import('./units-entries.ts'), import('./units-actions.ts')]);
});

let container: HTMLElement | undefined;
afterEach(() => {
  container?.remove();
  container = undefined;
});

function mount(server: ReturnType<typeof ledgerServer>, lang = 'en'): UnitsLedger {
  container = document.createElement('div');
  document.body.append(container);
  render(
    html`<units-ledger client-id=${CLIENT} lang=${lang} .client=${server.api.client()}></units-ledger>`,
    container,
  );
  return container.querySelector('units-ledger')!;
}

async function openEntryForm() {
  await expect.element(page.getByRole('grid', { name: 'Ledger entries' })).toBeVisible();
  await page.getByRole('button', { name: 'Credit or debit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Credit or debit units' });
  await expect.element(dialog).toBeVisible();
  return dialog;
}

describe('<units-ledger>', () => {
  it('shows the balance in words at the warn level, and the entries newest first', async () => {
    const server = ledgerServer();
    const ledger = mount(server);
    const state = () => ledger.shadowRoot?.querySelector('[part="balance-state"]');
    await expect.poll(() => state()?.textContent?.trim()).toMatch(/At or below the warn level$/);
    expect(state()?.getAttribute('data-state')).toBe('warn');
    await expect.element(page.getByText('Warning sent to the client')).toBeVisible();
    // The kit's unit code `unit` is named, in the form its amount takes.
    await expect.element(page.getByText(/Balance: 80\sunits/)).toBeVisible();
    await expect.element(page.getByText('100 units', { exact: true })).toBeVisible();
    const grid = page.getByRole('grid', { name: 'Ledger entries' });
    await expect.element(grid).toHaveAttribute('aria-rowcount', '6');
    await expect.element(page.getByText('5 entries')).toBeVisible();
  });

  it.each([
    [403, 'Access denied'],
    [404, 'Not found'],
    [400, 'Refused'],
  ])('shows the balance answer %i as its state', async (status, text) => {
    mount(ledgerServer({ balanceStatus: status }));
    await expect.element(page.getByText(text, { exact: true })).toBeVisible();
    expect(page.getByRole('grid').elements()).toHaveLength(0);
  });

  it('says so when the ledger has no entries', async () => {
    mount(ledgerServer({ entries: [] }));
    await expect.element(page.getByText('No entries yet')).toBeVisible();
  });

  it('credits once under a double click, and fires units-entry-create once', async () => {
    const server = ledgerServer();
    const ledger = mount(server);
    const events: string[] = [];
    ledger.addEventListener('units-entry-create', (e) => events.push(e.detail.entryId));
    const dialog = await openEntryForm();
    await userEvent.type(dialog.getByRole('textbox', { name: 'Amount' }), '12.5');
    await userEvent.type(dialog.getByRole('textbox', { name: 'Description' }), 'Goodwill');
    await expect.element(dialog.getByText(/Balance after this entry: 92.5\sunits/)).toBeVisible();
    await userEvent.dblClick(dialog.getByRole('button', { name: 'Credit 12.5 units' }));
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.poll(() => events).toEqual(['ue_new_5']);
    expect(server.entries).toHaveLength(6);
    expect(new Set(server.keys).size).toBe(1);
  });

  it('retries a lost answer with the same key: one entry', async () => {
    const server = ledgerServer();
    mount(server);
    server.state.loseAnswers = 1;
    const dialog = await openEntryForm();
    await userEvent.type(dialog.getByRole('textbox', { name: 'Amount' }), '3');
    await userEvent.type(dialog.getByRole('textbox', { name: 'Description' }), 'Lost answer');
    await dialog.getByRole('button', { name: /^Credit 3/ }).click();
    await expect.element(dialog.getByText('The server could not be reached')).toBeVisible();
    await dialog.getByRole('button', { name: 'Retry' }).click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    expect(server.entries).toHaveLength(6);
    expect(server.keys).toHaveLength(2);
    expect(server.keys[0]).toBe(server.keys[1]);
  });

  it('checks the amount in German before sending anything', async () => {
    const server = ledgerServer();
    mount(server, 'de');
    await expect.element(page.getByRole('grid', { name: 'Kontobuchungen' })).toBeVisible();
    await expect.element(page.getByText('100 Einheiten', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Gutschrift oder Belastung' }).click();
    const dialog = page.getByRole('dialog', { name: 'Einheiten gutschreiben oder belasten' });
    await userEvent.type(dialog.getByRole('textbox', { name: 'Betrag' }), '0,00001');
    await userEvent.type(dialog.getByRole('textbox', { name: 'Beschreibung' }), 'Test');
    await dialog.getByRole('button', { name: 'Buchung hinzufügen' }).click();
    await expect
      .element(dialog.getByRole('textbox', { name: 'Betrag' }))
      .toHaveAccessibleDescription(/Höchstens 4 Nachkommastellen/);
    expect(server.keys).toHaveLength(0);
  });
});
