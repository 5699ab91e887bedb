import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/clientele-provider.ts';
import '../define/client-detail-tabs.ts';
import { detailBackend, useClientDetailFixture } from '../testing/client-detail-fixture.ts';
import { problem } from '../testing/fake-api.ts';
import { deepActive } from '../testing/list-fixture.ts';
import { clientDetailParts } from './detail-parts.ts';
import { registerClientTab } from './tab-registry.ts';

const { container, widget, mount } = useClientDetailFixture();
const loadActions = clientDetailParts.actions;
const loadPage = clientDetailParts.page;
afterEach(() => {
  clientDetailParts.actions = loadActions;
  clientDetailParts.page = loadPage;
  vi.restoreAllMocks();
});

const tab = (name: string) => page.getByRole('tab', { name });

describe('<client-detail-tabs> shell', () => {
  it('shows the header, the tabs and the Overview of the client', async () => {
    const server = detailBackend();
    mount(server);
    const client = server.record;
    await expect
      .element(page.getByRole('heading', { level: 2, name: client.company ?? '' }))
      .toBeVisible();
    await expect
      .element(page.getByRole('banner').getByText('Active', { exact: true }))
      .toBeVisible();
    await expect.element(page.getByText(client.id, { exact: true }).first()).toBeVisible();
    await expect.element(tab('Overview')).toHaveAttribute('aria-selected', 'true');
    await expect.element(tab('Tickets')).toHaveAttribute('aria-selected', 'false');
    await expect.element(page.getByRole('heading', { name: 'Personal details' })).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Billing' })).toBeVisible();
    await expect.element(page.getByText(client.email).first()).toBeVisible();
    expect(widget().getAttribute('active-tab')).toBe('overview');
  });

  it('brings the selected tab into view when the tab list scrolls sideways', async () => {
    container().style.inlineSize = '320px';
    mount(detailBackend(), { activeTab: 'tickets', tabs: 'overview users activity tickets' });
    const tickets = tab('Tickets');
    await expect.element(tickets).toHaveAttribute('aria-selected', 'true');
    const list = page.getByRole('tablist').element() as HTMLElement;
    expect(list.scrollWidth).toBeGreaterThan(list.clientWidth); // it does scroll
    await expect
      .poll(() => tickets.element().getBoundingClientRect().right)
      .toBeLessThanOrEqual(list.getBoundingClientRect().right + 1);
    container().style.inlineSize = '';
  });

  it('keyboard: arrows move focus, Enter selects (manual activation), Home/End, wraps', async () => {
    // Two tabs, whatever else is registered: End is Tickets, and Right from it wraps.
    mount(detailBackend(), { tabs: 'overview tickets' });
    await expect.element(tab('Overview')).toBeVisible();
    await userEvent.click(tab('Overview'));
    await userEvent.keyboard('{ArrowRight}');
    expect(deepActive()?.textContent?.trim()).toBe('Tickets');
    await expect.element(tab('Overview')).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    await expect.element(tab('Tickets')).toHaveAttribute('aria-selected', 'true');
    expect(widget().getAttribute('active-tab')).toBe('tickets');
    await expect.element(page.getByText('No tickets yet')).toBeVisible();
    await userEvent.keyboard('{ArrowRight}');
    expect(deepActive()?.textContent?.trim()).toBe('Overview');
    await userEvent.keyboard('{End}');
    expect(deepActive()?.textContent?.trim()).toBe('Tickets');
    await userEvent.keyboard('{Home}');
    expect(deepActive()?.textContent?.trim()).toBe('Overview');
    await userEvent.keyboard(' ');
    await expect.element(tab('Overview')).toHaveAttribute('aria-selected', 'true');
    // The Tickets panel was kept: hidden, not removed.
    expect(widget().shadowRoot!.querySelector('ticket-list')).not.toBeNull();
  });

  it('deep link: active-tab opens that tab, and loads no other panel', async () => {
    mount(detailBackend(), { activeTab: 'tickets' });
    await expect.element(tab('Tickets')).toHaveAttribute('aria-selected', 'true');
    await expect.element(page.getByText('No tickets yet')).toBeVisible();
    expect(widget().shadowRoot!.querySelector('client-overview')).toBeNull();
    widget().activeTab = 'overview';
    await expect.element(page.getByRole('heading', { name: 'Personal details' })).toBeVisible();
  });

  it('client-tab-change is cancelable: preventDefault keeps the tab', async () => {
    mount(detailBackend());
    const seen: string[] = [];
    container().addEventListener('client-tab-change', (event) => {
      seen.push(`${event.detail.previous}->${event.detail.tab}`);
      event.preventDefault();
    });
    await userEvent.click(tab('Tickets'));
    expect(seen).toEqual(['overview->tickets']);
    await expect.element(tab('Overview')).toHaveAttribute('aria-selected', 'true');
    expect(widget().getAttribute('active-tab')).toBe('overview');
  });

  it('tabs chooses and orders; unknown names warn and are ignored', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    mount(detailBackend(), { tabs: 'tickets, nonsense overview' });
    await expect.element(tab('Tickets')).toHaveAttribute('aria-selected', 'true');
    const names = [...widget().shadowRoot!.querySelectorAll('[role="tab"]')].map((t) =>
      t.textContent?.trim(),
    );
    expect(names).toEqual(['Tickets', 'Overview']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"nonsense"'));
  });

  it('hides a tab the user may not see', async () => {
    mount(detailBackend(), { token: 'no-tickets-token' });
    await expect.element(tab('Overview')).toBeVisible();
    await expect.element(tab('Tickets')).not.toBeInTheDocument();
  });

  it('a registered tab plugs in; its chunk failing shows an alert with Retry', async () => {
    let fail = true;
    registerClientTab({
      name: 'extra',
      tag: 'test-extra-panel',
      label: 'units',
      load: async () => {
        if (fail) throw new Error('chunk failed');
        if (!customElements.get('test-extra-panel')) {
          customElements.define(
            'test-extra-panel',
            class extends HTMLElement {
              connectedCallback() {
                this.textContent = `Units of ${this.getAttribute('client-id')}`;
              }
            },
          );
        }
      },
    });
    const server = detailBackend();
    mount(server, { activeTab: 'extra', tabs: 'overview extra' });
    await expect.element(page.getByText('Something went wrong')).toBeVisible();
    fail = false;
    await userEvent.click(page.getByRole('button', { name: 'Retry' }));
    await expect.element(page.getByText(`Units of ${server.record.id}`)).toBeVisible();
  });

  it("a tab's configuration change reads the client again: the header shows the new name", async () => {
    const server = detailBackend();
    mount(server);
    const banner = page.getByRole('banner');
    await expect.element(banner.getByText(server.record.configuration.name)).toBeVisible();
    const configuration = { id: 'cf_reseller', name: 'Reseller pricing' };
    server.changeBehind({ configuration });
    // As the Configuration tab says it, from inside the shell's shadow root.
    widget()
      .shadowRoot!.querySelector('[role="tabpanel"]')!
      .dispatchEvent(
        new CustomEvent('client-configuration-change', {
          detail: { clientId: server.record.id, configuration },
          bubbles: true,
          composed: true,
        }),
      );
    await expect.element(banner.getByText('Reseller pricing')).toBeVisible();
    expect(widget().clientRecord?.configuration.name).toBe('Reseller pricing');
  });

  it("another client's change reads nothing; an invoice of this client reads it again", async () => {
    const server = detailBackend();
    mount(server);
    const banner = page.getByRole('banner');
    await expect.element(banner.getByText(server.record.configuration.name)).toBeVisible();
    const path = `/clients/${server.record.id}`;
    const reads = () =>
      server.api.requests.filter(
        (r) => r.method === 'GET' && new URL(r.url).pathname.endsWith(path),
      ).length;
    const before = reads();
    server.changeBehind({ configuration: { id: 'cf_other', name: 'Other pricing' } });
    const send = (type: string, clientId: string) =>
      widget().dispatchEvent(
        new CustomEvent(type, { detail: { clientId }, bubbles: true, composed: true }),
      );
    send('client-configuration-change', 'cl_someoneelse00001');
    expect(reads()).toBe(before);
    send('client-invoice-create', server.record.id);
    await expect.element(banner.getByText('Other pricing')).toBeVisible();
    expect(reads()).toBe(before + 1);
  });

  it('a client that does not exist is one not-found view', async () => {
    mount(detailBackend(), { clientId: 'cl_missing' });
    await expect.element(page.getByText('Not found')).toBeVisible();
    await expect.element(page.getByRole('tablist')).not.toBeInTheDocument();
    await expect.element(page.getByRole('heading', { level: 2 })).not.toBeInTheDocument();
  });

  it('a failed load is an error with Retry; forbidden is access denied', async () => {
    const server = detailBackend();
    server.fail(`GET /clients/${server.record.id}`, problem(500, { title: 'Server error' }));
    mount(server);
    await expect.element(page.getByText('Server error')).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Retry' }));
    await expect.element(tab('Overview')).toBeVisible();

    const other = detailBackend();
    other.fail(`GET /clients/${other.record.id}`, problem(403, { title: 'Forbidden' }));
    mount(other);
    await expect.element(page.getByText('Access denied')).toBeVisible();
  });

  it("the header's chunk failing to load is the error view, whose Retry loads it", async () => {
    clientDetailParts.page = () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const server = detailBackend();
    mount(server);
    await expect.element(page.getByText('Something went wrong')).toBeVisible();
    await expect.element(page.getByRole('heading', { level: 2 })).not.toBeInTheDocument();
    await expect.element(page.getByRole('tablist')).not.toBeInTheDocument();
    clientDetailParts.page = loadPage;
    await userEvent.click(page.getByRole('button', { name: 'Retry' }));
    await expect
      .element(page.getByRole('heading', { level: 2, name: server.record.company ?? '' }))
      .toBeVisible();
    await expect.element(tab('Overview')).toHaveAttribute('aria-selected', 'true');
  });

  it('speaks German', async () => {
    mount(detailBackend());
    widget().setAttribute('lang', 'de');
    await expect.element(tab('Übersicht')).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Daten bearbeiten' })).toBeVisible();
  });
});
