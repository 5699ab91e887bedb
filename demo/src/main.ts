import { notFoundPage, type Page, routes } from './pages.ts';
import { allowMockWorkerScript } from './trusted-types.ts';

const PERSONA_KEY = 'clientele-demo-persona';
const provider = document.querySelector('clientele-provider')!;
const main = document.querySelector<HTMLElement>('#main')!;
const userLabel = document.querySelector<HTMLElement>('#user')!;

type Persona = 'admin' | 'auditor' | 'support';

function persona(): Persona {
  const stored = localStorage.getItem(PERSONA_KEY);
  return stored === 'auditor' || stored === 'support' ? stored : 'admin';
}

/** Starts the in-browser mock backend unless the portal was started with API_URL. */
async function startBackend(): Promise<string> {
  const footer = document.querySelector<HTMLElement>('#backend')!;
  if (!__CLIENTELE_USE_MOCKS__) {
    footer.textContent = 'Backend: the server at API_URL (proxied at /api).';
    return __CLIENTELE_TOKEN__;
  }
  const { hostReferenceTime, startMockWorker, TOKENS } = await import('@clientele/mocks/browser');
  allowMockWorkerScript('/mockServiceWorker.js');
  // The seeded history ends today at 12:00 UTC (same data all day), or at
  // MOCKS_REFERENCE_TIME: the rule `pnpm mocks:serve` follows, so both show the same dates.
  const referenceTime = hostReferenceTime(__CLIENTELE_REFERENCE_TIME__);
  await startMockWorker({ baseUrl: '/api', referenceTime });
  footer.textContent = 'Backend: the mock API running in this browser (seeded demo data).';
  const select = document.querySelector<HTMLSelectElement>('#persona')!;
  select.value = persona();
  select.closest('label')!.hidden = false;
  select.addEventListener('change', () => {
    localStorage.setItem(PERSONA_KEY, select.value);
    location.reload();
  });
  return TOKENS[persona()];
}

function showUser(name: string, role: string): void {
  const strong = document.createElement('strong');
  strong.textContent = name;
  const badge = document.createElement('span');
  badge.className = 'role';
  badge.textContent = role;
  userLabel.replaceChildren('Signed in as ', strong, badge);
}

let renderedPath = '';
let renderedPage: Page | undefined;

function route(popstate = false): void {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  renderedPath = location.pathname;
  if (path === '/') {
    history.replaceState(null, '', '/clients');
    route();
    return;
  }
  let page: Page = notFoundPage;
  let match: RegExpMatchArray = [] as unknown as RegExpMatchArray;
  for (const [pattern, candidate] of routes) {
    const found = path.match(pattern);
    if (found) {
      page = candidate;
      match = found;
      break;
    }
  }
  // Back/forward within a page that follows its own URL (a client's tabs) keeps the page.
  const rendered = main.firstElementChild;
  if (popstate && page === renderedPage && rendered && page.update?.(match, rendered)) return;
  renderedPage = page;
  document.title = `${page.title} · Northwind Cloud staff`;
  const node = page.render(match, { api: provider.activeClient, navigate, pushUrl });
  // One element per page, so `update` gets back what `render` gave.
  const wrapper = document.createElement('div');
  wrapper.append(node);
  main.replaceChildren(wrapper);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    const current = path === link.pathname || path.startsWith(`${link.pathname}/`);
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

/** A page's own history entry (a client's tab): back and forward come to its `update`. */
function pushUrl(url: string): void {
  history.pushState(null, '', url);
  renderedPath = location.pathname;
}

/** Same-origin links with data-route navigate without a reload. */
export function navigate(url: string): void {
  history.pushState(null, '', url);
  route();
  main.focus();
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.('a[data-route]');
  if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented) return;
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  navigate(link.pathname + link.search);
});
window.addEventListener('popstate', () => {
  // Widgets that mirror their state into the query string (url-state) follow it themselves.
  if (location.pathname !== renderedPath) route(true);
});

async function boot(): Promise<void> {
  // The widgets' modules load while the mock backend starts: registering them sends nothing,
  // since the provider has no token yet and no widget is in the page before route().
  const [token] = await Promise.all([startBackend(), import('@clientele/elements')]);
  provider.addEventListener('me-load', (event) => {
    const me = event.detail.me;
    showUser(me.name, me.role);
  });
  provider.addEventListener('me-error', (event) => {
    userLabel.textContent = `Not signed in: ${event.detail.error.message}`;
    userLabel.classList.add('error');
  });
  // The provider declared with base-url only sends nothing until it has the token: set once
  // the mock worker runs, so the first request is mocked.
  provider.setAttribute('token', token);
  if (!token) {
    userLabel.textContent = 'Not signed in: start the portal with API_TOKEN for this backend.';
    userLabel.classList.add('error');
  }
  await provider.updateComplete;
  route();
}

boot().catch((error: unknown) => {
  const message = `The portal failed to start: ${error instanceof Error ? error.message : String(error)}`;
  userLabel.textContent = message;
  userLabel.classList.add('error');
  // Not "Loading…" forever: the page says it too.
  const failed = document.createElement('p');
  failed.className = 'portal-loading error';
  failed.setAttribute('role', 'alert');
  failed.textContent = message;
  main.replaceChildren(failed);
});
