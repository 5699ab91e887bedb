import type { ActivityEntry } from '@clientele/sdk';
import { html, render } from 'lit';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../define/clientele-provider.ts';
import './activity-tab.define.ts';
import {
  createActivityArrayDataProvider,
  makeActivity,
  SAMPLE_ACTIVITY_CLIENT,
} from '../../../testing/activity.ts';
import { fakeApi, json, problem } from '../../../testing/fake-api.ts';
import { useListContainer } from '../../../testing/list-fixture.ts';
import type { ActivityDataProvider, ActivityDataRequest } from './activity-data.ts';
import type { ClientActivityTab } from './activity-tab.ts';

const LOG = makeActivity(10_000);
const container = useListContainer();
beforeEach(() => {
  container().style.inlineSize = '1400px';
});

const tab = () => container().querySelector('client-activity-tab') as ClientActivityTab;
const rowText = (index: number) =>
  tab()
    .shadowRoot!.querySelector(`[role="row"][aria-rowindex="${index + 2}"]`)
    ?.textContent?.replace(/\s+/g, ' ')
    .trim() ?? '';

function recording(provider: ActivityDataProvider) {
  const requests: Omit<ActivityDataRequest, 'signal'>[] = [];
  const wrapped: ActivityDataProvider = (request) => {
    const { signal: _signal, ...rest } = request;
    requests.push(rest);
    return provider(request);
  };
  return { requests, provider: wrapped };
}

function mountWithData(entries: ActivityEntry[] = LOG, lang = '') {
  const data = recording(createActivityArrayDataProvider(entries));
  render(
    html`<client-activity-tab
      lang=${lang}
      client-id=${SAMPLE_ACTIVITY_CLIENT}
      .dataProvider=${data.provider}
    ></client-activity-tab>`,
    container(),
  );
  return data;
}

/** A fake API with `/me` and the activity endpoint, failing as `answer` says. */
function mountWithApi(answer: (url: URL) => Response | undefined = () => undefined) {
  const api = fakeApi(async (_request, url) => {
    const path = url.pathname.replace(/^\/api/, '');
    if (path === '/me') {
      return json({
        id: 'u',
        name: 'U',
        email: 'u@x.test',
        role: 'auditor',
        permissions: ['clients.read'],
        locale: 'en',
      });
    }
    const override = answer(url);
    if (override) return override;
    const match = /^\/clients\/([^/]+)\/activity$/.exec(path);
    if (!match) return problem(404);
    if (match[1] !== SAMPLE_ACTIVITY_CLIENT) return problem(404, { title: 'Not found' });
    const p = url.searchParams;
    const page = await createActivityArrayDataProvider(LOG.slice(0, 300))({
      clientId: match[1]!,
      query: '',
      filters: {
        ...(p.getAll('category').length ? { category: p.getAll('category') as never } : {}),
        ...(p.get('actor') ? { actor: p.get('actor')! } : {}),
        ...(p.get('impersonated') ? { impersonated: p.get('impersonated') === 'true' } : {}),
      },
      sort: (p.get('sort') ?? '-at') as 'at' | '-at',
      cursor: p.get('cursor'),
      limit: Number(p.get('limit') ?? 50),
      signal: new AbortController().signal,
    });
    return json({ items: page.items, next_cursor: page.nextCursor, total: page.total });
  });
  render(
    html`<clientele-provider .client=${api.client({ token: 'auditor-token' })}>
      <client-activity-tab client-id=${SAMPLE_ACTIVITY_CLIENT}></client-activity-tab>
    </clientele-provider>`,
    container(),
  );
  return api;
}

