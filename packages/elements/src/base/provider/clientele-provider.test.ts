import type { ClienteleClient } from '@clientele/sdk';
import { html, LitElement, render } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { ClienteleConsumer } from '../controllers/clientele-consumer.ts';
import '../../define/clientele-provider.ts';
import { API_URL, fakeApi, meHandler, USERS } from '../../testing/fake-api.ts';
import type { ClienteleProvider, MeErrorDetail, MeLoadDetail } from './clientele-provider.ts';

/** Shows what it receives from its surroundings, as a widget would. */
class ProviderProbe extends LitElement {
  static override properties = { client: { attribute: false } };
  declare client: ClienteleClient | undefined;
  readonly context = new ClienteleConsumer(this);
  readonly clientsSeen = new Set<ClienteleClient>();

  protected override render() {
    const { client, locale, user } = this.context;
    if (client) this.clientsSeen.add(client);
    return html`<p>locale: ${locale}</p>
      <p>client: ${client ? 'connected' : 'none'}</p>
      <p>user: ${user ? `${user.status} ${user.me?.name ?? ''}`.trim() : 'none'}</p>
      <p>may update clients: ${this.context.can('clients.update') ? 'yes' : 'no'}</p>`;
  }
}
customElements.define('provider-probe', ProviderProbe);

let container: HTMLElement;
const documentLang = document.documentElement.getAttribute('lang');

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  container.remove();
  vi.unstubAllGlobals();
  if (documentLang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', documentLang);
});

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount(template: unknown) {
  render(template, container);
  return {
    provider: container.querySelector('clientele-provider') as ClienteleProvider,
    probe: container.querySelector('provider-probe') as ProviderProbe,
  };
}

/** Serves `/me` through `globalThis.fetch`, which the provider's own client calls. */
function serveMe() {
  const api = fakeApi(meHandler);
  vi.stubGlobal('fetch', api.fetch);
  return api;
}

