import { html, render } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../define/clientele-provider.ts';
import './invoices-tab.define.ts';
import { deferred, problem } from '../../../testing/fake-api.ts';
import {
  INVOICES_CLIENT,
  type InvoicesBackend,
  invoicesBackend,
} from '../../../testing/invoices.ts';
import { deepActive, useListContainer } from '../../../testing/list-fixture.ts';
import { invoicesTabParts } from './invoices-parts.ts';
import type { ClientInvoicesTab } from './invoices-tab.ts';

const container = useListContainer();
beforeEach(() => {
  container().style.inlineSize = '1200px';
});
afterEach(() => {
  vi.restoreAllMocks();
});

const tab = () => container().querySelector('client-invoices-tab') as ClientInvoicesTab;
const dialog = () => page.getByRole('dialog');
const line = (n: number) => dialog().getByRole('group', { name: `Line ${n}` });
const submit = () => dialog().getByRole('button', { name: /^(Create invoice|Send again)$/ });

function mount(server: InvoicesBackend, lang = 'en') {
  render(
    html`<clientele-provider lang=${lang} .client=${server.api.client({ token: 'admin-token' })}>
      <client-invoices-tab client-id=${INVOICES_CLIENT}></client-invoices-tab>
    </clientele-provider>`,
    container(),
  );
}

/** Opens the form, once the list and the client's currency are there. */
async function openForm() {
  await expect.poll(() => tab().total).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Add invoice' }).click();
  await expect.element(dialog()).toHaveAccessibleDescription(/currency, EUR/);
}

async function fillLine(n: number, description: string, quantity: string, price: string) {
  await line(n).getByRole('textbox', { name: 'Description' }).fill(description);
  await line(n).getByRole('textbox', { name: 'Quantity' }).fill(quantity);
  await line(n).getByRole('textbox', { name: 'Unit price' }).fill(price);
}