describe('<client-activity-tab>', () => {
  it('shows the log in a windowed ARIA grid, newest first, with every column', async () => {
    mountWithData();
    const grid = page.getByRole('grid', { name: 'Activity' });
    await expect.element(grid).toHaveAttribute('aria-rowcount', '10001');
    await expect
      .element(page.getByRole('status').filter({ hasText: 'entries' }))
      .toHaveTextContent('10,000 entries');
    for (const name of ['Time', 'Actor', 'Impersonator', 'IP address', 'Action', 'Category']) {
      await expect.element(page.getByRole('columnheader', { name, exact: true })).toBeVisible();
    }
    const newest = LOG.at(-1)!;
    await expect.poll(() => rowText(0)).toContain(newest.actor.name);
    expect(
      tab().shadowRoot!.querySelector('[aria-rowindex="2"] time')?.getAttribute('datetime'),
    ).toBe(newest.at);
    expect(tab().shadowRoot!.querySelectorAll('[role="row"]').length).toBeLessThan(40);
  });

  it('reaches the oldest entry with Ctrl+End, and keeps the DOM small', async () => {
    mountWithData();
    await expect.poll(() => rowText(0)).not.toBe('');
    const first = tab().shadowRoot!.querySelector<HTMLElement>(
      '[aria-rowindex="2"] [aria-colindex="1"]',
    )!;
    first.focus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expect.poll(() => rowText(9_999)).toContain(LOG[0]!.actor.name);
    expect(tab().shadowRoot!.querySelectorAll('[role="row"]').length).toBeLessThan(60);
  });

  it('shows the impersonator and words the impersonation', async () => {
    const entries = LOG.filter((e) => e.action === 'user.impersonation_started').slice(-1);
    mountWithData(entries);
    const row = page.getByRole('row').filter({ hasText: 'Logged in as a user' });
    await expect.element(row).toBeVisible();
    const impersonator = () =>
      tab().shadowRoot!.querySelector('[role="gridcell"][data-column="impersonator"]');
    await expect
      .poll(() => impersonator()?.textContent?.trim())
      .toBe(entries[0]!.impersonator!.name);
    await expect.element(row.getByText('Security', { exact: true })).toBeVisible();
    await expect.element(row.getByText(/reason: Check the client area/)).toBeVisible();
  });

  it('filters by category, actor and impersonation, and clears them', async () => {
    const data = mountWithData();
    await expect.poll(() => tab().total).toBe(10_000);
    await page.getByRole('button', { name: 'Security' }).click();
    await expect
      .element(page.getByRole('button', { name: 'Security' }))
      .toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => data.requests.at(-1)?.filters).toEqual({ category: ['security'] });
    await page.getByRole('checkbox', { name: 'Impersonated only' }).click();
    await expect
      .poll(() => data.requests.at(-1)?.filters)
      .toEqual({ category: ['security'], impersonated: true });
    const expected = LOG.filter((e) => e.category === 'security' && e.impersonator).length;
    await expect.poll(() => tab().total).toBe(expected);
    await page.getByRole('searchbox', { name: 'Actor' }).fill('maria');
    await expect.poll(() => data.requests.at(-1)?.filters.actor).toBe('maria');
    await expect.poll(() => rowText(0)).toContain('Maria Ionescu');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect.poll(() => tab().total).toBe(10_000);
    await expect.element(page.getByRole('searchbox', { name: 'Actor' })).toHaveValue('');
  });

  it('sorts oldest first from the time header', async () => {
    const data = mountWithData();
    await expect.poll(() => rowText(0)).not.toBe('');
    await page.getByRole('button', { name: 'Time' }).click();
    await expect.poll(() => data.requests.at(-1)?.sort).toBe('at');
    await expect
      .poll(() =>
        tab().shadowRoot!.querySelector('[aria-rowindex="2"] time')?.getAttribute('datetime'),
      )
      .toBe(LOG[0]!.at);
    await expect
      .element(page.getByRole('columnheader', { name: 'Time' }))
      .toHaveAttribute('aria-sort', 'ascending');
  });

  it('says when the log is empty, and when no entry matches', async () => {
    mountWithData([]);
    await expect.element(page.getByText('No activity yet')).toBeVisible();
    render(html``, container());
    mountWithData(LOG.slice(0, 20));
    await page.getByRole('searchbox', { name: 'Actor' }).fill('nobody-at-all');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByText('No entries match')).toBeVisible();
  });

  it('sends the filters to the API as query parameters', async () => {
    const api = mountWithApi();
    await expect.element(page.getByRole('grid', { name: 'Activity' })).toBeVisible();
    await page.getByRole('button', { name: 'Billing' }).click();
    await page.getByRole('checkbox', { name: 'Impersonated only' }).click();
    await page.getByRole('searchbox', { name: 'Actor' }).fill('Ana');
    await userEvent.keyboard('{Enter}');
    await expect
      .poll(() => api.requests.map((r) => new URL(r.url).search).at(-1))
      .toBe('?sort=-at&limit=50&category=billing&actor=Ana&impersonated=true');
  });

  it('shows an error with Retry, which loads the log', async () => {
    let fail = true;
    mountWithApi(() =>
      fail ? problem(500, { title: 'Server error', detail: 'Try later.' }) : undefined,
    );
    await expect.element(page.getByRole('alert')).toMatchTextContent(/Server error/);
    fail = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.element(page.getByRole('grid', { name: 'Activity' })).toBeVisible();
  });

  it('shows forbidden and not found', async () => {
    mountWithApi(() => problem(403, { title: 'Forbidden' }));
    await expect.element(page.getByText('Access denied')).toBeVisible();
    await expect.element(page.getByRole('searchbox', { name: 'Actor' })).not.toBeInTheDocument();
    render(html``, container());
    mountWithApi();
    tab().clientId = 'cl_missing';
    await expect.element(page.getByText('Not found', { exact: true })).toBeVisible();
  });

  it('reads its first page again when another widget changes the client', async () => {
    const data = mountWithData(LOG.slice(0, 40));
    await expect.poll(() => tab().total).toBe(40);
    const before = data.requests.length;
    document.dispatchEvent(
      new CustomEvent('client-user-change', { detail: { clientId: 'cl_other' } }),
    );
    document.dispatchEvent(
      new CustomEvent('client-user-change', { detail: { clientId: SAMPLE_ACTIVITY_CLIENT } }),
    );
    await expect.poll(() => data.requests.length).toBe(before + 1);
    expect(data.requests.at(-1)?.cursor).toBeNull();
    // The other tabs' and widgets' changes too (a service terminated, a ledger entry).
    for (const type of ['client-service-change', 'client-invoice-create', 'units-entry-create']) {
      const count = data.requests.length;
      document.dispatchEvent(
        new CustomEvent(type, { detail: { clientId: SAMPLE_ACTIVITY_CLIENT } }),
      );
      await expect.poll(() => data.requests.length).toBe(count + 1);
    }
  });

  it('speaks German', async () => {
    mountWithData(LOG.slice(-5), 'de');
    await expect.element(page.getByRole('grid', { name: 'Aktivität' })).toBeVisible();
    await expect.element(page.getByRole('checkbox', { name: 'Nur in Vertretung' })).toBeVisible();
    await expect
      .element(page.getByRole('status').filter({ hasText: 'Einträge' }))
      .toHaveTextContent('5 Einträge');
  });

  it('warns about an unknown category and ignores it', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      mountWithData(LOG.slice(0, 50));
      tab().setAttribute('category', 'billing fun');
      await expect.poll(() => tab().category).toEqual(['billing']);
      expect(warnings.join()).toContain('"fun" is not a category');
    } finally {
      console.warn = warn;
    }
  });
});

describe('<client-activity-tab> filters chunk', () => {
  it('shows the log while the filters load, and an alert with Retry if they fail', async () => {
    const { activityTabParts } = await import('./activity-parts.ts');
    const load = activityTabParts.toolbar;
    let fail = true;
    const spy = vi
      .spyOn(activityTabParts, 'toolbar')
      .mockImplementation(() => (fail ? Promise.reject(new TypeError('Failed to fetch')) : load()));
    try {
      mountWithData(LOG.slice(0, 30));
      await expect.element(page.getByRole('grid', { name: 'Activity' })).toBeVisible();
      await expect.element(page.getByRole('alert')).toMatchTextContent(/Something went wrong/);
      fail = false;
      await page.getByRole('button', { name: 'Retry' }).click();
      await expect.element(page.getByRole('searchbox', { name: 'Actor' })).toBeVisible();
    } finally {
      spy.mockRestore();
    }
  });
});
