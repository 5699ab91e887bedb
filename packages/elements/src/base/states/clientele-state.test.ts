import { ApiError, NetworkError, TimeoutError } from '@clientele/sdk';
import { html, render } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../define/clientele-state.ts';
import { type ClienteleState, stateParts } from './clientele-state.ts';

function apiError(status: number, body: Record<string, unknown>): ApiError {
  return new ApiError(
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/problem+json' },
    }),
    body,
  );
}

const serverError = apiError(500, {
  type: 'https://clientele.dev/problems/server-error',
  title: 'Internal server error',
  status: 500,
  detail: 'The billing backend did not answer.',
  request_id: 'req_7f3a9c',
});

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  container.remove();
});

function mount(template: unknown): ClienteleState {
  render(template, container);
  return container.querySelector('clientele-state') as ClienteleState;
}

describe('<clientele-state>', () => {
  it('loading: a busy skeleton with a "Loading…" status for screen readers', async () => {
    const view = mount(html`<clientele-state state="loading" rows="4"></clientele-state>`);

    await expect.element(page.getByRole('status')).toHaveTextContent('Loading…');
    const region = view.shadowRoot?.querySelector('[part="loading"]');
    expect(region?.getAttribute('aria-busy')).toBe('true');
    expect(view.shadowRoot?.querySelectorAll('[part="skeleton-line"]')).toHaveLength(4);
    // Hidden visually, not from assistive technology.
    const label = page.getByText('Loading…').element();
    expect(label.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  it('loading: a widget can slot its own skeleton', async () => {
    mount(html`<clientele-state state="loading"
      ><div slot="loading">Table skeleton</div></clientele-state
    >`);

    await expect.element(page.getByText('Table skeleton')).toBeVisible();
    await expect.element(page.getByRole('status')).toHaveTextContent('Loading…');
  });

  it('loaded: shows the content, marked busy while refreshing', async () => {
    const view = mount(html`<clientele-state state="loaded"><p>Acme Hosting</p></clientele-state>`);

    await expect.element(page.getByText('Acme Hosting')).toBeVisible();
    expect(page.getByRole('status').query()).toBeNull();

    view.busy = true;
    await view.updateComplete;
    expect(view.shadowRoot?.querySelector('[part="content"]')?.getAttribute('aria-busy')).toBe(
      'true',
    );
  });

  it('hides the content in every other state', async () => {
    mount(html`<clientele-state state="empty"><p>Acme Hosting</p></clientele-state>`);

    await expect.element(page.getByText('Nothing to show')).toBeVisible();
    await expect.element(page.getByText('Acme Hosting')).not.toBeVisible();
  });

  it('empty: a default message, or the one the widget slots in', async () => {
    const view = mount(html`<clientele-state state="empty"></clientele-state>`);
    await expect.element(page.getByText('Nothing to show')).toBeVisible();
    await expect.element(page.getByText('There are no items here yet.')).toBeVisible();

    render(
      html`<clientele-state state="empty"
        ><p slot="empty">No clients match these filters.</p></clientele-state
      >`,
      container,
    );
    await view.updateComplete;
    await expect.element(page.getByText('No clients match these filters.')).toBeVisible();
    await expect.element(page.getByText('Nothing to show')).not.toBeVisible();
  });

  it("error: an alert with the problem's title, detail and request id, and Retry", async () => {
    const retries: Event[] = [];
    container.addEventListener('retry', (event) => retries.push(event));
    mount(html`<clientele-state state="error" .error=${serverError}></clientele-state>`);

    const alert = page.getByRole('alert');
    await expect.element(alert).toMatchTextContent('Internal server error');
    await expect.element(alert).toMatchTextContent('The billing backend did not answer.');
    await expect.element(alert).toMatchTextContent('Request ID: req_7f3a9c');

    await userEvent.click(page.getByRole('button', { name: 'Retry' }));
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatchObject({ bubbles: true, composed: true });
  });

  it('error: Retry works from the keyboard', async () => {
    const retries: Event[] = [];
    container.addEventListener('retry', (event) => retries.push(event));
    const view = mount(
      html`<clientele-state state="error" .error=${serverError}></clientele-state>`,
    );

    const retry = page.getByRole('button', { name: 'Retry' });
    await expect.element(retry).toBeVisible();
    await userEvent.tab();
    // Focus inside a shadow root: the document sees the host, the shadow root the button.
    expect(document.activeElement).toBe(view);
    expect(view.shadowRoot?.activeElement).toBe(retry.element());
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(retries).toHaveLength(2);
  });

  it('error: puts focus back on Retry when the retry fails again', async () => {
    const view = mount(
      html`<clientele-state state="error" .error=${serverError}></clientele-state>`,
    );
    container.addEventListener('retry', () => {
      view.state = 'loading';
    });

    await userEvent.click(page.getByRole('button', { name: 'Retry' }));
    await expect.element(page.getByRole('status')).toHaveTextContent('Loading…');
    view.state = 'error';

    await expect.element(page.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect.poll(() => view.shadowRoot?.activeElement?.textContent?.trim()).toBe('Retry');
  });

  it('error: lists field errors of a problem', async () => {
    const invalid = apiError(422, {
      title: 'Validation failed',
      status: 422,
      errors: [{ field: 'email', code: 'format', message: 'must be an email address' }],
    });
    mount(html`<clientele-state state="error" .error=${invalid}></clientele-state>`);

    await expect.element(page.getByRole('alert')).toMatchTextContent('Validation failed');
    await expect
      .element(page.getByRole('listitem'))
      .toHaveTextContent('email: must be an email address');
  });

  it('error: says how long a rate-limited server asks to wait', async () => {
    const limited = new ApiError(
      new Response(JSON.stringify({ title: 'Too many requests', status: 429 }), {
        status: 429,
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' },
      }),
      { title: 'Too many requests', status: 429 },
    );
    mount(html`<clientele-state state="error" .error=${limited}></clientele-state>`);

    await expect.element(page.getByRole('alert')).toMatchTextContent('Too many requests');
    await expect
      .element(page.getByRole('alert'))
      .toMatchTextContent('The server asks to wait 30 seconds before trying again.');
    await expect.element(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  it.each([
    [new NetworkError(), 'The server could not be reached', 'Check the connection and try again.'],
    [new TimeoutError(30_000), 'The server took too long to answer', 'Try again in a moment.'],
    [new TypeError('x is undefined'), 'Something went wrong', 'An unexpected error occurred.'],
  ])('error: explains a %s in words', async (error, title, detail) => {
    mount(html`<clientele-state state="error" .error=${error}></clientele-state>`);

    await expect.element(page.getByRole('alert')).toMatchTextContent(title);
    await expect.element(page.getByRole('alert')).toMatchTextContent(detail);
    expect(page.getByText('x is undefined').query()).toBeNull();
  });

  it('forbidden: says access is denied, with the request id', async () => {
    const error = apiError(403, { title: 'Forbidden', status: 403, request_id: 'req_403' });
    mount(html`<clientele-state state="forbidden" .error=${error}></clientele-state>`);

    await expect.element(page.getByText('Access denied')).toBeVisible();
    await expect
      .element(page.getByText('Your account does not have permission to view this.'))
      .toBeVisible();
    await expect.element(page.getByText('Request ID: req_403')).toBeVisible();
    expect(page.getByRole('button').query()).toBeNull();
  });

  it('notFound: says it was not found', async () => {
    mount(html`<clientele-state state="notFound"></clientele-state>`);

    await expect.element(page.getByText('Not found', { exact: true })).toBeVisible();
    await expect
      .element(page.getByText('It may have been deleted, or the link is out of date.'))
      .toBeVisible();
  });

  it('speaks its lang (German here)', async () => {
    const view = mount(
      html`<clientele-state lang="de" state="error" .error=${new NetworkError()}></clientele-state>`,
    );
    await expect
      .element(page.getByRole('alert'))
      .toMatchTextContent('Der Server ist nicht erreichbar');
    await expect.element(page.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();

    view.state = 'loading';
    await expect.element(page.getByRole('status')).toHaveTextContent('Wird geladen…');
    view.state = 'forbidden';
    await expect.element(page.getByText('Zugriff verweigert')).toBeVisible();
    view.setAttribute('lang', 'en');
    await expect.element(page.getByText('Access denied')).toBeVisible();
  });

  it('exposes a part for every view for theming', async () => {
    const view = mount(html`<clientele-state .error=${serverError}></clientele-state>`);
    // The views other than loading arrive on first use.
    view.state = 'empty';
    await expect.element(page.getByText('Nothing to show')).toBeVisible();
    const parts = new Set<string>();
    for (const state of ['loading', 'loaded', 'empty', 'error', 'forbidden', 'notFound'] as const) {
      view.state = state;
      await view.updateComplete;
      for (const element of view.shadowRoot?.querySelectorAll('[part]') ?? []) {
        for (const part of element.part) parts.add(part);
      }
    }
    expect([...parts].sort()).toEqual(
      [
        'alert',
        'content',
        'empty',
        'error',
        'forbidden',
        'loading',
        'loading-label',
        'message',
        'not-found',
        'request-id',
        'retry-button',
        'skeleton',
        'skeleton-line',
        'title',
      ].sort(),
    );
  });

  it('shows the skeleton until its view arrives, and a readable error if it cannot load', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const views = vi
      .spyOn(stateParts, 'views')
      .mockImplementationOnce(() =>
        gate.then(() =>
          Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
        ),
      );
    mount(html`<clientele-state state="forbidden"></clientele-state>`);
    await expect.element(page.getByRole('status')).toHaveTextContent('Loading…');
    expect(page.getByText('Access denied').query()).toBeNull();

    release();
    const alert = page.getByRole('alert');
    await expect.element(alert).toMatchTextContent('Something went wrong');
    await expect.element(alert).toMatchTextContent('Check the connection and try again.');
    // Retry loads the view again (the real one this time).
    await userEvent.click(page.getByRole('button', { name: 'Retry' }));
    await expect.element(page.getByText('Access denied')).toBeVisible();
    expect(views).toHaveBeenCalledTimes(2);
    views.mockRestore();
  });

  it('warns about an unknown state and shows loading', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    mount(html`<clientele-state state="done"></clientele-state>`);

    await expect.element(page.getByRole('status')).toHaveTextContent('Loading…');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('state="done"'));
    warn.mockRestore();
  });

  it('reflects its state for host styling', async () => {
    const view = mount(html`<clientele-state></clientele-state>`);
    await view.updateComplete;
    expect(view.getAttribute('state')).toBe('loading');
    view.state = 'notFound';
    await view.updateComplete;
    expect(view.getAttribute('state')).toBe('notFound');
  });
});
