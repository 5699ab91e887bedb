import { html, render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/clientele-provider.ts';
import '../define/ticket-list.ts';
import { textContrast } from '../testing/contrast.ts';
import { deferred, problem } from '../testing/fake-api.ts';
import { makeTickets } from '../testing/index.ts';
import { deepActive } from '../testing/list-fixture.ts';
import {
  backend,
  type TicketBackend,
  useTicketListFixture,
} from '../testing/ticket-list-fixture.ts';
import { ticketListParts } from './ticket-parts.ts';

const { container, rowText, mountWithApi } = useTicketListFixture();
/** Each theme with the page colour behind the widget (its surface: the host draws none). */
const THEMES = [
  ['light', [255, 255, 255]],
  ['dark', [0x16, 0x18, 0x1d]],
] as const;
const loadForm = ticketListParts.form;
afterEach(() => {
  ticketListParts.form = loadForm;
});

describe('<ticket-list> opening a ticket', () => {
  async function openForm() {
    await userEvent.click(page.getByRole('button', { name: 'New ticket' }));
    const dialog = page.getByRole('dialog', { name: 'Open a ticket' });
    await expect.element(dialog).toBeVisible();
    return dialog;
  }

  /** Whether the client picker has asked the API for exactly this text. */
  const searched = (server: TicketBackend, text: string) =>
    server.api.requests.some((r) => new URL(r.url).searchParams.get('search') === text);

  async function chooseClient(
    server: TicketBackend,
    dialog: ReturnType<typeof page.getByRole>,
    text: string,
  ) {
    const picker = dialog.getByRole('combobox', { name: 'Client' });
    await userEvent.click(picker);
    await userEvent.keyboard(text);
    // Wait for the search of the whole text (slow typing may answer shorter ones first).
    await expect.poll(() => searched(server, text)).toBe(true);
    await expect.element(dialog.getByText(/clients? found$/)).toBeInTheDocument();
    await userEvent.keyboard('{ArrowDown}{Enter}');
  }

  it('opens a ticket: client picker, fields, event, new row at the top', async () => {
    const server = backend();
    mountWithApi(server);
    const events: unknown[] = [];
    container().addEventListener('ticket-create', (e) =>
      events.push({
        ticketId: e.detail.ticketId,
        clientId: e.detail.clientId,
        title: e.detail.ticket.title,
      }),
    );
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '61');
    await userEvent.selectOptions(page.getByLabelText('Priority', { exact: true }), 'Low');
    const dialog = await openForm();
    await chooseClient(server, dialog, 'stratus');
    await expect
      .element(dialog.getByRole('combobox', { name: 'Client' }))
      .toHaveValue('Stratus Hosting GmbH');
    await expect
      .element(dialog.getByRole('combobox', { name: 'Client' }))
      .toHaveAttribute('aria-expanded', 'false');
    await userEvent.selectOptions(dialog.getByLabelText('Department'), 'Billing');
    await userEvent.selectOptions(dialog.getByLabelText('Priority'), 'High');
    await userEvent.fill(dialog.getByLabelText('Title'), 'Invoice needs a VAT number');
    await userEvent.fill(dialog.getByLabelText('Message'), 'Please add our VAT number.');
    await userEvent.click(dialog.getByRole('button', { name: 'Open ticket' }));
    await expect.element(dialog).not.toBeInTheDocument();
    expect(server.created).toEqual([
      {
        client_id: 'cl_stratus',
        department_id: 'dep_billing',
        priority: 'high',
        title: 'Invoice needs a VAT number',
        message: 'Please add our VAT number.',
      },
    ]);
    expect(events).toEqual([
      { ticketId: 'T-200001', clientId: 'cl_stratus', title: 'Invoice needs a VAT number' },
    ]);
    // On top, even though the list filters by low priority; counted once after the reload.
    await expect.poll(() => rowText(0)).toContain('Invoice needs a VAT number');
    await expect.element(page.getByText('Ticket T-200001 opened.')).toBeInTheDocument();
    const low = makeTickets(60).filter((t) => t.priority === 'low').length;
    await expect.element(page.getByRole('grid')).toHaveAttribute('aria-rowcount', String(low + 2));
    expect(rowText(1)).not.toContain('T-200001');
    // Focus is back on the button that opened the form.
    expect(deepActive()?.textContent?.trim()).toBe('New ticket');
  });

  /** The form's own message on a field: aria-invalid, visible, and its description. */
  async function expectFieldError(field: ReturnType<typeof page.getByRole>, message: string) {
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    await expect.element(field).toHaveAccessibleDescription(expect.stringContaining(message));
    const id = (field.element() as HTMLElement).getAttribute('aria-describedby')!.split(' ')[0]!;
    const shown = (field.element().getRootNode() as ShadowRoot).getElementById(id)!;
    await expect.element(shown).toBeVisible();
    expect(shown.textContent).toBe(message);
  }

  for (const how of ['a click', 'Enter'] as const) {
    it(`checks an empty form sent with ${how}: its own messages on each field, focus on the first`, async () => {
      const server = backend();
      mountWithApi(server);
      const dialog = await openForm();
      const submit = dialog.getByRole('button', { name: 'Open ticket' });
      if (how === 'a click') {
        await userEvent.click(submit);
      } else {
        await userEvent.click(dialog.getByLabelText('Title'));
        await userEvent.keyboard('{Enter}');
      }
      const client = dialog.getByRole('combobox', { name: 'Client' });
      await expectFieldError(client, 'Choose a client from the list.');
      await expectFieldError(dialog.getByLabelText('Department'), 'Fill in this field.');
      await expectFieldError(dialog.getByLabelText('Title'), 'Fill in this field.');
      await expectFieldError(dialog.getByLabelText('Message'), 'Fill in this field.');
      // Priority has a value; nothing was sent.
      await expect.element(dialog.getByLabelText('Priority')).not.toHaveAttribute('aria-invalid');
      expect(server.created).toEqual([]);
      await expect.poll(() => deepActive()?.id).toBe('ticket-client');
      // Typing clears that field's message, and only that one.
      await userEvent.fill(dialog.getByLabelText('Title'), 'Up');
      await expect.element(dialog.getByLabelText('Title')).not.toHaveAttribute('aria-invalid');
      expect(dialog.getByText('Fill in this field.').elements()).toHaveLength(2);
      // A title too short is the next message, on the title alone.
      await userEvent.fill(dialog.getByLabelText('Message'), 'Hello');
      await userEvent.selectOptions(dialog.getByLabelText('Department'), 'Sales');
      await chooseClient(server, dialog, 'cirrus');
      await userEvent.click(submit);
      await expectFieldError(dialog.getByLabelText('Title'), 'Use at least 3 characters.');
      await expect.poll(() => deepActive()?.id).toBe('ticket-title');
      expect(server.created).toEqual([]);
    });
  }

  it('takes a click on Open ticket while the client suggestions are open', async () => {
    const server = backend();
    mountWithApi(server);
    const dialog = await openForm();
    // Focus starts in the client field, which offers the first clients at once.
    const suggestions = dialog.getByRole('listbox', { name: 'Client' });
    await expect.element(suggestions).toBeVisible();
    const submit = dialog.getByRole('button', { name: 'Open ticket' });
    // The press closes the list (the field loses focus); the button must stay under the pointer
    // for the click to land (an in-flow list, closing, pulled it away: nothing happened).
    await userEvent.click(submit);
    await expect
      .element(dialog.getByRole('combobox', { name: 'Client' }))
      .toHaveAttribute('aria-expanded', 'false');
    await expectFieldError(dialog.getByLabelText('Department'), 'Fill in this field.');
    await expect.poll(() => deepActive()?.id).toBe('ticket-client');
    expect(server.created).toEqual([]);
  });

  it('speaks German, its own messages included (they load with the form)', async () => {
    const server = backend();
    render(
      html`<clientele-provider lang="de" .client=${server.api.client({ token: 'admin-token' })}>
        <ticket-list></ticket-list>
      </clientele-provider>`,
      container(),
    );
    await userEvent.click(page.getByRole('button', { name: 'Neues Ticket' }));
    const dialog = page.getByRole('dialog', { name: 'Ticket eröffnen' });
    await expect.element(dialog).toBeVisible();
    await userEvent.click(dialog.getByRole('button', { name: 'Ticket eröffnen' }));
    await expectFieldError(
      dialog.getByRole('combobox', { name: 'Kunde' }),
      'Bitte einen Kunden aus der Liste wählen.',
    );
    await expectFieldError(dialog.getByLabelText('Titel'), 'Bitte dieses Feld ausfüllen.');
    expect(server.created).toEqual([]);
  });

  it('checks the fields, then shows the API field errors on them the same way', async () => {
    const server = backend();
    mountWithApi(server, { clientId: 'cl_nimbus' });
    const dialog = await openForm();
    await expect.element(dialog.getByRole('combobox', { name: 'Client' })).not.toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: 'Open ticket' }));
    expect(server.created).toEqual([]);
    const title = dialog.getByLabelText('Title');
    await expect.element(title).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(dialog.getByLabelText('Department'))
      .toHaveAttribute('aria-invalid', 'true');
    // Without a client field, the department is the first to fix.
    await expect.poll(() => deepActive()?.id).toBe('ticket-department');
    await userEvent.selectOptions(dialog.getByLabelText('Department'), 'Technical support');
    await expect.element(dialog.getByLabelText('Department')).not.toHaveAttribute('aria-invalid');
    await userEvent.fill(title, 'Upgrade please');
    await userEvent.fill(dialog.getByLabelText('Message'), 'To the next flavor.');
    server.fail(
      problem(422, {
        title: 'Validation failed',
        detail: '1 field is invalid.',
        errors: [
          { field: 'title', code: 'duplicate', message: 'A ticket with this title is open.' },
        ],
      }),
    );
    await userEvent.click(dialog.getByRole('button', { name: 'Open ticket' }));
    await expect.element(dialog.getByRole('alert')).toMatchTextContent(/Validation failed/);
    await expect.element(title).toHaveAttribute('aria-invalid', 'true');
    await expect.element(title).toHaveAccessibleDescription('A ticket with this title is open.');
    await expect.poll(() => deepActive()?.id).toBe('ticket-title');
    await expect.element(title).toHaveValue('Upgrade please');
    await expect.element(dialog.getByLabelText('Message')).toHaveValue('To the next flavor.');
    expect(server.created).toHaveLength(1);
  });

  it('keeps everything typed when the server fails; Retry sends the same ticket under the same key', async () => {
    const server = backend();
    mountWithApi(server);
    const dialog = await openForm();
    await chooseClient(server, dialog, 'cirrus');
    await userEvent.selectOptions(dialog.getByLabelText('Department'), 'Sales');
    await userEvent.fill(dialog.getByLabelText('Title'), 'More IPv4 addresses');
    await userEvent.fill(dialog.getByLabelText('Message'), 'We need a /28.');
    server.fail(problem(503, { title: 'Service unavailable', detail: 'Try again shortly.' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Open ticket' }));
    await expect.element(dialog.getByRole('alert')).toMatchTextContent(/Try again shortly/);
    await expect
      .element(dialog.getByRole('combobox', { name: 'Client' }))
      .toHaveValue('Cirrus Cloud Ltd');
    await expect.element(dialog.getByLabelText('Department')).toHaveValue('dep_sales');
    await expect.element(dialog.getByLabelText('Title')).toHaveValue('More IPv4 addresses');
    await expect.element(dialog.getByLabelText('Message')).toHaveValue('We need a /28.');
    await userEvent.click(dialog.getByRole('button', { name: 'Retry' }));
    await expect.element(dialog).not.toBeInTheDocument();
    expect(server.created).toHaveLength(2);
    // One submission, one key: a server that made the ticket before failing makes no second.
    expect(server.keys[0]).toBeTruthy();
    expect(server.keys[1]).toBe(server.keys[0]);
    await expect.poll(() => rowText(0)).toContain('More IPv4 addresses');
  });

  it('sends an edited ticket under a new key, and the next ticket under another', async () => {
    const server = backend();
    mountWithApi(server);
    const dialog = await openForm();
    await chooseClient(server, dialog, 'cirrus');
    await userEvent.selectOptions(dialog.getByLabelText('Department'), 'Sales');
    await userEvent.fill(dialog.getByLabelText('Title'), 'More IPv4 addresses');
    await userEvent.fill(dialog.getByLabelText('Message'), 'We need a /28.');
    server.fail(problem(503, { title: 'Service unavailable', detail: 'Try again shortly.' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Open ticket' }));
    await expect.element(dialog.getByRole('alert')).toMatchTextContent(/Try again shortly/);
    await userEvent.fill(dialog.getByLabelText('Message'), 'We need a /27.');
    await userEvent.click(dialog.getByRole('button', { name: 'Retry' }));
    await expect.element(dialog).not.toBeInTheDocument();
    expect(server.keys).toHaveLength(2);
    expect(server.keys[1]).not.toBe(server.keys[0]);
  });

  it('requires a client chosen from the list; Escape closes the list, not the dialog', async () => {
    const server = backend();
    mountWithApi(server);
    const dialog = await openForm();
    const picker = dialog.getByRole('combobox', { name: 'Client' });
    await userEvent.click(picker);
    await userEvent.keyboard('nim');
    await expect.element(dialog.getByRole('option', { name: /Nimbus Labs SRL/ })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(picker).toHaveAttribute('aria-expanded', 'false');
    await expect.element(dialog.getByRole('listbox')).not.toBeInTheDocument();
    await expect.element(dialog).toBeVisible();
    await userEvent.click(dialog.getByRole('button', { name: 'Open ticket' }));
    await expect.element(picker).toHaveAttribute('aria-invalid', 'true');
    await expect.element(picker).toHaveAccessibleDescription(/Choose a client from the list\./);
    expect(server.created).toEqual([]);
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
  });

  it('does not reopen a list the user closed when a search answers after Escape', async () => {
    const server = backend();
    mountWithApi(server);
    const dialog = await openForm();
    const picker = dialog.getByRole('combobox', { name: 'Client' });
    await userEvent.click(picker);
    await userEvent.keyboard('nim');
    await expect.element(dialog.getByRole('option', { name: /Nimbus Labs SRL/ })).toBeVisible();
    // One more letter; its search is held until after the user has closed the list.
    const gate = deferred<void>();
    server.holdSearch(gate);
    await userEvent.keyboard('b');
    await expect.poll(() => searched(server, 'nimb')).toBe(true);
    await userEvent.keyboard('{Escape}');
    await expect.element(picker).toHaveAttribute('aria-expanded', 'false');
    await expect.element(dialog.getByText(/^Searching/)).toBeInTheDocument();
    gate.resolve();
    server.holdSearch(undefined);
    await expect.element(dialog.getByText(/clients? found$/)).toBeInTheDocument();
    await expect.element(picker).toHaveAttribute('aria-expanded', 'false');
    // The next Escape is the dialog's; an arrow key would have opened the list again.
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
  });

  it('keeps the option the user moved to when a longer query answers', async () => {
    const server = backend();
    mountWithApi(server);
    const dialog = await openForm();
    const picker = dialog.getByRole('combobox', { name: 'Client' });
    await userEvent.click(picker);
    await userEvent.keyboard('strat');
    await expect.poll(() => searched(server, 'strat')).toBe(true);
    await expect.element(dialog.getByText(/clients? found$/)).toBeInTheDocument();
    await expect
      .element(dialog.getByRole('option', { name: /Stratus Hosting GmbH/ }))
      .toBeVisible();
    await userEvent.keyboard('{ArrowDown}');
    await expect
      .element(dialog.getByRole('option', { name: /Stratus Hosting GmbH/ }))
      .toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('us');
    await expect.poll(() => searched(server, 'stratus')).toBe(true);
    await expect.element(dialog.getByText(/clients? found$/)).toBeInTheDocument();
    await expect
      .element(dialog.getByRole('option', { name: /Stratus Hosting GmbH/ }))
      .toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    await expect.element(picker).toHaveValue('Stratus Hosting GmbH');
  });

  it('shows the form loading, and a failed load with a Retry that opens it', async () => {
    mountWithApi(backend());
    // The form's chunk fails once (as a dropped connection would), then answers when released.
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let attempts = 0;
    ticketListParts.form = async (locale) => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      await released;
      return loadForm(locale);
    };
    const button = page.getByRole('button', { name: 'New ticket' });
    await userEvent.click(button);
    const alert = page.getByRole('alert');
    await expect
      .element(alert)
      .toMatchTextContent(/^The form could not be loaded\. Check the connection and try again\./);
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await userEvent.click(alert.getByRole('button', { name: 'Retry' }));
    await expect.element(button).toHaveAttribute('aria-busy', 'true');
    await expect.element(page.getByText('Loading the form…')).toBeVisible();
    await expect.element(alert).not.toBeInTheDocument();
    expect(deepActive()?.textContent?.trim()).toBe('New ticket');
    release();
    const dialog = page.getByRole('dialog', { name: 'Open a ticket' });
    await expect.element(dialog).toBeVisible();
    await expect.element(button).not.toHaveAttribute('aria-busy');
    await expect.element(page.getByText('Loading the form…')).not.toBeInTheDocument();
    // The form's own styles came with it: its fields fill the dialog's width.
    const title = dialog.getByLabelText('Title').element() as HTMLElement;
    expect(getComputedStyle(title).inlineSize).toBe(
      getComputedStyle(title.parentElement!).inlineSize,
    );
    expect(attempts).toBe(2);
  });

  it('does not let an auditor open tickets, and says why', async () => {
    mountWithApi(backend(), { token: 'auditor-token' });
    await expect.element(page.getByRole('grid')).toBeVisible();
    const button = page.getByRole('button', { name: 'New ticket' });
    await expect.element(button).toHaveAttribute('aria-disabled', 'true');
    await expect
      .element(button)
      .toHaveAccessibleDescription('Your account is not allowed to open tickets.');
    // aria-disabled keeps it focusable (so the reason is found); pressing it does nothing.
    (button.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
  });

  for (const width of [1400, 390]) {
    it(`shows an auditor why, readable and on one line, at ${width}px, and loads nothing on a click`, async () => {
      let loads = 0;
      ticketListParts.form = (locale) => {
        loads += 1;
        return loadForm(locale);
      };
      container().style.inlineSize = `${width}px`;
      const list = mountWithApi(backend(), { token: 'auditor-token' });
      const button = page.getByRole('button', { name: 'New ticket' });
      await expect.element(button).toHaveAttribute('aria-disabled', 'true');
      const reason = page.getByText('Your account is not allowed to open tickets.');
      await expect.element(reason).toBeVisible();
      // Playwright holds off clicking aria-disabled controls; a user's mouse does not.
      await userEvent.click(button, { force: true });
      await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
      expect(loads).toBe(0);
      const label = button.element() as HTMLElement;
      // One line: as high as an enabled button (the control size, 36px).
      expect(label.getBoundingClientRect().height).toBeLessThanOrEqual(38);
      for (const [theme, pageColor] of THEMES) {
        list.setAttribute('theme', theme);
        await list.updateComplete;
        expect(textContrast(label, pageColor)).toBeGreaterThanOrEqual(4.5);
        expect(textContrast(reason.element(), pageColor)).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});
