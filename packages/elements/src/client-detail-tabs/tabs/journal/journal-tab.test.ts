import { html, render } from 'lit';
import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../define/clientele-provider.ts';
import './journal-tab.define.ts';
import { formatMoney } from '../../../base/format/money.ts';
import { deferred, fakeApi, json, problem } from '../../../testing/fake-api.ts';
import {
  createJournalArrayDataProvider,
  makeJournal,
  SAMPLE_JOURNAL_CLIENT,
} from '../../../testing/journal.ts';
import { useListContainer } from '../../../testing/list-fixture.ts';
import type { JournalDataProvider, JournalDataRequest } from './journal-data.ts';
import type { ClientJournalTab } from './journal-tab.ts';

const JOURNAL = makeJournal(10_000);
const container = useListContainer();
beforeEach(() => {
  container().style.inlineSize = '1400px';
});

const tab = () => container().querySelector('client-journal-tab') as ClientJournalTab;
const grid = () => page.getByRole('grid', { name: 'Journal' });
const rowText = (index: number) =>
  tab()
    .shadowRoot!.querySelector(`[role="row"][aria-rowindex="${index + 2}"]`)
    ?.textContent?.replace(/\s+/g, ' ')
    .trim() ?? '';

function mountWithData(entries = JOURNAL, lang = '') {
  const requests: Omit<JournalDataRequest, 'signal'>[] = [];
  const provider = createJournalArrayDataProvider(entries);
  const recording: JournalDataProvider = (request) => {
    const { signal: _signal, ...rest } = request;
    requests.push(rest);
    return provider(request);
  };
  render(
    html`<client-journal-tab
      lang=${lang}
      client-id=${SAMPLE_JOURNAL_CLIENT}
      .dataProvider=${recording}
    ></client-journal-tab>`,
    container(),
  );
  return requests;
}

/** A fake API with `/me` and the journal endpoint; `answer` may answer instead. */
function mountWithApi(
  answer: (url: URL) => Response | Promise<Response | undefined> | undefined = () => undefined,
) {
  const api = fakeApi(async (_request, url) => {
    const path = url.pathname.replace(/^\/api/, '');
    if (path === '/me') {
      const me = { id: 'u', name: 'U', email: 'u@x.test', role: 'auditor', locale: 'en' };
      return json({ ...me, permissions: ['clients.read'] });
    }
    const override = await answer(url);
    if (override) return override;
    const match = /^\/clients\/([^/]+)\/journal$/.exec(path);
    if (!match) return problem(404);
    if (match[1] !== SAMPLE_JOURNAL_CLIENT) return problem(404, { title: 'Not found' });
    const page = await createJournalArrayDataProvider(JOURNAL.slice(0, 120))({
      clientId: match[1]!,
      query: '',
      filters: {},
      sort: '-created_at',
      cursor: url.searchParams.get('cursor'),
      limit: Number(url.searchParams.get('limit') ?? 50),
      signal: new AbortController().signal,
    });
    return json({ items: page.items, next_cursor: page.nextCursor, total: page.total });
  });
  render(
    html`<clientele-provider .client=${api.client({ token: 'auditor-token' })}>
      <client-journal-tab client-id=${SAMPLE_JOURNAL_CLIENT}></client-journal-tab>
    </clientele-provider>`,
    container(),
  );
  return api;
}