describe('<clientele-provider>', () => {
  it('provides the client, the current user and the locale to a widget inside it', async () => {
    const api = serveMe();
    const loads: MeLoadDetail[] = [];
    container.addEventListener('me-load', (event) => loads.push(event.detail));
    const { provider } = mount(html`
      <clientele-provider base-url=${API_URL} token="admin-token" lang="de">
        <section><provider-probe></provider-probe></section>
      </clientele-provider>
    `);

    await expect.element(page.getByText('user: loaded Ada Admin')).toBeVisible();
    await expect.element(page.getByText('locale: de')).toBeVisible();
    await expect.element(page.getByText('client: connected')).toBeVisible();
    await expect.element(page.getByText('may update clients: yes')).toBeVisible();
    expect(loads).toEqual([{ me: USERS['admin-token'] }]);
    expect(provider.me?.name).toBe('Ada Admin');
    const [request] = api.requests;
    expect(request?.url).toBe(`${API_URL}/me`);
    expect(request?.headers.get('Authorization')).toBe('Bearer admin-token');
  });

  it('creates a new client and reloads the user when token or base-url change', async () => {
    const api = serveMe();
    const { provider, probe } = mount(html`
      <clientele-provider base-url=${API_URL} token="admin-token">
        <provider-probe></provider-probe>
      </clientele-provider>
    `);
    await expect.element(page.getByText('user: loaded Ada Admin')).toBeVisible();

    provider.setAttribute('token', 'auditor-token');
    await expect.element(page.getByText('user: loaded Otto Auditor')).toBeVisible();
    await expect.element(page.getByText('may update clients: no')).toBeVisible();
    expect(api.requests.at(-1)?.headers.get('Authorization')).toBe('Bearer auditor-token');
    // The host sees the same client the widgets use.
    expect(probe.clientsSeen.has(provider.activeClient!)).toBe(true);

    provider.setAttribute('base-url', 'https://other.test/v2');
    await expect.poll(() => api.requests.at(-1)?.url).toBe('https://other.test/v2/me');
    await expect.element(page.getByText('user: loaded Otto Auditor')).toBeVisible();
    expect(probe.clientsSeen.size).toBe(3);
  });

  it('fires me-error with status 401 and grants nothing when the token is refused', async () => {
    serveMe();
    const errors: MeErrorDetail[] = [];
    container.addEventListener('me-error', (event) => errors.push(event.detail));
    const { provider } = mount(html`
      <clientele-provider base-url=${API_URL} token="expired-token">
        <provider-probe></provider-probe>
      </clientele-provider>
    `);

    await expect.element(page.getByText('user: error')).toBeVisible();
    await expect.element(page.getByText('may update clients: no')).toBeVisible();
    expect(errors).toHaveLength(1);
    expect(errors[0]?.status).toBe(401);
    expect(errors[0]?.error.message).toContain('The bearer token is missing or invalid.');
    expect(provider.me).toBeUndefined();
  });

  it('uses a given client instead of base-url and token', async () => {
    const global = serveMe();
    const own = fakeApi(meHandler);
    const client = own.client({ token: 'auditor-token' });
    const { probe, provider } = mount(html`
      <clientele-provider base-url=${API_URL} token="admin-token" .client=${client}>
        <provider-probe></provider-probe>
      </clientele-provider>
    `);

    await expect.element(page.getByText('user: loaded Otto Auditor')).toBeVisible();
    expect(probe.context.client).toBe(client);
    expect(provider.activeClient).toBe(client);
    expect(own.requests).toHaveLength(1);
    expect(global.requests).toHaveLength(0);
  });

  it('provides no client and sends nothing without credentials', async () => {
    const api = serveMe();
    mount(html`
      <clientele-provider><provider-probe></provider-probe></clientele-provider>
      <clientele-provider base-url=${API_URL}><provider-probe></provider-probe></clientele-provider>
      <clientele-provider token="admin-token"><provider-probe></provider-probe></clientele-provider>
    `);
    const providers = [...container.querySelectorAll('clientele-provider')];
    await Promise.all(providers.map((provider) => provider.updateComplete));
    await nextTask();

    await expect.poll(() => page.getByText('client: none').all()).toHaveLength(3);
    expect(page.getByText('user: idle').all()).toHaveLength(3);
    expect(providers.map((provider) => provider.activeClient)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(api.requests).toHaveLength(0);
  });

  it("takes the document's lang without its own, and follows changes of either", async () => {
    serveMe();
    document.documentElement.setAttribute('lang', 'de-AT');
    const { provider } = mount(html`
      <clientele-provider base-url=${API_URL} token="admin-token">
        <provider-probe></provider-probe>
      </clientele-provider>
    `);
    await expect.element(page.getByText('locale: de-AT')).toBeVisible();

    document.documentElement.setAttribute('lang', 'fr');
    await expect.element(page.getByText('locale: fr')).toBeVisible();

    provider.lang = 'en-GB';
    await expect.element(page.getByText('locale: en-GB')).toBeVisible();

    document.documentElement.removeAttribute('lang');
    provider.removeAttribute('lang');
    await expect.element(page.getByText('locale: en')).toBeVisible();
  });

  it("lets a widget's own lang and client win over the provider's", async () => {
    serveMe();
    const own = fakeApi(meHandler).client();
    const { probe } = mount(html`
      <clientele-provider base-url=${API_URL} token="admin-token" lang="de">
        <provider-probe lang="en-US" .client=${own}></provider-probe>
      </clientele-provider>
    `);

    await expect.element(page.getByText('locale: en-US')).toBeVisible();
    expect(probe.context.client).toBe(own);
  });

  it('warns about an unknown theme instead of failing', async () => {
    serveMe();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    mount(html`<clientele-provider theme="blue"><p>Still here</p></clientele-provider>`);

    await expect.element(page.getByText('Still here')).toBeVisible();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('theme="blue"'));
    warn.mockRestore();
  });

  it('renders its children in place (display: contents)', async () => {
    serveMe();
    const { provider } = mount(
      html`<clientele-provider><p>Portal content</p></clientele-provider>`,
    );

    await expect.element(page.getByText('Portal content')).toBeVisible();
    expect(getComputedStyle(provider).display).toBe('contents');
  });
});