describe('<client-invoices-tab> add invoice', () => {
  it('adds an invoice of several lines, previewing the subtotal exactly as typed', async () => {
    const server = invoicesBackend();
    mount(server);
    const created: unknown[] = [];
    container().addEventListener('client-invoice-create', (e) => created.push(e.detail));
    await openForm();
    await fillLine(1, 'Migration assistance', '3', '40.10');
    await expect.element(line(1)).toMatchTextContent(/€120\.30/);
    await dialog().getByRole('button', { name: 'Add line' }).click();
    await expect.poll(() => deepActive()?.id).toMatch(/^invoice-line-\d+-description$/);
    await fillLine(2, 'Support minutes', '2.5', '0.10');
    await dialog().getByRole('button', { name: 'Add line' }).click();
    await fillLine(3, 'Left over', '1', '9.99');
    await dialog().getByRole('button', { name: 'Remove line 3' }).click();
    await expect.element(line(3)).not.toBeInTheDocument();
    // 120.30 + 0.25: no float would get every digit of this right for long amounts either.
    const preview = dialog().getByRole('region', { name: 'Preview' });
    await expect.element(preview).toMatchTextContent(/Subtotal\s*€120\.55/);
    await expect.element(preview).toMatchTextContent(/Tax\s*Added by the server/);
    await expect.element(preview).toMatchTextContent(/Total\s*€120\.55 plus tax/);
    await submit().click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    const posts = server.posts();
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body).toEqual({
      due_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      lines: [
        { description: 'Migration assistance', quantity: '3', unit_price: '40.10' },
        { description: 'Support minutes', quantity: '2.5', unit_price: '0.10' },
      ],
    });
    expect(posts[0]!.key).toMatch(/.{16,}/);
    const invoice = server.created[0]!;
    await expect
      .element(page.getByRole('status').filter({ hasText: 'was created' }))
      .toHaveTextContent(`Invoice ${invoice.number} was created for €${invoice.total.amount}.`);
    await expect.poll(() => tab().total).toBe(15);
    await expect.element(page.getByRole('row').nth(1)).toMatchTextContent(invoice.number);
    expect(created).toEqual([{ clientId: INVOICES_CLIENT, invoice }]);
  });

  it('removes a line from the middle, every other line keeping its own values', async () => {
    mount(invoicesBackend());
    await openForm();
    await fillLine(1, 'First', '1', '1.00');
    await dialog().getByRole('button', { name: 'Add line' }).click();
    await fillLine(2, 'Second', '2', '2.00');
    await dialog().getByRole('button', { name: 'Add line' }).click();
    await fillLine(3, 'Third', '3', '3.00');
    await dialog().getByRole('button', { name: 'Remove line 2' }).click();
    await expect.element(line(3)).not.toBeInTheDocument();
    await expect
      .element(line(1).getByRole('textbox', { name: 'Description' }))
      .toHaveValue('First');
    await expect
      .element(line(2).getByRole('textbox', { name: 'Description' }))
      .toHaveValue('Third');
    await expect.element(line(2).getByRole('textbox', { name: 'Unit price' })).toHaveValue('3.00');
    await expect.element(line(2)).toMatchTextContent(/€9\.00/);
    await expect
      .element(dialog().getByRole('region', { name: 'Preview' }))
      .toMatchTextContent(/Subtotal\s*€10\.00/);
    await expect.poll(() => deepActive()?.getAttribute('name')).toMatch(/^line-\d+-description$/);
    expect((deepActive() as HTMLInputElement).value).toBe('Third');
  });

  it('makes one invoice of a double click', async () => {
    const server = invoicesBackend();
    mount(server);
    await openForm();
    await fillLine(1, 'Setup fee', '1', '25');
    const gate = deferred<void>();
    server.hold(gate);
    await submit().dblClick();
    await expect.element(submit()).toHaveAttribute('aria-disabled', 'true');
    await line(1).getByRole('textbox', { name: 'Description' }).click();
    await userEvent.keyboard('{Enter}');
    server.hold(undefined);
    gate.resolve();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.poll(() => tab().total).toBe(15);
    expect(server.posts()).toHaveLength(1);
    expect(server.created).toHaveLength(1);
  });

  it('makes one invoice when the answer was lost and the user sends again', async () => {
    const server = invoicesBackend();
    mount(server);
    await openForm();
    await fillLine(1, 'Setup fee', '1', '25.00');
    server.loseNextAnswer();
    await submit().click();
    await expect.element(dialog().getByRole('alert')).toMatchTextContent(/could not be reached/);
    // The server made it; the form cannot know: it offers to send the same request again.
    expect(server.created).toHaveLength(1);
    await expect.element(submit()).toHaveTextContent('Send again');
    await expect.element(dialog()).toMatchTextContent(/created once/);
    await expect.element(line(1).getByRole('textbox', { name: 'Unit price' })).toHaveValue('25.00');
    await submit().click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    const posts = server.posts();
    expect(posts).toHaveLength(2);
    expect(posts[1]!.key).toBe(posts[0]!.key);
    expect(server.created).toHaveLength(1);
    await expect.poll(() => tab().total).toBe(15);
  });

  it('sends a new key once the form was changed after a failure', async () => {
    const server = invoicesBackend();
    mount(server);
    await openForm();
    await fillLine(1, 'Setup fee', '1', '25');
    server.fail('POST', /\/invoices$/, problem(503, { title: 'Service unavailable' }));
    await submit().click();
    await expect.element(dialog().getByRole('alert')).toMatchTextContent(/Service unavailable/);
    await line(1).getByRole('textbox', { name: 'Unit price' }).fill('30');
    await submit().click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    const [first, second] = server.posts();
    expect(second!.key).not.toBe(first!.key);
    expect(server.created).toHaveLength(1);
  });

  it("puts the server's field error on its field and keeps what was typed", async () => {
    const server = invoicesBackend();
    mount(server);
    await openForm();
    await fillLine(1, 'Domain transfer', '1', '12.50');
    const due = dialog().getByLabelText('Due date');
    await due.fill('2020-01-31');
    await submit().click();
    await expect.element(due).toHaveAttribute('aria-invalid', 'true');
    await expect.element(due).toHaveAccessibleDescription(/^Must be on or after/);
    await expect.poll(() => deepActive()?.id).toBe('invoice-due');
    await expect.element(dialog().getByRole('alert')).toMatchTextContent(/could not be created/);
    await expect
      .element(line(1).getByRole('textbox', { name: 'Description' }))
      .toHaveValue('Domain transfer');
    await expect.element(line(1).getByRole('textbox', { name: 'Unit price' })).toHaveValue('12.50');
    await due.fill('2099-01-31');
    await expect.element(due).not.toHaveAttribute('aria-invalid');
    await submit().click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    expect(server.created).toHaveLength(1);
  });

  it('checks the lines itself, by Enter as by click, before sending', async () => {
    const server = invoicesBackend();
    mount(server);
    await openForm();
    await line(1).getByRole('textbox', { name: 'Unit price' }).fill('12.3.4');
    await line(1).getByRole('textbox', { name: 'Quantity' }).fill('0');
    await line(1).getByRole('textbox', { name: 'Quantity' }).click();
    await userEvent.keyboard('{Enter}');
    const description = line(1).getByRole('textbox', { name: 'Description' });
    await expect.element(description).toHaveAccessibleDescription(/^Fill in this field\./);
    await expect.poll(() => deepActive()?.id).toMatch(/-description$/);
    await expect
      .element(line(1).getByRole('textbox', { name: 'Quantity' }))
      .toHaveAccessibleDescription(/^Use a quantity above zero\./);
    await expect
      .element(line(1).getByRole('textbox', { name: 'Unit price' }))
      .toHaveAccessibleDescription(/^Type a number such as 1234\.50\./);
    await submit().click();
    expect(server.posts()).toHaveLength(0);
  });

  it('says when the form cannot be loaded, and Retry opens it', async () => {
    const load = invoicesTabParts.form;
    let fail = true;
    vi.spyOn(invoicesTabParts, 'form').mockImplementation((locale) =>
      fail ? Promise.reject(new TypeError('Failed to fetch')) : load(locale),
    );
    mount(invoicesBackend());
    await expect.poll(() => tab().total).toBe(14);
    await page.getByRole('button', { name: 'Add invoice' }).click();
    await expect.element(page.getByRole('alert')).toMatchTextContent(/Something went wrong/);
    fail = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.element(dialog().getByRole('group', { name: 'Line 1' })).toBeVisible();
  });

  it('reads decimal commas in German and previews in German', async () => {
    const server = invoicesBackend();
    mount(server, 'de');
    await expect.poll(() => tab().total).toBe(14);
    await page.getByRole('button', { name: 'Rechnung hinzufügen' }).click();
    await expect.element(dialog()).toHaveAccessibleDescription(/Währung des Kunden, EUR/);
    const first = dialog().getByRole('group', { name: 'Position 1' });
    await first.getByRole('textbox', { name: 'Beschreibung' }).fill('Migration');
    await first.getByRole('textbox', { name: 'Menge' }).fill('3');
    await first.getByRole('textbox', { name: 'Einzelpreis' }).fill('40,10');
    await expect
      .element(dialog().getByRole('region', { name: 'Vorschau' }))
      .toMatchTextContent(/Zwischensumme\s*120,30\s€/);
    await dialog().getByRole('button', { name: 'Rechnung erstellen' }).click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    expect(server.posts()[0]!.body).toMatchObject({
      lines: [{ description: 'Migration', quantity: '3', unit_price: '40.10' }],
    });
  });
});
