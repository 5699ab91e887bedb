import type { ClienteleClient } from '@clientele/sdk';
import { html, LitElement, render } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import {
  type Deferred,
  deferred,
  fakeApi,
  type Handler,
  json,
  problem,
} from '../../testing/fake-api.ts';
import { isEmptyData, ResourceController, type ResourceOptions } from './resource-controller.ts';

interface Named {
  name: string;
}
type Data = Named | { items: Named[] };
type Loader = (id: string, signal: AbortSignal) => Promise<Data>;

/** Loads by `clientId` and prints its state, as a widget would render it. */
class ResourceProbe extends LitElement {
  static override properties = { clientId: {} };
  /** Options for the next probe created (set before mounting). */
  static options: Partial<ResourceOptions<Data, readonly [string]>> = {};

  declare clientId: string | undefined;
  loader: Loader = () => new Promise(() => undefined);
  readonly resource = new ResourceController<Data, readonly [string]>(this, {
    args: () => (this.clientId ? [this.clientId] : undefined),
    load: ([id], signal) => this.loader(id, signal),
    ...ResourceProbe.options,
  });

  protected override render() {
    const { state, data, pending } = this.resource;
    const shown = data && 'name' in data ? data.name : data ? `${data.items.length} items` : '-';
    return html`<p>state: ${state}</p>
      <p>data: ${shown}</p>
      <p>pending: ${pending ? 'yes' : 'no'}</p>`;
  }
}
customElements.define('resource-probe', ResourceProbe);

let container: HTMLElement;

beforeEach(() => {
  ResourceProbe.options = {};
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  container.remove();
});

function mount(options: Partial<ResourceOptions<Data, readonly [string]>> = {}): ResourceProbe {
  ResourceProbe.options = options;
  render(html`<resource-probe></resource-probe>`, container);
  return container.querySelector('resource-probe') as ResourceProbe;
}

/** A loader whose every call waits for the test to settle it, recording its signal. */
function manualLoader() {
  const calls: Array<{ id: string; signal: AbortSignal; answer: Deferred<Data> }> = [];
  const loader: Loader = (id, signal) => {
    const answer = deferred<Data>();
    calls.push({ id, signal, answer });
    return answer.promise;
  };
  return { calls, loader };
}

/** A loader through the real SDK client, answered by `handler`. */
function apiLoader(handler: Handler): { loader: Loader; client: ClienteleClient } {
  const client = fakeApi(handler).client();
  const loader: Loader = async (id, signal) => {
    const { data } = await client.GET('/clients/{client_id}', {
      params: { path: { client_id: id } },
      signal,
    });
    return data as unknown as Data;
  };
  return { loader, client };
}