/** Every request carries the token, and `/me` went out exactly once. */
function expectOneAuthenticatedMe(requests: readonly Request[], token: string) {
  expect(requests.map((request) => new URL(request.url).pathname)).toEqual(['/api/me']);
  for (const request of requests) {
    expect(request.headers.get('Authorization')).toBe(`Bearer ${token}`);
  }
}

/** Lets the provider render, and any request it would send go out. */
async function settle(provider: ClienteleProvider) {
  await provider.updateComplete;
  await nextTask();
}

describe('<clientele-provider> given its credentials late', () => {
  it('sends one authenticated /me when the token comes after base-url', async () => {
    const api = serveMe();
    const { provider } = mount(html`
      <clientele-provider base-url=${API_URL}><provider-probe></provider-probe></clientele-provider>
    `);
    await settle(provider);
    await expect.element(page.getByText('client: none')).toBeVisible();
    expect(api.requests).toHaveLength(0);

    provider.token = 'admin-token';
    await expect.element(page.getByText('user: loaded Ada Admin')).toBeVisible();
    await settle(provider);
    expectOneAuthenticatedMe(api.requests, 'admin-token');
  });

  it('sends one authenticated /me when base-url comes after the token', async () => {
    const api = serveMe();
    const { provider } = mount(html`
      <clientele-provider token="auditor-token"><provider-probe></provider-probe></clientele-provider>
    `);
    await settle(provider);
    expect(api.requests).toHaveLength(0);

    provider.setAttribute('base-url', API_URL);
    await expect.element(page.getByText('user: loaded Otto Auditor')).toBeVisible();
    await settle(provider);
    expectOneAuthenticatedMe(api.requests, 'auditor-token');
  });

  it('uses a client given after base-url, and sends nothing of its own', async () => {
    const global = serveMe();
    const own = fakeApi(meHandler);
    const { provider } = mount(html`
      <clientele-provider base-url=${API_URL}><provider-probe></provider-probe></clientele-provider>
    `);
    await settle(provider);

    provider.client = own.client({ token: 'admin-token' });
    await expect.element(page.getByText('user: loaded Ada Admin')).toBeVisible();
    await settle(provider);
    expectOneAuthenticatedMe(own.requests, 'admin-token');
    expect(global.requests).toHaveLength(0);
  });

  it('sends one authenticated /me whatever order they are set in within one task', async () => {
    const api = serveMe();
    const orders: Array<(provider: ClienteleProvider) => void> = [
      (provider) => {
        provider.setAttribute('base-url', API_URL);
        provider.token = 'admin-token';
      },
      (provider) => {
        provider.token = 'admin-token';
        provider.setAttribute('base-url', API_URL);
      },
    ];
    for (const setCredentials of orders) {
      api.requests.length = 0;
      const provider = document.createElement('clientele-provider');
      container.replaceChildren(provider);
      setCredentials(provider);
      await expect.poll(() => provider.me?.name).toBe('Ada Admin');
      await settle(provider);
      expectOneAuthenticatedMe(api.requests, 'admin-token');
    }
  });

  it('asks getToken for the token', async () => {
    const api = serveMe();
    const getToken = vi.fn(() => 'auditor-token');
    const { provider } = mount(html`
      <clientele-provider base-url=${API_URL} .getToken=${getToken}>
        <provider-probe></provider-probe>
      </clientele-provider>
    `);
    await expect.element(page.getByText('user: loaded Otto Auditor')).toBeVisible();
    await settle(provider);
    expectOneAuthenticatedMe(api.requests, 'auditor-token');
    expect(getToken).toHaveBeenCalledWith(expect.objectContaining({ refresh: false }));
  });
});

describe('a widget without a provider', () => {
  it('uses its own client, its lang or the document lang, and offers every action', async () => {
    document.documentElement.setAttribute('lang', 'de');
    const client = fakeApi(meHandler).client();
    mount(html`<provider-probe .client=${client}></provider-probe>`);

    await expect.element(page.getByText('locale: de')).toBeVisible();
    await expect.element(page.getByText('client: connected')).toBeVisible();
    await expect.element(page.getByText('user: none')).toBeVisible();
    await expect.element(page.getByText('may update clients: yes')).toBeVisible();
  });
});