describe('<client-journal-tab>', () => {
  it('shows the journal newest first in a windowed grid, every column', async () => {
    mountWithData();
    await expect.element(grid()).toHaveAttribute('aria-rowcount', '10001');
    await expect
      .element(page.getByRole('status').filter({ hasText: 'entries' }))
      .toHaveTextContent('10,000 entries');
    for (const name of ['Date', 'From', 'To', 'Rate', 'By', 'Credit after']) {
      await expect.element(page.getByRole('columnheader', { name, exact: true })).toBeVisible();
    }
    const newest = JOURNAL.at(-1)!;
    await expect.poll(() => rowText(0)).toContain(newest.description);
    expect(tab().shadowRoot!.querySelectorAll('[role="row"]').length).toBeLessThan(40);
  });

  it('words each side and shows the amounts in their currencies, the rate and the credit after', async () => {
    const converted = JOURNAL.filter((e) => e.source_amount.currency === 'USD').at(-1)!;
    const bySystem = JOURNAL.filter((e) => e.actor === null).at(-1)!;
    mountWithData([bySystem, converted]);
    await expect.poll(() => rowText(0)).not.toBe('');
    const row = page.getByRole('row').filter({ hasText: converted.description });
    await expect.element(row).toMatchTextContent(/Transaction/);
    await expect.element(row).toMatchTextContent(`$${converted.source_amount.amount}`);
    await expect.element(row).toMatchTextContent(`€${converted.destination_amount.amount}`);
    await expect.element(row).toMatchTextContent(/0\.92\s*USD → EUR/);
    await expect.element(row).toMatchTextContent(formatMoney('en', converted.credit_after));
    const system = page.getByRole('row').filter({ hasText: bySystem.description });
    await expect.element(system).toMatchTextContent(/System/);
    await expect.element(system).toMatchTextContent(/Same currency/);
  });

  it('reaches the oldest entry with Ctrl+End, walking forwards (the API has one order)', async () => {
    const requests = mountWithData();
    await expect.poll(() => rowText(0)).not.toBe('');
    const first = tab().shadowRoot!.querySelector<HTMLElement>(
      '[aria-rowindex="2"] [aria-colindex="1"]',
    )!;
    first.focus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expect.poll(() => rowText(9_999), { timeout: 15_000 }).toContain(JOURNAL[0]!.description);
    expect(requests.every((r) => r.sort === '-created_at')).toBe(true);
    expect(tab().shadowRoot!.querySelectorAll('[role="row"]').length).toBeLessThan(60);
  });

  it('asks the API page by page with its cursor', async () => {
    const api = mountWithApi();
    await expect.element(grid()).toHaveAttribute('aria-rowcount', '121');
    const grid_ = tab().shadowRoot!.querySelector<HTMLElement>('.grid')!;
    grid_.scrollTop = grid_.scrollHeight;
    await expect.poll(() => rowText(119)).toContain(JOURNAL[0]!.description);
    const searches = api.requests
      .map((r) => new URL(r.url))
      .filter((u) => u.pathname.endsWith('/journal'))
      .map((u) => u.search);
    expect(searches[0]).toBe('?limit=50');
    expect(searches.slice(1).every((s) => /cursor=\d+/.test(s))).toBe(true);
  });

  it('shows loading, then an error with Retry, which loads the journal', async () => {
    const gate = deferred<void>();
    let fail = true;
    mountWithApi(async () => {
      await gate.promise;
      return fail ? problem(500, { title: 'Server error', detail: 'Try later.' }) : undefined;
    });
    await expect.element(page.getByText('Loading…').first()).toBeInTheDocument();
    gate.resolve();
    await expect.element(page.getByRole('alert')).toMatchTextContent(/Server error/);
    fail = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.element(grid()).toBeVisible();
  });

  it('shows empty, forbidden and not found', async () => {
    mountWithData([]);
    await expect.element(page.getByText('No journal entries yet')).toBeVisible();
    render(html``, container());
    mountWithApi(() => problem(403, { title: 'Forbidden' }));
    await expect.element(page.getByText('Access denied')).toBeVisible();
    render(html``, container());
    mountWithApi();
    tab().clientId = 'cl_missing';
    await expect.element(page.getByText('Not found', { exact: true })).toBeVisible();
  });

  it('reads its first page again when an invoice is made for the client', async () => {
    const requests = mountWithData(JOURNAL.slice(0, 40));
    await expect.poll(() => tab().total).toBe(40);
    const before = requests.length;
    document.dispatchEvent(
      new CustomEvent('client-invoice-create', { detail: { clientId: 'cl_other' } }),
    );
    document.dispatchEvent(
      new CustomEvent('client-invoice-create', { detail: { clientId: SAMPLE_JOURNAL_CLIENT } }),
    );
    await expect.poll(() => requests.length).toBe(before + 1);
    expect(requests.at(-1)?.cursor).toBeNull();
  });

  it('speaks German', async () => {
    mountWithData(JOURNAL.slice(-5), 'de');
    await expect.element(page.getByRole('grid', { name: 'Journal' })).toBeVisible();
    await expect.element(page.getByRole('columnheader', { name: 'Guthaben danach' })).toBeVisible();
    await expect
      .element(page.getByRole('status').filter({ hasText: 'Einträge' }))
      .toHaveTextContent('5 Einträge');
  });

  it('keeps date, movement and credit at a phone width, the rest said inside', async () => {
    container().style.inlineSize = '340px';
    const converted = JOURNAL.filter((e) => e.source_amount.currency === 'USD').at(-1)!;
    mountWithData([converted]);
    await expect.element(grid()).toBeVisible();
    await expect.poll(() => page.getByRole('columnheader').elements().length).toBe(3);
    const row = page.getByRole('row').filter({ hasText: converted.description });
    await expect.element(row).toMatchTextContent(/Transaction → Credit/);
    await expect.element(row).toMatchTextContent(/Rate 0\.92/);
    const element = tab().shadowRoot!.querySelector<HTMLElement>('.grid')!;
    expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  });
});