describe('ResourceController', () => {
  it('waits in the loading state until it has args', async () => {
    const probe = mount();
    const { calls, loader } = manualLoader();
    probe.loader = loader;

    await expect.element(page.getByText('state: loading')).toBeVisible();
    await expect.element(page.getByText('pending: no')).toBeVisible();
    expect(calls).toHaveLength(0);
  });

  it('aborts the older run when a newer one starts', async () => {
    const probe = mount();
    const { calls, loader } = manualLoader();
    probe.loader = loader;

    probe.clientId = 'a';
    await expect.poll(() => calls.length).toBe(1);
    probe.clientId = 'b';
    await expect.poll(() => calls.length).toBe(2);

    expect(calls[0]?.signal.aborted).toBe(true);
    expect(calls[1]?.signal.aborted).toBe(false);
    calls[1]?.answer.resolve({ name: 'Client B' });
    await expect.element(page.getByText('data: Client B')).toBeVisible();
    await expect.element(page.getByText('state: loaded')).toBeVisible();
  });

  it('never lets a late answer of an older run overwrite the newer one', async () => {
    const probe = mount();
    const { calls, loader } = manualLoader();
    probe.loader = loader;
    probe.clientId = 'a';
    await expect.poll(() => calls.length).toBe(1);
    probe.clientId = 'b';
    await expect.poll(() => calls.length).toBe(2);

    calls[1]?.answer.resolve({ name: 'Client B' });
    await expect.element(page.getByText('data: Client B')).toBeVisible();
    // A loader that ignores its signal answers late.
    calls[0]?.answer.resolve({ name: 'Client A' });
    await calls[0]?.answer.promise;
    await probe.updateComplete;

    await expect.element(page.getByText('data: Client B')).toBeVisible();
    await expect.element(page.getByText('state: loaded')).toBeVisible();
  });

  it('ignores a late failure of an older run too', async () => {
    const probe = mount();
    const { calls, loader } = manualLoader();
    probe.loader = loader;
    probe.clientId = 'a';
    await expect.poll(() => calls.length).toBe(1);
    probe.clientId = 'b';
    await expect.poll(() => calls.length).toBe(2);

    calls[1]?.answer.resolve({ name: 'Client B' });
    calls[0]?.answer.reject(new Error('boom'));
    await expect.element(page.getByText('data: Client B')).toBeVisible();
    await probe.updateComplete;
    expect(probe.resource.state).toBe('loaded');
  });

  it('is loaded with data and empty with an empty page', async () => {
    const probe = mount();
    probe.loader = apiLoader((_request, url) =>
      url.pathname.endsWith('/cl_full')
        ? json({ name: 'Acme Hosting' })
        : json({ items: [], next_cursor: null, total: 0 }),
    ).loader;

    probe.clientId = 'cl_full';
    await expect.element(page.getByText('state: loaded')).toBeVisible();
    await expect.element(page.getByText('data: Acme Hosting')).toBeVisible();

    probe.clientId = 'cl_none';
    await expect.element(page.getByText('state: empty')).toBeVisible();
    await expect.element(page.getByText('data: 0 items')).toBeVisible();
  });

  it.each([
    [403, 'forbidden'],
    [404, 'notFound'],
    [401, 'error'],
    [409, 'error'],
    [500, 'error'],
  ] as const)('classifies a %i problem as %s', async (status, state) => {
    const probe = mount();
    probe.loader = apiLoader(() => problem(status, { title: 'Nope', request_id: 'req_1' })).loader;
    probe.clientId = 'cl_1';

    await expect.element(page.getByText(`state: ${state}`)).toBeVisible();
    expect(probe.resource.error).toMatchObject({ name: 'ApiError', status });
  });

  it('classifies a network failure as error', async () => {
    const probe = mount();
    probe.loader = apiLoader(() => {
      throw new TypeError('Failed to fetch');
    }).loader;
    probe.clientId = 'cl_1';

    await expect.element(page.getByText('state: error')).toBeVisible();
    expect(probe.resource.error).toMatchObject({ name: 'NetworkError' });
  });

  it('ignores an aborted run: the state stays what it was', async () => {
    const onError: unknown[] = [];
    const probe = mount({ onError: (error) => onError.push(error) });
    const { calls, loader } = manualLoader();
    probe.loader = loader;
    probe.clientId = 'a';
    await expect.poll(() => calls.length).toBe(1);
    calls[0]?.answer.resolve({ name: 'Client A' });
    await expect.element(page.getByText('state: loaded')).toBeVisible();

    void probe.resource.run();
    await expect.element(page.getByText('pending: yes')).toBeVisible();
    probe.resource.abort();
    calls[1]?.answer.reject(new DOMException('aborted', 'AbortError'));

    await expect.element(page.getByText('pending: no')).toBeVisible();
    await expect.element(page.getByText('state: loaded')).toBeVisible();
    await expect.element(page.getByText('data: Client A')).toBeVisible();
    expect(onError).toEqual([]);
  });

  it('loads again on retry() after a failure', async () => {
    const probe = mount();
    let fail = true;
    probe.loader = apiLoader(() => (fail ? problem(503) : json({ name: 'Back again' }))).loader;
    probe.clientId = 'cl_1';
    await expect.element(page.getByText('state: error')).toBeVisible();

    fail = false;
    await probe.resource.retry();

    await expect.element(page.getByText('state: loaded')).toBeVisible();
    await expect.element(page.getByText('data: Back again')).toBeVisible();
    expect(probe.resource.error).toBeUndefined();
  });

  it('shows loading while reloading, or keeps the last data when asked', async () => {
    for (const keepData of [false, true]) {
      const probe = mount({ keepData });
      const { calls, loader } = manualLoader();
      probe.loader = loader;
      probe.clientId = 'a';
      await expect.poll(() => calls.length).toBe(1);
      calls[0]?.answer.resolve({ name: 'First' });
      await expect.element(page.getByText('data: First')).toBeVisible();

      probe.clientId = 'b';
      await expect.element(page.getByText('pending: yes')).toBeVisible();
      await expect
        .element(page.getByText(keepData ? 'state: loaded' : 'state: loading'))
        .toBeVisible();
      await expect.element(page.getByText('data: First')).toBeVisible();

      calls[1]?.answer.resolve({ name: 'Second' });
      await expect.element(page.getByText('data: Second')).toBeVisible();
      render(html``, container);
    }
  });

  it('reports outcomes through onLoad and onError', async () => {
    const seen: string[] = [];
    const probe = mount({
      onLoad: (data) => seen.push(`load ${'name' in data ? data.name : ''}`),
      onError: (_error, state) => seen.push(`error ${state}`),
    });
    probe.loader = apiLoader((_request, url) =>
      url.pathname.endsWith('/gone') ? problem(404) : json({ name: 'Here' }),
    ).loader;

    probe.clientId = 'here';
    await expect.element(page.getByText('state: loaded')).toBeVisible();
    probe.clientId = 'gone';
    await expect.element(page.getByText('state: notFound')).toBeVisible();
    expect(seen).toEqual(['load Here', 'error notFound']);
  });

  it('cancels a load when the element leaves the page and loads again when it returns', async () => {
    const probe = mount();
    const { calls, loader } = manualLoader();
    probe.loader = loader;
    probe.clientId = 'a';
    await expect.poll(() => calls.length).toBe(1);

    probe.remove();
    expect(calls[0]?.signal.aborted).toBe(true);
    container.append(probe);
    await expect.poll(() => calls.length).toBe(2);
    calls[1]?.answer.resolve({ name: 'Client A' });
    await expect.element(page.getByText('data: Client A')).toBeVisible();
  });

  it('goes back to loading when its args go away', async () => {
    const probe = mount();
    const { calls, loader } = manualLoader();
    probe.loader = loader;
    probe.clientId = 'a';
    await expect.poll(() => calls.length).toBe(1);
    calls[0]?.answer.resolve({ name: 'Client A' });
    await expect.element(page.getByText('data: Client A')).toBeVisible();

    probe.clientId = undefined;
    await expect.element(page.getByText('state: loading')).toBeVisible();
    await expect.element(page.getByText('data: -')).toBeVisible();
  });
});

describe('isEmptyData', () => {
  it('treats nothing, [] and a page without items as empty', () => {
    expect(isEmptyData(null)).toBe(true);
    expect(isEmptyData(undefined)).toBe(true);
    expect(isEmptyData([])).toBe(true);
    expect(isEmptyData({ items: [], next_cursor: null, total: 0 })).toBe(true);
    expect(isEmptyData([1])).toBe(false);
    expect(isEmptyData({ items: [{}] })).toBe(false);
    expect(isEmptyData({ name: 'x' })).toBe(false);
  });
});
